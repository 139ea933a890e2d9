#!/usr/bin/env bash
# A million employees' personal accounts (issue 18: "monthly crediting of 1 000 000 accounts ≤ 60 s, with progress
# shown"). Makes the database province_million on the province cluster (port 55433, made by bench/province.sh if it
# is missing), lets the packaged Yibao create its schema and demo data there (Flyway and the demo profile, once), then
# writes with set-based SQL (bench/province-million/*.sql, one timed step each): 1 000 000 employees (insured_person,
# an insured_period 310/1101 with one of 5 000 generated employers), each with a personal account opened on
# 2024-01-01 by an OPENING movement and its two journal legs (balance = PERSONAL journal), and twelve months of
# paid, uncredited contributions (2025-12 … 2026-11). Then time the crediting of one of those months with
# bench/province-crediting.sh, e.g. `PROVINCE_DB=province_million bash bench/province-crediting.sh 2026-09`.
# Usage: bench/province-million.sh [employees] (default 1 000 000; about 4 GB, a few minutes). Run it alone on the
# machine (under the build lock: `flock -o /tmp/yibao-maven.lock bash bench/province-million.sh`).
# Environment: PROVINCE_DB (default province_million), BENCH_SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."
employees=${1:-1000000}
db=${PROVINCE_DB:-province_million}
port=55433
app_port=18091
version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1 " " $2}' | grep -qx "$version province"; then
  pg_createcluster "$version" province --port "$port" -- --auth-local=trust --auth-host=trust >/dev/null
  cat >> "/etc/postgresql/$version/province/postgresql.conf" <<'CONF'
max_connections = 200
shared_buffers = 2GB
maintenance_work_mem = 1GB
work_mem = 64MB
max_wal_size = 4GB
checkpoint_timeout = 15min
CONF
fi
pg_ctlcluster "$version" province start >/dev/null 2>&1 || true
psql_db() { su postgres -c "psql -X -q -v ON_ERROR_STOP=1 -p $port $*"; }
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, PostgreSQL $version; $employees employees into $db"

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -q -B -DskipTests package
fi
jar=$(ls target/yibao-*.jar | grep -v original | head -n 1)
psql_db "-c 'drop database if exists $db' -c 'create database $db'"
start=$(date +%s)
SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$port/$db" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_PROFILES_ACTIVE=demo java -Xmx1g -jar "$jar" --server.port=$app_port \
  --logging.file.name=target/province-million-yibao.log > target/province-million-yibao.console 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true' EXIT
until curl -fs "http://localhost:$app_port/manage/health/readiness" >/dev/null 2>&1; do
  kill -0 "$app" 2>/dev/null || { echo "Yibao did not start: target/province-million-yibao.console"; exit 1; }
  sleep 0.5
done
kill "$app"; wait "$app" 2>/dev/null || true
echo "schema and demo data: $(( $(date +%s) - start )) s"

total0=$(date +%s)
for part in bench/province-million/*.sql; do
  t0=$(date +%s.%N)
  su postgres -c "PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 -v employees=$employees -p $port $db" \
    < "$part" >/dev/null
  printf '%-24s %8.1f s\n' "$(basename "$part" .sql)" "$(echo "$(date +%s.%N) - $t0" | bc)"
done
echo "generated in $(( $(date +%s) - total0 )) s"
psql_db "$db" <<'SQL'
select count(*) as accounts, count(*) filter (where a.balance_fen <> coalesce(j.sum, 0)) as balance_off_journal
from account_personal a
left join (select person_id, sum(amount_fen) as sum from account_journal where ledger = 'PERSONAL' group by person_id) j
  on j.person_id = a.person_id;
select period_year, period_month, count(*) as contributions from insured_contribution
where insutype = '310' and account_fen > 0 and period_year * 12 + period_month >= 2025 * 12 + 12
group by 1, 2 order by 1, 2;
select 'database ' || current_database() || ': ' || pg_size_pretty(pg_database_size(current_database()));
SQL
