<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>baza::cli</name>
    <message>
        <location filename="../app/cli/Commands.cpp" line="+30"/>
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
        <location line="+17"/>
        <source>search needs TEXT.</source>
        <translation>search wymaga TEKSTU.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Unknown command %1.</source>
        <translation>Nieznane polecenie %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Undone: %1</source>
        <translation>Cofnięto: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="+52"/>
        <location filename="../app/cli/Options.cpp" line="+65"/>
        <location filename="../app/cli/RecordCommands.cpp" line="+41"/>
        <source>%1 needs a value.</source>
        <translation>%1 wymaga wartości.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/cli/Options.cpp" line="+26"/>
        <source>Unknown option %1.</source>
        <translation>Nieznana opcja %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n rows</source>
        <translation>
            <numerusform>%n wiersz</numerusform>
            <numerusform>%n wiersze</numerusform>
            <numerusform>%n wierszy</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, %1 rows/s</source>
        <translation>, %1 wierszy/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 s left</source>
        <translation>, zostało %1 s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>import %1 needs a FILE.</source>
        <translation>import %1 wymaga PLIKU.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not exist.</source>
        <translation>%1 nie istnieje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--preset must be one of %1.</source>
        <translation>--preset musi mieć jedną z wartości: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a mapping for %2, not %3.</source>
        <translation>%1 to mapowanie dla typu %2, a nie %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--delimiter must be one character, tab or auto.</source>
        <translation>--delimiter musi być jednym znakiem, tab lub auto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--on-duplicate must be skip, fill, overwrite or create.</source>
        <translation>--on-duplicate musi mieć wartość skip, fill, overwrite lub create.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: %2 rows, %3 created, %4 updated, %5 duplicates, %6 rejected, %7 values left out.</source>
        <translation>%1: wiersze: %2, utworzono: %3, zaktualizowano: %4, duplikaty: %5, odrzucono: %6, pominięte wartości: %7.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dry run: nothing was written.</source>
        <translation>Próba na sucho: nic nie zostało zapisane.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--strict: nothing was imported because of the problems above.</source>
        <translation>--strict: nic nie zostało zaimportowane z powodu powyższych problemów.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch %1 (undo with: baza-cli import undo %1)</source>
        <translation>Partia %1 (cofnięcie: baza-cli import undo %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use --report FILE for the list of problems.</source>
        <translation>Użyj --report PLIK, aby otrzymać listę problemów.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>--strict: %n problem(s) found; nothing was imported.</source>
        <translation>
            <numerusform>--strict: znaleziono %n problem; nic nie zostało zaimportowane.</numerusform>
            <numerusform>--strict: znaleziono %n problemy; nic nie zostało zaimportowane.</numerusform>
            <numerusform>--strict: znaleziono %n problemów; nic nie zostało zaimportowane.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 rows, %2 created, %3 updated%4</source>
        <translation>wiersze: %1, utworzono: %2, zaktualizowano: %3%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, undone</source>
        <translation>, cofnięty</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import %1 undone: %2 records removed, %3 restored.</source>
        <translation>Import %1 cofnięty: usunięto rekordów: %2, przywrócono: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept %1 %2 (%3): %4</source>
        <translation>Zachowano %1 %2 (%3): %4</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Usage: import undo BATCH</source>
        <translation>Użycie: import undo PARTIA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: import contacts|companies|deals FILE [options], import list, import undo BATCH</source>
        <translation>Użycie: import contacts|companies|deals PLIK [opcje], import list, import undo PARTIA</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Several segments are named &quot;%1&quot; when case is ignored; type the name exactly.</source>
        <translation>Po pominięciu wielkości liter kilka segmentów nosi nazwę „%1”; wpisz nazwę dokładnie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is a segment of companies; only contacts can be exported.</source>
        <translation>„%1” to segment firm; eksportować można tylko kontakty.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no segment named &quot;%1&quot; (no contact segments are saved yet).</source>
        <translation>Nie ma segmentu o nazwie „%1” (nie zapisano jeszcze żadnych segmentów kontaktów).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no segment named &quot;%1&quot;. Contact segments: %2.</source>
        <translation>Nie ma segmentu o nazwie „%1”. Segmenty kontaktów: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Usage: export contacts FILE [--format csv|vcard] [--profile excel|rfc4180] [--segment NAME] [--purpose NAME]</source>
        <translation>Użycie: export contacts PLIK [--format csv|vcard] [--profile excel|rfc4180] [--segment NAZWA] [--purpose CEL]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--profile must be excel or rfc4180.</source>
        <translation>--profile musi mieć wartość excel lub rfc4180.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--vcard-version must be 3.0 or 4.0.</source>
        <translation>--vcard-version musi mieć wartość 3.0 lub 4.0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format must be csv or vcard.</source>
        <translation>--format musi mieć wartość csv lub vcard.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 contacts written to %2.</source>
        <translation>Zapisano kontakty (%1) do %2.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Usage: merge SURVIVOR OTHER (contact ids; OTHER is merged into SURVIVOR)</source>
        <translation>Użycie: merge ZOSTAJE INNY (identyfikatory kontaktów; INNY zostaje scalony z ZOSTAJE)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was merged into %2 (baza-cli undo reverts it).</source>
        <translation>%1 scalono z %2 (baza-cli undo to cofa).</translation>
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
  import contacts|companies|deals PLIK [--preset auto|google|outlook|hubspot|
         pipedrive] [--mapping PLIK] [--encoding auto|NAZWA] [--delimiter auto|ZNAK]
         [--on-duplicate skip|fill|overwrite|create] [--strict] [--dry-run]
         [--report PLIK]         importuj CSV lub vCard (docs/import.md)
  import list                  wcześniejsze importy z identyfikatorami partii
  import undo PARTIA           cofnij import (rekordy zmienione ręcznie zostają)
  export contacts PLIK [--format csv|vcard] [--profile excel|rfc4180]
         [--vcard-version 3.0|4.0] [--segment NAZWA] [--purpose CEL]
  duplicates                   grupy prawdopodobnych duplikatów kontaktów
  merge ZOSTAJE INNY           scal kontakt INNY z ZOSTAJE (można cofnąć)
  connect URL --user NAZWA --organization ORG [--trust-fingerprint SHA256]
                               zaloguj się na serwer zespołu (hasło z
                               BAZA_SERVER_PASSWORD lub z monitu)
  sync [--json]                wyślij i odbierz zmiany teraz
  sync status                  serwer, zmiany oczekujące, ostatnia synchronizacja
  disconnect                   zakończ synchronizację (dane zostają tutaj)

Hasło pochodzi z BAZA_PASSPHRASE, --passphrase-file lub z monitu;
nigdy z wiersza poleceń.
Kody wyjścia: 0 sukces, 1 błędne użycie, 2 błędne hasło lub to nie jest baza danych, 3 inne błędy.
</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Passphrases are never taken from the command line (other users can read it). Use BAZA_PASSPHRASE, --passphrase-file or the prompt.</source>
        <translation>Hasła nigdy nie są przyjmowane z wiersza poleceń (inni użytkownicy mogą go odczytać). Użyj BAZA_PASSPHRASE, --passphrase-file lub monitu.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No command given.</source>
        <translation>Nie podano polecenia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--db FILE is required.</source>
        <translation>Wymagane jest --db PLIK.</translation>
    </message>
    <message>
        <location filename="../app/cli/Passphrase.cpp" line="+56"/>
        <source>%1 is set but empty.</source>
        <translation>%1 jest ustawiona, ale pusta.</translation>
    </message>
    <message>
        <location line="+9"/>
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
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="+33"/>
        <source>not connected</source>
        <translation>nie połączono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>synced</source>
        <translation>zsynchronizowano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>syncing</source>
        <translation>synchronizacja…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>błąd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>connect needs the server address: connect https://server --user NAME --organization ORG</source>
        <translation>connect wymaga adresu serwera: connect https://serwer --user NAZWA --organization ORG</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>connect needs --user NAME and --organization ORG.</source>
        <translation>connect wymaga --user NAZWA i --organization ORG.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address must start with https:// (got %1).</source>
        <translation>Adres serwera musi zaczynać się od https:// (podano %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password for %1 at %2: </source>
        <translation>Hasło użytkownika %1 na %2: </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>If your administrator confirms this fingerprint, run connect again with --trust-fingerprint %1</source>
        <translation>Jeśli administrator potwierdzi ten odcisk, uruchom connect ponownie z --trust-fingerprint %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connected to %1 as %2. Run &quot;baza-cli sync&quot; to exchange changes.</source>
        <translation>Połączono z %1 jako %2. Uruchom „baza-cli sync”, aby wymienić zmiany.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+50"/>
        <source>Not connected to a server.</source>
        <translation>Brak połączenia z serwerem.</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Server: %1 (user %2)</source>
        <translation>Serwer: %1 (użytkownik %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n zmiana czeka na wysłanie</numerusform>
            <numerusform>%n zmiany czekają na wysłanie</numerusform>
            <numerusform>%n zmian czeka na wysłanie</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync: %1</source>
        <translation>Ostatnia synchronizacja: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not connected to a server; run &quot;baza-cli connect&quot; first.</source>
        <translation>Brak połączenia z serwerem; najpierw uruchom „baza-cli connect”.</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>Sent %n change(s)</source>
        <translation>
            <numerusform>Wysłano %n zmianę</numerusform>
            <numerusform>Wysłano %n zmiany</numerusform>
            <numerusform>Wysłano %n zmian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>received %n</source>
        <translation>
            <numerusform>odebrano %n</numerusform>
            <numerusform>odebrano %n</numerusform>
            <numerusform>odebrano %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n value(s) of yours overwritten by newer changes</source>
        <translation>
            <numerusform>%n Twoja wartość nadpisana nowszą zmianą</numerusform>
            <numerusform>%n Twoje wartości nadpisane nowszymi zmianami</numerusform>
            <numerusform>%n Twoich wartości nadpisanych nowszymi zmianami</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Disconnected. Your data stays on this computer.</source>
        <translation>Rozłączono. Twoje dane zostają na tym komputerze.</translation>
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
        <location filename="../core/db/SqlCipherResult.cpp" line="+161"/>
        <source>The database is not open</source>
        <translation>Baza danych nie jest otwarta</translation>
    </message>
    <message>
        <location line="+301"/>
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
        <location filename="../core/db/Migrations.cpp" line="+272"/>
        <source>This database was written by a newer version of Baza (schema %1; this version reads up to %2). Update Baza to open it.</source>
        <translation>Ta baza danych została zapisana przez nowszą wersję programu Baza (schemat %1; ta wersja odczytuje do %2). Zaktualizuj program Baza, aby ją otworzyć.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Upgrading the database to schema %1 failed: %2</source>
        <translation>Aktualizacja bazy danych do schematu %1 nie powiodła się: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Preparing the database for a bulk load failed</source>
        <translation>Nie udało się przygotować bazy danych do wczytania dużej ilości danych</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Rebuilding the database&apos;s indexes failed</source>
        <translation>Nie udało się odbudować indeksów bazy danych</translation>
    </message>
    <message>
        <location filename="../core/db/RawStatement.cpp" line="+30"/>
        <source>The database is not open.</source>
        <translation>Baza danych nie jest otwarta.</translation>
    </message>
    <message>
        <location filename="../core/db/SecretKey.cpp" line="+56"/>
        <source>The cryptography library failed to start</source>
        <translation>Nie udało się uruchomić biblioteki kryptograficznej</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+52"/>
        <source>Out of memory for the database key</source>
        <translation>Brak pamięci na klucz bazy danych</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Not enough memory to derive the key (Argon2id, 64 MiB)</source>
        <translation>Za mało pamięci, aby wyprowadzić klucz (Argon2id, 64 MiB)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The key remembered on this computer is damaged</source>
        <translation>Klucz zapamiętany na tym komputerze jest uszkodzony</translation>
    </message>
    <message>
        <location filename="../core/db/Database.cpp" line="-283"/>
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
        <location line="+23"/>
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
        <location line="+26"/>
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
        <location filename="../core/demo/DemoDeals.cpp" line="+24"/>
        <source>New business</source>
        <translation>Nowi klienci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead in</source>
        <translation>Nowe zapytanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qualified</source>
        <translation>Zakwalifikowany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo</source>
        <translation>Prezentacja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Proposal</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiation</source>
        <translation>Negocjacje</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Renewals</source>
        <translation>Odnowienia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Do odnowienia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quote sent</source>
        <translation>Wysłano ofertę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verbal yes</source>
        <translation>Ustna zgoda</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Price too high</source>
        <translation>Za wysoka cena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chose a competitor</source>
        <translation>Wybrał konkurencję</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No budget</source>
        <translation>Brak budżetu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No decision</source>
        <translation>Brak decyzji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad timing</source>
        <translation>Zły moment</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoPopulate.cpp" line="+73"/>
        <source>Call back about the offer</source>
        <translation>Oddzwonić w sprawie oferty</translation>
    </message>
    <message>
        <location filename="../core/demo/DemoDeals.cpp" line="+96"/>
        <source>Follow up on the offer</source>
        <translation>Dopytać o ofertę</translation>
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
        <location filename="../core/domain/Money.cpp" line="+62"/>
        <location line="+3"/>
        <location line="+88"/>
        <location filename="../core/domain/Validation.cpp" line="+124"/>
        <source>&quot;%1&quot; is not an ISO 4217 currency code Baza knows.</source>
        <translation>„%1” nie jest znanym programowi Baza kodem waluty ISO 4217.</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>A rate needs two different currencies.</source>
        <translation>Kurs wymaga dwóch różnych walut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rate needs the date it is valid from.</source>
        <translation>Kurs wymaga daty, od której obowiązuje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+36"/>
        <location line="+9"/>
        <source>A rate must be greater than 0 and at most 1,000,000.</source>
        <translation>Kurs musi być większy od 0 i nie większy niż 1 000 000.</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Enter a rate, e.g. 4.2735.</source>
        <translation>Wpisz kurs, np. 4.2735.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+81"/>
        <source>&quot;%1&quot; has more than one decimal point.</source>
        <translation>„%1” ma więcej niż jeden separator dziesiętny.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>&quot;%1&quot; is not a rate: use digits and one decimal point.</source>
        <translation>„%1” nie jest kursem: użyj cyfr i jednego separatora dziesiętnego.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>A rate has at most %n decimal places.</source>
        <translation>
            <numerusform>Kurs ma najwyżej %n miejsce po przecinku.</numerusform>
            <numerusform>Kurs ma najwyżej %n miejsca po przecinku.</numerusform>
            <numerusform>Kurs ma najwyżej %n miejsc po przecinku.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a rate.</source>
        <translation>„%1” nie jest kursem.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>An amount cannot be negative.</source>
        <translation>Kwota nie może być ujemna.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>„%1” nie jest kwotą.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 has %n decimal place(s).</source>
        <translation>
            <numerusform>%1 ma %n miejsce po przecinku.</numerusform>
            <numerusform>%1 ma %n miejsca po przecinku.</numerusform>
            <numerusform>%1 ma %n miejsc po przecinku.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>The amount is too large.</source>
        <translation>Kwota jest zbyt duża.</translation>
    </message>
    <message>
        <location filename="../core/domain/Validation.cpp" line="-65"/>
        <source>A contact needs a name, an email or a phone number.</source>
        <translation>Kontakt musi mieć imię lub nazwisko, adres e-mail albo numer telefonu.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>A name or title is longer than %n characters.</source>
        <translation>
            <numerusform>Imię, nazwisko lub tytuł jest dłuższy niż %n znak.</numerusform>
            <numerusform>Imię, nazwisko lub tytuł jest dłuższy niż %n znaki.</numerusform>
            <numerusform>Imię, nazwisko lub tytuł jest dłuższy niż %n znaków.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>„%1” nie jest prawidłowym adresem e-mail.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid phone number (5 to 15 digits).</source>
        <translation>„%1” nie jest prawidłowym numerem telefonu (od 5 do 15 cyfr).</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+5"/>
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
    <name>baza::import</name>
    <message>
        <location filename="../core/import/Exporter.cpp" line="+120"/>
        <source>Only lists of contacts can be exported.</source>
        <translation>Eksportować można tylko listy kontaktów.</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+38"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Eksport został anulowany; nie zapisano żadnego pliku.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportJob.cpp" line="+44"/>
        <source>No column of %1 maps to a field of a %2 (header: %3). Choose the columns in a mapping file (docs/import.md).</source>
        <translation>Żadna kolumna pliku %1 nie odpowiada polu rekordu typu %2 (nagłówek: %3). Wskaż kolumny w pliku mapowania (docs/import.md).</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+27"/>
        <source>The count was stopped.</source>
        <translation>Liczenie zostało przerwane.</translation>
    </message>
    <message>
        <location line="+134"/>
        <location line="+17"/>
        <source>Cannot write the report %1: %2</source>
        <translation>Nie można zapisać raportu %1: %2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>Wiersz pliku</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/import/ImportMapping.cpp" line="+447"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>skipped (duplicate)</source>
        <translation>pominięty (duplikat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row not imported</source>
        <translation>wiersz nie został zaimportowany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported without this value</source>
        <translation>zaimportowany bez tej wartości</translation>
    </message>
    <message>
        <location filename="../core/import/ImportMapping.cpp" line="-27"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>Drugie imię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salutation</source>
        <translation>Zwrot grzecznościowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name suffix</source>
        <translation>Przyrostek nazwiska</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email type</source>
        <translation>Typ adresu e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone type</source>
        <translation>Typ telefonu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Województwo/region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle stage</source>
        <translation>Etap cyklu życia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>Lejek sprzedaży</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability</source>
        <translation>Prawdopodobieństwo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected close</source>
        <translation>Przewidywane zamknięcie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost reason</source>
        <translation>Powód utraty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../core/import/Normalize.cpp" line="+230"/>
        <source>An email address cannot contain spaces.</source>
        <translation>Adres e-mail nie może zawierać spacji.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An email address needs an @.</source>
        <translation>Adres e-mail musi zawierać znak @.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a valid email address (it needs one @ and a domain with a dot).</source>
        <translation>To nie jest poprawny adres e-mail (potrzebny jest jeden znak @ i domena z kropką).</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+28"/>
        <source>&quot;%1&quot; is not a real date.</source>
        <translation>„%1” nie jest istniejącą datą.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not a date Baza recognises (use YYYY-MM-DD or DD.MM.YYYY).</source>
        <translation>„%1” nie jest datą rozpoznawaną przez Bazę (użyj RRRR-MM-DD lub DD.MM.RRRR).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&quot;%1&quot; is not an amount (unexpected &quot;%2&quot;).</source>
        <translation>„%1” nie jest kwotą (nieoczekiwane „%2”).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: a deal&apos;s value cannot be negative.</source>
        <translation>„%1”: wartość transakcji nie może być ujemna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <location line="+25"/>
        <source>&quot;%1&quot; is not an amount.</source>
        <translation>„%1” nie jest kwotą.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&quot;%1&quot; has more decimals than %2 has (%3).</source>
        <translation>„%1” ma więcej miejsc po przecinku, niż ma waluta %2 (%3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is too large.</source>
        <translation>„%1” to zbyt duża liczba.</translation>
    </message>
    <message>
        <location filename="../core/import/ImportMapping.cpp" line="+3"/>
        <source>(ignore)</source>
        <translation>(pomiń)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom field: %1</source>
        <translation>Pole własne: %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is not a mapping file: %2 at byte %3.</source>
        <translation>%1 nie jest plikiem mapowania: %2 w bajcie %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: mapping version %2 is newer than this Baza reads (1).</source>
        <translation>%1: wersja mapowania %2 jest nowsza niż ta, którą odczytuje ta wersja Bazy (1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;entity&quot; must be contact, company or deal.</source>
        <translation>%1: „entity” musi mieć wartość contact, company lub deal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: &quot;dateOrder&quot; must be DMY, MDY or YMD.</source>
        <translation>%1: „dateOrder” musi mieć wartość DMY, MDY lub YMD.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: column %2 has no &quot;column&quot; name.</source>
        <translation>%1: kolumna %2 nie ma nazwy „column”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; is not a field of a %3 (column &quot;%4&quot;).</source>
        <translation>%1: „%2” nie jest polem rekordu typu %3 (kolumna „%4”).</translation>
    </message>
    <message>
        <location filename="../core/import/PhoneNormalizer.cpp" line="+58"/>
        <source>The number has no country code and no default phone region is set.</source>
        <translation>Numer nie ma kodu kraju, a domyślny region numerów telefonów nie jest ustawiony.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Unknown country calling code.</source>
        <translation>Nieznany kierunkowy kod kraju.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Not a phone number.</source>
        <translation>To nie jest numer telefonu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too short for a phone number.</source>
        <translation>Za krótki jak na numer telefonu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too long for a phone number.</source>
        <translation>Za długi jak na numer telefonu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too short for a phone number of this country.</source>
        <translation>Za krótki jak na numer telefonu w tym kraju.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too long for a phone number of this country.</source>
        <translation>Za długi jak na numer telefonu w tym kraju.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not a valid number in the country&apos;s numbering plan.</source>
        <translation>Numer nie istnieje w planie numeracji tego kraju.</translation>
    </message>
    <message>
        <location filename="../core/import/RowBuilder.cpp" line="+301"/>
        <source>Unknown lifecycle stage; the contact is a lead.</source>
        <translation>Nieznany etap cyklu życia; kontakt zostaje leadem.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The row has no name, email or phone number.</source>
        <translation>Wiersz nie ma imienia ani nazwiska, adresu e-mail ani numeru telefonu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without its invalid values the row has no name, email or phone number.</source>
        <translation>Bez niepoprawnych wartości wiersz nie ma imienia ani nazwiska, adresu e-mail ani numeru telefonu.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A company needs a name.</source>
        <translation>Firma musi mieć nazwę.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not an ISO 4217 currency code Baza knows.</source>
        <translation>„%1” nie jest znanym Bazie kodem waluty ISO 4217.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The amount is in %1 but the currency column says %2.</source>
        <translation>Kwota jest w %1, a kolumna waluty podaje %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unknown deal status; the deal is open.</source>
        <translation>Nieznany status transakcji; transakcja pozostaje otwarta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not given in the imported file)</source>
        <translation>(brak w importowanym pliku)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Probability must be between 0 and 100%.</source>
        <translation>Prawdopodobieństwo musi wynosić od 0 do 100%.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A deal needs a title.</source>
        <translation>Transakcja musi mieć nazwę.</translation>
    </message>
    <message>
        <location filename="../core/import/RowWriter.cpp" line="+164"/>
        <source>Skipped: %1.</source>
        <translation>Pominięto: %1.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>an earlier row of this file</source>
        <translation>wcześniejszy wiersz tego pliku</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>an existing contact</source>
        <translation>istniejący kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same email %1 as %2</source>
        <translation>ten sam adres e-mail %1 co %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same phone %1 as %2</source>
        <translation>ten sam numer telefonu %1 co %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>likely duplicate: same name and company as %1</source>
        <translation>prawdopodobny duplikat: to samo imię i nazwisko oraz firma co %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>a company named %1 exists</source>
        <translation>istnieje firma o nazwie %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>contact</source>
        <translation>kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No contact with this email or name; the deal is imported without one.</source>
        <translation>Brak kontaktu o tym adresie e-mail lub nazwisku; transakcja zostanie zaimportowana bez kontaktu.</translation>
    </message>
</context>
<context>
    <name>baza::io</name>
    <message>
        <location filename="../core/io/CsvReader.cpp" line="+377"/>
        <location filename="../core/io/VCardReader.cpp" line="+265"/>
        <source>%1: the file could not be opened (%2).</source>
        <translation>%1: nie można otworzyć pliku (%2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the field limits must be positive.</source>
        <translation>%1: limity pól muszą być dodatnie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+23"/>
        <source>%1: the encoding %2 is not supported (Baza reads %3).</source>
        <translation>%1: kodowanie %2 nie jest obsługiwane (Baza odczytuje %3).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: the delimiter must be an ASCII character other than a quote or a line break.</source>
        <translation>%1: separator musi być znakiem ASCII innym niż cudzysłów lub znak nowej linii.</translation>
    </message>
    <message>
        <location line="-345"/>
        <source>%1, header (line %2)</source>
        <translation>%1, nagłówek (wiersz pliku %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, row %2 (line %3)</source>
        <translation>%1, rekord %2 (wiersz pliku %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, column %2 (%3)</source>
        <translation>%1, kolumna %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, column %2</source>
        <translation>%1, kolumna %2</translation>
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
        <translation>pole w cudzysłowie nie zostało zamknięte</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the field is longer than %1 bytes</source>
        <translation>pole jest dłuższe niż %1 bajtów</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the field contains a NUL byte (is this a binary file, or UTF-16 without a byte order mark?)</source>
        <translation>pole zawiera bajt NUL (czy to plik binarny albo UTF-16 bez znacznika kolejności bajtów?)</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>the row has more than %1 fields</source>
        <translation>rekord ma więcej niż %1 pól</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+10"/>
        <source>the text is not valid %1 (an unpaired surrogate)</source>
        <translation>tekst nie jest poprawnym %1 (niesparowany surogat)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>byte 0x%1 is not valid in the encoding %2</source>
        <translation>bajt 0x%1 jest niedozwolony w kodowaniu %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the card is never closed (END:VCARD is missing)</source>
        <translation>wizytówka nie została zamknięta (brak END:VCARD)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the line contains a NUL byte</source>
        <translation>wiersz zawiera bajt NUL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the line is longer than %1 bytes</source>
        <translation>wiersz jest dłuższy niż %1 bajtów</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected BEGIN:VCARD</source>
        <translation>oczekiwano BEGIN:VCARD</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a new card begins before this one ends (END:VCARD is missing)</source>
        <translation>nowa wizytówka zaczyna się przed końcem poprzedniej (brak END:VCARD)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the line is not a property (NAME:value)</source>
        <translation>wiersz nie jest właściwością (NAZWA:wartość)</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>%1, card %2 (line %3)</source>
        <translation>%1, wizytówka %2 (wiersz pliku %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the character set %1 is not supported (Baza reads %2)</source>
        <translation>zestaw znaków %1 nie jest obsługiwany (Baza odczytuje %2)</translation>
    </message>
    <message>
        <location filename="../core/io/CsvWriter.cpp" line="+82"/>
        <source>The CSV file could not be written (%1).</source>
        <translation>Nie można zapisać pliku CSV (%1).</translation>
    </message>
    <message>
        <location filename="../core/io/VCardWriter.cpp" line="+149"/>
        <source>The vCard file could not be written (%1).</source>
        <translation>Nie można zapisać pliku vCard (%1).</translation>
    </message>
    <message>
        <location filename="../core/io/ChunkSource.cpp" line="+26"/>
        <source>%1: the file could not be read (%2).</source>
        <translation>%1: nie można odczytać pliku (%2).</translation>
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
        <location line="+16"/>
        <source>Indexing %1 for search failed: %2</source>
        <translation>Indeksowanie %1 do wyszukiwania nie powiodło się: %2</translation>
    </message>
    <message>
        <location line="+43"/>
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
        <location filename="../core/store/Entities.cpp" line="+95"/>
        <location filename="../core/store/StoreTimeline.cpp" line="+75"/>
        <location line="+62"/>
        <location line="+61"/>
        <location line="+73"/>
        <location line="+35"/>
        <location line="+129"/>
        <location line="+13"/>
        <source>Unknown kind of record: %1</source>
        <translation>Nieznany rodzaj rekordu: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="-229"/>
        <source>No %1 with id %2.</source>
        <translation>Brak rekordu %1 o identyfikatorze %2.</translation>
    </message>
    <message>
        <location filename="../core/store/ListReader.cpp" line="+23"/>
        <source>Reading the list failed: %1</source>
        <translation>Nie udało się odczytać listy: %1</translation>
    </message>
    <message>
        <location filename="../core/store/StoreContacts.cpp" line="+30"/>
        <location filename="../core/store/StoreHelpers.cpp" line="+42"/>
        <source>The linked %1 does not exist.</source>
        <translation>Powiązany rekord %1 nie istnieje.</translation>
    </message>
    <message>
        <location filename="../core/store/StoreLists.cpp" line="+47"/>
        <source>The chosen owner does not exist.</source>
        <translation>Wybrany właściciel nie istnieje.</translation>
    </message>
    <message>
        <location filename="../core/store/BulkWriter.cpp" line="+47"/>
        <source>The store is not initialized.</source>
        <translation>Magazyn danych nie został zainicjowany.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+21"/>
        <source>The command was not started.</source>
        <translation>Polecenie nie zostało rozpoczęte.</translation>
    </message>
    <message>
        <location line="+227"/>
        <source>There is no pipeline yet.</source>
        <translation>Nie ma jeszcze żadnego lejka sprzedaży.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No pipeline named &quot;%1&quot;.</source>
        <translation>Brak lejka sprzedaży o nazwie „%1”.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The pipeline has no stage named &quot;%1&quot;.</source>
        <translation>Lejek sprzedaży nie ma etapu o nazwie „%1”.</translation>
    </message>
    <message>
        <location filename="../core/store/BulkWriterRows.cpp" line="+145"/>
        <source>The bulk writer needs Baza&apos;s SQLCipher driver.</source>
        <translation>Zapis zbiorczy wymaga sterownika SQLCipher programu Baza.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+25"/>
        <location line="+45"/>
        <location line="+38"/>
        <location line="+46"/>
        <source>%1 has no field %2.</source>
        <translation>%1 nie ma pola %2.</translation>
    </message>
    <message>
        <location filename="../core/store/Command.cpp" line="+182"/>
        <location line="+26"/>
        <source>The database is not open.</source>
        <translation>Baza danych nie jest otwarta.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Only remote changes have an origin.</source>
        <translation>Tylko zmiany z innych urządzeń mają pochodzenie.</translation>
    </message>
    <message>
        <location filename="../core/store/RemoteApply.cpp" line="+260"/>
        <source>%1 %2 (%3 by %4): %5</source>
        <translation>%1 %2 (%3, autor: %4): %5</translation>
    </message>
    <message>
        <location filename="../core/store/StoreDealParts.cpp" line="-179"/>
        <source>A line item needs a name.</source>
        <translation>Pozycja musi mieć nazwę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The quantity must be at least 1.</source>
        <translation>Ilość musi wynosić co najmniej 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A unit price cannot be negative.</source>
        <translation>Cena jednostkowa nie może być ujemna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quantity × unit price is too large.</source>
        <translation>Ilość × cena jednostkowa to zbyt duża kwota.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The stage belongs to another pipeline.</source>
        <translation>Ten etap należy do innego lejka sprzedaży.</translation>
    </message>
</context>
<context>
    <name>baza::store::Store</name>
    <message>
        <location filename="../core/store/Store.cpp" line="+155"/>
        <source>The database is not open.</source>
        <translation>Baza danych nie jest otwarta.</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location filename="../core/store/StoreSync.cpp" line="+77"/>
        <source>The store is not initialized.</source>
        <translation>Magazyn danych nie został zainicjowany.</translation>
    </message>
    <message>
        <location filename="../core/store/StoreBoard.cpp" line="+137"/>
        <source>No open deal with id %1.</source>
        <translation>Brak otwartej transakcji o identyfikatorze %1.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location filename="../core/store/StoreDeals.cpp" line="+226"/>
        <location filename="../core/store/StoreTimeline.cpp" line="+19"/>
        <source>Unknown kind of record: %1</source>
        <translation>Nieznany rodzaj rekordu: %1</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>A person needs a name.</source>
        <translation>Osoba musi mieć imię lub nazwisko.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The deal to place this one before is not in that stage.</source>
        <translation>Transakcja, przed którą ma stanąć ta, nie jest na tym etapie.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>A deal&apos;s history cannot lie in the future.</source>
        <translation>Historia transakcji nie może dotyczyć przyszłości.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An open deal has no close date.</source>
        <translation>Otwarta transakcja nie ma daty zamknięcia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A deal cannot enter its stage before it was created.</source>
        <translation>Transakcja nie może trafić do etapu przed utworzeniem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A deal cannot close before it was created.</source>
        <translation>Transakcja nie może zostać zamknięta przed utworzeniem.</translation>
    </message>
    <message>
        <location filename="../core/store/StoreContacts.cpp" line="+40"/>
        <source>No company with id %1.</source>
        <translation>Brak firmy o identyfikatorze %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Contact %1: %2</source>
        <translation>Kontakt %1: %2</translation>
    </message>
    <message>
        <location line="+56"/>
        <location filename="../core/store/StoreHistory.cpp" line="+250"/>
        <source>No contact with id %1.</source>
        <translation>Brak kontaktu o identyfikatorze %1.</translation>
    </message>
    <message>
        <location filename="../core/store/StoreDealParts.cpp" line="+80"/>
        <source>This person is already on the deal.</source>
        <translation>Ta osoba jest już przypisana do transakcji.</translation>
    </message>
    <message>
        <location line="+46"/>
        <location filename="../core/store/StorePipelines.cpp" line="+90"/>
        <source>The linked %1 does not exist.</source>
        <translation>Powiązany rekord typu %1 nie istnieje.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The line items add up to more than Baza can store.</source>
        <translation>Suma pozycji przekracza to, co Baza może zapisać.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A product needs a name.</source>
        <translation>Produkt musi mieć nazwę.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/store/StoreMoney.cpp" line="+33"/>
        <source>&quot;%1&quot; is not an ISO 4217 currency code Baza knows.</source>
        <translation>„%1” nie jest znanym Bazie kodem waluty ISO 4217.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A unit price cannot be negative.</source>
        <translation>Cena jednostkowa nie może być ujemna.</translation>
    </message>
    <message>
        <location filename="../core/store/StoreDeals.cpp" line="-97"/>
        <source>No deal with id %1.</source>
        <translation>Brak transakcji o identyfikatorze %1.</translation>
    </message>
    <message>
        <location filename="../core/store/StoreHistory.cpp" line="-107"/>
        <source>There is nothing to undo.</source>
        <translation>Nie ma nic do cofnięcia.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Batch %1 has nothing left to undo.</source>
        <translation>W partii %1 nie zostało nic do cofnięcia.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>An erasure cannot be undone.</source>
        <translation>Trwałego usunięcia nie można cofnąć.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The contact was erased, but compacting the file failed: %1</source>
        <translation>Kontakt został usunięty, ale kompaktowanie pliku nie powiodło się: %1</translation>
    </message>
    <message>
        <location filename="../core/store/StoreImports.cpp" line="+70"/>
        <source>&quot;%1&quot; is not a two-letter country code (e.g. PL).</source>
        <translation>„%1” nie jest dwuliterowym kodem kraju (np. PL).</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Import %1 was undone already or does not exist.</source>
        <translation>Import %1 został już cofnięty lub nie istnieje.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>changed after the import</source>
        <translation>zmieniony po imporcie</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>a %1 created later refers to it</source>
        <translation>odwołuje się do niego później utworzony rekord typu %1</translation>
    </message>
    <message>
        <location filename="../core/store/StoreLists.cpp" line="+34"/>
        <location line="+41"/>
        <source>The tag must not be empty.</source>
        <translation>Tag nie może być pusty.</translation>
    </message>
    <message>
        <location line="+78"/>
        <location line="+31"/>
        <source>A segment needs a name.</source>
        <translation>Segment musi mieć nazwę.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Segments are lists of contacts or companies, not %1.</source>
        <translation>Segmenty to listy kontaktów lub firm, a nie %1.</translation>
    </message>
    <message>
        <location filename="../core/store/StoreMerge.cpp" line="+134"/>
        <source>A contact cannot be merged with itself.</source>
        <translation>Kontaktu nie można scalić z nim samym.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No command with id %1.</source>
        <translation>Brak polecenia o identyfikatorze %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command %1 was undone already.</source>
        <translation>Polecenie %1 zostało już cofnięte.</translation>
    </message>
    <message>
        <location filename="../core/store/StorePipelines.cpp" line="-41"/>
        <source>A pipeline needs a name.</source>
        <translation>Lejek sprzedaży musi mieć nazwę.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No pipeline with id %1.</source>
        <translation>Brak lejka sprzedaży o identyfikatorze %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The pipeline still holds %n deal(s). Move or delete them first.</source>
        <translation>
            <numerusform>W lejku jest jeszcze %n transakcja. Najpierw ją przenieś lub usuń.</numerusform>
            <numerusform>W lejku są jeszcze %n transakcje. Najpierw je przenieś lub usuń.</numerusform>
            <numerusform>W lejku jest jeszcze %n transakcji. Najpierw je przenieś lub usuń.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The new order must list every stage of the pipeline once.</source>
        <translation>Nowa kolejność musi zawierać każdy etap lejka dokładnie raz.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A pipeline needs at least one stage; this is its last.</source>
        <translation>Lejek musi mieć co najmniej jeden etap; to jest ostatni.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The stage holds %n deal(s); choose the stage they move to.</source>
        <translation>
            <numerusform>Na tym etapie jest %n transakcja; wybierz etap, na który ma trafić.</numerusform>
            <numerusform>Na tym etapie są %n transakcje; wybierz etap, na który mają trafić.</numerusform>
            <numerusform>Na tym etapie jest %n transakcji; wybierz etap, na który mają trafić.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+27"/>
        <source>A lost reason needs a text.</source>
        <translation>Powód utraty musi mieć treść.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>&quot;%1&quot; is already in the list.</source>
        <translation>„%1” jest już na liście.</translation>
    </message>
    <message>
        <location filename="../core/store/StorePrivacy.cpp" line="+24"/>
        <source>Only contacts, companies and deals can be private, not %1.</source>
        <translation>Prywatne mogą być tylko kontakty, firmy i transakcje, a nie %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No %1 with id %2.</source>
        <translation>Brak rekordu typu %1 o identyfikatorze %2.</translation>
    </message>
    <message>
        <location filename="../core/store/StoreSync.cpp" line="+186"/>
        <source>The server did not name your user.</source>
        <translation>Serwer nie podał Twojego użytkownika.</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>No overwritten value %1.</source>
        <translation>Brak nadpisanej wartości %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The record was deleted on another device; it cannot be restored from here.</source>
        <translation>Rekord został usunięty na innym urządzeniu; nie można go stąd przywrócić.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 no longer exists; its value cannot be restored.</source>
        <translation>%1 już nie istnieje; nie można przywrócić wartości.</translation>
    </message>
    <message>
        <location filename="../core/store/StoreTimeline.cpp" line="+68"/>
        <source>There is no company named &quot;%1&quot;.</source>
        <translation>Nie ma firmy o nazwie „%1”.</translation>
    </message>
</context>
<context>
    <name>baza::sync</name>
    <message>
        <location filename="../core/sync/Gzip.cpp" line="+41"/>
        <source>The compressed body is unreadable: %1</source>
        <translation>Nie można odczytać skompresowanej treści: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>larger than %1 bytes</source>
        <translation>większa niż %1 bajtów</translation>
    </message>
    <message>
        <location filename="../core/sync/Protocol.cpp" line="+23"/>
        <source>Malformed sync message at %1: %2</source>
        <translation>Błędny komunikat synchronizacji w %1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The %1 is not valid JSON (at byte %2: %3).</source>
        <translation>%1 nie jest poprawnym JSON-em (bajt %2: %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The %1 is not a JSON object.</source>
        <translation>%1 nie jest obiektem JSON.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+16"/>
        <location line="+23"/>
        <location line="+113"/>
        <source>missing</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>expected a string</source>
        <translation>oczekiwano tekstu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not be empty</source>
        <translation>nie może być puste</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected an integer</source>
        <translation>oczekiwano liczby całkowitej</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected true or false</source>
        <translation>oczekiwano true lub false</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a list</source>
        <translation>oczekiwano listy</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>a number with a fraction or outside the 64-bit range; real numbers travel as {&quot;real&quot;: …}</source>
        <translation>liczba z częścią ułamkową lub spoza zakresu 64 bitów; liczby rzeczywiste przesyła się jako {&quot;real&quot;: …}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the blob is not valid base64</source>
        <translation>dane binarne nie są poprawnym base64</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an object that is neither {&quot;real&quot;: n} nor {&quot;blob&quot;: s}</source>
        <translation>obiekt, który nie jest ani {&quot;real&quot;: n}, ani {&quot;blob&quot;: s}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>true/false is not a value; flags are 0 or 1</source>
        <translation>true/false nie jest wartością; flagi to 0 lub 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list is not a value; lists travel as JSON text</source>
        <translation>lista nie jest wartością; listy przesyła się jako tekst JSON</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+30"/>
        <source>unknown kind of record &quot;%1&quot;</source>
        <translation>nieznany rodzaj rekordu „%1”</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>must be positive</source>
        <translation>musi być dodatnie</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; is not &lt;16-digit ms&gt;-&lt;5-digit counter&gt;-&lt;device&gt;</source>
        <translation>„%1” nie ma postaci &lt;16 cyfr ms&gt;-&lt;5 cyfr licznika&gt;-&lt;urządzenie&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown operation &quot;%1&quot;</source>
        <translation>nieznana operacja „%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+18"/>
        <source>%1 has no field &quot;%2&quot;</source>
        <translation>%1 nie ma pola „%2”</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>an update names its field</source>
        <translation>zmiana musi wskazywać pole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a deletion has no field</source>
        <translation>usunięcie nie ma pola</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an insert without a field carries a &quot;fields&quot; object</source>
        <translation>wstawienie bez pola zawiera obiekt „fields”</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>not an ISO-8601 time</source>
        <translation>to nie jest czas w formacie ISO 8601</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+39"/>
        <location line="+36"/>
        <location line="+50"/>
        <source>expected an object</source>
        <translation>oczekiwano obiektu</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>%1 changes in one push; at most %2</source>
        <translation>%1 zmian w jednym wysłaniu; najwyżej %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 does not follow %2; a push is in increasing order</source>
        <translation>%1 nie następuje po %2; wysyłane zmiany muszą być w kolejności rosnącej</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>unknown status &quot;%1&quot;</source>
        <translation>nieznany status „%1”</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 does not follow %2; a pull is in increasing order</source>
        <translation>%1 nie następuje po %2; pobierane zmiany muszą być w kolejności rosnącej</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is behind the last change&apos;s version %2</source>
        <translation>%1 jest wcześniejsze niż wersja ostatniej zmiany %2</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncClient.cpp" line="+43"/>
        <source>The server acknowledged change %1, but this device wrote only %2 changes. Is this database a restored backup?</source>
        <translation>Serwer potwierdził zmianę %1, a to urządzenie zapisało tylko %2 zmian. Czy ta baza to przywrócona kopia zapasowa?</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The server refused a change to %1 %2 (%3): %4</source>
        <translation>Serwer odrzucił zmianę %1 %2 (%3): %4</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The server moved the sync position back (from %1 to %2).</source>
        <translation>Serwer cofnął pozycję synchronizacji (z %1 na %2).</translation>
    </message>
</context>
<context>
    <name>baza::sync::SyncEngine</name>
    <message>
        <location filename="../core/sync/SyncEngine.cpp" line="+129"/>
        <source>A sync is running; try again in a moment.</source>
        <translation>Trwa synchronizacja; spróbuj za chwilę.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hexadecimal digits).</source>
        <translation>„%1” nie jest odciskiem SHA-256 (64 cyfry szesnastkowe).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing in to %1 as %2…</source>
        <translation>Logowanie do %1 jako %2…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Connected as %1 (%2).</source>
        <translation>Połączono jako %1 (%2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Disconnected from the server; changes stay on this computer.</source>
        <translation>Rozłączono z serwerem; zmiany zostają na tym komputerze.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not connected to a server.</source>
        <translation>Brak połączenia z serwerem.</translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>This computer&apos;s clock is about %n minute(s) ahead of the server&apos;s, so the server cannot accept its latest changes yet. They stay queued and are sent when the server&apos;s time catches up. Set this computer&apos;s time correctly (automatic time) so that new changes are not held back.</source>
        <translation>
            <numerusform>Zegar tego komputera wyprzedza zegar serwera o około %n minutę, więc serwer nie może jeszcze przyjąć najnowszych zmian. Pozostają one w kolejce i zostaną wysłane, gdy czas serwera to nadrobi. Ustaw poprawnie czas na tym komputerze (czas automatyczny), aby nowe zmiany nie były wstrzymywane.</numerusform>
            <numerusform>Zegar tego komputera wyprzedza zegar serwera o około %n minuty, więc serwer nie może jeszcze przyjąć najnowszych zmian. Pozostają one w kolejce i zostaną wysłane, gdy czas serwera to nadrobi. Ustaw poprawnie czas na tym komputerze (czas automatyczny), aby nowe zmiany nie były wstrzymywane.</numerusform>
            <numerusform>Zegar tego komputera wyprzedza zegar serwera o około %n minut, więc serwer nie może jeszcze przyjąć najnowszych zmian. Pozostają one w kolejce i zostaną wysłane, gdy czas serwera to nadrobi. Ustaw poprawnie czas na tym komputerze (czas automatyczny), aby nowe zmiany nie były wstrzymywane.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server accepted only part of the changes; retrying.</source>
        <translation>Serwer przyjął tylko część zmian; ponawiam.</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>Synced: %n sent, </source>
        <translation>
            <numerusform>Zsynchronizowano: wysłano %n, </numerusform>
            <numerusform>Zsynchronizowano: wysłano %n, </numerusform>
            <numerusform>Zsynchronizowano: wysłano %n, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n received</source>
        <translation>
            <numerusform>odebrano %n</numerusform>
            <numerusform>odebrano %n</numerusform>
            <numerusform>odebrano %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n overwritten</source>
        <translation>
            <numerusform>, nadpisano %n</numerusform>
            <numerusform>, nadpisano %n</numerusform>
            <numerusform>, nadpisano %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No network connection; changes are kept and sent later.</source>
        <translation>Brak połączenia z siecią; zmiany zostaną wysłane później.</translation>
    </message>
</context>
<context>
    <name>baza::sync::SyncRequest</name>
    <message>
        <location line="-244"/>
        <location filename="../core/sync/SyncRequest.cpp" line="+126"/>
        <source>Sync was cancelled.</source>
        <translation>Synchronizację anulowano.</translation>
    </message>
    <message>
        <location filename="../core/sync/SyncRequest.cpp" line="-31"/>
        <source>The server address must start with https:// (got %1).</source>
        <translation>Adres serwera musi zaczynać się od https:// (podano %1).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The server&apos;s certificate has CHANGED. You trusted %1, the server now presents %2. Someone may be intercepting the connection; sync stays stopped until you confirm the new certificate with your administrator.</source>
        <translation>Certyfikat serwera ZMIENIŁ SIĘ. Zaufano %1, a serwer przedstawia teraz %2. Ktoś może przechwytywać połączenie; synchronizacja pozostaje wstrzymana, dopóki nie potwierdzisz nowego certyfikatu z administratorem.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The server&apos;s certificate is not trusted (%1). Its SHA-256 fingerprint is %2; trust it only if your administrator confirms this fingerprint.</source>
        <translation>Certyfikat serwera nie jest zaufany (%1). Jego odcisk SHA-256 to %2; zaufaj mu tylko wtedy, gdy administrator potwierdzi ten odcisk.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 nie odpowiedział w ciągu %2 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach %1: %2</source>
        <translation>Nie można połączyć się z %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server needs a newer version of Baza: %1</source>
        <translation>Serwer wymaga nowszej wersji Bazy: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The organization, user name or password is wrong.</source>
        <translation>Błędna organizacja, nazwa użytkownika lub hasło.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server ended the session; sign in again. (%1)</source>
        <translation>Serwer zakończył sesję; zaloguj się ponownie. (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server does not allow this: %1</source>
        <translation>Serwer na to nie pozwala: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered %2: %3</source>
        <translation>%1 odpowiedział %2: %3</translation>
    </message>
</context>
<context>
    <name>baza::ui</name>
    <message>
        <location filename="../ui/importer/FilePreview.cpp" line="+71"/>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organization</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birthday</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Categories</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
</context>
<context>
    <name>baza::ui::ActivityComposer</name>
    <message>
        <location filename="../ui/cards/ActivityComposer.cpp" line="+32"/>
        <location line="+70"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Log an activity</source>
        <translation>Zapisz aktywność</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of activity</source>
        <translation>Rodzaj aktywności</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation>Wychodzące</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming</source>
        <translation>Przychodzące</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text</source>
        <translation>Treść</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said or agreed…</source>
        <translation>Co zostało powiedziane lub ustalone…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call outcome</source>
        <translation>Wynik rozmowy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Duration in minutes</source>
        <translation>Czas trwania w minutach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Zapisz (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close without saving (Escape)</source>
        <translation>Zamknij bez zapisywania (Escape)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outcome:</source>
        <translation>Wynik:</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Write something first.</source>
        <translation>Najpierw coś napisz.</translation>
    </message>
</context>
<context>
    <name>baza::ui::AvatarWidget</name>
    <message>
        <location filename="../ui/cards/CardWidgets.cpp" line="+55"/>
        <source>Avatar: %1</source>
        <translation>Awatar: %1</translation>
    </message>
</context>
<context>
    <name>baza::ui::BoardDelegate</name>
    <message numerus="yes">
        <location filename="../ui/deals/BoardDelegate.cpp" line="+136"/>
        <source>%n d</source>
        <comment>days in stage, short</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>overdue</source>
        <translation>zaległe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no next step</source>
        <translation>brak następnego kroku</translation>
    </message>
</context>
<context>
    <name>baza::ui::BoardModel</name>
    <message numerus="yes">
        <location filename="../ui/deals/BoardModel.cpp" line="+444"/>
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n transakcja</numerusform>
            <numerusform>%n transakcje</numerusform>
            <numerusform>%n transakcji</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weighted %1</source>
        <translation>ważona %1</translation>
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
        <translation>%1 (brak kursu wymiany na %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner: %1</source>
        <translation>Właściciel: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n day(s) in this stage: rotting (more than %1)</source>
        <translation>
            <numerusform>%n dzień w tym etapie: transakcja zalega (ponad %1)</numerusform>
            <numerusform>%n dni w tym etapie: transakcja zalega (ponad %1)</numerusform>
            <numerusform>%n dni w tym etapie: transakcja zalega (ponad %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) in this stage</source>
        <translation>
            <numerusform>%n dzień w tym etapie</numerusform>
            <numerusform>%n dni w tym etapie</numerusform>
            <numerusform>%n dni w tym etapie</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next step overdue since %1</source>
        <translation>Następny krok zaległy od %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step due %1</source>
        <translation>Termin następnego kroku: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No next step planned</source>
        <translation>Brak zaplanowanego następnego kroku</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drag it to another stage, or Ctrl+Left/Right; Ctrl+Up/Down reorders; W wins, L loses, Enter opens.</source>
        <translation>Przeciągnij do innego etapu lub użyj Ctrl+←/→; Ctrl+↑/↓ zmienia kolejność; W — wygrana, L — przegrana, Enter otwiera.</translation>
    </message>
</context>
<context>
    <name>baza::ui::BoardView</name>
    <message>
        <location filename="../ui/deals/BoardView.cpp" line="+57"/>
        <source>Pipeline board</source>
        <translation>Tablica lejka sprzedaży</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Won</source>
        <translation>Wygrana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Przegrana</translation>
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
            <numerusform>%n transakcja bez kursu wymiany</numerusform>
            <numerusform>%n transakcje bez kursu wymiany</numerusform>
            <numerusform>%n transakcji bez kursu wymiany</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage %1</source>
        <translation>Etap %1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>“%1” won. Ctrl+Z undoes it.</source>
        <translation>„%1” wygrana. Ctrl+Z cofa.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” lost: %2. Ctrl+Z undoes it.</source>
        <translation>„%1” przegrana: %2. Ctrl+Z cofa.</translation>
    </message>
</context>
<context>
    <name>baza::ui::BulkActions</name>
    <message>
        <location filename="../ui/lists/BulkActions.cpp" line="+51"/>
        <source>Actions on the selected records</source>
        <translation>Działania na zaznaczonych rekordach</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add &amp;tag…</source>
        <translation>Dodaj &amp;tag…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove tag…</source>
        <translation>&amp;Usuń tag…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;owner…</source>
        <translation>Zmień &amp;właściciela…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;stage…</source>
        <translation>Zmień &amp;etap…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ex&amp;port…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selected contacts to a CSV or vCard file</source>
        <translation>Eksportuj zaznaczone kontakty do pliku CSV lub vCard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the selected contacts</source>
        <translation>Eksportuj zaznaczone kontakty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete…</source>
        <translation>U&amp;suń…</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln zaznaczony</numerusform>
            <numerusform>%Ln zaznaczone</numerusform>
            <numerusform>%Ln zaznaczonych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln kontakt</numerusform>
            <numerusform>%Ln kontakty</numerusform>
            <numerusform>%Ln kontaktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln company(ies)</source>
        <translation>
            <numerusform>%Ln firma</numerusform>
            <numerusform>%Ln firmy</numerusform>
            <numerusform>%Ln firm</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was changed: %1</source>
        <translation>Nic nie zostało zmienione: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add tag</source>
        <translation>Dodaj tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag to add to %1:</source>
        <translation>Tag do dodania (%1):</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Added tag “%1” to %Ln contact(s).</source>
        <translation>
            <numerusform>Dodano tag „%1” do %Ln kontaktu.</numerusform>
            <numerusform>Dodano tag „%1” do %Ln kontaktów.</numerusform>
            <numerusform>Dodano tag „%1” do %Ln kontaktów.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There are no tags yet.</source>
        <translation>Nie ma jeszcze żadnych tagów.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove tag</source>
        <translation>Usuń tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag to remove from %1:</source>
        <translation>Tag do usunięcia (%1):</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Removed tag “%1” from %Ln contact(s).</source>
        <translation>
            <numerusform>Usunięto tag „%1” z %Ln kontaktu.</numerusform>
            <numerusform>Usunięto tag „%1” z %Ln kontaktów.</numerusform>
            <numerusform>Usunięto tag „%1” z %Ln kontaktów.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No owner</source>
        <translation>Bez właściciela</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change owner</source>
        <translation>Zmień właściciela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New owner of %1:</source>
        <translation>Nowy właściciel (%1):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 now owned by %2.</source>
        <translation>%1 — nowy właściciel: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change lifecycle stage</source>
        <translation>Zmień etap cyklu życia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New stage of %1:</source>
        <translation>Nowy etap (%1):</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Moved %Ln contact(s) to %1.</source>
        <translation>
            <numerusform>Przeniesiono %Ln kontakt do etapu %1.</numerusform>
            <numerusform>Przeniesiono %Ln kontakty do etapu %1.</numerusform>
            <numerusform>Przeniesiono %Ln kontaktów do etapu %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete contacts</source>
        <translation>Usuń kontakty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete companies</source>
        <translation>Usuń firmy</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %Ln contact(s)? Their deals, activities and tasks stay, without the link. Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Usunąć %Ln kontakt? Jego transakcje, aktywności i zadania zostaną, ale bez powiązania. Edycja → Cofnij przywraca go.</numerusform>
            <numerusform>Usunąć %Ln kontakty? Ich transakcje, aktywności i zadania zostaną, ale bez powiązania. Edycja → Cofnij przywraca je.</numerusform>
            <numerusform>Usunąć %Ln kontaktów? Ich transakcje, aktywności i zadania zostaną, ale bez powiązania. Edycja → Cofnij przywraca je.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %Ln company(ies)? Their contacts, deals, activities and tasks stay, without the link. Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Usunąć %Ln firmę? Jej kontakty, transakcje, aktywności i zadania zostaną, ale bez powiązania. Edycja → Cofnij przywraca ją.</numerusform>
            <numerusform>Usunąć %Ln firmy? Ich kontakty, transakcje, aktywności i zadania zostaną, ale bez powiązania. Edycja → Cofnij przywraca je.</numerusform>
            <numerusform>Usunąć %Ln firm? Ich kontakty, transakcje, aktywności i zadania zostaną, ale bez powiązania. Edycja → Cofnij przywraca je.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deleted %1. Edit → Undo brings them back.</source>
        <translation>Usunięto: %1. Edycja → Cofnij przywraca je.</translation>
    </message>
</context>
<context>
    <name>baza::ui::CardWidgets</name>
    <message>
        <location filename="../ui/cards/CardWidgets.cpp" line="+89"/>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
</context>
<context>
    <name>baza::ui::ChannelList</name>
    <message>
        <location filename="../ui/cards/ChannelList.cpp" line="+28"/>
        <source>Add an email address</source>
        <translation>Dodaj adres e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a phone number</source>
        <translation>Dodaj numer telefonu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ email</source>
        <translation>+ e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+ phone</source>
        <translation>+ telefon</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Email address</source>
        <translation>Adres e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone number</source>
        <translation>Numer telefonu</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit %1</source>
        <translation>Edytuj %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy %1</source>
        <translation>Kopiuj %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove %1</source>
        <translation>Usuń %1</translation>
    </message>
</context>
<context>
    <name>baza::ui::CompanyCard</name>
    <message>
        <location filename="../ui/cards/CompanyCard.cpp" line="+30"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This company no longer exists (deleted, or its creation was undone). Go back with Alt+Left.</source>
        <translation>Ta firma już nie istnieje (została usunięta lub cofnięto jej utworzenie). Wróć za pomocą Alt+Strzałka w lewo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy the website</source>
        <translation>Kopiuj adres strony</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy the phone number</source>
        <translation>Kopiuj numer telefonu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Właściciel:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom fields</source>
        <translation>Pola własne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>People (%n)</source>
        <translation>
            <numerusform>Osoby (%n)</numerusform>
            <numerusform>Osoby (%n)</numerusform>
            <numerusform>Osoby (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open deals</source>
        <translation>Otwarte transakcje</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Open deals (%n)</source>
        <translation>
            <numerusform>Otwarte transakcje (%n)</numerusform>
            <numerusform>Otwarte transakcje (%n)</numerusform>
            <numerusform>Otwarte transakcje (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open tasks</source>
        <translation>Otwarte zadania</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Open tasks (%n)</source>
        <translation>
            <numerusform>Otwarte zadania (%n)</numerusform>
            <numerusform>Otwarte zadania (%n)</numerusform>
            <numerusform>Otwarte zadania (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Company %1</source>
        <translation>Firma %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nobody</source>
        <translation>Nikt</translation>
    </message>
</context>
<context>
    <name>baza::ui::CompanyListModel</name>
    <message>
        <location filename="../ui/lists/ListModels.cpp" line="+63"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Zmieniono</translation>
    </message>
</context>
<context>
    <name>baza::ui::ConsentsSection</name>
    <message>
        <location filename="../ui/cards/ConsentsSection.cpp" line="+34"/>
        <source>Consents</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+10"/>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+13"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Purpose, e.g. newsletter</source>
        <translation>Cel, np. newsletter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Source, e.g. web form</source>
        <translation>Źródło, np. formularz WWW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add consent</source>
        <translation>Dodaj zgodę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grant</source>
        <translation>Udziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the selected consent as granted, today</source>
        <translation>Oznacz wybraną zgodę jako udzieloną, z dzisiejszą datą</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>Wycofaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the selected consent as withdrawn, today</source>
        <translation>Oznacz wybraną zgodę jako wycofaną, z dzisiejszą datą</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Select a consent in the list first.</source>
        <translation>Najpierw wybierz zgodę z listy.</translation>
    </message>
</context>
<context>
    <name>baza::ui::ContactCard</name>
    <message>
        <location filename="../ui/cards/ContactCard.cpp" line="+35"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This contact no longer exists (deleted, or its creation was undone). Go back with Alt+Left.</source>
        <translation>Ten kontakt już nie istnieje (został usunięty lub cofnięto jego utworzenie). Wróć za pomocą Alt+Strzałka w lewo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lifecycle stage</source>
        <translation>Etap cyklu życia</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Etap:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Właściciel:</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Middle name</source>
        <translation>Drugie imię</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Region</source>
        <translation>Województwo/region</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom fields</source>
        <translation>Pola własne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open deals</source>
        <translation>Otwarte transakcje</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Open deals (%n)</source>
        <translation>
            <numerusform>Otwarte transakcje (%n)</numerusform>
            <numerusform>Otwarte transakcje (%n)</numerusform>
            <numerusform>Otwarte transakcje (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Convert to deal…</source>
        <translation>Zamień na transakcję…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open tasks</source>
        <translation>Otwarte zadania</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Open tasks (%n)</source>
        <translation>
            <numerusform>Otwarte zadania (%n)</numerusform>
            <numerusform>Otwarte zadania (%n)</numerusform>
            <numerusform>Otwarte zadania (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consents</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nobody</source>
        <translation>Nikt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Contact %1</source>
        <translation>Kontakt %1</translation>
    </message>
</context>
<context>
    <name>baza::ui::ContactListModel</name>
    <message>
        <location filename="../ui/lists/ListModels.cpp" line="-64"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifecycle stage</source>
        <translation>Etap cyklu życia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last contacted</source>
        <translation>Ostatni kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Zmieniono</translation>
    </message>
</context>
<context>
    <name>baza::ui::ContactsList</name>
    <message>
        <location filename="../ui/cards/RelatedSections.cpp" line="+213"/>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>baza::ui::ConvertLeadDialog</name>
    <message>
        <location filename="../ui/deals/ConvertLeadDialog.cpp" line="+36"/>
        <source>New deal</source>
        <translation>Nowa transakcja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Convert to deal</source>
        <translation>Zamień w transakcję</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. CRM rollout for 40 seats</source>
        <translation>np. wdrożenie CRM na 40 stanowisk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Title:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pipeline:</source>
        <translation>&amp;Lejek:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Etap:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Value:</source>
        <translation>&amp;Wartość:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected &amp;close:</source>
        <translation>Przewidywane &amp;zamknięcie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create deal</source>
        <translation>Utwórz transakcję</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new deal for %1.</source>
        <translation>Nowa transakcja dla: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new deal on the board. The person and the company are optional; a lead becomes an opportunity.</source>
        <translation>Nowa transakcja na tablicy. Osoba i firma są opcjonalne; potencjalny klient staje się szansą sprzedaży.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new deal for %1. They become an opportunity; winning the deal makes them a customer.</source>
        <translation>Nowa transakcja dla: %1. Osoba staje się szansą sprzedaży; wygrana transakcja czyni ją klientem.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find a person</source>
        <translation>Zacznij pisać, aby znaleźć osobę</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type to find a company</source>
        <translation>Zacznij pisać, aby znaleźć firmę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;erson:</source>
        <translation>&amp;Osoba:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Choose the person from the suggestions, or leave the field empty.</source>
        <translation>Wybierz osobę z podpowiedzi albo zostaw pole puste.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no company called “%1”. Choose one from the suggestions, or leave the field empty.</source>
        <translation>Nie ma firmy o nazwie „%1”. Wybierz firmę z podpowiedzi albo zostaw pole puste.</translation>
    </message>
</context>
<context>
    <name>baza::ui::CustomFields</name>
    <message>
        <location filename="../ui/cards/CustomFields.cpp" line="+18"/>
        <source>New field value</source>
        <translation>Wartość nowego pola</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New field name</source>
        <translation>Nazwa nowego pola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ field</source>
        <translation>+ pole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>value</source>
        <translation>wartość</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name the field first.</source>
        <translation>Najpierw nazwij pole.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Field %1</source>
        <translation>Pole %1</translation>
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
    <name>baza::ui::DatabaseSettingsPage</name>
    <message>
        <location filename="../ui/shell/SettingsPages.cpp" line="+103"/>
        <source>Default phone region</source>
        <translation>Domyślny region numerów telefonów</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Default &amp;phone region:</source>
        <translation>Domyślny region &amp;telefonów:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone numbers typed or imported without a country code are read as numbers of this country. Stored in this database, so it applies to everyone who opens it.</source>
        <translation>Numery telefonów wpisane lub zaimportowane bez kodu kraju są traktowane jako numery tego kraju. Ustawienie jest zapisane w tej bazie danych, więc dotyczy każdego, kto ją otwiera.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This database</source>
        <translation>Ta baza danych</translation>
    </message>
</context>
<context>
    <name>baza::ui::DealCard</name>
    <message>
        <location filename="../ui/deals/DealCard.cpp" line="+33"/>
        <location line="+74"/>
        <source>Deal</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Title</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Value:</source>
        <translation>&amp;Wartość:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pipeline</source>
        <translation>Lejek sprzedaży</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Etap:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Win probability</source>
        <translation>Prawdopodobieństwo wygranej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the stage&apos;s</source>
        <translation>z etapu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Probability:</source>
        <translation>&amp;Prawdopodobieństwo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected close</source>
        <translation>Przewidywane zamknięcie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not set</source>
        <translation>nie ustawiono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected &amp;close:</source>
        <translation>Przewidywane &amp;zamknięcie:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nobody</source>
        <translation>Nikt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Właściciel:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>With:</source>
        <translation>Z:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Won</source>
        <translation>Wygrana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost…</source>
        <translation>Przegrana…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen</source>
        <translation>Otwórz ponownie</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>This deal no longer exists.</source>
        <translation>Ta transakcja już nie istnieje.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>nobody yet</source>
        <translation>jeszcze nikt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open · %1</source>
        <translation>Otwarta · %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Won on %1 · %2</source>
        <translation>Wygrana %1 · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lost on %1: %2</source>
        <translation>Przegrana %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/deals/DealCardParts.cpp" line="+29"/>
        <location line="+3"/>
        <source>People involved</source>
        <translation>Zaangażowane osoby</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Find a person to add</source>
        <translation>Znajdź osobę do dodania</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role, e.g. decision maker</source>
        <translation>Rola, np. decydent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove person</source>
        <translation>Usuń osobę</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Products and line items</source>
        <translation>Produkty i pozycje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line items</source>
        <translation>Pozycje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+15"/>
        <source>Quantity</source>
        <translation>Ilość</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+19"/>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Cena jednostkowa</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Item or product</source>
        <translation>Pozycja lub produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item name</source>
        <translation>Nazwa pozycji</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the sum as the deal&apos;s value</source>
        <translation>Użyj sumy jako wartości transakcji</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Sum: %1</source>
        <translation>Suma: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Next step</source>
        <translation>Następny krok</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>e.g. Send the offer</source>
        <translation>np. Wysłać ofertę</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan</source>
        <translation>Zaplanuj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the next step done</source>
        <translation>Oznacz następny krok jako wykonany</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No next step planned.</source>
        <translation>Nie zaplanowano następnego kroku.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — overdue since %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — zaległe od %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — due %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — termin %2</translation>
    </message>
</context>
<context>
    <name>baza::ui::DealTableModel</name>
    <message>
        <location filename="../ui/deals/DealTableModel.cpp" line="+82"/>
        <source>Deal</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company or person</source>
        <translation>Firma lub osoba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value (%1)</source>
        <translation>Wartość (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probability</source>
        <translation>Prawdopodobieństwo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected close</source>
        <translation>Przewidywane zamknięcie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days in stage</source>
        <translation>Dni na etapie</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>no rate</source>
        <translation>brak kursu</translation>
    </message>
</context>
<context>
    <name>baza::ui::DealTimeline</name>
    <message>
        <location filename="../ui/deals/DealTimeline.cpp" line="+16"/>
        <source>“%1”</source>
        <translation>„%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>open</source>
        <translation>otwarta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>won</source>
        <translation>wygrana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lost</source>
        <translation>przegrana</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created from a lead</source>
        <translation>Utworzono z leada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved</source>
        <translation>Przeniesiono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>Wygrano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>Przegrano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>Ponownie otwarto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Edytowano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved: its stage was removed</source>
        <translation>Przeniesiono: jej etap został usunięty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value set from the line items</source>
        <translation>Wartość wyliczona z pozycji</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>Lejek sprzedaży</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability</source>
        <translation>Prawdopodobieństwo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected close</source>
        <translation>Przewidywane zamknięcie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost reason</source>
        <translation>Powód przegranej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Deal %1 created from the lead</source>
        <translation>Utworzono transakcję %1 z leada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal %1 created</source>
        <translation>Utworzono transakcję %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In %1</source>
        <translation>W etapie %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 moved back to %2</source>
        <translation>Transakcję %1 przeniesiono z powrotem do etapu %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 moved to %2</source>
        <translation>Transakcję %1 przeniesiono do etapu %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 won</source>
        <translation>Wygrano transakcję %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 lost</source>
        <translation>Przegrano transakcję %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1</source>
        <translation>Powód: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 open again (undone)</source>
        <translation>Transakcja %1 ponownie otwarta (cofnięto)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 reopened</source>
        <translation>Ponownie otwarto transakcję %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+11"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>someone else</source>
        <translation>ktoś inny</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deleted</source>
        <translation>Usunięto</translation>
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
        <translation>Otwarte transakcje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closes</source>
        <translation>Zamknięcie</translation>
    </message>
</context>
<context>
    <name>baza::ui::DealsPage</name>
    <message>
        <location filename="../ui/deals/DealsPage.cpp" line="+51"/>
        <location line="+50"/>
        <location line="+36"/>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Pipeline</source>
        <translation>Lejek sprzedaży</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter deals</source>
        <translation>Filtruj transakcje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by title, company or person</source>
        <translation>Filtruj po nazwie, firmie lub osobie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Board</source>
        <translation>Tablica</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New deal…</source>
        <translation>Nowa transakcja…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new deal in this pipeline, in the stage of the selected card</source>
        <translation>Nowa transakcja w tym lejku, na etapie zaznaczonej karty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pipelines…</source>
        <translation>Lejki…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add, rename, reorder and remove pipelines, stages and lost reasons</source>
        <translation>Dodawaj, zmieniaj nazwy, kolejność i usuwaj lejki, etapy i powody utraty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Currencies…</source>
        <translation>Waluty…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base currency and exchange rates</source>
        <translation>Waluta bazowa i kursy wymiany</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pipeline summary</source>
        <translation>Podsumowanie lejka</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All tags</source>
        <translation>Wszystkie tagi</translation>
    </message>
    <message numerus="yes">
        <location line="+127"/>
        <source>%n open deal(s) worth %1</source>
        <translation>
            <numerusform>%n otwarta transakcja o wartości %1</numerusform>
            <numerusform>%n otwarte transakcje o wartości %1</numerusform>
            <numerusform>%n otwartych transakcji o wartości %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weighted %1</source>
        <translation>ważona %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected this month %1</source>
        <translation>oczekiwane w tym miesiącu %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>win rate %1%</source>
        <translation>skuteczność %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>average won deal %1</source>
        <translation>średnia wygrana transakcja %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) to close on average</source>
        <translation>
            <numerusform>średnio %n dzień do zamknięcia</numerusform>
            <numerusform>średnio %n dni do zamknięcia</numerusform>
            <numerusform>średnio %n dni do zamknięcia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n deal(s) left out: no exchange rate</source>
        <translation>
            <numerusform>pominięto %n transakcję: brak kursu wymiany</numerusform>
            <numerusform>pominięto %n transakcje: brak kursu wymiany</numerusform>
            <numerusform>pominięto %n transakcji: brak kursu wymiany</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undone: %1</source>
        <translation>Cofnięto: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” added. Ctrl+Z undoes it.</source>
        <translation>Dodano „%1”. Ctrl+Z cofa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” added; the filters hide it. Ctrl+Z undoes it.</source>
        <translation>Dodano „%1”; filtry ją ukrywają. Ctrl+Z cofa.</translation>
    </message>
</context>
<context>
    <name>baza::ui::DuplicatesDialog</name>
    <message numerus="yes">
        <location filename="../ui/importer/DuplicatesDialog.cpp" line="+25"/>
        <source>Same email %1 (%n contact(s))</source>
        <translation>
            <numerusform>Ten sam e-mail %1 (%n kontakt)</numerusform>
            <numerusform>Ten sam e-mail %1 (%n kontakty)</numerusform>
            <numerusform>Ten sam e-mail %1 (%n kontaktów)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Same phone %1 (%n contact(s))</source>
        <translation>
            <numerusform>Ten sam telefon %1 (%n kontakt)</numerusform>
            <numerusform>Ten sam telefon %1 (%n kontakty)</numerusform>
            <numerusform>Ten sam telefon %1 (%n kontaktów)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Same name and company: %1 (%n contact(s))</source>
        <translation>
            <numerusform>To samo imię i nazwisko oraz firma: %1 (%n kontakt)</numerusform>
            <numerusform>To samo imię i nazwisko oraz firma: %1 (%n kontakty)</numerusform>
            <numerusform>To samo imię i nazwisko oraz firma: %1 (%n kontaktów)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Find duplicates</source>
        <translation>Znajdź duplikaty</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Groups of likely duplicates</source>
        <translation>Grupy prawdopodobnych duplikatów</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Merge</source>
        <translation>&amp;Scal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo merge</source>
        <translation>&amp;Cofnij scalenie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Looking for duplicates…</source>
        <translation>Szukanie duplikatów…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No likely duplicates.</source>
        <translation>Brak prawdopodobnych duplikatów.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n group(s) of likely duplicates. Choose one to compare and merge.</source>
        <translation>
            <numerusform>%n grupa prawdopodobnych duplikatów. Wybierz ją, aby porównać i scalić.</numerusform>
            <numerusform>%n grupy prawdopodobnych duplikatów. Wybierz jedną, aby porównać i scalić.</numerusform>
            <numerusform>%n grup prawdopodobnych duplikatów. Wybierz jedną, aby porównać i scalić.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Kept (older)</source>
        <translation>Zostaje (starszy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merged into it</source>
        <translation>Scalany z nim</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Middle name</source>
        <translation>Drugie imię</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Województwo/region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails</source>
        <translation>Adresy e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Telefony</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: keep %2</source>
        <translation>%1: zachowaj %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: take %2</source>
        <translation>%1: weź %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (both kept)</source>
        <translation>%1 (oba zachowane)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Merged into %1. Undo merge (Ctrl+Z) takes it back.</source>
        <translation>Scalono z %1. Cofnij scalenie (Ctrl+Z) przywraca stan sprzed scalenia.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The merge is undone.</source>
        <translation>Scalenie zostało cofnięte.</translation>
    </message>
    <message>
        <location filename="../ui/importer/ImporterActions.cpp" line="+46"/>
        <source>Find &amp;duplicates…</source>
        <translation>Znajdź &amp;duplikaty…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts that look like the same person, to merge</source>
        <translation>Kontakty, które wyglądają na tę samą osobę, do scalenia</translation>
    </message>
</context>
<context>
    <name>baza::ui::ExportDialog</name>
    <message>
        <location filename="../ui/importer/ExportDialog.cpp" line="+38"/>
        <location line="+1"/>
        <source>Export contacts</source>
        <translation>Eksport kontaktów</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All contacts are exported.</source>
        <translation>Eksportowane są wszystkie kontakty.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File format</source>
        <translation>Format pliku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for Excel (your locale&apos;s list separator, UTF-8 with BOM)</source>
        <translation>CSV dla Excela (separator listy z ustawień regionalnych, UTF-8 z BOM)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV, RFC 4180 (commas, UTF-8)</source>
        <translation>CSV, RFC 4180 (przecinki, UTF-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard 3.0 (phones, Outlook, Google)</source>
        <translation>vCard 3.0 (telefony, Outlook, Google)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a &amp;mailing: only contacts whose consent allows</source>
        <translation>Do &amp;wysyłki: tylko kontakty, których zgoda na to pozwala</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consent purpose</source>
        <translation>Cel zgody</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File to write</source>
        <translation>Plik do zapisania</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>contacts</source>
        <translation>kontakty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>F&amp;ile:</source>
        <translation>P&amp;lik:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export progress</source>
        <translation>Postęp eksportu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksportuj</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel export</source>
        <translation>&amp;Anuluj eksport</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>The %n selected contact(s) are exported.</source>
        <translation>
            <numerusform>Zostanie wyeksportowany %n zaznaczony kontakt.</numerusform>
            <numerusform>Zostaną wyeksportowane %n zaznaczone kontakty.</numerusform>
            <numerusform>Zostanie wyeksportowanych %n zaznaczonych kontaktów.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The contacts of the segment “%1” are exported.</source>
        <translation>Zostaną wyeksportowane kontakty z segmentu „%1”.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The %n contact(s) of the segment “%1” are exported.</source>
        <translation>
            <numerusform>Zostanie wyeksportowany %n kontakt z segmentu „%1”.</numerusform>
            <numerusform>Zostaną wyeksportowane %n kontakty z segmentu „%1”.</numerusform>
            <numerusform>Zostanie wyeksportowanych %n kontaktów z segmentu „%1”.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contacts the list shows (with its filters) are exported.</source>
        <translation>Zostaną wyeksportowane kontakty widoczne na liście (z jej filtrami).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n contact(s) the list shows (with its filters) are exported.</source>
        <translation>
            <numerusform>Zostanie wyeksportowany %n kontakt widoczny na liście (z jej filtrami).</numerusform>
            <numerusform>Zostaną wyeksportowane %n kontakty widoczne na liście (z jej filtrami).</numerusform>
            <numerusform>Zostanie wyeksportowanych %n kontaktów widocznych na liście (z jej filtrami).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Export to</source>
        <translation>Eksportuj do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vCard files (*.vcf)</source>
        <translation>Pliki vCard (*.vcf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Exporting…</source>
        <translation>Eksportowanie…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Exported %n contact(s) to %1.</source>
        <translation>
            <numerusform>Wyeksportowano %n kontakt do %1.</numerusform>
            <numerusform>Wyeksportowano %n kontakty do %1.</numerusform>
            <numerusform>Wyeksportowano %n kontaktów do %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/importer/ImporterActions.cpp" line="-14"/>
        <source>&amp;Export contacts…</source>
        <translation>&amp;Eksportuj kontakty…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write contacts to a CSV or vCard file</source>
        <translation>Zapisz kontakty do pliku CSV lub vCard</translation>
    </message>
</context>
<context>
    <name>baza::ui::GeneralSettingsPage</name>
    <message>
        <location filename="../ui/shell/SettingsPages.cpp" line="-107"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new language applies the next time Baza starts.</source>
        <translation>Nowy język zostanie zastosowany przy następnym uruchomieniu Bazy.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lock after minutes without use</source>
        <translation>Blokuj po tylu minutach bezczynności</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <translation>Nigdy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Blokuj po bezczynności:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database locks itself after this long without a key press or mouse movement. Ctrl+L locks at once.</source>
        <translation>Baza danych blokuje się sama po takim czasie bez naciśnięcia klawisza lub ruchu myszy. Ctrl+L blokuje natychmiast.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
</context>
<context>
    <name>baza::ui::ImportFilePage</name>
    <message>
        <location filename="../ui/importer/ImportPages.cpp" line="+43"/>
        <source>Choose a file</source>
        <translation>Wybierz plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file from Excel, Google, Outlook or another CRM, or vCards (.vcf).</source>
        <translation>Plik CSV z Excela, Google, Outlooka lub innego CRM albo wizytówki vCard (.vcf).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File to import</source>
        <translation>Plik do zaimportowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path to a .csv, .txt or .vcf file</source>
        <translation>Ścieżka do pliku .csv, .txt lub .vcf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What the file holds</source>
        <translation>Co zawiera plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import as:</source>
        <translation>&amp;Importuj jako:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no file at this path.</source>
        <translation>Pod tą ścieżką nie ma pliku.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This file cannot be read (permissions).</source>
        <translation>Nie można odczytać tego pliku (uprawnienia).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCards become contacts.</source>
        <translation>Wizytówki vCard stają się kontaktami.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Import from</source>
        <translation>Importuj z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts files (*.csv *.txt *.tsv *.vcf *.vcard);;All files (*)</source>
        <translation>Pliki kontaktów (*.csv *.txt *.tsv *.vcf *.vcard);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>baza::ui::ImportHistoryDialog</name>
    <message>
        <location filename="../ui/importer/ImporterActions.cpp" line="-11"/>
        <source>Import &amp;history…</source>
        <translation>&amp;Historia importów…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Past imports, and undoing one</source>
        <translation>Wcześniejsze importy i ich cofanie</translation>
    </message>
    <message>
        <location filename="../ui/importer/ImportHistoryDialog.cpp" line="+39"/>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+1"/>
        <source>Import history</source>
        <translation>Historia importów</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Records</source>
        <translation>Rekordy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Zaktualizowano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skipped</source>
        <translation>Pominięto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Errors</source>
        <translation>Błędy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Past imports</source>
        <translation>Wcześniejsze importy</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Records kept by the undo</source>
        <translation>Rekordy zachowane przy cofaniu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo import…</source>
        <translation>&amp;Cofnij import…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Undone %1</source>
        <translation>Cofnięto %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported</source>
        <translation>Zaimportowano</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No imports yet.</source>
        <translation>Nie było jeszcze importów.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+9"/>
        <source>Undo import</source>
        <translation>Cofnij import</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Undo the import of %1 from %2?</source>
        <translation>Cofnąć import pliku %1 z %2?</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n record(s) it created will be removed</source>
        <translation>
            <numerusform>%n utworzony przez niego rekord zostanie usunięty</numerusform>
            <numerusform>%n utworzone przez niego rekordy zostaną usunięte</numerusform>
            <numerusform>%n utworzonych przez niego rekordów zostanie usuniętych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s) it updated will be set back.</source>
        <translation>
            <numerusform>%n zaktualizowany przez niego rekord wróci do poprzedniego stanu.</numerusform>
            <numerusform>%n zaktualizowane przez niego rekordy wrócą do poprzedniego stanu.</numerusform>
            <numerusform>%n zaktualizowanych przez niego rekordów wróci do poprzedniego stanu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records changed by hand since the import are kept as they are.</source>
        <translation>Rekordy zmienione ręcznie po imporcie zostaną zachowane bez zmian.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Undoing…</source>
        <translation>Cofanie…</translation>
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
        <translation>(pomiń)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Baza field for %1</source>
        <translation>Pole Bazy dla %1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Map the columns</source>
        <translation>Przypisz kolumny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where each column of the file goes in Baza. Change a field with a double-click or F2; columns set to “(ignore)” are not imported.</source>
        <translation>Gdzie w Bazie trafia każda kolumna pliku. Zmień pole dwuklikiem lub klawiszem F2; kolumny ustawione na „(pomiń)” nie są importowane.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Column in the file</source>
        <translation>Kolumna w pliku</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sample values</source>
        <translation>Przykładowe wartości</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baza field</source>
        <translation>Pole Bazy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column mapping</source>
        <translation>Przypisanie kolumn</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Save mapping…</source>
        <translation>&amp;Zapisz mapowanie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Wczytaj mapowanie…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Country of phone numbers without a country code</source>
        <translation>Kraj numerów telefonów bez kierunkowego kraju</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Phone numbers written without a country code are from:</source>
        <translation>&amp;Numery telefonów zapisane bez kierunkowego kraju pochodzą z:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>First rows after mapping</source>
        <translation>Pierwsze wiersze po przypisaniu</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No export format recognised: columns were matched by their names.</source>
        <translation>Nie rozpoznano formatu eksportu: kolumny dopasowano po nazwach.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised format: %1 export.</source>
        <translation>Rozpoznany format: eksport %1.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Double-click or press F2 to choose another field</source>
        <translation>Kliknij dwukrotnie lub naciśnij F2, aby wybrać inne pole</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Not imported: %1</source>
        <translation>Nie zostanie zaimportowany: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Imported without %n value(s)</source>
        <translation>
            <numerusform>Import bez %n wartości</numerusform>
            <numerusform>Import bez %n wartości</numerusform>
            <numerusform>Import bez %n wartości</numerusform>
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
            <numerusform>Pierwszy wiersz w postaci, w jakiej zostanie zaimportowany.</numerusform>
            <numerusform>Pierwsze %n wiersze w postaci, w jakiej zostaną zaimportowane.</numerusform>
            <numerusform>Pierwszych %n wierszy w postaci, w jakiej zostaną zaimportowane.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) have values that will be left out (marked; the reason is in the tooltip).</source>
        <translation>
            <numerusform>%n wiersz ma wartości, które zostaną pominięte (oznaczone; powód w podpowiedzi).</numerusform>
            <numerusform>%n wiersze mają wartości, które zostaną pominięte (oznaczone; powód w podpowiedzi).</numerusform>
            <numerusform>%n wierszy ma wartości, które zostaną pominięte (oznaczone; powód w podpowiedzi).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) will not be imported.</source>
        <translation>
            <numerusform>%n wiersz nie zostanie zaimportowany.</numerusform>
            <numerusform>%n wiersze nie zostaną zaimportowane.</numerusform>
            <numerusform>%n wierszy nie zostanie zaimportowanych.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Most phone numbers of the file are not valid numbers of the chosen country, but they are valid in %1.</source>
        <translation>Większość numerów telefonów w pliku nie jest poprawna dla wybranego kraju, ale jest poprawna dla kraju: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read them as numbers from %1</source>
        <translation>Odczytaj je jako numery z kraju: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loaded %1.</source>
        <translation>Wczytano %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n mapped column(s) of it are not in this file.</source>
        <translation>
            <numerusform>%n przypisana w nim kolumna nie występuje w tym pliku.</numerusform>
            <numerusform>%n przypisane w nim kolumny nie występują w tym pliku.</numerusform>
            <numerusform>%n przypisanych w nim kolumn nie występuje w tym pliku.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save mapping</source>
        <translation>Zapisz mapowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Mappings (*.json)</source>
        <translation>Mapowania (*.json)</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Mapping saved to %1.</source>
        <translation>Zapisano mapowanie do %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load mapping</source>
        <translation>Wczytaj mapowanie</translation>
    </message>
</context>
<context>
    <name>baza::ui::ImportPolicyPage</name>
    <message>
        <location filename="../ui/importer/ImportRunPages.cpp" line="+58"/>
        <source>Duplicates</source>
        <translation>Duplikaty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A row is a duplicate when its email or phone (or, for companies, the name) matches a record Baza already has, or an earlier row of the file.</source>
        <translation>Wiersz jest duplikatem, gdy jego e-mail lub telefon (a w przypadku firm nazwa) pasuje do rekordu, który Baza już ma, albo do wcześniejszego wiersza pliku.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Skip</source>
        <translation>&amp;Pomiń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave the existing record as it is and count the row as a duplicate.</source>
        <translation>Zostaw istniejący rekord bez zmian i policz wiersz jako duplikat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fill empty fields</source>
        <translation>&amp;Uzupełnij puste pola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill the fields the existing record leaves empty and add new emails and phones; nothing it already has is changed.</source>
        <translation>Uzupełnij pola, które istniejący rekord ma puste, i dodaj nowe adresy e-mail oraz telefony; nic, co już ma, nie zostanie zmienione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Nadpisz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the existing values with the row&apos;s non-empty values.</source>
        <translation>Zastąp istniejące wartości niepustymi wartościami z wiersza.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create anyway</source>
        <translation>&amp;Utwórz mimo to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a new record even though a matching one exists (you can merge them later with Tools → Find duplicates).</source>
        <translation>Dodaj nowy rekord, mimo że pasujący już istnieje (możesz je później scalić: Narzędzia → Znajdź duplikaty).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Looking for rows that match records Baza already has…</source>
        <translation>Szukanie wierszy pasujących do rekordów, które Baza już ma…</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Looking for rows that match records Baza already has… (%Ln row(s) read)</source>
        <translation>
            <numerusform>Szukanie wierszy pasujących do rekordów, które Baza już ma… (odczytano %Ln wiersz)</numerusform>
            <numerusform>Szukanie wierszy pasujących do rekordów, które Baza już ma… (odczytano %Ln wiersze)</numerusform>
            <numerusform>Szukanie wierszy pasujących do rekordów, które Baza już ma… (odczytano %Ln wierszy)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file could not be checked for duplicates: %1</source>
        <translation>Nie udało się sprawdzić pliku pod kątem duplikatów: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No row of the file matches a record Baza already has.</source>
        <translation>Żaden wiersz pliku nie pasuje do rekordu, który Baza już ma.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) of the file match records Baza already has.</source>
        <translation>
            <numerusform>%Ln wiersz pliku pasuje do rekordów, które Baza już ma.</numerusform>
            <numerusform>%Ln wiersze pliku pasują do rekordów, które Baza już ma.</numerusform>
            <numerusform>%Ln wierszy pliku pasuje do rekordów, które Baza już ma.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln row(s) repeat an earlier row of the file.</source>
        <translation>
            <numerusform>%Ln wiersz powtarza wcześniejszy wiersz pliku.</numerusform>
            <numerusform>%Ln wiersze powtarzają wcześniejsze wiersze pliku.</numerusform>
            <numerusform>%Ln wierszy powtarza wcześniejsze wiersze pliku.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::ImportPreviewPage</name>
    <message>
        <location filename="../ui/importer/ImportPages.cpp" line="-97"/>
        <source>comma</source>
        <translation>przecinek</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolon</source>
        <translation>średnik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vertical bar</source>
        <translation>pionowa kreska</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Check the text</source>
        <translation>Sprawdź tekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first rows as Baza reads them. If letters look wrong or everything is in one column, choose another encoding or delimiter.</source>
        <translation>Pierwsze wiersze tak, jak odczytuje je Baza. Jeśli litery wyglądają źle albo wszystko jest w jednej kolumnie, wybierz inne kodowanie lub separator.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encoding</source>
        <translation>Kodowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>As detected</source>
        <translation>Wykryte automatycznie</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Delimiter</source>
        <translation>Separator</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>First rows of the file</source>
        <translation>Pierwsze wiersze pliku</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodowanie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The file has no rows to import.</source>
        <translation>Plik nie zawiera wierszy do zaimportowania.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Encoding %1 (detected).</source>
        <translation>Kodowanie %1 (wykryte).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding %1 (chosen).</source>
        <translation>Kodowanie %1 (wybrane).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delimiter: %1 (detected).</source>
        <translation>Separator: %1 (wykryty).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter: %1 (chosen).</source>
        <translation>Separator: %1 (wybrany).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Showing the first %n row(s).</source>
        <translation>
            <numerusform>Widoczny jest pierwszy wiersz.</numerusform>
            <numerusform>Widoczne są pierwsze %n wiersze.</numerusform>
            <numerusform>Widocznych jest pierwszych %n wierszy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) in the file.</source>
        <translation>
            <numerusform>%n wiersz w pliku.</numerusform>
            <numerusform>%n wiersze w pliku.</numerusform>
            <numerusform>%n wierszy w pliku.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) have a different number of columns than the header.</source>
        <translation>
            <numerusform>%n wiersz ma inną liczbę kolumn niż nagłówek.</numerusform>
            <numerusform>%n wiersze mają inną liczbę kolumn niż nagłówek.</numerusform>
            <numerusform>%n wierszy ma inną liczbę kolumn niż nagłówek.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::ImportRunPage</name>
    <message>
        <location filename="../ui/importer/ImportRunPages.cpp" line="-151"/>
        <source>under a second</source>
        <translation>poniżej sekundy</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n sekunda</numerusform>
            <numerusform>%n sekundy</numerusform>
            <numerusform>%n sekund</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message>
        <location line="+171"/>
        <source>Importing</source>
        <translation>Importowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The import is written as one step: if it is cancelled or fails, nothing of it is kept.</source>
        <translation>Import jest zapisywany jako jeden krok: jeśli zostanie anulowany lub się nie powiedzie, nic z niego nie zostanie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Dalej &gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import progress</source>
        <translation>Postęp importu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Cancel import…</source>
        <translation>&amp;Anuluj import…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Importing %1…</source>
        <translation>Importowanie %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting…</source>
        <translation>Rozpoczynanie…</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <location line="+3"/>
        <source>%Ln row(s) done</source>
        <translation>
            <numerusform>%Ln wiersz gotowy</numerusform>
            <numerusform>%Ln wiersze gotowe</numerusform>
            <numerusform>%Ln wierszy gotowych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>of about %Ln</source>
        <translation>
            <numerusform>z około %Ln</numerusform>
            <numerusform>z około %Ln</numerusform>
            <numerusform>z około %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln row(s) per second</source>
        <translation>
            <numerusform>%Ln wiersz na sekundę</numerusform>
            <numerusform>%Ln wiersze na sekundę</numerusform>
            <numerusform>%Ln wierszy na sekundę</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>about %1 left</source>
        <translation>zostało około %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel import</source>
        <translation>Anuluj import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the import? Nothing of it will be kept: the rows imported so far are rolled back.</source>
        <translation>Zatrzymać import? Nic z niego nie zostanie: zaimportowane dotąd wiersze zostaną wycofane.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop and discard</source>
        <translation>Zatrzymaj i odrzuć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue importing</source>
        <translation>Kontynuuj import</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelling: rolling back…</source>
        <translation>Anulowanie: wycofywanie zmian…</translation>
    </message>
</context>
<context>
    <name>baza::ui::ImportSummaryPage</name>
    <message numerus="yes">
        <location line="+19"/>
        <source>Undone: %n record(s) removed</source>
        <translation>
            <numerusform>Cofnięto: usunięto %n rekord</numerusform>
            <numerusform>Cofnięto: usunięto %n rekordy</numerusform>
            <numerusform>Cofnięto: usunięto %n rekordów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) set back</source>
        <translation>
            <numerusform>%n rekord przywrócony do poprzedniego stanu</numerusform>
            <numerusform>%n rekordy przywrócone do poprzedniego stanu</numerusform>
            <numerusform>%n rekordów przywróconych do poprzedniego stanu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) kept because they were changed by hand after the import or are in use:</source>
        <translation>
            <numerusform>%n rekord zachowany, bo po imporcie zmieniono go ręcznie lub jest używany:</numerusform>
            <numerusform>%n rekordy zachowane, bo po imporcie zmieniono je ręcznie lub są używane:</numerusform>
            <numerusform>%n rekordów zachowanych, bo po imporcie zmieniono je ręcznie lub są używane:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems found in the file</source>
        <translation>Problemy znalezione w pliku</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save error &amp;report…</source>
        <translation>Zapisz &amp;raport błędów…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo this import</source>
        <translation>&amp;Cofnij ten import</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The import failed; nothing was imported.</source>
        <translation>Import się nie powiódł; nic nie zostało zaimportowane.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Import został anulowany; nic nie zostało zaimportowane.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1 in %2.</source>
        <translation>Zaimportowano %1 w %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln row(s) read</source>
        <translation>
            <numerusform>%Ln wiersz odczytany</numerusform>
            <numerusform>%Ln wiersze odczytane</numerusform>
            <numerusform>%Ln wierszy odczytanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s) created</source>
        <translation>
            <numerusform>%Ln rekord utworzony</numerusform>
            <numerusform>%Ln rekordy utworzone</numerusform>
            <numerusform>%Ln rekordów utworzonych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln existing record(s) updated</source>
        <translation>
            <numerusform>%Ln istniejący rekord zaktualizowany</numerusform>
            <numerusform>%Ln istniejące rekordy zaktualizowane</numerusform>
            <numerusform>%Ln istniejących rekordów zaktualizowanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln duplicate(s) of existing records or earlier rows</source>
        <translation>
            <numerusform>%Ln duplikat istniejących rekordów lub wcześniejszych wierszy</numerusform>
            <numerusform>%Ln duplikaty istniejących rekordów lub wcześniejszych wierszy</numerusform>
            <numerusform>%Ln duplikatów istniejących rekordów lub wcześniejszych wierszy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) skipped</source>
        <translation>
            <numerusform>%Ln wiersz pominięty</numerusform>
            <numerusform>%Ln wiersze pominięte</numerusform>
            <numerusform>%Ln wierszy pominiętych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln row(s) with errors, not imported</source>
        <translation>
            <numerusform>%Ln wiersz z błędami, niezaimportowany</numerusform>
            <numerusform>%Ln wiersze z błędami, niezaimportowane</numerusform>
            <numerusform>%Ln wierszy z błędami, niezaimportowanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln value(s) left out (kept in the custom field import_rejected)</source>
        <translation>
            <numerusform>%Ln wartość pominięta (zachowana w polu własnym import_rejected)</numerusform>
            <numerusform>%Ln wartości pominięte (zachowane w polu własnym import_rejected)</numerusform>
            <numerusform>%Ln wartości pominiętych (zachowanych w polu własnym import_rejected)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln company(ies) created for the contacts</source>
        <translation>
            <numerusform>%Ln firma utworzona dla kontaktów</numerusform>
            <numerusform>%Ln firmy utworzone dla kontaktów</numerusform>
            <numerusform>%Ln firm utworzonych dla kontaktów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No problems found.</source>
        <translation>Nie znaleziono problemów.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The first %n problem(s); the error report lists all.</source>
        <translation>
            <numerusform>Pierwszy problem; raport błędów zawiera wszystkie.</numerusform>
            <numerusform>Pierwsze %n problemy; raport błędów zawiera wszystkie.</numerusform>
            <numerusform>Pierwszych %n problemów; raport błędów zawiera wszystkie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n problem(s):</source>
        <translation>
            <numerusform>%n problem:</numerusform>
            <numerusform>%n problemy:</numerusform>
            <numerusform>%n problemów:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save error report</source>
        <translation>Zapisz raport błędów</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>-errors</source>
        <translation>-bledy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error report saved to %1.</source>
        <translation>Zapisano raport błędów do %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>Undo import</source>
        <translation>Cofnij import</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Undo this import?</source>
        <translation>Cofnąć ten import?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s) it created will be removed</source>
        <translation>
            <numerusform>%n utworzony przez niego rekord zostanie usunięty</numerusform>
            <numerusform>%n utworzone przez niego rekordy zostaną usunięte</numerusform>
            <numerusform>%n utworzonych przez niego rekordów zostanie usuniętych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s) it updated will be set back.</source>
        <translation>
            <numerusform>%n zaktualizowany przez niego rekord wróci do poprzedniego stanu.</numerusform>
            <numerusform>%n zaktualizowane przez niego rekordy wrócą do poprzedniego stanu.</numerusform>
            <numerusform>%n zaktualizowanych przez niego rekordów wróci do poprzedniego stanu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records changed by hand since are kept.</source>
        <translation>Rekordy zmienione od tego czasu ręcznie zostaną zachowane.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Undoing…</source>
        <translation>Cofanie…</translation>
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
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import contacts, companies or deals from CSV or vCard</source>
        <translation>Importuj kontakty, firmy lub transakcje z pliku CSV lub vCard</translation>
    </message>
    <message>
        <location filename="../ui/importer/ImportWizard.cpp" line="+15"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import wizard</source>
        <translation>Kreator importu</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>baza::ui::Keychain</name>
    <message>
        <location filename="../ui/shell/Keychain.cpp" line="+39"/>
        <source>The system keychain refused: %1</source>
        <translation>Systemowy pęk kluczy odmówił: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The system keychain does not answer.</source>
        <translation>Systemowy pęk kluczy nie odpowiada.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No system keychain is available on this computer (for example no Secret Service is running).</source>
        <translation>Na tym komputerze nie ma systemowego pęku kluczy (na przykład nie działa Secret Service).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The system keychain cannot be used: %1</source>
        <translation>Nie można użyć systemowego pęku kluczy: %1</translation>
    </message>
</context>
<context>
    <name>baza::ui::ListFilterBar</name>
    <message>
        <location filename="../ui/lists/ListFilterBar.cpp" line="+43"/>
        <source>Search contacts</source>
        <translation>Szukaj kontaktów</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search companies</source>
        <translation>Szukaj firm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, email, phone, company, city or tag</source>
        <translation>Szukaj po imieniu i nazwisku, e-mailu, telefonie, firmie, mieście lub tagu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, domain, industry or city</source>
        <translation>Szukaj po nazwie, domenie, branży lub mieście</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lifecycle stage</source>
        <translation>Etap cyklu życia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any stage</source>
        <translation>Dowolny etap</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last contacted</source>
        <translation>Ostatni kontakt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created from</source>
        <translation>Utworzono od</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created until</source>
        <translation>Utworzono do</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Contacted any time</source>
        <translation>Kontakt w dowolnym czasie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never contacted</source>
        <translation>Bez kontaktu</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+126"/>
        <source>Not contacted in %n day(s)</source>
        <translation>
            <numerusform>Bez kontaktu od %n dnia</numerusform>
            <numerusform>Bez kontaktu od %n dni</numerusform>
            <numerusform>Bez kontaktu od %n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-123"/>
        <location line="+122"/>
        <source>Contacted in the last %n day(s)</source>
        <translation>
            <numerusform>Kontakt w ciągu ostatniego %n dnia</numerusform>
            <numerusform>Kontakt w ciągu ostatnich %n dni</numerusform>
            <numerusform>Kontakt w ciągu ostatnich %n dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Created any time</source>
        <translation>Utworzono w dowolnym czasie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created today</source>
        <translation>Utworzono dzisiaj</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Created in the last %n day(s)</source>
        <translation>
            <numerusform>Utworzono w ciągu ostatniego %n dnia</numerusform>
            <numerusform>Utworzono w ciągu ostatnich %n dni</numerusform>
            <numerusform>Utworzono w ciągu ostatnich %n dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created between…</source>
        <translation>Utworzono między…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Any tag</source>
        <translation>Dowolny tag</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Any owner</source>
        <translation>Dowolny właściciel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No owner</source>
        <translation>Bez właściciela</translation>
    </message>
</context>
<context>
    <name>baza::ui::LostReasonDialog</name>
    <message>
        <location filename="../ui/deals/LostReasonDialog.cpp" line="+22"/>
        <location line="+16"/>
        <source>Mark as lost</source>
        <translation>Oznacz jako przegraną</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Lost reason</source>
        <translation>Powód utraty</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose or type a reason</source>
        <translation>Wybierz lub wpisz powód</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why was “%1” lost?</source>
        <translation>Dlaczego „%1” została przegrana?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Powód:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Say why the deal was lost.</source>
        <translation>Podaj, dlaczego transakcja została przegrana.</translation>
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
        <translation>Sekcje</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deals</source>
        <translation>Transakcje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>Pulpit</translation>
    </message>
    <message>
        <location line="+18"/>
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
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;contact…</source>
        <translation>Nowy &amp;kontakt…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New c&amp;ompany…</source>
        <translation>Nowa &amp;firma…</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo the last change made on this computer</source>
        <translation>Cofnij ostatnią zmianę wprowadzoną na tym komputerze</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Go</source>
        <translation>&amp;Przejdź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search everywhere…</source>
        <translation>&amp;Szukaj wszędzie…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Tools</source>
        <translation>&amp;Narzędzia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Baza</source>
        <translation>&amp;O programie Baza</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That record no longer exists.</source>
        <translation>Ten rekord już nie istnieje.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Undone: %1</source>
        <translation>Cofnięto: %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Unlocked. Lock with Ctrl+L; automatic locking is off.</source>
        <translation>Odblokowano. Zablokuj skrótem Ctrl+L; automatyczne blokowanie jest wyłączone.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Unlocked. Locks by itself in %n minute(s) without use; Ctrl+L locks now.</source>
        <translation>
            <numerusform>Odblokowano. Zablokuje się sama po %n minucie bezczynności; Ctrl+L blokuje teraz.</numerusform>
            <numerusform>Odblokowano. Zablokuje się sama po %n minutach bezczynności; Ctrl+L blokuje teraz.</numerusform>
            <numerusform>Odblokowano. Zablokuje się sama po %n minutach bezczynności; Ctrl+L blokuje teraz.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location filename="../ui/shell/NewDatabaseDialog.cpp" line="+26"/>
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
    <name>baza::ui::NewRecordDialog</name>
    <message>
        <location filename="../ui/cards/NewRecordDialog.cpp" line="+32"/>
        <source>New contact</source>
        <translation>Nowy kontakt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New company</source>
        <translation>Nowa firma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;First name</source>
        <translation>&amp;Imię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Company</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Job title</source>
        <translation>&amp;Stanowisko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Domain</source>
        <translation>&amp;Domena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ity</source>
        <translation>&amp;Miasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;ndustry</source>
        <translation>&amp;Branża</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 already belongs to %2.</source>
        <translation>%1 należy już do: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone number %1 already belongs to %2.</source>
        <translation>Numer telefonu %1 należy już do: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There already is a company named %1.</source>
        <translation>Istnieje już firma o nazwie %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open them with the link, or create a new record anyway.</source>
        <translation>Otwórz ten rekord za pomocą odnośnika albo mimo to utwórz nowy.</translation>
    </message>
</context>
<context>
    <name>baza::ui::NotificationBar</name>
    <message>
        <location filename="../ui/shell/NotificationBar.cpp" line="+15"/>
        <source>Notification</source>
        <translation>Powiadomienie</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dismiss</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the notification</source>
        <translation>Zamknij powiadomienie</translation>
    </message>
</context>
<context>
    <name>baza::ui::OverwrittenDialog</name>
    <message>
        <location filename="../ui/sync/OverwrittenDialog.cpp" line="+37"/>
        <source>Overwritten by a newer change</source>
        <translation>Nadpisane przez nowszą zmianę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When you and someone else change the same field, the newer change wins on every computer. These are your values that lost. Restore yours to make it the newest change again.</source>
        <translation>Gdy Ty i ktoś inny zmienicie to samo pole, na każdym komputerze wygrywa nowsza zmiana. Oto Twoje wartości, które przegrały. Przywróć swoją, aby znów stała się najnowszą zmianą.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overwritten values</source>
        <translation>Nadpisane wartości</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Restore mine</source>
        <translation>&amp;Przywróć moją</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write your value again; it becomes the newest change everywhere</source>
        <translation>Zapisz ponownie swoją wartość; stanie się najnowszą zmianą wszędzie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Odrzuć</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the winning value and take the row off this list</source>
        <translation>Zachowaj wygrywającą wartość i usuń wiersz z tej listy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open record</source>
        <translation>Otwórz &amp;rekord</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Nothing of yours has been overwritten.</source>
        <translation>Żadna z Twoich wartości nie została nadpisana.</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n value(s) restored; they go to the server with the next sync.</source>
        <translation>
            <numerusform>Przywrócono %n wartość; trafi na serwer przy następnej synchronizacji.</numerusform>
            <numerusform>Przywrócono %n wartości; trafią na serwer przy następnej synchronizacji.</numerusform>
            <numerusform>Przywrócono %n wartości; trafią na serwer przy następnej synchronizacji.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::OverwrittenModel</name>
    <message>
        <location filename="../ui/sync/SyncModels.cpp" line="+162"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Aktywność</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Pipeline</source>
        <translation>Lejek sprzedaży</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The whole record</source>
        <translation>Cały rekord</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Private</source>
        <translation>Prywatne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>Przypomnienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned to</source>
        <translation>Przypisane do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Treść</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+79"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>(no longer here)</source>
        <translation>(już nie istnieje)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>your edits</source>
        <translation>Twoje zmiany</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (restored)</source>
        <translation>%1 (przywrócono)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>deleted</source>
        <translation>usunięto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another device</source>
        <translation>inne urządzenie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the server</source>
        <translation>serwer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused by the server when this computer sent it</source>
        <translation>Odrzucone przez serwer przy wysyłaniu z tego komputera</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your value</source>
        <translation>Twoja wartość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Winning value</source>
        <translation>Wygrywająca wartość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed by</source>
        <translation>Zmienione przez</translation>
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
    <name>baza::ui::PipelineEditorDialog</name>
    <message>
        <location filename="../ui/deals/PipelineEditorDialog.cpp" line="+43"/>
        <location line="+64"/>
        <source>Pipelines and stages</source>
        <translation>Lejki i etapy</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+26"/>
        <source>Pipelines</source>
        <translation>Lejki</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Stages</source>
        <translation>Etapy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Win probability (%)</source>
        <translation>Prawdopodobieństwo wygranej (%)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rotting after (days)</source>
        <translation>Zalega po (dniach)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+47"/>
        <source>Lost reasons</source>
        <translation>Powody utraty</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+30"/>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Add stage</source>
        <translation>Dodaj etap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Przenieś wyżej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Przenieś niżej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove stage…</source>
        <translation>Usuń etap…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stages, in board order (double-click to edit)</source>
        <translation>Etapy w kolejności na tablicy (kliknij dwukrotnie, aby edytować)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The reasons offered when a deal is marked as lost (double-click to edit).</source>
        <translation>Powody proponowane przy oznaczaniu transakcji jako przegranej (kliknij dwukrotnie, aby edytować).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add lost reason</source>
        <translation>Dodaj powód utraty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason:</source>
        <translation>Powód:</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Add pipeline</source>
        <translation>Dodaj lejek</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>New</source>
        <translation>Nowy</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rename pipeline</source>
        <translation>Zmień nazwę lejka</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New stage</source>
        <translation>Nowy etap</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Remove stage</source>
        <translation>Usuń etap</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>“%1” holds %n deal(s). Move them to:</source>
        <translation>
            <numerusform>Na etapie „%1” jest %n transakcja. Przenieś ją do:</numerusform>
            <numerusform>Na etapie „%1” są %n transakcje. Przenieś je do:</numerusform>
            <numerusform>Na etapie „%1” jest %n transakcji. Przenieś je do:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Win probability must be a whole number from 0 to 100.</source>
        <translation>Prawdopodobieństwo wygranej musi być liczbą całkowitą od 0 do 100.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rotting days must be a whole number, or empty for never.</source>
        <translation>Liczba dni do zalegania musi być liczbą całkowitą lub pusta (nigdy).</translation>
    </message>
</context>
<context>
    <name>baza::ui::PreviewModel</name>
    <message>
        <location filename="../ui/importer/PreviewModel.cpp" line="+50"/>
        <source>Column %1</source>
        <translation>Kolumna %1</translation>
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
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deal</source>
        <translation>Transakcja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
</context>
<context>
    <name>baza::ui::QuickSearchPopup</name>
    <message>
        <location line="+10"/>
        <source>Search everywhere</source>
        <translation>Szukaj wszędzie</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Search contacts, companies and deals</source>
        <translation>Szukaj kontaktów, firm i transakcji</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search results</source>
        <translation>Wyniki wyszukiwania</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Type a name, email, phone, company or deal.</source>
        <translation>Wpisz imię i nazwisko, e-mail, telefon, firmę lub transakcję.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing matches “%1”.</source>
        <translation>Nic nie pasuje do „%1”.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n result(s) — Enter opens, Esc closes</source>
        <translation>
            <numerusform>%n wynik — Enter otwiera, Esc zamyka</numerusform>
            <numerusform>%n wyniki — Enter otwiera, Esc zamyka</numerusform>
            <numerusform>%n wyników — Enter otwiera, Esc zamyka</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::RatesDialog</name>
    <message>
        <location filename="../ui/deals/RatesDialog.cpp" line="+42"/>
        <source>Currencies and exchange rates</source>
        <translation>Waluty i kursy wymiany</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base currency</source>
        <translation>Waluta bazowa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exchange rates</source>
        <translation>Kursy wymiany</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+10"/>
        <source>Valid from</source>
        <translation>Obowiązuje od</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+13"/>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 4.2735</source>
        <translation>np. 4.2735</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add rate</source>
        <translation>Dodaj kurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove selected</source>
        <translation>Usuń zaznaczone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Base currency (totals and forecasts):</source>
        <translation>&amp;Waluta bazowa (sumy i prognozy):</translation>
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
        <translation>od</translation>
    </message>
</context>
<context>
    <name>baza::ui::RecentDatabasesView</name>
    <message>
        <location filename="../ui/shell/RecentDatabasesView.cpp" line="+61"/>
        <source>%1 · file not found</source>
        <translation>%1 · nie znaleziono pliku</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · opened %2</source>
        <translation>%1 · otwarto %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recent databases</source>
        <translation>Ostatnie bazy danych</translation>
    </message>
</context>
<context>
    <name>baza::ui::RecordCard</name>
    <message>
        <location filename="../ui/cards/RecordCard.cpp" line="+34"/>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Undone: %1</source>
        <translation>Cofnięto: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Log a note</source>
        <translation>Dodaj notatkę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a call</source>
        <translation>Zapisz rozmowę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log a meeting</source>
        <translation>Zapisz spotkanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log an email</source>
        <translation>Zapisz e-mail</translation>
    </message>
</context>
<context>
    <name>baza::ui::RecordListPage</name>
    <message>
        <location filename="../ui/lists/RecordListPage.cpp" line="+55"/>
        <location line="+6"/>
        <location line="+299"/>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location line="-305"/>
        <location line="+6"/>
        <location line="+299"/>
        <source>Companies</source>
        <translation>Firmy</translation>
    </message>
    <message>
        <location line="-294"/>
        <source>Number of records</source>
        <translation>Liczba rekordów</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save as &amp;segment…</source>
        <translation>Zapisz jako &amp;segment…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Update segment</source>
        <translation>&amp;Zaktualizuj segment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear filters</source>
        <translation>Wyczyść &amp;filtry</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colu&amp;mns</source>
        <translation>&amp;Kolumny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose columns</source>
        <translation>Wybierz kolumny</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;xport list…</source>
        <translation>E&amp;ksportuj listę…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the contacts this list shows to a CSV or vCard file</source>
        <translation>Eksportuj kontakty widoczne na tej liście do pliku CSV lub vCard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the contacts of this list</source>
        <translation>Eksportuj kontakty z tej listy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Contact list</source>
        <translation>Lista kontaktów</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Company list</source>
        <translation>Lista firm</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Delete selected</source>
        <translation>Usuń zaznaczone</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Convert to deal…</source>
        <translation>Konwertuj na transakcję…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose one person to convert to a deal.</source>
        <translation>Wybierz jedną osobę do konwersji na transakcję.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Counting…</source>
        <translation>Liczenie…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln kontakt</numerusform>
            <numerusform>%Ln kontakty</numerusform>
            <numerusform>%Ln kontaktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln company(ies)</source>
        <translation>
            <numerusform>%Ln firma</numerusform>
            <numerusform>%Ln firmy</numerusform>
            <numerusform>%Ln firm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln matching contact(s)</source>
        <translation>
            <numerusform>%Ln pasujący kontakt</numerusform>
            <numerusform>%Ln pasujące kontakty</numerusform>
            <numerusform>%Ln pasujących kontaktów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln matching company(ies)</source>
        <translation>
            <numerusform>%Ln pasująca firma</numerusform>
            <numerusform>%Ln pasujące firmy</numerusform>
            <numerusform>%Ln pasujących firm</numerusform>
        </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Save as segment</source>
        <translation>Zapisz jako segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the segment:</source>
        <translation>Nazwa segmentu:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The segment was not saved: %1</source>
        <translation>Segment nie został zapisany: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved segment “%1”.</source>
        <translation>Zapisano segment „%1”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The segment was not updated: %1</source>
        <translation>Segment nie został zaktualizowany: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated segment “%1”.</source>
        <translation>Zaktualizowano segment „%1”.</translation>
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
        <translation>%1 — %2, termin %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — due %2</source>
        <translation>%1 — termin %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>(and %n more)</source>
        <translation>
            <numerusform>(i jeszcze %n)</numerusform>
            <numerusform>(i jeszcze %n)</numerusform>
            <numerusform>(i jeszcze %n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder</source>
        <translation>Przypomnienie</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Snooze</source>
        <translation>Odłóż</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No reminders due</source>
        <translation>Brak zaległych przypomnień</translation>
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
    <name>baza::ui::SegmentNavigator</name>
    <message>
        <location filename="../ui/lists/SegmentNavigator.cpp" line="+94"/>
        <source>Rename segment…</source>
        <translation>Zmień nazwę segmentu…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+210"/>
        <source>Delete segment</source>
        <translation>Usuń segment</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%Ln company(ies)</source>
        <translation>
            <numerusform>%Ln firma</numerusform>
            <numerusform>%Ln firmy</numerusform>
            <numerusform>%Ln firm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln kontakt</numerusform>
            <numerusform>%Ln kontakty</numerusform>
            <numerusform>%Ln kontaktów</numerusform>
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
        <translation>Zmień nazwę segmentu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name of “%1”:</source>
        <translation>Nowa nazwa segmentu „%1”:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Renamed the segment to “%1”.</source>
        <translation>Zmieniono nazwę segmentu na „%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The segment was not renamed: %1</source>
        <translation>Nie zmieniono nazwy segmentu: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the segment “%1”? The records in it stay; only the saved filters go.</source>
        <translation>Usunąć segment „%1”? Rekordy w nim pozostaną; znikną tylko zapisane filtry.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deleted the segment “%1”. Edit → Undo brings it back.</source>
        <translation>Usunięto segment „%1”. Edycja → Cofnij przywraca go.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The segment was not deleted: %1</source>
        <translation>Segment nie został usunięty: %1</translation>
    </message>
</context>
<context>
    <name>baza::ui::ServerSettingsPage</name>
    <message>
        <location filename="../ui/sync/ServerSettingsPage.cpp" line="+60"/>
        <source>Connect this database to your team&apos;s Baza server to share contacts, companies and deals. Your administrator gives you the address, the organization and your user name.</source>
        <translation>Połącz tę bazę danych z serwerem Baza swojego zespołu, aby współdzielić kontakty, firmy i transakcje. Adres, organizację i nazwę użytkownika poda Ci administrator.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server address</source>
        <translation>Adres serwera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organization</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Connect</source>
        <translation>&amp;Połącz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connecting</source>
        <translation>Łączenie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The password is used once to sign in and is not stored. This computer keeps only the session, inside the encrypted database.</source>
        <translation>Hasło jest używane jednorazowo do zalogowania i nie jest zapisywane. Ten komputer przechowuje tylko sesję, wewnątrz zaszyfrowanej bazy danych.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Adres serwera:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organizacja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>Nazwa &amp;użytkownika:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sync &amp;now</source>
        <translation>Synchronizuj &amp;teraz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Rozłącz…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;in again…</source>
        <translation>Zaloguj się &amp;ponownie…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Server:</source>
        <translation>Serwer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization:</source>
        <translation>Organizacja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as:</source>
        <translation>Zalogowano jako:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate:</source>
        <translation>Certyfikat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State:</source>
        <translation>Stan:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Connecting to %1…</source>
        <translation>Łączenie z %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter the server&apos;s address, e.g. https://crm.example.com.</source>
        <translation>Wpisz adres serwera, np. https://crm.example.com.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server address must start with https:// — Baza never sends your data unencrypted.</source>
        <translation>Adres serwera musi zaczynać się od https:// — Baza nigdy nie wysyła danych bez szyfrowania.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter your organization as your administrator named it.</source>
        <translation>Wpisz nazwę organizacji w takiej postaci, jaką nadał jej administrator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your user name.</source>
        <translation>Wpisz nazwę użytkownika.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter your password.</source>
        <translation>Wpisz hasło.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Not connected: the server&apos;s certificate was not trusted.</source>
        <translation>Nie połączono: certyfikat serwera nie został uznany za zaufany.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter your password to sign in again. Changes made meanwhile are kept and sent afterwards.</source>
        <translation>Wpisz hasło, aby zalogować się ponownie. Zmiany wprowadzone w międzyczasie zostaną zachowane i wysłane później.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Disconnect from the server</source>
        <translation>Rozłącz z serwerem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop syncing this database with %1? Everything stays on this computer; changes made from now on are sent if you connect again.</source>
        <translation>Zatrzymać synchronizację tej bazy danych z %1? Wszystko pozostanie na tym komputerze; zmiany wprowadzone od teraz zostaną wysłane, jeśli połączysz się ponownie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Rozłącz</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verified by this computer&apos;s certificate authorities</source>
        <translation>Zweryfikowany przez urzędy certyfikacji tego komputera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Self-signed, trusted by its SHA-256 fingerprint:
%1</source>
        <translation>Samopodpisany, zaufany na podstawie odcisku SHA-256:
%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;b&gt;The server&apos;s certificate has changed.&lt;/b&gt; Someone may be intercepting the connection, so sync has stopped.</source>
        <translation>&lt;b&gt;Certyfikat serwera się zmienił.&lt;/b&gt; Ktoś może przechwytywać połączenie, więc synchronizacja została zatrzymana.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You trusted:</source>
        <translation>Zaufano:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server now presents:</source>
        <translation>Serwer przedstawia teraz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your administrator confirms that the server has a new certificate, disconnect and connect again to check and trust its new fingerprint.</source>
        <translation>Jeśli administrator potwierdzi, że serwer ma nowy certyfikat, rozłącz się i połącz ponownie, aby sprawdzić i zaufać jego nowemu odciskowi.</translation>
    </message>
</context>
<context>
    <name>baza::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/shell/SettingsDialog.cpp" line="+19"/>
        <source>Preferences</source>
        <translation>Ustawienia</translation>
    </message>
</context>
<context>
    <name>baza::ui::SyncLogDialog</name>
    <message>
        <location filename="../ui/sync/SyncLogDialog.cpp" line="+25"/>
        <source>Sync log</source>
        <translation>Dziennik synchronizacji</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recent syncs</source>
        <translation>Ostatnie synchronizacje</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync &amp;now</source>
        <translation>Synchronizuj &amp;teraz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Overwritten values…</source>
        <translation>&amp;Nadpisane wartości…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server settings…</source>
        <translation>&amp;Ustawienia serwera…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent syncs:</source>
        <translation>Ostatnie synchronizacje:</translation>
    </message>
</context>
<context>
    <name>baza::ui::SyncLogModel</name>
    <message numerus="yes">
        <location filename="../ui/sync/SyncModels.cpp" line="-208"/>
        <source>%n change(s) refused by the server</source>
        <translation>
            <numerusform>%n zmiana odrzucona przez serwer</numerusform>
            <numerusform>%n zmiany odrzucone przez serwer</numerusform>
            <numerusform>%n zmian odrzuconych przez serwer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) already outdated on the server</source>
        <translation>
            <numerusform>%n zmiana już nieaktualna na serwerze</numerusform>
            <numerusform>%n zmiany już nieaktualne na serwerze</numerusform>
            <numerusform>%n zmian już nieaktualnych na serwerze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n checks with nothing new since %1</source>
        <translation>
            <numerusform>%n sprawdzenie bez nowości od %1</numerusform>
            <numerusform>%n sprawdzenia bez nowości od %1</numerusform>
            <numerusform>%n sprawdzeń bez nowości od %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n attempts since %1</source>
        <translation>
            <numerusform>%n próba od %1</numerusform>
            <numerusform>%n próby od %1</numerusform>
            <numerusform>%n prób od %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Synced</source>
        <translation>Zsynchronizowano</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Niepowodzenie</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>Odebrane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overwritten</source>
        <translation>Nadpisane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
</context>
<context>
    <name>baza::ui::SyncStatusBar</name>
    <message>
        <location filename="../ui/sync/SyncStatusBar.cpp" line="+61"/>
        <source>Values of yours that lost against newer changes; click to review or restore them</source>
        <translation>Twoje wartości, które przegrały z nowszymi zmianami; kliknij, aby je przejrzeć lub przywrócić</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync state</source>
        <translation>Stan synchronizacji</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sync &amp;now</source>
        <translation>Synchronizuj &amp;teraz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync &amp;log…</source>
        <translation>&amp;Dziennik synchronizacji…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Overwritten values…</source>
        <translation>&amp;Nadpisane wartości…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your values that lost against newer changes from others</source>
        <translation>Twoje wartości, które przegrały z nowszymi zmianami innych osób</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Click for the sync log.</source>
        <translation>Kliknij, aby otworzyć dziennik synchronizacji.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sync stopped: %1</source>
        <translation>Synchronizacja zatrzymana: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server settings…</source>
        <translation>Ustawienia serwera…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync log</source>
        <translation>Dziennik synchronizacji</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n overwritten</source>
        <translation>
            <numerusform>%n nadpisana</numerusform>
            <numerusform>%n nadpisane</numerusform>
            <numerusform>%n nadpisanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n value(s) of yours overwritten by newer changes</source>
        <translation>
            <numerusform>%n Twoja wartość nadpisana przez nowsze zmiany</numerusform>
            <numerusform>%n Twoje wartości nadpisane przez nowsze zmiany</numerusform>
            <numerusform>%n Twoich wartości nadpisanych przez nowsze zmiany</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::SyncWorker</name>
    <message>
        <location filename="../ui/sync/SyncService.cpp" line="+166"/>
        <source>Sync could not start on this database.</source>
        <translation>Nie można uruchomić synchronizacji dla tej bazy danych.</translation>
    </message>
</context>
<context>
    <name>baza::ui::TagChips</name>
    <message>
        <location filename="../ui/cards/TagChips.cpp" line="+25"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a tag</source>
        <translation>Dodaj tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ tag</source>
        <translation>+ tag</translation>
    </message>
</context>
<context>
    <name>baza::ui::TaskDelegate</name>
    <message>
        <location filename="../ui/tasks/TaskDelegate.cpp" line="+35"/>
        <source>No due date</source>
        <translation>Bez terminu</translation>
    </message>
</context>
<context>
    <name>baza::ui::TaskListModel</name>
    <message numerus="yes">
        <location filename="../ui/tasks/TaskListModel.cpp" line="+134"/>
        <source>%1: %n task(s)</source>
        <translation>
            <numerusform>%1: %n zadanie</numerusform>
            <numerusform>%1: %n zadania</numerusform>
            <numerusform>%1: %n zadań</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1, about %2</source>
        <translation>%1, dotyczy: %2</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upcoming</source>
        <translation>Nadchodzące</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Ukończone</translation>
    </message>
</context>
<context>
    <name>baza::ui::TasksList</name>
    <message>
        <location filename="../ui/cards/RelatedSections.cpp" line="+39"/>
        <source>Open tasks</source>
        <translation>Otwarte zadania</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>New task</source>
        <translation>Nowe zadanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ task, Enter to add</source>
        <translation>+ zadanie, Enter dodaje</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminder</source>
        <translation>Przypomnienie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reminder</source>
        <translation>Bez przypomnienia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind at due time</source>
        <translation>Przypomnij w terminie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15 minutes before</source>
        <translation>15 minut wcześniej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour before</source>
        <translation>Godzinę wcześniej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day before</source>
        <translation>Dzień wcześniej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add task</source>
        <translation>Dodaj zadanie</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Tick to complete</source>
        <translation>Zaznacz, aby ukończyć</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder: %1</source>
        <translation>Przypomnienie: %1</translation>
    </message>
</context>
<context>
    <name>baza::ui::TasksPage</name>
    <message>
        <location filename="../ui/tasks/TasksPage.cpp" line="+36"/>
        <source>No reminder</source>
        <translation>Bez przypomnienia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind at the due time</source>
        <translation>Przypomnij w terminie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind an hour before</source>
        <translation>Przypomnij godzinę wcześniej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind a day before</source>
        <translation>Przypomnij dzień wcześniej</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remind %n minute(s) before</source>
        <translation>
            <numerusform>Przypomnij %n minutę wcześniej</numerusform>
            <numerusform>Przypomnij %n minuty wcześniej</numerusform>
            <numerusform>Przypomnij %n minut wcześniej</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+25"/>
        <source>My tasks</source>
        <translation>Moje zadania</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Tasks</source>
        <translation>Zadania</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>New task</source>
        <translation>Nowe zadanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a task, e.g. “Call back about the offer”</source>
        <translation>Dodaj zadanie, np. „Oddzwonić w sprawie oferty”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reminder</source>
        <translation>Przypomnienie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add task</source>
        <translation>&amp;Dodaj zadanie</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Nothing to do. Add a task above.</source>
        <translation>Nic do zrobienia. Dodaj zadanie powyżej.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n otwarte zadanie</numerusform>
            <numerusform>%n otwarte zadania</numerusform>
            <numerusform>%n otwartych zadań</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Open %1</source>
        <translation>&amp;Otwórz %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark as &amp;not done</source>
        <translation>Oznacz jako &amp;nieukończone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark as &amp;done</source>
        <translation>Oznacz jako &amp;ukończone</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remind me</source>
        <translation>&amp;Przypomnij mi</translation>
    </message>
</context>
<context>
    <name>baza::ui::TimelineModel</name>
    <message>
        <location filename="../ui/cards/TimelineModel.cpp" line="+23"/>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Calls</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Emails</source>
        <translation>E-maile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes</source>
        <translation>Zmiany</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (inbound)</source>
        <translation>%1 (przychodzące)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Creation undone</source>
        <translation>Cofnięto utworzenie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
</context>
<context>
    <name>baza::ui::TimelineView</name>
    <message>
        <location filename="../ui/cards/TimelineView.cpp" line="+24"/>
        <location line="+26"/>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Show %1</source>
        <translation>Pokaż: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Nothing here yet. Log a note with Ctrl+Shift+N, a call with Ctrl+Shift+C, a meeting with Ctrl+Shift+M or an email with Ctrl+Shift+E.</source>
        <translation>Nic tu jeszcze nie ma. Notatkę dodasz skrótem Ctrl+Shift+N, rozmowę — Ctrl+Shift+C, spotkanie — Ctrl+Shift+M, e-mail — Ctrl+Shift+E.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing of the chosen kinds.</source>
        <translation>Brak wpisów wybranych rodzajów.</translation>
    </message>
</context>
<context>
    <name>baza::ui::TrustCertificateDialog</name>
    <message>
        <location filename="../ui/sync/TrustCertificateDialog.cpp" line="+29"/>
        <source>Untrusted certificate</source>
        <translation>Niezaufany certyfikat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;%1 presents a certificate that this computer cannot verify.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 przedstawia certyfikat, którego ten komputer nie może zweryfikować.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A server with a self-signed certificate looks like this — and so does someone intercepting the connection. Ask your administrator for the server&apos;s SHA-256 fingerprint and compare it with this one:</source>
        <translation>Tak wygląda serwer z certyfikatem samopodpisanym — ale tak samo wygląda ktoś, kto przechwytuje połączenie. Poproś administratora o odcisk SHA-256 certyfikatu serwera i porównaj go z tym:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SHA-256 fingerprint of the server&apos;s certificate</source>
        <translation>Odcisk SHA-256 certyfikatu serwera</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The fingerprint &amp;matches the one my administrator gave me</source>
        <translation>Odcisk &amp;zgadza się z tym, który podał mi administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Baza then remembers this certificate for this server and refuses to sync if the server ever presents another one.</source>
        <translation>Baza zapamięta wtedy ten certyfikat dla tego serwera i odmówi synchronizacji, jeśli serwer kiedykolwiek przedstawi inny.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Trust and connect</source>
        <translation>&amp;Zaufaj i połącz</translation>
    </message>
</context>
<context>
    <name>baza::ui::UnlockWindow</name>
    <message>
        <location filename="../ui/shell/UnlockWindow.cpp" line="+31"/>
        <source>Baza — Unlock</source>
        <translation>Baza — odblokowanie</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Baza</source>
        <translation>Baza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your customer base, encrypted on this computer.</source>
        <translation>Twoja baza klientów, zaszyfrowana na tym komputerze.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Database file</source>
        <translation>Plik bazy danych</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a recent database, open a file or create a new one</source>
        <translation>Wybierz ostatnio używaną bazę danych, otwórz plik lub utwórz nową</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open a file…</source>
        <translation>&amp;Otwórz plik…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a database file</source>
        <translation>Otwórz plik bazy danych</translation>
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
        <source>&amp;Passphrase</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remember on this computer</source>
        <translation>&amp;Zapamiętaj na tym komputerze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember the key on this computer</source>
        <translation>Zapamiętaj klucz na tym komputerze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forget</source>
        <translation>Z&amp;apomnij</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the key remembered on this computer</source>
        <translation>Zapomnij klucz zapamiętany na tym komputerze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this database&apos;s key from the system keychain</source>
        <translation>Usuń klucz tej bazy danych z systemowego pęku kluczy</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <source>&amp;Unlock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Locked</source>
        <translation>Zablokowana</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>R&amp;ecent databases</source>
        <translation>&amp;Ostatnie bazy danych</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;move from list</source>
        <translation>&amp;Usuń z listy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected database from the list</source>
        <translation>Usuń wybraną bazę danych z listy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file itself stays where it is</source>
        <translation>Sam plik pozostaje na swoim miejscu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New database…</source>
        <translation>&amp;Nowa baza danych…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create a new database</source>
        <translation>Utwórz nową bazę danych</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Open a Baza database</source>
        <translation>Otwórz bazę danych Baza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baza databases (*.baza);;All files (*)</source>
        <translation>Bazy danych Baza (*.baza);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+38"/>
        <source>Unlocking…</source>
        <translation>Odblokowywanie…</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Asking the system keychain…</source>
        <translation>Odpytywanie systemowego pęku kluczy…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key remembered on this computer could not be read (%1). Type the passphrase.</source>
        <translation>Nie udało się odczytać klucza zapamiętanego na tym komputerze (%1). Wpisz hasło.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The key remembered on this computer no longer opens this file (was the passphrase changed?). Type the passphrase.</source>
        <translation>Klucz zapamiętany na tym komputerze nie otwiera już tego pliku (czy hasło zostało zmienione?). Wpisz hasło.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Checking for a system keychain…</source>
        <translation>Sprawdzanie systemowego pęku kluczy…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this database&apos;s key in the system keychain, so it opens without the passphrase for your user account on this computer.</source>
        <translation>Przechowuj klucz tej bazy danych w systemowym pęku kluczy, aby na tym komputerze otwierała się bez hasła dla Twojego konta użytkownika.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remembered on this computer: press Unlock</source>
        <translation>Zapamiętano na tym komputerze: naciśnij Odblokuj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of this database</source>
        <translation>Hasło do tej bazy danych</translation>
    </message>
</context>
<context>
    <name>baza::ui::cardtext</name>
    <message>
        <location filename="../ui/cards/CardText.cpp" line="+22"/>
        <source>Call</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <location line="+28"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Imported</source>
        <translation>Zaimportowano</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Zmieniono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company deleted</source>
        <translation>Usunięto firmę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Usunięto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undone</source>
        <translation>Cofnięto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import undone</source>
        <translation>Cofnięto import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity</source>
        <translation>Aktywność</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced</source>
        <translation>Zsynchronizowano</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Middle name</source>
        <translation>Drugie imię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+28"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Street</source>
        <translation>Ulica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Województwo/region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom fields</source>
        <translation>Pola własne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>Branża</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>Strona WWW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last contacted</source>
        <translation>Ostatni kontakt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post</source>
        <translation>Poczta tradycyjna</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Granted</source>
        <translation>Udzielona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>Wycofana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Oczekująca</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connected</source>
        <translation>Połączono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer</source>
        <translation>Brak odpowiedzi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left voicemail</source>
        <translation>Nagrano wiadomość</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Busy</source>
        <translation>Zajęte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong number</source>
        <translation>Błędny numer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>work</source>
        <translation>służbowy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>home</source>
        <translation>domowy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mobile</source>
        <translation>komórkowy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fax</source>
        <translation>faks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other</source>
        <translation>inny</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+2"/>
        <source>%n min</source>
        <translation>%n min</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%n h</source>
        <translation>%n godz.</translation>
    </message>
</context>
<context>
    <name>baza::ui::format</name>
    <message>
        <location filename="../ui/shell/Formatting.cpp" line="+36"/>
        <source>Today %1</source>
        <translation>Dzisiaj %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday %1</source>
        <translation>Wczoraj %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow %1</source>
        <translation>Jutro %1</translation>
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
        <translation>nigdy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not syncing</source>
        <translation>Brak synchronizacji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing…</source>
        <translation>Synchronizowanie…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n zmiana do wysłania</numerusform>
            <numerusform>%n zmiany do wysłania</numerusform>
            <numerusform>%n zmian do wysłania</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Połączono</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Synced %1</source>
        <translation>Zsynchronizowano %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Offline · %n waiting</source>
        <translation>
            <numerusform>Offline · %n w kolejce</numerusform>
            <numerusform>Offline · %n w kolejce</numerusform>
            <numerusform>Offline · %n w kolejce</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate changed!</source>
        <translation>Certyfikat się zmienił!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sync stopped</source>
        <translation>Synchronizacja zatrzymana</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not connected to a server; everything stays on this computer.</source>
        <translation>Brak połączenia z serwerem; wszystko pozostaje na tym komputerze.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchanging changes with the server…</source>
        <translation>Wymiana zmian z serwerem…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to date with the server; new changes go out in a moment.</source>
        <translation>Zgodne z serwerem; nowe zmiany zostaną wysłane za chwilę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to date with the server.</source>
        <translation>Zgodne z serwerem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server cannot be reached. Changes are kept on this computer and sent when it can be reached again.</source>
        <translation>Nie można połączyć się z serwerem. Zmiany są przechowywane na tym komputerze i zostaną wysłane, gdy serwer znów będzie dostępny.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync has stopped and needs you.</source>
        <translation>Synchronizacja została zatrzymana i wymaga Twojej uwagi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>manager</source>
        <translation>menedżer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sales</source>
        <translation>handlowiec</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Server:</source>
        <translation>Serwer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as:</source>
        <translation>Zalogowano jako:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync:</source>
        <translation>Ostatnia synchronizacja:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be sent:</source>
        <translation>Oczekuje na wysłanie:</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n zmiana</numerusform>
            <numerusform>%n zmiany</numerusform>
            <numerusform>%n zmian</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>baza::ui::tasks</name>
    <message>
        <location filename="../ui/tasks/TaskHelpers.cpp" line="+27"/>
        <source>In 5 minutes</source>
        <translation>Za 5 minut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In 1 hour</source>
        <translation>Za godzinę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow morning</source>
        <translation>Jutro rano</translation>
    </message>
</context>
</TS>
