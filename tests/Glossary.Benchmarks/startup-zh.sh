#!/usr/bin/env bash
# Start-up cost of `glossary romanize --lang zh 习近平` against a "hello world" .NET console program,
# both framework-dependent Release builds run with `dotnet <dll>`. Budget: at most 3× hello world.
# Usage: tests/Glossary.Benchmarks/startup-zh.sh [runs]   (median of runs in turns, as startup-check.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-30}"
# shellcheck source=bench-common.sh
source tests/Glossary.Benchmarks/bench-common.sh

build_hello
dotnet build src/Glossary.Cli -c Release -o "$work/cli" -v quiet -nologo > /dev/null

cli="dotnet $work/cli/Glossary.Cli.dll romanize --lang zh 习近平"
echo "output: $($cli)"
echo "$runs runs each, in turns; median wall time:"
medians_interleaved "dotnet $work/hello/out/hello.dll" "$cli" | awk '
  NR == 1 { h = $1; printf "hello world: %.1f ms\n", h }
  NR == 2 { printf "glossary romanize --lang zh: %.1f ms\nratio: %.2fx (budget 3x)\n", $1, $1 / h }'
