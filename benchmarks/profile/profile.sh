#!/usr/bin/env bash
# Profiles the processor inside javac: runs benchmarks/profile/ProcessorTime.java RUNS times, each in
# a fresh JVM with a flight recording sampling the main thread every millisecond, prints each run's
# processor time, then the samples inside process() by stage (stages.py).
# Usage: benchmarks/profile/profile.sh RUNS class-path source-path Interface.java
# Needs the packaged processor (mvn -B -q package -DskipTests -pl processor -am), java 17+, python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=$1 cp=$2 src=$3 iface=$4
jar=${PROCESSOR_JAR:-processor/target/statusspec-processor-0.1.0-SNAPSHOT.jar}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
sed '/<event name="jdk.ExecutionSample">/,/<\/event>/ s/<setting name="period"\([^>]*\)>[^<]*</<setting name="period"\1>1 ms</' \
  "$java_home/lib/jfr/profile.jfc" > "$work/fast.jfc"
# Compiled first, not run from source: the source launcher would warm javac up in the JVM measured.
javac -d "$work/classes" benchmarks/profile/ProcessorTime.java
for ((i = 0; i < runs; i++)); do
  java -Xlog:jfr+startup=off -XX:StartFlightRecording=filename="$work/$i.jfr",settings="$work/fast.jfc" \
    -cp "$work/classes" ProcessorTime "$jar" "$cp" "$src" "$iface" \
    "$work/out$i"
  jfr print --events jdk.ExecutionSample --stack-depth 160 "$work/$i.jfr" >> "$work/samples.txt"
done
python3 benchmarks/profile/stages.py < "$work/samples.txt"
[ -z "${SAMPLES:-}" ] || cp "$work/samples.txt" "$SAMPLES"
