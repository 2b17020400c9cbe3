#!/usr/bin/env bash
# Refreshes baza_pl.ts and baza_ru.ts from the sources of core/, ui/ and app/. New strings arrive
# as type="unfinished"; translate them (Qt Linguist, or by hand) before committing.
# LUPDATE may name the lupdate binary (the CMake target update_translations passes Qt's).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

lupdate="${LUPDATE:-}"
if [[ -z "$lupdate" ]]; then
    for candidate in lupdate /usr/lib/qt6/bin/lupdate lupdate-qt6; do
        if command -v "$candidate" >/dev/null; then
            lupdate="$candidate"
            break
        fi
    done
fi
[[ -n "$lupdate" ]] || { echo "update.sh: lupdate (Qt 6 Linguist tools) not found" >&2; exit 1; }

"$lupdate" -locations relative -no-obsolete -extensions cpp,h -I . \
    core ui app translations/Translations.cpp \
    -ts translations/baza_pl.ts translations/baza_ru.ts

# Report what still needs a translator.
for ts in translations/baza_pl.ts translations/baza_ru.ts; do
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    echo "$ts: $unfinished unfinished"
done
