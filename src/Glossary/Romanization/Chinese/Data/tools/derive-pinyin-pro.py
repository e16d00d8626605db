# Usage: npm pack @pinyin-pro/data@1.3.1 and unpack it into a folder PPD (it holds package/json/*.json);
# then, from the repository root, with PPD and a scratch folder OUT set in the environment:
#   PPD=... OUT=... python3 src/Glossary/Romanization/Chinese/Data/tools/derive-pinyin-pro.py 4
import json, os, unicodedata, sys
PPD = os.environ.get('PPD', 'ppd')
OUT = os.environ.get('OUT', 'derive')
base_txt = open('src/Glossary/Romanization/Chinese/Data/han-latin.txt', encoding='utf-8').read().split('\n')
D = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
syl = []; base = {}
for line in base_txt:
    if line.startswith('@ '): syl = line[2:].split(' ')
    elif line and not line.startswith('#'):
        b, codes = line.split(' ')
        b = int(b, 16)
        for i in range(64):
            c = codes[2*i:2*i+2]
            if c != '..': base[chr(b*64+i)] = syl[D.index(c[0])*62 + D.index(c[1])]
def num(s):
    tone = 5; out = ''
    for c in unicodedata.normalize('NFD', s):
        if 'a' <= c <= 'z': out += c
        elif c == '\u0304': tone = 1
        elif c == '\u0301': tone = 2
        elif c == '\u030c': tone = 3
        elif c == '\u0300': tone = 4
        elif c == '\u0308' and out.endswith('u'): out = out[:-1] + 'ü'
        else: return None
    return out + str(tone) if out else None
def convert(word, reading):
    parts = reading.split(' ')
    if len(parts) != len(word): return None
    out = []
    for ch, p in zip(word, parts):
        if ch not in base: return None
        s = num(p)
        if s is None: return None
        if ch == '一' and s in ('yi2', 'yi4'): s = 'yi1'
        if ch == '不' and s == 'bu2': s = 'bu4'
        if ch == '儿' and s == 'er5' and out: s = 'r5'
        out.append(s)
    return out
def diffs(d, minlen=2, maxlen=8, keep_same=False):
    res = {}
    for w, v in d.items():
        if not (minlen <= len(w) <= maxlen): continue
        r = convert(w, v[0])
        if r is None: continue
        if r != [base[c] for c in w]: res[w] = r
        elif keep_same: res[w] = None
    return res
modern = diffs(json.load(open(os.path.join(PPD, 'package/json/modern.json'))), keep_same=True)
print('modern diffs', len(modern), file=sys.stderr)
if len(sys.argv) > 1:
    complete_json = json.load(open(os.path.join(PPD, 'package/json/complete.json')))
    complete = diffs(complete_json, 2, int(sys.argv[1]))
    extra = {w: r for w, r in complete.items() if w not in modern}
    # Common words of complete.json that read as ICU does: kept, without syllables, for segmentation.
    common = diffs({w: v for w, v in complete_json.items() if v[1] >= 1e-10}, 2, int(sys.argv[1]), keep_same=True)
    extra.update({w: r for w, r in common.items() if w not in modern and w not in extra})
    print('complete extra', len(extra), file=sys.stderr)
    json.dump({'modern': modern, 'complete': extra}, open(os.path.join(OUT, 'out.json'), 'w'), ensure_ascii=False)
    rows = {**extra, **modern}
    keys = sorted(k for k in rows if all(ord(c) < 0x10000 for c in k))
    with open('src/Glossary/Romanization/Chinese/Data/words-pinyin-pro.txt', 'w', encoding='utf-8') as f:
        f.write('''# Word list for segmentation and readings: every word of modern.json, with its syllables when they differ\n# from ICU Han-Latin read character by character (han-latin.txt), alone when they do not.
# Source: npm package @pinyin-pro/data 1.3.1 (ISC licence; https://github.com/zh-lx/pinyin-pro):
# json/modern.json (a modern standard dictionary, with neutral tones), plus the
# words of 2-4 characters of json/complete.json that modern.json lacks: those whose reading differs from
# ICU (many place and personal names), and the common ones (frequency >= 1e-10) for segmentation.
# Changes: 一 and 不 restored to citation tones yi1/bu4 (GB/T 16159-2012 §6.5.2; neutral bu5 kept);
# erhua 儿 after a syllable written r5 (GB/T 16159 writes it as r). Our curated lexicons override it.
# Derived by tools/derive-pinyin-pro.py. Format: word [TAB syllables] (tone 5 = neutral), sorted by code point.
''')
        for k in keys: f.write(k + ('\t' + ' '.join(rows[k]) if rows[k] else '') + '\n')
    print(len(keys), file=sys.stderr)

# Character readings: where ICU's single reading is not the one modern words use. For each character,
# weigh the non-neutral readings it has in modern.json words by word frequency; when one reading has
# over 60 % of the weight and ICU's reading under 20 %, that reading replaces ICU's. Particles keep
# ICU's neutral reading, and a few characters whose ICU reading is right for a Traditional text are left out.
from collections import defaultdict, Counter
KEEP = set('的地得了着吗呢吧啊呀啦嘛呗哇么们子谁於嗯哦')
weights = defaultdict(Counter); totals = Counter()
for w, (r, f) in json.load(open(os.path.join(PPD, 'package/json/modern.json'))).items():
    ps = r.split(' ')
    if len(ps) != len(w): continue
    for ch, p in zip(w, ps):
        s = num(p)
        if s is None or s.endswith('5') or ch in '一不': continue
        weights[ch][s] += f; totals[ch] += f
chars = {}
for ch, c in weights.items():
    if ch not in base or ch in KEEP: continue
    best, weight = c.most_common(1)[0]
    if best != base[ch] and weight > 0.6 * totals[ch] and c[base[ch]] < 0.2 * totals[ch]:
        chars[ch] = best
with open('src/Glossary/Romanization/Chinese/Data/char-readings-pinyin-pro.txt', 'w', encoding='utf-8') as f:
    f.write('''# Single-character readings that replace ICU Han-Latin's (han-latin.txt), where ICU's one reading is
# not the one modern words use (ICU: 罗 luō, 识 shì, 迹 jī, 卓 zhuō, 澎 pēng; here luó, shí, jì, zhuó, péng).
# Source: npm package @pinyin-pro/data 1.3.1 (ISC licence), json/modern.json. Rule: for each character,
# weigh the non-neutral readings it has in modern.json words by the word's frequency; when one reading
# has over 60 % of the weight and ICU's reading under 20 %, it replaces ICU's. Particles (的 地 得 了 着
# 吗 呢 吧 啊 呀 啦 嘛 呗 哇 么 们, and the noun suffix 子) keep ICU's neutral reading; 谁 於 嗯 哦 are left
# as ICU reads them. (Names and places read 子 zǐ: given-names.txt, places.txt.)
# Derived by tools/derive-pinyin-pro.py. Format: character TAB syllable, sorted by code point.
''')
    for ch in sorted(chars): f.write(ch + '\t' + chars[ch] + '\n')
print('chars', len(chars), file=sys.stderr)
