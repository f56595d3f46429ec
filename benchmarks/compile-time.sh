#!/usr/bin/env bash
# Measures what the statusspec processor adds to javac's wall time: for each spec, javac compiling
# the annotated interface with the (shaded) processor, against the floor: javac compiling the same
# interface plus the sources the processor generates, with -proc:none. Runs alternate (floor,
# processor, floor, ...) so that noise from other work on the machine falls on both alike, and
# the medians are reported. Also reports the peak RSS of each javac.
#
# Usage: benchmarks/compile-time.sh [runs] [spec...]
#   runs   runs of each kind (default 7)
#   env    JAVAC (default javac), JAVAC_FLAGS (extra flags for every run, e.g. -J-Xss16m)
#   spec   example | cloud | synthetic:N | operations:N:OPS:PER (default: example cloud)
#          operations:N:OPS:PER is synthetic:N with OPS operations of PER statuses each
#        benchmarks/compile-time.sh --print-synthetic N   prints the synthetic spec of N statuses
#        benchmarks/compile-time.sh --print-operations N OPS PER   prints the spec with operations
# Needs the packaged processor: mvn -B -q package -DskipTests -pl processor -am
set -euo pipefail
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
processor=$root/processor/target/statusspec-processor-$version.jar
annotations=$root/annotations/target/statusspec-annotations-$version.jar
for jar in "$processor" "$annotations"; do
  [ -f "$jar" ] || { echo "missing $jar: run mvn -B -q package -DskipTests -pl processor -am" >&2; exit 1; }
done
javac=${JAVAC:-javac}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Sets up $work/$1/src with the interface and its spec; prints the interface's path.
setup() {
  local name=$1 dir=$work/${1//:/-} pkg iface spec
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
    operations:*)
      pkg=com/example
      mkdir -p "$dir/src/$pkg"
      printf 'package com.example;\n\n@dev.statusspec.StatusSpec("statuses.yaml")\npublic interface Big {}\n' \
        > "$dir/src/$pkg/Big.java"
      IFS=: read -r _ n ops per <<< "$name"
      operations "$n" "$ops" "$per" > "$dir/src/$pkg/statuses.yaml"
      iface=$dir/src/$pkg/Big.java ;;
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
common=(--release 17 -Xlint:all -encoding UTF-8 -cp "$annotations" "${extra[@]}")
printf '%-16s %5s %9s %9s %6s %9s %9s %6s %8s %8s\n' spec files floor_ms proc_ms ratio \
  floor_cpu proc_cpu ratio floor_MB proc_MB
for spec in "${specs[@]}"; do
  dir=$work/${spec//:/-}
  iface=$(setup "$spec")
  # The generated sources, once, for the floor.
  mkdir -p "$dir/gen" "$dir/once"
  "$javac" "${common[@]}" -processorpath "$processor" -sourcepath "$dir/src" \
    -s "$dir/gen" -d "$dir/once" "$iface"
  mapfile -t generated < <(find "$dir/gen" -name '*.java' | sort)
  : > "$dir/floor"; : > "$dir/proc"
  for ((i = 0; i < runs; i++)); do
    rm -rf "$dir/out" "$dir/gen2"; mkdir -p "$dir/out" "$dir/gen2"
    timed "${common[@]}" -proc:none -d "$dir/out" "$iface" "${generated[@]}" >> "$dir/floor"
    rm -rf "$dir/out"; mkdir -p "$dir/out"
    timed "${common[@]}" -processorpath "$processor" -sourcepath "$dir/src" -s "$dir/gen2" \
      -d "$dir/out" "$iface" >> "$dir/proc"
  done
  floor=$(cut -d' ' -f1 "$dir/floor" | median)
  proc=$(cut -d' ' -f1 "$dir/proc" | median)
  floor_rss=$(cut -d' ' -f2 "$dir/floor" | median)
  proc_rss=$(cut -d' ' -f2 "$dir/proc" | median)
  floor_cpu=$(cut -d' ' -f3 "$dir/floor" | median)
  proc_cpu=$(cut -d' ' -f3 "$dir/proc" | median)
  printf '%-16s %5d %9d %9d %6.2f %9d %9d %6.2f %8d %8d\n' "$spec" "${#generated[@]}" \
    "$floor" "$proc" "$(echo "$proc / $floor" | bc -l)" "$floor_cpu" "$proc_cpu" \
    "$(echo "$proc_cpu / $floor_cpu" | bc -l)" "$((floor_rss / 1024))" "$((proc_rss / 1024))"
  if [ -n "${VERBOSE:-}" ]; then
    echo "  floor runs (wall, cpu): $(cut -d' ' -f1,3 "$dir/floor" | tr ' \n' '/ ')"
    echo "  proc runs (wall, cpu):  $(cut -d' ' -f1,3 "$dir/proc" | tr ' \n' '/ ')"
  fi
done
