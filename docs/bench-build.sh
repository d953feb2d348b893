#!/usr/bin/env bash
# Benchmark: what the plugin costs a build, as a user runs it (whole Maven processes, paired and interleaved).
#
# The build: a small Java project (one class, `mvn package`: resources, compile, jar), with and without the
# plugin bound to generate-sources on the seed descriptor (examples/twilio-sms). Each round runs every case once,
# in a shuffled order, each in a fresh JVM:
#   base      without the plugin, clean target/
#   cold      with the plugin, clean target/: the plugin writes its four files
#   skipped   with the plugin and -Dsamhttp.skip=true, clean target/
#   base-warm without the plugin, target/ kept (classes and jar up to date)
#   uptodate  with the plugin, target/ kept: the plugin finds its files up to date
#   cold50    with the plugin and a descriptor of 50 integrations, clean target/
#   cold300   with the plugin and a descriptor of 300 integrations (nested stacks), clean target/
# It prints the median of each case, the ratios and differences the issue asks about, and the goal's own time
# from its summary line ("... (12 ms)"), for cold and up to date.
#
# With BASELINE=<version> (another build of the plugin installed in ~/.m2, e.g. the previous commit's under its own
# version), two more cases run the cold builds with it, coldB and cold50B, and the goal times are compared side by side:
# on a noisy machine the ratio of paired runs says more than either figure.
# Usage: ./mvnw -q install -DskipTests -Dinvoker.skip && [BASELINE=v] bash docs/bench-build.sh [rounds] [maven command]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
rounds=${1:-10}
mvn=${2:-$root/mvnw}
version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

project() { # name, plugin block
  mkdir -p "$work/$1/src/main/java/bench" "$work/$1/src/main/sam"
  cp examples/twilio-sms/integration.yaml "$work/$1/src/main/sam/integration.yaml"
  printf 'package bench;\n\npublic class Hello {\n    public static String hello() {\n        return "hi";\n    }\n}\n' \
    > "$work/$1/src/main/java/bench/Hello.java"
  cat > "$work/$1/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>$1</artifactId>
  <version>1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <build>
    <plugins>$2
    </plugins>
  </build>
</project>
POM
}
project without ""
service() { # a descriptor of $1 integrations sharing one connection (as PipelineBenchmark's)
  printf 'name: bench\nconnections:\n  api:\n    type: API_KEY\n    header: x-api-key\n'
  printf '    value: secretsmanager:bench:SecretString:key\nintegrations:\n'
  for i in $(seq "$1"); do
    printf '  call-%d:\n    endpoint: https://api.example.com/v1/items/%d\n    method: POST\n    connection: api\n' "$i" "$i"
  done
}
plugin="
      <plugin>
        <groupId>io.github.samhttp</groupId>
        <artifactId>sam-http-maven-plugin</artifactId>
        <version>$version</version>
        <executions><execution><goals><goal>generate</goal></goals></execution></executions>
      </plugin>"
project with50 "$plugin"
service 50 > "$work/with50/src/main/sam/integration.yaml"
project with300 "$plugin"
service 300 > "$work/with300/src/main/sam/integration.yaml"
project with "$plugin"
baseline=${BASELINE:-}
if [ -n "$baseline" ]; then
  project withB "${plugin/<version>$version</<version>$baseline<}"
  project with50B "${plugin/<version>$version</<version>$baseline<}"
  service 50 > "$work/with50B/src/main/sam/integration.yaml"
fi

run() { # case -> prints milliseconds; keeps the log in $work/<case>.log
  local dir args=() start end
  case $1 in
    base|base-warm) dir=without ;;
    cold50) dir=with50 ;;
    cold300) dir=with300 ;;
    coldB) dir=withB ;;
    cold50B) dir=with50B ;;
    *) dir=with ;;
  esac
  case $1 in base|cold|skipped|cold50|cold300|coldB|cold50B) rm -rf "$work/$dir/target" ;; esac
  [ "$1" = skipped ] && args=(-Dsamhttp.skip=true)
  start=$(date +%s%N)
  (cd "$work/$dir" && "$mvn" -B -ntp package "${args[@]}") > "$work/$1.log" 2>&1 || { cat "$work/$1.log"; exit 1; }
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }
goal_ms() { sed -n 's/.*sam-http: .*[(, ]\([0-9]*\) ms).*/\1/p' "$work/$1.log" | tail -1; }

