#!/bin/sh
# Builds exoplan's start-up archives next to the jar, from one training run per JDK that covers
# every subcommand (dev.exoplan.cli.Training): a class-data-sharing archive for JDK 17 to 24
# (exoplan-jdkN.jsa) and an AOT cache for JDK 25 and later (exoplan-jdkN.aot). The launcher uses
# the one matching the JDK it runs on; without one (or with a stale one) exoplan runs as usual.
# Usage: make-archives.sh TARGET_DIR PROJECT_DIR JDK_HOME...   (JDKs under /usr/lib/jvm are added)
set -u
target=$1
project=$2
shift 2
jar="$target/exoplan.jar"
# The same JVM options as the launcher's interactive path.
flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
done_versions=" "
for home in "$@" /usr/lib/jvm/*; do
  [ -x "$home/bin/java" ] && [ -f "$home/release" ] || continue
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
  case "$done_versions" in *" $v "*) continue ;; esac
  [ -n "$v" ] && [ "$v" -ge 17 ] || continue
  done_versions="$done_versions$v "
  if [ "$v" -ge 25 ]; then
    out="$target/exoplan-jdk$v.aot"
    opt="-XX:AOTCacheOutput=$out"
  else
    out="$target/exoplan-jdk$v.jsa"
    opt="-XX:ArchiveClassesAtExit=$out"
  fi
  rm -f "$out"
  if "$home/bin/java" "$opt" $flags -cp "$jar" dev.exoplan.cli.Training "$project" \
      > "$target/archive-jdk$v.log" 2>&1 && [ -f "$out" ]; then
    echo "exoplan: start-up archive for JDK $v: $out"
  else
    echo "exoplan: WARNING: no start-up archive for JDK $v (see $target/archive-jdk$v.log);"
    echo "exoplan: it runs without one, only slower to start"
  fi
done
exit 0
