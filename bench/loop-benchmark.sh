#!/usr/bin/env bash
# The loop benchmark (benchmarks, LoopBenchmark), everything on this machine, databases durable (fsync on):
# - the parts' limits: a raw Kafka producer, and intake's own statements of one submission on its database server;
# - a step-up in open loop (latency from the intended start): each step sends at a fixed rate, and holds when what is
#   in flight at its end is at most 2 s of arrivals; the headline is the last rate that held, with points over the
#   whole district, then again with every point in one grid (the hot spot);
# - the targets' fixed rates (10/s and 100/s), CPU per appeal of every process, RSS, cold start;
# - with -Dgridloop.bench.jfr=intake,dispatch, flame graphs target/<service>-flame.svg.
# Options (after the script name): -Dgridloop.bench.steps=10,20,30,... -Dgridloop.bench.step-seconds=60
#   -Dgridloop.bench.warmup-seconds=120 -Dgridloop.bench.warmup-rate=30 -Dgridloop.bench.fixed-rates=10,100
#   -Dgridloop.bench.fixed-seconds=60 -Dgridloop.bench.connections=16 -Dgridloop.bench.jfr=<services>
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q install -DskipTests
./mvnw -B -pl benchmarks test -Dtest=LoopBenchmark -Dgridloop.benchmark=true \
    -Dsurefire.failIfNoSpecifiedTests=false "$@" \
    | grep -E '^\| |^\(warm-up|^BENCH|Tests run|FAIL' || true
