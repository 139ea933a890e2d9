#!/usr/bin/env bash
# 家庭共济 on a province generated before (issue 18): adds bench/province/09c-mutual-aid.sql (which bench/province.sh
# runs as one of its steps) to the database in place instead of generating 36 GB again, then checks what the ledger
# promises: every personal account's PERSONAL legs sum to its balance, each leg's balance after is the running sum of
# the account's legs in time order, and none is below zero. Prints the groups, the settlements the authorizers paid
# and the time. Environment: PROVINCE_DB (default province_template).
set -euo pipefail
cd "$(dirname "$0")/.."
db=${PROVINCE_DB:-province_template}
port=55433
pg_ctlcluster "$(ls /usr/lib/postgresql | sort -n | tail -n 1)" province start >/dev/null 2>&1 || true
psql_db() { su postgres -c "PGOPTIONS='-c client_min_messages=warning' psql -X -q -v ON_ERROR_STOP=1 -p $port $db $*"; }
t0=$(date +%s.%N)
psql_db < bench/province/09c-mutual-aid.sql
printf '09c-mutual-aid %.1f s\n' "$(echo "$(date +%s.%N) - $t0" | bc)"
psql_db "-A -F ' '" <<'SQL'
select 'groups', count(*), 'authorizers', count(distinct authorizer_person) from family_mutual_aid where ended_at is null;
select 'settlements paid by 共济', count(*), 'yuan', sum(acct_mulaid_pay) / 100 from settlement_settlement where acct_mulaid_pay > 0;
select 'accounts whose legs do not sum to the balance', count(*) from account_personal a
  left join (select person_id, sum(amount_fen) s from account_journal where ledger = 'PERSONAL' group by person_id) j
    on j.person_id = a.person_id where coalesce(j.s, 0) <> a.balance_fen;
select 'legs of authorizers off the running sum or below zero', count(*) from (
  select balance_after_fen, min(balance_after_fen) over w, sum(amount_fen) over w as run from account_journal
  where ledger = 'PERSONAL' and person_id in (select authorizer_person from family_mutual_aid)
  window w as (partition by person_id order by posted_at, id)) x where x.balance_after_fen <> x.run or x.run < 0;
SQL
