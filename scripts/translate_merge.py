#!/usr/bin/env python3
"""Helps translate a Qt .ts file (resources/translations/portolan_de.ts) with a script instead of
by hand.

  translate_merge.py extract TS OUT.json      the unfinished or empty entries, as JSON:
                                             [{"context", "source", "comment"?, "numerus"?}]
  translate_merge.py merge TS DE.json         fills those entries from DE.json (a list of
                                             {"context", "source", "comment"?, "translation"}
                                             or {..., "numerus": [form, form]}), marks them
                                             finished and writes TS back in lupdate's layout
  translate_merge.py check TS                 every finished entry keeps the source's
                                             placeholders (%1, %n, {host}, HTML tags, `code`),
                                             mnemonics (one & where the source has one, none
                                             clashing within a context) and leading/trailing
                                             spaces; fails if anything is still unfinished
                                             (a mnemonic used twice in one context is only a
                                             warning: the widgets may be on different pages)

Entries are matched on context, source and disambiguation comment, so a DE.json written for an
older .ts still fits a refreshed one. Run `ninja update_translations` first so the .ts holds every
current string (build the catalogue source ui/catalogue_strings.cpp before that, or the
"Diagnoses" entries drop out)."""
import json
import re
import sys
import xml.etree.ElementTree as ET


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def key(context, message):
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def is_open(message):
    t = message.find("translation")
    if t is None:
        return True
    if t.get("type") == "unfinished":
        return True
    if message.get("numerus") == "yes":
        return any(not (f.text or "") for f in t.iter("numerusform"))
    return not (t.text or "")


def write_ts(root, path):
    """Writes the tree the way lupdate does (so a later lupdate run changes nothing)."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    attrs = "".join(f' {k}="{escape(v)}"' for k, v in root.attrib.items())
    out.append(f"<TS{attrs}>")
    for context in root.findall("context"):
        out.append("<context>")
        out.append(f"    <name>{escape(context.findtext('name') or '')}</name>")
        for m in context.findall("message"):
            mattrs = "".join(f' {k}="{escape(v)}"' for k, v in m.attrib.items())
            out.append(f"    <message{mattrs}>")
            for child in m:
                if child.tag == "translation":
                    tattrs = "".join(f' {k}="{escape(v)}"' for k, v in child.attrib.items())
                    forms = child.findall("numerusform")
                    if m.get("numerus") == "yes":
                        out.append(f"        <translation{tattrs}>")
                        for f in forms:
                            out.append(f"            <numerusform>{escape(f.text or '')}</numerusform>")
                        out.append("        </translation>")
                    else:
                        out.append(f"        <translation{tattrs}>{escape(child.text or '')}</translation>")
                else:
                    cattrs = "".join(f' {k}="{escape(v)}"' for k, v in child.attrib.items())
                    out.append(f"        <{child.tag}{cattrs}>{escape(child.text or '')}</{child.tag}>")
            out.append("    </message>")
        out.append("</context>")
    out.append("</TS>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def extract(ts, out_path):
    root = ET.parse(ts).getroot()
    rows = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            if is_open(m):
                row = {"context": name, "source": m.findtext("source")}
                if m.findtext("comment"):
                    row["comment"] = m.findtext("comment")
                if m.findtext("extracomment"):
                    row["extracomment"] = m.findtext("extracomment")
                if m.get("numerus") == "yes":
                    row["numerus"] = True
                rows.append(row)
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(rows, f, ensure_ascii=False, indent=1)
    print(f"{len(rows)} unfinished entries written to {out_path}")


def merge(ts, de_path):
    root = ET.parse(ts).getroot()
    table = {}
    for row in json.load(open(de_path, encoding="utf-8")):
        table[(row["context"], row["source"], row.get("comment", ""))] = row
    done = left = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            if not is_open(m):
                continue
            row = table.get(key(name, m))
            if row is None:
                left += 1
                continue
            t = m.find("translation")
            if t is None:
                t = ET.SubElement(m, "translation")
            for f in list(t):
                t.remove(f)
            if m.get("numerus") == "yes":
                forms = row.get("numerus")
                if not forms:
                    left += 1
                    continue
                t.text = None
                for form in forms:
                    ET.SubElement(t, "numerusform").text = form
            else:
                if not row.get("translation"):
                    left += 1
                    continue
                t.text = row["translation"]
            t.attrib.pop("type", None)
            done += 1
    write_ts(root, ts)
    print(f"{done} entries translated, {left} still unfinished")


PLACEHOLDERS = re.compile(r"%L?\d|%n|\{[a-z_]+\}|</?[a-zA-Z][^>]*>|`[^`]*`")


def mnemonic(text):
    m = re.search(r"&([^&\s])", text.replace("&&", ""))
    return m.group(1).lower() if m else None


def check(ts):
    root = ET.parse(ts).getroot()
    problems = []
    warnings = []
    unfinished = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        keys = {}
        for m in context.iter("message"):
            source = m.findtext("source") or ""
            if is_open(m):
                unfinished += 1
                if unfinished <= 10:
                    problems.append(f"[{name}] unfinished: {source!r}")
                continue
            t = m.find("translation")
            forms = [f.text or "" for f in t.iter("numerusform")] if m.get("numerus") == "yes" else [t.text or ""]
            for text in forms:
                want = sorted(p for p in PLACEHOLDERS.findall(source) if p != "%n")
                have = sorted(p for p in PLACEHOLDERS.findall(text) if p != "%n")
                if sorted(set(want)) != sorted(set(have)):
                    problems.append(f"[{name}] placeholders {want} vs {have}: {source!r} -> {text!r}")
                if "%n" in source and "%n" not in text and m.get("numerus") == "yes":
                    problems.append(f"[{name}] %n missing: {source!r} -> {text!r}")
                if (mnemonic(source) is None) != (mnemonic(text) is None):
                    problems.append(f"[{name}] mnemonic: {source!r} -> {text!r}")
                for edge in (lambda s: s[:1] == " ", lambda s: s[-1:] == " ",
                             lambda s: s.endswith("…"), lambda s: s.endswith(":")):
                    if edge(source) != edge(text):
                        problems.append(f"[{name}] start/end differs: {source!r} -> {text!r}")
                        break
            k = mnemonic(forms[0])
            if k:
                keys.setdefault(k, []).append(forms[0])
        for k, texts in keys.items():
            if len(set(texts)) > 1:
                warnings.append(f"[{name}] mnemonic &{k} used by {sorted(set(texts))}")
    for p in problems:
        print(p)
    for w in warnings:
        print(f"warning (if these are on one page): {w}")
    print(f"{len(problems)} problem(s), {unfinished} unfinished")
    if problems or unfinished:
        print("fix: scripts/translate_merge.py extract TS new.json, translate, merge TS DE.json")
        return 1
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "extract":
        extract(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == "merge":
        merge(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2]))
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
