#!/usr/bin/env bash
# Photo uploads (benchmarks, PhotoUploads): 3 MB phone JPEGs with GPS data, 20 at a time, to intake running as its own
# process beside S3Proxy, on a durable database, driven from this JVM after a warm-up; throughput, p50/p95/p99, CPU
# per upload and intake's RSS. A benchmark: it prints figures.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q install -DskipTests
./mvnw -B -pl benchmarks test -Dtest=PhotoUploads -Dgridloop.benchmark=true -Dsurefire.failIfNoSpecifiedTests=false \
    | grep -E '^(Photo uploads|Tests run)|^[a-zA-Z].* \| |FAIL' || true
