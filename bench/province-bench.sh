#!/usr/bin/env bash
# Reads on province-scale data (issue 18): the citizen API's 消费信息 by year, 参保信息, 办件进度, 共济消费记录 at 32
# concurrent users, p50/p95/p99 per read (org.yibao.bench.CitizenReadsBenchmark), then the back office's lists
# with 100 000 applications, first, middle and last page (org.yibao.bench.QueuePagesBenchmark). Runs Yibao on the
# database bench/province.sh generated (cluster "province", port 55433; a first start migrates it, see the log).
# Run it with nothing else loading the machine. Usage: bench/province-bench.sh [users] [seconds] [warm-up seconds]. Environment: PROVINCE_DB (default
# province_template; logins add their tokens and audit records to it), PROVINCE_PERSONS (how many persons it holds,
# default 1000000), BENCH_POOL (Hikari, default 8), BENCH_THREADS (Tomcat, default 16), BENCH_SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."
users=${1:-32}
seconds=${2:-30}
warmup=${3:-10}
db=${PROVINCE_DB:-province_template}
port=55433
app_port=18092
pg_ctlcluster "$(ls /usr/lib/postgresql | sort -n | tail -n 1)" province start >/dev/null 2>&1 || true
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -q -B -DskipTests package
  ./mvnw -q -B test-compile
fi
cp=$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
jar=$(ls target/yibao-*.jar | grep -v original | head -n 1)
# a generated database migrated by an older Yibao takes the migrations numbered below its newest as they come
SPRING_FLYWAY_OUT_OF_ORDER=true SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$port/$db?socketFactory=org.newsclub.net.unix.AFUNIXSocketFactory\$FactoryArg&socketFactoryArg=/var/run/postgresql/.s.PGSQL.$port" \
  SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE=${BENCH_POOL:-8} \
  YIBAO_IDENTITY_THROTTLE_LOGINS_PER_ADDRESS_PER_MINUTE=1000000 YIBAO_IDENTITY_THROTTLE_LOGINS_PER_MINUTE=1000000 \
  java -XX:+UseParallelGC -Xms1g -Xmx1g -jar "$jar" --server.port=$app_port --server.tomcat.threads.max=${BENCH_THREADS:-16} \
  --logging.file.name=target/province-bench-yibao.log > target/province-bench-yibao.console 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true' EXIT
until curl -fs "http://localhost:$app_port/manage/health/readiness" >/dev/null 2>&1; do
  kill -0 "$app" 2>/dev/null || { echo "Yibao did not start: target/province-bench-yibao.console"; exit 1; }
  sleep 0.5
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; database $db"
# 共济消费记录 is read as 共济 authorizers (bench/province-mutual-aid.sh binds them) when the province has them.
authorizers=target/province-authorizers.txt
su postgres -c "psql -X -At -p $port $db" > "$authorizers" <<'SQL'
select i.phone from family_mutual_aid m join insured_person i on i.id = m.authorizer_person
where m.ended_at is null and i.phone like '17%' order by hashint8(m.id) limit 4000
SQL
aid=()
if [ -s "$authorizers" ]; then
  aid=(-Dbench.authorizers="$authorizers")
  su postgres -c "psql -X -At -p $port $db" <<'SQL'
with a as (select distinct m.authorizer_person as id from family_mutual_aid m
           join insured_person i on i.id = m.authorizer_person where m.ended_at is null and i.phone like '17%')
select '共济 authorizers: ' || count(distinct a.id) || ', settlements their accounts paid: '
       || round(count(s.setl_id)::numeric / count(distinct a.id), 1) || ' each'
from a left join settlement_settlement s on s.mulaid_payer_person = a.id and s.acct_mulaid_pay > 0
SQL
fi
java -XX:+UseParallelGC "${aid[@]}" -cp "target/test-classes:target/classes:$cp" org.yibao.bench.CitizenReadsBenchmark \
  "http://localhost:$app_port" "${PROVINCE_PERSONS:-1000000}" "$users" "$warmup" "$seconds"
java -cp "target/test-classes:target/classes:$cp" org.yibao.bench.QueuePagesBenchmark "$app_port" 15
grep -E "Migrating schema|Successfully applied" target/province-bench-yibao.console || true
