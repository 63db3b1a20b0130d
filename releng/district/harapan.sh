#!/usr/bin/env bash
# Harapan Workbench for @TITLE@ (@REGION@), made by ./harapan package.
#   ./harapan              start the workbench
#   ./harapan COMMAND ...  run a command of the command line (./harapan help lists them)
# Needs a Java 21 or newer (JAVA_HOME, else java on the PATH). Data folder: $HARAPAN_DATA, else ~/.harapan.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DATA="${HARAPAN_DATA:-$HOME/.harapan}"
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1; }
JAVA=""
for candidate in "${JAVA_HOME:+$JAVA_HOME/bin/java}" "$(command -v java || true)" /usr/lib/jvm/*/bin/java; do
  [ -n "$candidate" ] && [ -x "$candidate" ] || continue
  major="$(java_major "$candidate")"
  if [[ "$major" =~ ^[0-9]+$ ]] && [ "$major" -ge 21 ]; then JAVA="$candidate"; break; fi
done
[ -n "$JAVA" ] || { echo "harapan: needs Java 21 or newer: install a JDK 21+ (e.g. apt-get install openjdk-21-jdk) or set JAVA_HOME" >&2; exit 1; }

language() { # the language chosen in Window > Language, else the district's default
  local code=""
  [ -f "$DATA/settings.properties" ] && code="$(sed -n 's/^language=\([a-z]*\).*/\1/p' "$DATA/settings.properties" | tail -n1)"
  printf '%s' "${code:-@LANGUAGE@}"
}

launch() { # $1 = configuration name (the workbench and the command line each have their own), then arguments
  local area="$DATA/.runtime/$1"; shift
  # renewed when the product's configuration changed (p2 rewrites config.ini or only bundles.info)
  if [ ! -f "$area/config.ini" ] || [ "$HERE/configuration/config.ini" -nt "$area/config.ini" ] \
    || [ "$HERE/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" -nt "$area/config.ini" ]; then
    rm -rf "$area"; mkdir -p "$area"; cp -r "$HERE/configuration/." "$area/"
    printf '\nosgi.install.area=file:%s/\n' "$HERE" >> "$area/config.ini"
  fi
  cd "$HERE"
  "$JAVA" ${HARAPAN_JAVA_OPTS:--Xms256m -Xmx2g} -Dharapan.data="$DATA" -Dosgi.install.area="file:$HERE/" \
    -jar "$HERE/plugins/@LAUNCHER@" -configuration "file:$area/" \
    -pluginCustomization "$HERE/plugin_customization.ini" "$@"
}

mkdir -p "$DATA"
if [ $# -eq 0 ]; then
  while :; do
    set +e; launch workbench -nl "$(language)" -data "$DATA/workspace" -application org.harapan.ui.application; code=$?; set -e
    [ "$code" -eq 23 ] || exit "$code"   # 23: the workbench asked for a restart (language, installed rules)
  done
fi
launch cli -nosplash -data @none -application org.harapan.cli.application "$@"
