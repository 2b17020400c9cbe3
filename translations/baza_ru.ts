<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>baza::cli</name>
    <message>
        <location filename="../app/cli/Commands.cpp" line="+47"/>
        <source>Passphrase for %1: </source>
        <translation>Пароль для %1: </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Created %1 (encrypted, schema %2).</source>
        <translation>Создан файл %1 (зашифрован, схема %2).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Database:       %1</source>
        <translation>База данных:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version: %1</source>
        <translation>Версия схемы:   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cipher:         SQLCipher %1 (SQLite %2), page size %3, HMAC %4</source>
        <translation>Шифр:           SQLCipher %1 (SQLite %2), размер страницы %3, HMAC %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key derivation: %1</source>
        <translation>Получение ключа: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal:        %1</source>
        <translation>Журнал:         %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts: %1  Companies: %2  Deals: %3  Activities: %4  Tasks: %5  Changes: %6</source>
        <translation>Контакты: %1  Компании: %2  Сделки: %3  Действия: %4  Задачи: %5  Изменения: %6</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New passphrase: </source>
        <translation>Новый пароль: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase of %1 was changed.</source>
        <translation>Пароль для %1 изменён.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>backup needs exactly one FILE.</source>
        <translation>backup требует ровно один ФАЙЛ.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup written to %1 (encrypted with the same passphrase).</source>
        <translation>Резервная копия записана в %1 (зашифрована тем же паролем).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>restore needs exactly one FILE.</source>
        <translation>restore требует ровно один ФАЙЛ.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was restored from %2.</source>
        <translation>%1 восстановлен из %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: encryption on, integrity check passed.</source>
        <translation>%1: шифрование включено, проверка целостности пройдена.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>demo needs --contacts N.</source>
        <translation>demo требует --contacts N.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Added %1 demo contacts in %2 s.</source>
        <translation>Добавлено демонстрационных контактов: %1 за %2 с.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>search needs TEXT.</source>
        <translation>search требует ТЕКСТ.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Unknown command %1.</source>
        <translation>Неизвестная команда %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/Options.cpp" line="+16"/>
        <source>Usage: baza-cli --db FILE [--passphrase-file FILE] [--json] COMMAND [ARGS]

Commands:
  init                         create a new encrypted database
  info [--json]                counts, schema version, cipher parameters
  rekey                        change the passphrase (new one from
                               BAZA_NEW_PASSPHRASE, --new-passphrase-file or a prompt)
  backup FILE                  write an encrypted backup (same passphrase)
  restore FILE                 replace the database with a backup
  verify                       run the integrity check
  demo --contacts N            create (if needed) and fill with sample data
  search TEXT [--limit N]      search contacts, companies and deals
  add contact --first NAME --last NAME [--email E]... [--phone P]...
              [--company NAME] [--title T] [--tag T]...
  history ENTITY ID            the change history of a record
  undo                         undo the last command
  erase contact ID             erase a person completely (GDPR)
  key                          print the raw key for the emergency path

The passphrase comes from BAZA_PASSPHRASE, --passphrase-file, or a prompt;
never from the command line.
Exit codes: 0 ok, 1 usage, 2 wrong passphrase or not a database, 3 other errors.
</source>
        <translation>Использование: baza-cli --db ФАЙЛ [--passphrase-file ФАЙЛ] [--json] КОМАНДА [АРГУМЕНТЫ]

Команды:
  init                         создать новую зашифрованную базу данных
  info [--json]                количество записей, версия схемы, параметры шифра
  rekey                        сменить пароль (новый из BAZA_NEW_PASSPHRASE,
                               --new-passphrase-file или по запросу)
  backup ФАЙЛ                  записать зашифрованную резервную копию (тот же пароль)
  restore ФАЙЛ                 заменить базу данных резервной копией
  verify                       проверить целостность
  demo --contacts N            создать (при необходимости) и заполнить примерами
  search ТЕКСТ [--limit N]     искать контакты, компании и сделки
  add contact --first ИМЯ --last ФАМИЛИЯ [--email E]... [--phone P]...
              [--company НАЗВАНИЕ] [--title T] [--tag T]...
  history ТИП ID               история изменений записи
  undo                         отменить последнюю команду
  erase contact ID             полностью стереть данные человека (GDPR)
  key                          вывести исходный ключ для аварийного доступа

