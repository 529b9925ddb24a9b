#!/usr/bin/env bash
# Times the store's questions on a store (default readout.db): each command run 5 times, whole process
# (start, open, query, print); prints the median and best wall-clock time and the median CPU time (user + sys)
# in ms. On a shared machine the CPU time is the comparable figure: wall time includes waiting for a core.
# Usage: scripts/bench-queries.sh [DB]   (READOUT=path/to/readout picks the binary)
# The names and the document asked for are those of the example corpus replicated by scripts/make-corpus.py.
set -euo pipefail
DB=${1:-readout.db}
READOUT=${READOUT:-$(dirname "$0")/../.build/release/readout}
TIMES=$(mktemp)
trap 'rm -f "$TIMES"' EXIT
run() {
    local walls=() cpus=()
    for _ in 1 2 3 4 5; do
        /usr/bin/time -o "$TIMES" -f "%e %U %S" "$READOUT" "$@" --db "$DB" > /dev/null 2>&1 || true
        read -r wall user sys < <(tail -1 "$TIMES")
        walls+=("$(awk -v w="$wall" 'BEGIN { printf "%d", w * 1000 }')")
        cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }')")
    done
    local wall cpu
    wall=$(printf '%s\n' "${walls[@]}" | sort -n | tr '\n' ' ')
    cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | tr '\n' ' ')
    printf '%-66s wall median %4s best %4s ms   cpu median %4s ms\n' "readout $*" \
        "$(echo "$wall" | cut -d' ' -f3)" "$(echo "$wall" | cut -d' ' -f1)" "$(echo "$cpu" | cut -d' ' -f3)"
}
echo "store: $DB ($(sqlite3 "$DB" 'SELECT count(*) FROM documents') documents, $(sqlite3 "$DB" 'SELECT count(*) FROM events') events, $(sqlite3 "$DB" 'SELECT count(*) FROM event_mentions') event mentions, $(sqlite3 "$DB" 'SELECT count(*) FROM quotes') quotes); load $(cut -d' ' -f1-3 /proc/loadavg)"
run --version
run events
run events --actor RUS
run events --actor RUS --from 2020-01-01 --to 2020-03-31
run events --actor USA --with RUS
run events --source Russia --target Ukraine --type ASSAULT
run events --type SANCTION --modality asserted --from 2019-01-01
run events --place Geneva --from 2022-01-01
run events --text ceasefire --limit 20
run events --actor Blinken --limit 20
run quotes --speaker Lavrov
run quotes --text "security AND guarantees" --limit 50
run quotes --speaker RUSGOV --from 2021-01-01
run entities
run entities --name RUS
run timeline --actor RUS
run timeline --actor USA --with RUS
run ledger
run ledger --as-of 2020-06-30
run ledger --status fulfilled
run ledger --actor RUS --status open
run show copy000123-2022-01-21-geneva-blinken-lavrov.txt
echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
