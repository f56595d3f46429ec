#!/usr/bin/env python3
"""Sums the JFR execution samples of the main thread taken inside the processor's process() calls
by stage: javac's Filer (its check of each new type name, the rest), JavaPoet writing the files,
each generator building its types, reading and checking the spec. Reads the text of
`jfr print --events jdk.ExecutionSample --stack-depth 160 recording.jfr` (any number of
recordings, concatenated) on standard input; used by profile.sh."""
import collections
import re
import sys

STAGES = ["SpecLoader", "SpecReader", "SpecBinder", "SpecValidator", "InterfaceChecks",
          "GeneratedTypeChecks", "Generators.outputs", "Compilation.detect", "SpecLocator", "Lint",
          "Evolution"]


def stage(frames):
    stack = "\n".join(frames)
    if "FilerWriter.write" in stack:
        if "javapoet" in stack:
            return "write: JavaPoet renders the file"
        if "checkNameAndExistence" in stack:
            return "write: javac's Filer checks the new name"
        return "write: javac's Filer, the rest"
    builders = [f for f in frames
                if re.search(r"statusspec\.processor\.gen\.(adapters\.)?\w+Generator\.", f)
                and "JavaSourceGenerator" not in f]
    if builders:
        return "build: " + builders[-1].split(".")[-2]
    for name in STAGES:
        if name in stack:
            return "check: " + name
    ours = [f for f in frames if "statusspec" in f]
    return "other: " + (ours[0] if ours else frames[0] if frames else "?")


def main():
    samples = collections.Counter()
    for event in sys.stdin.read().split("jdk.ExecutionSample")[1:]:
        frames = re.findall(r"^\s+([\w$.<>]+)\(", event, re.M)
        if any("ProcessorTime$Timed.process" in f for f in frames):
            samples[stage(frames)] += 1
    total = sum(samples.values())
    print(f"{total} samples inside process()")
    for name, count in samples.most_common(20):
        print(f"{count:6d} {100 * count / total:5.1f}%  {name}")


if __name__ == "__main__":
    main()
