#!/usr/bin/env bash
# Toolkit page throughput against nginx serving the very same bytes.
#
# Builds nexus in release mode, starts it on a fresh SQLite data folder, saves the
# English and Arabic pages of good practice 2 to disk, serves those files with
# nginx, and measures both with wrk on loopback in one run:
#   wrk -t2 -c64 -d${DURATION}s --latency   (after a 3 s warm-up)
# Prints requests/second and p99 latency for each, the ratio to nginx, and the
# server's resident memory after the run. Needs wrk and nginx (Debian: wrk nginx-light).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-64}

for tool in wrk nginx; do
  command -v "$tool" >/dev/null || { echo "pages.sh needs $tool (apt-get install wrk nginx-light)" >&2; exit 1; }
done

swift build -c release --product nexus >/dev/null
BIN=$(swift build -c release --show-bin-path)/nexus
WORK=$(mktemp -d /tmp/nexus-bench.XXXXXX)
# nginx workers run as an unprivileged user and must be able to read the pages.
chmod 755 "$WORK"
SERVER_PID=""; UNCACHED_PID=""; NGINX_PID=""
cleanup() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
  [ -n "$UNCACHED_PID" ] && kill "$UNCACHED_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
NEXUS_PORT=$(free_port); UNCACHED_PORT=$(free_port); NGINX_PORT=$(free_port)

NEXUS_DATA_DIR="$WORK/data" NEXUS_LOG_LEVEL=warning "$BIN" serve --port "$NEXUS_PORT" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
# A second server renders every page anew, to show what the page cache saves.
NEXUS_PAGE_CACHE=off NEXUS_DATA_DIR="$WORK/data-uncached" NEXUS_LOG_LEVEL=warning "$BIN" serve --port "$UNCACHED_PORT" \
  >"$WORK/server-uncached.log" 2>&1 &
UNCACHED_PID=$!
for port in "$NEXUS_PORT" "$UNCACHED_PORT"; do
  for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
done

mkdir -p "$WORK/www"
for language in en ar; do
  curl -fsS "http://127.0.0.1:$NEXUS_PORT/$language/practices/2" -o "$WORK/www/$language-practice-2.html"
done

cat >"$WORK/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  sendfile on;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; }
}
CONF
nginx -c "$WORK/nginx.conf" -p "$WORK" &
NGINX_PID=$!
sleep 0.5

# Prints "requests/s p99" for one URL.
measure() {
  wrk -t2 -c"$CONNECTIONS" -d3s "$1" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "$1" | awk '
    /Requests\/sec/ { rps = $2 }
    /^ +99%/ { p99 = $2 }
    /Non-2xx/ { bad = $NF }
    END { if (bad) { print "non-2xx answers: " bad > "/dev/stderr"; exit 1 } print rps, p99 }'
}

printf '| page | nexus req/s | nexus p99 | nginx req/s | nginx p99 | nexus / nginx |\n|---|---|---|---|---|---|\n'
for language in en ar; do
  read -r nexus_rps nexus_p99 < <(measure "http://127.0.0.1:$NEXUS_PORT/$language/practices/2")
  read -r nginx_rps nginx_p99 < <(measure "http://127.0.0.1:$NGINX_PORT/$language-practice-2.html")
  ratio=$(python3 -c "print(f'{$nexus_rps / $nginx_rps * 100:.0f} %')")
  printf '| /%s/practices/2 (%s bytes) | %s | %s | %s | %s | %s |\n' "$language" \
    "$(wc -c <"$WORK/www/$language-practice-2.html")" "$nexus_rps" "$nexus_p99" "$nginx_rps" "$nginx_p99" "$ratio"
  read -r raw_rps raw_p99 < <(measure "http://127.0.0.1:$UNCACHED_PORT/$language/practices/2")
  ratio=$(python3 -c "print(f'{$raw_rps / $nginx_rps * 100:.0f} %')")
  printf '| /%s/practices/2, rendered each time (NEXUS_PAGE_CACHE=off) | %s | %s | %s | %s | %s |\n' "$language" \
    "$raw_rps" "$raw_p99" "$nginx_rps" "$nginx_p99" "$ratio"
done
rss_kb=$(awk '/VmRSS/ { print $2 }' "/proc/$SERVER_PID/status")
printf '\nnexus resident memory after the run: %s MB (page cache on)\n' "$((rss_kb / 1024))"