Пароль берётся из BAZA_PASSPHRASE, --passphrase-file или запрашивается;
никогда из командной строки.
Коды выхода: 0 успех, 1 ошибка использования, 2 неверный пароль или не база данных, 3 прочие ошибки.
</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../app/cli/RecordCommands.cpp" line="+60"/>
        <source>%1 needs a value.</source>
        <translation>%1 требует значения.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Passphrases are never taken from the command line (other users can read it). Use BAZA_PASSPHRASE, --passphrase-file or the prompt.</source>
        <translation>Пароль никогда не принимается из командной строки (её могут прочитать другие пользователи). Используйте BAZA_PASSPHRASE, --passphrase-file или запрос ввода.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown option %1.</source>
        <translation>Неизвестный параметр %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No command given.</source>
        <translation>Команда не указана.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--db FILE is required.</source>
        <translation>Требуется --db ФАЙЛ.</translation>
    </message>
    <message>
        <location filename="../app/cli/Passphrase.cpp" line="+55"/>
        <source>%1 is set but empty.</source>
        <translation>%1 задана, но пуста.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Не удаётся прочитать файл с паролем %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The passphrase file %1 is empty.</source>
        <translation>Файл с паролем %1 пуст.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No passphrase: set %1, use a passphrase file, or run in a terminal.</source>
        <translation>Нет пароля: задайте %1, укажите файл с паролем или запустите в терминале.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repeat the passphrase: </source>
        <translation>Повторите пароль: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passphrases differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase must not be empty.</source>
        <translation>Пароль не может быть пустым.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="-7"/>
        <source>Only &quot;add contact&quot; is supported.</source>
        <translation>Поддерживается только «add contact».</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown option %1 for add contact.</source>
        <translation>Неизвестный параметр %1 для add contact.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Warning: %1 already belongs to contact %2.</source>
        <translation>Внимание: %1 уже принадлежит контакту %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>history needs ENTITY and ID (e.g. history contact 0193…).</source>
        <translation>history требует ТИП и ID (например, history contact 0193…).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Usage: erase contact ID</source>
        <translation>Использование: erase contact ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact %1 was erased; the file was compacted.</source>
        <translation>Контакт %1 стёрт; файл сжат.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is the raw key of the database. Anyone with it and the file can read everything. Use it only for the emergency path (docs/emergency-access.md).</source>
        <translation>Это исходный ключ базы данных. Любой, у кого есть он и файл, может прочитать всё. Используйте его только для аварийного доступа (docs/emergency-access.md).</translation>
    </message>
