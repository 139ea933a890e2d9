#!/usr/bin/env bash
# Monthly crediting on province-scale data (issue 18): credits the month given (default 2026-12, whose employee
# contributions bench/province.sh pays and leaves uncredited) on the generated database and prints the time; the
# progress is Yibao's log (target/province-crediting.log). It credits the database for good: run it on a copy
# (PROVINCE_DB, e.g. made with `create database province_copy template province_template`) or generate again.
# Run it with nothing else loading the machine. Environment: PROVINCE_DB (default province_template), BENCH_SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/.."
month=${1:-2026-12}
db=${PROVINCE_DB:-province_template}
port=55433
pg_ctlcluster "$(ls /usr/lib/postgresql | sort -n | tail -n 1)" province start >/dev/null 2>&1 || true
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -q -B -DskipTests package
  ./mvnw -q -B test-compile
fi
cp=$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$port/$db" SPRING_DATASOURCE_USERNAME=postgres \
  java -XX:+UseParallelGC -Xmx1g -cp "target/test-classes:target/classes:$cp" org.yibao.bench.CreditingBenchmark "$month" \
  --logging.file.name=target/province-crediting.log 2>&1 | grep -E "crediting|ERROR|Exception" || true
