#!/usr/bin/env bash
# Monthly crediting on province-scale data (issue 18): credits the month given (default 2026-12, whose employee
# contributions bench/province.sh pays and leaves uncredited) on the generated database and prints the time; the
# progress is Yibao's log (target/province-crediting.log). It credits the database for good: run it on a copy
# (PROVINCE_DB, e.g. made with `create database province_copy template province_template`) or generate again.
# A month after 2026-12 first gets its contributions, paid the way bench/province/09b-contributions.sql pays them
# (set-based, every generated employee, employer 8 % and person 2 % of the base, the person's part to the account),
# unless it has them: so each later month (2027-01, 2027-02 …) measures a whole month's crediting again on the same
# database. Run it with nothing else loading the machine. By default the month is credited as the administrator's
# page starts it (a recorded run, progress written per batch), its row sampled every second and printed; with
# BENCH_DIRECT=1 through MonthlyCrediting.credit (no run recorded). BENCH_COLD=1 restarts the cluster first (empty
# shared buffers) and drops the database's files from the OS page cache (posix_fadvise DONTNEED, its files only). It prints the checkpoints and the WAL the run caused. bench/province-million.sh makes a database
# of a million employees for it (PROVINCE_DB=province_million, months 2025-12 … 2026-11).
# Environment: PROVINCE_DB (default province_template), BENCH_SKIP_BUILD=1, BENCH_DIRECT=1, BENCH_COLD=1.
set -euo pipefail
cd "$(dirname "$0")/.."
month=${1:-2026-12}
db=${PROVINCE_DB:-province_template}
port=55433
version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
if [ "${BENCH_COLD:-0}" = 1 ]; then # empty shared buffers, and this database's files out of the OS page cache
  pg_ctlcluster "$version" province start >/dev/null 2>&1 || true
  oid=$(su postgres -c "psql -X -At -p $port -c \"select oid from pg_database where datname = '$db'\"")
  pg_ctlcluster "$version" province stop
  python3 - "/var/lib/postgresql/$version/province/base/$oid" <<'PY'
import os, sys
for name in os.listdir(sys.argv[1]):
    fd = os.open(os.path.join(sys.argv[1], name), os.O_RDONLY)
    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    os.close(fd)
PY
fi
pg_ctlcluster "$version" province start >/dev/null 2>&1 || true
t0=$(date +%s.%N)
su postgres -c "psql -X -q -v ON_ERROR_STOP=1 -v year=${month%-*} -v month=$((10#${month#*-})) -p $port $db" <<'SQL'
insert into insured_contribution (person_id, region_code, insutype, period_year, period_month, base_fen,
                                  employer_fen, personal_fen, account_fen, channel, status, paid_on)
select p.person_id, p.region_code, '310', :year, :month, b.base, b.base * 8 / 100, b.base * 2 / 100,
       b.base * 2 / 100, 'EMPLOYER', 'PAID', make_date(:year, :month, 1)
from insured_period p
cross join lateral (select 400000 + (abs(hashint8(p.person_id)) % 40) * 10000 as base) b
where p.insutype = '310' and p.psn_type = '1101' and p.status = '1' and substr(p.employer, 7, 1) = '9'
  and not exists (select 1 from insured_contribution c where c.person_id = p.person_id and c.insutype = '310'
                  and c.period_year = :year and c.period_month = :month);
analyze insured_contribution;
select 'contributions of ' || :year || '-' || :month || ': ' || count(*) from insured_contribution
where period_year = :year and period_month = :month and insutype = '310' and account_fen > 0;
SQL
printf 'contributions paid in %.1f s\n' "$(echo "$(date +%s.%N) - $t0" | bc)"
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -q -B -DskipTests package
  ./mvnw -q -B test-compile
fi
cp=$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
wal() { su postgres -c "psql -X -At -p $port $db -c \"select pg_current_wal_lsn() || ' ' || checkpoints_timed || ' '
  || checkpoints_req from pg_stat_bgwriter\""; }
read -r lsn0 timed0 req0 <<< "$(wal)"
# a generated database migrated by an older Yibao takes the migrations numbered below its newest as they come
SPRING_FLYWAY_OUT_OF_ORDER=true SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$port/$db" SPRING_DATASOURCE_USERNAME=postgres \
  java -XX:+UseParallelGC -Xmx1g -Dbench.direct="$([ "${BENCH_DIRECT:-0}" = 1 ] && echo true || echo false)" \
  -cp "target/test-classes:target/classes:$cp" org.yibao.bench.CreditingBenchmark "$month" \
  --logging.file.name=target/province-crediting.log 2>&1 | grep -E "^crediting|ERROR|Exception" || true
read -r lsn1 timed1 req1 <<< "$(wal)"
su postgres -c "psql -X -At -p $port $db -c \"select 'WAL written: ' || pg_size_pretty(pg_wal_lsn_diff('$lsn1', '$lsn0'))
  || '; checkpoints meanwhile: ' || ($timed1 - $timed0) || ' timed, ' || ($req1 - $req0) || ' requested (WAL volume)'\"" 
