import json, glob, os, re, collections, sys
d = sys.argv[1]
tot_c = tot_d = 0
shapes = collections.Counter(); kinds = collections.Counter(); dk = collections.Counter()
ok = True
for ej in sorted(glob.glob(os.path.join(d, '*.expect.json'))):
    base = ej[:-len('.expect.json')]
    draft = [p for p in (base + '.md', base + '.txt') if os.path.exists(p)]
    assert len(draft) == 1, ej
    text = open(draft[0], encoding='utf-8').read()
    j = json.load(open(ej, encoding='utf-8'))
    words = len(text.split())
    dq = text.count('"'); curly = sum(text.count(c) for c in '\u201c\u201d\u2018\u2019')
    print(f"{os.path.basename(draft[0])}: {words} words, {len(j['expect'])} conflicts, {len(j['decoys'])} decoys, straight-dq={dq} curly={curly}")
    if not 300 <= words <= 450: print("  WORDS OUT OF RANGE"); ok = False
    if dq % 2: print("  ODD QUOTE COUNT"); ok = False
    for para in text.split('\n\n'):
        if para.count('"') % 2: print("  odd quotes in paragraph:", para[:60])
    for grp, items in (('expect', j['expect']), ('decoys', j['decoys'])):
        for it in items:
            if len(it['spans']) != 2: print("  not two spans:", it)
            for sp in it['spans']:
                s = re.sub(r'#\d+$', '', sp)
                n = text.count(s)
                if n == 0: print(f"  MISSING [{grp}] {sp!r}"); ok = False
                elif n > 1: print(f"  occurs {n}x [{grp}] {sp!r}")
            if grp == 'expect':
                assert it['rule'] == 'conflicting-figure'
                shapes[it['shape']] += 1; kinds[it['kind'].split('/')[0].split(' ')[0]] += 1
            else:
                dk[it['kind']] += 1
    tot_c += len(j['expect']); tot_d += len(j['decoys'])
print('conflicts', tot_c, 'decoys', tot_d)
print('shapes', dict(shapes)); print('kinds', dict(kinds))
print('all ok' if ok else 'PROBLEMS')
