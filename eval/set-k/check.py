import json,glob,os,collections,sys
os.chdir(sys.argv[1] if len(sys.argv)>1 else os.path.dirname(os.path.abspath(__file__)))
ok=True; nexp=0; ndec=0; shapes=collections.Counter(); kinds=collections.Counter(); dk=collections.Counter()
for j in sorted(glob.glob('*.expect.json')):
    base=j[:-len('.expect.json')]
    drafts=[f for f in (base+'.md',base+'.txt') if os.path.exists(f)]
    assert len(drafts)==1,j
    t=open(drafts[0],encoding='utf-8').read()
    d=json.load(open(j,encoding='utf-8'))
    words=len(t.split())
    print(f"{drafts[0]}: {words} words, {len(d['expect'])} conflicts, {len(d['decoys'])} decoys")
    if not 300<=words<=450: print('  WORD COUNT OUT OF RANGE'); ok=False
    for grp,items in (('expect',d['expect']),('decoy',d['decoys'])):
        for e in items:
            assert len(e['spans'])==2
            for s in e['spans']:
                n=t.count(s)
                if n==0: print(f'  MISSING {grp} span: {s!r}'); ok=False
                elif n>1: print(f'  note: {grp} span {s!r} occurs {n} times')
    for e in d['expect']:
        assert e['rule']=='conflicting-figure'
        shapes[e['shape']]+=1; kinds[e['kind'].split('/')[0]]+=1
    for e in d['decoys']: dk[e['kind']]+=1
    nexp+=len(d['expect']); ndec+=len(d['decoys'])
    # quotes balanced
    if t.count('"')%2: print('  ODD number of straight double quotes'); ok=False
    if '\u201c' in t or '\u201d' in t: print('  curly quotes present')
print('conflicts',nexp,'decoys',ndec)
print('shapes',dict(shapes)); print('kinds',dict(kinds))
for k,v in sorted(dk.items()): print(' ',v,k)
print('OK' if ok else 'PROBLEMS')