</context>
<context>
    <name>baza::db</name>
    <message>
        <location filename="../core/db/Database.cpp" line="+70"/>
        <location line="-107"/>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1 to disk</source>
        <translation>Не удаётся записать %1 на диск</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot move %1 to %2: %3</source>
        <translation>Не удаётся переместить %1 в %2: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+18"/>
        <source>Cannot create %1: %2</source>
        <translation>Не удаётся создать %1: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cannot open %1: wrong passphrase, or not a Baza database.</source>
        <translation>Не удаётся открыть %1: неверный пароль или это не база данных Baza.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+98"/>
        <location line="+55"/>
        <location line="+120"/>
        <location filename="../core/db/SqlCipherResult.cpp" line="+149"/>
        <source>The database is not open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <location line="+297"/>
        <location line="+7"/>
        <source>Integrity check failed</source>
        <translation>Проверка целостности не пройдена</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Foreign key check failed</source>
        <translation>Проверка внешних ключей не пройдена</translation>
    </message>
    <message>
        <location filename="../core/db/Migrations.cpp" line="+146"/>
        <source>This database was written by a newer version of Baza (schema %1; this version reads up to %2). Update Baza to open it.</source>
        <translation>Эта база данных записана более новой версией Baza (схема %1; эта версия читает до %2). Обновите Baza, чтобы открыть её.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Не удалось обновить базу данных до схемы %1: %2</translation>
    </message>
    <message>
        <location filename="../core/db/SecretKey.cpp" line="+55"/>
        <source>The cryptography library failed to start</source>
        <translation>Не удалось запустить криптографическую библиотеку</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The salt must be 16 bytes</source>
        <translation>Соль должна быть длиной 16 байт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase must not be empty</source>
        <translation>Пароль не может быть пустым</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Out of memory for the database key</source>
        <translation>Недостаточно памяти для ключа базы данных</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not enough memory to derive the key (Argon2id, 64 MiB)</source>
        <translation>Недостаточно памяти для получения ключа (Argon2id, 64 МиБ)</translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="-279"/>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is an unencrypted SQLite database, not a Baza database. Baza only opens encrypted files.</source>
        <translation>%1 — незашифрованная база SQLite, а не база данных Baza. Baza открывает только зашифрованные файлы.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 already exists; Baza will not overwrite it.</source>
        <translation>%1 уже существует; Baza не станет его перезаписывать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase must not be empty.</source>
        <translation>Пароль не может быть пустым.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+44"/>
        <source>Cannot enable the write-ahead log</source>
        <translation>Не удаётся включить журнал упреждающей записи (WAL)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The SQLCipher driver is not available</source>
        <translation>Драйвер SQLCipher недоступен</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+111"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 повреждён: %2</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>%1 row %2 refers to a missing %3 record</source>
        <translation>%1, строка %2: ссылка на отсутствующую запись %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 already exists; choose a new name for the backup.</source>
        <translation>%1 уже существует; выберите новое имя для резервной копии.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Backup failed: %1</source>
        <translation>Не удалось создать резервную копию: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot copy %1 to %2</source>
        <translation>Не удаётся скопировать %1 в %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot copy %1</source>
        <translation>Не удаётся скопировать %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The backup %1 failed its integrity check: %2</source>
        <translation>Резервная копия %1 не прошла проверку целостности: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot prepare %1 for restoring</source>
        <translation>Не удаётся подготовить %1 к восстановлению</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The new passphrase must not be empty.</source>
        <translation>Новый пароль не может быть пустым.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close other windows and background work before changing the passphrase.</source>
        <translation>Перед сменой пароля закройте другие окна и дождитесь окончания фоновых задач.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Changing the passphrase failed: %1; the old passphrase still works.</source>
        <translation>Не удалось сменить пароль: %1; старый пароль по-прежнему действует.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The re-encrypted copy failed its check; the old passphrase still works.</source>
        <translation>Перешифрованная копия не прошла проверку; старый пароль по-прежнему действует.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Another program is using %1; close it and try again. The old passphrase still works.</source>
        <translation>%1 использует другая программа; закройте её и повторите попытку. Старый пароль по-прежнему действует.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Unable to prepare statement</source>
        <translation>Не удаётся подготовить запрос</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only one statement can be executed at a time</source>
        <translation>за один раз можно выполнить только один запрос</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unable to bind parameters</source>
        <translation>Не удаётся привязать параметры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parameter count mismatch: %1 bound, %2 expected</source>
        <translation>несовпадение числа параметров: привязано %1, ожидалось %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Unable to bind parameter %1</source>
        <translation>Не удаётся привязать параметр %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No statement prepared</source>
        <translation>Запрос не подготовлен</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unable to execute statement</source>
        <translation>Не удаётся выполнить запрос</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Unable to fetch row</source>
        <translation>Не удаётся получить строку</translation>
    </message>
</context>
<context>
    <name>baza::demo</name>
    <message>
        <location filename="../core/demo/DemoPopulate.cpp" line="+17"/>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead in</source>
        <translation>Новый лид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualified</source>
        <translation>Квалифицирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Call back about the offer</source>
        <translation>Перезвонить по поводу предложения</translation>
    </message>
