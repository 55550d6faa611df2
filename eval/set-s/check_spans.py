#!/usr/bin/env python3
"""Check that every span of every .expect.json occurs in its draft; list repeats and counts."""
import json, glob, os, re, collections, sys
here = os.path.dirname(os.path.abspath(__file__))
bad = 0
shapes, kinds, dkinds = collections.Counter(), collections.Counter(), collections.Counter()
nexp = ndec = 0
for ej in sorted(glob.glob(os.path.join(here, '*.expect.json'))):
    stem = ej[:-len('.expect.json')]
    draft = [p for p in (stem + '.md', stem + '.txt') if os.path.exists(p)]
    if len(draft) != 1:
        print('NO DRAFT', ej); bad += 1; continue
    text = open(draft[0], encoding='utf-8').read()
    words = len(text.split())
    d = json.load(open(ej, encoding='utf-8'))
    name = os.path.basename(draft[0])
    if not 300 <= words <= 450:
        print(f'{name}: {words} words (outside 300-450)'); bad += 1
    for group, items in (('expect', d['expect']), ('decoys', d['decoys'])):
        for it in items:
            for sp in it['spans']:
                n = text.count(sp)
                if n == 0:
                    print(f'{name}: {group} span MISSING: {sp!r}'); bad += 1
                elif n > 1:
                    print(f'{name}: {group} span occurs {n} times: {sp!r}')
    nexp += len(d['expect']); ndec += len(d['decoys'])
    for e in d['expect']:
        shapes[e['shape']] += 1; kinds[e['kind'].split('/')[0]] += 1
    for x in d['decoys']:
        dkinds[x['kind']] += 1
print('conflicts', nexp, dict(shapes)); print('conflict kinds', dict(kinds))
print('decoys', ndec); print('decoy kinds', dict(dkinds))
sys.exit(1 if bad else 0)
