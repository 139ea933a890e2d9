#!/usr/bin/env bash
# Settlement benchmark (issue 5: "settlements per second and p50/p95/p99 for 2207 on prepared visits and for the
# full flow ec.query -> 1101 -> 2201 -> 2204 -> 2207, 32 clients, against an external PostgreSQL on the same
# machine, compared with pgbench's TPC-B").
# Usage: bench/settlement.sh [clients] [seconds] [warm-up seconds]. Installs Debian's PostgreSQL when missing (root),
# makes a throw-away cluster on port 55432, starts Yibao on it with demo data, and runs the client, which runs pgbench
# just before each measured phase.
# Environment: BENCH_POOL (Hikari pool size, default 4: on two cores fewer backends do better), BENCH_THREADS
# (Tomcat's worker threads, default 6: requests beyond the pool wait in line on their connection instead of in
# threads competing for a database connection, which halved p99), BENCH_STATEMENTS=1 (load pg_stat_statements and print the statements
# of (a) and (b) with their time and WAL per call), BENCH_WAITS=1 (sample every 50 ms what PostgreSQL's busy sessions
# wait for and print the shares of (a) and of (b)), BENCH_CPU=1 (print every 5 s the CPU share of Yibao and PostgreSQL),
# BENCH_SKIP_BUILD=1 (use the jar and classes already built), BENCH_APP_OPTS (more JVM options for Yibao, e.g. a
# flight recording: -XX:StartFlightRecording=filename=target/bench.jfr), BENCH_VISITS (how many visits (a) prepares),
# BENCH_JAR (another build of Yibao, to compare two builds on the same client), BENCH_DB_SOCKET (how Yibao reaches
# PostgreSQL: unix, the default, through the server's Unix socket as pgbench does, or tcp, through localhost),
# BENCH_MIX (city, the default: employees and retirees paying from their personal accounts, residents paying cash or
# through 家庭共济, a few visits per person; residents: the cash-paying residents of the benchmark before),
# BENCH_PROVINCE=1 (run on the province bench/province.sh generated instead of a throw-away database: cluster
# "province", port 55433, database PROVINCE_DB (default province_template), Yibao on 18085, pgbench's tables in a
# database of that cluster; the population and its settlements stay in the province; bench/settlement-province.sh
# runs both in one session), BENCH_PG_SETTINGS (PostgreSQL settings for this run's cluster, e.g. "commit_delay = 200"
# and "commit_siblings = 2" on separate lines; they apply to the server, so pgbench runs under them too).
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-32}
seconds=${2:-20}
warmup=${3:-30}
pool=${BENCH_POOL:-4}
threads=${BENCH_THREADS:-6}
port=55432
app_port=18081
db=yibao
cluster=bench
if [ "${BENCH_PROVINCE:-0}" = 1 ]; then
  port=55433
  app_port=18085
  db=${PROVINCE_DB:-province_template}
  cluster=province
fi

if ! ls /usr/lib/postgresql/*/bin/pgbench >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
pgbin=/usr/lib/postgresql/$version/bin
conf=/etc/postgresql/$version/$cluster/postgresql.conf
if [ "$cluster" = province ]; then
  pg_lsclusters -h | awk '{print $1 " " $2}' | grep -qx "$version $cluster" || { echo "no province: bench/province.sh"; exit 1; }
elif ! pg_lsclusters -h | awk '{print $1 " " $2}' | grep -qx "$version $cluster"; then
  pg_createcluster "$version" "$cluster" --port "$port" -- --auth-local=trust --auth-host=trust >/dev/null
  sed -i "s/^#\?max_connections.*/max_connections = 200/" "$conf"
fi
if [ "${BENCH_STATEMENTS:-0}" = 1 ]; then
  sed -i "s/^#\?shared_preload_libraries.*/shared_preload_libraries = 'pg_stat_statements'/" "$conf"
  grep -q "^pg_stat_statements.track_planning" "$conf" || echo "pg_stat_statements.track_planning = on" >> "$conf"
else
  sed -i "s/^shared_preload_libraries.*/#shared_preload_libraries = ''/" "$conf"
fi
settings=/etc/postgresql/$version/$cluster/conf.d/bench-settings.conf
if [ -n "${BENCH_PG_SETTINGS:-}" ]; then
  printf '%s\n' "$BENCH_PG_SETTINGS" > "$settings"
  echo "PostgreSQL settings for this run (server-wide, pgbench included):"; sed 's/^/  /' "$settings"
else
  rm -f "$settings"
fi
pg_ctlcluster "$version" "$cluster" restart
# (kill only what this script started: "kill 0" would signal its whole process group, trap included; a sampler left
# running would hold the caller's lock; the province stays up, as its other scripts leave it, and without this run's
# settings, so that the next script does not measure under them unawares)
trap 'for p in ${app:-} ${sampler:-} ${waits:-}; do kill "$p" 2>/dev/null || true; done; sleep 2
      if [ -f "$settings" ]; then rm -f "$settings"
        [ "$cluster" = province ] && { pg_ctlcluster "$version" "$cluster" restart || true; }; fi
      [ "$cluster" = province ] || pg_ctlcluster "$version" "$cluster" stop || true' EXIT
