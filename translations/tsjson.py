#!/usr/bin/env python3
"""Moves unfinished translations between a .ts catalogue and a compact JSON file, so a translator
(or a reviewer) works on a short list instead of the whole XML.

  tsjson.py export LANG OUT.json   unfinished messages of baza_LANG.ts:
                                   [{"context", "source", "comment", "plural"}]
  tsjson.py import LANG IN.json    fills them from [{"context", "source", "comment",
                                   "translation": "…" or ["one", "few", "many"]}]

Polish and Russian plurals take three forms (one, few, many), English two (one, other), in Qt's
order.
Run translations/update.sh first so the catalogue knows every string; run lconvert (update.sh
again) afterwards to keep the canonical layout.
"""
import json
import os
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))


def catalogue(lang):
    return os.path.join(HERE, 'baza_%s.ts' % lang)


def messages(tree):
    for ctx in tree.getroot().iter('context'):
        name = ctx.findtext('name')
        for message in ctx.iter('message'):
            yield name, message


def key(context, source, comment):
    return (context, source, comment or '')


def export(lang, out_path):
    tree = ET.parse(catalogue(lang))
    todo = []
    for name, message in messages(tree):
        translation = message.find('translation')
        if translation is None or translation.get('type') != 'unfinished':
            continue
        todo.append({'context': name, 'source': message.findtext('source'),
                     'comment': message.findtext('comment') or '',
                     'plural': message.get('numerus') == 'yes'})
    with open(out_path, 'w', encoding='utf-8') as f:
        json.dump(todo, f, ensure_ascii=False, indent=1)
    print('%d unfinished message(s) written to %s' % (len(todo), out_path))


def fill(lang, in_path):
    with open(in_path, encoding='utf-8') as f:
        done = {key(d['context'], d['source'], d.get('comment')): d['translation']
                for d in json.load(f)}
    path = catalogue(lang)
    tree = ET.parse(path)
    filled = 0
    problems = []
    for name, message in messages(tree):
        k = key(name, message.findtext('source'), message.findtext('comment'))
        if k not in done:
            continue
        value = done[k]
        translation = message.find('translation')
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        if message.get('numerus') == 'yes':
            forms = value if isinstance(value, list) else [value]
            wanted = 2 if lang == 'en' else 3
            if len(forms) != wanted:
                problems.append('%s: %r needs %d plural forms' % (name, k[1], wanted))
                continue
            for form in forms:
                ET.SubElement(translation, 'numerusform').text = form
        else:
            if isinstance(value, list):
                problems.append('%s: %r is not a plural message' % (name, k[1]))
                continue
            translation.text = value
        translation.attrib.pop('type', None)
        filled += 1
    tree.write(path, encoding='utf-8', xml_declaration=True)
    print('%d message(s) filled in %s' % (filled, path))
    for p in problems:
        print('problem: ' + p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == '__main__':
    if len(sys.argv) != 4 or sys.argv[1] not in ('export', 'import'):
        sys.exit(__doc__)
    if sys.argv[1] == 'export':
        export(sys.argv[2], sys.argv[3])
    else:
        sys.exit(fill(sys.argv[2], sys.argv[3]))
