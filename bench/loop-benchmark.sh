#!/usr/bin/env bash
# The loop benchmark (system-tests, LoopBenchmark): the parts' limits (raw Kafka producer, raw PostgreSQL
# appeal+outbox transactions), the real system closed loop for 60 s and open loop at 100 appeals/s for 60 s
# (latency from the intended start), RSS of each service and the cold start, printed as one table.
# Options: -Dgridloop.bench.clients=16 -Dgridloop.bench.closed-seconds=60 -Dgridloop.bench.open-rate=100
#          -Dgridloop.bench.open-seconds=60 (pass them after the script name).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q install -DskipTests
./mvnw -B -pl system-tests test -Dtest=LoopBenchmark -Dgridloop.benchmark=true \
    -Dsurefire.failIfNoSpecifiedTests=false "$@" \
    | grep -E '^\| |^\(warm-up|^BENCH|Tests run|FAIL' || true
