#!/usr/bin/env bash
# Search latency and relevance on a synthetic multilingual corpus, Nexus against tantivy.
#
# For each size in SIZES (default "10000 100000"): generates the corpus and its query mix
# (Benchmarks/search/make_corpus.py), indexes it with the product's SearchIndex on SQLite
# and on PostgreSQL and times SearchIndex.search — the core of GET /api/v1/search —
# over the query mix (Benchmarks/SearchBenchmark), then does the same with tantivy
# (Benchmarks/search/tantivy_reference.py). Prints one JSON line per run and keeps them
# in Benchmarks/results/. PostgreSQL: a throwaway cluster, or the server named by
# NEXUS_BENCH_POSTGRES_URL (postgres://user@host:port, no database: one is created per size).
# Needs python3 with tantivy (pip install tantivy) and, without a URL, PostgreSQL's binaries.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-"10000 100000"}
ROUNDS=${ROUNDS:-3}
python3 -c 'import tantivy' 2>/dev/null || { echo "search.sh needs the tantivy package: pip install tantivy" >&2; exit 1; }

swift build -c release --product nexus-search-benchmark >/dev/null
BIN=$(swift build -c release --show-bin-path)/nexus-search-benchmark
WORK=$(mktemp -d /tmp/nexus-search-bench.XXXXXX)
chmod 755 "$WORK"
RESULTS=Benchmarks/results/search-$(date +%Y-%m-%d).jsonl
mkdir -p Benchmarks/results
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  [ -f "$WORK/pg/postmaster.pid" ] && as_pg "$PGBIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

POSTGRES=${NEXUS_BENCH_POSTGRES_URL:-}
if [ -z "$POSTGRES" ]; then
  PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  mkdir -p "$WORK/pg"; [ "$(id -u)" -eq 0 ] && chown postgres "$WORK" "$WORK/pg"
  as_pg "$PGBIN/initdb" -D "$WORK/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_pg "$PGBIN/pg_ctl" -D "$WORK/pg" -o "-p $PORT -k $WORK -c listen_addresses=127.0.0.1 -c shared_buffers=1GB" \
    -l "$WORK/pg.log" -w start >/dev/null
  POSTGRES="postgres://postgres@127.0.0.1:$PORT"
fi

for size in $SIZES; do
  python3 Benchmarks/search/make_corpus.py --records "$size" --out "$WORK/corpus-$size" >&2
  "$BIN" --corpus "$WORK/corpus-$size" --records "$size" --rounds "$ROUNDS" --database "sqlite://$WORK/bench-$size.sqlite" | tee -a "$RESULTS"
  psql "$POSTGRES/postgres" -qc "DROP DATABASE IF EXISTS bench_$size" -c "CREATE DATABASE bench_$size" >/dev/null
  "$BIN" --corpus "$WORK/corpus-$size" --records "$size" --rounds "$ROUNDS" --database "$POSTGRES/bench_$size" | tee -a "$RESULTS"
  python3 Benchmarks/search/tantivy_reference.py --corpus "$WORK/corpus-$size" --records "$size" --rounds "$ROUNDS" | tee -a "$RESULTS"
done
