#!/usr/bin/env bash
# Sandbox throughput: GET one product and PUT one product over keep-alive, measured with wrk against the sandbox
# (demo seed, admin token) and, in the same run and interleaved, against nginx serving the same product JSON as a
# static file on loopback. Also measures a request that matches no route, i.e. the HTTP layer alone (Qt HttpServer
# plus the sandbox's parsing and answer), which tells where the time goes. Prints medians and the ratios.
#
# Usage: tests/bench/bench_sandbox.sh [BUILD_DIR]        (default build/dev)
# Environment: RUNS=5 DURATION=5 CONNECTIONS=8 THREADS=1 GOAL=5000
# Needs wrk, nginx (nginx-light), curl and jq: STUDIO_BENCH_DEPS=1 packaging/install-deps.sh installs them.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${1:-$ROOT/build/dev}
BIN=$BUILD/app/integration-studio
RUNS=${RUNS:-5}
DURATION=${DURATION:-5}
CONNECTIONS=${CONNECTIONS:-8}
THREADS=${THREADS:-1}
GOAL=${GOAL:-5000}
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

missing=()
for tool in wrk curl jq python3; do command -v "$tool" >/dev/null || missing+=("$tool"); done
[ -x "$NGINX" ] || missing+=(nginx)
[ -x "$BIN" ] || missing+=("$BIN (make build)")
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench_sandbox: missing ${missing[*]}; install with: STUDIO_BENCH_DEPS=1 packaging/install-deps.sh" >&2
  exit 2
fi

work=$(mktemp -d)
sandbox_pid=""
nginx_pid=""
cleanup() {
  [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null && wait "$sandbox_pid" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# --- the sandbox -----------------------------------------------------------------------------------------------
port=$(free_port)
"$BIN" sandbox --port "$port" --erp-port 0 --data "$work/sandbox" --seed demo >"$work/sandbox.log" 2>&1 &
sandbox_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 600); do
  curl -fs "$base/sandbox/info" >/dev/null 2>&1 && break
  kill -0 "$sandbox_pid" 2>/dev/null || { echo "bench_sandbox: the sandbox did not start:" >&2; cat "$work/sandbox.log" >&2; exit 1; }
  sleep 0.2
done
password=$(curl -fs "$base/sandbox/credentials" | jq -r .admin_password)
token=$(curl -fs -X POST "$base/rest/V1/integration/admin/token" -H 'Content-Type: application/json' \
  -d "$(jq -n --arg p "$password" '{username: "admin", password: $p}')" | jq -r .)
sku=SKU-0000001
product_url="$base/rest/default/V1/products/$sku"
mkdir -p "$work/www"
curl -fs "$product_url" -H "Authorization: Bearer $token" >"$work/www/product.json"
bytes=$(wc -c <"$work/www/product.json")

cat >"$work/put.lua" <<EOF
wrk.method = "PUT"
wrk.body = [[{"product":{"sku":"$sku","name":"Bench product","price":12.5}}]]
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
EOF

# --- the nginx baseline --------------------------------------------------------------------------------------------
nginx_port=$(free_port)
mkdir -p "$work/nginx"
cat >"$work/nginx.conf" <<EOF
daemon off;
master_process off;
worker_processes 1;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 100000000;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    default_type application/json;
  }
}
EOF
"$NGINX" -c "$work/nginx.conf" -p "$work/nginx" >"$work/nginx/stdout.log" 2>&1 &
nginx_pid=$!
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$nginx_port/product.json" >/dev/null 2>&1 && break; sleep 0.1; done

# --- measuring -----------------------------------------------------------------------------------------------------
# One wrk run; prints "<requests/s> <p99 ms>" or fails when any answer was not 2xx (except for the 404 probe).
measure() {
  local allow_non2xx=$1
  shift
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@")
  if [ "$allow_non2xx" = no ] && grep -q "Non-2xx" <<<"$out"; then
    echo "bench_sandbox: unexpected non-2xx answers for $*:" >&2
    echo "$out" >&2
    exit 1
  fi
  local rps p99
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  echo "$rps $p99"
}
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

declare -A rps p99
labels=(nginx get put http)
for label in "${labels[@]}"; do rps[$label]=""; p99[$label]=""; done
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$BUILD/CMakeCache.txt" 2>/dev/null || true)
echo "bench_sandbox: ${build_type:-unknown} build in $BUILD; $(nproc) cores, load average" \
  "$(cut -d' ' -f1-3 /proc/loadavg); $RUNS runs of ${DURATION}s, $THREADS wrk thread(s), $CONNECTIONS keep-alive" \
  "connections; product JSON $bytes bytes"
for run in $(seq 1 "$RUNS"); do
  # Interleaved, so that noise from other work on the machine hits every target alike.
  read -r r l < <(measure no "http://127.0.0.1:$nginx_port/product.json"); rps[nginx]+=" $r"; p99[nginx]+=" $l"
  read -r r l < <(measure no -H "Authorization: Bearer $token" "$product_url"); rps[get]+=" $r"; p99[get]+=" $l"
  read -r r l < <(measure no -s "$work/put.lua" "$product_url"); rps[put]+=" $r"; p99[put]+=" $l"
  read -r r l < <(measure yes "$base/rest/V1/no-such-route"); rps[http]+=" $r"; p99[http]+=" $l"
  echo "  run $run: nginx $(awk '{print $NF}' <<<"${rps[nginx]}")  GET $(awk '{print $NF}' <<<"${rps[get]}")" \
    " PUT $(awk '{print $NF}' <<<"${rps[put]}")  no-route $(awk '{print $NF}' <<<"${rps[http]}") req/s"
done

declare -A med
for label in "${labels[@]}"; do
  # shellcheck disable=SC2086
  med[$label]=$(median ${rps[$label]})
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", a / b}'; }

echo
printf '%-46s %12s   %s\n' "target" "median req/s" "p99 latency per run"
printf '%-46s %12.0f   %s\n' "nginx static file (baseline)" "${med[nginx]}" "${p99[nginx]}"
printf '%-46s %12.0f   %s\n' "sandbox GET /rest/default/V1/products/{sku}" "${med[get]}" "${p99[get]}"
printf '%-46s %12.0f   %s\n' "sandbox PUT /rest/default/V1/products/{sku}" "${med[put]}" "${p99[put]}"
printf '%-46s %12.0f   %s\n' "sandbox no-route 404 (HTTP layer only)" "${med[http]}" "${p99[http]}"
echo
echo "ratio GET/nginx $(ratio "${med[get]}" "${med[nginx]}")   PUT/nginx $(ratio "${med[put]}" "${med[nginx]}")" \
  "  no-route/nginx $(ratio "${med[http]}" "${med[nginx]}")"
if awk -v a="${med[get]}" -v g="$GOAL" 'BEGIN {exit !(a >= g)}'; then
  echo "goal >= $GOAL GET/s: met"
else
  echo "goal >= $GOAL GET/s: NOT met (the HTTP layer alone does $(printf '%.0f' "${med[http]}")/s; the rest is the" \
    "request's own work: authentication, the store's product lookup and JSON)"
fi
