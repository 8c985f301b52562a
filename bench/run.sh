#!/usr/bin/env bash
# The whole benchmark comparison in one command: builds the hub WAR and the bench, then starts each server
# (raw-NIO reference, Tomcat 10.1 + hub WAR subscribed at /api/events (hub) and at /api/rs/events (hub-rs),
# Tomcat 10.1 + naive JAX-RS WAR; on request the hub's thin WAR on TomEE 9 (hub-tomee) and Payara Micro 6
# (hub-payara); the floor, a bare held-stream servlet WAR, on each of the three (floor, floor-tomee, floor-payara))
# on 127.0.0.1:47xxx in turn,
# runs scenarios A, F, C, D, B against it, stops it, and prints the table (saved to bench/target/compare/results.md).
#
#   bench/run.sh                                  # everything (about 20 minutes)
#   bench/run.sh --quick                          # small N, a minute or two, to try a change
#   bench/run.sh --targets nio,hub --scenarios BC # a subset
#   bench/run.sh --targets nio,hub,hub-tomee,hub-payara   # the hub on all three servers, side by side
#   bench/run.sh --targets hub,hub-payara --scenarios F --burst 10000@2000   # connects while 2,000 clients/s arrive
#   bench/run.sh --targets floor,hub,floor-payara,hub-payara --scenarios AF   # each server's own floor beside the hub
#   bench/run.sh --jfr hub                        # also record bench/target/compare/hub.jfr (JFR, profile settings)
#   bench/run.sh --targets hub2 --scenarios E --repeat 3   # two hub nodes on one redis-server vs one node (issue 9)
#   bench/run.sh --targets hub2-tomee,hub2-payara --scenarios E   # the same on TomEE, on Payara Micro (thin WAR)
#
# Options are passed to `java -jar sse-bench.jar compare`; see BENCHMARKS.md.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"

# Each side of 19,000 connections needs its own fds: the load generator and every server run in their own JVM.
ulimit -n "$(ulimit -Hn)"

if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  mvn -q -f "$root/pom.xml" package -DskipTests
  mvn -q -f "$here/pom.xml" package -DskipTests
fi

cd "$here"
exec java -Xms256m -Xmx2g -XX:+UseParallelGC -jar tool/target/sse-bench.jar compare \
  --hub-war "$root/target/sse-hub.war" \
  --naive-war "$here/naive/target/naive.war" \
  --floor-war "$here/floor/target/floor.war" \
  --tomcat-home "$here/tool/target/tomcat/apache-tomcat-10.1.48" \
  --ee-war "$root/target/sse-hub-ee.war" \
  --tomee-home "$here/tool/target/tomee/apache-tomee-webprofile-9.0.0" \
  --tomee-xml "$root/tomee.xml" \
  --payara-jar "$here/tool/target/payara/payara-micro.jar" \
  --payara-preboot "$root/src/main/payara/preboot.asadmin" \
  --work "$here/target/compare" \
  "$@"
