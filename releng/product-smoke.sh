#!/bin/sh
# Product smoke test: runs the materialized OSGi product the way a user does, several processes at
# once (a virtual phone in one, the host commands in others). Unit and OSGi tests cover the logic;
# this proves the product's wiring: start script, applications, bundle resolution, extension
# registries, class loading of driver plug-ins, exit codes.
#   releng/product-smoke.sh PRODUCT_DIR SHARED_DIR WORK_DIR [MVN REPOSITORY_DIR]
# With MVN and the built p2 repository, it also removes the chip-driver feature from a copy of the
# product with the p2 director and installs it again from the update site.
set -u
PRODUCT=$1
SHARED=$2
WORK=$3
MVN=${4:-}
REPO=${5:-}
SB="$PRODUCT/scatterbench"
FAILED=0
rm -rf "$WORK" && mkdir -p "$WORK"
# run reports and calibration backups of the smoke run stay in the build tree
SCATTERBENCH_REPORTS="$WORK/reports"; export SCATTERBENCH_REPORTS
SCATTERBENCH_BACKUPS="$WORK/backups"; export SCATTERBENCH_BACKUPS

sb() { "$SB" -data @none -application org.scatterbench.cli.app "$@"; }
pass() { echo "smoke: PASS $*"; }
fail() { echo "smoke: FAIL $*"; FAILED=1; }

# expect CODE DESCRIPTION -- command...: runs it, checks the exit code, keeps the output in $OUT
expect() {
  code=$1; what=$2; shift 3
  OUT=$("$@" 2>&1); rc=$?
  if [ "$rc" -eq "$code" ]; then pass "$what (exit $rc)"; else fail "$what: exit $rc, expected $code"; echo "$OUT" | tail -n 15; fi
}

# director ARGS...: the p2 director (through Tycho) on the copy of the product, from a scratch folder
# outside the project so that Maven does not pick up the project's build
director() {
  scratch=$(mktemp -d)
  (cd "$scratch" && "$MVN" -B -q -ntp org.eclipse.tycho:tycho-p2-director-plugin:4.0.13:director \
    -Ddestination="$COPY" -Dprofile=DefaultProfile "$@") > "$WORK/director.log" 2>&1
  rc=$?
  rm -rf "$scratch"
  return $rc
}

# A driver is a feature on the update site: uninstalled, the engine names the plug-in the phone needs;
# installed again from the site, the phone works again.
p2_driver_round_trip() {
  COPY="$WORK/product-copy"
  cp -r "$PRODUCT" "$COPY"
  FEATURE=org.scatterbench.drivers.mt67xx.feature.feature.group
  if director -DuninstallIUs=$FEATURE; then pass "p2 director removed $FEATURE"; else fail "p2 uninstall"; cat "$WORK/director.log"; return; fi
  expect 1 "device info without the chip driver" -- "$COPY/scatterbench" -data @none -application org.scatterbench.cli.app device info --port "$ADDR" --da "$DA"
  echo "$OUT" | grep -q 'org.scatterbench.chip.mt67xx' || fail "the message does not name the missing plug-in: $OUT"
  if director -DinstallIUs=$FEATURE -Drepositories="file:$REPO"; then pass "p2 director installed $FEATURE from the update site"; else fail "p2 install"; cat "$WORK/director.log"; return; fi
  expect 0 "device info with the driver installed from the update site" -- "$COPY/scatterbench" -data @none -application org.scatterbench.cli.app device info --port "$ADDR" --da "$DA"
}

expect 0 "--help lists the commands" -- sb --help
for c in scatter layout plan emulator device flash readback demo backup restore reports bench version; do
  echo "$OUT" | grep -q "^  $c " || fail "--help does not list '$c'"
done

expect 0 "version" -- sb version
echo "$OUT" | grep -q "^Scatterbench 0\." || fail "version prints no bundle version: $OUT"

V1=$(ls "$SHARED"/corpus/scatter/v1.x/*.txt | head -n 1)
expect 0 "scatter show --json on $(basename "$V1")" -- sb scatter show "$V1" --json
echo "$OUT" | grep -q '"partitions"' || fail "scatter show --json has no partitions"
expect 1 "scatter validate on a binary file is 'unreadable'" -- sb scatter validate "$PRODUCT/plugins/$(ls "$PRODUCT/plugins" | grep '^org.scatterbench.model' | head -n 1)"
echo "$OUT" | grep -q 'Exception' && fail "a stack trace reached the user: $OUT"

# a virtual phone in its own process, host commands from others
IMG="$WORK/phone.img"
expect 0 "emulator make-image from a corpus scatter" -- sb emulator make-image --scatter "$SHARED/corpus/scatter/v1.x/MT6765_Dewil-King_k65v1.txt" -o "$IMG"
# the start script itself in the background (not the sb function, whose subshell would be what $! names and
# what kill stops, leaving the phone's JVM running after the build): the script forwards TERM to Java
"$SB" -data @none -application org.scatterbench.cli.app emulator --chip mt6765 --image "$IMG" --listen 127.0.0.1:0 \
  > "$WORK/phone.out" 2> "$WORK/phone.err" &
PHONE=$!
ADDR=""
for i in $(seq 1 300); do
  ADDR=$(sed -n 's/.*listening on \(tcp:[^ ]*\).*/\1/p' "$WORK/phone.out" | head -n 1)
  [ -n "$ADDR" ] && break
  kill -0 $PHONE 2>/dev/null || break
  sleep 0.1
done
if [ -z "$ADDR" ]; then
  fail "the virtual phone did not listen"; cat "$WORK/phone.err"
else
  pass "virtual phone listening on $ADDR"
  DA="$WORK/DA.bin"
  expect 0 "emulator make-da" -- sb emulator make-da --chip mt6765 -o "$DA"
  expect 0 "device info over TCP" -- sb device info --port "$ADDR" --da "$DA"
  echo "$OUT" | grep -qi 'mt6765' || fail "device info does not name the chip"
  expect 0 "device table --json over TCP" -- sb device table --port "$ADDR" --da "$DA" --json
  echo "$OUT" | grep -q '"userdata"' || fail "device table does not list userdata"
  if [ -n "$MVN" ] && [ -n "$REPO" ]; then
    p2_driver_round_trip
  fi
fi
kill $PHONE 2>/dev/null; wait $PHONE 2>/dev/null
if pgrep -f -- "--image $IMG" > /dev/null 2>&1; then
  fail "the virtual phone's JVM outlived its start script's kill"; pkill -f -- "--image $IMG"
else
  pass "the virtual phone stopped with its start script"
fi

# the bench's pty figures need the serial driver from the product's own extension registry
expect 0 "bench --quick --only pty" -- sb bench --quick --only pty
echo "$OUT" | grep -Eq '^write_ratio_pty: [0-9.]+$' || fail "the pty figures were not measured in the product: $OUT"

expect 0 "demo (keep-data upgrade of a virtual phone, protected ranges compared)" -- sb demo
echo "$OUT" | tail -n 12

if [ "$FAILED" -ne 0 ]; then echo "smoke: FAILED"; exit 1; fi
echo "smoke: all passed"
