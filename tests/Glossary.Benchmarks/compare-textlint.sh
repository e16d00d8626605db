#!/usr/bin/env bash
# Side by side with textlint + textlint-rule-prh (from npm) on the same synthetic glossary and prose.
# Usage: tests/Glossary.Benchmarks/compare-textlint.sh [entries] [kilobytes]   (defaults: 1000 entries, 100 KB)
# textlint+prh took 127 s for 1,000 rules over 1 MB here, so the default prose is 100 KB.
set -euo pipefail
cd "$(dirname "$0")/../.."
entries="${1:-1000}"
kilobytes="${2:-100}"
# shellcheck source=bench-common.sh
source tests/Glossary.Benchmarks/bench-common.sh

dotnet run --project tests/Glossary.Benchmarks -c Release -- export-comparison "$entries" "$kilobytes" "$work/data"
dotnet build src/Glossary.Cli -c Release -o "$work/cli" -v quiet -nologo > /dev/null

(cd "$work" && npm init -y > /dev/null && npm install --silent --no-audit --no-fund textlint@14 textlint-rule-prh@6 > /dev/null)
cat > "$work/.textlintrc.json" <<JSON
{ "rules": { "prh": { "rulePaths": ["$work/data/prh.yml"] } } }
JSON

seconds() { local start end; start=$(date +%s%N); "$@" > /dev/null 2>&1 || true; end=$(date +%s%N); awk -v t=$((end - start)) 'BEGIN { printf "%.2f", t / 1e9 }'; }

export GLOSSARY_CACHE_DIR="$work/cache"
t_textlint=$(cd "$work" && seconds npx --no-install textlint --config "$work/.textlintrc.json" "$work/data/prose.txt")
t_cold=$(seconds dotnet "$work/cli/Glossary.Cli.dll" check "$work/data/prose.txt" --glossary "$work/data/glossary.yaml" --no-cache)
seconds dotnet "$work/cli/Glossary.Cli.dll" check "$work/data/prose.txt" --glossary "$work/data/glossary.yaml" > /dev/null
t_warm=$(seconds dotnet "$work/cli/Glossary.Cli.dll" check "$work/data/prose.txt" --glossary "$work/data/glossary.yaml")
n_textlint=$(cd "$work" && npx --no-install textlint --config "$work/.textlintrc.json" -f unix "$work/data/prose.txt" 2>/dev/null | grep -c ': ' || true)
n_glossary=$(dotnet "$work/cli/Glossary.Cli.dll" check "$work/data/prose.txt" --glossary "$work/data/glossary.yaml" 2>/dev/null | grep -c 'warning:' || true)

echo "entries: $entries, prose: $kilobytes KB"
echo "textlint + prh:                $t_textlint s ($n_textlint findings)"
echo "glossary check (compile):      $t_cold s ($n_glossary findings)"
echo "glossary check (cached):       $t_warm s"
awk -v a="$t_textlint" -v b="$t_warm" -v c="$t_cold" 'BEGIN { printf "ratio textlint / glossary: %.0fx (cached), %.0fx (compiling)\n", a / b, a / c }'
