"""Writes NAME.expect.json for each draft of set-m and checks every span.

Each span must occur exactly once in its draft (or be given as "text#n").
Run: python3 build_expect.py   (exits non-zero on any failure)
"""
import json, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
CF = "conflicting-figure"

SETS = {
 "calder-dredging.md": (
  [(["96 trips", "the Kestrel's 69 trips"], "same count restated, digits swapped")],
  [(["482 tonnes of silt", "the 428 tonnes the contract"], "target vs outcome"),
   (["3,140 tonnes", "314 tonnes of that total"], "part and whole"),
   (["61.5 metres wide", "its 6.5 metres of cutter reach"], "different quantity"),
   (["1,850 tonnes from the south approach", "the 1,650 tonnes still lying"], "different place and period"),
   (["$2.76 million", "the $2.67 million budgeted"], "target vs outcome"),
   (["81 container ships", "18 of those ships"], "part and whole")]),
 "valley-buses.txt": (
  [(["6,370 pupils a day", "the 6,730 pupils it carries each day"], "same count restated, digits swapped")],
  [(["18 more buses", "the cooperative's 81 routes"], "different noun"),
   (["hired 124 drivers this year", "the 142 it hired in 2023"], "comparison, different period"),
   (["up to 240 kilometres", "covers 204 kilometres a day"], "bound"),
   (["Each bus costs $395,000", "covers $359,000 of that price"], "part and whole"),
   (["takes 34 minutes", "down from 43 minutes"], "earlier value stated"),
   (["Walter Benn, 72", "his 27-year-old granddaughter"], "different people's ages")]),
 "aldric-nurses.md": (
  [(["£14.6 million on agency nurses", "that £16.4 million agency bill"], "same amount restated, digits swapped")],
  [(["hired 1,230 nurses this year", "the 1,320 it hired in 2023"], "comparison, different period"),
   (["Of the 1,230 new nurses", "123 trained overseas"], "part and whole"),
   (["about 46 shifts a week", "the 64 shifts that went unfilled"], "rate vs count"),
   (["target of 5,420 nurses", "It employs 5,240 today"], "target vs outcome"),
   (["has 612 beds", "has 162 beds"], "different entity"),
   (["shortfall of 270 nurses", "revised to 207 in October"], "earlier value stated"),
   (["Aoife Carmody, 34", "a 43-year-old ward sister"], "different people's ages")]),
 "pellham-crash.txt": (
  [(["56 metres from the point", "the 65 metres the car travelled"], "same distance restated, digits swapped")],
  [(["A 34-year-old driver", "her 43-year-old passenger"], "different people's ages"),
   (["21 calls about the crash", "at least 12 drivers stopped"], "different noun"),
   (["17 crashes on the bend", "the 71 crashes recorded"], "part and whole"),
   (["about 4,650 vehicles a day", "the 4,560 counted in 2019"], "earlier value stated"),
   (["about $12,400", "up to $14,200"], "bound"),
   (["knocked down 13 metres of the wall", "the 130 metres of wall"], "part and whole")]),
 "ostrander-festival.md": (
  [(["2.7 tonnes of rubbish", "the 7.2 tonnes of rubbish"], "same amount restated, digits swapped")],
  [(["crowd at 15,800", "claimed 18,500"], "rival estimates credited"),
   (["crowd at 15,800", "the 13,800 who came in 2025"], "different period"),
   (["142 food vendors", "the 124 craft stalls"], "different noun"),
   (["Of the 142 vendors", "42 were taking part"], "part and whole"),
   (["raised $36,400", "its $34,600 goal"], "target vs outcome"),
   (["weighed 381 kilograms", "the 318 kilograms of last year's winner"], "different period")]),
 "brennock-budget.txt": (
  [(["will pay $2,184 in rates", "the $2,148 the average household"], "same amount restated, digits swapped")],
  [(["$48.2 million for 2027", "the $42.8 million it is spending"], "different period"),
   (["rise 3.9 percent", "the 9.3 percent rise"], "different period"),
   (["at $12.6 million", "including $2.6 million"], "part and whole"),
   (["surplus of $715,000", "a surplus of $751,000"], "target vs outcome"),
   (["up to $5.8 million", "the $8.5 million pool"], "bound"),
   (["Brennock's 14,300 ratepayers", "its 13,400 ratepayers"], "different entity")]),
 "hadley-flood.md": (
  [(["evacuated 274 homes", "the 247 homes evacuated"], "same count restated, digits swapped")],
  [(["142 millimetres of rain", "the 124 millimetres that fell"], "different place"),
   (["peaked at 5.83 metres", "the 5.38-metre flood stage"], "threshold vs outcome"),
   (["391 millimetres of rain", "the 319 millimetres recorded in November 1953"], "different period"),
   (["28 degrees Celsius", "82 degrees Fahrenheit"], "conversion"),
   (["16 degrees Celsius", "61 degrees Fahrenheit"], "conversion"),
   (["up to 45 millimetres more", "the 54 millimetres that fell on Monday"], "bound")]),
 "tallis-contract.txt": (
  [(["base hourly wage to $23.40", "the new $24.30 base hourly wage"], "same amount restated, digits swapped")],
  [(["2,150 members eligible", "the 1,250 members who voted"], "part and whole"),
   (["4.2 percent rise in the first year", "2.4 percent in the second"], "different period"),
   (["Osei, 52", "25-year-old Liam Carr"], "different people's ages"),
   (["as many as 21 hours", "at 12 hours a week"], "bound"),
   (["employs 1,930 people", "its 1,390 staff"], "different entity"),
   (["86,000 parcels a day", "the 68,000 it handles"], "target vs outcome")]),
 "northwind-air.md": (
  [(["The airline's 1,475 employees", "the airline's 1,457 employees"], "same count restated, digits swapped")],
  [(["carrying 3.18 million passengers", "forecasts 3.81 million passengers"], "target vs outcome"),
   (["Of the 3.18 million passengers", "1.38 million flew"], "part and whole"),
   (["26 aircraft", "62 daily departures"], "different noun"),
   (["handled 7.36 million passengers", "handled 7.63 million"], "different entity"),
   (["87 percent of Northwind flights", "from 78 percent in 2024"], "earlier value stated"),
   (["was £64 last year", "fare of £46 each way"], "different entity")]),
 "marlin-harvest.txt": (
  [(["farms 1,260 hectares", "Abernathy's 1,620 hectares"], "same area restated, digits swapped")],
  [(["harvested 412,000 tonnes", "the 421,000 tonnes forecast"], "target vs outcome"),
   (["harvested 412,000 tonnes", "the 482,000 tonnes brought in during 2025"], "different period"),
   (["Just 118 millimetres", "the 181-millimetre average"], "norm vs outcome"),
   (["produced 63 tonnes", "6.3 tonnes a hectare"], "rate vs count"),
   (["$268 a tonne", "down from $286 a tonne"], "earlier value stated"),
   (["Marlin County's 214 grain farms", "its 241 grain farms"], "different entity"),
   (["up to 95,000 tonnes", "about 59,000 tonnes of grain"], "bound")]),
}

def find(text, span):
    base, _, n = span.partition("#")
    return text.count(base), int(n or 1)

bad = 0
kinds = collections.Counter(); nexp = ndec = 0
for name, (expect, decoys) in SETS.items():
    text = open(os.path.join(HERE, name), encoding="utf-8").read()
    for spans, _ in expect + decoys:
        for sp in spans:
            c, n = find(text, sp)
            if c == 0 or ("#" not in sp and c != 1) or n > c:
                print(f"{name}: span {sp!r} occurs {c} times"); bad += 1
    words = len(text.split())
    if not 250 <= words <= 400:
        print(f"{name}: {words} words"); bad += 1
    out = {"expect": [{"rule": CF, "spans": s, "kind": k} for s, k in expect],
           "decoys": [{"spans": s, "kind": k} for s, k in decoys]}
    stem = name.rsplit(".", 1)[0]
    with open(os.path.join(HERE, stem + ".expect.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2); f.write("\n")
    nexp += len(expect); ndec += len(decoys)
    kinds.update(k for _, k in decoys)
print(f"{len(SETS)} drafts, {nexp} expectations, {ndec} decoys")
for k, v in kinds.most_common(): print(f"  {v:3d}  {k}")
sys.exit(1 if bad else 0)
