<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>baza::cli</name>
    <message>
        <location filename="../app/cli/Commands.cpp" line="+47"/>
        <source>Passphrase for %1: </source>
        <translation>Hasło do %1: </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Created %1 (encrypted, schema %2).</source>
        <translation>Utworzono %1 (zaszyfrowana, schemat %2).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Database:       %1</source>
        <translation>Baza danych:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version: %1</source>
        <translation>Wersja schematu: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cipher:         SQLCipher %1 (SQLite %2), page size %3, HMAC %4</source>
        <translation>Szyfr:          SQLCipher %1 (SQLite %2), rozmiar strony %3, HMAC %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on</source>
        <translation>wł.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>wył.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key derivation: %1</source>
        <translation>Wyprowadzanie klucza: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal:        %1</source>
        <translation>Dziennik:       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts: %1  Companies: %2  Deals: %3  Activities: %4  Tasks: %5  Changes: %6</source>
        <translation>Kontakty: %1  Firmy: %2  Transakcje: %3  Aktywności: %4  Zadania: %5  Zmiany: %6</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New passphrase: </source>
        <translation>Nowe hasło: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passphrase of %1 was changed.</source>
        <translation>Hasło do %1 zostało zmienione.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>backup needs exactly one FILE.</source>
        <translation>backup wymaga dokładnie jednego PLIKU.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup written to %1 (encrypted with the same passphrase).</source>
        <translation>Kopię zapasową zapisano w %1 (zaszyfrowana tym samym hasłem).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>restore needs exactly one FILE.</source>
        <translation>restore wymaga dokładnie jednego PLIKU.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was restored from %2.</source>
        <translation>Przywrócono %1 z %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: encryption on, integrity check passed.</source>
        <translation>%1: szyfrowanie włączone, kontrola integralności zakończona pomyślnie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>demo needs --contacts N.</source>
        <translation>demo wymaga --contacts N.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Added %1 demo contacts in %2 s.</source>
        <translation>Dodano %1 kontaktów demonstracyjnych w %2 s.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>search needs TEXT.</source>
        <translation>search wymaga TEKSTU.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Unknown command %1.</source>
        <translation>Nieznane polecenie %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Undone: %1</source>
        <translation>Cofnięto: %1</translation>
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
        <translation>Użycie: baza-cli --db PLIK [--passphrase-file PLIK] [--json] POLECENIE [ARGUMENTY]

Polecenia:
  init                         utwórz nową zaszyfrowaną bazę danych
  info [--json]                liczby rekordów, wersja schematu, parametry szyfru
  rekey                        zmień hasło (nowe z BAZA_NEW_PASSPHRASE,
                               --new-passphrase-file lub z monitu)
  backup PLIK                  zapisz zaszyfrowaną kopię zapasową (to samo hasło)
  restore PLIK                 zastąp bazę danych kopią zapasową
  verify                       sprawdź integralność
  demo --contacts N            utwórz (w razie potrzeby) i wypełnij przykładowymi danymi
  search TEKST [--limit N]     szukaj kontaktów, firm i transakcji
  add contact --first IMIĘ --last NAZWISKO [--email E]... [--phone T]...
              [--company NAZWA] [--title T] [--tag T]...
  history RODZAJ ID            historia zmian rekordu
  undo                         cofnij ostatnie polecenie
  erase contact ID             usuń osobę bez śladu (RODO)
  key                          wypisz surowy klucz na potrzeby trybu awaryjnego

