#!/usr/bin/env bash
# Measures what the statusspec processor adds to javac's wall time: for each spec, javac compiling
# the annotated interface with the (shaded) processor ("proc"), against two floors, both compiling
# the same interface plus the sources the processor generates: javac with -proc:none ("none"), and
# javac with a no-op processor on -processorpath ("noop": benchmarks/noop-processor, compiled and
# jarred by this script, supports @StatusSpec, claims nothing, returns false), which is what any
# annotation processor costs javac before it does anything. A third reference, "copy"
# (benchmarks/copy-processor), is a processor that writes the very files statusspec generates
# through the Filer, copied from a first run instead of built: what javac charges any processor
# for generating these files, so that proc/copy is statusspec's own work alone. Runs alternate
# (none, noop, copy, proc, none, ...) so that noise from other work on the machine falls on all
# alike, and the medians are reported, with the ratios of proc against each. Also reports the peak
# RSS of each javac.
#
# Usage: benchmarks/compile-time.sh [runs] [spec...]
#   runs   runs of each kind (default 7)
#   env    JAVAC (default javac), JAVAC_FLAGS (extra flags for every run, e.g. -J-Xss16m),
#          PROCESSOR_JAR (default: the shaded jar in processor/target)
#   spec   example | cloud | synthetic:N | operations:N:OPS:PER | spring:N:OPS:PER
#          (default: example cloud)
#          operations:N:OPS:PER is synthetic:N with OPS operations of PER statuses each
#          spring:N:OPS:PER is the same with spring-web (and its deps, from ~/.m2, version
#          SPRING_VERSION, default 6.2.12) on the class path of every run, so that the Spring
#          adapters are generated (and compiled by both floors)
#          file:PATH is the spec at PATH, on an interface com.example.Api; spring-file:PATH the
#          same with spring-web on the class path
#        benchmarks/compile-time.sh --print-synthetic N   prints the synthetic spec of N statuses
#        benchmarks/compile-time.sh --print-operations N OPS PER   prints the spec with operations
# Needs the packaged processor: mvn -B -q package -DskipTests -pl processor -am
set -euo pipefail
caller=$PWD
cd "$(dirname "$0")/.."
root=$PWD
# Writes a synthetic error catalogue of $1 statuses (codes 400..599, told apart by errorCode).
synthetic() {
  awk -v n="$1" 'BEGIN {
    print "name: Big"; print "statuses:"
    for (i = 0; i < n; i++) {
      printf "  - code: %d\n    name: Error %d\n    errorCode: error_%d\n", 400 + i % 200, i, i
      printf "    description: The request failed for reason number %d of the catalogue.\n", i
    }
  }'
}

# Writes the synthetic catalogue of $1 statuses with $2 operations op0, op1... of $3 statuses each:
# operation i lists statuses (7i + 13k) mod $1 for k from 0 (as SyntheticSpec.withOperations).
operations() {
  synthetic "$1"
  awk -v n="$1" -v ops="$2" -v per="$3" 'BEGIN {
    print "operations:"
    for (i = 0; i < ops; i++) {
      printf "  op%d:\n    description: Operation number %d.\n    statuses: [", i, i
      for (k = 0; k < per; k++) printf "%sERROR_%d", (k ? ", " : ""), (7 * i + 13 * k) % n
      print "]"
    }
  }'
}

if [ "${1:-}" = --print-synthetic ]; then synthetic "$2"; exit 0; fi
if [ "${1:-}" = --print-operations ]; then operations "$2" "$3" "$4"; exit 0; fi