</context>
<context>
    <name>baza::domain</name>
    <message>
        <location filename="../core/domain/DomainKeys.cpp" line="+77"/>
        <source>Subscriber</source>
        <translation>Подписчик</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead</source>
        <translation>Лид</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualified lead</source>
        <translation>Квалифицированный лид</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunity</source>
        <translation>Потенциальная сделка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evangelist</source>
        <translation>Амбассадор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="+60"/>
        <source>A contact needs a name, an email or a phone number.</source>
        <translation>У контакта должно быть имя, адрес эл. почты или номер телефона.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A name or title is longer than %n characters.</source>
        <translation>
            <numerusform>Имя или название длиннее %n символа.</numerusform>
            <numerusform>Имя или название длиннее %n символов.</numerusform>
            <numerusform>Имя или название длиннее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>«%1» — недопустимый адрес эл. почты.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid phone number (5 to 15 digits).</source>
        <translation>«%1» — недопустимый номер телефона (от 5 до 15 цифр).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags must be 1 to 100 characters long.</source>
        <translation>Длина тега — от 1 до 100 символов.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A company needs a name.</source>
        <translation>У компании должно быть название.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The company name is too long.</source>
        <translation>Название компании слишком длинное.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notes are too long.</source>
        <translation>Заметки слишком длинные.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A stage needs a name.</source>
        <translation>У этапа должно быть название.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Win probability must be between 0 and 100%.</source>
        <translation>Вероятность выигрыша должна быть от 0 до 100%.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days before rotting cannot be negative.</source>
        <translation>Число дней до «застоя» не может быть отрицательным.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A pipeline needs a name.</source>
        <translation>У воронки продаж должно быть название.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A pipeline needs at least one stage.</source>
        <translation>В воронке продаж должен быть хотя бы один этап.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A deal needs a title.</source>
        <translation>У сделки должно быть название.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A deal needs a pipeline and a stage.</source>
        <translation>У сделки должны быть воронка продаж и этап.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an ISO 4217 currency code Baza knows.</source>
        <translation>«%1» — неизвестный Baza код валюты ISO 4217.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A deal&apos;s value cannot be negative.</source>
        <translation>Сумма сделки не может быть отрицательной.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probability must be between 0 and 100%.</source>
        <translation>Вероятность должна быть от 0 до 100%.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the deal was lost.</source>
        <translation>Укажите, почему сделка проиграна.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An activity needs a date and time.</source>
        <translation>У действия должны быть дата и время.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A duration cannot be negative.</source>
        <translation>Длительность не может быть отрицательной.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Direction must be inbound or outbound.</source>
        <translation>Направление должно быть входящим или исходящим.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An activity must be linked to a contact, a company or a deal.</source>
        <translation>Действие должно быть связано с контактом, компанией или сделкой.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text is too long.</source>
        <translation>Текст слишком длинный.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A task needs a title.</source>
        <translation>У задачи должно быть название.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reminder is more than a year after the due date.</source>
        <translation>Напоминание назначено больше чем через год после срока.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A consent belongs to a contact.</source>
        <translation>Согласие должно относиться к контакту.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent channel must be email, phone, sms or post.</source>
        <translation>Канал согласия должен быть одним из: email, phone, sms, post.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent status must be granted, withdrawn or pending.</source>
        <translation>Статус согласия должен быть одним из: granted, withdrawn, pending.</translation>
    </message>
</context>
<context>
    <name>baza::search</name>
    <message>
        <location filename="../core/search/SearchIndexReads.cpp" line="+40"/>
        <source>Searching failed: %1</source>
        <translation>Поиск не удался: %1</translation>
    </message>
    <message>
        <location filename="../core/search/SearchIndex.cpp" line="+86"/>
        <source>The search index is not available: %1</source>
        <translation>Поисковый индекс недоступен: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A search document needs an entity kind and an id.</source>
        <translation>Документу поиска нужны тип записи и идентификатор.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indexing %1 for search failed: %2</source>
        <translation>Не удалось проиндексировать %1 для поиска: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Removing %1 from the search index failed: %2</source>
        <translation>Не удалось удалить %1 из поискового индекса: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+3"/>
        <source>Clearing the search index failed: %1</source>
        <translation>Не удалось очистить поисковый индекс: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Compacting the search index failed: %1</source>
        <translation>Не удалось сжать поисковый индекс: %1</translation>
    </message>
