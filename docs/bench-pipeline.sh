#!/usr/bin/env bash
# JMH: the warm pipeline (render) and the up-to-date check for 1, 10, 50 and 300 integrations in one descriptor.
# Usage: bash docs/bench-pipeline.sh [extra JMH options, e.g. -f 2]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -ntp test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.cp
java -cp "target/test-classes:target/classes:$(cat target/bench.cp)" org.openjdk.jmh.Main PipelineBenchmark "$@"
