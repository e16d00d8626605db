# Usage: run from the repository root: python3 src/Glossary/Romanization/Chinese/Data/tools/derive-wade-giles.py
import re
D = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
txt = open('src/Glossary/Romanization/Chinese/Data/han-latin.txt', encoding='utf-8').read().split('\n')
syl = [l for l in txt if l.startswith('@ ')][0][2:].split(' ')
extra = set()
for name in ('words-pinyin-pro.txt', 'char-readings-pinyin-pro.txt', 'words.txt', 'places.txt', 'surnames.txt', 'given-names.txt'):
    for line in open('src/Glossary/Romanization/Chinese/Data/' + name, encoding='utf-8'):
        if line.startswith('#') or '\t' not in line: continue
        extra |= {x[:-1] for x in line.rstrip('\n').split('\t')[1].split(' ') if x != '/'}
letters = sorted(set(s[:-1] for s in syl) | extra | {'r', 'lo', 'yo', 'den', 'nun', 'zhei', 'shei', 'kei', 'dei', 'lüe', 'nüe', 'jiong', 'qiong', 'xiong', 'ê', 'hng', 'tei'})
INIT = {'b':'p','p':"p'",'m':'m','f':'f','d':'t','t':"t'",'n':'n','l':'l','g':'k','k':"k'",'h':'h','j':'ch','q':"ch'",'x':'hs','zh':'ch','ch':"ch'",'sh':'sh','r':'j','z':'ts','c':"ts'",'s':'s'}
def wg(p):
    whole = {'zhi':'chih','chi':"ch'ih",'shi':'shih','ri':'jih','zi':'tzu','ci':"tz'u",'si':'ssu','er':'erh','e':'o','yi':'i','you':'yu','yu':'yü','yue':'yüeh','yuan':'yüan','yun':'yün','ye':'yeh','yan':'yen','yong':'yung','r':'rh','ê':'ê'}
    if p in whole: return whole[p]
    if p[0] in 'yw' or p[0] in 'aoe' or p in ('m','n','ng','hm','hng','ng'): return p
    m = re.match(r'^(zh|ch|sh|[bpmfdtnlgkhjqxrzcs])(.*)$', p)
    if not m: return None
    i, f = m.groups()
    if i in ('j','q','x') and f.startswith('u'): f = 'ü' + f[1:]
    if f == 'e' and i in ('g','k','h'): f = 'o'
    elif f == 'ie': f = 'ieh'
    elif f in ('üe','ue'): f = 'üeh'
    elif f == 'ian': f = 'ien'
    elif f == 'ong': f = 'ung'
    elif f == 'iong': f = 'iung'
    elif f == 'uo' and i not in ('g','k','h','sh'): f = 'o'
    elif f == 'ui' and i in ('g','k'): f = 'uei'
    return INIT[i] + f
rows = []
for p in letters:
    w = wg(p)
    if w is None: print('??', p); continue
    rows.append((p, w))
out = open('src/Glossary/Romanization/Chinese/Data/wade-giles.txt', 'w', encoding='utf-8')
out.write('''# Hanyu Pinyin syllable (toneless, ü as ü) → Wade–Giles, strict form with aspiration apostrophes and ü.
# Sources: the Wade–Giles conversion table of the University of Chicago East Asian Library and the
# Wikipedia "Wade–Giles" article, as summarised in shared/reference/chinese-romanization.md §3.1
# (initials p p' t t' k k' ch ch' hs ch ch' sh j ts ts' s; -ih; tzu tz'u ssu; ko k'o ho; -ieh; -üeh;
# -ien; -ung/-iung; -uo → -o except after g k h sh; kuei k'uei; ü after j q x y; yi → i, you → yu).
# Deliberate choices: ê is written e (as the press prints it: Tse-tung, En-lai), ŭ in tzŭ/ssŭ is
# written u; the bare syllable e is o; erhua r is rh. pypinyin's ai → ei fall-through bug is not copied.
# Every syllable of han-latin.txt and of the lexicons is listed, and the standard syllables no reading here uses:
# ê (欸), hng (哼), tei (忒) (issue #14 point 1f); ChineseDataTests checks it and each row against the rules above.
''')
for p, w in rows: out.write(f'{p}\t{w}\n')
print(len(rows))
