#!/usr/bin/env bash
# Writes everything the processor generates for a set of specs, under every class path that
# changes the output, into one folder, so that two processors (before and after a refactoring) can
# be compared with `diff -r`: the output must stay byte-for-byte the same unless a change means it.
#
# Usage: benchmarks/output-snapshot.sh OUT [spec...]
#   OUT    the folder to write (emptied first): OUT/<spec>/<class path>/<release>/{sources,classes}
#   spec   example | catalogue:NAME (processor/src/test/resources/catalogues/NAME.yaml) |
#          operations (processor/src/test/resources/operations/shop.yaml) | file:PATH |
#          operations:N:OPS:PER (as compile-time.sh; spring:330:100:20 is operations:330:100:20
#          under the spring class path)
#          default: example, every catalogue, operations, operations:330:100:20
#   env    PROCESSOR_JAR (default: the shaded jar in processor/target), JAVAC (default javac),
#          RELEASES (default "8 11 17"), CLASSPATHS (default "none spring jakarta jakarta4-jackson3
#          feign12")
# Needs the packaged processor and the framework jars of the processor's tests:
#   mvn -B -q package -DskipTests -pl processor -am && mvn -B -q -pl processor generate-test-resources
set -euo pipefail
out=${1:?usage: output-snapshot.sh OUT [spec...]}
shift
mkdir -p "$out"
out=$(cd "$out" && pwd)
cd "$(dirname "$0")/.."
root=$PWD
version=0.1.0-SNAPSHOT
processor=${PROCESSOR_JAR:-$root/processor/target/statusspec-processor-$version.jar}
annotations=$root/annotations/target/statusspec-annotations-$version.jar
frameworks=$root/processor/target/frameworks
for f in "$processor" "$annotations" "$frameworks"; do
  [ -e "$f" ] || { echo "missing $f (see the usage)" >&2; exit 1; }
done
javac=${JAVAC:-javac}
specs=("$@")
if [ ${#specs[@]} -eq 0 ]; then
  specs=(example operations operations:330:100:20)
  for c in processor/src/test/resources/catalogues/*.yaml; do
    specs+=("catalogue:$(basename "$c" .yaml)")
  done
fi

jars() { find "$@" -name '*.jar' | sort | paste -sd: -; }
classpath() {
  case "$1" in
    none) echo "" ;;
    spring) jars "$frameworks/spring-6.1" ;;
    jakarta) jars "$frameworks/jakarta-rest-3.1" "$frameworks/microprofile-rest-client-4.0" \
      "$frameworks/feign-13" "$frameworks/json-b-3.0" ;;
    jakarta4-jackson3) jars "$frameworks/jakarta-rest-4.0" "$frameworks/microprofile-rest-client-3.0" \
      "$frameworks/feign-13" "$frameworks/jackson-3" ;;
    feign12) jars "$frameworks/feign-12" "$frameworks/jackson-2" ;;
    *) echo "unknown class path $1" >&2; exit 1 ;;
  esac
}

rm -rf "${out:?}"/*
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for spec in "${specs[@]}"; do
  src=$work/$spec/src
  mkdir -p "$src/com/example"
  case "$spec" in
    example)
      cp -r example/src/main/java/. "$src/"
      cp -r example/src/main/resources/. "$src/"
      # Only the annotated interface: the example's other classes need the frameworks.
      find "$src" -name '*.java' ! -name FieldApi.java -delete
      ;;
    operations:*)
      IFS=: read -r _ n ops per <<<"$spec"
      benchmarks/compile-time.sh --print-operations "$n" "$ops" "$per" >"$src/com/example/spec.yaml" ;;
    operations) cp processor/src/test/resources/operations/shop.yaml "$src/com/example/spec.yaml" ;;
    catalogue:*) cp "processor/src/test/resources/catalogues/${spec#catalogue:}.yaml" "$src/com/example/spec.yaml" ;;
    file:*) cp "${spec#file:}" "$src/com/example/spec.yaml" ;;
    *) echo "unknown spec $spec" >&2; exit 1 ;;
  esac
  if [ "$spec" != example ]; then
    printf 'package com.example;\n\n@dev.statusspec.StatusSpec("spec.yaml")\npublic interface Api {}\n' \
      >"$src/com/example/Api.java"
  fi
  for cp in ${CLASSPATHS:-none spring jakarta jakarta4-jackson3 feign12}; do
    for release in ${RELEASES:-8 11 17}; do
      dir=$out/${spec//[:\/]/_}/$cp/$release
      mkdir -p "$dir/sources" "$dir/classes"
      fw=$(classpath "$cp")
      "$javac" -J-Xss16m --release "$release" -proc:only -implicit:none -Xlint:-options \
        -processorpath "$processor" -cp "$annotations:$src${fw:+:$fw}" -sourcepath "$src" \
        -s "$dir/sources" -d "$dir/classes" $(find "$src" -name '*.java') \
        >"$dir/javac.txt" 2>&1 || true
    done
  done
  echo "$spec: $(find "$out/${spec//[:\/]/_}" -type f | wc -l) files"
done