Hasło pochodzi z BAZA_PASSPHRASE, --passphrase-file lub z monitu;
nigdy z wiersza poleceń.
Kody wyjścia: 0 sukces, 1 błędne użycie, 2 błędne hasło lub to nie jest baza danych, 3 inne błędy.
</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../app/cli/RecordCommands.cpp" line="+60"/>
        <source>%1 needs a value.</source>
        <translation>%1 wymaga wartości.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Passphrases are never taken from the command line (other users can read it). Use BAZA_PASSPHRASE, --passphrase-file or the prompt.</source>
        <translation>Hasła nigdy nie są przyjmowane z wiersza poleceń (inni użytkownicy mogą go odczytać). Użyj BAZA_PASSPHRASE, --passphrase-file lub monitu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown option %1.</source>
        <translation>Nieznana opcja %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No command given.</source>
        <translation>Nie podano polecenia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--db FILE is required.</source>
        <translation>Wymagane jest --db PLIK.</translation>
    </message>
    <message>
        <location filename="../app/cli/Passphrase.cpp" line="+55"/>
        <source>%1 is set but empty.</source>
        <translation>%1 jest ustawiona, ale pusta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Nie można odczytać pliku z hasłem %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The passphrase file %1 is empty.</source>
        <translation>Plik z hasłem %1 jest pusty.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No passphrase: set %1, use a passphrase file, or run in a terminal.</source>
        <translation>Brak hasła: ustaw %1, użyj pliku z hasłem lub uruchom w terminalu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repeat the passphrase: </source>
        <translation>Powtórz hasło: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passphrases differ.</source>
        <translation>Podane hasła się różnią.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase must not be empty.</source>
        <translation>Hasło nie może być puste.</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordCommands.cpp" line="-7"/>
        <source>Only &quot;add contact&quot; is supported.</source>
        <translation>Obsługiwane jest tylko „add contact”.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Unknown option %1 for add contact.</source>
        <translation>Nieznana opcja %1 dla add contact.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Warning: %1 already belongs to contact %2.</source>
        <translation>Uwaga: %1 należy już do kontaktu %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>history needs ENTITY and ID (e.g. history contact 0193…).</source>
        <translation>history wymaga RODZAJU i ID (np. history contact 0193…).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Usage: erase contact ID</source>
        <translation>Użycie: erase contact ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact %1 was erased; the file was compacted.</source>
        <translation>Kontakt %1 został usunięty bez śladu; plik został skompaktowany.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is the raw key of the database. Anyone with it and the file can read everything. Use it only for the emergency path (docs/emergency-access.md).</source>
        <translation>To jest surowy klucz bazy danych. Każdy, kto ma go razem z plikiem, może odczytać wszystko. Używaj go tylko w trybie awaryjnym (docs/emergency-access.md).</translation>
    </message>
