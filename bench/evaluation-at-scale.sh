#!/usr/bin/env bash
# Loads 1,000,000 appeals into feedback's tables (embedded PostgreSQL), folds the rollup deltas the trigger
# wrote, and prints the evaluation query's median time per level and period. A benchmark: it prints
# figures, it passes no judgement on them.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q install -DskipTests -pl feedback-service -am
./mvnw -B -pl feedback-service test -Dtest=EvaluationScaleBenchmark -Dgridloop.benchmark=true \
    -Dsurefire.failIfNoSpecifiedTests=false '-D%test.gridloop.evaluation.rollup.compact-interval=1h' \
    | grep -E '^(Loaded|Folded|level|[a-z]+ +\|)' || true
