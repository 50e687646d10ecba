#!/usr/bin/env bash
# Smoke test of a shipped scdl-budget executable: runs it on the real files of tests/*/TestData (convert every
# TOTEM file, validate, summarise and normalise every SCDL CSV and the .xlsx workbook made here of it, in text, JSON
# and HTML, in French and English; a damaged workbook) and
# checks that its output, the files it writes and its exit code are those of the framework-dependent build that the
# test suite checks. Usage: smoke-executable.sh EXECUTABLE "REFERENCE COMMAND". Ends with "smoke: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
exe=${1:?usage: smoke-executable.sh EXECUTABLE "REFERENCE COMMAND"}
ref=${2:?usage: smoke-executable.sh EXECUTABLE "REFERENCE COMMAND"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0

# case NAME ARGS... : runs the reference, then the executable, with the same arguments and the same output file
# ($work/out), and compares standard output, standard error, exit code and the file written.
case_() {
  local name=$1; shift
  rm -f "$work/out"
  $ref "$@" > "$work/ref.stdout" 2> "$work/ref.stderr"; local ref_rc=$?
  [ -f "$work/out" ] && mv "$work/out" "$work/ref.out" || rm -f "$work/ref.out"
  "$exe" "$@" > "$work/exe.stdout" 2> "$work/exe.stderr"; local exe_rc=$?
  [ -f "$work/out" ] && mv "$work/out" "$work/exe.out" || rm -f "$work/exe.out"
  if [ "$ref_rc" -eq "$exe_rc" ] && cmp -s "$work/ref.stdout" "$work/exe.stdout" && cmp -s "$work/ref.stderr" "$work/exe.stderr" \
    && { [ ! -f "$work/ref.out" ] && [ ! -f "$work/exe.out" ] || cmp -s "$work/ref.out" "$work/exe.out"; }; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "FAILED: $name (exit codes $ref_rc / $exe_rc)"
    diff "$work/ref.stdout" "$work/exe.stdout" | head -5
    diff "$work/ref.stderr" "$work/exe.stderr" | head -5
  fi
}

case_ "--version" --version
case_ "help in French" --help --lang fr
case_ "explain (list)" explain --lang en
case_ "explain SCDL201" explain SCDL201 --lang fr
case_ "unknown command" no-such-command
for xml in tests/Scdl.Budget.Totem.Tests/TestData/totem-xml/*.xml; do
  case_ "convert $(basename "$xml")" convert "$xml" -o "$work/out" --force --lang fr
  case_ "convert $(basename "$xml") (json)" convert "$xml" -o "$work/out" --force --format json --lang en
done
for csv in tests/Scdl.Budget.Tests/TestData/scdl-csv/*.csv; do
  name=$(basename "$csv")
  case_ "validate $name" validate "$csv" --lang en
  case_ "validate $name (tolerant, json)" validate "$csv" --tolerant --format json --lang fr
  case_ "validate $name (totem convention, html)" validate "$csv" --convention totem --format html --lang fr
  case_ "summary $name" summary "$csv" --tolerant --lang fr
  case_ "normalize $name" normalize "$csv" -o "$work/out" --force --lang en
done

# Workbooks: each real CSV as the .xlsx a program other than the tests' writer makes (inline strings, the amounts and
# the year as numbers), made with Python's standard library; the spreadsheet package must survive trimming and AOT.
if command -v python3 > /dev/null; then
  for csv in tests/Scdl.Budget.Tests/TestData/scdl-csv/*.csv; do
    name=$(basename "$csv" .csv)
    xlsx="$work/$name.xlsx"
    python3 - "$csv" "$xlsx" <<'PY'
import csv, sys, zipfile
from xml.sax.saxutils import escape
numbers = {"BGT_ANNEE", "BGT_MTREAL", "BGT_MTBUDGPREC", "BGT_MTRARPREC", "BGT_MTPROPNOUV", "BGT_MTPREV", "BGT_CREDOUV", "BGT_MTRAR3112"}
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    rows = [r for r in csv.reader(f) if any(r)]
header = rows[0] if rows[0][0].upper().startswith("BGT_") else None
def ref(i, n):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s + str(n)
def cell(i, n, text):
    name = header[i] if header and n > 1 and i < len(header) else None
    if name in numbers and text.lstrip("-").replace(".", "", 1).isdigit():
        return f'<c r="{ref(i, n)}"><v>{text}</v></c>'
    return f'<c r="{ref(i, n)}" t="inlineStr"><is><t xml:space="preserve">{escape(text)}</t></is></c>'
sheet = "".join(f'<row r="{n}">' + "".join(cell(i, n, v) for i, v in enumerate(row) if v) + "</row>" for n, row in enumerate(rows, 1))
main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
with zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", f'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="{ct}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="{ct}.worksheet+xml"/></Types>')
    z.writestr("_rels/.rels", f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr("xl/workbook.xml", f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet name="Budget" sheetId="1" r:id="rId1"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    z.writestr("xl/worksheets/sheet1.xml", f'<worksheet xmlns="{main}"><sheetData>{sheet}</sheetData></worksheet>')
PY
    header=()
    case $name in *noheader*) header=(--no-header) ;; esac
    case_ "validate $name.xlsx" validate "$xlsx" "${header[@]}" --lang en
    case_ "validate $name.xlsx (totem convention, json)" validate "$xlsx" "${header[@]}" --convention totem --format json --lang fr
    case_ "summary $name.xlsx (html)" summary "$xlsx" "${header[@]}" --sheet budget --format html --lang fr
    case_ "normalize $name.xlsx" normalize "$xlsx" "${header[@]}" -o "$work/out" --force --convention totem --lang en
  done
  first=$(ls "$work"/*.xlsx | head -1)
  head -c 1500 "$first" > "$work/damaged.xlsx"
  case_ "validate a damaged workbook" validate "$work/damaged.xlsx" --lang fr
  case_ "normalize a damaged workbook" normalize "$work/damaged.xlsx" -o "$work/out" --lang en
  case_ "--sheet without a workbook" validate tests/Scdl.Budget.Tests/TestData/scdl-csv/mohon-cfu2023.yatotem2scdl.csv --sheet Budget
else
  failed=$((failed + 1))
  echo "FAILED: workbooks (python3, which makes them, is missing)"
fi

echo "smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