</context>
<context>
    <name>baza::db</name>
    <message>
        <location filename="../core/db/Database.cpp" line="+70"/>
        <location line="-107"/>
        <source>Cannot open %1: %2</source>
        <translation>Nie można otworzyć %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1 to disk</source>
        <translation>Nie można zapisać %1 na dysku</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot move %1 to %2: %3</source>
        <translation>Nie można przenieść %1 do %2: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+18"/>
        <source>Cannot create %1: %2</source>
        <translation>Nie można utworzyć %1: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cannot open %1: wrong passphrase, or not a Baza database.</source>
        <translation>Nie można otworzyć %1: błędne hasło lub to nie jest baza danych Baza.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+98"/>
        <location line="+55"/>
        <location line="+120"/>
        <location filename="../core/db/SqlCipherResult.cpp" line="+149"/>
        <source>The database is not open</source>
        <translation>Baza danych nie jest otwarta</translation>
    </message>
    <message>
        <location line="+297"/>
        <location line="+7"/>
        <source>Integrity check failed</source>
        <translation>Kontrola integralności nie powiodła się</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+7"/>
        <source>Foreign key check failed</source>
        <translation>Kontrola kluczy obcych nie powiodła się</translation>
    </message>
    <message>
        <location filename="../core/db/Migrations.cpp" line="+146"/>
        <source>This database was written by a newer version of Baza (schema %1; this version reads up to %2). Update Baza to open it.</source>
        <translation>Ta baza danych została zapisana przez nowszą wersję programu Baza (schemat %1; ta wersja odczytuje do %2). Zaktualizuj program Baza, aby ją otworzyć.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Aktualizacja bazy danych do schematu %1 nie powiodła się: %2</translation>
    </message>
    <message>
        <location filename="../core/db/SecretKey.cpp" line="+55"/>
        <source>The cryptography library failed to start</source>
        <translation>Nie udało się uruchomić biblioteki kryptograficznej</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The salt must be 16 bytes</source>
        <translation>Sól musi mieć 16 bajtów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase must not be empty</source>
        <translation>Hasło nie może być puste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Out of memory for the database key</source>
        <translation>Brak pamięci na klucz bazy danych</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not enough memory to derive the key (Argon2id, 64 MiB)</source>
        <translation>Za mało pamięci, aby wyprowadzić klucz (Argon2id, 64 MiB)</translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="-279"/>
        <source>%1 does not exist.</source>
        <translation>%1 nie istnieje.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is an unencrypted SQLite database, not a Baza database. Baza only opens encrypted files.</source>
        <translation>%1 to niezaszyfrowana baza SQLite, a nie baza danych Baza. Baza otwiera tylko zaszyfrowane pliki.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 already exists; Baza will not overwrite it.</source>
        <translation>%1 już istnieje; Baza go nie nadpisze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase must not be empty.</source>
        <translation>Hasło nie może być puste.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+44"/>
        <source>Cannot enable the write-ahead log</source>
        <translation>Nie można włączyć dziennika zapisu z wyprzedzeniem (WAL)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The SQLCipher driver is not available</source>
        <translation>Sterownik SQLCipher jest niedostępny</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+111"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 jest uszkodzony: %2</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>%1 row %2 refers to a missing %3 record</source>
        <translation>%1, wiersz %2: odwołanie do nieistniejącego rekordu %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 already exists; choose a new name for the backup.</source>
        <translation>%1 już istnieje; wybierz nową nazwę kopii zapasowej.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Backup failed: %1</source>
        <translation>Tworzenie kopii zapasowej nie powiodło się: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot copy %1 to %2</source>
        <translation>Nie można skopiować %1 do %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot copy %1</source>
        <translation>Nie można skopiować %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The backup %1 failed its integrity check: %2</source>
        <translation>Kopia zapasowa %1 nie przeszła kontroli integralności: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot prepare %1 for restoring</source>
        <translation>Nie można przygotować %1 do przywrócenia</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The new passphrase must not be empty.</source>
        <translation>Nowe hasło nie może być puste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close other windows and background work before changing the passphrase.</source>
        <translation>Przed zmianą hasła zamknij inne okna i zaczekaj na zakończenie pracy w tle.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Changing the passphrase failed: %1; the old passphrase still works.</source>
        <translation>Zmiana hasła nie powiodła się: %1; stare hasło nadal działa.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The re-encrypted copy failed its check; the old passphrase still works.</source>
        <translation>Ponownie zaszyfrowana kopia nie przeszła kontroli; stare hasło nadal działa.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Another program is using %1; close it and try again. The old passphrase still works.</source>
        <translation>Inny program używa %1; zamknij go i spróbuj ponownie. Stare hasło nadal działa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Unable to prepare statement</source>
        <translation>Nie można przygotować instrukcji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only one statement can be executed at a time</source>
        <translation>naraz można wykonać tylko jedną instrukcję</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unable to bind parameters</source>
        <translation>Nie można powiązać parametrów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parameter count mismatch: %1 bound, %2 expected</source>
        <translation>niezgodna liczba parametrów: powiązano %1, oczekiwano %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Unable to bind parameter %1</source>
        <translation>Nie można powiązać parametru %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No statement prepared</source>
        <translation>Nie przygotowano instrukcji</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unable to execute statement</source>
        <translation>Nie można wykonać instrukcji</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Unable to fetch row</source>
        <translation>Nie można pobrać wiersza</translation>
    </message>
</context>
<context>
    <name>baza::demo</name>
    <message>
        <location filename="../core/demo/DemoPopulate.cpp" line="+17"/>
        <source>Sales</source>
        <translation>Sprzedaż</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead in</source>
        <translation>Nowe zapytanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualified</source>
        <translation>Zakwalifikowany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiation</source>
        <translation>Negocjacje</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Call back about the offer</source>
        <translation>Oddzwonić w sprawie oferty</translation>
    </message>
