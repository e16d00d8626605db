#!/usr/bin/env bash
# `glossary check` on big generated documents (issue #11 points 5 and 9): 20,000 short paragraphs as .txt, .md and
# .html, each with a wrong spelling ("Pusan"); one 2.3 MB Markdown paragraph with 120,000 of them; a Markdown list
# nested 2,000 deep. Checking Markdown and HTML must stay linear in the number of findings, as plain text is.
# Usage: tests/Glossary.Benchmarks/check-documents.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-3}"
# shellcheck source=bench-common.sh
source tests/Glossary.Benchmarks/bench-common.sh

python3 - "$work" <<'PY'
import sys
w = sys.argv[1]
paragraphs = "".join(f"Talks {i} were held in Pusan today.\n\n" for i in range(20000))
open(f"{w}/paragraphs.txt", "w").write(paragraphs)
open(f"{w}/paragraphs.md", "w").write(paragraphs)
open(f"{w}/paragraphs.html", "w").write("<html><body>\n" + "".join(f"<p>Talks {i} were held in Pusan today.</p>\n" for i in range(20000)) + "</body></html>\n")
open(f"{w}/paragraph.md", "w").write(" ".join(f"word{i} in Pusan" for i in range(120000)) + "\n")
open(f"{w}/nested.md", "w").write("".join("  " * d + "- item\n" for d in range(2000)))
PY
dotnet build src/Glossary.Cli -c Release -o "$work/cli" -v quiet -nologo > /dev/null
cli="dotnet $work/cli/Glossary.Cli.dll check"
medians_interleaved "$cli $work/paragraphs.txt" "$cli $work/paragraphs.md" "$cli $work/paragraphs.html" "$cli $work/paragraph.md" "$cli $work/nested.md" \
  | sed "s|$work/||; s|dotnet [^ ]*Glossary.Cli.dll|glossary|"
