#!/bin/sh
# tests/bench/calib.sh - the calibration part of `make bench` (run.sh calls
# it; it also runs alone): the time and peak memory of fitting N synthetic
# snapshots (tests/bench/calib.c, from the truth model of the example in
# tests/data/calibration) with the library's calibrate, for N = 1,000 and
# 10,000.  It measures; it does not judge.
#
# Environment: CC (default cc), RUNS (default 3), CFLAGS for the driver.
set -eu

cd "$(dirname "$0")/../.."
export LC_ALL=C

CC=${CC:-cc}
RUNS=${RUNS:-3}
B=build/bench
TRUTH=tests/data/calibration/truth-model.json
mkdir -p "$B"

die() {
	echo "bench: $*" >&2
	exit 1
}

[ -f build/libssi.a ] || die "build/libssi.a not found (run make ssi)"
[ -x "$B/rss" ] || $CC -O2 -std=c11 -o "$B/rss" tests/bench/rss.c ||
	die "cannot build $B/rss"
echo "$CC -O2 tests/bench/calib.c build/libssi.a"
# shellcheck disable=SC2046
$CC -O2 -std=c11 -Wall -Wextra -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
	-Iinclude -Isrc $(pkg-config --cflags libcjson 2>/dev/null) -o "$B/calib" \
	tests/bench/calib.c build/libssi.a \
	$(pkg-config --libs libcjson libzip 2>/dev/null || echo -lcjson -lzip) \
	-lcsv -lm || die "cannot build $B/calib"

echo
printf '%-28s %9s %9s %10s\n' 'calibrate (library)' snapshots 'fit s' 'peak KiB'
for n in 1000 10000; do
	best= peak=0 i=0
	while [ "$i" -lt "$RUNS" ]; do
		i=$((i + 1))
		"$B/rss" "$B/calib" fit "$n" "$TRUTH" >"$B/calib.out" 2>"$B/calib.err" ||
			{ cat "$B/calib.err" >&2; die "calib fit $n failed"; }
		s=$(sed -n 's/^calib: fit of [0-9]* snapshots: \([0-9.]*\) s$/\1/p' "$B/calib.err")
		k=$(sed -n 's/.*maxrss_kib=\([0-9]*\).*/\1/p' "$B/calib.err")
		best=$(awk -v a="$s" -v b="$best" 'BEGIN { print (b == "" || a + 0 < b + 0) ? a : b }')
		[ "${k:-0}" -gt "$peak" ] && peak=$k
	done
	printf '%-28s %9d %9.3f %10d\n' "fit from default/1" "$n" "$best" "$peak"
done
echo "(fit s: the fit alone, best of $RUNS, one core; peak KiB: the whole process)"
sed 's/^/  /' "$B/calib.out"

# The command on the same snapshots as JSON Lines, once the record has the
# official fields.
SSI=${SSI:-./ssi}
if "$SSI" fields --format csv 2>/dev/null | grep -q official_brand; then
	[ -s "$B/cal10k.jsonl" ] && ! [ "$B/calib" -nt "$B/cal10k.jsonl" ] ||
		"$B/calib" gen 10000 "$TRUTH" >"$B/cal10k.jsonl"
	best= peak=0 i=0
	while [ "$i" -lt "$RUNS" ]; do
		i=$((i + 1))
		"$B/rss" "$SSI" calibrate -q -o "$B/cal10k.model.json" \
		    "$B/cal10k.jsonl" 2>"$B/calib.err" ||
			{ cat "$B/calib.err" >&2; die "ssi calibrate failed"; }
		w=$(sed -n 's/.*wall=\([0-9.]*\).*/\1/p' "$B/calib.err")
		k=$(sed -n 's/.*maxrss_kib=\([0-9]*\).*/\1/p' "$B/calib.err")
		best=$(awk -v a="$w" -v b="$best" 'BEGIN { print (b == "" || a + 0 < b + 0) ? a : b }')
		[ "${k:-0}" -gt "$peak" ] && peak=$k
	done
	printf '%-28s %9d %9.3f %10d\n' "ssi calibrate (whole run)" 10000 "$best" "$peak"
else
	echo "ssi calibrate: not measured (this build's record has no official fields)"
fi
