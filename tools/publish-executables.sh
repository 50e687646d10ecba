#!/usr/bin/env bash
# Builds the one-file, self-contained scdl-budget executables (no .NET needed to run them).
#   bash tools/publish-executables.sh [RID...]      default: linux-x64 win-x64 osx-arm64
# Output: artifacts/executables/scdl-budget-RID (scdl-budget-RID.exe for Windows).
# The platform of this machine gets Native AOT (fastest start-up, smallest file); the others, which Native AOT cannot
# cross-compile to, get a trimmed single file with ReadyToRun code. The settings live in src/Scdl.Budget.Cli's
# project file, so `dotnet publish src/Scdl.Budget.Cli -c Release -r RID` does the same for one platform.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
rids=("$@")
[ ${#rids[@]} -gt 0 ] || rids=(linux-x64 win-x64 osx-arm64)
out=artifacts/executables
mkdir -p "$out"
for rid in "${rids[@]}"; do
  publish=artifacts/publish/$rid
  rm -rf "$publish"
  dotnet publish src/Scdl.Budget.Cli -c Release -r "$rid" -o "$publish" -v quiet -nologo
  exe=scdl-budget target=$out/scdl-budget-$rid
  case $rid in win-*) exe=$exe.exe target=$target.exe ;; esac
  cp "$publish/$exe" "$target"
  form="single file, ReadyToRun"
  if dotnet msbuild src/Scdl.Budget.Cli -getProperty:PublishAot -p:RuntimeIdentifier="$rid" -p:Configuration=Release 2>/dev/null | grep -qx true; then
    form="Native AOT"
  fi
  echo "$target  $(du -h "$target" | cut -f1)  ($form)"
done