</context>
<context>
    <name>baza::domain</name>
    <message>
        <location filename="../core/domain/DomainKeys.cpp" line="+77"/>
        <source>Subscriber</source>
        <translation>Subskrybent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualified lead</source>
        <translation>Zakwalifikowany lead</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunity</source>
        <translation>Szansa sprzedaży</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evangelist</source>
        <translation>Ambasador marki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(no name)</source>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="+60"/>
        <source>A contact needs a name, an email or a phone number.</source>
        <translation>Kontakt musi mieć imię lub nazwisko, adres e-mail albo numer telefonu.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>A name or title is longer than %n characters.</source>
        <translation>
            <numerusform>Imię, nazwisko lub tytuł jest dłuższy niż %n znak.</numerusform>
            <numerusform>Imię, nazwisko lub tytuł jest dłuższy niż %n znaki.</numerusform>
            <numerusform>Imię, nazwisko lub tytuł jest dłuższy niż %n znaków.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>„%1” nie jest prawidłowym adresem e-mail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid phone number (5 to 15 digits).</source>
        <translation>„%1” nie jest prawidłowym numerem telefonu (od 5 do 15 cyfr).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags must be 1 to 100 characters long.</source>
        <translation>Etykiety muszą mieć od 1 do 100 znaków.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A company needs a name.</source>
        <translation>Firma musi mieć nazwę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The company name is too long.</source>
        <translation>Nazwa firmy jest za długa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notes are too long.</source>
        <translation>Notatki są za długie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A stage needs a name.</source>
        <translation>Etap musi mieć nazwę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Win probability must be between 0 and 100%.</source>
        <translation>Prawdopodobieństwo wygranej musi wynosić od 0 do 100%.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days before rotting cannot be negative.</source>
        <translation>Liczba dni do uznania za zaniedbaną nie może być ujemna.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A pipeline needs a name.</source>
        <translation>Lejek sprzedaży musi mieć nazwę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A pipeline needs at least one stage.</source>
        <translation>Lejek sprzedaży musi mieć co najmniej jeden etap.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A deal needs a title.</source>
        <translation>Transakcja musi mieć tytuł.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A deal needs a pipeline and a stage.</source>
        <translation>Transakcja musi mieć lejek sprzedaży i etap.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an ISO 4217 currency code Baza knows.</source>
        <translation>„%1” nie jest znanym programowi Baza kodem waluty ISO 4217.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A deal&apos;s value cannot be negative.</source>
        <translation>Wartość transakcji nie może być ujemna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probability must be between 0 and 100%.</source>
        <translation>Prawdopodobieństwo musi wynosić od 0 do 100%.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the deal was lost.</source>
        <translation>Podaj, dlaczego transakcja została przegrana.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An activity needs a date and time.</source>
        <translation>Aktywność musi mieć datę i godzinę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A duration cannot be negative.</source>
        <translation>Czas trwania nie może być ujemny.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Direction must be inbound or outbound.</source>
        <translation>Kierunek musi być przychodzący lub wychodzący.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An activity must be linked to a contact, a company or a deal.</source>
        <translation>Aktywność musi być powiązana z kontaktem, firmą lub transakcją.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text is too long.</source>
        <translation>Tekst jest za długi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A task needs a title.</source>
        <translation>Zadanie musi mieć tytuł.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The reminder is more than a year after the due date.</source>
        <translation>Przypomnienie wypada ponad rok po terminie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A consent belongs to a contact.</source>
        <translation>Zgoda musi należeć do kontaktu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent channel must be email, phone, sms or post.</source>
        <translation>Kanał zgody musi być jednym z: email, phone, sms, post.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent status must be granted, withdrawn or pending.</source>
        <translation>Status zgody musi być jednym z: granted, withdrawn, pending.</translation>
    </message>
</context>
<context>
    <name>baza::search</name>
    <message>
        <location filename="../core/search/SearchIndexReads.cpp" line="+40"/>
        <source>Searching failed: %1</source>
        <translation>Wyszukiwanie nie powiodło się: %1</translation>
    </message>
    <message>
        <location filename="../core/search/SearchIndex.cpp" line="+86"/>
        <source>The search index is not available: %1</source>
        <translation>Indeks wyszukiwania jest niedostępny: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A search document needs an entity kind and an id.</source>
        <translation>Dokument wyszukiwania musi mieć rodzaj rekordu i identyfikator.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Indexing %1 for search failed: %2</source>
        <translation>Indeksowanie %1 do wyszukiwania nie powiodło się: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Removing %1 from the search index failed: %2</source>
        <translation>Usunięcie %1 z indeksu wyszukiwania nie powiodło się: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+3"/>
        <source>Clearing the search index failed: %1</source>
        <translation>Czyszczenie indeksu wyszukiwania nie powiodło się: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Compacting the search index failed: %1</source>
        <translation>Kompaktowanie indeksu wyszukiwania nie powiodło się: %1</translation>
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
        <translation>Nieznany rodzaj rekordu: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="-121"/>
        <source>No %1 with id %2.</source>
        <translation>Brak rekordu %1 o identyfikatorze %2.</translation>
    </message>
    <message>
        <location filename="../core/store/StoreContacts.cpp" line="+30"/>
        <location filename="../core/store/StoreDeals.cpp" line="+28"/>
        <source>The linked %1 does not exist.</source>
        <translation>Powiązany rekord %1 nie istnieje.</translation>
    </message>
    <message>
        <location filename="../core/store/StoreDeals.cpp" line="+25"/>
        <source>The stage belongs to another pipeline.</source>
        <translation>Ten etap należy do innego lejka sprzedaży.</translation>
    </message>
    <message>
        <location filename="../core/store/Command.cpp" line="+87"/>
        <source>The database is not open.</source>
        <translation>Baza danych nie jest otwarta.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The command was not started.</source>
        <translation>Polecenie nie zostało rozpoczęte.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+37"/>
        <source>%1 has no field %2.</source>
        <translation>%1 nie ma pola %2.</translation>
    </message>
