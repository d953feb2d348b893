#!/usr/bin/env bash
# Benchmark: what `sam-http:invoke` of the seed flow (examples/twilio-sms) against a local mock costs over a bare
# Maven run of the same plugin (its `help` goal: same JVM start, same plugin resolution, no work).
# Usage: ./mvnw -q install -DskipTests -Dinvoker.skip && bash docs/bench-invoke.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
plugin=io.github.samhttp:sam-http-maven-plugin:0.1.0-SNAPSHOT
work=$(mktemp -d)
trap 'kill "$mock" 2>/dev/null; rm -rf "$work"' EXIT

# A stand-in for Twilio on 127.0.0.1: answers every POST with 201 and a small JSON body.
cat > "$work/mock.py" <<'PY'
import http.server, sys
class H(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get('Content-Length', 0)))
        body = b'{"sid": "SM1", "status": "queued"}'
        self.send_response(201); self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(body))); self.end_headers(); self.wfile.write(body)
    def log_message(self, *args): pass
s = http.server.HTTPServer(('127.0.0.1', 0), H)
print(s.server_address[1], flush=True)
s.serve_forever()
PY
python3 "$work/mock.py" > "$work/port" & mock=$!
while [ ! -s "$work/port" ]; do sleep 0.1; done
port=$(cat "$work/port")
echo '{"sendsms": {"To": "+15551234567", "From": "+15557654321", "Body": "bench"}}' > "$work/body.json"
export SAMHTTP_SSM_TWILIO_SID=AC123 SAMHTTP_SSM_TWILIO_SECRET=bench-secret

time_ms() { local start end; start=$(date +%s%N); "$@" > "$work/out" 2>&1 || { cat "$work/out"; exit 1; }; end=$(date +%s%N); echo $(( (end - start) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

bare=(); invoke=()
for i in $(seq "$runs"); do
  bare+=("$(time_ms ./mvnw -q -B "$plugin:help")")
  invoke+=("$(time_ms ./mvnw -B "$plugin:invoke" -Dsamhttp.descriptor=examples/twilio-sms/integration.yaml \
    -Dsamhttp.bodyFile="$work/body.json" -Dsamhttp.endpointOverride="http://127.0.0.1:$port")")
done
grep -q 'sam-http: HTTP 201' "$work/out" || { echo "invoke did not answer 201"; cat "$work/out"; exit 1; }
b=$(printf '%s\n' "${bare[@]}" | median); v=$(printf '%s\n' "${invoke[@]}" | median)
echo "runs: $runs"
echo "bare Maven run (plugin help goal), median: ${b} ms   [${bare[*]}]"
echo "sam-http:invoke of the seed flow,  median: ${v} ms   [${invoke[*]}]"
echo "cost of invoke over the bare run:  $((v - b)) ms"
