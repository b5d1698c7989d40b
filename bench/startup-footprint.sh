#!/usr/bin/env bash
# Start-up and footprint of the local run (issue #16): ./gridloop --fresh from the repository root, the time to
# all ready, each service's RSS when idle and after 300 submissions (one after the other, hotline account),
# then intake's Native Memory Tracking summary when GRIDLOOP_SERVICE_JVM_OPTIONS includes
# -XX:NativeMemoryTracking=summary. Stops the stack at the end. Needs curl, python3 and bc.
set -uo pipefail
cd "$(dirname "$0")/.."
log=target/startup-footprint.log
mkdir -p target
./gridloop --fresh > "$log" 2>&1 &
for _ in $(seq 1 240); do grep -q "all ready in" "$log" && break; sleep 1; done
grep -o "all ready in [0-9.]* s" "$log"
services() { for p in $(pgrep -f quarkus-run.jar); do echo "$p $(readlink /proc/$p/cwd | sed 's|/target/quarkus-app||; s|.*/||')"; done; }
rss() { services | while read -r p n; do echo "$n $(( $(ps -o rss= -p "$p") / 1024 )) MB"; done | sort | paste -sd';'; }
sleep 10
echo "RSS idle: $(rss)"
token=$(curl -s http://localhost:8180/realms/gridloop/token -d grant_type=password -d client_id=gridloop-app \
  -d username=hotline-1 -d password=gridloop | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
start=$(date +%s.%N)
for i in $(seq 1 300); do
  curl -s -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    http://localhost:8081/api/v1/appeals -d "{\"category\":\"FACILITY_DAMAGE\",\"channel\":\"HOTLINE\",
      \"description\":\"Load $i\",\"reporter\":{\"name\":\"Caller\",\"phone\":\"13800000000\"},
      \"location\":{\"latitude\":29.59$((i % 9 + 1)),\"longitude\":106.2$((i % 3 + 1))1}}"
done
echo "300 submissions in $(echo "$(date +%s.%N) - $start" | bc) s"
sleep 15
echo "RSS after 300: $(rss)"
services | while read -r p n; do
  [ "$n" = intake-service ] && jcmd "$p" VM.native_memory summary 2>/dev/null | grep -E "^Total|^-" \
    | grep -E "Total|Java Heap|Class|Thread|Code|Symbol|Shared class|Metaspace"
done
pkill -f gridloop.localstack.LocalStackMain
for _ in $(seq 1 60); do pgrep -f quarkus-run.jar > /dev/null || break; sleep 1; done
