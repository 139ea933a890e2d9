#!/usr/bin/env bash
# The settlement benchmark with a province in the database (issue 18: "the settlement benchmark's ratio to pgbench
# stays within 10 % of the small-data figure"): bench/settlement.sh twice in one session, first on its throw-away
# database with the demo data, then on the province bench/province.sh generated (BENCH_PROVINCE=1: Yibao and pgbench
# on the province's cluster), with the same clients and seconds, then both ratios and how far apart they are.
# Usage: bench/settlement-province.sh [clients] [seconds] [warm-up seconds]; the environment of bench/settlement.sh
# (PROVINCE_DB names the province's database). Each run adds its population and settlements to the province.
# Run it with nothing else loading the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
small=target/settlement-small.out
province=target/settlement-province.out
bash bench/settlement.sh "$@" | tee "$small"
BENCH_SKIP_BUILD=1 BENCH_PROVINCE=1 bash bench/settlement.sh "$@" | tee "$province"
ratio() { grep -F '(a) / mean of pgbench' "$1" | sed 's/.*= //'; }
a=$(ratio "$small"); b=$(ratio "$province")
echo "(a) 2207 / mean pgbench: small data $a, province $b; the province's ratio is $(echo "scale=1; ($b - $a) * 100 / $a" | bc) % off the small data's (goal: within 10 %)"
