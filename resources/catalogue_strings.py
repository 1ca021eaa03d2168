#!/usr/bin/env python3
"""Writes the diagnosis catalogue's texts (resources/diagnoses.json) as a C++ source of
QT_TRANSLATE_NOOP("Diagnoses", ...) entries, so that lupdate puts them into the .ts files and the
desktop app can show them translated. Usage: catalogue_strings.py diagnoses.json OUT.cpp"""
import json
import sys


def literal(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


catalogue = json.load(open(sys.argv[1], encoding="utf-8"))
texts = []
for entry in catalogue["codes"]:
    for key in ("title", "explanation", "verdict"):
        texts.append(entry.get(key, ""))
    for key in ("causes", "fix_user", "fix_admin"):
        texts.extend(entry.get(key, []))
# The app's names of the options the texts mention ({opt:ca-file} → "Settings → Trusted CA file").
texts.extend(catalogue.get("options", {}).values())
seen = []
for t in texts:
    # "{cli} …": a fix only the command line shows; the app never needs it translated.
    if t and not t.startswith("{cli} ") and t not in seen:
        seen.append(t)
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write("// Generated from resources/diagnoses.json by resources/catalogue_strings.py.\n")
    out.write("#include <QtGlobal>\n\nnamespace Portolan {\n\n")
    out.write("// For lupdate only: the catalogue's texts, in the \"Diagnoses\" context.\n")
    out.write("extern const char *const catalogueTexts[];\n")
    out.write("const char *const catalogueTexts[] = {\n")
    for t in seen:
        out.write(f"    QT_TRANSLATE_NOOP(\"Diagnoses\", {literal(t)}),\n")
    out.write("    nullptr};\n\n} // namespace Portolan\n")
