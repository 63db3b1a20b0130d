# ./harapan package: a workbench configured for one district, ready to unpack. Sourced by ./harapan, which
# provides say, die, find_jdk, ensure_product, launch, director, repository_uri, launcher_jar, PRODUCT and DATA.

package_usage() {
  die "usage: ./harapan package --region KABUPATEN_CODE --features FEATURE[,FEATURE...] [--store PATH|JDBC_URL] [--language id|en] [--roles ROLE[,ROLE...]] [--repository PATH_OR_ZIP] --out FILE.zip"
}

# The kabupaten/kota with code $1 (64.01 or 6401) as "CODE<TAB>NAME" from the product's region directory, or nothing.
package_region() {
  local code="$1" model
  [[ "$code" =~ ^[0-9]{4}$ ]] && code="${code:0:2}.${code:2:2}"
  [[ "$code" =~ ^[0-9]{2}\.[0-9]{2}$ ]] || return 0
  model="$(ls "$PRODUCT"/plugins/org.harapan.model_*.jar | head -n1)"
  unzip -p "$model" regions/areas.tsv | awk -F'\t' -v c="$code" '$1 == c { print }'
}

package_product() {
  local region="" features="" store="" language="en" roles="CASE_WORKER,DISTRICT_SUPERVISOR,REGIONAL_IT" out="" repository=""
  while [ $# -gt 0 ]; do
    [ $# -ge 2 ] || package_usage
    case "$1" in
      --region) region="$2" ;; --features) features="$2" ;; --store) store="$2" ;; --language) language="$2" ;;
      --roles) roles="$2" ;; --out) out="$2" ;; --repository) repository="$2" ;;
      *) say "package: unknown option $1"; package_usage ;;
    esac
    shift 2
  done
  [ -n "$region" ] && [ -n "$features" ] && [ -n "$out" ] || package_usage
  find_jdk; ensure_product
  local started=$SECONDS
  # check everything before anything is written
  local found; found="$(package_region "$region")"
  [ -n "$found" ] || die "package: $region is not a kabupaten/kota code (e.g. 64.01 for Kabupaten Paser); nothing written"
  local code="${found%%$'\t'*}" title="${found#*$'\t'}"
  case "$language" in id|en) ;; *) die "package: --language takes id or en, not '$language'; nothing written" ;; esac
  local role
  for role in ${roles//,/ }; do
    case "$role" in CASE_WORKER|DISTRICT_SUPERVISOR|REGIONAL_IT) ;;
      *) die "package: --roles takes CASE_WORKER, DISTRICT_SUPERVISOR and REGIONAL_IT, not '$role'; nothing written" ;; esac
  done
  if [ -n "$store" ] && [[ "$store" != jdbc:h2:* ]] && [[ "$store" != jdbc:postgresql:* ]] && [[ "$store" != /* ]]; then
    die "package: --store takes a jdbc:h2:… or jdbc:postgresql:… URL or an absolute path to an H2 file, not '$store'; nothing written"
  fi
  [[ "$out" == *.zip ]] || die "package: --out must name a .zip file, not '$out'; nothing written"
  local out_dir; out_dir="$(cd "$(dirname "$out")" 2>/dev/null && pwd)" || die "package: the folder of $out does not exist; nothing written"
  out="$out_dir/$(basename "$out")"
  [ -n "$repository" ] || repository="$ROOT/releng/org.harapan.product/target/repository"
  local uri; uri="$(repository_uri "$repository")" || die "package: nothing written"
  local wanted=() f
  for f in ${features//,/ }; do wanted+=("$(feature_iu "$f")"); done
  say "package: checking ${features} in $repository"
  launch cli -nosplash -data @none -application org.harapan.cli.application features --repository "$repository" \
    --check "$features" >/dev/null || die "package: nothing written"

  # a copy of the product with exactly the chosen regional features
  local name; name="$(basename "$out" .zip)"
  PACKAGE_STAGE="$(mktemp -d)"
  trap 'rm -rf "$PACKAGE_STAGE"' EXIT
  local stage="$PACKAGE_STAGE" copy="$PACKAGE_STAGE/$name"
  say "package: copying the product"
  cp -r "$PRODUCT" "$copy"
  rm -f "$copy/.harapan-built"
  local installed iu
  installed="$(PRODUCT="$copy" DATA="$stage/data" director -listInstalledRoots | sed -n 's|^\(org\.harapan\.feature\.region\.[^/]*\.feature\.group\)/.*|\1|p')"
  for iu in $installed; do
    if [[ " ${wanted[*]} " != *" $iu "* ]]; then
      say "package: leaving out ${iu%.feature.group}"
      PRODUCT="$copy" DATA="$stage/data" director -uninstallIU "$iu" >/dev/null || die "package: could not leave out ${iu%.feature.group}; nothing written"
    fi
  done
  for iu in "${wanted[@]}"; do
    if ! grep -qx "$iu" <<<"$installed"; then
      say "package: installing ${iu%.feature.group} from $uri"
      PRODUCT="$copy" DATA="$stage/data" director -repository "$uri" -installIU "$iu" >/dev/null \
        || die "package: install of ${iu%.feature.group} failed; nothing written"
    fi
  done
  # the jars of the features left out
  HARAPAN_JAVA_OPTS="-Xmx1g -Declipse.p2.data.area=file:$copy/p2/" PRODUCT="$copy" DATA="$stage/data" \
    launch p2 -nosplash -data @none -application org.eclipse.equinox.p2.garbagecollector.application -profile DefaultProfile >/dev/null 2>&1 \
    || say "package: the jars of the features left out stay in plugins/ (unused)"
  rm -f "$copy"/p2/org.eclipse.equinox.p2.engine/.settings/*repository.prefs   # absolute paths of this machine
  ls -t "$copy"/p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile/*.profile.gz | tail -n +2 | xargs -r rm -f

  package_windows_bundles "$copy"
  package_customization "$code" "$title" "$language" "$roles" "$store" > "$copy/plugin_customization.ini"
  printf '\neclipse.pluginCustomization=plugin_customization.ini\n' >> "$copy/configuration/config.ini"
  sed -i 's/^-vmargs$/-pluginCustomization\nplugin_customization.ini\n&/' "$copy/eclipse.ini"
  local launcher; launcher="$(basename "$(PRODUCT="$copy" launcher_jar)")"
  package_script harapan.sh "$code" "$title" "$language" "$launcher" > "$copy/harapan"
  package_script harapan.cmd "$code" "$title" "$language" "$launcher" > "$copy/harapan.cmd"
  chmod +x "$copy/harapan"
  package_readme "$code" "$title" "$language" "$roles" "$store" "$features" > "$copy/README.txt"

  rm -f "$out"
  (cd "$stage" && zip -qr -X "$out" "$name") || die "package: could not write $out"
  say "package: $out ($(du -h "$out" | cut -f1), ${title} ${code}, features ${features}) written in $((SECONDS - started)) s"
}

# The bundles only Windows needs (the SWT fragment for win32), taken from the product the build materialises for
# Windows beside the Linux one (same build, same features: the bundles of the one that the other lacks). Each carries
# a platform filter, so Equinox resolves the GTK fragment on Linux and the win32 one on Windows. Added after the p2
# work above: p2 keeps lines of bundles.info it did not install when it installs or uninstalls a feature later.
package_windows_bundles() { # product copy
  local copy="$1" products="$ROOT/releng/org.harapan.product/target/products/org.harapan.product"
  local info=configuration/org.eclipse.equinox.simpleconfigurator/bundles.info line location added=0
  [ -f "$products/win32/win32/x86_64/$info" ] && [ -f "$products/linux/gtk/x86_64/$info" ] \
    || die "package: the product for Windows is not built ($products/win32/win32/x86_64); run ./harapan build; nothing written"
  while IFS= read -r line; do
    location="$(cut -d, -f3 <<<"$line")"
    [[ "$location" == plugins/* ]] || continue
    cp -r "$products/win32/win32/x86_64/$location" "$copy/plugins/"
    printf '%s\n' "$line" >> "$copy/$info"
    added=$((added + 1))
  done < <(comm -13 <(grep -v '^#' "$products/linux/gtk/x86_64/$info" | sort) \
    <(grep -v '^#' "$products/win32/win32/x86_64/$info" | sort))
  [ "$added" -gt 0 ] || die "package: the product for Windows has no bundles of its own (no SWT fragment for win32); nothing written"
  say "package: added $added bundle(s) for Windows"
}

package_customization() { # code title language roles store
  local first="${4%%,*}"
  cat <<TXT
# Harapan Workbench for $2 ($1), written by ./harapan package: the defaults of this installation.
# Each user may change them (Window > Preferences > Role and working region, Window > Language).
org.harapan.ui/workingRegion.kabupaten=$1
org.harapan.ui/workingRegion.role=$first
org.harapan.ui/workingRegion.roles=$4
org.harapan.ui/language=$3
TXT
  [ -z "$5" ] || printf 'org.harapan.ui/store=%s\n' "$5"
}

package_script() { # template code title language launcher
  sed -e "s|@REGION@|$2|g" -e "s|@TITLE@|$3|g" -e "s|@LANGUAGE@|$4|g" -e "s|@LAUNCHER@|$5|g" "$ROOT/releng/district/$1"
}

package_readme() { # code title language roles store features
  cat <<TXT
Harapan Workbench for $2 ($1)

Unpack this folder anywhere the user may write. It needs a 64-bit Java 21 or newer (a JDK or JRE; JAVA_HOME, else
java on the PATH); nothing else, on Linux (GTK 3) or Windows.
  Linux:    ./harapan            starts the workbench; ./harapan help lists the commands
  Windows:  harapan.cmd          starts the workbench; harapan.cmd help lists the commands
The data folder is HARAPAN_DATA, else .harapan in the user's home folder. Commands use the store below unless
--db names another; "harapan version" shows it and the window toolkit found for the system.

Set up for this district (plugin_customization.ini): working region $2 ($1), language $3,
roles offered ${4//,/, }, store ${5:-the embedded store of the data folder}.
Regional rules installed: $6. On the first start a case worker only ticks the desa assigned to them.
TXT
}
