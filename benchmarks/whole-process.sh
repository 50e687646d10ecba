#!/usr/bin/env bash
# Whole-process speed of scdl-budget as users run it, side by side with the tools they would use instead
# (yatotem2scdl, tableschema-js), through ../shared/bench/compare.sh. See docs/performance.md.
#   bash benchmarks/whole-process.sh                 times the shipped linux-x64 executable (built first if missing)
#   bash benchmarks/whole-process.sh "COMMAND"       times any command that runs the tool, e.g. "dotnet path/scdl-budget.dll"
# The shared folder is ../shared beside the repository, or $SCDL_SHARED. Run `bash $SCDL_SHARED/bench/setup.sh` once.
# After the speed table, the peak memory (maximum resident set size, GNU /usr/bin/time) of the tool validating 100,000 and
# 1,000,000 generated lines (memory must stay flat: under 20 MB apart), with its wall and CPU time (the CPU time says
# more than the wall time on a loaded machine). SCDL_SKIP_MEMORY=1 skips it.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
shared=${SCDL_SHARED:-$repo/../shared}
[ -x "$shared/bench/compare.sh" ] || { echo "no $shared/bench/compare.sh: set SCDL_SHARED to the shared folder" >&2; exit 2; }
tool=${1:-}
if [ -z "$tool" ]; then
  tool=$repo/artifacts/executables/scdl-budget-linux-x64
  [ -x "$tool" ] || bash "$repo/tools/publish-executables.sh" linux-x64 >&2
fi
echo "date: $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$repo" rev-parse --short HEAD), tool: $tool"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), .NET $(dotnet --list-runtimes | grep -m1 NETCore.App | cut -d' ' -f2)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
bash "$shared/bench/compare.sh" "$tool"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "${SCDL_SKIP_MEMORY:-}" = 1 ] && exit 0
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
plan=$shared/data/plans-de-comptes/2022/M14/M14_COM_SUP3500/planDeCompte.xml
echo
echo "| validate, generated lines | peak memory (max RSS) | wall time | CPU time (user + system) |"
echo "| ---: | ---: | ---: | ---: |"
for lines in 100000 1000000; do
  python3 "$shared/bench/gen_scdl.py" "$lines" --year 2022 --plan "$plan" -o "$work/g.csv" >/dev/null
  # shellcheck disable=SC2086 # $tool may be a command with arguments ("dotnet path/scdl-budget.dll").
  /usr/bin/time -f "%M %e %U %S" -o "$work/time" $tool validate "$work/g.csv" -q >/dev/null 2>&1 || true
  read -r kb seconds user system < <(tail -n 1 "$work/time")
  echo "| $lines | $((kb / 1024)) MB | $seconds s | $(awk -v u="$user" -v s="$system" 'BEGIN { printf "%.2f", u + s }') s |"
done
