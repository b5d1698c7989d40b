#!/usr/bin/env bash
# Runs the time-sensitive test classes of intake, dispatch and feedback with the movable clock's origin at
# each weekday 02:30 and 23:59 district time (Asia/Shanghai, +08:00), and at 31 December 23:59, then prints
# one line per origin. A test whose outcome depended on when it runs would fail on some of them.
#   scripts/clock-origin-runs.sh [monday]     default 2026-12-07 (a Monday); 31 December of that year
set -euo pipefail
cd "$(dirname "$0")/.."
monday=${1:-2026-12-07}
year=${monday%%-*}
classes=AppealApiTest,TimelineReadModelTest,PoisonMessageTest,\
DispatchFlowTest,TaskLifecycleTest,AssignmentFairnessTest,SlaClockTest,DuplicateDeliveryTest,GridMapApiTest,\
FeedbackFlowTest,AppealViewEventsTest,AutoCloseTest,SnapshotPublisherTest,HandComputedEvaluationTest,EvaluationRollupTest

origins=()
for day in 0 1 2 3 4 5 6; do
  date=$(date -u -d "$monday + $day days" +%F)
  origins+=("${date}T02:30+08:00" "${date}T23:59+08:00")
done
origins+=("${year}-12-31T23:59+08:00")

./mvnw -B -q install -DskipTests
logs=target/clock-origins
mkdir -p "$logs"
printf '%-24s %-9s %6s %8s %6s %7s\n' origin weekday tests failed errors seconds
status=0
for origin in "${origins[@]}"; do
  log="$logs/${origin//[:+]/_}.log"
  start=$(date +%s)
  if ./mvnw -B -fae test -pl intake-service,dispatch-service,feedback-service -Dtest="$classes" \
      -Dsurefire.failIfNoSpecifiedTests=false -Dgridloop.clock.origin="$origin" > "$log" 2>&1; then :; else status=1; fi
  read -r tests failed errors < <(grep -E '^\[(INFO|ERROR|WARNING)\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' "$log" \
    | sed -E 's/.*Tests run: ([0-9]+), Failures: ([0-9]+), Errors: ([0-9]+).*/\1 \2 \3/' \
    | awk '{t+=$1; f+=$2; e+=$3} END {print t+0, f+0, e+0}')
  printf '%-24s %-9s %6s %8s %6s %7s\n' "$origin" "$(date -d "${origin%T*}" +%A)" "$tests" "$failed" "$errors" "$(( $(date +%s) - start ))"
done
exit $status
