#!/usr/bin/env python3
"""Per-method instruction counts of a callgrind-passes.sh run (docs/performance.md, "Session 9").

Usage: callgrind-methods.py OUT.out OUT.map PASSES [FILTER] [ROWS]
Prints, per counted pass, FactChecker.Check's instructions, the GC's (libclrgc.so, whose place in the passes moves from
run to run) and Check without them; then each JIT method whose name holds FILTER, inclusive (its instructions and
those of the calls made from them) and self, in millions. callgrind lumps JIT code into unnamed functions; the perf map
of the same run names each instruction's method by its address.
"""
import bisect
import re
import sys

out, perf_map, passes = sys.argv[1], sys.argv[2], float(sys.argv[3])
flt = sys.argv[4] if len(sys.argv) > 4 else 'FactBase'
rows = int(sys.argv[5]) if len(sys.argv) > 5 else 60

ranges = []
for line in open(perf_map):
    parts = line.rstrip('\n').split(' ', 2)
    if len(parts) == 3:
        ranges.append((int(parts[0], 16), int(parts[1], 16), parts[2]))
ranges.sort()
starts = [r[0] for r in ranges]


def method(address, fallback):
    i = bisect.bisect_right(starts, address) - 1
    if i >= 0 and address < ranges[i][0] + ranges[i][1]:
        return ranges[i][2]
    return fallback


def named(text, table):
    m = re.match(r'\((\d+)\)(?: (.*))?', text)
    if not m:
        return text
    if m.group(2) is not None:
        table[m.group(1)] = m.group(2)
        return m.group(2)
    return table[m.group(1)]


def position(token, last):
    if token == '*':
        return last
    if token[0] in '+-':
        return last + int(token, 0)
    return int(token, 0)


fns, objects = {}, {}
own, inclusive, by_object = {}, {}, {}
fn = obj = None
last = [0, 0]
call_target = None
for line in open(out):
    c = line[0] if line else '\n'
    if c.isdigit() or c in '+-*':
        parts = line.split()
        last[0] = position(parts[0], last[0])
        if len(parts) > 1:
            last[1] = position(parts[1], last[1])
        cost = int(parts[2]) if len(parts) > 2 else 0
        m = method(last[0], fn)
        if call_target is not None:
            if call_target != m:
                inclusive[m] = inclusive.get(m, 0) + cost
            call_target = None
        else:
            own[m] = own.get(m, 0) + cost
            inclusive[m] = inclusive.get(m, 0) + cost
            if m == fn:
                by_object[obj] = by_object.get(obj, 0) + cost
    elif line.startswith('ob='):
        obj = named(line[3:].strip(), objects)
    elif line.startswith('cob='):
        named(line[4:].strip(), objects)
    elif line.startswith('fn='):
        fn = named(line[3:].strip(), fns)
    elif line.startswith('cfn='):
        cfn = named(line[4:].strip(), fns)
    elif line.startswith('calls='):
        target = line[6:].split()[1]
        call_target = method(int(target, 0), cfn) if target[0] not in '+-*' else cfn


def clean(name):
    return re.sub(r'\[Optimized[^\]]*\]|\[OptimizedTier1[^\]]*\]|\[Tier[01][^\]]*\]|\[QuickJitted\]|\[PreJIT\]', '', name)


merged_incl, merged_own = {}, {}
for k, v in inclusive.items():
    merged_incl[clean(k)] = merged_incl.get(clean(k), 0) + v
for k, v in own.items():
    merged_own[clean(k)] = merged_own.get(clean(k), 0) + v
check = sum(v for k, v in merged_incl.items() if 'FactChecker::Check(' in k) / passes / 1e6
gc = sum(v for k, v in by_object.items() if k and k.endswith('libclrgc.so')) / passes / 1e6
print('per pass: Check %.1f M, GC %.1f M, Check without GC %.1f M' % (check, gc, check - gc))
print('%8s %8s  %s' % ('incl', 'self', 'method'))
listed = sorted(((v, k) for k, v in merged_incl.items() if flt in k), reverse=True)[:rows]
for v, k in listed:
    print('%8.2f %8.2f  %s' % (v / passes / 1e6, merged_own.get(k, 0) / passes / 1e6, re.sub(r'^.*?\] ', '', k)[:150]))
