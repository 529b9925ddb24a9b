#!/usr/bin/env bash
# Times the store's questions on a store (default readout.db): each command run 5 times, whole process
# (start, open, query, print) timed with the wall clock; prints the median and the best in ms.
# Usage: scripts/bench-queries.sh [DB]   (READOUT=path/to/readout picks the binary)
set -euo pipefail
DB=${1:-readout.db}
READOUT=${READOUT:-$(dirname "$0")/../.build/release/readout}
run() {
    local times=()
    for _ in 1 2 3 4 5; do
        local start end
        start=$(date +%s%N)
        "$READOUT" "$@" --db "$DB" > /dev/null 2>&1 || true
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000000 )))
    done
    local sorted
    sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
    printf '%-70s median %4s ms   best %4s ms\n' "readout $*" "$(echo "$sorted" | cut -d' ' -f3)" "$(echo "$sorted" | cut -d' ' -f1)"
}
echo "store: $DB ($(sqlite3 "$DB" 'SELECT count(*) FROM documents') documents, $(sqlite3 "$DB" 'SELECT count(*) FROM events') events, $(sqlite3 "$DB" 'SELECT count(*) FROM event_mentions') event mentions, $(sqlite3 "$DB" 'SELECT count(*) FROM quotes') quotes)"
run --version
run events
run events --actor RUS
run events --actor RUS --from 2020-01-01 --to 2020-03-31
run events --actor USA --with RUS
run events --source Russia --target Ukraine --type ASSAULT
run events --type SANCTION --modality asserted --from 2019-01-01
run events --place Geneva --from 2022-01-01
run events --text ceasefire --limit 20
run events --actor Person1 --limit 20
run quotes --speaker Person12
run quotes --text "ceasefire AND grain" --limit 50
run quotes --speaker RUSGOV --from 2021-01-01
run entities
run entities --name RUS
run timeline --actor RUS
run timeline --actor USA --with RUS
run ledger
run ledger --as-of 2020-06-30
run ledger --status fulfilled
run ledger --actor RUS --status open
run show synthetic-000123
