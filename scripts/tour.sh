#!/usr/bin/env bash
# The API tour of the README, runnable: one resident's appeal from submission to CLOSED against a running GridLoop
# (./gridloop), each step with the token of the person who takes it. Every call says what it expects; the tour
# stops at the first answer that differs, and says which. Needs curl. Addresses (the local run's by default):
#   GRIDLOOP_INTAKE_URL GRIDLOOP_DISPATCH_URL GRIDLOOP_FEEDBACK_URL GRIDLOOP_OIDC_ISSUER
set -euo pipefail
INTAKE=${GRIDLOOP_INTAKE_URL:-http://localhost:8081}
DISPATCH=${GRIDLOOP_DISPATCH_URL:-http://localhost:8082}
FEEDBACK=${GRIDLOOP_FEEDBACK_URL:-http://localhost:8083}
ISSUER=${GRIDLOOP_OIDC_ISSUER:-http://localhost:8180/realms/gridloop}
BODY=$(mktemp); trap 'rm -f "$BODY"' EXIT

# The first string value of a field in the last answer (enough for these answers; no jq needed).
field() { grep -o "\"$1\" *: *\"[^\"]*\"" "$BODY" | head -1 | cut -d'"' -f4; }
# An access token of a sample user (password grant; every sample user's password is gridloop; tokens last 15 min).
token() {
  curl -s -o "$BODY" "$ISSUER/token" -d grant_type=password -d client_id=gridloop-app -d username="$1" -d password=gridloop
  field access_token
}
# request METHOD URL TOKEN [JSON]: sends it, puts the answer's body in $BODY and prints its status.
request() {
  local method=$1 url=$2 bearer=$3 json=${4:-}
  local args=(-s -o "$BODY" -w '%{http_code}' -X "$method" "$url")
  if [ -n "$bearer" ]; then args+=(-H "Authorization: Bearer $bearer"); fi
  if [ -n "$json" ]; then args+=(-H 'Content-Type: application/json' -d "$json"); fi
  curl "${args[@]}"
}
# call EXPECTED METHOD URL TOKEN [JSON]: anything but the EXPECTED status stops the tour.
call() {
  local expected=$1; shift
  local status; status=$(request "$@")
  if [ "$status" != "$expected" ]; then
    echo "tour | $1 $2 answered $status, expected $expected: $(cat "$BODY")" >&2
    exit 1
  fi
}
# eventually EXPECTED METHOD URL TOKEN [JSON]: the same, tried again for up to 30 s while the answer is a 404 or a
# 409 (the service has not yet heard of the step before: events take a moment).
eventually() {
  local expected=$1; shift
  local status
  for _ in $(seq 1 60); do
    status=$(request "$@")
    [ "$status" = "$expected" ] && return
    case "$status" in 404|409) sleep 0.5 ;; *) break ;; esac
  done
  echo "tour | $1 $2 answered $status, expected $expected: $(cat "$BODY")" >&2
  exit 1
}
# until_status STATUS: waits until the resident sees the appeal in that status.
until_status() {
  for _ in $(seq 1 60); do
    call 200 GET "$INTAKE/api/v1/appeals/$ID" "$CHEN"
    [ "$(field status)" = "$1" ] && { echo "tour | the resident sees $1"; return; }
    sleep 0.5
  done
  echo "tour | the appeal never reached $1: $(cat "$BODY")" >&2; exit 1
}

CHEN=$(token resident-chen); OPERATOR=$(token operator-1); HOUSING=$(token housing-1)
echo "tour | the catalogue is public; submitting is not"
call 200 GET "$INTAKE/api/v1/categories" ""
call 202 POST "$INTAKE/api/v1/appeals" "$CHEN" '{"category": "FACILITY_DAMAGE",
  "description": "The outdoor table-tennis table is broken",
  "location": {"latitude": 29.597, "longitude": 106.223, "address": "Hualong Community"},
  "mediaUrls": ["https://img.example.org/table.jpg"], "reporter": {"name": "Wang Fang", "phone": "13800000000"}}'
ID=$(field id); echo "tour | submitted $(field reference) ($ID)"
until_status ASSIGNED
call 200 GET "$INTAKE/api/v1/appeals/mine" "$CHEN"

echo "tour | which grid is that point in (public); who has the task (operator)"
call 200 GET "$DISPATCH/api/v1/grids/locate?lat=29.597&lon=106.223" ""
call 200 GET "$DISPATCH/api/v1/tasks/$ID" "$OPERATOR"
WORKER_ID=$(field assigneeId); WORKER=$(token "$WORKER_ID"); echo "tour | assigned to $WORKER_ID"

echo "tour | the worker's queue and task say what and where; the worker is on site and calls the resident"
call 200 GET "$DISPATCH/api/v1/tasks" "$WORKER"
call 200 GET "$DISPATCH/api/v1/tasks/$ID" "$WORKER"
[ "$(field description)" = "The outdoor table-tennis table is broken" ] || { echo "tour | the task has no description" >&2; exit 1; }
call 200 POST "$DISPATCH/api/v1/tasks/$ID/accept" "$WORKER"
eventually 200 GET "$INTAKE/api/v1/appeals/$ID/contact?purpose=arrange+the+visit" "$WORKER"

echo "tour | an operator moves it to Hualong's second grid; its worker whistle-blows to the housing department"
call 200 POST "$DISPATCH/api/v1/tasks/$ID/reassign" "$OPERATOR" '{"gridId": "hualong-g2", "reason": "Wrong grid"}'
WORKER_ID=$(field assigneeId); WORKER=$(token "$WORKER_ID"); echo "tour | now with $WORKER_ID"
call 200 POST "$DISPATCH/api/v1/tasks/$ID/escalate" "$WORKER" '{"department": "HOUSING", "reason": "Needs a new table"}'

echo "tour | the department reports closure (the handler's name comes from its token); the resident rates it"
eventually 200 POST "$FEEDBACK/api/v1/appeals/$ID/closure" "$HOUSING" '{"resolution": "Replaced the table top"}'
eventually 200 POST "$FEEDBACK/api/v1/appeals/$ID/rating" "$CHEN" '{"satisfaction": 5, "resolved": true, "comment": "Fixed in a day"}'
until_status CLOSED

echo "tour | the grids' evaluation (operators)"
call 200 GET "$FEEDBACK/api/v1/evaluations?level=grid&from=2026-01-01T00:00:00Z&to=2100-01-01T00:00:00Z" "$OPERATOR"
echo "tour | done: $ID went round the loop"