</context>
<context>
    <name>baza::store</name>
    <message>
        <location filename="../core/store/Entities.cpp" line="+80"/>
        <location line="+43"/>
        <location line="+32"/>
        <location line="+97"/>
        <source>Unknown kind of record: %1</source>
        <translation>Неизвестный тип записи: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="-121"/>
        <source>No %1 with id %2.</source>
        <translation>Нет записи %1 с идентификатором %2.</translation>
    </message>
    <message>
        <location filename="../core/store/StoreContacts.cpp" line="+30"/>
        <location filename="../core/store/StoreDeals.cpp" line="+28"/>
        <source>The linked %1 does not exist.</source>
        <translation>Связанная запись %1 не существует.</translation>
    </message>
    <message>
        <location filename="../core/store/StoreDeals.cpp" line="+25"/>
        <source>The stage belongs to another pipeline.</source>
        <translation>Этот этап относится к другой воронке продаж.</translation>
    </message>
    <message>
        <location filename="../core/store/Command.cpp" line="+87"/>
        <source>The database is not open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The command was not started.</source>
        <translation>Команда не была начата.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+37"/>
        <source>%1 has no field %2.</source>
        <translation>У %1 нет поля %2.</translation>
    </message>
</context>
<context>
    <name>baza::store::Store</name>
    <message>
        <location filename="../core/store/Store.cpp" line="+69"/>
        <source>The database is not open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Me</source>
        <translation>Я</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your name must not be empty.</source>
        <translation>Ваше имя не может быть пустым.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The store is not initialized.</source>
        <translation>Хранилище не инициализировано.</translation>
    </message>
    <message>
        <location filename="../core/store/StoreContacts.cpp" line="+41"/>
        <source>No company with id %1.</source>
        <translation>Нет компании с идентификатором %1.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Contact %1: %2</source>
        <translation>Контакт %1: %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <location filename="../core/store/StoreHistory.cpp" line="+163"/>
        <source>No contact with id %1.</source>
        <translation>Нет контакта с идентификатором %1.</translation>
    </message>
    <message>
        <location filename="../core/store/StoreDeals.cpp" line="+140"/>
        <source>No deal with id %1.</source>
        <translation>Нет сделки с идентификатором %1.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Unknown kind of record: %1</source>
        <translation>Неизвестный тип записи: %1</translation>
    </message>
    <message>
        <location filename="../core/store/StoreHistory.cpp" line="-92"/>
        <source>There is nothing to undo.</source>
        <translation>Нечего отменять.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Batch %1 has nothing left to undo.</source>
        <translation>В пакете %1 больше нечего отменять.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>An erasure cannot be undone.</source>
        <translation>Стирание нельзя отменить.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The contact was erased, but compacting the file failed: %1</source>
        <translation>Контакт стёрт, но сжать файл не удалось: %1</translation>
    </message>
</context>
<context>
    <name>baza::ui::ContactsPage</name>
    <message>
        <location filename="../ui/contacts/ContactsPage.cpp" line="+28"/>
        <location line="+25"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Search contacts</source>
        <translation>Поиск контактов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, email, phone, company or city</source>
        <translation>Поиск по имени, эл. почте, телефону, компании или городу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%Ln contact(s) in this database</source>
        <translation>
            <numerusform>%Ln контакт в этой базе данных</numerusform>
            <numerusform>%Ln контакта в этой базе данных</numerusform>
            <numerusform>%Ln контактов в этой базе данных</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type a few letters: results appear as you type.</source>
        <translation>Введите несколько букв: результаты появляются по мере ввода.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing matches “%1”.</source>
        <translation>По запросу «%1» ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The first %Ln matches; type more to narrow them down.</source>
        <translation>
            <numerusform>Первое %Ln совпадение; уточните запрос, чтобы сузить поиск.</numerusform>
            <numerusform>Первые %Ln совпадения; уточните запрос, чтобы сузить поиск.</numerusform>
            <numerusform>Первые %Ln совпадений; уточните запрос, чтобы сузить поиск.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln совпадение</numerusform>
            <numerusform>%Ln совпадения</numerusform>
            <numerusform>%Ln совпадений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="+19"/>
        <location line="+2"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activities</source>
        <translation>Действия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded changes</source>
        <translation>Записанные изменения</translation>
    </message>
