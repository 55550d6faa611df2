#!/usr/bin/env python3
"""Check set-h: every span occurs in its draft; report spans occurring more than once,
word counts, quote balance, and tallies by shape and kind."""
import json, glob, os, re, collections, sys
here = os.path.dirname(os.path.abspath(__file__))
bad = 0
shapes = collections.Counter(); kinds = collections.Counter(); dkinds = collections.Counter()
nexp = ndec = 0
for ej in sorted(glob.glob(os.path.join(here, '*.expect.json'))):
    stem = ej[:-len('.expect.json')]
    drafts = [stem + e for e in ('.md', '.txt') if os.path.exists(stem + e)]
    if len(drafts) != 1:
        print('NO DRAFT', ej); bad += 1; continue
    text = open(drafts[0], encoding='utf-8').read()
    name = os.path.basename(drafts[0])
    d = json.load(open(ej, encoding='utf-8'))
    words = len(text.split())
    if not 300 <= words <= 450:
        print(f'{name}: {words} words (outside 300-450)'); bad += 1
    for para in text.split('\n\n'):
        if para.count('"') % 2:
            print(f'{name}: odd number of quote marks in: {para[:60]}'); bad += 1
    if re.search('[\u201c\u201d]', text):
        print(f'{name}: curly double quotes present')
    for kind, items in (('expect', d['expect']), ('decoy', d['decoys'])):
        for it in items:
            for sp in it['spans']:
                n = text.count(sp)
                if n == 0:
                    print(f'{name}: {kind} span NOT FOUND: {sp!r}'); bad += 1
                elif n > 1:
                    print(f'{name}: {kind} span occurs {n} times: {sp!r}')
    for e in d['expect']:
        nexp += 1; shapes[e['shape']] += 1; kinds[e['kind'].split('/')[0]] += 1
    for x in d['decoys']:
        ndec += 1; dkinds[x['kind']] += 1
    print(f'{name}: {words} words, {len(d["expect"])} conflicts, {len(d["decoys"])} decoys')
print('conflicts', nexp, dict(shapes)); print('conflict kinds', dict(kinds)); print('decoys', ndec)
sys.exit(1 if bad else 0)
