#!/usr/bin/env bash
# CPU time the server spends per toolkit page, for comparing two builds on a noisy machine.
#
# Throughput (pages.sh) moves with whatever else the machine is doing; the CPU time the
# server process itself consumes per request moves much less. This starts `nexus serve`
# twice on fresh SQLite folders — with the page cache (the default) and without it
# (NEXUS_PAGE_CACHE=off, so every request renders) — sends each a fixed number of
# requests for the English and Arabic pages of good practice 2 over one keep-alive
# connection, and reads the server's user+system CPU time from /proc before and after.
# ROUNDS rounds; prints each round and the median, in microseconds of CPU per request.
#
#   Benchmarks/page-cpu.sh                       # this checkout's release build
#   BIN=/path/to/other/nexus Benchmarks/page-cpu.sh
#   ROUNDS=7 CACHED=20000 RENDERED=3000 Benchmarks/page-cpu.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-5}
CACHED=${CACHED:-20000}
RENDERED=${RENDERED:-2000}
if [ -z "${BIN:-}" ]; then
  swift build -c release --product nexus >/dev/null
  BIN=$(swift build -c release --show-bin-path)/nexus
fi
WORK=$(mktemp -d /tmp/nexus-cpu.XXXXXX)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
start() { # $1 = name, $2 = page cache on|off; prints the port
  local port; port=$(free_port)
  NEXUS_PAGE_CACHE=$2 NEXUS_DATA_DIR="$WORK/$1" NEXUS_CONTENT_DIR="$PWD/Content" NEXUS_LOG_LEVEL=warning \
    "$BIN" serve --port "$port" >"$WORK/$1.log" 2>&1 &
  PIDS+=($!)
  echo "$port $!"
}
read -r CACHED_PORT CACHED_PID < <(start cached on)
read -r RENDERED_PORT RENDERED_PID < <(start rendered off)
for port in "$CACHED_PORT" "$RENDERED_PORT"; do
  for _ in $(seq 1 200); do curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
done

python3 - "$ROUNDS" "$CACHED" "$RENDERED" "$CACHED_PORT:$CACHED_PID" "$RENDERED_PORT:$RENDERED_PID" <<'PY'
import http.client, os, statistics, sys

rounds, cached, rendered = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
servers = {"cached": (sys.argv[4], cached), "rendered each time": (sys.argv[5], rendered)}
tick = os.sysconf("SC_CLK_TCK")

def cpu(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / tick  # utime + stime, seconds

def run(port, path, count):
    connection = http.client.HTTPConnection("127.0.0.1", port)
    size = 0
    for _ in range(count):
        connection.request("GET", path)
        response = connection.getresponse()
        size = len(response.read())
        assert response.status == 200, response.status
    connection.close()
    return size

results = {}
for name, (address, count) in servers.items():
    port, pid = address.split(":")
    for path in ["/en/practices/2", "/ar/practices/2"]:
        run(port, path, max(200, count // 10))  # warm-up
        samples = []
        for _ in range(rounds):
            before = cpu(pid)
            size = run(port, path, count)
            samples.append((cpu(pid) - before) / count * 1e6)
        results[(name, path)] = (samples, size)

print(f"{'page':<18} {'mode':<20} {'bytes':>6} {'median µs CPU/request':>22}  rounds")
for (name, path), (samples, size) in results.items():
    rounds_text = ", ".join(f"{value:.0f}" for value in samples)
    print(f"{path:<18} {name:<20} {size:>6} {statistics.median(samples):>22.1f}  {rounds_text}")
PY
