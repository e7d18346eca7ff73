#!/usr/bin/env bash
# The real Apache Kafka broker (KRaft, single node) from Maven Central jars on the machine's JDK.
# Usage: kafka.sh start|stop|restart|status. Data in $CRM_DATA_DIR/kafka survives restarts.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=/dev/null
source "$here/env.sh"
libs="$CRM_CACHE_DIR/kafka-libs"
data="$CRM_DATA_DIR/kafka"
logs="$CRM_DATA_DIR/logs"
pid_file="$CRM_DATA_DIR/run/kafka.pid"
props="$CRM_DATA_DIR/run/kafka.properties"

fetch() {
  [[ -f "$libs/.complete" ]] && return
  echo "fetching Kafka jars from Maven Central into $libs (first run only)"
  mkdir -p "$libs"
  mvn -q -B -f "$here/kafka/pom.xml" dependency:copy-dependencies \
    -DoutputDirectory="$libs" -DincludeScope=runtime
  touch "$libs/.complete"
}

running() { [[ -f "$pid_file" ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null; }

answers() {
  # A TCP connect is not enough: the broker must be past start-up (it logs this once serving).
  (exec 3<>"/dev/tcp/127.0.0.1/$KAFKA_PORT") 2>/dev/null && grep -q "Kafka Server started" "$logs/kafka.log" 2>/dev/null
}

start() {
  if running; then echo "kafka running (pid $(cat "$pid_file"))"; return; fi
  fetch
  mkdir -p "$data" "$logs" "$(dirname "$pid_file")"
  cat >"$props" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$data
num.partitions=3
default.replication.factor=1
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=true
log.retention.hours=168
PROPS
  if [[ ! -f "$data/meta.properties" ]]; then
    cluster_id=$(java -cp "$libs/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)
    java -cp "$libs/*" kafka.tools.StorageTool format -t "$cluster_id" -c "$props" >/dev/null 2>&1
  fi
  : >"$logs/kafka.log"
  nohup java -Xms256m -Xmx512m -XX:+UseG1GC -Djava.awt.headless=true \
    -Dkafka.logs.dir="$logs" -Dlog4j2.configurationFile="$here/kafka/log4j2.yaml" \
    -cp "$libs/*" kafka.Kafka "$props" >"$logs/kafka.out" 2>&1 &
  echo $! >"$pid_file"
  local deadline=$((SECONDS + 120))
  until answers; do
    if ! running; then echo "kafka exited; see $logs/kafka.out and $logs/kafka.log" >&2; exit 1; fi
    if ((SECONDS > deadline)); then echo "kafka not up after 120 s; see $logs/kafka.log" >&2; exit 1; fi
    sleep 0.3
  done
  echo "kafka ready on 127.0.0.1:$KAFKA_PORT"
}

stop() {
  if ! running; then rm -f "$pid_file"; echo "kafka stopped"; return; fi
  local pid
  pid=$(cat "$pid_file")
  kill -TERM "$pid"
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
  rm -f "$pid_file"
  echo "kafka stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  restart) stop; start ;;
  status) if running && answers; then echo "kafka up"; else echo "kafka down"; exit 3; fi ;;
  fetch) fetch ;;
  *) echo "usage: $0 start|stop|restart|status|fetch" >&2; exit 2 ;;
esac
