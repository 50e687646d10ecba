#!/usr/bin/env bash
# Smoke test of a shipped scdl-budget executable: runs it on the real files of tests/*/TestData (convert every
# TOTEM file, validate, summarise and normalise every SCDL CSV, in text, JSON and HTML, in French and English) and
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
  case_ "validate $name (lenient, json)" validate "$csv" --lenient --format json --lang fr
  case_ "validate $name (totem convention, html)" validate "$csv" --convention totem --format html --lang fr
  case_ "summary $name" summary "$csv" --lenient --lang fr
  case_ "normalize $name" normalize "$csv" -o "$work/out" --force --lang en
done
echo "smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
