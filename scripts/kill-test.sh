#!/usr/bin/env bash
# Crash-safety check: kills `readout ingest` with SIGKILL mid-run (several times), re-runs it, and checks that the
# store then holds exactly what one clean run stores: same row counts in every table, no duplicates,
# SQLite integrity ok. Usage: scripts/kill-test.sh [DOCUMENTS] (default 3000); READOUT=path/to/readout to pick a binary.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-3000}
READOUT=${READOUT:-.build/debug/readout}
WORK=$(mktemp -d /tmp/readout-kill.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
python3 scripts/make-readouts.py "$N" "$WORK/corpus.jsonl" 11
counts() {
    sqlite3 "$1" "SELECT 'documents', count(*) FROM documents; SELECT 'entities', count(*) FROM entities;
      SELECT 'entity_documents', sum(documents) FROM entities; SELECT 'document_entities', count(*) FROM document_entities;
      SELECT 'mentions', count(*) FROM mentions; SELECT 'events', count(*) FROM events;
      SELECT 'event_mentions', count(*) FROM event_mentions; SELECT 'event_articles', sum(num_articles) FROM events;
      SELECT 'quotes', count(*) FROM quotes; SELECT 'quotes_fts', count(*) FROM quotes_fts WHERE quotes_fts MATCH 'talks';
      SELECT 'documents_fts', count(*) FROM documents_fts WHERE documents_fts MATCH 'report';
      SELECT 'figures', count(*) FROM figures; SELECT 'timexes', count(*) FROM timexes;
      SELECT 'expectations', count(*) FROM expectations; SELECT 'expectation_links', count(*) FROM expectation_links;
      SELECT 'demands', count(*) FROM demands; SELECT 'demand_answers', count(*) FROM demand_answers;
      SELECT 'event_actors', count(*) FROM event_actors; SELECT 'actor_days', sum(events) FROM actor_days;
      SELECT 'duplicate_ids', count(*) - count(DISTINCT id) FROM documents;"
}
echo "clean run: $N readouts"
"$READOUT" ingest --readouts --quiet --batch 50 --db "$WORK/clean.db" "$WORK/corpus.jsonl" 2>/dev/null
for round in 1 2 3; do
    "$READOUT" ingest --readouts --quiet --batch 50 --db "$WORK/crash.db" "$WORK/corpus.jsonl" 2>/dev/null &
    pid=$!
    # Wait until more of the corpus is committed than after the previous round, then kill at once.
    target=$((N * round / 4))
    while kill -0 "$pid" 2>/dev/null; do
        stored=$(sqlite3 "$WORK/crash.db" "SELECT count(*) FROM documents" 2>/dev/null || echo 0)
        [[ "$stored" -ge "$target" ]] && break
        sleep 0.05
    done
    if kill -9 "$pid" 2>/dev/null; then
        wait "$pid" 2>/dev/null || true
        stored=$(sqlite3 "$WORK/crash.db" "SELECT count(*) FROM documents" 2>/dev/null || echo 0)
        echo "round $round: killed ingest (pid $pid) with SIGKILL; $stored documents committed"
    else
        wait "$pid" || true
        echo "round $round: ingest finished before the kill"
    fi
done
echo "re-run to completion"
"$READOUT" ingest --readouts --quiet --batch 50 --db "$WORK/crash.db" "$WORK/corpus.jsonl" 2>&1 | grep -E "ingested|added" || true
integrity=$(sqlite3 "$WORK/crash.db" "PRAGMA integrity_check")
echo "integrity_check: $integrity"
counts "$WORK/clean.db" > "$WORK/clean.txt"
counts "$WORK/crash.db" > "$WORK/crash.txt"
paste -d' ' "$WORK/clean.txt" "$WORK/crash.txt" | awk -F'[| ]' '{ printf "  %-18s clean %-8s after kills %-8s %s\n", $1, $2, $4, ($2 == $4 ? "same" : "DIFFERENT") }'
if [[ "$integrity" == "ok" ]] && diff -q "$WORK/clean.txt" "$WORK/crash.txt" >/dev/null; then
    echo "PASS: after SIGKILL and re-run the store equals a clean run (no duplicates, nothing half-written)"
else
    echo "FAIL"
    exit 1
fi
