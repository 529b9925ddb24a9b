#!/usr/bin/env python3
"""Folds a `perf script` of the ingest writer thread per DocumentWriter call site.

Usage:
  perf record -F 299 --call-graph dwarf,16384 -o perf.data readout ingest --quiet --db copy-of-store.db shard/
  perf report -i perf.data --sort pid --stdio --no-children -g none   # the writer is the busiest non-main thread
  perf script -i perf.data --tid TID -F tid,ip,sym > writer.txt
  scripts/perf-writer.py writer.txt
  addr2line -e readout -i 0xADDRESS                                     # a call site's source line

Prints the share of samples by what the thread was doing (CPU, pread, pwrite, fsync), by the innermost
DocumentWriter function that is not a statement helper, and by call site (address within that function).
"""
import collections
import re
import sys

HELPERS = re.compile(r'DocumentWriterV(3run|5query|7execute|3run_2db)')
SHORT = re.compile(r'\$s12ReadoutStore14DocumentWriterV')


def samples(path):
    current = []
    for line in open(path):
        if not line.strip() or not line.startswith('\t'):
            if current:
                yield current
            current = []
            continue
        parts = line.strip().split(None, 1)
        current.append((parts[0], parts[1] if len(parts) > 1 else '?'))
    if current:
        yield current


def main():
    kinds, functions, sites = collections.Counter(), collections.Counter(), collections.Counter()
    total = 0
    for sample in samples(sys.argv[1]):
        total += 1
        symbols = [symbol for _, symbol in sample]
        if any('pread' in s for s in symbols[:12]):
            kinds['pread'] += 1
        elif any('pwrite' in s for s in symbols[:14]):
            kinds['pwrite'] += 1
        elif any('fsync' in s or 'fdatasync' in s for s in symbols[:14]):
            kinds['fsync'] += 1
        else:
            kinds['cpu'] += 1
        for address, symbol in sample:
            if 'DocumentWriterV' in symbol and not HELPERS.search(symbol):
                sites[(symbol, address)] += 1
                functions[symbol] += 1
                break
        else:
            functions['commit' if any('commit' in s.lower() for s in symbols) else 'other'] += 1
    if not total:
        sys.exit('no samples')
    print('samples', total)
    for kind, count in kinds.most_common():
        print('%6.1f%% %s' % (100 * count / total, kind))
    print('--- innermost writer function')
    for name, count in functions.most_common(25):
        print('%6.1f%% %s' % (100 * count / total, SHORT.sub('DW.', name)[:110]))
    print('--- call sites')
    for (name, address), count in sites.most_common(40):
        print('%6.1f%% %s %s' % (100 * count / total, address, SHORT.sub('DW.', name)[:80]))


if __name__ == '__main__':
    main()
