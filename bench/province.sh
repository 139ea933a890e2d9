#!/usr/bin/env bash
# Province-scale data (issue 18): a synthetic province of insured persons with three years of settlements, written
# through Yibao's real schema with set-based SQL (generate_series, insert … select), kept as a template database so
# that measurements start from `create database … template province_template` instead of generating again.
# Usage: bench/province.sh [persons] [settlements] (default 1 000 000 / 10 000 000). Run it with nothing
# else on the machine: it loads both cores.
# What it writes, per person: insured_person, insured_period (employees with an employer, retirees, residents), an
# identity_account whose password is the demo password (Yibao2025: the demo's Argon2 hash reused, so that a bench
# client can log in as any generated person by phone 17xxxxxxxxx) and an active e-voucher (password 135790);
# employees and retirees a personal account whose balance equals its journal (an OPENING movement of 2024-01-01,
# then one PAYMENT movement per settlement with its two journal legs). Per settlement: the visit, two fee lines,
# the settlement row with its fund lines and item results as 2207 stores them, the basic fund's accumulator entry
# (and the year's totals), the SETTLED audit record (and ACCOUNT_PAID where the account paid). Applications of every
# type and state (a tenth as many as persons) with their events, and resident enrollments (a hundredth).
# Environment: PROVINCE_DB (database to generate, default province_template), BENCH_SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."
persons=${1:-1000000}
settlements=${2:-10000000}
db=${PROVINCE_DB:-province_template}
port=55433
cluster=province
app_port=18091

if ! ls /usr/lib/postgresql/*/bin/psql >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
conf=/etc/postgresql/$version/$cluster/postgresql.conf
if ! pg_lsclusters -h | awk '{print $1 " " $2}' | grep -qx "$version $cluster"; then
  pg_createcluster "$version" "$cluster" --port "$port" -- --auth-local=trust --auth-host=trust >/dev/null
  cat >> "$conf" <<'CONF'
max_connections = 200
shared_buffers = 2GB
maintenance_work_mem = 1GB
work_mem = 64MB
max_wal_size = 4GB
checkpoint_timeout = 15min
CONF
fi
pg_ctlcluster "$version" "$cluster" start >/dev/null 2>&1 || true
psql_db() { su postgres -c "psql -X -q -v ON_ERROR_STOP=1 -p $port $*"; }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, PostgreSQL $version; $persons persons, $settlements settlements into $db"

# 1. Yibao's own schema and demo data: Flyway and the demo profile, once, on the empty database.
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -q -B -DskipTests package
fi
jar=$(ls target/yibao-*.jar | grep -v original | head -n 1)
psql_db "-c 'drop database if exists $db' -c 'create database $db'"
start=$(date +%s)
SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$port/$db" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_PROFILES_ACTIVE=demo java -Xmx1g -jar "$jar" --server.port=$app_port \
  --logging.file.name=target/province-yibao.log > target/province-yibao.console 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true' EXIT
until curl -fs "http://localhost:$app_port/manage/health/readiness" >/dev/null 2>&1; do
  kill -0 "$app" 2>/dev/null || { echo "Yibao did not start: target/province-yibao.console"; exit 1; }
  sleep 0.5
done
kill "$app"; wait "$app" 2>/dev/null || true
echo "schema and demo data: $(( $(date +%s) - start )) s"

# 2. The province, step by step, each step one transaction, timed.
step() { # step <label> : SQL on stdin, with :persons and :settlements
  local t0 t1
  t0=$(date +%s.%N)
  su postgres -c "PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 -v persons=$persons -v settlements=$settlements -p $port $db" >/dev/null
  t1=$(date +%s.%N)
  printf '%-44s %8.1f s\n' "$1" "$(echo "$t1 - $t0" | bc)"
}
total0=$(date +%s)
for part in bench/province/*.sql; do
  step "$(basename "$part" .sql)" < "$part"
done
echo "generated in $(( $(date +%s) - total0 )) s"
su postgres -c "psql -X -p $port $db -c \"select relname as table, n_live_tup as rows, pg_size_pretty(pg_total_relation_size(relid)) as size from pg_stat_user_tables where n_live_tup > 1000 order by pg_total_relation_size(relid) desc\""
su postgres -c "psql -X -At -p $port -c \"select 'database $db: ' || pg_size_pretty(pg_database_size('$db'))\""
