#!/usr/bin/env bash
# Refreshes the catalogues from the sources of core/, ui/ and app/: baza_pl.ts and baza_ru.ts
# get every string, baza_en.ts only the plural forms (English needs "1 contact" / "2 contacts").
# New strings arrive as type="unfinished"; translate them (Qt Linguist, or by hand) and commit.
# LUPDATE/LCONVERT may name the tools (the CMake target update_translations passes Qt's).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

find_tool() {
    local name="$1" candidate
    for candidate in "$name" "/usr/lib/qt6/bin/$name" "$name-qt6"; do
        if command -v "$candidate" >/dev/null; then
            printf '%s\n' "$candidate"
            return 0
        fi
    done
    echo "update.sh: $name (Qt 6 Linguist tools) not found" >&2
    return 1
}
lupdate="${LUPDATE:-$(find_tool lupdate)}"
lconvert="${LCONVERT:-$(find_tool lconvert)}"

sources=(core ui app translations/Translations.cpp)
scratch="$(mktemp -d translations/.update.XXXXXX)"
trap 'rm -rf "$scratch"' EXIT

for lang in pl ru en; do
    options=()
    [[ "$lang" == en ]] && options=(-pluralonly)
    fresh="translations/.fresh_$lang.ts"
    # -I . resolves our "core/…" includes, so lupdate sees the namespaces of every class.
    "$lupdate" -silent -locations relative -no-obsolete -extensions cpp,h -I . \
        -target-language "$lang" "${options[@]}" "${sources[@]}" -ts "$fresh" \
        2>"$scratch/lupdate_$lang.log" || { cat "$scratch/lupdate_$lang.log" >&2; exit 1; }
    python3 translations/tsmerge.py "$fresh" "$scratch/lupdate_$lang.log" \
        "translations/baza_$lang.ts" "$scratch/merged_$lang.ts" core ui app translations
    rm -f "$fresh"
    # lconvert writes the canonical .ts layout, so diffs stay small.
    "$lconvert" -i "$scratch/merged_$lang.ts" -o "translations/baza_$lang.ts"
    total=$(grep -c '<source>' "translations/baza_$lang.ts" || true)
    unfinished=$(grep -c 'type="unfinished"' "translations/baza_$lang.ts" || true)
    echo "translations/baza_$lang.ts: $total strings, $unfinished unfinished"
done