</context>
<context>
    <name>baza::store::Store</name>
    <message>
        <location filename="../core/store/Store.cpp" line="+69"/>
        <source>The database is not open.</source>
        <translation>Baza danych nie jest otwarta.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Me</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your name must not be empty.</source>
        <translation>Twoje imię nie może być puste.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The store is not initialized.</source>
        <translation>Magazyn danych nie został zainicjowany.</translation>
    </message>
    <message>
        <location filename="../core/store/StoreContacts.cpp" line="+41"/>
        <source>No company with id %1.</source>
        <translation>Brak firmy o identyfikatorze %1.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Contact %1: %2</source>
        <translation>Kontakt %1: %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <location filename="../core/store/StoreHistory.cpp" line="+163"/>
        <source>No contact with id %1.</source>
        <translation>Brak kontaktu o identyfikatorze %1.</translation>
    </message>
    <message>
        <location filename="../core/store/StoreDeals.cpp" line="+140"/>
        <source>No deal with id %1.</source>
        <translation>Brak transakcji o identyfikatorze %1.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Unknown kind of record: %1</source>
        <translation>Nieznany rodzaj rekordu: %1</translation>
    </message>
    <message>
        <location filename="../core/store/StoreHistory.cpp" line="-92"/>
        <source>There is nothing to undo.</source>
        <translation>Nie ma nic do cofnięcia.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Batch %1 has nothing left to undo.</source>
        <translation>W partii %1 nie zostało nic do cofnięcia.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>An erasure cannot be undone.</source>
        <translation>Trwałego usunięcia nie można cofnąć.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The contact was erased, but compacting the file failed: %1</source>
        <translation>Kontakt został usunięty, ale kompaktowanie pliku nie powiodło się: %1</translation>
    </message>
</context>
<context>
    <name>baza::ui::ContactsPage</name>
    <message>
        <location filename="../ui/contacts/ContactsPage.cpp" line="+28"/>
        <location line="+25"/>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Search contacts</source>
        <translation>Szukaj kontaktów</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, email, phone, company or city</source>
        <translation>Szukaj po nazwisku, e-mailu, telefonie, firmie lub mieście</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search results</source>
        <translation>Wyniki wyszukiwania</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%Ln contact(s) in this database</source>
        <translation>
            <numerusform>%Ln kontakt w tej bazie danych</numerusform>
            <numerusform>%Ln kontakty w tej bazie danych</numerusform>
            <numerusform>%Ln kontaktów w tej bazie danych</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type a few letters: results appear as you type.</source>
        <translation>Wpisz kilka liter: wyniki pojawiają się w trakcie pisania.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing matches “%1”.</source>
        <translation>Nic nie pasuje do „%1”.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The first %Ln matches; type more to narrow them down.</source>
        <translation>
            <numerusform>Pierwszy %Ln wynik; wpisz więcej, aby zawęzić.</numerusform>
            <numerusform>Pierwsze %Ln wyniki; wpisz więcej, aby je zawęzić.</numerusform>
            <numerusform>Pierwszych %Ln wyników; wpisz więcej, aby je zawęzić.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln wynik</numerusform>
            <numerusform>%Ln wyniki</numerusform>
            <numerusform>%Ln wyników</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/DashboardPage.cpp" line="+19"/>
        <location line="+2"/>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activities</source>
        <translation>Aktywności</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded changes</source>
        <translation>Zapisane zmiany</translation>
    </message>
