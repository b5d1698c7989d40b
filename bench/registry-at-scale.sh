#!/usr/bin/env bash
# The registry at a whole district's size (benchmarks, RegistryAtScale): 5,000 buildings, 100,000 dwellings with
# 250,000 residents, 20,000 facilities and 100,000 appeals, imported through the API into the registry running as
# its own process on a durable database; then a building's card and a street-zoom viewport of facilities, timed
# from this JVM after a warm-up (p50/p95/p99 against the targets); then the command centre's one image at the same
# size (its copies from the topics, 50,000 open appeals): the viewport layers and a card. A benchmark: it prints figures.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q install -DskipTests
./mvnw -B -pl benchmarks test -Dtest=RegistryAtScale -Dgridloop.benchmark=true \
    -Dsurefire.failIfNoSpecifiedTests=false \
    | grep -E '^(Registry at|Loaded|A building|Elevators|The command centre|Tests run)|^[a-z].* \| |FAIL' || true
