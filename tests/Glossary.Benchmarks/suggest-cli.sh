#!/usr/bin/env bash
# `glossary suggest` over a folder of small news-like articles (issue #16 point 4: "a folder of 10,000 articles runs in
# seconds"). Each article has five sentences naming people drawn from 400 Korean names (written hyphenated or spaced,
# as news copy does both) and 100 pinyin Chinese names, with titles, verbs of speech and place names around them.
# One timed run of the plain JIT-compiled Release build (start-up included).
# Usage: tests/Glossary.Benchmarks/suggest-cli.sh [articles] (default 10000)
set -euo pipefail
cd "$(dirname "$0")/../.."
articles="${1:-10000}"
# shellcheck source=bench-common.sh
source tests/Glossary.Benchmarks/bench-common.sh

dotnet build src/Glossary.Cli -c Release -o "$work/plain" -v quiet -nologo > /dev/null
mkdir -p "$work/news"
awk -v n="$articles" -v dir="$work/news" 'BEGIN {
  srand(16)
  split("Choi Kang Jung Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Ryu Jeon Hong Ko Moon Yang", ks, " ")
  split("Jae Min Seung Hyun Ji Eun Dong Sung Young Hye Jin Woo Tae Kyung Soo Hee", kg, " ")
  split("Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu", cs, " ")
  split("Xiao Jian Hong Wei Ming Lin Hua Jun Tao Yu", cg, " ")
  split("said on Monday|told reporters|added in a statement|arrived in Busan|met officials in Seoul|visited Beijing", verbs, "|")
  split("President|Minister|Chairman|coach|Professor|", titles, "|")
  for (i = 1; i <= 400; i++) {
    a = kg[int(rand() * 16) + 1]; b = tolower(kg[int(rand() * 16) + 1])
    kn[i] = ks[int(rand() * 20) + 1] " " a; kb[i] = b
  }
  for (i = 1; i <= 100; i++)
    cn[i] = cs[int(rand() * 10) + 1] " " cg[int(rand() * 10) + 1] tolower(cg[int(rand() * 10) + 1])
  for (f = 1; f <= n; f++) {
    file = sprintf("%s/%05d.txt", dir, f)
    print "SEOUL, June " (f % 28 + 1) " (Yonhap) -- Officials met again this week." > file
    for (s = 1; s <= 5; s++) {
      if (rand() < 0.7) {
        k = int(rand() * 400) + 1
        name = kn[k] (rand() < 0.6 ? "-" kb[k] : " " toupper(substr(kb[k], 1, 1)) substr(kb[k], 2))
      } else {
        name = cn[int(rand() * 100) + 1]
      }
      title = titles[int(rand() * 6) + 1]
      print (title == "" ? "" : title " ") name " " verbs[int(rand() * 6) + 1] " about the plan." > file
    }
    close(file)
  }
}'
start=$(date +%s%N)
status=0
dotnet "$work/plain/Glossary.Cli.dll" suggest "$work/news" > "$work/out.yaml" 2> "$work/err" || status=$?
end=$(date +%s%N)
echo "suggest $articles articles: $(((end - start) / 1000000)) ms (exit $status; $(grep -c '^  - en:' "$work/out.yaml") entries suggested)"
head -n 12 "$work/out.yaml"
