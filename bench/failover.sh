#!/usr/bin/env bash
# HA failover benchmark (issue 18: "no lost settlement and little downtime when the database server dies").
# Usage: bench/failover.sh [seconds] [kill after seconds] [clients]   (defaults 60, 20, 8; not part of ./mvnw verify)
# Run it with nothing else loading the machine: it measures time.
#
# As root on Debian: installs pg_auto_failover (postgresql-15-auto-failover) when missing and builds, in
# $FAILOVER_DIR (default /var/tmp/yibao-failover), a monitor (port 55440), a primary (55441) and a synchronous
# secondary (55442), each a local PostgreSQL with its own data directory, run by pg_autoctl as the user postgres.
# Starts two Yibao nodes (the packaged jar, demo profile, ports 18091 and 18092) on the cluster's multi-host URL,
# drives settlements through both for the given time from org.yibao.bench.FailoverBenchmark, kills the primary
# (SIGKILL to its pg_autoctl and its postmaster: the machine dies) after the given seconds, waits for the promotion
# and goes on, resending with its msgid every call that failed meanwhile; then checks on the new primary that every
# settlement answered infcode 0 is present and whole, none doubled, journals sum to balances. Finally the killed node
# is started again and rejoins as the secondary.
# Environment: FAILOVER_SKIP_BUILD=1 (use the jar and classes already built), FAILOVER_POOL (Hikari pool per node,
# default 8), FAILOVER_THREADS (Tomcat threads per node, default 12), FAILOVER_DEMOTE_TIMEOUT (the monitor's
# primary_demote_timeout in ms, default 10000; production keeps pg_auto_failover's 30000, see docs/operations.md).
set -euo pipefail
cd "$(dirname "$0")/.."
# The daemons this script starts (pg_autoctl, PostgreSQL, Yibao) must not keep a descriptor of its caller open: a
# lock file inherited that way stays locked as long as they run. Every inherited descriptor above stderr is closed
# (255 is bash's own copy of this script, closed on exec).
for fd in /proc/$$/fd/*; do
  fd=${fd##*/}
  if [ "$fd" -gt 2 ] && [ "$fd" -lt 255 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi
done
base=${FAILOVER_DIR:-/var/tmp/yibao-failover}
version=15
pgbin=/usr/lib/postgresql/$version/bin
monitor_port=55440
node_ports=(55441 55442)
app_ports=(18091 18092)
url="jdbc:postgresql://127.0.0.1:${node_ports[0]},127.0.0.1:${node_ports[1]}/yibao?targetServerType=primary&connectTimeout=2&hostRecheckSeconds=2"

# pg_autoctl keeps its configuration and state beside the data, under $base, so that a new run starts clean
as_postgres() {
  su postgres -s /bin/bash -c "export PATH=$pgbin:\$PATH XDG_CONFIG_HOME=$base/xdg/config XDG_DATA_HOME=$base/xdg/share \
    XDG_RUNTIME_DIR=$base/xdg/run; cd /; $1"
}
sql() { psql -h 127.0.0.1 -p "$1" -U postgres -d "$2" -Atqc "$3" 2>/dev/null; }
port_of() { case $1 in node1) echo "${node_ports[0]}" ;; node2) echo "${node_ports[1]}" ;; *) echo "$monitor_port" ;; esac; }

# A node dies as its machine would: SIGKILL to pg_autoctl's process group (so that nothing restarts PostgreSQL) and
# to the postmaster. Killing the postmaster alone is a crash pg_autoctl repairs by restarting it: no failover.
kill_node() {
  local postmaster
  postmaster=$(head -n 1 "$base/$1/postmaster.pid" 2>/dev/null || true)
  kill -9 -- "-$(cat "$base/$1.pid")" 2>/dev/null || true
  [ -n "$postmaster" ] && kill -9 "$postmaster" 2>/dev/null || true
}

