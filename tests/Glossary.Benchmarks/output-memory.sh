#!/usr/bin/env bash
# Peak memory (max RSS) and wall time of `fix --diff` on files of many short lines and of `check --format F`
# on a text of 690,000 wrong spellings (issue #11 points 4 and 7). Usage, from the repository root:
#   tests/Glossary.Benchmarks/output-memory.sh [CLI_DLL]
# CLI_DLL defaults to a Release build of src/Glossary.Cli made here; pass an older build to compare.
set -euo pipefail
source "$(dirname "$0")/bench-common.sh"
cli="${1:-}"
if [ -z "$cli" ]; then
  dotnet build src/Glossary.Cli -c Release -o "$work/cli" -v quiet -nologo > /dev/null
  cli="$work/cli/Glossary.Cli.dll"
fi

# "Pusan" is fixed on every line: 20,000 lines is about 120 KB.
lines() { awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++) print "Pusan " i }' > "$2"; }
lines 20000 "$work/l20k.txt"
lines 50000 "$work/l50k.txt"
# 690,000 findings (as in issue #11) in 9.7 MB: 6 wrong spellings in each line of 115,000.
awk 'BEGIN { for (i = 0; i < 115000; i++) print "Pusan, Kyongju and Cheju; Lee Jae-myong met Park Geun-hye in Pusan and Cheju. " i }' > "$work/big.txt"

measure() { # label, then the command
  local label="$1"; shift
  # The GC heap is capped (GLOSSARY_BENCH_HEAP_GB, default 4) so that a run that would eat the shared machine
  # ends with OutOfMemoryException instead.
  DOTNET_GCHeapHardLimit="$(printf '0x%x' $(( ${GLOSSARY_BENCH_HEAP_GB:-4} << 30 )))" \
    /usr/bin/time -v -o "$work/time" "$@" > "$work/stdout" 2> "$work/stderr" || true
  local rss wall rc
  rc=$(sed -n 's/.*Exit status: //p' "$work/time")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time")
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time")
  printf '%-28s max RSS %6d MB  wall %8s  exit %s  stdout %10s bytes  %s\n' "$label" "$((${rss:-0} / 1024))" "$wall" "${rc:-?}" \
    "$(stat -c %s "$work/stdout")" "$(grep -o -m1 'OutOfMemoryException' "$work/stderr" | head -n 1 || true)"
}

measure "fix --diff 20k lines" dotnet "$cli" fix --diff "$work/l20k.txt"
measure "fix --diff 50k lines" dotnet "$cli" fix --diff "$work/l50k.txt"
for format in ${FORMATS:-text json jsonl sarif github rdjsonl checkstyle}; do
  measure "check 690k --format $format" dotnet "$cli" check --format "$format" "$work/big.txt"
done
