#!/usr/bin/env bash
# The CLI's own first compile of a big glossary: `glossary check --no-cache --glossary big.yaml article.txt` with the
# synthetic glossary of the matcher benchmarks written as YAML (en, kind, native form; generation on), so that
# reading the YAML, validating, generating variants, guarding and building the matcher are all in the time.
# Measured for the native (AOT) build and the plain JIT-compiled build. Budget (issue #5): under 2 s for 10,000.
# Usage: tests/Glossary.Benchmarks/compile-cli.sh [entries] [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
entries="${1:-10000}"
runs="${2:-5}"
# shellcheck source=bench-common.sh
source tests/Glossary.Benchmarks/bench-common.sh

dotnet run -c Release --project tests/Glossary.Benchmarks -- synthetic-yaml "$entries" "$work/big.yaml" > /dev/null
cp tests/Glossary.Tests/testdata/articles/diplomacy-mixed.txt "$work/article.txt"
dotnet build src/Glossary.Cli -c Release -o "$work/plain" -v quiet -nologo > /dev/null
builds=("plain:dotnet $work/plain/Glossary.Cli.dll")
if dotnet publish src/Glossary.Cli -c Release -r "$rid" -o "$work/native" -v quiet -nologo > /dev/null 2>&1; then
  builds=("native:$work/native/Glossary.Cli" "${builds[@]}")
fi

for build in "${builds[@]}"; do
  name="${build%%:*}"
  cli="${build#*:}"
  best=""
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    $cli check --no-cache --glossary "$work/big.yaml" "$work/article.txt" > /dev/null 2>&1 || true
    end=$(date +%s%N)
    ms=$(((end - start) / 1000000))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
  done
  echo "$name: compile $entries entries and check an article, best of $runs: $best ms"
done
