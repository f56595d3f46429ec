#!/usr/bin/env bash
# The processor in a long-lived build daemon: COMPILATIONS (default 500) compilations in one JVM with
# the processor's classes loaded once, printing the heap in use after full collections at
# 10/50/100/200/300/400/500 compilations (benchmarks/daemon/DaemonHeap.java).
# Usage: benchmarks/daemon/daemon-heap.sh [COMPILATIONS]
# Needs the packaged processor and annotations: mvn -B -q install -DskipTests -pl annotations,processor
# JAVA_OPTS (default -Xmx512m) are the measuring JVM's options.
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=${PROCESSOR_JAR:-processor/target/statusspec-processor-0.1.0-SNAPSHOT.jar}
annotations=${ANNOTATIONS_JAR:-annotations/target/statusspec-annotations-0.1.0-SNAPSHOT.jar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -d "$work/classes" benchmarks/daemon/DaemonHeap.java
# shellcheck disable=SC2086
java ${JAVA_OPTS:--Xmx512m} -cp "$work/classes" DaemonHeap "$jar" "$annotations" . "${1:-500}" "$work/run"