runs=${1:-7}
shift || true
specs=("$@")
[ ${#specs[@]} -gt 0 ] || specs=(example cloud)

version=0.1.0-SNAPSHOT
processor=${PROCESSOR_JAR:-$root/processor/target/statusspec-processor-$version.jar}
annotations=$root/annotations/target/statusspec-annotations-$version.jar
for jar in "$processor" "$annotations"; do
  [ -f "$jar" ] || { echo "missing $jar: run mvn -B -q package -DskipTests -pl processor -am" >&2; exit 1; }
done
javac=${JAVAC:-javac}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The no-op processor of the second floor, compiled once into the work dir and packaged as a jar,
# since processors come as jars (javac opens a jar on the processor path differently from a folder).
noop_classes=$work/noop-processor
mkdir -p "$noop_classes/META-INF/services"
"$javac" --release 17 -d "$noop_classes" benchmarks/noop-processor/dev/statusspec/benchmarks/noop/*.java
cp benchmarks/noop-processor/META-INF/services/* "$noop_classes/META-INF/services/"
noop=$work/noop-processor.jar
jar=$(dirname "$(command -v "$javac")")/jar
"$jar" cf "$noop" -C "$noop_classes" .
# The processor of the third floor, "copy" (benchmarks/copy-processor): it writes through the Filer
# the very files statusspec generates, copied from the folders of a first run instead of built.
copy_classes=$work/copy-processor
mkdir -p "$copy_classes/META-INF/services"
"$javac" --release 17 -d "$copy_classes" benchmarks/copy-processor/dev/statusspec/benchmarks/copy/*.java
cp benchmarks/copy-processor/META-INF/services/* "$copy_classes/META-INF/services/"
copy=$work/copy-processor.jar
"$jar" cf "$copy" -C "$copy_classes" .

# spring-web and what it needs for @RestControllerAdvice and ResponseEntity, from the local repo.
spring_cp() {
  local v=${SPRING_VERSION:-6.2.12} m2=${M2_REPO:-$HOME/.m2/repository} a cp=
  for a in spring-web spring-core spring-jcl spring-context spring-beans spring-aop; do
    local jar=$m2/org/springframework/$a/$v/$a-$v.jar
    [ -f "$jar" ] || { echo "missing $jar (mvn dependency:get -Dartifact=org.springframework:$a:$v)" >&2; exit 1; }
    cp=$cp:$jar
  done
  echo "${cp#:}"
}

# The work folder of spec $1: its name with everything but letters and digits made '-'.
workdir() { echo "$work/$(printf '%s' "$1" | tr -c 'A-Za-z0-9' '-')"; }

# Sets up $(workdir $1)/src with the interface and its spec; prints the interface's path.
setup() {
  local name=$1 dir pkg iface spec
  dir=$(workdir "$1")
  mkdir -p "$dir"
  case $name in
    example)
      pkg=dev/statusspec/example
      mkdir -p "$dir/src/$pkg"
      cp example/src/main/java/$pkg/FieldApi.java "$dir/src/$pkg/"
      cp example/src/main/resources/$pkg/field-api-statuses.yaml "$dir/src/$pkg/"
      iface=$dir/src/$pkg/FieldApi.java ;;
    cloud)
      pkg=dev/statusspec/benchmarks/cloud
      mkdir -p "$dir/src/$pkg"
      cp benchmarks/src/main/java/$pkg/Cloud.java "$dir/src/$pkg/"
      cp benchmarks/src/main/resources/$pkg/cloud-statuses.yaml "$dir/src/$pkg/"
      iface=$dir/src/$pkg/Cloud.java ;;
    synthetic:*)
      pkg=com/example
      mkdir -p "$dir/src/$pkg"
      printf 'package com.example;\n\n@dev.statusspec.StatusSpec("statuses.yaml")\npublic interface Big {}\n' \
        > "$dir/src/$pkg/Big.java"
      synthetic "${name#synthetic:}" > "$dir/src/$pkg/statuses.yaml"
      iface=$dir/src/$pkg/Big.java ;;
    operations:* | spring:*)
      pkg=com/example
      mkdir -p "$dir/src/$pkg"
      printf 'package com.example;\n\n@dev.statusspec.StatusSpec("statuses.yaml")\npublic interface Big {}\n' \
        > "$dir/src/$pkg/Big.java"
      IFS=: read -r _ n ops per <<< "$name"
      operations "$n" "$ops" "$per" > "$dir/src/$pkg/statuses.yaml"
      iface=$dir/src/$pkg/Big.java ;;
    file:* | spring-file:*)
      pkg=com/example
      mkdir -p "$dir/src/$pkg"
      printf 'package com.example;\n\n@dev.statusspec.StatusSpec("statuses.yaml")\npublic interface Api {}\n' \
        > "$dir/src/$pkg/Api.java"
      spec=${name#*file:}
      [[ $spec = /* ]] || spec=$caller/$spec
      cp "$spec" "$dir/src/$pkg/statuses.yaml"
      iface=$dir/src/$pkg/Api.java ;;
    *) echo "unknown spec $name" >&2; exit 1 ;;
  esac
  echo "$iface"
}

# Runs javac under /usr/bin/time; prints "wall_ms rss_kb cpu_ms" (cpu: user + system, all threads).
timed() {
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f '%M %U %S' -o "$work/rss" "$javac" "$@" > "$work/javac.log" 2>&1 \
    || { cat "$work/javac.log" >&2; exit 1; }
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(awk '{ printf "%d %d", $1, ($2 + $3) * 1000 }' "$work/rss")"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# JAVAC_FLAGS: extra flags for every javac run, e.g. JAVAC_FLAGS=-J-Xss16m (javac 17 needs a larger
# stack for hundreds of operations at --release 17: docs/PERFORMANCE.md).
read -r -a extra <<< "${JAVAC_FLAGS:-}"
printf '%-18s %5s | wall ms: %6s %6s %6s %6s %5s %5s %5s | cpu ms: %6s %6s %6s %6s %5s %5s %5s | RSS MB: %4s %4s %4s %4s\n' \
  spec files none noop copy proc /none /noop /copy none noop copy proc /none /noop /copy \
  none noop copy proc
for spec in "${specs[@]}"; do
  dir=$(workdir "$spec")
  cp=$annotations
  case $spec in spring:* | spring-file:*) cp=$cp:$(spring_cp) ;; esac
  common=(--release 17 -Xlint:all -encoding UTF-8 -cp "$cp" "${extra[@]}")
  iface=$(setup "$spec")
  # The generated sources, once, for the floor.
  mkdir -p "$dir/gen" "$dir/once"
  "$javac" "${common[@]}" -processorpath "$processor" -sourcepath "$dir/src" \
    -s "$dir/gen" -d "$dir/once" "$iface"
  mapfile -t generated < <(find "$dir/gen" -name '*.java' | sort)
  : > "$dir/none"; : > "$dir/noop"; : > "$dir/copy"; : > "$dir/proc"
  for ((i = 0; i < runs; i++)); do
    rm -rf "$dir/out"; mkdir -p "$dir/out"
    timed "${common[@]}" -proc:none -d "$dir/out" "$iface" "${generated[@]}" >> "$dir/none"
    rm -rf "$dir/out"; mkdir -p "$dir/out"
    timed "${common[@]}" -processorpath "$noop" -d "$dir/out" "$iface" "${generated[@]}" \
      >> "$dir/noop"
    rm -rf "$dir/out" "$dir/gen2"; mkdir -p "$dir/out" "$dir/gen2"
    timed "${common[@]}" -processorpath "$copy" -Acopy.sources="$dir/gen" \
      -Acopy.resources="$dir/once" -sourcepath "$dir/src" -s "$dir/gen2" -d "$dir/out" "$iface" \
      >> "$dir/copy"
    rm -rf "$dir/out" "$dir/gen2"; mkdir -p "$dir/out" "$dir/gen2"
    timed "${common[@]}" -processorpath "$processor" -sourcepath "$dir/src" -s "$dir/gen2" \
      -d "$dir/out" "$iface" >> "$dir/proc"
  done
  col() { cut -d' ' -f"$1" "$dir/$2" | median; }
  ratio() { echo "$1 / $2" | bc -l; }
  w0=$(col 1 none); w1=$(col 1 noop); w2=$(col 1 copy); w3=$(col 1 proc)
  c0=$(col 3 none); c1=$(col 3 noop); c2=$(col 3 copy); c3=$(col 3 proc)
  r0=$(col 2 none); r1=$(col 2 noop); r2=$(col 2 copy); r3=$(col 2 proc)
  printf '%-18s %5d | wall ms: %6d %6d %6d %6d %5.2f %5.2f %5.2f | cpu ms: %6d %6d %6d %6d %5.2f %5.2f %5.2f | RSS MB: %4d %4d %4d %4d\n' \
    "$spec" "${#generated[@]}" \
    "$w0" "$w1" "$w2" "$w3" "$(ratio "$w3" "$w0")" "$(ratio "$w3" "$w1")" "$(ratio "$w3" "$w2")" \
    "$c0" "$c1" "$c2" "$c3" "$(ratio "$c3" "$c0")" "$(ratio "$c3" "$c1")" "$(ratio "$c3" "$c2")" \
    "$((${r0%.*} / 1024))" "$((${r1%.*} / 1024))" "$((${r2%.*} / 1024))" "$((${r3%.*} / 1024))"
  if [ -n "${VERBOSE:-}" ]; then
    for kind in none noop copy proc; do
      echo "  $kind runs (wall/cpu/rss_kb): $(awk '{ printf "%s/%s/%s ", $1, $3, $2 }' "$dir/$kind")"
    done
  fi
done
