#!/usr/bin/env python3
"""Replicates a small corpus of dated reports into N documents with distinct ids and dates, as JSON Lines shards.

Each copy of a source report gets its own id, URL and publisher and a date shifted by a whole number of weeks (so
weekdays in the text keep their meaning), spread over about twenty years. Usage:
    make-corpus.py SOURCE_DIR N OUT_DIR [DOCS_PER_SHARD]
SOURCE_DIR holds seed-format files (' date YYYY-MM-DD text') or plain text with a 'date: YYYY-MM-DD' first line.
"""
import datetime, json, os, re, sys

source, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
per_shard = int(sys.argv[4]) if len(sys.argv) > 4 else 1000
reports = []
for root, _, files in os.walk(source):
    for name in sorted(files):
        raw = open(os.path.join(root, name), encoding="utf-8", errors="replace").read()
        m = re.match(r"\s*(?:date:?\s*)(\d{4}-\d{2}-\d{2})\s*", raw)
        if not m:
            continue
        reports.append((name, datetime.date.fromisoformat(m.group(1)), raw[m.end():]))
if not reports:
    sys.exit(f"no dated reports under {source}")
os.makedirs(out, exist_ok=True)
publishers = [f"Wire {c}" for c in "ABCDEFGHIJ"]
shard = None
for i in range(n):
    if i % per_shard == 0:
        if shard: shard.close()
        shard = open(os.path.join(out, f"corpus-{i // per_shard:04d}.jsonl"), "w", encoding="utf-8")
    name, day, text = reports[i % len(reports)]
    copy = i // len(reports)
    shifted = day + datetime.timedelta(weeks=copy % 1000 - 500)
    record = {"id": f"copy{copy:06d}-{name}", "date": shifted.isoformat(), "title": name,
              "source": publishers[copy % len(publishers)], "url": f"https://example.org/{copy}/{name}", "text": text}
    shard.write(json.dumps(record, ensure_ascii=False) + "\n")
shard.close()
