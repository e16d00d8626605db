#!/usr/bin/env bash
# Start-up cost of `glossary check article.md` (and .txt) with the bundled glossary against a "hello world" .NET
# console program (JIT-compiled, run with `dotnet hello.dll`), side by side. Budget: at most 2x hello world.
# Three builds of the CLI are measured:
#   native      `dotnet publish -r <rid>`: compiled ahead of time (Native AOT), what a release packs;
#   readytorun  `dotnet publish -r <rid> -p:PublishAot=false`: framework-dependent with precompiled code;
#   plain       `dotnet build`: framework-dependent, JIT-compiled, what `dotnet run` and the "any" tool package run.
# The native build needs the Native AOT prerequisites (clang or gcc); without them it is skipped.
# Commands run in turns and the median of the runs is reported (this machine is shared and noisy).
# Usage: tests/Glossary.Benchmarks/startup-check.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-30}"
# shellcheck source=bench-common.sh
source tests/Glossary.Benchmarks/bench-common.sh

build_hello
dotnet build src/Glossary.Cli -c Release -o "$work/plain" -v quiet -nologo > /dev/null
dotnet publish src/Glossary.Cli -c Release -r "$rid" -p:PublishAot=false -o "$work/r2r" -v quiet -nologo > /dev/null
cp tests/Glossary.Tests/testdata/articles/diplomacy-mixed.txt "$work/article.md"
cp tests/Glossary.Tests/testdata/articles/diplomacy-mixed.txt "$work/article.txt"

commands=("dotnet $work/hello/out/hello.dll")
if dotnet publish src/Glossary.Cli -c Release -r "$rid" -o "$work/native" -v quiet -nologo > "$work/native.log" 2>&1; then
  # The native build must say what the others say before its time means anything.
  for ext in md txt; do
    diff <(dotnet "$work/plain/Glossary.Cli.dll" check "$work/article.$ext" 2>&1 || true) <("$work/native/Glossary.Cli" check "$work/article.$ext" 2>&1 || true)
  done
  commands+=("$work/native/Glossary.Cli check $work/article.md" "$work/native/Glossary.Cli check $work/article.txt")
else
  echo "native build skipped (Native AOT prerequisites missing?):"
  tail -n 5 "$work/native.log"
fi
commands+=("dotnet $work/r2r/Glossary.Cli.dll check $work/article.md" "dotnet $work/r2r/Glossary.Cli.dll check $work/article.txt")
commands+=("dotnet $work/plain/Glossary.Cli.dll check $work/article.md" "dotnet $work/plain/Glossary.Cli.dll check $work/article.txt")

echo "$runs runs each, in turns; median wall time:"
medians_interleaved "${commands[@]}" | awk -v w="$work/" '
  NR == 1 { h = $1 }
  {
    name = $0; sub(/^[^ ]+ /, "", name); gsub(w, "", name)
    build = name ~ /^hello/ || name ~ /hello\.dll/ ? "" : name ~ /^native/ ? "native" : name ~ /r2r/ ? "readytorun" : "plain"
    if (NR == 1) printf "hello world: %.1f ms\n", $1
    else printf "%-10s %-40s %6.1f ms  ratio %.2fx (budget 2x)\n", build, substr(name, index(name, "check")), $1, $1 / h
  }'
