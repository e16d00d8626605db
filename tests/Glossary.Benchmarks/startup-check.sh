#!/usr/bin/env bash
# Start-up cost of `glossary check article.md` (and .txt) with the bundled glossary against a "hello world"
# .NET console program, side by side. Budget: at most 2x hello world. Two builds of the CLI are measured:
# the plain framework-dependent Release build, and the same published ReadyToRun for this machine's runtime
# (what a RID-specific tool package ships).
# Usage: tests/Glossary.Benchmarks/startup-check.sh [runs]   (uses hyperfine when installed, else a bash loop)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-30}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
rid="$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)"

# shellcheck source=startup-common.sh
source tests/Glossary.Benchmarks/startup-common.sh
build_hello
dotnet build src/Glossary.Cli -c Release -o "$work/cli" -v quiet -nologo > /dev/null
dotnet publish src/Glossary.Cli -c Release -r "$rid" --self-contained false -o "$work/r2r" -v quiet -nologo > /dev/null
cp tests/Glossary.Tests/testdata/articles/diplomacy-mixed.txt "$work/article.md"
cp tests/Glossary.Tests/testdata/articles/diplomacy-mixed.txt "$work/article.txt"


h=$(mean_ms dotnet "$work/hello/out/hello.dll")
echo "hello world: $h ms"
for build in cli r2r; do
  for ext in md txt; do
    c=$(mean_ms dotnet "$work/$build/Glossary.Cli.dll" check "$work/article.$ext")
    awk -v h="$h" -v c="$c" -v b="$build" -v e="$ext" 'BEGIN { printf "%s build, check article.%s: %.1f ms, ratio %.2fx (budget 2x)\n", (b == "r2r" ? "ReadyToRun" : "plain"), e, c, c / h }'
  done
done
