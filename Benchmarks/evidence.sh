#!/usr/bin/env bash
# Regional evidence at the scale DESIGN.md names (tens of thousands of records).
#
# Builds nexus in release mode, starts it on a fresh SQLite data folder (or on
# NEXUS_DATABASE_URL), makes a programme officer and a token with the CLI, and measures:
#   - importing COUNT findings from one CSV file through the browser's import form;
#   - recording one more finding through the API, ten times (median and slowest);
#   - the first render of /en/evidence and of one region's page after a write
#     (cached pages are the pages benchmark's business);
#   - resident memory after all of it, and of an idle server restarted on those records.
# COUNT defaults to 20000.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${COUNT:-20000}
PASSWORD="benchmark passphrase for evidence"

swift build -c release --product nexus >/dev/null
BIN=$(swift build -c release --show-bin-path)/nexus
WORK=$(mktemp -d /tmp/nexus-evidence-bench.XXXXXX)
SERVER_PID=""
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
BASE="http://127.0.0.1:$PORT"
export NEXUS_DATA_DIR="$WORK/data" NEXUS_LOG_LEVEL=warning

"$BIN" user add --email officer@example.org --name "Bench Officer" --role programme-officer <<<"$PASSWORD" >/dev/null
TOKEN=$("$BIN" token create --email officer@example.org --name bench 2>/dev/null)
"$BIN" serve --port "$PORT" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 300); do curl -fsS "$BASE/healthz" >/dev/null 2>&1 && break; sleep 0.1; done

python3 - "$COUNT" "$WORK/findings.csv" <<'PY'
import random, sys
count, path = int(sys.argv[1]), sys.argv[2]
random.seed(7)
regions = ["west-africa-sahel", "balkans", "south-southeast-asia", "horn-east-africa"]
markets = ["human-trafficking", "arms-trafficking", "fauna-crimes", "kidnapping-for-ransom", "financial-crimes",
           "illicit-excisable-goods", "heroin-trade"]
factors = ["porous-borders", "corruption", "conflict-instability", "informal-economy"]
kinds = ["manifestation", "enabling-factor", "challenge", "promising-practice"]
with open(path, "w", encoding="utf-8") as out:
    out.write("region,kind,crime_markets,enabling_factors,countries,confidence,source,text_en,text_fr,text_ar\n")
    for i in range(count):
        out.write(f"{random.choice(regions)},{random.choice(kinds)},{random.choice(markets)},{random.choice(factors)},KE;SO,"
                  f"confirmed,https://example.org/{i},\"Synthetic finding {i}: routes, markets and groups {random.randint(1, 999)}.\","
                  f"\"Constat synthétique {i} sur les routes.\",\"استنتاج اصطناعي {i} عن الطرق.\"\n")
PY

# Sign in through the form (its CSRF token first), then upload the file.
JAR="$WORK/cookies"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'; }
TOKEN_FORM=$(curl -fsS -c "$JAR" -b "$JAR" "$BASE/en/sign-in" | csrf)
curl -fsS -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "email=officer@example.org" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$TOKEN_FORM" --data-urlencode "next=" "$BASE/en/sign-in"
TOKEN_FORM=$(curl -fsS -c "$JAR" -b "$JAR" "$BASE/en/evidence/manage/import" | csrf)
started=$(date +%s.%N)
location=$(curl -sS -o /dev/null -w '%{redirect_url}' -c "$JAR" -b "$JAR" -F "_csrf=$TOKEN_FORM" -F "what=findings" \
  -F "file=@$WORK/findings.csv;type=text/csv" "$BASE/en/evidence/manage/import")
import_seconds=$(python3 -c "print(f'{$(date +%s.%N) - $started:.1f}')")
case "$location" in *created=$COUNT*) ;; *) echo "the import did not report $COUNT created: $location" >&2; exit 1 ;; esac

times=()
for i in $(seq 1 10); do
  t=$(curl -sS -o /dev/null -w '%{time_total}' -X POST -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" \
    -d "{\"region\":\"balkans\",\"kind\":\"challenge\",\"source\":\"bench\",\"confidence\":\"confirmed\",\"texts\":{\"en\":\"Timed write $i.\"}}" \
    "$BASE/api/v1/findings")
  times+=("$t")
done
write=$(printf '%s\n' "${times[@]}" | sort -n | python3 -c "import sys; v=[float(x) for x in sys.stdin]; print(f'median {v[len(v)//2]*1000:.0f} ms, slowest {v[-1]*1000:.0f} ms')")
overall=$(curl -sS -o /dev/null -w '%{time_total} s, %{size_download} bytes' "$BASE/en/evidence")
region=$(curl -sS -o /dev/null -w '%{time_total} s, %{size_download} bytes' "$BASE/en/evidence/balkans")
rss=$(awk '/VmRSS/ {print int($2 / 1024) " MB"}' "/proc/$SERVER_PID/status")
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
started=$(date +%s.%N)
"$BIN" serve --port "$PORT" >"$WORK/server2.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 600); do curl -fsS "$BASE/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
start_seconds=$(python3 -c "print(f'{$(date +%s.%N) - $started:.1f}')")
sleep 2
idle=$(awk '/VmRSS/ {print int($2 / 1024) " MB"}' "/proc/$SERVER_PID/status")

echo "findings imported:      $COUNT in $import_seconds s (one CSV through the import form)"
echo "one finding via API:    $write (with $COUNT findings stored)"
echo "/en/evidence, 1st view: $overall"
echo "/en/evidence/balkans:   $region"
echo "resident memory:        $rss after the import and the writes"
echo "restart:                $start_seconds s to answer, then $idle resident when idle"