</context>
<context>
    <name>baza::ui::LanguageMenu</name>
    <message>
        <location filename="../ui/shell/LanguageMenu.cpp" line="+12"/>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>System language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baza will use the new language the next time it starts.</source>
        <translation>Baza użyje nowego języka przy następnym uruchomieniu.</translation>
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
        <translation>Sekcje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies, their people and their deals will live here.</source>
        <translation>Tu znajdą się firmy, ich pracownicy i transakcje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The pipeline board with deals by stage will live here.</source>
        <translation>Tu znajdzie się tablica lejka sprzedaży z transakcjami według etapów.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tasks due today and overdue will live here.</source>
        <translation>Tu znajdą się zadania na dziś i zaległe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Database file</source>
        <translation>Plik bazy danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlocked</source>
        <translation>Odblokowana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock state</source>
        <translation>Stan blokady</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock</source>
        <translation>&amp;Zablokuj</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close the database and ask for the passphrase again</source>
        <translation>Zamknij bazę danych i ponownie zapytaj o hasło</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Baza</source>
        <translation>&amp;O programie Baza</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>About Baza</source>
        <translation>O programie Baza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Baza %1&lt;/h3&gt;&lt;p&gt;A customer database that stays on this computer, encrypted with SQLCipher.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Baza %1&lt;/h3&gt;&lt;p&gt;Baza klientów, która zostaje na tym komputerze, zaszyfrowana za pomocą SQLCipher.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>baza::ui::NewDatabaseDialog</name>
    <message>
        <location filename="../ui/shell/NewDatabaseDialog.cpp" line="+25"/>
        <source>New database</source>
        <translation>Nowa baza danych</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New database file</source>
        <translation>Plik nowej bazy danych</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the database</source>
        <translation>Wybierz, gdzie zapisać bazę danych</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New passphrase</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeat the passphrase</source>
        <translation>Powtórz hasło</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat:</source>
        <translation>Po&amp;wtórz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength:</source>
        <translation>Siła:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Write the passphrase down and keep it somewhere safe.&lt;/b&gt; It encrypts the whole database. If it is lost, nobody can recover the data — not you, not an administrator, not the makers of Baza.</source>
        <translation>&lt;b&gt;Zapisz hasło i przechowuj je w bezpiecznym miejscu.&lt;/b&gt; Szyfruje ono całą bazę danych. Jeśli je zgubisz, nikt nie odzyska danych — ani Ty, ani administrator, ani twórcy programu Baza.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Creating the database</source>
        <translation>Tworzenie bazy danych</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Create</source>
        <translation>&amp;Utwórz</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Save the new database as</source>
        <translation>Zapisz nową bazę danych jako</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baza databases (*.baza)</source>
        <translation>Bazy danych Baza (*.baza)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose where to save the database.</source>
        <translation>Wybierz, gdzie zapisać bazę danych.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That file exists already. Choose a new name.</source>
        <translation>Taki plik już istnieje. Wybierz inną nazwę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>Podane hasła się różnią.</translation>
    </message>
</context>
<context>
    <name>baza::ui::PassphraseStrengthMeter</name>
    <message>
        <location filename="../ui/shell/PassphraseStrengthMeter.cpp" line="+22"/>
        <source>Passphrase strength</source>
        <translation>Siła hasła</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Very weak</source>
        <translation>Bardzo słabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weak</source>
        <translation>Słabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fair</source>
        <translation>Przeciętne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good</source>
        <translation>Dobre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strong</source>
        <translation>Silne</translation>
    </message>
</context>
<context>
    <name>baza::ui::SearchResultsModel</name>
    <message>
        <location filename="../ui/contacts/SearchResultsModel.cpp" line="+61"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deal</source>
        <translation>Transakcja</translation>
    </message>
</context>
<context>
    <name>baza::ui::UnlockWindow</name>
    <message>
        <location filename="../ui/shell/UnlockWindow.cpp" line="+24"/>
        <source>Baza — Unlock</source>
        <translation>Baza — odblokowanie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Baza</source>
        <translation>Baza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your customer base, encrypted on this computer.</source>
        <translation>Twoja baza klientów, zaszyfrowana na tym komputerze.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Database file</source>
        <translation>Plik bazy danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a database file</source>
        <translation>Wybierz plik bazy danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database file</source>
        <translation>Plik &amp;bazy danych</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of this database</source>
        <translation>Hasło do tej bazy danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Working</source>
        <translation>Trwa praca</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nowa baza danych…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new database</source>
        <translation>Utwórz nową bazę danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Locked</source>
        <translation>Zablokowana</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Open a Baza database</source>
        <translation>Otwórz bazę danych Baza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baza databases (*.baza);;All files (*)</source>
        <translation>Bazy danych Baza (*.baza);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unlocking…</source>
        <translation>Odblokowywanie…</translation>
    </message>
</context>
</TS>