if [ "${1:-}" = "--kill-primary" ]; then # called by the benchmark client mid-load
  for node in node1 node2; do
    if [ "$(sql "$(port_of $node)" yibao 'select pg_is_in_recovery()')" = f ]; then
      echo "$(date +%T.%N | cut -c1-12) killing the primary $node (port $(port_of $node)): pg_autoctl and postmaster, SIGKILL"
      kill_node $node
      exit 0
    fi
  done
  echo "no primary found to kill" >&2
  exit 1
fi

seconds=${1:-60}
kill_after=${2:-20}
clients=${3:-8}
pool=${FAILOVER_POOL:-8}
threads=${FAILOVER_THREADS:-12}

if ! command -v pg_autoctl >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-$version-auto-failover >/dev/null
fi

start_node() { # pg_autoctl run in a session of its own; its process group id is kept in $base/<node>.pid
  as_postgres "setsid pg_autoctl run --pgdata $base/$1 >> $base/$1.log 2>&1 < /dev/null & echo \$! > $base/$1.pid"
}
formation_pids() { # every process of the formation: pg_autoctl (--pgdata under $base), PostgreSQL (its cwd)
  local dir
  pgrep -f -- "$base/" || true
  for dir in /proc/[0-9]*; do
    case $(readlink "$dir/cwd" 2>/dev/null) in "$base"/*) echo "${dir#/proc/}" ;; esac
  done
}
sweep() { # SIGKILL until no process of the formation is left
  local pids
  for _ in $(seq 20); do
    pids=$(formation_pids | sort -u | tr '\n' ' ')
    [ -z "${pids// /}" ] && return 0
    kill -9 $pids 2>/dev/null || true
    sleep 0.5
  done
  echo "processes of the formation still running: $pids" >&2
}
stop_apps() { # the Yibao nodes: a clean shutdown, SIGKILL after 20 s
  local p
  for p in ${apps:-}; do kill "$p" 2>/dev/null || true; done
  for _ in $(seq 40); do
    kill -0 ${apps:-} 2>/dev/null || break
    sleep 0.5
  done
  for p in ${apps:-}; do kill -9 "$p" 2>/dev/null || true; done
}
stop_cluster() { # the nodes this run started, and whatever of them is left
  for node in node1 node2 monitor; do
    [ -f "$base/$node.pid" ] && kill_node $node
  done
  sweep
}
stop_earlier_run() { # a cluster an earlier run left behind, stopped by pg_autoctl itself, then the rest swept
  for node in node1 node2 monitor; do
    [ -d "$base/$node" ] && as_postgres "pg_autoctl stop --pgdata $base/$node --immediate" >/dev/null 2>&1 || true
  done
  sweep
}
state() { as_postgres "pg_autoctl show state --pgdata $base/monitor" 2>/dev/null || true; }
node_state() { state | awk -F'|' -v n="$1" '{ gsub(/ /, "") } $1 == n { print $6 "/" $7 }'; }
wait_for() { # wait_for <seconds> <description> <command>
  local deadline=$((SECONDS + $1))
  until eval "$3"; do
    if [ $SECONDS -ge $deadline ]; then echo "timed out waiting for $2" >&2; state >&2; exit 1; fi
    sleep 1
  done
}

stop_earlier_run
trap 'stop_apps; stop_cluster' EXIT
rm -rf "$base"
mkdir -p "$base"
chown postgres: "$base"
install -d -o postgres -g postgres "$base/xdg/config" "$base/xdg/share" "$base/xdg/run"
echo "cluster in $base: monitor :$monitor_port, node1 :${node_ports[0]}, node2 :${node_ports[1]} (pg_auto_failover $(pg_autoctl --version | head -n 1 | awk '{print $3}'))"
as_postgres "pg_autoctl create monitor --pgdata $base/monitor --pgport $monitor_port --hostname 127.0.0.1 \
  --listen 127.0.0.1 --auth trust --no-ssl" >> "$base/create.log" 2>&1
start_node monitor
wait_for 60 "the monitor" "sql $monitor_port pg_auto_failover 'select 1' | grep -q 1"
# failures noticed within about 3 s; a primary that lost the monitor and its standby demotes itself after 5 s, and
# the standby is promoted once that time (with a margin) has passed
for setting in health_check_period=1000 health_check_timeout=1000 health_check_max_retries=2 \
    health_check_retry_delay=500 node_considered_unhealthy_timeout=3000 \
    primary_demote_timeout="${FAILOVER_DEMOTE_TIMEOUT:-10000}"; do
  as_postgres "psql -qp $monitor_port -d pg_auto_failover -c 'alter system set pgautofailover.${setting%%=*} = ${setting#*=}'"
done
as_postgres "psql -qAtp $monitor_port -d pg_auto_failover -c 'select pg_reload_conf()'" >/dev/null
monitor_url="postgres://autoctl_node@127.0.0.1:$monitor_port/pg_auto_failover?sslmode=disable"
for i in 1 2; do
  as_postgres "pg_autoctl create postgres --pgdata $base/node$i --pgport ${node_ports[$((i - 1))]} \
    --hostname 127.0.0.1 --listen 127.0.0.1 --name node$i --dbname yibao --monitor '$monitor_url' --auth trust \
    --no-ssl" >> "$base/create.log" 2>&1
  as_postgres "pg_autoctl config set --pgdata $base/node$i timeout.network_partition_timeout 5" >/dev/null
  start_node node$i
  if [ "$i" = 1 ]; then
    wait_for 120 "node1 alone" "[ \"\$(node_state node1)\" = single/single ]"
  fi
done
wait_for 180 "node2 as secondary" "[ \"\$(node_state node2)\" = secondary/secondary ]"
wait_for 60 "node1 as primary" "[ \"\$(node_state node1)\" = primary/primary ]"
state
echo "synchronous_standby_names on the primary: $(sql "${node_ports[0]}" yibao 'show synchronous_standby_names')"

if [ "${FAILOVER_SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -q -B -DskipTests package
  ./mvnw -q -B test-compile
fi
cp=$(./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test)
jar=$(ls target/yibao-*.jar | grep -v original | head -n 1)
apps=""
for i in 0 1; do # one after the other: the first migrates the schema and loads the demo data
  SPRING_DATASOURCE_URL="$url" SPRING_DATASOURCE_USERNAME=postgres SPRING_PROFILES_ACTIVE=demo \
    SPRING_DATASOURCE_HIKARI_MAXIMUM_POOL_SIZE=$pool java -XX:+UseParallelGC -Xms512m -Xmx512m -jar "$jar" \
    --server.port=${app_ports[$i]} --server.tomcat.threads.max=$threads \
    --logging.file.name=target/failover-yibao-$((i + 1)).log > target/failover-yibao-$((i + 1)).console 2>&1 &
  apps="$apps $!"
  wait_for 180 "Yibao on ${app_ports[$i]}" "curl -fs http://localhost:${app_ports[$i]}/manage/health/readiness >/dev/null"
done
echo "Yibao nodes on :${app_ports[0]} and :${app_ports[1]} (pool $pool, $threads threads each) on $url"
echo "load: $clients clients for ${seconds}s, half on each node; the primary is killed after ${kill_after}s"
FAILOVER_DIR="$base" java -XX:+UseParallelGC -Dfailover.kill="bash bench/failover.sh --kill-primary" \
  -cp "target/test-classes:target/classes:$cp" org.yibao.bench.FailoverBenchmark \
  "http://localhost:${app_ports[0]}" "http://localhost:${app_ports[1]}" "$url" postgres "$clients" "$seconds" "$kill_after"
state
for node in node1 node2; do # the killed node comes back and rejoins as the new primary's secondary
  if [ "$(sql "$(port_of $node)" yibao 'select 1')" != 1 ]; then
    echo "restarting $node: it rejoins as secondary"
    start_node $node
    wait_for 120 "$node to rejoin" "[ \"\$(node_state $node)\" = secondary/secondary ]"
    state
  fi
done