</context>
<context>
    <name>baza::ui::LanguageMenu</name>
    <message>
        <location filename="../ui/shell/LanguageMenu.cpp" line="+12"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baza will use the new language the next time it starts.</source>
        <translation>Baza перейдёт на новый язык при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>baza::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+30"/>
        <source>%1 — Baza</source>
        <translation>%1 — Baza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies, their people and their deals will live here.</source>
        <translation>Здесь будут компании, их сотрудники и сделки.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The pipeline board with deals by stage will live here.</source>
        <translation>Здесь будет доска воронки продаж со сделками по этапам.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tasks due today and overdue will live here.</source>
        <translation>Здесь будут задачи на сегодня и просроченные.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlocked</source>
        <translation>Разблокирована</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock state</source>
        <translation>Состояние блокировки</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close the database and ask for the passphrase again</source>
        <translation>Закрыть базу данных и снова запросить пароль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Baza</source>
        <translation>&amp;О программе Baza</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>About Baza</source>
        <translation>О программе Baza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Baza %1&lt;/h3&gt;&lt;p&gt;A customer database that stays on this computer, encrypted with SQLCipher.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Baza %1&lt;/h3&gt;&lt;p&gt;Клиентская база, которая хранится на этом компьютере и зашифрована SQLCipher.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>baza::ui::NewDatabaseDialog</name>
    <message>
        <location filename="../ui/shell/NewDatabaseDialog.cpp" line="+25"/>
        <source>New database</source>
        <translation>Новая база данных</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New database file</source>
        <translation>Файл новой базы данных</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the database</source>
        <translation>Выберите, где сохранить базу данных</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New passphrase</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat the passphrase</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat:</source>
        <translation>П&amp;овтор:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength:</source>
        <translation>Надёжность:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Write the passphrase down and keep it somewhere safe.&lt;/b&gt; It encrypts the whole database. If it is lost, nobody can recover the data — not you, not an administrator, not the makers of Baza.</source>
        <translation>&lt;b&gt;Запишите пароль и храните его в надёжном месте.&lt;/b&gt; Им зашифрована вся база данных. Если он будет утерян, никто не сможет восстановить данные — ни вы, ни администратор, ни разработчики Baza.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Creating the database</source>
        <translation>Создание базы данных</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Create</source>
        <translation>&amp;Создать</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Save the new database as</source>
        <translation>Сохранить новую базу данных как</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baza databases (*.baza)</source>
        <translation>Базы данных Baza (*.baza)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose where to save the database.</source>
        <translation>Выберите, где сохранить базу данных.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That file exists already. Choose a new name.</source>
        <translation>Такой файл уже существует. Выберите другое имя.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>baza::ui::PassphraseStrengthMeter</name>
    <message>
        <location filename="../ui/shell/PassphraseStrengthMeter.cpp" line="+22"/>
        <source>Passphrase strength</source>
        <translation>Надёжность пароля</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Very weak</source>
        <translation>Очень слабый</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak</source>
        <translation>Слабый</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair</source>
        <translation>Средний</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good</source>
        <translation>Хороший</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong</source>
        <translation>Надёжный</translation>
    </message>
</context>
<context>
    <name>baza::ui::SearchResultsModel</name>
    <message>
        <location filename="../ui/contacts/SearchResultsModel.cpp" line="+61"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
</context>
<context>
    <name>baza::ui::UnlockWindow</name>
    <message>
        <location filename="../ui/shell/UnlockWindow.cpp" line="+24"/>
        <source>Baza — Unlock</source>
        <translation>Baza — разблокировка</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Baza</source>
        <translation>Baza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your customer base, encrypted on this computer.</source>
        <translation>Ваша клиентская база, зашифрованная на этом компьютере.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a database file</source>
        <translation>Выберите файл базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database file</source>
        <translation>Файл &amp;базы данных</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of this database</source>
        <translation>Пароль этой базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new database</source>
        <translation>Создать новую базу данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Locked</source>
        <translation>Заблокирована</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Open a Baza database</source>
        <translation>Открыть базу данных Baza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baza databases (*.baza);;All files (*)</source>
        <translation>Базы данных Baza (*.baza);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
</context>
</TS>
