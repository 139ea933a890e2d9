#!/usr/bin/env bash
# Startup benchmark: seconds from `java -jar` to a ready Yibao (readiness probe UP), on a fresh embedded
# PostgreSQL (first start: initdb, migrations, demo data) and on a second start over the same data.
# Usage: bench/startup.sh [runs]   (builds the jar when it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=${BENCH_PORT:-18080}
jar=$(ls target/yibao-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$jar" ]; then
  ./mvnw -q -B -DskipTests package
  jar=$(ls target/yibao-*.jar | grep -v original | head -n 1)
fi

start_once() { # $1 data dir → prints seconds until ready
  local dir=$1 t0 t1 pid
  t0=$(date +%s.%N)
  java -jar "$jar" --server.port="$port" --yibao.embedded-database.data-directory="$dir/pg" \
       --logging.file.name="$dir/yibao.log" > "$dir/console.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$port/manage/health/readiness" >/dev/null 2>&1; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "Yibao exited; see $dir/console.log" >&2; exit 1; fi
    sleep 0.1
  done
  t1=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }'
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -n 1)"
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  fresh=$(start_once "$dir")
  warm=$(start_once "$dir")
  rm -rf "$dir"
  printf 'run %d: fresh data %.1f s, existing data %.1f s\n' "$i" "$fresh" "$warm"
done