if [ "$cluster" != province ]; then
  su postgres -c "psql -q -p $port -c \"drop database if exists $db\" -c \"create database $db\""
fi
su postgres -c "psql -q -p $port -c \"drop database if exists pgbench\" -c \"create database pgbench\""

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, PostgreSQL $version; database $db on $cluster"
[ "$cluster" = province ] && su postgres -c "psql -X -At -p $port $db -c \"select 'province: ' || (select count(*) from insured_person) || ' persons, ' || (select count(*) from settlement_settlement) || ' settlements, ' || pg_size_pretty(pg_database_size('$db'))\""
su postgres -c "$pgbin/pgbench -q -i -s 10 -p $port pgbench" >/dev/null 2>&1
# pgbench (TPC-B, scale 10, the same clients and seconds) runs just before each measured phase, started by the
# client, after a checkpoint, so that both meet the machine in the same state.
pgbench_command="su postgres -c 'psql -q -p $port -c checkpoint && $pgbin/pgbench -c $clients -j 2 -T $seconds -p $port pgbench'"

if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -q -B -DskipTests package
  ./mvnw -q -B test-compile
fi
cp=$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
jar=${BENCH_JAR:-$(ls target/yibao-*.jar | grep -v original | head -n 1)}
echo "Yibao: Hikari pool $pool, $threads Tomcat threads, ParallelGC; $clients clients, ${warmup}s warm-up, ${seconds}s per run"
db_url="jdbc:postgresql://localhost:$port/$db"
if [ "${BENCH_DB_SOCKET:-unix}" = unix ]; then
  db_url="$db_url?socketFactory=org.newsclub.net.unix.AFUNIXSocketFactory\$FactoryArg&socketFactoryArg=/var/run/postgresql/.s.PGSQL.$port"
fi
echo "Yibao reaches PostgreSQL through ${BENCH_DB_SOCKET:-unix}: $db_url"
# a generated database migrated by an older Yibao takes the migrations numbered below its newest as they come
SPRING_FLYWAY_OUT_OF_ORDER=true SPRING_DATASOURCE_URL="$db_url" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_PROFILES_ACTIVE=demo SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE=$pool \
  java -XX:+UseParallelGC -Xms1g -Xmx1g ${BENCH_APP_OPTS:-} -jar "$jar" --server.port=$app_port \
  --logging.file.name=target/bench-yibao.log --server.tomcat.threads.max=$threads \
  > target/bench-yibao.console 2>&1 &
app=$!
until curl -fs "http://localhost:$app_port/manage/health/readiness" >/dev/null 2>&1; do sleep 0.5; done
if [ "${BENCH_STATEMENTS:-0}" = 1 ]; then
  su postgres -c "psql -q -p $port $db -c 'create extension if not exists pg_stat_statements'"
fi
ticks() { # CPU time in clock ticks used so far by the given processes
  local sum=0 pid
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] && sum=$((sum + $(awk '{print $14 + $15 + $16 + $17}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$sum"
}
if [ "${BENCH_CPU:-0}" = 1 ]; then # every 5 s, which share of the two cores Yibao, PostgreSQL and the client used
  (hz=$(getconf CLK_TCK); prev_app=0; prev_pg=0; prev_all=0
   while sleep 5; do
     all=$(awk '/^cpu /{print $2 + $3 + $4 + $5 + $6 + $7 + $8}' /proc/stat)
     a=$(ticks "$app"); p=$(ticks $(pgrep -u postgres postgres | tr '\n' ' '))
     [ "$prev_all" -gt 0 ] && echo "cpu: yibao $(( (a - prev_app) * 100 / (all - prev_all) ))%, postgres $(( (p - prev_pg) * 100 / (all - prev_all) ))% of all cores" >&2
     prev_app=$a; prev_pg=$p; prev_all=$all
   done) &
  sampler=$!
fi
if [ "${BENCH_WAITS:-0}" = 1 ]; then
  su postgres -c "psql -q -p $port $db -c 'create table if not exists bench_wait (at timestamptz, wait text)'"
  su postgres -c "psql -q -p $port $db" >/dev/null 2>&1 <<'SQL' &
do $$ begin
  for i in 1..20000 loop
    perform pg_stat_clear_snapshot();
    insert into bench_wait select now(), coalesce(wait_event_type || ':' || wait_event, 'CPU') from pg_stat_activity
      where datname = current_database() and state = 'active' and pid <> pg_backend_pid();
    commit;
    perform pg_sleep(0.05);
  end loop;
end $$;
SQL
  waits=$!
fi
statements=false
[ "${BENCH_STATEMENTS:-0}" = 1 ] && statements=true
java -XX:+UseParallelGC -Dbench.statements=$statements -Dbench.pgbench="$pgbench_command" ${BENCH_VISITS:+-Dbench.visits=$BENCH_VISITS} -Dbench.mix=${BENCH_MIX:-city} -cp "target/test-classes:target/classes:$cp" org.yibao.bench.SettlementBenchmark \
  "http://localhost:$app_port" "jdbc:postgresql://localhost:$port/$db" postgres "$clients" "$seconds" "$warmup"
[ -n "${sampler:-}" ] && kill "$sampler" 2>/dev/null || true
if [ "${BENCH_WAITS:-0}" = 1 ]; then
  kill "$waits" 2>/dev/null || true
fi
