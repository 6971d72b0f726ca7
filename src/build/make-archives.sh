#!/bin/sh
# Builds exoplan's start-up archives next to the jar, from a training run per JDK that covers every
# subcommand (dev.exoplan.cli.Training): a static class-data-sharing archive of the JDK's and
# exoplan's classes for JDK 17 to 24 (exoplan-jdkN.jsa, from the classes the training run loaded)
# and an AOT cache for JDK 25 and later (exoplan-jdkN.aot). Each archive is only valid for the jar
# at the path it was built from, which goes in a file beside it (.path); the launcher passes the
# archive only when that path is its own jar's and the jar is not newer than the archive, so a moved
# or rebuilt jar runs with the JDK's default archive instead. Without one exoplan runs as usual.
# Usage: make-archives.sh TARGET_DIR PROJECT_DIR JDK_HOME...   (JDKs under /usr/lib/jvm are added)
set -u
target=$1
project=$2
shift 2
target=$(cd "$target" && pwd -P)
jar="$target/exoplan.jar"
# The same JVM options as the launcher's interactive path.
flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn32m -XX:-UsePerfData"
# One archive per JDK feature version, each from its own training run. The runs are independent and
# each mostly single-threaded (C1 only, serial GC), so they run side by side: on two cores the
# package phase waits for the slowest run instead of the sum of them.
archive() {
  home=$1 v=$2
  log="$target/archive-jdk$v.log"
  if [ "$v" -ge 25 ]; then
    out="$target/exoplan-jdk$v.aot"
    rm -f "$out" "$out.path"
    "$home/bin/java" "-XX:AOTCacheOutput=$out" $flags -cp "$jar" dev.exoplan.cli.Training \
      "$project" > "$log" 2>&1
  else
    out="$target/exoplan-jdk$v.jsa"
    list="$target/exoplan-jdk$v.classlist"
    rm -f "$out" "$out.path" "$list"
    "$home/bin/java" -Xshare:off "-XX:DumpLoadedClassList=$list" $flags -cp "$jar" \
      dev.exoplan.cli.Training "$project" --pdf > "$log" 2>&1 \
      && "$home/bin/java" -Xshare:dump "-XX:SharedClassListFile=$list" \
        "-XX:SharedArchiveFile=$out" $flags -cp "$jar" >> "$log" 2>&1
    rm -f "$list"
  fi
  if [ -f "$out" ]; then
    printf '%s\n' "$jar" > "$out.path"
    echo "exoplan: start-up archive for JDK $v: $out"
  else
    echo "exoplan: WARNING: no start-up archive for JDK $v (see $target/archive-jdk$v.log);"
    echo "exoplan: it runs without one, only slower to start"
  fi
}
done_versions=" "
for home in "$@" /usr/lib/jvm/*; do
  [ -x "$home/bin/java" ] && [ -f "$home/release" ] || continue
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
  case "$done_versions" in *" $v "*) continue ;; esac
  [ -n "$v" ] && [ "$v" -ge 17 ] || continue
  done_versions="$done_versions$v "
  archive "$home" "$v" &
done
wait
exit 0
