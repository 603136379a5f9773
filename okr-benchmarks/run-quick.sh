#!/bin/sh
# Quick mode (< 5 minutes): builds the benchmarks jar if needed, then runs every benchmark briefly in one JVM
# (the national plan is generated once) and prints one table of results against the targets.
# Arguments (optional): warm-up iterations, measurement iterations, seconds per iteration (default 2 3 1).
set -e
cd "$(dirname "$0")/.."
if [ ! -f okr-benchmarks/target/benchmarks.jar ]; then
  ./mvnw -B -q -o package -pl okr-core,okr-benchmarks -am -DskipTests
fi
exec java -Xms4g -Xmx10g -cp okr-benchmarks/target/benchmarks.jar fr.okrsante.benchmarks.QuickRun "$@"
