#!/usr/bin/env bash
# Measures what the OpenAPI agreement check (@StatusSpec(openapi = ...)) adds to the example's
# compile: javac compiling the example's annotated interface (example/.../FieldApi.java) with its
# spec and the shaded processor, "without" (the annotation as the example has it) and "with"
# (openapi = "field-api-openapi.yaml", benchmarks/openapi/field-api-openapi.yaml, a hand-written
# document that agrees with the spec: the check runs in full and finds nothing). Runs alternate
# (without, with, without, ...) so that noise from other work on the machine falls on both alike;
# the medians of wall and CPU time are reported, with the ratio with/without. Compiling the
# interface alone is the worst case: the module's other sources would dilute the ratio.
#
# Usage: benchmarks/openapi-check.sh [runs]     runs of each kind (default 11)
#   env  JAVAC (default javac), PROCESSOR_JAR (default: the shaded jar in processor/target)
# Needs the packaged processor: mvn -B -q package -DskipTests -pl processor -am
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
runs=${1:-11}
version=0.1.0-SNAPSHOT
processor=${PROCESSOR_JAR:-$root/processor/target/statusspec-processor-$version.jar}
annotations=$root/annotations/target/statusspec-annotations-$version.jar
for jar in "$processor" "$annotations"; do
  [ -f "$jar" ] || { echo "missing $jar: run mvn -B -q package -DskipTests -pl processor -am" >&2; exit 1; }
done
javac=${JAVAC:-javac}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pkg=dev/statusspec/example
for kind in without with; do
  mkdir -p "$work/$kind/src/$pkg"
  cp example/src/main/resources/$pkg/field-api-statuses.yaml "$work/$kind/src/$pkg/"
  cp example/src/main/java/$pkg/FieldApi.java "$work/$kind/src/$pkg/"
done
cp benchmarks/openapi/field-api-openapi.yaml "$work/with/src/$pkg/"
sed -i 's|@StatusSpec("field-api-statuses.yaml")|@StatusSpec(value = "field-api-statuses.yaml", openapi = "field-api-openapi.yaml")|' \
  "$work/with/src/$pkg/FieldApi.java"
grep -q 'openapi = "field-api-openapi.yaml"' "$work/with/src/$pkg/FieldApi.java" \
  || { echo "could not add openapi= to FieldApi.java" >&2; exit 1; }

# Runs javac once for $1; prints "wall_ms cpu_ms"; fails on any diagnostic of statusspec's (the
# document must agree, or the run would measure error reporting).
timed() {
  local dir=$work/$1 start end
  rm -rf "$dir/out" "$dir/gen"; mkdir -p "$dir/out" "$dir/gen"
  start=$(date +%s%N)
  /usr/bin/time -f '%U %S' -o "$work/cpu" "$javac" --release 17 -Xlint:all -Werror -encoding UTF-8 \
    -cp "$annotations" -processorpath "$processor" -sourcepath "$dir/src" -s "$dir/gen" \
    -d "$dir/out" "$dir/src/$pkg/FieldApi.java" > "$work/javac.log" 2>&1 \
    || { cat "$work/javac.log" >&2; exit 1; }
  end=$(date +%s%N)
  if grep -q 'statusspec:' "$work/javac.log"; then cat "$work/javac.log" >&2; exit 1; fi
  echo "$(( (end - start) / 1000000 )) $(awk '{ printf "%d", ($1 + $2) * 1000 }' "$work/cpu")"
}

# The check really runs: a planted disagreement in a copy of the document is reported.
mkdir -p "$work/probe/src/$pkg"
cp "$work/with/src/$pkg/"* "$work/probe/src/$pkg/"
sed -i 's/operationId: getField/operationId: getFieldV2/' "$work/probe/src/$pkg/field-api-openapi.yaml"
if "$javac" --release 17 -cp "$annotations" -processorpath "$processor" -sourcepath "$work/probe/src" \
    -d "$work/probe" -s "$work/probe" "$work/probe/src/$pkg/FieldApi.java" > "$work/probe.log" 2>&1 \
    || ! grep -q 'openapi-operation-missing' "$work/probe.log"; then
  echo "the check did not run: a renamed operationId was not reported" >&2; cat "$work/probe.log" >&2; exit 1
fi

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
: > "$work/without.t"; : > "$work/with.t"
timed without > /dev/null; timed with > /dev/null  # warm the file cache
for ((i = 0; i < runs; i++)); do
  timed without >> "$work/without.t"
  timed with >> "$work/with.t"
done
w0=$(cut -d' ' -f1 "$work/without.t" | median); w1=$(cut -d' ' -f1 "$work/with.t" | median)
c0=$(cut -d' ' -f2 "$work/without.t" | median); c1=$(cut -d' ' -f2 "$work/with.t" | median)
printf 'example compile, %d runs each | wall ms: without %d, with %d, ratio %.3f | cpu ms: without %d, with %d, ratio %.3f\n' \
  "$runs" "$w0" "$w1" "$(echo "$w1 / $w0" | bc -l)" "$c0" "$c1" "$(echo "$c1 / $c0" | bc -l)"
if [ -n "${VERBOSE:-}" ]; then
  echo "  without (wall/cpu): $(tr '\n' ' ' < "$work/without.t")"
  echo "  with    (wall/cpu): $(tr '\n' ' ' < "$work/with.t")"
fi
