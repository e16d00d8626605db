#!/usr/bin/env bash
# A long run of the Markdown/HTML mutation fuzzer (DocumentFuzzTests): fuzz.sh [CASES] [SEED]
set -euo pipefail
cd "$(dirname "$0")/../.."
FUZZ_CASES="${1:-100000}" FUZZ_SEED="${2:-$RANDOM}" \
  dotnet test tests/Glossary.Tests --filter "FullyQualifiedName~DocumentFuzzTests.Fuzz_MarkdownAndHtml" --logger "console;verbosity=normal"
