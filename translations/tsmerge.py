#!/usr/bin/env python3
"""Merges a fresh lupdate scan into an existing Baza .ts file.

Two jobs lupdate cannot do alone:
1. Core wraps QCoreApplication::translate("baza::store", ...) in a file-local helper named tr().
   Called from a member of a class without Q_OBJECT, lupdate files the string under that class
   ("baza::store::Command") while at run time it is looked up under "baza::store". Such contexts
   (lupdate warns that they lack Q_OBJECT) are folded into the nearest enclosing context that
   the sources pass to translate().
2. Translations already made are carried over; strings no longer in the sources are dropped.

Usage: tsmerge.py FRESH.ts LUPDATE_LOG EXISTING.ts OUT.ts SOURCE_DIR...
"""
import copy
import os
import re
import sys
import xml.etree.ElementTree as ET


def helper_contexts(source_dirs):
    pattern = re.compile(r'translate\(\s*"([^"]+)"')
    found = set()
    for top in source_dirs:
        for root, _, files in os.walk(top):
            for name in files:
                if name.endswith(('.cpp', '.h')):
                    with open(os.path.join(root, name), encoding='utf-8') as f:
                        found.update(pattern.findall(f.read()))
    return found


def classes_without_qobject(log_path):
    with open(log_path, encoding='utf-8', errors='replace') as f:
        return set(re.findall(r"Class '([^']+)' lacks Q_OBJECT macro", f.read()))


def runtime_context(context, helpers, plain_classes):
    if context in helpers or context not in plain_classes:
        return context
    parts = context.split('::')
    while len(parts) > 1:
        parts.pop()
        candidate = '::'.join(parts)
        if candidate in helpers:
            return candidate
    return context


def key(context, message):
    comment = message.findtext('comment') or ''
    return (context, message.findtext('source') or '', comment)


def main(argv):
    fresh_path, log_path, existing_path, out_path = argv[1:5]
    helpers = helper_contexts(argv[5:])
    plain = classes_without_qobject(log_path)

    existing = {}
    if os.path.exists(existing_path):
        for ctx in ET.parse(existing_path).getroot().iter('context'):
            name = ctx.findtext('name')
            for message in ctx.iter('message'):
                existing[key(name, message)] = message.find('translation')

    fresh_tree = ET.parse(fresh_path)
    root = fresh_tree.getroot()
    merged = {}  # runtime context -> list of messages, in first-seen order
    for ctx in list(root.iter('context')):
        name = runtime_context(ctx.findtext('name'), helpers, plain)
        for message in ctx.iter('message'):
            k = key(name, message)
            if any(key(name, m) == k for m in merged.get(name, [])):
                # Same text twice in one context: keep one entry with all locations.
                target = next(m for m in merged[name] if key(name, m) == k)
                for loc in message.findall('location'):
                    target.insert(len(target.findall('location')), loc)
                continue
            old = existing.get(k)
            if old is not None:
                message.remove(message.find('translation'))
                message.append(copy.deepcopy(old))
            merged.setdefault(name, []).append(message)
        root.remove(ctx)

    for name in sorted(merged):
        ctx = ET.SubElement(root, 'context')
        ET.SubElement(ctx, 'name').text = name
        for message in merged[name]:
            ctx.append(message)
    fresh_tree.write(out_path, encoding='utf-8', xml_declaration=True)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
