#!/usr/bin/env bash
# Where a cold `generate` spends its time: one Maven run of the seed project with -Xlog:class+load, then the
# classes each stage of the pipeline loads (by library) and the time from one stage's first class to the next's.
# Since core.Warmup loads the later stages on a second thread, a stage's first class may come from that thread:
# the split is then a timeline of class loading, not of the build's own thread.
# Usage: ./mvnw -q install -DskipTests -Dinvoker.skip && bash docs/bench-classes.sh [maven command]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
mvn=${1:-$root/mvnw}
version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src/main/sam"
cp examples/twilio-sms/integration.yaml "$work/src/main/sam/"
cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>classes</artifactId><version>1</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>io.github.samhttp</groupId><artifactId>sam-http-maven-plugin</artifactId><version>$version</version>
    <executions><execution><goals><goal>generate</goal></goals></execution></executions>
  </plugin></plugins></build>
</project>
POM
(cd "$work" && "$mvn" -B -ntp -q generate-sources) > /dev/null   # resolve once
rm -rf "$work/target"
(cd "$work" && MAVEN_OPTS="-Xlog:class+load=info:file=$work/classes.log:uptime" "$mvn" -B -ntp generate-sources) \
  | grep 'sam-http: wrote'
awk '
  function stage_of(name) {
    if (name ~ /^io\.github\.samhttp\.core\.Generator$/) return "read"
    if (name ~ /^io\.github\.samhttp\.core\.validate\.ServiceValidator$/) return "validate"
    if (name ~ /^io\.github\.samhttp\.core\.documents\.ProjectDocuments$/) return "documents"
    if (name ~ /^io\.github\.samhttp\.core\.write\.Serializers$/) return "serialise"
    if (name ~ /^io\.github\.samhttp\.core\.aws\.PlatformLimits$/) return "limits"
    if (name ~ /^io\.github\.samhttp\.core\.write\.OutputWriter$/) return "write"
    return ""
  }
  function lib(name) {
    if (name ~ /^com\.fasterxml\.jackson\.databind/) return "jackson-databind"
    if (name ~ /^com\.fasterxml\.jackson\.dataformat/) return "jackson-yaml"
    if (name ~ /^com\.fasterxml\.jackson/) return "jackson-core"
    if (name ~ /^org\.yaml\.snakeyaml/) return "snakeyaml"
    if (name ~ /^io\.github\.samhttp/) return "plugin"
    if (name ~ /LambdaForm|Lambda\$|\$\$Lambda/) return "lambdas, method handles"
    if (name ~ /^(java|javax|jdk|sun)\./) return "jdk"
    return "other"
  }
  { t = substr($1, 2) + 0; name = $2 }
  name == "io.github.samhttp.maven.GenerateMojo" { on = 1; stage = "mojo"; order[++n] = stage; start[stage] = t }
  on && stage_of(name) != "" { stage = stage_of(name); order[++n] = stage; start[stage] = t }
  on { count[stage, lib(name)]++; total[stage]++; last = t }
  END {
    printf "%-10s %8s %8s  %s\n", "stage", "ms", "classes", "by library"
    for (i = 1; i <= n; i++) {
      s = order[i]; end = (i < n) ? start[order[i + 1]] : last
      line = ""
      split("plugin jackson-core jackson-yaml jackson-databind snakeyaml jdk lambdas,_method_handles other", libs, " ")
      for (j = 1; j in libs; j++) { l = libs[j]; gsub("_", " ", l); if (count[s, l]) line = line l " " count[s, l] ", " }
      printf "%-10s %8.0f %8d  %s\n", s, (end - start[s]) * 1000, total[s], line
    }
  }' "$work/classes.log"
