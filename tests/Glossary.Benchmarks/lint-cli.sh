#!/usr/bin/env bash
# `glossary lint` of big glossaries: the synthetic glossary of the matcher benchmarks written as YAML with a variant
# and an allowed form per entry (synthetic-yaml --variants), so that the checks between entries (variants inside
# other entries' preferred forms, allowed forms that matter, dropped generated spellings) all have work to do.
# One run per size with the plain JIT-compiled build, cut off after $limit seconds (issue #11: lint grew with the
# square of the entries). Usage: tests/Glossary.Benchmarks/lint-cli.sh [entries...] (default 5000 10000 20000 100000)
set -euo pipefail
cd "$(dirname "$0")/../.."
limit="${LIMIT:-300}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(5000 10000 20000 100000)
# shellcheck source=bench-common.sh
source tests/Glossary.Benchmarks/bench-common.sh

dotnet build src/Glossary.Cli -c Release -o "$work/plain" -v quiet -nologo > /dev/null
for entries in "${sizes[@]}"; do
  dotnet run -c Release --project tests/Glossary.Benchmarks -- synthetic-yaml "$entries" "$work/big.yaml" --variants > /dev/null
  start=$(date +%s%N)
  status=0
  timeout "$limit" dotnet "$work/plain/Glossary.Cli.dll" lint -q "$work/big.yaml" > /dev/null 2> "$work/summary" || status=$?
  end=$(date +%s%N)
  if [ "$status" -eq 124 ]; then
    echo "lint $entries entries: stopped after $limit s"
  else
    echo "lint $entries entries: $(((end - start) / 1000000)) ms (exit $status; $(tail -n 1 "$work/summary"))"
  fi
done
