#!/usr/bin/env bash
# The CLI compiled ahead of time (what `dotnet publish -r <rid>` ships) must behave exactly like the JIT-compiled
# build the tests run: same stdout, stderr and exit code for every command, format and error path below.
# Needs the Native AOT prerequisites (clang or gcc and a linker). Usage: tests/Glossary.Benchmarks/aot-parity.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=bench-common.sh
source tests/Glossary.Benchmarks/bench-common.sh
export NO_COLOR=1

dotnet build src/Glossary.Cli -c Release -o "$work/jit" -v quiet -nologo > /dev/null
dotnet publish src/Glossary.Cli -c Release -r "$rid" -o "$work/aot" -v quiet -nologo > /dev/null

data="$PWD/tests/Glossary.Tests/testdata"
cp "$data/articles/diplomacy-mixed.txt" "$work/article.md"
cp "$data/articles/diplomacy-mixed.txt" "$work/article.txt"
dotnet "$work/jit/Glossary.Cli.dll" export --to csv > "$work/glossary.csv"
printf '<html><body><p>Lee Jae-myong met <b>Xi</b> Jinping in Pusan.</p><pre>Peking</pre><img alt="Peking" src="x"></body></html>\n' > "$work/page.html"

cases=(
  "check $work/article.md"
  "check $work/article.txt $work/page.html"
  "check --unknown-option $work/page.html"
  "check --format json $work/article.md"
  "check --format jsonl $work/article.md"
  "check --format sarif $work/article.md"
  "check --format github $work/article.md"
  "check --format rdjsonl $work/article.md"
  "check --format checkstyle $work/article.md"
  "check --glossary $data/glossaries/output.yaml $work/article.txt"
  "check --glossary $data/glossaries/broken.yaml $work/article.txt"
  "check --glossary $data/glossaries/syntax-error.yaml $work/article.txt"
  "check $work/missing.txt"
  "check --format nonsense $work/article.txt"
  "fix $work/article.md"
  "fix --diff $work/article.txt"
  "romanize 이재명 서울특별시 독립문"
  "romanize --system all --kind name 이재명 박근혜"
  "romanize --system all --kind place 부산 제주도 경주시"
  "romanize --lang zh --system all 习近平 西安"
  "romanize --lang zh --system all --kind name --format json 毛泽东"
  "romanize --lang zh Seoul"
  "variants lee-jae-myung"
  "variants --format json xi-jinping"
  "lookup Pusan"
  "lookup --format json 習近平"
  "lint"
  "lint $data/glossaries/broken.yaml"
  "test"
  "export --to tbx"
  "export --to csv"
  "export --to csv --csv-layout long"
  "export --to markdown"
  "import $work/glossary.csv"
  "schema"
  "--help"
  "check --help"
  "--version"
)
failed=0
for args in "${cases[@]}"; do
  # shellcheck disable=SC2086 # the cases are word lists
  jit_out="$(cd "$work" && dotnet jit/Glossary.Cli.dll $args 2>&1; echo "exit $?")"
  # shellcheck disable=SC2086
  aot_out="$(cd "$work" && aot/Glossary.Cli $args 2>&1; echo "exit $?")"
  if [ "$jit_out" == "$aot_out" ]; then
    echo "same ($(echo "$jit_out" | wc -l) lines, ${jit_out##*$'\n'}): glossary ${args//$work\//}"
  else
    echo "DIFFERENT: glossary $args"
    diff <(echo "$jit_out") <(echo "$aot_out") | head -20
    failed=$((failed + 1))
  fi
done
echo "${#cases[@]} cases, $failed different"
[ "$failed" -eq 0 ]
