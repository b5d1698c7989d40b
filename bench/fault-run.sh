#!/usr/bin/env bash
# The fault run at scale: 10,000 appeals (or the first argument) through the real processes while dispatch
# is SIGKILLed and the broker stopped for a tenth of the stream, then the per-appeal counts as a table (benchmarks,
# FaultRunAtScale). It fails if any accepted appeal was lost or applied twice.
set -euo pipefail
cd "$(dirname "$0")/.."
APPEALS="${1:-10000}"
./mvnw -B -q install -DskipTests
./mvnw -B -pl benchmarks test -Dtest=FaultRunAtScale -Dgridloop.benchmark=true \
    -Dgridloop.faults.appeals="$APPEALS" -Dsurefire.failIfNoSpecifiedTests=false \
    | grep -E '^(Stream|Settled|Tests run)|^[A-Za-z].* \| +[0-9,]+$|FAIL' || true
