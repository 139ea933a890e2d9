#!/usr/bin/env bash
# Settlement benchmark (issue: "settlements per second and p50/p95/p99 for 2207 on prepared visits and for the full
# flow, 32 clients, against an external PostgreSQL on the same machine, compared with pgbench's TPC-B").
# Usage: bench/settlement.sh [clients] [seconds]. Installs Debian's PostgreSQL when missing (root), makes a
# throw-away cluster on port 55432, runs pgbench, starts Yibao on it with demo data, and runs the client.
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-32}
seconds=${2:-30}
port=55432
app_port=18081

if ! ls /usr/lib/postgresql/*/bin/pgbench >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
pgbin=/usr/lib/postgresql/$version/bin
cluster=bench
if ! pg_lsclusters | grep -q "^$version $cluster "; then
  pg_createcluster "$version" "$cluster" --port "$port" -- --auth-local=trust --auth-host=trust >/dev/null
  sed -i "s/^#\?max_connections.*/max_connections = 200/" "/etc/postgresql/$version/$cluster/postgresql.conf"
fi
pg_ctlcluster "$version" "$cluster" restart
trap 'pg_ctlcluster "$version" "$cluster" stop || true; kill "${app:-0}" 2>/dev/null || true' EXIT
su postgres -c "psql -q -p $port -c \"drop database if exists yibao\" -c \"create database yibao\" -c \"drop database if exists pgbench\" -c \"create database pgbench\""

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, PostgreSQL $version"
su postgres -c "$pgbin/pgbench -q -i -s 10 -p $port pgbench" >/dev/null 2>&1
echo "pgbench TPC-B, $clients clients, ${seconds}s:"
su postgres -c "$pgbin/pgbench -c $clients -j 2 -T $seconds -p $port pgbench" 2>/dev/null | grep -E "^(tps|latency average)"

./mvnw -q -B -DskipTests package
./mvnw -q -B test-compile
cp=$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
jar=$(ls target/yibao-*.jar | grep -v original | head -n 1)
SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$port/yibao" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_PROFILES_ACTIVE=demo SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE=40 \
  java -jar "$jar" --server.port=$app_port --logging.file.name=target/bench-yibao.log > target/bench-yibao.console 2>&1 &
app=$!
until curl -fs "http://localhost:$app_port/manage/health/readiness" >/dev/null 2>&1; do sleep 0.5; done
java -cp "target/test-classes:target/classes:$cp" org.yibao.bench.SettlementBenchmark \
  "http://localhost:$app_port" "jdbc:postgresql://localhost:$port/yibao" postgres "$clients" "$seconds"
