<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>baza::cli</name>
    <message>
        <location filename="../app/cli/Commands.cpp" line="+30"/>
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
        <location line="+17"/>
        <source>search needs TEXT.</source>
        <translation>search требует ТЕКСТ.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Unknown command %1.</source>
        <translation>Неизвестная команда %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="+52"/>
        <location filename="../app/cli/Options.cpp" line="+65"/>
        <location filename="../app/cli/RecordCommands.cpp" line="+41"/>
        <source>%1 needs a value.</source>
        <translation>%1 требует значения.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/Options.cpp" line="+26"/>
        <source>Unknown option %1.</source>
        <translation>Неизвестный параметр %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, %1 rows/s</source>
        <translation>, %1 строк/с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 s left</source>
        <translation>, осталось %1 с</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>import %1 needs a FILE.</source>
        <translation>import %1: нужен ФАЙЛ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--preset must be one of %1.</source>
        <translation>--preset должен быть одним из: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a mapping for %2, not %3.</source>
        <translation>%1 — сопоставление для %2, а не для %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--delimiter must be one character, tab or auto.</source>
        <translation>--delimiter должен быть одним символом, tab или auto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--on-duplicate must be skip, fill, overwrite or create.</source>
        <translation>--on-duplicate должен быть skip, fill, overwrite или create.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: %2 rows, %3 created, %4 updated, %5 duplicates, %6 rejected, %7 values left out.</source>
        <translation>%1: строк: %2, создано: %3, обновлено: %4, дубликатов: %5, отклонено: %6, пропущено значений: %7.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dry run: nothing was written.</source>
        <translation>Пробный запуск: ничего не записано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--strict: nothing was imported because of the problems above.</source>
        <translation>--strict: из-за проблем выше ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch %1 (undo with: baza-cli import undo %1)</source>
        <translation>Пакет %1 (отмена: baza-cli import undo %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use --report FILE for the list of problems.</source>
        <translation>Список проблем: --report ФАЙЛ.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>--strict: %n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>--strict: найдена %n проблема; ничего не импортировано.</numerusform>
            <numerusform>--strict: найдены %n проблемы; ничего не импортировано.</numerusform>
            <numerusform>--strict: найдено %n проблем; ничего не импортировано.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 rows, %2 created, %3 updated%4</source>
        <translation>строк: %1, создано: %2, обновлено: %3%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, undone</source>
        <translation>, отменён</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import %1 undone: %2 records removed, %3 restored.</source>
        <translation>Импорт %1 отменён: удалено записей: %2, восстановлено: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept %1 %2 (%3): %4</source>
        <translation>Сохранено: %1 %2 (%3): %4</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Usage: import undo BATCH</source>
        <translation>Использование: import undo ПАКЕТ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: import contacts|companies|deals FILE [options], import list, import undo BATCH</source>
        <translation>Использование: import contacts|companies|deals ФАЙЛ [параметры], import list, import undo ПАКЕТ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Several segments are named &quot;%1&quot; when case is ignored; type the name exactly.</source>
        <translation>Без учёта регистра несколько сегментов называются «%1»; введите название точно.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is a segment of companies; only contacts can be exported.</source>
        <translation>«%1» — сегмент компаний; экспортировать можно только контакты.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no segment named &quot;%1&quot; (no contact segments are saved yet).</source>
        <translation>Сегмента с названием «%1» нет (сохранённых сегментов контактов пока нет).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no segment named &quot;%1&quot;. Contact segments: %2.</source>
        <translation>Сегмента с названием «%1» нет. Сегменты контактов: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Usage: export contacts FILE [--format csv|vcard] [--profile excel|rfc4180] [--segment NAME] [--purpose NAME]</source>
        <translation>Использование: export contacts ФАЙЛ [--format csv|vcard] [--profile excel|rfc4180] [--segment НАЗВАНИЕ] [--purpose ЦЕЛЬ]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--profile must be excel or rfc4180.</source>
        <translation>--profile должен быть excel или rfc4180.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--vcard-version must be 3.0 or 4.0.</source>
        <translation>--vcard-version должен быть 3.0 или 4.0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format must be csv or vcard.</source>
        <translation>--format должен быть csv или vcard.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 contacts written to %2.</source>
        <translation>Контакты (%1) записаны в %2.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Usage: merge SURVIVOR OTHER (contact ids; OTHER is merged into SURVIVOR)</source>
        <translation>Использование: merge ОСТАЁТСЯ ДРУГОЙ (идентификаторы контактов; ДРУГОЙ объединяется с ОСТАЁТСЯ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was merged into %2 (baza-cli undo reverts it).</source>
        <translation>%1 объединён с %2 (baza-cli undo отменяет это).</translation>
    </message>
    <message>
        <location filename="../app/cli/Options.cpp" line="-73"/>
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
  import contacts|companies|deals FILE [--preset auto|google|outlook|hubspot|
         pipedrive] [--mapping FILE] [--encoding auto|NAME] [--delimiter auto|CHAR]
         [--on-duplicate skip|fill|overwrite|create] [--strict] [--dry-run]
         [--report FILE]         import CSV or vCard (docs/import.md)
  import list                  past imports with their batch ids
  import undo BATCH            undo an import (hand-edited records are kept)
  export contacts FILE [--format csv|vcard] [--profile excel|rfc4180]
         [--vcard-version 3.0|4.0] [--segment NAME] [--purpose NAME]
  duplicates                   groups of likely duplicate contacts
  merge SURVIVOR OTHER         merge contact OTHER into SURVIVOR (undoable)
  connect URL --user NAME --organization ORG [--trust-fingerprint SHA256]
                               sign in to a team server (password from
                               BAZA_SERVER_PASSWORD or a prompt)
  sync [--json]                send and receive changes now
  sync status                  server, pending changes, last sync
  disconnect                   stop syncing (data stays here)

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
  import contacts|companies|deals ФАЙЛ [--preset auto|google|outlook|hubspot|
         pipedrive] [--mapping ФАЙЛ] [--encoding auto|ИМЯ] [--delimiter auto|СИМВОЛ]
         [--on-duplicate skip|fill|overwrite|create] [--strict] [--dry-run]
         [--report ФАЙЛ]         импорт CSV или vCard (docs/import.md)
  import list                  прошлые импорты с идентификаторами пакетов
  import undo ПАКЕТ            отменить импорт (изменённые вручную записи сохраняются)
  export contacts ФАЙЛ [--format csv|vcard] [--profile excel|rfc4180]
         [--vcard-version 3.0|4.0] [--segment НАЗВАНИЕ] [--purpose ЦЕЛЬ]
  duplicates                   группы вероятных дубликатов контактов
  merge ОСТАЁТСЯ ДРУГОЙ        объединить контакт ДРУГОЙ с ОСТАЁТСЯ (можно отменить)
  connect URL --user ИМЯ --organization ОРГ [--trust-fingerprint SHA256]
                               войти на сервер команды (пароль из
                               BAZA_SERVER_PASSWORD или по запросу)
  sync [--json]                отправить и получить изменения сейчас
  sync status                  сервер, ожидающие изменения, последняя синхронизация
  disconnect                   прекратить синхронизацию (данные остаются здесь)

Пароль берётся из BAZA_PASSPHRASE, --passphrase-file или запрашивается;
никогда из командной строки.
Коды выхода: 0 успех, 1 ошибка использования, 2 неверный пароль или не база данных, 3 прочие ошибки.
</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Passphrases are never taken from the command line (other users can read it). Use BAZA_PASSPHRASE, --passphrase-file or the prompt.</source>
        <translation>Пароль никогда не принимается из командной строки (её могут прочитать другие пользователи). Используйте BAZA_PASSPHRASE, --passphrase-file или запрос ввода.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No command given.</source>
        <translation>Команда не указана.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--db FILE is required.</source>
        <translation>Требуется --db ФАЙЛ.</translation>
    </message>
    <message>
        <location filename="../app/cli/Passphrase.cpp" line="+56"/>
        <source>%1 is set but empty.</source>
        <translation>%1 задана, но пуста.</translation>
    </message>
    <message>
        <location line="+9"/>
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
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="+33"/>
        <source>not connected</source>
        <translation>не подключено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>synced</source>
        <translation>синхронизировано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>syncing</source>
        <translation>синхронизация…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>offline</source>
        <translation>нет связи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>connect needs the server address: connect https://server --user NAME --organization ORG</source>
        <translation>connect нужен адрес сервера: connect https://сервер --user ИМЯ --organization ОРГ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>connect needs --user NAME and --organization ORG.</source>
        <translation>connect нужны --user ИМЯ и --organization ОРГ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address must start with https:// (got %1).</source>
        <translation>Адрес сервера должен начинаться с https:// (указано %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password for %1 at %2: </source>
        <translation>Пароль пользователя %1 на %2: </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>If your administrator confirms this fingerprint, run connect again with --trust-fingerprint %1</source>
        <translation>Если администратор подтвердит этот отпечаток, снова выполните connect с --trust-fingerprint %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected to %1 as %2. Run &quot;baza-cli sync&quot; to exchange changes.</source>
        <translation>Подключено к %1 как %2. Выполните «baza-cli sync», чтобы обменяться изменениями.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+50"/>
        <source>Not connected to a server.</source>
        <translation>Нет подключения к серверу.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Server: %1 (user %2)</source>
        <translation>Сервер: %1 (пользователь %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n изменение ждёт отправки</numerusform>
            <numerusform>%n изменения ждут отправки</numerusform>
            <numerusform>%n изменений ждут отправки</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync: %1</source>
        <translation>Последняя синхронизация: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not connected to a server; run &quot;baza-cli connect&quot; first.</source>
        <translation>Нет подключения к серверу; сначала выполните «baza-cli connect».</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Sent %n change(s)</source>
        <translation>
            <numerusform>Отправлено %n изменение</numerusform>
            <numerusform>Отправлено %n изменения</numerusform>
            <numerusform>Отправлено %n изменений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>received %n</source>
        <translation>
            <numerusform>получено %n</numerusform>
            <numerusform>получено %n</numerusform>
            <numerusform>получено %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n value(s) of yours overwritten by newer changes</source>
        <translation>
            <numerusform>%n ваше значение перезаписано более новым изменением</numerusform>
            <numerusform>%n ваших значения перезаписаны более новыми изменениями</numerusform>
            <numerusform>%n ваших значений перезаписаны более новыми изменениями</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Disconnected. Your data stays on this computer.</source>
        <translation>Отключено. Ваши данные остаются на этом компьютере.</translation>
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
        <location filename="../core/db/SqlCipherResult.cpp" line="+161"/>
        <source>The database is not open</source>
        <translation>База данных не открыта</translation>
    </message>
    <message>
        <location line="+301"/>
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
        <location filename="../core/db/Migrations.cpp" line="+272"/>
        <source>This database was written by a newer version of Baza (schema %1; this version reads up to %2). Update Baza to open it.</source>
        <translation>Эта база данных записана более новой версией Baza (схема %1; эта версия читает до %2). Обновите Baza, чтобы открыть её.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Не удалось обновить базу данных до схемы %1: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Preparing the database for a bulk load failed</source>
        <translation>Не удалось подготовить базу данных к массовой загрузке</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Rebuilding the database&apos;s indexes failed</source>
        <translation>Не удалось перестроить индексы базы данных</translation>
    </message>
    <message>
        <location filename="../core/db/RawStatement.cpp" line="+30"/>
        <source>The database is not open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <location filename="../core/db/SecretKey.cpp" line="+56"/>
        <source>The cryptography library failed to start</source>
        <translation>Не удалось запустить криптографическую библиотеку</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+52"/>
        <source>Out of memory for the database key</source>
        <translation>Недостаточно памяти для ключа базы данных</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Not enough memory to derive the key (Argon2id, 64 MiB)</source>
        <translation>Недостаточно памяти для получения ключа (Argon2id, 64 МиБ)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The key remembered on this computer is damaged</source>
        <translation>Ключ, сохранённый на этом компьютере, повреждён</translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="-283"/>
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
        <location line="+23"/>
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
        <location line="+26"/>
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
        <location filename="../core/demo/DemoDeals.cpp" line="+24"/>
        <source>New business</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead in</source>
        <translation>Новый лид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qualified</source>
        <translation>Квалифицирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo</source>
        <translation>Демонстрация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposal</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Renewals</source>
        <translation>Продления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>К продлению</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quote sent</source>
        <translation>Предложение отправлено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verbal yes</source>
        <translation>Устное согласие</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Price too high</source>
        <translation>Слишком высокая цена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chose a competitor</source>
        <translation>Выбрали конкурента</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No budget</source>
        <translation>Нет бюджета</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No decision</source>
        <translation>Нет решения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad timing</source>
        <translation>Неудачное время</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoPopulate.cpp" line="+73"/>
        <source>Call back about the offer</source>
        <translation>Перезвонить по поводу предложения</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoDeals.cpp" line="+96"/>
        <source>Follow up on the offer</source>
        <translation>Уточнить по предложению</translation>
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
        <location filename="../core/domain/Money.cpp" line="+62"/>
        <location line="+3"/>
        <location line="+88"/>
        <location filename="../core/domain/Validation.cpp" line="+124"/>
        <source>&quot;%1&quot; is not an ISO 4217 currency code Baza knows.</source>
        <translation>«%1» — неизвестный Baza код валюты ISO 4217.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>A rate needs two different currencies.</source>
        <translation>Для курса нужны две разные валюты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rate needs the date it is valid from.</source>
        <translation>Для курса нужна дата начала действия.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <location line="+9"/>
        <source>A rate must be greater than 0 and at most 1,000,000.</source>
        <translation>Курс должен быть больше 0 и не больше 1 000 000.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Enter a rate, e.g. 4.2735.</source>
        <translation>Введите курс, например 4.2735.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+81"/>
        <source>&quot;%1&quot; has more than one decimal point.</source>
        <translation>В «%1» больше одного десятичного разделителя.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>&quot;%1&quot; is not a rate: use digits and one decimal point.</source>
        <translation>«%1» — не курс: используйте цифры и один десятичный разделитель.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A rate has at most %n decimal places.</source>
        <translation>
            <numerusform>У курса не больше %n знака после запятой.</numerusform>
            <numerusform>У курса не больше %n знаков после запятой.</numerusform>
            <numerusform>У курса не больше %n знаков после запятой.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a rate.</source>
        <translation>«%1» — не курс.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>An amount cannot be negative.</source>
        <translation>Сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>«%1» — не сумма.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 has %n decimal place(s).</source>
        <translation>
            <numerusform>У %1 %n знак после запятой.</numerusform>
            <numerusform>У %1 %n знака после запятой.</numerusform>
            <numerusform>У %1 %n знаков после запятой.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>The amount is too large.</source>
        <translation>Сумма слишком велика.</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="-65"/>
        <source>A contact needs a name, an email or a phone number.</source>
        <translation>У контакта должно быть имя, адрес эл. почты или номер телефона.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A name or title is longer than %n characters.</source>
        <translation>
            <numerusform>Имя или название длиннее %n символа.</numerusform>
            <numerusform>Имя или название длиннее %n символов.</numerusform>
            <numerusform>Имя или название длиннее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>«%1» — недопустимый адрес эл. почты.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid phone number (5 to 15 digits).</source>
        <translation>«%1» — недопустимый номер телефона (от 5 до 15 цифр).</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+5"/>
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
    <name>baza::import</name>
    <message>
        <location filename="../core/import/Exporter.cpp" line="+120"/>
        <source>Only lists of contacts can be exported.</source>
        <translation>Экспортировать можно только списки контактов.</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+38"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="+44"/>
        <source>No column of %1 maps to a field of a %2 (header: %3). Choose the columns in a mapping file (docs/import.md).</source>
        <translation>Ни один столбец %1 не соответствует полю записи типа %2 (заголовок: %3). Укажите столбцы в файле сопоставления (docs/import.md).</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+27"/>
        <source>The count was stopped.</source>
        <translation>Подсчёт остановлен.</translation>
    </message>
    <message>
        <location line="+134"/>
        <location line="+17"/>
        <source>Cannot write the report %1: %2</source>
        <translation>Не удалось записать отчёт %1: %2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>Строка файла</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/import/ImportMapping.cpp" line="+447"/>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>skipped (duplicate)</source>
        <translation>пропущена (дубликат)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row not imported</source>
        <translation>строка не импортирована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported without this value</source>
        <translation>импортирована без этого значения</translation>
    </message>
    <message>
        <location filename="../core/import/ImportMapping.cpp" line="-27"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salutation</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name suffix</source>
        <translation>Суффикс имени</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email type</source>
        <translation>Тип эл. почты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone type</source>
        <translation>Тип телефона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle stage</source>
        <translation>Этап жизненного цикла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Домен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../core/import/Normalize.cpp" line="+230"/>
        <source>An email address cannot contain spaces.</source>
        <translation>Адрес эл. почты не может содержать пробелы.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An email address needs an @.</source>
        <translation>В адресе эл. почты должен быть символ @.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a valid email address (it needs one @ and a domain with a dot).</source>
        <translation>Это не корректный адрес эл. почты (нужны один символ @ и домен с точкой).</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+28"/>
        <source>&quot;%1&quot; is not a real date.</source>
        <translation>«%1» — несуществующая дата.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a date Baza recognises (use YYYY-MM-DD or DD.MM.YYYY).</source>
        <translation>«%1» — дата в формате, который Baza не распознаёт (используйте ГГГГ-ММ-ДД или ДД.ММ.ГГГГ).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&quot;%1&quot; is not an amount (unexpected &quot;%2&quot;).</source>
        <translation>«%1» — не сумма (неожиданное «%2»).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: a deal&apos;s value cannot be negative.</source>
        <translation>«%1»: сумма сделки не может быть отрицательной.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <location line="+25"/>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>«%1» — не сумма.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&quot;%1&quot; has more decimals than %2 has (%3).</source>
        <translation>В «%1» больше знаков после запятой, чем у валюты %2 (%3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is too large.</source>
        <translation>«%1» — слишком большое число.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportMapping.cpp" line="+3"/>
        <source>(ignore)</source>
        <translation>(пропустить)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom field: %1</source>
        <translation>Дополнительное поле: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is not a mapping file: %2 at byte %3.</source>
        <translation>%1 — не файл сопоставления: %2 в байте %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: mapping version %2 is newer than this Baza reads (1).</source>
        <translation>%1: версия сопоставления %2 новее той, что читает эта версия Baza (1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;entity&quot; must be contact, company or deal.</source>
        <translation>%1: «entity» должно быть contact, company или deal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;dateOrder&quot; must be DMY, MDY or YMD.</source>
        <translation>%1: «dateOrder» должно быть DMY, MDY или YMD.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: column %2 has no &quot;column&quot; name.</source>
        <translation>%1: у столбца %2 нет имени «column».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; is not a field of a %3 (column &quot;%4&quot;).</source>
        <translation>%1: «%2» — не поле записи типа %3 (столбец «%4»).</translation>
    </message>
    <message>
        <location filename="../core/import/PhoneNormalizer.cpp" line="+58"/>
        <source>The number has no country code and no default phone region is set.</source>
        <translation>У номера нет кода страны, а регион телефонов по умолчанию не задан.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Unknown country calling code.</source>
        <translation>Неизвестный телефонный код страны.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Not a phone number.</source>
        <translation>Это не номер телефона.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too short for a phone number.</source>
        <translation>Слишком короткий для номера телефона.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too long for a phone number.</source>
        <translation>Слишком длинный для номера телефона.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too short for a phone number of this country.</source>
        <translation>Слишком короткий для номера этой страны.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too long for a phone number of this country.</source>
        <translation>Слишком длинный для номера этой страны.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a valid number in the country&apos;s numbering plan.</source>
        <translation>Такого номера нет в плане нумерации этой страны.</translation>
    </message>
    <message>
        <location filename="../core/import/RowBuilder.cpp" line="+301"/>
        <source>Unknown lifecycle stage; the contact is a lead.</source>
        <translation>Неизвестный этап жизненного цикла; контакт становится лидом.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The row has no name, email or phone number.</source>
        <translation>В строке нет имени, адреса эл. почты или номера телефона.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without its invalid values the row has no name, email or phone number.</source>
        <translation>Без недопустимых значений в строке не остаётся имени, адреса эл. почты или номера телефона.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A company needs a name.</source>
        <translation>У компании должно быть название.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not an ISO 4217 currency code Baza knows.</source>
        <translation>«%1» — не известный Baza код валюты ISO 4217.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The amount is in %1 but the currency column says %2.</source>
        <translation>Сумма указана в %1, а в столбце валюты — %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unknown deal status; the deal is open.</source>
        <translation>Неизвестный статус сделки; сделка остаётся открытой.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not given in the imported file)</source>
        <translation>(нет в импортированном файле)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Probability must be between 0 and 100%.</source>
        <translation>Вероятность должна быть от 0 до 100%.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A deal needs a title.</source>
        <translation>У сделки должно быть название.</translation>
    </message>
    <message>
        <location filename="../core/import/RowWriter.cpp" line="+164"/>
        <source>Skipped: %1.</source>
        <translation>Пропущено: %1.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>an earlier row of this file</source>
        <translation>более ранняя строка этого файла</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an existing contact</source>
        <translation>существующий контакт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same email %1 as %2</source>
        <translation>тот же адрес эл. почты %1, что у %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same phone %1 as %2</source>
        <translation>тот же телефон %1, что у %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>likely duplicate: same name and company as %1</source>
        <translation>вероятный дубликат: то же имя и компания, что у %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a company named %1 exists</source>
        <translation>существует компания с названием %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>contact</source>
        <translation>контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact with this email or name; the deal is imported without one.</source>
        <translation>Нет контакта с таким адресом или именем; сделка импортируется без контакта.</translation>
    </message>
</context>
<context>
    <name>baza::io</name>
    <message>
        <location filename="../core/io/CsvReader.cpp" line="+377"/>
        <location filename="../core/io/VCardReader.cpp" line="+265"/>
        <source>%1: the file could not be opened (%2).</source>
        <translation>%1: не удалось открыть файл (%2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the field limits must be positive.</source>
        <translation>%1: ограничения полей должны быть положительными.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+23"/>
        <source>%1: the encoding %2 is not supported (Baza reads %3).</source>
        <translation>%1: кодировка %2 не поддерживается (Baza читает %3).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: the delimiter must be an ASCII character other than a quote or a line break.</source>
        <translation>%1: разделителем должен быть символ ASCII, кроме кавычки и перевода строки.</translation>
    </message>
    <message>
        <location line="-345"/>
        <source>%1, header (line %2)</source>
        <translation>%1, заголовок (строка файла %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, row %2 (line %3)</source>
        <translation>%1, запись %2 (строка файла %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, column %2 (%3)</source>
        <translation>%1, столбец %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, column %2</source>
        <translation>%1, столбец %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the quoted field is never closed</source>
        <translation>поле в кавычках не закрыто</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the field is longer than %1 bytes</source>
        <translation>поле длиннее %1 байт</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the field contains a NUL byte (is this a binary file, or UTF-16 without a byte order mark?)</source>
        <translation>поле содержит байт NUL (это двоичный файл или UTF-16 без метки порядка байтов?)</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>the row has more than %1 fields</source>
        <translation>в записи больше %1 полей</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+10"/>
        <source>the text is not valid %1 (an unpaired surrogate)</source>
        <translation>текст не является корректным %1 (непарный суррогат)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>byte 0x%1 is not valid in the encoding %2</source>
        <translation>байт 0x%1 недопустим в кодировке %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the card is never closed (END:VCARD is missing)</source>
        <translation>карточка не закрыта (нет END:VCARD)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the line contains a NUL byte</source>
        <translation>строка содержит байт NUL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the line is longer than %1 bytes</source>
        <translation>строка длиннее %1 байт</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected BEGIN:VCARD</source>
        <translation>ожидалось BEGIN:VCARD</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a new card begins before this one ends (END:VCARD is missing)</source>
        <translation>новая карточка начинается до конца предыдущей (нет END:VCARD)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the line is not a property (NAME:value)</source>
        <translation>строка не является свойством (ИМЯ:значение)</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>%1, card %2 (line %3)</source>
        <translation>%1, карточка %2 (строка файла %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the character set %1 is not supported (Baza reads %2)</source>
        <translation>набор символов %1 не поддерживается (Baza читает %2)</translation>
    </message>
    <message>
        <location filename="../core/io/CsvWriter.cpp" line="+82"/>
        <source>The CSV file could not be written (%1).</source>
        <translation>Не удалось записать файл CSV (%1).</translation>
    </message>
    <message>
        <location filename="../core/io/VCardWriter.cpp" line="+149"/>
        <source>The vCard file could not be written (%1).</source>
        <translation>Не удалось записать файл vCard (%1).</translation>
    </message>
    <message>
        <location filename="../core/io/ChunkSource.cpp" line="+26"/>
        <source>%1: the file could not be read (%2).</source>
        <translation>%1: не удалось прочитать файл (%2).</translation>
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
        <location line="+16"/>
        <source>Indexing %1 for search failed: %2</source>
        <translation>Не удалось проиндексировать %1 для поиска: %2</translation>
    </message>
    <message>
        <location line="+43"/>
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
        <location filename="../core/store/Entities.cpp" line="+95"/>
        <location filename="../core/store/StoreTimeline.cpp" line="+75"/>
        <location line="+62"/>
        <location line="+61"/>
        <location line="+73"/>
        <location line="+35"/>
        <location line="+129"/>
        <location line="+13"/>
        <source>Unknown kind of record: %1</source>
        <translation>Неизвестный тип записи: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="-229"/>
        <source>No %1 with id %2.</source>
        <translation>Нет записи %1 с идентификатором %2.</translation>
    </message>
    <message>
        <location filename="../core/store/ListReader.cpp" line="+23"/>
        <source>Reading the list failed: %1</source>
        <translation>Не удалось прочитать список: %1</translation>
    </message>
    <message>
        <location filename="../core/store/StoreContacts.cpp" line="+30"/>
        <location filename="../core/store/StoreHelpers.cpp" line="+42"/>
        <source>The linked %1 does not exist.</source>
        <translation>Связанная запись %1 не существует.</translation>
    </message>
    <message>
        <location filename="../core/store/StoreLists.cpp" line="+47"/>
        <source>The chosen owner does not exist.</source>
        <translation>Выбранный владелец не существует.</translation>
    </message>
    <message>
        <location filename="../core/store/BulkWriter.cpp" line="+47"/>
        <source>The store is not initialized.</source>
        <translation>Хранилище не инициализировано.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+21"/>
        <source>The command was not started.</source>
        <translation>Команда не была начата.</translation>
    </message>
    <message>
        <location line="+227"/>
        <source>There is no pipeline yet.</source>
        <translation>Воронок пока нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pipeline named &quot;%1&quot;.</source>
        <translation>Нет воронки с названием «%1».</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The pipeline has no stage named &quot;%1&quot;.</source>
        <translation>В воронке нет этапа с названием «%1».</translation>
    </message>
    <message>
        <location filename="../core/store/BulkWriterRows.cpp" line="+145"/>
        <source>The bulk writer needs Baza&apos;s SQLCipher driver.</source>
        <translation>Для пакетной записи нужен драйвер SQLCipher из состава Baza.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <location line="+45"/>
        <location line="+38"/>
        <location line="+46"/>
        <source>%1 has no field %2.</source>
        <translation>У %1 нет поля %2.</translation>
    </message>
    <message>
        <location filename="../core/store/Command.cpp" line="+182"/>
        <location line="+26"/>
        <source>The database is not open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only remote changes have an origin.</source>
        <translation>Источник есть только у изменений с других устройств.</translation>
    </message>
    <message>
        <location filename="../core/store/RemoteApply.cpp" line="+260"/>
        <source>%1 %2 (%3 by %4): %5</source>
        <translation>%1 %2 (%3, автор: %4): %5</translation>
    </message>
    <message>
        <location filename="../core/store/StoreDealParts.cpp" line="-179"/>
        <source>A line item needs a name.</source>
        <translation>У позиции должно быть название.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quantity must be at least 1.</source>
        <translation>Количество должно быть не меньше 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A unit price cannot be negative.</source>
        <translation>Цена за единицу не может быть отрицательной.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quantity × unit price is too large.</source>
        <translation>Количество × цена за единицу — слишком большая сумма.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The stage belongs to another pipeline.</source>
        <translation>Этот этап относится к другой воронке продаж.</translation>
    </message>
</context>
<context>
    <name>baza::store::Store</name>
    <message>
        <location filename="../core/store/Store.cpp" line="+155"/>
        <source>The database is not open.</source>
        <translation>База данных не открыта.</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location filename="../core/store/StoreSync.cpp" line="+77"/>
        <source>The store is not initialized.</source>
        <translation>Хранилище не инициализировано.</translation>
    </message>
    <message>
        <location filename="../core/store/StoreBoard.cpp" line="+137"/>
        <source>No open deal with id %1.</source>
        <translation>Нет открытой сделки с идентификатором %1.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location filename="../core/store/StoreDeals.cpp" line="+226"/>
        <location filename="../core/store/StoreTimeline.cpp" line="+19"/>
        <source>Unknown kind of record: %1</source>
        <translation>Неизвестный тип записи: %1</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>A person needs a name.</source>
        <translation>У человека должно быть имя.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The deal to place this one before is not in that stage.</source>
        <translation>Сделка, перед которой нужно поставить эту, находится на другом этапе.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>A deal&apos;s history cannot lie in the future.</source>
        <translation>История сделки не может относиться к будущему.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An open deal has no close date.</source>
        <translation>У открытой сделки нет даты закрытия.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A deal cannot enter its stage before it was created.</source>
        <translation>Сделка не может попасть на этап раньше, чем она создана.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A deal cannot close before it was created.</source>
        <translation>Сделка не может быть закрыта раньше, чем она создана.</translation>
    </message>
    <message>
        <location filename="../core/store/StoreContacts.cpp" line="+40"/>
        <source>No company with id %1.</source>
        <translation>Нет компании с идентификатором %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Contact %1: %2</source>
        <translation>Контакт %1: %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <location filename="../core/store/StoreHistory.cpp" line="+250"/>
        <source>No contact with id %1.</source>
        <translation>Нет контакта с идентификатором %1.</translation>
    </message>
    <message>
        <location filename="../core/store/StoreDealParts.cpp" line="+80"/>
        <source>This person is already on the deal.</source>
        <translation>Этот человек уже участвует в сделке.</translation>
    </message>
    <message>
        <location line="+46"/>
        <location filename="../core/store/StorePipelines.cpp" line="+90"/>
        <source>The linked %1 does not exist.</source>
        <translation>Связанная запись типа %1 не существует.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The line items add up to more than Baza can store.</source>
        <translation>Сумма позиций больше, чем может хранить Baza.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A product needs a name.</source>
        <translation>У товара должно быть название.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/store/StoreMoney.cpp" line="+33"/>
        <source>&quot;%1&quot; is not an ISO 4217 currency code Baza knows.</source>
        <translation>«%1» — не известный Baza код валюты ISO 4217.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A unit price cannot be negative.</source>
        <translation>Цена за единицу не может быть отрицательной.</translation>
    </message>
    <message>
        <location filename="../core/store/StoreDeals.cpp" line="-97"/>
        <source>No deal with id %1.</source>
        <translation>Нет сделки с идентификатором %1.</translation>
    </message>
    <message>
        <location filename="../core/store/StoreHistory.cpp" line="-107"/>
        <source>There is nothing to undo.</source>
        <translation>Нечего отменять.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Batch %1 has nothing left to undo.</source>
        <translation>В пакете %1 больше нечего отменять.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>An erasure cannot be undone.</source>
        <translation>Стирание нельзя отменить.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The contact was erased, but compacting the file failed: %1</source>
        <translation>Контакт стёрт, но сжать файл не удалось: %1</translation>
    </message>
    <message>
        <location filename="../core/store/StoreImports.cpp" line="+70"/>
        <source>&quot;%1&quot; is not a two-letter country code (e.g. PL).</source>
        <translation>«%1» — не двухбуквенный код страны (например, RU).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Import %1 was undone already or does not exist.</source>
        <translation>Импорт %1 уже отменён или не существует.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>changed after the import</source>
        <translation>изменён после импорта</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>a %1 created later refers to it</source>
        <translation>на него ссылается созданная позже запись типа %1</translation>
    </message>
    <message>
        <location filename="../core/store/StoreLists.cpp" line="+34"/>
        <location line="+41"/>
        <source>The tag must not be empty.</source>
        <translation>Тег не может быть пустым.</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+31"/>
        <source>A segment needs a name.</source>
        <translation>У сегмента должно быть название.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Segments are lists of contacts or companies, not %1.</source>
        <translation>Сегменты — это списки контактов или компаний, а не %1.</translation>
    </message>
    <message>
        <location filename="../core/store/StoreMerge.cpp" line="+134"/>
        <source>A contact cannot be merged with itself.</source>
        <translation>Контакт нельзя объединить с самим собой.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No command with id %1.</source>
        <translation>Нет команды с идентификатором %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command %1 was undone already.</source>
        <translation>Команда %1 уже отменена.</translation>
    </message>
    <message>
        <location filename="../core/store/StorePipelines.cpp" line="-41"/>
        <source>A pipeline needs a name.</source>
        <translation>У воронки должно быть название.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No pipeline with id %1.</source>
        <translation>Нет воронки с идентификатором %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The pipeline still holds %n deal(s). Move or delete them first.</source>
        <translation>
            <numerusform>В воронке ещё %n сделка. Сначала перенесите или удалите её.</numerusform>
            <numerusform>В воронке ещё %n сделки. Сначала перенесите или удалите их.</numerusform>
            <numerusform>В воронке ещё %n сделок. Сначала перенесите или удалите их.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The new order must list every stage of the pipeline once.</source>
        <translation>Новый порядок должен содержать каждый этап воронки ровно один раз.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A pipeline needs at least one stage; this is its last.</source>
        <translation>В воронке должен быть хотя бы один этап; этот — последний.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The stage holds %n deal(s); choose the stage they move to.</source>
        <translation>
            <numerusform>На этапе %n сделка; выберите этап, куда её перенести.</numerusform>
            <numerusform>На этапе %n сделки; выберите этап, куда их перенести.</numerusform>
            <numerusform>На этапе %n сделок; выберите этап, куда их перенести.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+27"/>
        <source>A lost reason needs a text.</source>
        <translation>У причины проигрыша должен быть текст.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&quot;%1&quot; is already in the list.</source>
        <translation>«%1» уже есть в списке.</translation>
    </message>
    <message>
        <location filename="../core/store/StorePrivacy.cpp" line="+24"/>
        <source>Only contacts, companies and deals can be private, not %1.</source>
        <translation>Личными могут быть только контакты, компании и сделки, а не %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No %1 with id %2.</source>
        <translation>Нет записи типа %1 с идентификатором %2.</translation>
    </message>
    <message>
        <location filename="../core/store/StoreSync.cpp" line="+186"/>
        <source>The server did not name your user.</source>
        <translation>Сервер не сообщил вашего пользователя.</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>No overwritten value %1.</source>
        <translation>Нет перезаписанного значения %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The record was deleted on another device; it cannot be restored from here.</source>
        <translation>Запись удалена на другом устройстве; отсюда её не восстановить.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 no longer exists; its value cannot be restored.</source>
        <translation>%1 больше не существует; значение не восстановить.</translation>
    </message>
    <message>
        <location filename="../core/store/StoreTimeline.cpp" line="+68"/>
        <source>There is no company named &quot;%1&quot;.</source>
        <translation>Нет компании с названием «%1».</translation>
    </message>
</context>
<context>
    <name>baza::sync</name>
    <message>
        <location filename="../core/sync/Gzip.cpp" line="+41"/>
        <source>The compressed body is unreadable: %1</source>
        <translation>Сжатое содержимое не читается: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>larger than %1 bytes</source>
        <translation>больше %1 байт</translation>
    </message>
    <message>
        <location filename="../core/sync/Protocol.cpp" line="+23"/>
        <source>Malformed sync message at %1: %2</source>
        <translation>Некорректное сообщение синхронизации в %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The %1 is not valid JSON (at byte %2: %3).</source>
        <translation>%1 — некорректный JSON (байт %2: %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 is not a JSON object.</source>
        <translation>%1 — не объект JSON.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+16"/>
        <location line="+23"/>
        <location line="+113"/>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>expected a string</source>
        <translation>ожидалась строка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not be empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected an integer</source>
        <translation>ожидалось целое число</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected true or false</source>
        <translation>ожидалось true или false</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a list</source>
        <translation>ожидался список</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>a number with a fraction or outside the 64-bit range; real numbers travel as {&quot;real&quot;: …}</source>
        <translation>число с дробной частью или вне 64-битного диапазона; вещественные числа передаются как {&quot;real&quot;: …}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the blob is not valid base64</source>
        <translation>двоичные данные — некорректный base64</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an object that is neither {&quot;real&quot;: n} nor {&quot;blob&quot;: s}</source>
        <translation>объект, который не является ни {&quot;real&quot;: n}, ни {&quot;blob&quot;: s}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>true/false is not a value; flags are 0 or 1</source>
        <translation>true/false — не значение; флаги — это 0 или 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list is not a value; lists travel as JSON text</source>
        <translation>список — не значение; списки передаются как текст JSON</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+30"/>
        <source>unknown kind of record &quot;%1&quot;</source>
        <translation>неизвестный тип записи «%1»</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>must be positive</source>
        <translation>должно быть положительным</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; is not &lt;16-digit ms&gt;-&lt;5-digit counter&gt;-&lt;device&gt;</source>
        <translation>«%1» не имеет вида &lt;16 цифр мс&gt;-&lt;5 цифр счётчика&gt;-&lt;устройство&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown operation &quot;%1&quot;</source>
        <translation>неизвестная операция «%1»</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <source>%1 has no field &quot;%2&quot;</source>
        <translation>у %1 нет поля «%2»</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>an update names its field</source>
        <translation>изменение должно указывать поле</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a deletion has no field</source>
        <translation>у удаления нет поля</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an insert without a field carries a &quot;fields&quot; object</source>
        <translation>вставка без поля содержит объект «fields»</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>not an ISO-8601 time</source>
        <translation>это не время в формате ISO 8601</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+39"/>
        <location line="+36"/>
        <location line="+50"/>
        <source>expected an object</source>
        <translation>ожидался объект</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>%1 changes in one push; at most %2</source>
        <translation>%1 изменений в одной отправке; максимум %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 does not follow %2; a push is in increasing order</source>
        <translation>%1 не следует за %2; отправка идёт по возрастанию</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>unknown status &quot;%1&quot;</source>
        <translation>неизвестный статус «%1»</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 does not follow %2; a pull is in increasing order</source>
        <translation>%1 не следует за %2; получение идёт по возрастанию</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is behind the last change&apos;s version %2</source>
        <translation>%1 отстаёт от версии последнего изменения %2</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="+43"/>
        <source>The server acknowledged change %1, but this device wrote only %2 changes. Is this database a restored backup?</source>
        <translation>Сервер подтвердил изменение %1, а это устройство записало только %2 изменений. Не восстановлена ли эта база из резервной копии?</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The server refused a change to %1 %2 (%3): %4</source>
        <translation>Сервер отклонил изменение %1 %2 (%3): %4</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server moved the sync position back (from %1 to %2).</source>
        <translation>Сервер откатил позицию синхронизации (с %1 на %2).</translation>
    </message>
</context>
<context>
    <name>baza::sync::SyncEngine</name>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="+129"/>
        <source>A sync is running; try again in a moment.</source>
        <translation>Идёт синхронизация; попробуйте через минуту.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>«%1» — не отпечаток SHA-256 (64 шестнадцатеричные цифры).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing in to %1 as %2…</source>
        <translation>Вход на %1 как %2…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Connected as %1 (%2).</source>
        <translation>Подключено как %1 (%2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Disconnected from the server; changes stay on this computer.</source>
        <translation>Отключено от сервера; изменения остаются на этом компьютере.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not connected to a server.</source>
        <translation>Нет подключения к серверу.</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>This computer&apos;s clock is about %n minute(s) ahead of the server&apos;s, so the server cannot accept its latest changes yet. They stay queued and are sent when the server&apos;s time catches up. Set this computer&apos;s time correctly (automatic time) so that new changes are not held back.</source>
        <translation>
            <numerusform>Часы этого компьютера спешат относительно сервера примерно на %n минуту, поэтому сервер пока не может принять последние изменения. Они остаются в очереди и будут отправлены, когда время сервера их догонит. Установите на этом компьютере правильное время (автоматическая настройка времени), чтобы новые изменения не задерживались.</numerusform>
            <numerusform>Часы этого компьютера спешат относительно сервера примерно на %n минуты, поэтому сервер пока не может принять последние изменения. Они остаются в очереди и будут отправлены, когда время сервера их догонит. Установите на этом компьютере правильное время (автоматическая настройка времени), чтобы новые изменения не задерживались.</numerusform>
            <numerusform>Часы этого компьютера спешат относительно сервера примерно на %n минут, поэтому сервер пока не может принять последние изменения. Они остаются в очереди и будут отправлены, когда время сервера их догонит. Установите на этом компьютере правильное время (автоматическая настройка времени), чтобы новые изменения не задерживались.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server accepted only part of the changes; retrying.</source>
        <translation>Сервер принял только часть изменений; повторяю.</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>Synced: %n sent, </source>
        <translation>
            <numerusform>Синхронизировано: отправлено %n, </numerusform>
            <numerusform>Синхронизировано: отправлено %n, </numerusform>
            <numerusform>Синхронизировано: отправлено %n, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n received</source>
        <translation>
            <numerusform>получено %n</numerusform>
            <numerusform>получено %n</numerusform>
            <numerusform>получено %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n overwritten</source>
        <translation>
            <numerusform>, перезаписано %n</numerusform>
            <numerusform>, перезаписано %n</numerusform>
            <numerusform>, перезаписано %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No network connection; changes are kept and sent later.</source>
        <translation>Нет сети; изменения сохранены и будут отправлены позже.</translation>
    </message>
</context>
<context>
    <name>baza::sync::SyncRequest</name>
    <message>
        <location line="-244"/>
        <location filename="../core/sync/SyncRequest.cpp" line="+126"/>
        <source>Sync was cancelled.</source>
        <translation>Синхронизация отменена.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncRequest.cpp" line="-31"/>
        <source>The server address must start with https:// (got %1).</source>
        <translation>Адрес сервера должен начинаться с https:// (указано %1).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The server&apos;s certificate has CHANGED. You trusted %1, the server now presents %2. Someone may be intercepting the connection; sync stays stopped until you confirm the new certificate with your administrator.</source>
        <translation>Сертификат сервера ИЗМЕНИЛСЯ. Вы доверяли %1, а сервер теперь предъявляет %2. Возможно, соединение перехватывают; синхронизация остановлена, пока вы не подтвердите новый сертификат у администратора.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The server&apos;s certificate is not trusted (%1). Its SHA-256 fingerprint is %2; trust it only if your administrator confirms this fingerprint.</source>
        <translation>Сертификат сервера не является доверенным (%1). Его отпечаток SHA-256: %2; доверяйте ему, только если администратор подтвердит этот отпечаток.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 не ответил за %2 с.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach %1: %2</source>
        <translation>Не удаётся связаться с %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server needs a newer version of Baza: %1</source>
        <translation>Серверу нужна более новая версия Baza: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The organization, user name or password is wrong.</source>
        <translation>Неверная организация, имя пользователя или пароль.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server ended the session; sign in again. (%1)</source>
        <translation>Сервер завершил сеанс; войдите снова. (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server does not allow this: %1</source>
        <translation>Сервер этого не разрешает: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered %2: %3</source>
        <translation>%1 ответил %2: %3</translation>
    </message>
</context>
<context>
    <name>baza::ui</name>
    <message>
        <location filename="../ui/importer/FilePreview.cpp" line="+71"/>
        <source>Full name</source>
        <translation>Полное имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Categories</source>
        <translation>Категории</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
</context>
<context>
    <name>baza::ui::ActivityComposer</name>
    <message>
        <location filename="../ui/cards/ActivityComposer.cpp" line="+32"/>
        <location line="+70"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Log an activity</source>
        <translation>Записать действие</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of activity</source>
        <translation>Тип действия</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation>Исходящее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming</source>
        <translation>Входящее</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said or agreed…</source>
        <translation>Что было сказано или решено…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call outcome</source>
        <translation>Результат звонка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duration in minutes</source>
        <translation>Длительность в минутах</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Сохранить (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without saving (Escape)</source>
        <translation>Закрыть без сохранения (Escape)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outcome:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Write something first.</source>
        <translation>Сначала напишите что-нибудь.</translation>
    </message>
</context>
<context>
    <name>baza::ui::AvatarWidget</name>
    <message>
        <location filename="../ui/cards/CardWidgets.cpp" line="+55"/>
        <source>Avatar: %1</source>
        <translation>Аватар: %1</translation>
    </message>
</context>
<context>
    <name>baza::ui::BoardDelegate</name>
    <message numerus="yes">
        <location filename="../ui/deals/BoardDelegate.cpp" line="+136"/>
        <source>%n d</source>
        <comment>days in stage, short</comment>
        <translation>
            <numerusform>%n д</numerusform>
            <numerusform>%n д</numerusform>
            <numerusform>%n д</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no next step</source>
        <translation>нет следующего шага</translation>
    </message>
</context>
<context>
    <name>baza::ui::BoardModel</name>
    <message numerus="yes">
        <location filename="../ui/deals/BoardModel.cpp" line="+444"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n сделка</numerusform>
            <numerusform>%n сделки</numerusform>
            <numerusform>%n сделок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weighted %1</source>
        <translation>взвешенная %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (no exchange rate into %2)</source>
        <translation>%1 (нет курса обмена в %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner: %1</source>
        <translation>Ответственный: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n day(s) in this stage: rotting (more than %1)</source>
        <translation>
            <numerusform>%n день на этом этапе: сделка застоялась (больше %1)</numerusform>
            <numerusform>%n дня на этом этапе: сделка застоялась (больше %1)</numerusform>
            <numerusform>%n дней на этом этапе: сделка застоялась (больше %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) in this stage</source>
        <translation>
            <numerusform>%n день на этом этапе</numerusform>
            <numerusform>%n дня на этом этапе</numerusform>
            <numerusform>%n дней на этом этапе</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next step overdue since %1</source>
        <translation>Следующий шаг просрочен с %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step due %1</source>
        <translation>Срок следующего шага: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No next step planned</source>
        <translation>Следующий шаг не запланирован</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag it to another stage, or Ctrl+Left/Right; Ctrl+Up/Down reorders; W wins, L loses, Enter opens.</source>
        <translation>Перетащите на другой этап или нажмите Ctrl+←/→; Ctrl+↑/↓ меняет порядок; W — выиграна, L — проиграна, Enter открывает.</translation>
    </message>
</context>
<context>
    <name>baza::ui::BoardView</name>
    <message>
        <location filename="../ui/deals/BoardView.cpp" line="+57"/>
        <source>Pipeline board</source>
        <translation>Доска воронки</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>%1 · %2%</source>
        <translation>%1 · %2%</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n deal(s) without an exchange rate</source>
        <translation>
            <numerusform>%n сделка без обменного курса</numerusform>
            <numerusform>%n сделки без обменного курса</numerusform>
            <numerusform>%n сделок без обменного курса</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage %1</source>
        <translation>Этап %1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>“%1” won. Ctrl+Z undoes it.</source>
        <translation>«%1» выиграна. Ctrl+Z отменяет.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” lost: %2. Ctrl+Z undoes it.</source>
        <translation>«%1» проиграна: %2. Ctrl+Z отменяет.</translation>
    </message>
</context>
<context>
    <name>baza::ui::BulkActions</name>
    <message>
        <location filename="../ui/lists/BulkActions.cpp" line="+51"/>
        <source>Actions on the selected records</source>
        <translation>Действия с выбранными записями</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add &amp;tag…</source>
        <translation>Добавить &amp;тег…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove tag…</source>
        <translation>&amp;Убрать тег…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;owner…</source>
        <translation>Сменить &amp;владельца…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;stage…</source>
        <translation>Сменить &amp;этап…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ex&amp;port…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selected contacts to a CSV or vCard file</source>
        <translation>Экспортировать выбранные контакты в файл CSV или vCard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selected contacts</source>
        <translation>Экспортировать выбранные контакты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>У&amp;далить…</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln выбрана</numerusform>
            <numerusform>%Ln выбраны</numerusform>
            <numerusform>%Ln выбрано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакта</numerusform>
            <numerusform>%Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln company(ies)</source>
        <translation>
            <numerusform>%Ln компания</numerusform>
            <numerusform>%Ln компании</numerusform>
            <numerusform>%Ln компаний</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was changed: %1</source>
        <translation>Ничего не изменено: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add tag</source>
        <translation>Добавить тег</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag to add to %1:</source>
        <translation>Тег, который добавить (%1):</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Added tag “%1” to %Ln contact(s).</source>
        <translation>
            <numerusform>Тег «%1» добавлен %Ln контакту.</numerusform>
            <numerusform>Тег «%1» добавлен %Ln контактам.</numerusform>
            <numerusform>Тег «%1» добавлен %Ln контактам.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There are no tags yet.</source>
        <translation>Тегов пока нет.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove tag</source>
        <translation>Убрать тег</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag to remove from %1:</source>
        <translation>Тег, который убрать (%1):</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Removed tag “%1” from %Ln contact(s).</source>
        <translation>
            <numerusform>Тег «%1» убран у %Ln контакта.</numerusform>
            <numerusform>Тег «%1» убран у %Ln контактов.</numerusform>
            <numerusform>Тег «%1» убран у %Ln контактов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No owner</source>
        <translation>Без владельца</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change owner</source>
        <translation>Сменить владельца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New owner of %1:</source>
        <translation>Новый владелец (%1):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 now owned by %2.</source>
        <translation>%1 — новый владелец: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change lifecycle stage</source>
        <translation>Сменить этап жизненного цикла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New stage of %1:</source>
        <translation>Новый этап (%1):</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Moved %Ln contact(s) to %1.</source>
        <translation>
            <numerusform>%Ln контакт переведён на этап %1.</numerusform>
            <numerusform>%Ln контакта переведены на этап %1.</numerusform>
            <numerusform>%Ln контактов переведены на этап %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete contacts</source>
        <translation>Удалить контакты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete companies</source>
        <translation>Удалить компании</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln contact(s)? Their deals, activities and tasks stay, without the link. Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Удалить %Ln контакт? Его сделки, действия и задачи останутся, но без связи. Правка → Отменить вернёт его.</numerusform>
            <numerusform>Удалить %Ln контакта? Их сделки, действия и задачи останутся, но без связи. Правка → Отменить вернёт их.</numerusform>
            <numerusform>Удалить %Ln контактов? Их сделки, действия и задачи останутся, но без связи. Правка → Отменить вернёт их.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %Ln company(ies)? Their contacts, deals, activities and tasks stay, without the link. Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Удалить %Ln компанию? Её контакты, сделки, действия и задачи останутся, но без связи. Правка → Отменить вернёт её.</numerusform>
            <numerusform>Удалить %Ln компании? Их контакты, сделки, действия и задачи останутся, но без связи. Правка → Отменить вернёт их.</numerusform>
            <numerusform>Удалить %Ln компаний? Их контакты, сделки, действия и задачи останутся, но без связи. Правка → Отменить вернёт их.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleted %1. Edit → Undo brings them back.</source>
        <translation>Удалено: %1. Правка → Отменить вернёт их.</translation>
    </message>
</context>
<context>
    <name>baza::ui::CardWidgets</name>
    <message>
        <location filename="../ui/cards/CardWidgets.cpp" line="+89"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
</context>
<context>
    <name>baza::ui::ChannelList</name>
    <message>
        <location filename="../ui/cards/ChannelList.cpp" line="+28"/>
        <source>Add an email address</source>
        <translation>Добавить адрес эл. почты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a phone number</source>
        <translation>Добавить номер телефона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ email</source>
        <translation>+ эл. почта</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+ phone</source>
        <translation>+ телефон</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Email address</source>
        <translation>Адрес эл. почты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit %1</source>
        <translation>Изменить %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy %1</source>
        <translation>Копировать %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove %1</source>
        <translation>Удалить %1</translation>
    </message>
</context>
<context>
    <name>baza::ui::CompanyCard</name>
    <message>
        <location filename="../ui/cards/CompanyCard.cpp" line="+30"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This company no longer exists (deleted, or its creation was undone). Go back with Alt+Left.</source>
        <translation>Этой компании больше нет (она удалена или её создание отменено). Вернитесь назад с помощью Alt+Стрелка влево.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy the website</source>
        <translation>Копировать адрес сайта</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy the phone number</source>
        <translation>Копировать номер телефона</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Владелец:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Домен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postal code</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>People (%n)</source>
        <translation>
            <numerusform>Люди (%n)</numerusform>
            <numerusform>Люди (%n)</numerusform>
            <numerusform>Люди (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Open deals (%n)</source>
        <translation>
            <numerusform>Открытые сделки (%n)</numerusform>
            <numerusform>Открытые сделки (%n)</numerusform>
            <numerusform>Открытые сделки (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open tasks</source>
        <translation>Открытые задачи</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Open tasks (%n)</source>
        <translation>
            <numerusform>Открытые задачи (%n)</numerusform>
            <numerusform>Открытые задачи (%n)</numerusform>
            <numerusform>Открытые задачи (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Company %1</source>
        <translation>Компания %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
</context>
<context>
    <name>baza::ui::CompanyListModel</name>
    <message>
        <location filename="../ui/lists/ListModels.cpp" line="+63"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Домен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Изменено</translation>
    </message>
</context>
<context>
    <name>baza::ui::ConsentsSection</name>
    <message>
        <location filename="../ui/cards/ConsentsSection.cpp" line="+34"/>
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+10"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+13"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Purpose, e.g. newsletter</source>
        <translation>Цель, например рассылка</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source, e.g. web form</source>
        <translation>Источник, например веб-форма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add consent</source>
        <translation>Добавить согласие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant</source>
        <translation>Дать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the selected consent as granted, today</source>
        <translation>Отметить выбранное согласие как данное, сегодняшним числом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the selected consent as withdrawn, today</source>
        <translation>Отметить выбранное согласие как отозванное, сегодняшним числом</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Select a consent in the list first.</source>
        <translation>Сначала выберите согласие в списке.</translation>
    </message>
</context>
<context>
    <name>baza::ui::ContactCard</name>
    <message>
        <location filename="../ui/cards/ContactCard.cpp" line="+35"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This contact no longer exists (deleted, or its creation was undone). Go back with Alt+Left.</source>
        <translation>Этого контакта больше нет (он удалён или его создание отменено). Вернитесь назад с помощью Alt+Стрелка влево.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lifecycle stage</source>
        <translation>Этап жизненного цикла</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Владелец:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postal code</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Open deals (%n)</source>
        <translation>
            <numerusform>Открытые сделки (%n)</numerusform>
            <numerusform>Открытые сделки (%n)</numerusform>
            <numerusform>Открытые сделки (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Convert to deal…</source>
        <translation>Преобразовать в сделку…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open tasks</source>
        <translation>Открытые задачи</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Open tasks (%n)</source>
        <translation>
            <numerusform>Открытые задачи (%n)</numerusform>
            <numerusform>Открытые задачи (%n)</numerusform>
            <numerusform>Открытые задачи (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consents</source>
        <translation>Согласия</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Contact %1</source>
        <translation>Контакт %1</translation>
    </message>
</context>
<context>
    <name>baza::ui::ContactListModel</name>
    <message>
        <location filename="../ui/lists/ListModels.cpp" line="-64"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifecycle stage</source>
        <translation>Этап жизненного цикла</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last contacted</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Изменён</translation>
    </message>
</context>
<context>
    <name>baza::ui::ContactsList</name>
    <message>
        <location filename="../ui/cards/RelatedSections.cpp" line="+213"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
</context>
<context>
    <name>baza::ui::ConvertLeadDialog</name>
    <message>
        <location filename="../ui/deals/ConvertLeadDialog.cpp" line="+36"/>
        <source>New deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Convert to deal</source>
        <translation>Превратить в сделку</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. CRM rollout for 40 seats</source>
        <translation>например, внедрение CRM на 40 мест</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Воронка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Value:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected &amp;close:</source>
        <translation>Ожидаемое &amp;закрытие:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create deal</source>
        <translation>Создать сделку</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new deal for %1.</source>
        <translation>Новая сделка для: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new deal on the board. The person and the company are optional; a lead becomes an opportunity.</source>
        <translation>Новая сделка на доске. Контакт и компания необязательны; лид становится возможностью.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new deal for %1. They become an opportunity; winning the deal makes them a customer.</source>
        <translation>Новая сделка для: %1. Контакт становится потенциальным клиентом; после выигрыша сделки он станет клиентом.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Person</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find a person</source>
        <translation>Начните вводить, чтобы найти контакт</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find a company</source>
        <translation>Начните вводить, чтобы найти компанию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;erson:</source>
        <translation>&amp;Контакт:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpany:</source>
        <translation>К&amp;омпания:</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Choose the person from the suggestions, or leave the field empty.</source>
        <translation>Выберите контакт из подсказок или оставьте поле пустым.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no company called “%1”. Choose one from the suggestions, or leave the field empty.</source>
        <translation>Компании «%1» нет. Выберите компанию из подсказок или оставьте поле пустым.</translation>
    </message>
</context>
<context>
    <name>baza::ui::CustomFields</name>
    <message>
        <location filename="../ui/cards/CustomFields.cpp" line="+18"/>
        <source>New field value</source>
        <translation>Значение нового поля</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New field name</source>
        <translation>Название нового поля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ field</source>
        <translation>+ поле</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name the field first.</source>
        <translation>Сначала назовите поле.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Field %1</source>
        <translation>Поле %1</translation>
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
    <name>baza::ui::DatabaseSettingsPage</name>
    <message>
        <location filename="../ui/shell/SettingsPages.cpp" line="+103"/>
        <source>Default phone region</source>
        <translation>Регион телефонов по умолчанию</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Default &amp;phone region:</source>
        <translation>Регион &amp;телефонов по умолчанию:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers typed or imported without a country code are read as numbers of this country. Stored in this database, so it applies to everyone who opens it.</source>
        <translation>Номера телефонов, введённые или импортированные без кода страны, считаются номерами этой страны. Настройка хранится в этой базе данных и действует для всех, кто её открывает.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This database</source>
        <translation>Эта база данных</translation>
    </message>
</context>
<context>
    <name>baza::ui::DealCard</name>
    <message>
        <location filename="../ui/deals/DealCard.cpp" line="+33"/>
        <location line="+74"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Value:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Win probability</source>
        <translation>Вероятность выигрыша</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the stage&apos;s</source>
        <translation>как у этапа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Probability:</source>
        <translation>&amp;Вероятность:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected &amp;close:</source>
        <translation>Ожидаемое &amp;закрытие:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody</source>
        <translation>Никто</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Владелец:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>With:</source>
        <translation>С кем:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost…</source>
        <translation>Проиграна…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>This deal no longer exists.</source>
        <translation>Этой сделки больше нет.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>nobody yet</source>
        <translation>пока никто</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open · %1</source>
        <translation>Открыта · %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Won on %1 · %2</source>
        <translation>Выиграна %1 · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lost on %1: %2</source>
        <translation>Проиграна %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/deals/DealCardParts.cpp" line="+29"/>
        <location line="+3"/>
        <source>People involved</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Find a person to add</source>
        <translation>Найдите человека, чтобы добавить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role, e.g. decision maker</source>
        <translation>Роль, например лицо, принимающее решение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove person</source>
        <translation>Убрать человека</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Products and line items</source>
        <translation>Товары и позиции</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line items</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+19"/>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Item or product</source>
        <translation>Позиция или товар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item name</source>
        <translation>Название позиции</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the sum as the deal&apos;s value</source>
        <translation>Сделать сумму суммой сделки</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Sum: %1</source>
        <translation>Сумма: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>e.g. Send the offer</source>
        <translation>например, Отправить предложение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation>Запланировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the next step done</source>
        <translation>Отметить следующий шаг как выполненный</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No next step planned.</source>
        <translation>Следующий шаг не запланирован.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — overdue since %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — просрочено с %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — due %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — срок %2</translation>
    </message>
</context>
<context>
    <name>baza::ui::DealTableModel</name>
    <message>
        <location filename="../ui/deals/DealTableModel.cpp" line="+82"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company or person</source>
        <translation>Компания или человек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value (%1)</source>
        <translation>Сумма (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days in stage</source>
        <translation>Дней на этапе</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>no rate</source>
        <translation>нет курса</translation>
    </message>
</context>
<context>
    <name>baza::ui::DealTimeline</name>
    <message>
        <location filename="../ui/deals/DealTimeline.cpp" line="+16"/>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>open</source>
        <translation>открыта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>won</source>
        <translation>выиграна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lost</source>
        <translation>проиграна</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Created</source>
        <translation>Создана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created from a lead</source>
        <translation>Создана из лида</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved</source>
        <translation>Перемещена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>Открыта повторно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Изменена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved: its stage was removed</source>
        <translation>Перемещена: её этап удалён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value set from the line items</source>
        <translation>Сумма рассчитана по позициям</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Контактное лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Deal %1 created from the lead</source>
        <translation>Сделка %1 создана из лида</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal %1 created</source>
        <translation>Сделка %1 создана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In %1</source>
        <translation>На этапе %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 moved back to %2</source>
        <translation>Сделка %1 возвращена на этап %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 moved to %2</source>
        <translation>Сделка %1 перемещена на этап %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 won</source>
        <translation>Сделка %1 выиграна</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 lost</source>
        <translation>Сделка %1 проиграна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1</source>
        <translation>Причина: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 open again (undone)</source>
        <translation>Сделка %1 снова открыта (отменено)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 reopened</source>
        <translation>Сделка %1 открыта повторно</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+11"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>someone else</source>
        <translation>другой пользователь</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deleted</source>
        <translation>Удалена</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>baza::ui::DealsList</name>
    <message>
        <location filename="../ui/cards/RelatedSections.cpp" line="-151"/>
        <source>Open deals</source>
        <translation>Открытые сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closes</source>
        <translation>Закрытие</translation>
    </message>
</context>
<context>
    <name>baza::ui::DealsPage</name>
    <message>
        <location filename="../ui/deals/DealsPage.cpp" line="+51"/>
        <location line="+50"/>
        <location line="+36"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter deals</source>
        <translation>Фильтр сделок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by title, company or person</source>
        <translation>Фильтр по названию, компании или человеку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Board</source>
        <translation>Доска</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New deal…</source>
        <translation>Новая сделка…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new deal in this pipeline, in the stage of the selected card</source>
        <translation>Новая сделка в этой воронке, на этапе выбранной карточки</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pipelines…</source>
        <translation>Воронки…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, rename, reorder and remove pipelines, stages and lost reasons</source>
        <translation>Добавляйте, переименовывайте, упорядочивайте и удаляйте воронки, этапы и причины проигрыша</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currencies…</source>
        <translation>Валюты…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base currency and exchange rates</source>
        <translation>Базовая валюта и обменные курсы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pipeline summary</source>
        <translation>Сводка по воронке</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Everyone</source>
        <translation>Все</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All tags</source>
        <translation>Все теги</translation>
    </message>
    <message numerus="yes">
        <location line="+127"/>
        <source>%n open deal(s) worth %1</source>
        <translation>
            <numerusform>%n открытая сделка на %1</numerusform>
            <numerusform>%n открытые сделки на %1</numerusform>
            <numerusform>%n открытых сделок на %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weighted %1</source>
        <translation>взвешенная %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected this month %1</source>
        <translation>ожидается в этом месяце %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>win rate %1%</source>
        <translation>доля выигранных %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>average won deal %1</source>
        <translation>средняя выигранная сделка %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) to close on average</source>
        <translation>
            <numerusform>в среднем %n день до закрытия</numerusform>
            <numerusform>в среднем %n дня до закрытия</numerusform>
            <numerusform>в среднем %n дней до закрытия</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n deal(s) left out: no exchange rate</source>
        <translation>
            <numerusform>не учтена %n сделка: нет обменного курса</numerusform>
            <numerusform>не учтены %n сделки: нет обменного курса</numerusform>
            <numerusform>не учтено %n сделок: нет обменного курса</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” added. Ctrl+Z undoes it.</source>
        <translation>«%1» добавлена. Ctrl+Z отменяет.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” added; the filters hide it. Ctrl+Z undoes it.</source>
        <translation>«%1» добавлена; фильтры её скрывают. Ctrl+Z отменяет.</translation>
    </message>
</context>
<context>
    <name>baza::ui::DuplicatesDialog</name>
    <message numerus="yes">
        <location filename="../ui/importer/DuplicatesDialog.cpp" line="+25"/>
        <source>Same email %1 (%n contact(s))</source>
        <translation>
            <numerusform>Та же эл. почта %1 (%n контакт)</numerusform>
            <numerusform>Та же эл. почта %1 (%n контакта)</numerusform>
            <numerusform>Та же эл. почта %1 (%n контактов)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Same phone %1 (%n contact(s))</source>
        <translation>
            <numerusform>Тот же телефон %1 (%n контакт)</numerusform>
            <numerusform>Тот же телефон %1 (%n контакта)</numerusform>
            <numerusform>Тот же телефон %1 (%n контактов)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Same name and company: %1 (%n contact(s))</source>
        <translation>
            <numerusform>То же имя и компания: %1 (%n контакт)</numerusform>
            <numerusform>То же имя и компания: %1 (%n контакта)</numerusform>
            <numerusform>То же имя и компания: %1 (%n контактов)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Find duplicates</source>
        <translation>Поиск дубликатов</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Groups of likely duplicates</source>
        <translation>Группы вероятных дубликатов</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo merge</source>
        <translation>&amp;Отменить объединение</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Looking for duplicates…</source>
        <translation>Поиск дубликатов…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No likely duplicates.</source>
        <translation>Вероятных дубликатов нет.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n group(s) of likely duplicates. Choose one to compare and merge.</source>
        <translation>
            <numerusform>%n группа вероятных дубликатов. Выберите её, чтобы сравнить и объединить.</numerusform>
            <numerusform>%n группы вероятных дубликатов. Выберите одну, чтобы сравнить и объединить.</numerusform>
            <numerusform>%n групп вероятных дубликатов. Выберите одну, чтобы сравнить и объединить.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Kept (older)</source>
        <translation>Остаётся (старший)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into it</source>
        <translation>Объединяется с ним</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postal code</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>Адреса эл. почты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: keep %2</source>
        <translation>%1: оставить %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: take %2</source>
        <translation>%1: взять %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (both kept)</source>
        <translation>%1 (сохраняются оба)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Merged into %1. Undo merge (Ctrl+Z) takes it back.</source>
        <translation>Объединено с %1. «Отменить объединение» (Ctrl+Z) вернёт всё как было.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The merge is undone.</source>
        <translation>Объединение отменено.</translation>
    </message>
    <message>
        <location filename="../ui/importer/ImporterActions.cpp" line="+46"/>
        <source>Find &amp;duplicates…</source>
        <translation>Найти &amp;дубликаты…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts that look like the same person, to merge</source>
        <translation>Контакты, похожие на одного и того же человека, для объединения</translation>
    </message>
</context>
<context>
    <name>baza::ui::ExportDialog</name>
    <message>
        <location filename="../ui/importer/ExportDialog.cpp" line="+38"/>
        <location line="+1"/>
        <source>Export contacts</source>
        <translation>Экспорт контактов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All contacts are exported.</source>
        <translation>Экспортируются все контакты.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File format</source>
        <translation>Формат файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for Excel (your locale&apos;s list separator, UTF-8 with BOM)</source>
        <translation>CSV для Excel (разделитель списка из региональных настроек, UTF-8 с BOM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV, RFC 4180 (commas, UTF-8)</source>
        <translation>CSV, RFC 4180 (запятые, UTF-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard 3.0 (phones, Outlook, Google)</source>
        <translation>vCard 3.0 (телефоны, Outlook, Google)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a &amp;mailing: only contacts whose consent allows</source>
        <translation>Для &amp;рассылки: только контакты, чьё согласие это разрешает</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent purpose</source>
        <translation>Цель согласия</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File to write</source>
        <translation>Файл для записи</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contacts</source>
        <translation>контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;ile:</source>
        <translation>Ф&amp;айл:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel export</source>
        <translation>&amp;Отменить экспорт</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>The %n selected contact(s) are exported.</source>
        <translation>
            <numerusform>Будет экспортирован %n выбранный контакт.</numerusform>
            <numerusform>Будут экспортированы %n выбранных контакта.</numerusform>
            <numerusform>Будут экспортированы %n выбранных контактов.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The contacts of the segment “%1” are exported.</source>
        <translation>Будут экспортированы контакты сегмента «%1».</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The %n contact(s) of the segment “%1” are exported.</source>
        <translation>
            <numerusform>Будет экспортирован %n контакт сегмента «%1».</numerusform>
            <numerusform>Будут экспортированы %n контакта сегмента «%1».</numerusform>
            <numerusform>Будут экспортированы %n контактов сегмента «%1».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contacts the list shows (with its filters) are exported.</source>
        <translation>Будут экспортированы контакты, показанные в списке (с учётом фильтров).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n contact(s) the list shows (with its filters) are exported.</source>
        <translation>
            <numerusform>Будет экспортирован %n контакт, показанный в списке (с учётом фильтров).</numerusform>
            <numerusform>Будут экспортированы %n контакта, показанных в списке (с учётом фильтров).</numerusform>
            <numerusform>Будут экспортированы %n контактов, показанных в списке (с учётом фильтров).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Export to</source>
        <translation>Экспорт в</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard files (*.vcf)</source>
        <translation>Файлы vCard (*.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>%n контакт экспортирован в %1.</numerusform>
            <numerusform>%n контакта экспортированы в %1.</numerusform>
            <numerusform>%n контактов экспортированы в %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importer/ImporterActions.cpp" line="-14"/>
        <source>&amp;Export contacts…</source>
        <translation>&amp;Экспорт контактов…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write contacts to a CSV or vCard file</source>
        <translation>Записать контакты в файл CSV или vCard</translation>
    </message>
</context>
<context>
    <name>baza::ui::GeneralSettingsPage</name>
    <message>
        <location filename="../ui/shell/SettingsPages.cpp" line="-107"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language applies the next time Baza starts.</source>
        <translation>Новый язык применится при следующем запуске Baza.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock after minutes without use</source>
        <translation>Блокировать после стольких минут бездействия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Блокировать при бездействии:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database locks itself after this long without a key press or mouse movement. Ctrl+L locks at once.</source>
        <translation>База данных блокируется сама, если столько времени не было нажатий клавиш или движений мыши. Ctrl+L блокирует сразу.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>General</source>
        <translation>Общие</translation>
    </message>
</context>
<context>
    <name>baza::ui::ImportFilePage</name>
    <message>
        <location filename="../ui/importer/ImportPages.cpp" line="+43"/>
        <source>Choose a file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file from Excel, Google, Outlook or another CRM, or vCards (.vcf).</source>
        <translation>Файл CSV из Excel, Google, Outlook или другой CRM либо карточки vCard (.vcf).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path to a .csv, .txt or .vcf file</source>
        <translation>Путь к файлу .csv, .txt или .vcf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the file holds</source>
        <translation>Что содержит файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import as:</source>
        <translation>&amp;Импортировать как:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no file at this path.</source>
        <translation>По этому пути нет файла.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file cannot be read (permissions).</source>
        <translation>Этот файл нельзя прочитать (права доступа).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCards become contacts.</source>
        <translation>Карточки vCard становятся контактами.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Import from</source>
        <translation>Импорт из</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts files (*.csv *.txt *.tsv *.vcf *.vcard);;All files (*)</source>
        <translation>Файлы контактов (*.csv *.txt *.tsv *.vcf *.vcard);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>baza::ui::ImportHistoryDialog</name>
    <message>
        <location filename="../ui/importer/ImporterActions.cpp" line="-11"/>
        <source>Import &amp;history…</source>
        <translation>&amp;История импорта…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Past imports, and undoing one</source>
        <translation>Прошлые импорты и их отмена</translation>
    </message>
    <message>
        <location filename="../ui/importer/ImportHistoryDialog.cpp" line="+39"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Import history</source>
        <translation>История импорта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Строки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Past imports</source>
        <translation>Прошлые импорты</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Records kept by the undo</source>
        <translation>Записи, сохранённые при отмене</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo import…</source>
        <translation>&amp;Отменить импорт…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Undone %1</source>
        <translation>Отменён %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No imports yet.</source>
        <translation>Импортов пока не было.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+9"/>
        <source>Undo import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Undo the import of %1 from %2?</source>
        <translation>Отменить импорт файла %1 от %2?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n record(s) it created will be removed</source>
        <translation>
            <numerusform>%n созданная им запись будет удалена</numerusform>
            <numerusform>%n созданные им записи будут удалены</numerusform>
            <numerusform>%n созданных им записей будут удалены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s) it updated will be set back.</source>
        <translation>
            <numerusform>%n обновлённая им запись вернётся к прежнему виду.</numerusform>
            <numerusform>%n обновлённые им записи вернутся к прежнему виду.</numerusform>
            <numerusform>%n обновлённых им записей вернутся к прежнему виду.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records changed by hand since the import are kept as they are.</source>
        <translation>Записи, изменённые вручную после импорта, останутся как есть.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Undoing…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>baza::ui::ImportMappingPage</name>
    <message>
        <location filename="../ui/importer/ImportMappingPage.cpp" line="+36"/>
        <source>(ignore)</source>
        <translation>(пропустить)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Baza field for %1</source>
        <translation>Поле Baza для %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Map the columns</source>
        <translation>Сопоставьте столбцы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where each column of the file goes in Baza. Change a field with a double-click or F2; columns set to “(ignore)” are not imported.</source>
        <translation>Куда в Baza попадает каждый столбец файла. Поле меняется двойным щелчком или клавишей F2; столбцы «(пропустить)» не импортируются.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sample values</source>
        <translation>Примеры значений</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baza field</source>
        <translation>Поле Baza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column mapping</source>
        <translation>Сопоставление столбцов</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Сохранить сопоставление…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Загрузить сопоставление…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Country of phone numbers without a country code</source>
        <translation>Страна телефонных номеров без кода страны</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Phone numbers written without a country code are from:</source>
        <translation>&amp;Телефонные номера без кода страны — из:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>First rows after mapping</source>
        <translation>Первые строки после сопоставления</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No export format recognised: columns were matched by their names.</source>
        <translation>Формат экспорта не распознан: столбцы сопоставлены по названиям.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised format: %1 export.</source>
        <translation>Распознан формат: экспорт %1.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Double-click or press F2 to choose another field</source>
        <translation>Дважды щёлкните или нажмите F2, чтобы выбрать другое поле</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not imported: %1</source>
        <translation>Не будет импортирована: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported without %n value(s)</source>
        <translation>
            <numerusform>Импорт без %n значения</numerusform>
            <numerusform>Импорт без %n значений</numerusform>
            <numerusform>Импорт без %n значений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The first %n row(s) as they will be imported.</source>
        <translation>
            <numerusform>Первая %n строка в том виде, в каком она будет импортирована.</numerusform>
            <numerusform>Первые %n строки в том виде, в каком они будут импортированы.</numerusform>
            <numerusform>Первые %n строк в том виде, в каком они будут импортированы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) have values that will be left out (marked; the reason is in the tooltip).</source>
        <translation>
            <numerusform>В %n строке есть значения, которые будут пропущены (отмечены; причина — во всплывающей подсказке).</numerusform>
            <numerusform>В %n строках есть значения, которые будут пропущены (отмечены; причина — во всплывающей подсказке).</numerusform>
            <numerusform>В %n строках есть значения, которые будут пропущены (отмечены; причина — во всплывающей подсказке).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) will not be imported.</source>
        <translation>
            <numerusform>%n строка не будет импортирована.</numerusform>
            <numerusform>%n строки не будут импортированы.</numerusform>
            <numerusform>%n строк не будут импортированы.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Most phone numbers of the file are not valid numbers of the chosen country, but they are valid in %1.</source>
        <translation>Большинство телефонных номеров в файле недействительны для выбранной страны, но действительны для страны: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read them as numbers from %1</source>
        <translation>Считать их номерами страны: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loaded %1.</source>
        <translation>Загружено: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n mapped column(s) of it are not in this file.</source>
        <translation>
            <numerusform>%n сопоставленного в нём столбца нет в этом файле.</numerusform>
            <numerusform>%n сопоставленных в нём столбцов нет в этом файле.</numerusform>
            <numerusform>%n сопоставленных в нём столбцов нет в этом файле.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save mapping</source>
        <translation>Сохранить сопоставление</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Mappings (*.json)</source>
        <translation>Сопоставления (*.json)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Mapping saved to %1.</source>
        <translation>Сопоставление сохранено в %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load mapping</source>
        <translation>Загрузить сопоставление</translation>
    </message>
</context>
<context>
    <name>baza::ui::ImportPolicyPage</name>
    <message>
        <location filename="../ui/importer/ImportRunPages.cpp" line="+58"/>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A row is a duplicate when its email or phone (or, for companies, the name) matches a record Baza already has, or an earlier row of the file.</source>
        <translation>Строка считается дубликатом, если её эл. почта или телефон (а для компаний — название) совпадает с записью, которая уже есть в Baza, или с более ранней строкой файла.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Skip</source>
        <translation>&amp;Пропустить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the existing record as it is and count the row as a duplicate.</source>
        <translation>Оставить существующую запись как есть и посчитать строку дубликатом.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fill empty fields</source>
        <translation>&amp;Заполнить пустые поля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the fields the existing record leaves empty and add new emails and phones; nothing it already has is changed.</source>
        <translation>Заполнить пустые поля существующей записи и добавить новые адреса и телефоны; то, что в ней уже есть, не меняется.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Перезаписать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the existing values with the row&apos;s non-empty values.</source>
        <translation>Заменить существующие значения непустыми значениями строки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create anyway</source>
        <translation>&amp;Всё равно создать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new record even though a matching one exists (you can merge them later with Tools → Find duplicates).</source>
        <translation>Добавить новую запись, хотя совпадающая уже есть (их можно объединить позже: Сервис → Найти дубликаты).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Looking for rows that match records Baza already has…</source>
        <translation>Поиск строк, совпадающих с записями, которые уже есть в Baza…</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Looking for rows that match records Baza already has… (%Ln row(s) read)</source>
        <translation>
            <numerusform>Поиск строк, совпадающих с записями, которые уже есть в Baza… (прочитана %Ln строка)</numerusform>
            <numerusform>Поиск строк, совпадающих с записями, которые уже есть в Baza… (прочитаны %Ln строки)</numerusform>
            <numerusform>Поиск строк, совпадающих с записями, которые уже есть в Baza… (прочитано %Ln строк)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file could not be checked for duplicates: %1</source>
        <translation>Не удалось проверить файл на дубликаты: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No row of the file matches a record Baza already has.</source>
        <translation>Ни одна строка файла не совпадает с записями, которые уже есть в Baza.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) of the file match records Baza already has.</source>
        <translation>
            <numerusform>%Ln строка файла совпадает с записями, которые уже есть в Baza.</numerusform>
            <numerusform>%Ln строки файла совпадают с записями, которые уже есть в Baza.</numerusform>
            <numerusform>%Ln строк файла совпадают с записями, которые уже есть в Baza.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln row(s) repeat an earlier row of the file.</source>
        <translation>
            <numerusform>%Ln строка повторяет более раннюю строку файла.</numerusform>
            <numerusform>%Ln строки повторяют более ранние строки файла.</numerusform>
            <numerusform>%Ln строк повторяют более ранние строки файла.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::ImportPreviewPage</name>
    <message>
        <location filename="../ui/importer/ImportPages.cpp" line="-97"/>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vertical bar</source>
        <translation>вертикальная черта</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Check the text</source>
        <translation>Проверьте текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first rows as Baza reads them. If letters look wrong or everything is in one column, choose another encoding or delimiter.</source>
        <translation>Первые строки в том виде, в каком их читает Baza. Если буквы выглядят неправильно или всё оказалось в одном столбце, выберите другую кодировку или разделитель.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>As detected</source>
        <translation>Как определено</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Delimiter</source>
        <translation>Разделитель</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>First rows of the file</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The file has no rows to import.</source>
        <translation>В файле нет строк для импорта.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Encoding %1 (detected).</source>
        <translation>Кодировка %1 (определена).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding %1 (chosen).</source>
        <translation>Кодировка %1 (выбрана).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delimiter: %1 (detected).</source>
        <translation>Разделитель: %1 (определён).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter: %1 (chosen).</source>
        <translation>Разделитель: %1 (выбран).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Showing the first %n row(s).</source>
        <translation>
            <numerusform>Показана первая %n строка.</numerusform>
            <numerusform>Показаны первые %n строки.</numerusform>
            <numerusform>Показаны первые %n строк.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) in the file.</source>
        <translation>
            <numerusform>%n строка в файле.</numerusform>
            <numerusform>%n строки в файле.</numerusform>
            <numerusform>%n строк в файле.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) have a different number of columns than the header.</source>
        <translation>
            <numerusform>У %n строки другое число столбцов, чем в заголовке.</numerusform>
            <numerusform>У %n строк другое число столбцов, чем в заголовке.</numerusform>
            <numerusform>У %n строк другое число столбцов, чем в заголовке.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::ImportRunPage</name>
    <message>
        <location filename="../ui/importer/ImportRunPages.cpp" line="-151"/>
        <source>under a second</source>
        <translation>меньше секунды</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунда</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минута</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import is written as one step: if it is cancelled or fails, nothing of it is kept.</source>
        <translation>Импорт записывается одним шагом: если его отменить или он не удастся, от него ничего не останется.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cancel import…</source>
        <translation>&amp;Отменить импорт…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <location line="+3"/>
        <source>%Ln row(s) done</source>
        <translation>
            <numerusform>%Ln строка готова</numerusform>
            <numerusform>%Ln строки готовы</numerusform>
            <numerusform>%Ln строк готово</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>of about %Ln</source>
        <translation>
            <numerusform>из примерно %Ln</numerusform>
            <numerusform>из примерно %Ln</numerusform>
            <numerusform>из примерно %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln row(s) per second</source>
        <translation>
            <numerusform>%Ln строка в секунду</numerusform>
            <numerusform>%Ln строки в секунду</numerusform>
            <numerusform>%Ln строк в секунду</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about %1 left</source>
        <translation>осталось около %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the import? Nothing of it will be kept: the rows imported so far are rolled back.</source>
        <translation>Остановить импорт? От него ничего не останется: уже импортированные строки будут откачены.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop and discard</source>
        <translation>Остановить и отбросить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue importing</source>
        <translation>Продолжить импорт</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelling: rolling back…</source>
        <translation>Отмена: откат изменений…</translation>
    </message>
</context>
<context>
    <name>baza::ui::ImportSummaryPage</name>
    <message numerus="yes">
        <location line="+19"/>
        <source>Undone: %n record(s) removed</source>
        <translation>
            <numerusform>Отменено: удалена %n запись</numerusform>
            <numerusform>Отменено: удалены %n записи</numerusform>
            <numerusform>Отменено: удалено %n записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) set back</source>
        <translation>
            <numerusform>%n запись возвращена к прежнему виду</numerusform>
            <numerusform>%n записи возвращены к прежнему виду</numerusform>
            <numerusform>%n записей возвращены к прежнему виду</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) kept because they were changed by hand after the import or are in use:</source>
        <translation>
            <numerusform>%n запись сохранена, потому что её изменили вручную после импорта или она используется:</numerusform>
            <numerusform>%n записи сохранены, потому что их изменили вручную после импорта или они используются:</numerusform>
            <numerusform>%n записей сохранены, потому что их изменили вручную после импорта или они используются:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Summary</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems found in the file</source>
        <translation>Проблемы, найденные в файле</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save error &amp;report…</source>
        <translation>Сохранить &amp;отчёт об ошибках…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo this import</source>
        <translation>&amp;Отменить этот импорт</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The import failed; nothing was imported.</source>
        <translation>Импорт не удался; ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1 in %2.</source>
        <translation>%1 импортирован за %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>прочитана %Ln строка</numerusform>
            <numerusform>прочитаны %Ln строки</numerusform>
            <numerusform>прочитано %Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s) created</source>
        <translation>
            <numerusform>создана %Ln запись</numerusform>
            <numerusform>созданы %Ln записи</numerusform>
            <numerusform>создано %Ln записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln existing record(s) updated</source>
        <translation>
            <numerusform>обновлена %Ln существующая запись</numerusform>
            <numerusform>обновлены %Ln существующие записи</numerusform>
            <numerusform>обновлено %Ln существующих записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln duplicate(s) of existing records or earlier rows</source>
        <translation>
            <numerusform>%Ln дубликат существующих записей или предыдущих строк</numerusform>
            <numerusform>%Ln дубликата существующих записей или предыдущих строк</numerusform>
            <numerusform>%Ln дубликатов существующих записей или предыдущих строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) skipped</source>
        <translation>
            <numerusform>пропущена %Ln строка</numerusform>
            <numerusform>пропущены %Ln строки</numerusform>
            <numerusform>пропущено %Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) with errors, not imported</source>
        <translation>
            <numerusform>%Ln строка с ошибками, не импортирована</numerusform>
            <numerusform>%Ln строки с ошибками, не импортированы</numerusform>
            <numerusform>%Ln строк с ошибками, не импортированы</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln value(s) left out (kept in the custom field import_rejected)</source>
        <translation>
            <numerusform>пропущено %Ln значение (сохранено в дополнительном поле import_rejected)</numerusform>
            <numerusform>пропущено %Ln значения (сохранены в дополнительном поле import_rejected)</numerusform>
            <numerusform>пропущено %Ln значений (сохранены в дополнительном поле import_rejected)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln company(ies) created for the contacts</source>
        <translation>
            <numerusform>создана %Ln компания для контактов</numerusform>
            <numerusform>созданы %Ln компании для контактов</numerusform>
            <numerusform>создано %Ln компаний для контактов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No problems found.</source>
        <translation>Проблем не найдено.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The first %n problem(s); the error report lists all.</source>
        <translation>
            <numerusform>Первая %n проблема; в отчёте об ошибках — все.</numerusform>
            <numerusform>Первые %n проблемы; в отчёте об ошибках — все.</numerusform>
            <numerusform>Первые %n проблем; в отчёте об ошибках — все.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n проблема:</numerusform>
            <numerusform>%n проблемы:</numerusform>
            <numerusform>%n проблем:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save error report</source>
        <translation>Сохранить отчёт об ошибках</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>-errors</source>
        <translation>-oshibki</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error report saved to %1.</source>
        <translation>Отчёт об ошибках сохранён в %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>Undo import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Undo this import?</source>
        <translation>Отменить этот импорт?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s) it created will be removed</source>
        <translation>
            <numerusform>%n созданная им запись будет удалена</numerusform>
            <numerusform>%n созданные им записи будут удалены</numerusform>
            <numerusform>%n созданных им записей будут удалены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s) it updated will be set back.</source>
        <translation>
            <numerusform>%n обновлённая им запись вернётся к прежнему виду.</numerusform>
            <numerusform>%n обновлённые им записи вернутся к прежнему виду.</numerusform>
            <numerusform>%n обновлённых им записей вернутся к прежнему виду.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records changed by hand since are kept.</source>
        <translation>Записи, изменённые с тех пор вручную, сохранятся.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Undoing…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>• %1 — %2</source>
        <translation>• %1 — %2</translation>
    </message>
</context>
<context>
    <name>baza::ui::ImportWizard</name>
    <message>
        <location filename="../ui/importer/ImporterActions.cpp" line="-12"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import contacts, companies or deals from CSV or vCard</source>
        <translation>Импорт контактов, компаний или сделок из CSV или vCard</translation>
    </message>
    <message>
        <location filename="../ui/importer/ImportWizard.cpp" line="+15"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import wizard</source>
        <translation>Мастер импорта</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>baza::ui::Keychain</name>
    <message>
        <location filename="../ui/shell/Keychain.cpp" line="+39"/>
        <source>The system keychain refused: %1</source>
        <translation>Системное хранилище ключей отказало: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The system keychain does not answer.</source>
        <translation>Системное хранилище ключей не отвечает.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No system keychain is available on this computer (for example no Secret Service is running).</source>
        <translation>На этом компьютере нет системного хранилища ключей (например, не запущен Secret Service).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system keychain cannot be used: %1</source>
        <translation>Системное хранилище ключей недоступно: %1</translation>
    </message>
</context>
<context>
    <name>baza::ui::ListFilterBar</name>
    <message>
        <location filename="../ui/lists/ListFilterBar.cpp" line="+43"/>
        <source>Search contacts</source>
        <translation>Поиск контактов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search companies</source>
        <translation>Поиск компаний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, email, phone, company, city or tag</source>
        <translation>Поиск по имени, эл. почте, телефону, компании, городу или тегу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, domain, industry or city</source>
        <translation>Поиск по названию, домену, отрасли или городу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lifecycle stage</source>
        <translation>Этап жизненного цикла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any stage</source>
        <translation>Любой этап</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last contacted</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created from</source>
        <translation>Создано с</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created until</source>
        <translation>Создано по</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Contacted any time</source>
        <translation>Контакт в любое время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never contacted</source>
        <translation>Контакта не было</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+126"/>
        <source>Not contacted in %n day(s)</source>
        <translation>
            <numerusform>Без контакта %n день</numerusform>
            <numerusform>Без контакта %n дня</numerusform>
            <numerusform>Без контакта %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-123"/>
        <location line="+122"/>
        <source>Contacted in the last %n day(s)</source>
        <translation>
            <numerusform>Контакт за последний %n день</numerusform>
            <numerusform>Контакт за последние %n дня</numerusform>
            <numerusform>Контакт за последние %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Created any time</source>
        <translation>Создано в любое время</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created today</source>
        <translation>Создано сегодня</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Created in the last %n day(s)</source>
        <translation>
            <numerusform>Создано за последний %n день</numerusform>
            <numerusform>Создано за последние %n дня</numerusform>
            <numerusform>Создано за последние %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created between…</source>
        <translation>Создано в период…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Any tag</source>
        <translation>Любой тег</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Any owner</source>
        <translation>Любой владелец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No owner</source>
        <translation>Без владельца</translation>
    </message>
</context>
<context>
    <name>baza::ui::LostReasonDialog</name>
    <message>
        <location filename="../ui/deals/LostReasonDialog.cpp" line="+22"/>
        <location line="+16"/>
        <source>Mark as lost</source>
        <translation>Отметить как проигранную</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Lost reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose or type a reason</source>
        <translation>Выберите или введите причину</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why was “%1” lost?</source>
        <translation>Почему «%1» проиграна?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Say why the deal was lost.</source>
        <translation>Укажите, почему сделка проиграна.</translation>
    </message>
</context>
<context>
    <name>baza::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+68"/>
        <source>%1 — Baza</source>
        <translation>%1 — Baza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;contact…</source>
        <translation>Новый &amp;контакт…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New c&amp;ompany…</source>
        <translation>Новая &amp;компания…</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo the last change made on this computer</source>
        <translation>Отменить последнее изменение, сделанное на этом компьютере</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search everywhere…</source>
        <translation>&amp;Искать везде…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Tools</source>
        <translation>С&amp;ервис</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Baza</source>
        <translation>&amp;О программе Baza</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That record no longer exists.</source>
        <translation>Эта запись больше не существует.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Unlocked. Lock with Ctrl+L; automatic locking is off.</source>
        <translation>Разблокировано. Заблокировать — Ctrl+L; автоматическая блокировка выключена.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unlocked. Locks by itself in %n minute(s) without use; Ctrl+L locks now.</source>
        <translation>
            <numerusform>Разблокировано. Заблокируется сама через %n минуту бездействия; Ctrl+L — заблокировать сейчас.</numerusform>
            <numerusform>Разблокировано. Заблокируется сама через %n минуты бездействия; Ctrl+L — заблокировать сейчас.</numerusform>
            <numerusform>Разблокировано. Заблокируется сама через %n минут бездействия; Ctrl+L — заблокировать сейчас.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location filename="../ui/shell/NewDatabaseDialog.cpp" line="+26"/>
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
    <name>baza::ui::NewRecordDialog</name>
    <message>
        <location filename="../ui/cards/NewRecordDialog.cpp" line="+32"/>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New company</source>
        <translation>Новая компания</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;First name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Company</source>
        <translation>&amp;Компания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Job title</source>
        <translation>&amp;Должность</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Domain</source>
        <translation>&amp;Домен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ity</source>
        <translation>&amp;Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;ndustry</source>
        <translation>&amp;Отрасль</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 already belongs to %2.</source>
        <translation>%1 уже принадлежит: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone number %1 already belongs to %2.</source>
        <translation>Номер телефона %1 уже принадлежит: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There already is a company named %1.</source>
        <translation>Компания с названием %1 уже есть.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open them with the link, or create a new record anyway.</source>
        <translation>Откройте запись по ссылке или всё равно создайте новую.</translation>
    </message>
</context>
<context>
    <name>baza::ui::NotificationBar</name>
    <message>
        <location filename="../ui/shell/NotificationBar.cpp" line="+15"/>
        <source>Notification</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the notification</source>
        <translation>Закрыть уведомление</translation>
    </message>
</context>
<context>
    <name>baza::ui::OverwrittenDialog</name>
    <message>
        <location filename="../ui/sync/OverwrittenDialog.cpp" line="+37"/>
        <source>Overwritten by a newer change</source>
        <translation>Перезаписано более новым изменением</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When you and someone else change the same field, the newer change wins on every computer. These are your values that lost. Restore yours to make it the newest change again.</source>
        <translation>Если вы и кто-то другой изменили одно и то же поле, на всех компьютерах побеждает более новое изменение. Здесь показаны ваши значения, которые проиграли. Восстановите своё, чтобы оно снова стало самым новым изменением.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overwritten values</source>
        <translation>Перезаписанные значения</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Restore mine</source>
        <translation>&amp;Восстановить моё</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write your value again; it becomes the newest change everywhere</source>
        <translation>Записать ваше значение снова; оно станет самым новым изменением везде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Скрыть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the winning value and take the row off this list</source>
        <translation>Оставить победившее значение и убрать строку из этого списка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open record</source>
        <translation>&amp;Открыть запись</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Nothing of yours has been overwritten.</source>
        <translation>Ни одно из ваших значений не было перезаписано.</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n value(s) restored; they go to the server with the next sync.</source>
        <translation>
            <numerusform>Восстановлено %n значение; оно будет отправлено на сервер при следующей синхронизации.</numerusform>
            <numerusform>Восстановлено %n значения; они будут отправлены на сервер при следующей синхронизации.</numerusform>
            <numerusform>Восстановлено %n значений; они будут отправлены на сервер при следующей синхронизации.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::OverwrittenModel</name>
    <message>
        <location filename="../ui/sync/SyncModels.cpp" line="+162"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Активность</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The whole record</source>
        <translation>Вся запись</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Private</source>
        <translation>Личное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>(no longer here)</source>
        <translation>(больше не существует)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>your edits</source>
        <translation>ваши правки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (restored)</source>
        <translation>%1 (восстановлено)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another device</source>
        <translation>другое устройство</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the server</source>
        <translation>сервер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused by the server when this computer sent it</source>
        <translation>Отклонено сервером при отправке с этого компьютера</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your value</source>
        <translation>Ваше значение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Winning value</source>
        <translation>Победившее значение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed by</source>
        <translation>Кем изменено</translation>
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
    <name>baza::ui::PipelineEditorDialog</name>
    <message>
        <location filename="../ui/deals/PipelineEditorDialog.cpp" line="+43"/>
        <location line="+64"/>
        <source>Pipelines and stages</source>
        <translation>Воронки и этапы</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+26"/>
        <source>Pipelines</source>
        <translation>Воронки</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Stages</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Win probability (%)</source>
        <translation>Вероятность выигрыша (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rotting after (days)</source>
        <translation>Застой после (дней)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+47"/>
        <source>Lost reasons</source>
        <translation>Причины проигрыша</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+30"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Add stage</source>
        <translation>Добавить этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove stage…</source>
        <translation>Удалить этап…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stages, in board order (double-click to edit)</source>
        <translation>Этапы в порядке на доске (двойной щелчок — изменить)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The reasons offered when a deal is marked as lost (double-click to edit).</source>
        <translation>Причины, предлагаемые при отметке сделки как проигранной (двойной щелчок — изменить).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add lost reason</source>
        <translation>Добавить причину проигрыша</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Add pipeline</source>
        <translation>Добавить воронку</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename pipeline</source>
        <translation>Переименовать воронку</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New stage</source>
        <translation>Новый этап</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Remove stage</source>
        <translation>Удалить этап</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>“%1” holds %n deal(s). Move them to:</source>
        <translation>
            <numerusform>На этапе «%1» %n сделка. Перенести её на:</numerusform>
            <numerusform>На этапе «%1» %n сделки. Перенести их на:</numerusform>
            <numerusform>На этапе «%1» %n сделок. Перенести их на:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Win probability must be a whole number from 0 to 100.</source>
        <translation>Вероятность выигрыша должна быть целым числом от 0 до 100.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rotting days must be a whole number, or empty for never.</source>
        <translation>Число дней до застоя должно быть целым или пустым (никогда).</translation>
    </message>
</context>
<context>
    <name>baza::ui::PreviewModel</name>
    <message>
        <location filename="../ui/importer/PreviewModel.cpp" line="+50"/>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
</context>
<context>
    <name>baza::ui::QuickSearchModel</name>
    <message>
        <location filename="../ui/shell/QuickSearch.cpp" line="+103"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
</context>
<context>
    <name>baza::ui::QuickSearchPopup</name>
    <message>
        <location line="+10"/>
        <source>Search everywhere</source>
        <translation>Искать везде</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Search contacts, companies and deals</source>
        <translation>Поиск контактов, компаний и сделок</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Type a name, email, phone, company or deal.</source>
        <translation>Введите имя, эл. почту, телефон, компанию или сделку.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing matches “%1”.</source>
        <translation>Ничего не найдено по запросу «%1».</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n result(s) — Enter opens, Esc closes</source>
        <translation>
            <numerusform>%n результат — Enter открывает, Esc закрывает</numerusform>
            <numerusform>%n результата — Enter открывает, Esc закрывает</numerusform>
            <numerusform>%n результатов — Enter открывает, Esc закрывает</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::RatesDialog</name>
    <message>
        <location filename="../ui/deals/RatesDialog.cpp" line="+42"/>
        <source>Currencies and exchange rates</source>
        <translation>Валюты и обменные курсы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base currency</source>
        <translation>Базовая валюта</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exchange rates</source>
        <translation>Обменные курсы</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+10"/>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+13"/>
        <source>Rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 4.2735</source>
        <translation>например 4.2735</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add rate</source>
        <translation>Добавить курс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove selected</source>
        <translation>Удалить выбранное</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Base currency (totals and forecasts):</source>
        <translation>&amp;Базовая валюта (итоги и прогнозы):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from</source>
        <translation>с</translation>
    </message>
</context>
<context>
    <name>baza::ui::RecentDatabasesView</name>
    <message>
        <location filename="../ui/shell/RecentDatabasesView.cpp" line="+61"/>
        <source>%1 · file not found</source>
        <translation>%1 · файл не найден</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · opened %2</source>
        <translation>%1 · открыто %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recent databases</source>
        <translation>Недавние базы данных</translation>
    </message>
</context>
<context>
    <name>baza::ui::RecordCard</name>
    <message>
        <location filename="../ui/cards/RecordCard.cpp" line="+34"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Log a note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a call</source>
        <translation>Записать звонок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a meeting</source>
        <translation>Записать встречу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log an email</source>
        <translation>Записать письмо</translation>
    </message>
</context>
<context>
    <name>baza::ui::RecordListPage</name>
    <message>
        <location filename="../ui/lists/RecordListPage.cpp" line="+55"/>
        <location line="+6"/>
        <location line="+299"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="-305"/>
        <location line="+6"/>
        <location line="+299"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location line="-294"/>
        <source>Number of records</source>
        <translation>Число записей</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save as &amp;segment…</source>
        <translation>Сохранить как &amp;сегмент…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Update segment</source>
        <translation>&amp;Обновить сегмент</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear filters</source>
        <translation>С&amp;бросить фильтры</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colu&amp;mns</source>
        <translation>Стол&amp;бцы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose columns</source>
        <translation>Выбрать столбцы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;xport list…</source>
        <translation>Э&amp;кспорт списка…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the contacts this list shows to a CSV or vCard file</source>
        <translation>Экспортировать контакты этого списка в файл CSV или vCard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the contacts of this list</source>
        <translation>Экспорт контактов этого списка</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Contact list</source>
        <translation>Список контактов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company list</source>
        <translation>Список компаний</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Delete selected</source>
        <translation>Удалить выбранные</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Convert to deal…</source>
        <translation>Преобразовать в сделку…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose one person to convert to a deal.</source>
        <translation>Выберите одного человека для преобразования в сделку.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакта</numerusform>
            <numerusform>%Ln контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln company(ies)</source>
        <translation>
            <numerusform>%Ln компания</numerusform>
            <numerusform>%Ln компании</numerusform>
            <numerusform>%Ln компаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln matching contact(s)</source>
        <translation>
            <numerusform>%Ln подходящий контакт</numerusform>
            <numerusform>%Ln подходящих контакта</numerusform>
            <numerusform>%Ln подходящих контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln matching company(ies)</source>
        <translation>
            <numerusform>%Ln подходящая компания</numerusform>
            <numerusform>%Ln подходящие компании</numerusform>
            <numerusform>%Ln подходящих компаний</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Save as segment</source>
        <translation>Сохранить как сегмент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the segment:</source>
        <translation>Название сегмента:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The segment was not saved: %1</source>
        <translation>Сегмент не сохранён: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved segment “%1”.</source>
        <translation>Сегмент «%1» сохранён.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The segment was not updated: %1</source>
        <translation>Сегмент не обновлён: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated segment “%1”.</source>
        <translation>Сегмент «%1» обновлён.</translation>
    </message>
</context>
<context>
    <name>baza::ui::ReminderService</name>
    <message>
        <location filename="../ui/tasks/ReminderService.cpp" line="+32"/>
        <source>Baza</source>
        <translation>Baza</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 — %2, due %3</source>
        <translation>%1 — %2, срок %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — due %2</source>
        <translation>%1 — срок %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(и ещё %n)</numerusform>
            <numerusform>(и ещё %n)</numerusform>
            <numerusform>(и ещё %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No reminders due</source>
        <translation>Нет текущих напоминаний</translation>
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
    <name>baza::ui::SegmentNavigator</name>
    <message>
        <location filename="../ui/lists/SegmentNavigator.cpp" line="+94"/>
        <source>Rename segment…</source>
        <translation>Переименовать сегмент…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+210"/>
        <source>Delete segment</source>
        <translation>Удалить сегмент</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%Ln company(ies)</source>
        <translation>
            <numerusform>%Ln компания</numerusform>
            <numerusform>%Ln компании</numerusform>
            <numerusform>%Ln компаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln контакт</numerusform>
            <numerusform>%Ln контакта</numerusform>
            <numerusform>%Ln контактов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rename segment</source>
        <translation>Переименовать сегмент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name of “%1”:</source>
        <translation>Новое название сегмента «%1»:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renamed the segment to “%1”.</source>
        <translation>Сегмент переименован в «%1».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The segment was not renamed: %1</source>
        <translation>Сегмент не переименован: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the segment “%1”? The records in it stay; only the saved filters go.</source>
        <translation>Удалить сегмент «%1»? Записи в нём останутся; удалятся только сохранённые фильтры.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted the segment “%1”. Edit → Undo brings it back.</source>
        <translation>Сегмент «%1» удалён. Правка → Отменить вернёт его.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The segment was not deleted: %1</source>
        <translation>Сегмент не удалён: %1</translation>
    </message>
</context>
<context>
    <name>baza::ui::ServerSettingsPage</name>
    <message>
        <location filename="../ui/sync/ServerSettingsPage.cpp" line="+60"/>
        <source>Connect this database to your team&apos;s Baza server to share contacts, companies and deals. Your administrator gives you the address, the organization and your user name.</source>
        <translation>Подключите эту базу данных к серверу Baza вашей команды, чтобы совместно работать с контактами, компаниями и сделками. Адрес, организацию и имя пользователя вам сообщит администратор.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organization</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connecting</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The password is used once to sign in and is not stored. This computer keeps only the session, inside the encrypted database.</source>
        <translation>Пароль используется один раз для входа и не сохраняется. Этот компьютер хранит только сеанс — внутри зашифрованной базы данных.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sync &amp;now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Отключиться…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;in again…</source>
        <translation>&amp;Войти снова…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization:</source>
        <translation>Организация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as:</source>
        <translation>Вход выполнен как:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate:</source>
        <translation>Сертификат:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connecting to %1…</source>
        <translation>Подключение к %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the server&apos;s address, e.g. https://crm.example.com.</source>
        <translation>Введите адрес сервера, например https://crm.example.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address must start with https:// — Baza never sends your data unencrypted.</source>
        <translation>Адрес сервера должен начинаться с https:// — Baza никогда не передаёт ваши данные без шифрования.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your organization as your administrator named it.</source>
        <translation>Введите название организации так, как его задал администратор.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your user name.</source>
        <translation>Введите имя пользователя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Not connected: the server&apos;s certificate was not trusted.</source>
        <translation>Не подключено: сертификат сервера не признан доверенным.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter your password to sign in again. Changes made meanwhile are kept and sent afterwards.</source>
        <translation>Введите пароль, чтобы войти снова. Изменения, сделанные за это время, сохранены и будут отправлены после входа.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Disconnect from the server</source>
        <translation>Отключение от сервера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop syncing this database with %1? Everything stays on this computer; changes made from now on are sent if you connect again.</source>
        <translation>Остановить синхронизацию этой базы данных с %1? Все данные останутся на этом компьютере; изменения, сделанные с этого момента, будут отправлены, если вы подключитесь снова.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Отключиться</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified by this computer&apos;s certificate authorities</source>
        <translation>Проверен центрами сертификации этого компьютера</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-signed, trusted by its SHA-256 fingerprint:
%1</source>
        <translation>Самоподписанный, доверие по отпечатку SHA-256:
%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;The server&apos;s certificate has changed.&lt;/b&gt; Someone may be intercepting the connection, so sync has stopped.</source>
        <translation>&lt;b&gt;Сертификат сервера изменился.&lt;/b&gt; Возможно, соединение кто-то перехватывает, поэтому синхронизация остановлена.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You trusted:</source>
        <translation>Вы доверяли:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server now presents:</source>
        <translation>Сервер теперь предъявляет:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your administrator confirms that the server has a new certificate, disconnect and connect again to check and trust its new fingerprint.</source>
        <translation>Если администратор подтвердит, что у сервера новый сертификат, отключитесь и подключитесь снова, чтобы проверить его новый отпечаток и доверять ему.</translation>
    </message>
</context>
<context>
    <name>baza::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/shell/SettingsDialog.cpp" line="+19"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>baza::ui::SyncLogDialog</name>
    <message>
        <location filename="../ui/sync/SyncLogDialog.cpp" line="+25"/>
        <source>Sync log</source>
        <translation>Журнал синхронизации</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recent syncs</source>
        <translation>Последние синхронизации</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync &amp;now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Overwritten values…</source>
        <translation>&amp;Перезаписанные значения…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server settings…</source>
        <translation>&amp;Настройки сервера…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent syncs:</source>
        <translation>Последние синхронизации:</translation>
    </message>
</context>
<context>
    <name>baza::ui::SyncLogModel</name>
    <message numerus="yes">
        <location filename="../ui/sync/SyncModels.cpp" line="-208"/>
        <source>%n change(s) refused by the server</source>
        <translation>
            <numerusform>%n изменение отклонено сервером</numerusform>
            <numerusform>%n изменения отклонены сервером</numerusform>
            <numerusform>%n изменений отклонено сервером</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) already outdated on the server</source>
        <translation>
            <numerusform>%n изменение уже устарело на сервере</numerusform>
            <numerusform>%n изменения уже устарели на сервере</numerusform>
            <numerusform>%n изменений уже устарело на сервере</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n checks with nothing new since %1</source>
        <translation>
            <numerusform>%n проверка без новых данных с %1</numerusform>
            <numerusform>%n проверки без новых данных с %1</numerusform>
            <numerusform>%n проверок без новых данных с %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n attempts since %1</source>
        <translation>
            <numerusform>%n попытка с %1</numerusform>
            <numerusform>%n попытки с %1</numerusform>
            <numerusform>%n попыток с %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Synced</source>
        <translation>Синхронизировано</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overwritten</source>
        <translation>Перезаписано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>baza::ui::SyncStatusBar</name>
    <message>
        <location filename="../ui/sync/SyncStatusBar.cpp" line="+61"/>
        <source>Values of yours that lost against newer changes; click to review or restore them</source>
        <translation>Ваши значения, проигравшие более новым изменениям; нажмите, чтобы просмотреть или восстановить их</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync state</source>
        <translation>Состояние синхронизации</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync &amp;now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync &amp;log…</source>
        <translation>&amp;Журнал синхронизации…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Overwritten values…</source>
        <translation>&amp;Перезаписанные значения…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your values that lost against newer changes from others</source>
        <translation>Ваши значения, проигравшие более новым изменениям других пользователей</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Click for the sync log.</source>
        <translation>Нажмите, чтобы открыть журнал синхронизации.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sync stopped: %1</source>
        <translation>Синхронизация остановлена: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server settings…</source>
        <translation>Настройки сервера…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync log</source>
        <translation>Журнал синхронизации</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n overwritten</source>
        <translation>
            <numerusform>%n перезаписано</numerusform>
            <numerusform>%n перезаписано</numerusform>
            <numerusform>%n перезаписано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n value(s) of yours overwritten by newer changes</source>
        <translation>
            <numerusform>%n ваше значение перезаписано более новыми изменениями</numerusform>
            <numerusform>%n ваших значения перезаписаны более новыми изменениями</numerusform>
            <numerusform>%n ваших значений перезаписано более новыми изменениями</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::SyncWorker</name>
    <message>
        <location filename="../ui/sync/SyncService.cpp" line="+166"/>
        <source>Sync could not start on this database.</source>
        <translation>Не удалось запустить синхронизацию для этой базы данных.</translation>
    </message>
</context>
<context>
    <name>baza::ui::TagChips</name>
    <message>
        <location filename="../ui/cards/TagChips.cpp" line="+25"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a tag</source>
        <translation>Добавить тег</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ tag</source>
        <translation>+ тег</translation>
    </message>
</context>
<context>
    <name>baza::ui::TaskDelegate</name>
    <message>
        <location filename="../ui/tasks/TaskDelegate.cpp" line="+35"/>
        <source>No due date</source>
        <translation>Без срока</translation>
    </message>
</context>
<context>
    <name>baza::ui::TaskListModel</name>
    <message numerus="yes">
        <location filename="../ui/tasks/TaskListModel.cpp" line="+134"/>
        <source>%1: %n task(s)</source>
        <translation>
            <numerusform>%1: %n задача</numerusform>
            <numerusform>%1: %n задачи</numerusform>
            <numerusform>%1: %n задач</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1, about %2</source>
        <translation>%1, по теме: %2</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upcoming</source>
        <translation>Предстоящие</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Выполненные</translation>
    </message>
</context>
<context>
    <name>baza::ui::TasksList</name>
    <message>
        <location filename="../ui/cards/RelatedSections.cpp" line="+39"/>
        <source>Open tasks</source>
        <translation>Открытые задачи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ task, Enter to add</source>
        <translation>+ задача, Enter — добавить</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reminder</source>
        <translation>Без напоминания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind at due time</source>
        <translation>Напомнить в срок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15 minutes before</source>
        <translation>За 15 минут</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour before</source>
        <translation>За час</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day before</source>
        <translation>За день</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add task</source>
        <translation>Добавить задачу</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Tick to complete</source>
        <translation>Отметьте, чтобы завершить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder: %1</source>
        <translation>Напоминание: %1</translation>
    </message>
</context>
<context>
    <name>baza::ui::TasksPage</name>
    <message>
        <location filename="../ui/tasks/TasksPage.cpp" line="+36"/>
        <source>No reminder</source>
        <translation>Без напоминания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind at the due time</source>
        <translation>Напомнить в срок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind an hour before</source>
        <translation>Напомнить за час</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind a day before</source>
        <translation>Напомнить за день</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remind %n minute(s) before</source>
        <translation>
            <numerusform>Напомнить за %n минуту</numerusform>
            <numerusform>Напомнить за %n минуты</numerusform>
            <numerusform>Напомнить за %n минут</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+25"/>
        <source>My tasks</source>
        <translation>Мои задачи</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a task, e.g. “Call back about the offer”</source>
        <translation>Добавьте задачу, например «Перезвонить по предложению»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add task</source>
        <translation>&amp;Добавить задачу</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Nothing to do. Add a task above.</source>
        <translation>Дел нет. Добавьте задачу выше.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n открытая задача</numerusform>
            <numerusform>%n открытые задачи</numerusform>
            <numerusform>%n открытых задач</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Open %1</source>
        <translation>&amp;Открыть %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as &amp;not done</source>
        <translation>Отметить как &amp;невыполненную</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark as &amp;done</source>
        <translation>Отметить как &amp;выполненную</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remind me</source>
        <translation>&amp;Напомнить</translation>
    </message>
</context>
<context>
    <name>baza::ui::TimelineModel</name>
    <message>
        <location filename="../ui/cards/TimelineModel.cpp" line="+23"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emails</source>
        <translation>Письма</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (inbound)</source>
        <translation>%1 (входящее)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Creation undone</source>
        <translation>Создание отменено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
</context>
<context>
    <name>baza::ui::TimelineView</name>
    <message>
        <location filename="../ui/cards/TimelineView.cpp" line="+24"/>
        <location line="+26"/>
        <source>Timeline</source>
        <translation>Лента событий</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Show %1</source>
        <translation>Показать: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Nothing here yet. Log a note with Ctrl+Shift+N, a call with Ctrl+Shift+C, a meeting with Ctrl+Shift+M or an email with Ctrl+Shift+E.</source>
        <translation>Здесь пока пусто. Заметка — Ctrl+Shift+N, звонок — Ctrl+Shift+C, встреча — Ctrl+Shift+M, письмо — Ctrl+Shift+E.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing of the chosen kinds.</source>
        <translation>Нет записей выбранных типов.</translation>
    </message>
</context>
<context>
    <name>baza::ui::TrustCertificateDialog</name>
    <message>
        <location filename="../ui/sync/TrustCertificateDialog.cpp" line="+29"/>
        <source>Untrusted certificate</source>
        <translation>Недоверенный сертификат</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;%1 presents a certificate that this computer cannot verify.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 предъявляет сертификат, который этот компьютер не может проверить.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A server with a self-signed certificate looks like this — and so does someone intercepting the connection. Ask your administrator for the server&apos;s SHA-256 fingerprint and compare it with this one:</source>
        <translation>Так выглядит сервер с самоподписанным сертификатом — и точно так же выглядит перехват соединения. Запросите у администратора отпечаток SHA-256 сертификата сервера и сравните его с этим:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SHA-256 fingerprint of the server&apos;s certificate</source>
        <translation>Отпечаток SHA-256 сертификата сервера</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The fingerprint &amp;matches the one my administrator gave me</source>
        <translation>Отпечаток &amp;совпадает с тем, который дал мне администратор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baza then remembers this certificate for this server and refuses to sync if the server ever presents another one.</source>
        <translation>Тогда Baza запомнит этот сертификат для этого сервера и откажется синхронизироваться, если сервер когда-либо предъявит другой.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Trust and connect</source>
        <translation>&amp;Доверять и подключиться</translation>
    </message>
</context>
<context>
    <name>baza::ui::UnlockWindow</name>
    <message>
        <location filename="../ui/shell/UnlockWindow.cpp" line="+31"/>
        <source>Baza — Unlock</source>
        <translation>Baza — разблокировка</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Baza</source>
        <translation>Baza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your customer base, encrypted on this computer.</source>
        <translation>Ваша клиентская база, зашифрованная на этом компьютере.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Database file</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a recent database, open a file or create a new one</source>
        <translation>Выберите недавнюю базу данных, откройте файл или создайте новую</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open a file…</source>
        <translation>&amp;Открыть файл…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a database file</source>
        <translation>Открыть файл базы данных</translation>
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
        <source>&amp;Passphrase</source>
        <translation>&amp;Пароль</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Запомнить на этом компьютере</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember the key on this computer</source>
        <translation>Запомнить ключ на этом компьютере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forget</source>
        <translation>З&amp;абыть</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the key remembered on this computer</source>
        <translation>Забыть ключ, сохранённый на этом компьютере</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this database&apos;s key from the system keychain</source>
        <translation>Удалить ключ этой базы данных из системного хранилища ключей</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locked</source>
        <translation>Заблокирована</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>R&amp;ecent databases</source>
        <translation>&amp;Недавние базы данных</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move from list</source>
        <translation>&amp;Убрать из списка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected database from the list</source>
        <translation>Убрать выбранную базу данных из списка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file itself stays where it is</source>
        <translation>Сам файл остаётся на месте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database…</source>
        <translation>&amp;Новая база данных…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new database</source>
        <translation>Создать новую базу данных</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Open a Baza database</source>
        <translation>Открыть базу данных Baza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baza databases (*.baza);;All files (*)</source>
        <translation>Базы данных Baza (*.baza);;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+38"/>
        <source>Unlocking…</source>
        <translation>Разблокировка…</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Asking the system keychain…</source>
        <translation>Запрос к системному хранилищу ключей…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key remembered on this computer could not be read (%1). Type the passphrase.</source>
        <translation>Не удалось прочитать ключ, сохранённый на этом компьютере (%1). Введите пароль.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The key remembered on this computer no longer opens this file (was the passphrase changed?). Type the passphrase.</source>
        <translation>Ключ, сохранённый на этом компьютере, больше не открывает этот файл (пароль был изменён?). Введите пароль.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Checking for a system keychain…</source>
        <translation>Проверка системного хранилища ключей…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this database&apos;s key in the system keychain, so it opens without the passphrase for your user account on this computer.</source>
        <translation>Хранить ключ этой базы данных в системном хранилище ключей, чтобы на этом компьютере она открывалась без пароля для вашей учётной записи.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remembered on this computer: press Unlock</source>
        <translation>Сохранено на этом компьютере: нажмите «Разблокировать»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of this database</source>
        <translation>Пароль этой базы данных</translation>
    </message>
</context>
<context>
    <name>baza::ui::cardtext</name>
    <message>
        <location filename="../ui/cards/CardText.cpp" line="+22"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <location line="+28"/>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Imported</source>
        <translation>Импортировано</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company deleted</source>
        <translation>Компания удалена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import undone</source>
        <translation>Импорт отменён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced</source>
        <translation>Синхронизировано</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+28"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Почтовый индекс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom fields</source>
        <translation>Дополнительные поля</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Домен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Веб-сайт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last contacted</source>
        <translation>Последний контакт</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post</source>
        <translation>Почта</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Granted</source>
        <translation>Дано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connected</source>
        <translation>Состоялся</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left voicemail</source>
        <translation>Оставлено голосовое сообщение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Busy</source>
        <translation>Занято</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong number</source>
        <translation>Неверный номер</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>work</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>home</source>
        <translation>домашний</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mobile</source>
        <translation>мобильный</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fax</source>
        <translation>факс</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other</source>
        <translation>другой</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>%n min</source>
        <translation>%n мин</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%n h</source>
        <translation>%n ч</translation>
    </message>
</context>
<context>
    <name>baza::ui::format</name>
    <message>
        <location filename="../ui/shell/Formatting.cpp" line="+36"/>
        <source>Today %1</source>
        <translation>Сегодня %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday %1</source>
        <translation>Вчера %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow %1</source>
        <translation>Завтра %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <extracomment>%1 is a weekday, %2 a time: &quot;Friday 14:00&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>baza::ui::synctext</name>
    <message>
        <location filename="../ui/sync/SyncText.cpp" line="+25"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not syncing</source>
        <translation>Синхронизация не выполняется</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n изменение к отправке</numerusform>
            <numerusform>%n изменения к отправке</numerusform>
            <numerusform>%n изменений к отправке</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Подключено</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Synced %1</source>
        <translation>Синхронизировано %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Offline · %n waiting</source>
        <translation>
            <numerusform>Офлайн · %n в очереди</numerusform>
            <numerusform>Офлайн · %n в очереди</numerusform>
            <numerusform>Офлайн · %n в очереди</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Офлайн</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate changed!</source>
        <translation>Сертификат изменился!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync stopped</source>
        <translation>Синхронизация остановлена</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not connected to a server; everything stays on this computer.</source>
        <translation>Нет подключения к серверу; все данные остаются на этом компьютере.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchanging changes with the server…</source>
        <translation>Обмен изменениями с сервером…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to date with the server; new changes go out in a moment.</source>
        <translation>Данные совпадают с сервером; новые изменения скоро будут отправлены.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to date with the server.</source>
        <translation>Данные совпадают с сервером.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached. Changes are kept on this computer and sent when it can be reached again.</source>
        <translation>Сервер недоступен. Изменения хранятся на этом компьютере и будут отправлены, когда сервер снова станет доступен.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync has stopped and needs you.</source>
        <translation>Синхронизация остановлена и требует вашего внимания.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manager</source>
        <translation>менеджер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sales</source>
        <translation>продавец</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as:</source>
        <translation>Вход выполнен как:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync:</source>
        <translation>Последняя синхронизация:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be sent:</source>
        <translation>Ожидает отправки:</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n изменение</numerusform>
            <numerusform>%n изменения</numerusform>
            <numerusform>%n изменений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::tasks</name>
    <message>
        <location filename="../ui/tasks/TaskHelpers.cpp" line="+27"/>
        <source>In 5 minutes</source>
        <translation>Через 5 минут</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In 1 hour</source>
        <translation>Через час</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow morning</source>
        <translation>Завтра утром</translation>
    </message>
</context>
</TS>