# Warm-up: resolve everything once, so that no round downloads.
for c in base cold cold50 cold300; do run "$c" > /dev/null; done

declare -A times goal
cases=(base cold skipped base-warm uptodate cold50 cold300)
[ -n "$baseline" ] && cases+=(coldB cold50B) && run coldB > /dev/null
for r in $(seq "$rounds"); do
  for c in $(printf '%s\n' "${cases[@]}" | shuf); do
    # base-warm and uptodate need a built target/: run their clean twin first if this round has not yet.
    [ "$c" = base-warm ] && [ ! -d "$work/without/target" ] && run base > /dev/null
    [ "$c" = uptodate ] && [ ! -d "$work/with/target/sam" ] && run cold > /dev/null
    times[$c]+="$(run "$c") "
    case $c in
      cold) grep -q 'sam-http: wrote 4 of 4 files' "$work/cold.log" || { echo "cold did not write"; exit 1; } ;;
      cold50|cold50B) grep -q 'sam-http: wrote 53 of 53 files' "$work/$c.log" || { echo "$c did not write"; exit 1; } ;;
      cold300) grep -q 'sam-http: wrote 319 of 319 files' "$work/$c.log" || { echo "$c did not write"; exit 1; } ;;
      coldB) grep -q 'sam-http: wrote 4 of 4 files' "$work/coldB.log" || { echo "coldB did not write"; exit 1; } ;;
      uptodate) grep -q 'is up to date' "$work/uptodate.log" || { echo "uptodate was not"; exit 1; } ;;
      skipped) grep -q 'sam-http: skipped' "$work/skipped.log" || { echo "skipped did not skip"; exit 1; } ;;
    esac
    case $c in cold|uptodate|cold50|cold300|coldB|cold50B) goal[$c]+="$(goal_ms "$c") " ;; esac
  done
done

m() { printf '%s\n' ${times[$1]} | median; }
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $("$mvn" -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g'), $(date -u +%F)"
echo "rounds: $rounds (each case once per round, shuffled; whole processes; mvn package of a one-class project)"
for c in "${cases[@]}"; do printf '%-10s median %5d ms   [%s]\n' "$c" "$(m "$c")" "${times[$c]% }"; done
goals=(cold uptodate cold50 cold300)
[ -n "$baseline" ] && goals+=(coldB cold50B)
for c in "${goals[@]}"; do printf 'goal time, %-8s median %4d ms   [%s]\n' "$c" "$(printf '%s\n' ${goal[$c]} | median)" "${goal[$c]% }"; done
# Paired: the median over rounds of each round's own ratio or difference (both runs of a pair saw the same minute of
# the machine), beside the ratio or difference of the medians.
paired() { # op case1 case2
  paste -d' ' <(printf '%s\n' ${times[$2]}) <(printf '%s\n' ${times[$3]}) \
    | awk -v op="$1" '{ print (op == "/") ? $1 / $2 : $1 - $2 }' | sort -g \
    | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'
}
awk -v b="$(m base)" -v c="$(m cold)" -v s="$(m skipped)" -v w="$(m base-warm)" -v u="$(m uptodate)" \
    -v pc="$(paired / cold base)" -v pu="$(paired / uptodate base-warm)" -v ps="$(paired - skipped base)" 'BEGIN {
  printf "cold / base:          %.3f   (paired: median of per-round ratios %.3f)\n", c / b, pc
  printf "uptodate / base-warm: %.3f   (paired %.3f)\n", u / w, pu
  printf "skipped - base:       %d ms   (paired: median of per-round differences %d ms)\n", s - b, ps }'
if [ -n "$baseline" ]; then
  g() { printf '%s\n' ${goal[$1]} | median; }
  awk -v c="$(g cold)" -v cb="$(g coldB)" -v f="$(g cold50)" -v fb="$(g cold50B)" -v v="$baseline" 'BEGIN {
    printf "goal time, cold / baseline %s:   %.3f\n", v, c / cb
    printf "goal time, cold50 / baseline %s: %.3f\n", v, f / fb }'
fi
