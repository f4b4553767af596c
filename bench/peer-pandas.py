#!/usr/bin/env python3
"""The data journalist's usual alternative: pandas.read_html on the page, then the two T4/T3 sums by hand-written
code. Used as the performance peer (same pages, same machine, one run). Usage: peer-pandas.py N FILE...
Copied from the shared tools, with two changes: a page without tables counts as no finding instead of stopping the run,
and pandas is told to use lxml (its default falls back to html5lib, not installed here, on a page lxml cannot read;
such a page counts as no finding too)."""
import sys, time, io
import pandas as pd
from lxml import etree
n = int(sys.argv[1]); files = sys.argv[2:]
pages = [open(f, encoding='utf-8', errors='replace').read() for f in files]
def audit(html):
    try:
        tables = pd.read_html(io.StringIO(html), flavor='lxml')  # rowspan/colspan filled by pandas
    except (ValueError, etree.ParserError, etree.XMLSyntaxError):  # no tables (published as images), unreadable
        return 0
    found = 0
    for t in tables:
        flat = t.astype(str).values
        if flat.shape[1] >= 15 and flat.shape[0] >= 1:  # T4 as one row of 15 numbers
            try:
                v = [int(float(x)) for x in flat[-1][-15:]]
                for g in range(3):
                    if sum(v[g*5:g*5+4]) != v[g*5+4]: found += 1
            except ValueError: pass
    return found
t0 = time.perf_counter()
for _ in range(n):
    for p in pages: audit(p)
dt = time.perf_counter() - t0
print(f"pandas.read_html peer: {n*len(pages)/dt:.1f} reports/s, {dt/(n*len(pages))*1000:.2f} ms/report (T4 sums only)")
