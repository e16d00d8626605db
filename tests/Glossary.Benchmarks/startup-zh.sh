#!/usr/bin/env bash
# Start-up cost of `glossary romanize --lang zh 习近平` against a "hello world" .NET console program,
# both framework-dependent Release builds run with `dotnet <dll>`. Budget: at most 3× hello world.
# Usage: tests/Glossary.Benchmarks/startup-zh.sh [runs]   (uses hyperfine when installed, else a bash loop)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-30}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# shellcheck source=startup-common.sh
source tests/Glossary.Benchmarks/startup-common.sh
build_hello
dotnet build src/Glossary.Cli -c Release -o "$work/cli" -v quiet -nologo > /dev/null

hello=(dotnet "$work/hello/out/hello.dll")
cli=(dotnet "$work/cli/Glossary.Cli.dll" romanize --lang zh 习近平)
echo "output: $("${cli[@]}")"

if command -v hyperfine > /dev/null; then
  json="$work/result.json"
  hyperfine -N --warmup 3 --runs "$runs" --export-json "$json" "${hello[*]}" "${cli[*]}"
  read -r h c < <(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print(r[0]["mean"]*1000, r[1]["mean"]*1000)' "$json")
else
  h=$(mean_ms "${hello[@]}")
  c=$(mean_ms "${cli[@]}")
fi
awk -v h="$h" -v c="$c" 'BEGIN { printf "hello world: %.1f ms\nglossary romanize --lang zh: %.1f ms\nratio: %.2fx (budget 3x)\n", h, c, c / h }'
