#!/usr/bin/env bash
# Loads 50,000 open appeals into the command centre's read model (embedded PostgreSQL) and prints how long the
# map's questions take through the API (median of 5 warm runs). A benchmark: it prints figures, it passes no
# judgement on them. The map answers with markers up to 500 appeals in view, as in production.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q install -DskipTests -pl command-center -am
log=$(mktemp)
if ./mvnw -B -pl command-center test -Dtest=MapScaleBenchmark -Dgridloop.benchmark=true \
    -Dsurefire.failIfNoSpecifiedTests=false '-D%test.gridloop.command.map.max-markers=500' > "$log" 2>&1; then
  grep -E '^(Loaded|question|[a-z].* +\| +[0-9]+ +\|)' "$log"
else
  tail -40 "$log"
  exit 1
fi
