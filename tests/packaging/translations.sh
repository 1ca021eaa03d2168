#!/usr/bin/env bash
# The .ts files hold every translatable string the sources have: lupdate writes a fresh .ts from
# the build's lupdate project and every source text in it must be in the checked-in file.
# Every entry must be translated (none "unfinished"), with the source's placeholders and mnemonics.
# Fails with the missing or unfinished texts and the command that fixes it.
# Usage: translations.sh PROJECT_CMAKE GENERATE_SCRIPT LUPDATE TS_FILE
set -euo pipefail
project_cmake=$1
generate=$2
lupdate=$3
ts=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake -DIN_FILE="$project_cmake" -DOUT_FILE="$work/project.json" -P "$generate"
fresh=$work/fresh.ts
"$lupdate" -silent -project "$work/project.json" -ts "$fresh" -no-obsolete -locations none >/dev/null 2>&1
python3 - "$fresh" "$ts" <<'PY'
import sys
import xml.etree.ElementTree as ET


def sources(path):
    root = ET.parse(path).getroot()
    return {(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")}


missing = sources(sys.argv[1]) - sources(sys.argv[2])
if missing:
    for context, text in sorted(missing)[:20]:
        print(f"not in {sys.argv[2]}: [{context}] {text}", file=sys.stderr)
    print(f"{len(missing)} string(s) missing: run `cmake --build --preset default --target update_translations`",
          file=sys.stderr)
    sys.exit(1)
print(f"{len(sources(sys.argv[2]))} strings, none missing")
PY
# And every entry is translated, keeping the source's placeholders and mnemonics.
python3 "$(dirname "$0")/../../scripts/translate_merge.py" check "$ts"
