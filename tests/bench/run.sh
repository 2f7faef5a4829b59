#!/bin/sh
# tests/bench/run.sh - `make bench`: throughput and peak memory of `ssi batch`
# on CSV, next to a plain libcsv parse of the same file (shared/spec/cli.md,
# "Performance").
#
# Builds the helpers in build/bench/ (gen.c: deterministic CSV of profiles,
# csvparse.c: the libcsv baseline, rss.c: wall time and peak RSS of a command),
# generates p10k.csv, p1m.csv (all fields), n10k.csv and n1m.csv (numeric only)
# when absent
# or older than the generator, runs each command RUNS times (best wall time, peak
# RSS) and prints a table.  It measures; it does not judge: the exit status is 0
# unless a command fails.
#
# Environment: CC (default cc), SSI (the binary to measure, default ./ssi),
# RUNS (default 3).
set -eu

cd "$(dirname "$0")/../.."
export LC_ALL=C

CC=${CC:-cc}
SSI=${SSI:-./ssi}
RUNS=${RUNS:-3}
B=build/bench
mkdir -p "$B"

die() {
	echo "bench: $*" >&2
	exit 1
}

# newer A B: A was modified after B (test -nt is not POSIX; find -newer is).
newer() {
	[ -n "$(find "$1" -prune -newer "$2" 2>/dev/null)" ]
}

# build NAME [LIBS]: compile tests/bench/NAME.c when the binary is missing or older.
build() {
	if [ ! -x "$B/$1" ] || newer "tests/bench/$1.c" "$B/$1"; then
		echo "$CC -O2 tests/bench/$1.c"
		$CC -O2 -std=c11 -Wall -Wextra -o "$B/$1" "tests/bench/$1.c" ${2:+$2} ||
			die "cannot build $B/$1"
	fi
}

# generate FILE N [--numeric]: (re)write FILE when missing or stale.
generate() {
	f=$1
	shift
	if [ ! -s "$f" ] || newer "$B/gen" "$f"; then
		echo "generating $f ($1 rows${2:+, $2})"
		"$B/gen" "$@" >"$f.tmp" || die "gen $* failed"
		mv "$f.tmp" "$f"
	fi
}

# measure LABEL CMD...: run CMD RUNS times, stdout to /dev/null; sets best (least
# wall seconds), cpu (least user + system seconds) and peak (largest maxrss in
# KiB).  Any failure stops the bench.
measure() {
	label=$1
	shift
	best=
	cpu=
	peak=0
	i=0
	while [ "$i" -lt "$RUNS" ]; do
		i=$((i + 1))
		if ! "$B/rss" "$@" >/dev/null 2>"$B/stderr"; then
			grep -v '^rss: ' "$B/stderr" | head -n 20 >&2
			die "$label failed: $*"
		fi
		line=$(grep '^rss: wall=' "$B/stderr" | tail -n 1)
		w=$(echo "$line" | sed 's/.*wall=\([0-9.]*\).*/\1/')
		k=$(echo "$line" | sed 's/.*maxrss_kib=\([0-9]*\).*/\1/')
		# ssi's own warnings, if any, are worth seeing once.
		if [ "$i" -eq 1 ] && grep -qv '^rss: ' "$B/stderr"; then
			grep -v '^rss: ' "$B/stderr" | head -n 5 | sed "s/^/  $label: /" >&2
		fi
		best=$(awk -v a="$w" -v b="$best" 'BEGIN { print (b == "" || a + 0 < b + 0) ? a : b }')
		u=$(echo "$line" | sed -n 's/.*cpu=\([0-9.]*\).*/\1/p')
		cpu=$(awk -v a="${u:-0}" -v b="$cpu" 'BEGIN { print (b == "" || a + 0 < b + 0) ? a : b }')
		if [ "${k:-0}" -gt "$peak" ]; then
			peak=$k
		fi
	done
}

build gen
build rss
build csvparse -lcsv
build ligen -lzip
build zipparse "-lzip -lcsv"

[ -x "$SSI" ] || die "$SSI not found (run make ssi, or set SSI=path)"

generate "$B/p10k.csv" 10000
generate "$B/p1m.csv" 1000000
generate "$B/n10k.csv" 10000 --numeric
generate "$B/n1m.csv" 1000000 --numeric
if [ ! -s "$B/heavy.zip" ] || newer "$B/ligen" "$B/heavy.zip"; then
	echo "generating $B/heavy.zip (messages.csv 2,000,000 rows, Connections.csv 30,000)"
	rm -rf "$B/heavy.zip.d"
	"$B/ligen" "$B/heavy.zip" 2000000 30000 || die "ligen failed"
	rm -rf "$B/heavy.zip.d"
fi

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -n 1)
ncpu=$(nproc 2>/dev/null || getconf _NPROCESSORS_ONLN 2>/dev/null || echo '?')
libcsv=$(dpkg-query -W -f '${Version}' libcsv3 2>/dev/null || echo '?')
echo
echo "machine: ${ncpu} cpu, ${cpu:-$(uname -m)}, $(uname -sr)"
echo "cc:      $($CC --version 2>/dev/null | head -n 1)"
echo "libcsv:  $libcsv"
echo "ssi:     $SSI ($("$SSI" --version </dev/null 2>/dev/null | head -n 1 || true))"
echo "runs:    best wall time of $RUNS, peak RSS the largest; MB = 10^6 bytes"
echo

printf '%-9s %8s %7s | %7s %9s %7s | %7s %9s %7s | %6s %10s\n' \
	file rows MB 'parse s' 'rows/s' 'MB/s' 'ssi s' 'rows/s' 'MB/s' ratio 'ssi KiB'
printf '%s\n' '----------------------------------------------------------------------------------------------------'

for name in p10k p1m n10k n1m; do
	f=$B/$name.csv
	bytes=$(wc -c <"$f" | tr -d ' ')
	records=$("$B/csvparse" "$f") || die "csvparse $f failed"
	records=${records%% *}
	rows=$((records - 1))

	measure parse "$B/csvparse" "$f"
	pbest=$best
	measure ssi "$SSI" batch "$f"
	sbest=$best
	speak=$peak
	eval "rss_$name=\$speak"

	awk -v n="$name" -v r="$rows" -v by="$bytes" -v p="$pbest" -v s="$sbest" \
	    -v k="$speak" 'BEGIN {
		mb = by / 1e6
		if (p <= 0) p = 1e-6
		if (s <= 0) s = 1e-6
		printf "%-9s %8d %7.1f | %7.3f %9.0f %7.1f | %7.3f %9.0f %7.1f | %6.2f %10d\n",
		    n, r, mb, p, r / p, mb / p, s, r / s, mb / s, p / s, k
	}'
done

echo
echo "ratio = parse time / ssi time (ssi throughput as a fraction of a plain parse)"
echo "ssi peak RSS, 1M rows against 10k: all fields $rss_p1m - $rss_p10k =" \
    "$((rss_p1m - rss_p10k)) KiB; numeric $rss_n1m - $rss_n10k =" \
    "$((rss_n1m - rss_n10k)) KiB"

# batch -j 1 against -j 2 on p1m: alternate runs (JRUNS, default 5), the
# median wall time and CPU time (user + sys) of each; the outputs compared.
JRUNS=${JRUNS:-5}
if [ -x /usr/bin/time ]; then
	: >"$B/j.times"
	i=0
	while [ "$i" -lt "$JRUNS" ]; do
		i=$((i + 1))
		for j in 1 2; do
			/usr/bin/time -f "$j %e %U %S" -a -o "$B/j.times" \
			    "$SSI" batch -j $j "$B/p1m.csv" >"$B/j$j.out" ||
				die "batch -j $j failed"
		done
	done
	cmp -s "$B/j1.out" "$B/j2.out" || die "batch -j 2 differs from -j 1"
	rm -f "$B/j1.out" "$B/j2.out"
	echo
	echo "batch p1m, $JRUNS alternate runs each, medians (outputs identical):"
	for j in 1 2; do
		w=$(awk -v j=$j '$1 == j { print $2 }' "$B/j.times" | sort -n |
		    awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
		c=$(awk -v j=$j '$1 == j { print $3 + $4 }' "$B/j.times" | sort -n |
		    awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
		echo "  -j $j: wall $w s, cpu $c s"
		eval "w$j=\$w"
	done
	awk -v a="$w1" -v b="$w2" 'BEGIN { printf "  -j 2 is %.2fx -j 1 (wall)\n", a / b }'
fi

# Instructions per row on 20,000 rows (cachegrind, deterministic): ssi batch
# against the plain libcsv parse, every field (p20k) and counts only (n20k).
# BASE_SSI (optional): an older binary measured beside it (e.g. 5a6193c's).
if command -v valgrind >/dev/null 2>&1; then
	generate "$B/p20k.csv" 20000
	generate "$B/n20k.csv" 20000 --numeric
	irefs() {
		valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
		    "$@" 2>&1 >/dev/null | sed -n 's/.*I *refs: *//p' | tr -d ','
	}
	echo
	echo "instructions per row, 20,000 rows (cachegrind):"
	for name in p20k n20k; do
		ip=$(irefs "$B/csvparse" "$B/$name.csv")
		is=$(irefs "$SSI" batch "$B/$name.csv")
		ib=
		if [ -n "${BASE_SSI:-}" ]; then
			ib=$(irefs "$BASE_SSI" batch "$B/$name.csv")
		fi
		awk -v n="$name" -v p="$ip" -v s="$is" -v b="$ib" 'BEGIN {
			printf "  %s: plain parse %.0f, ssi batch %.0f (%.2fx the parse)",
			    n, p / 20000, s / 20000, s / p
			if (b != "")
				printf ", BASE_SSI %.0f", b / 20000
			printf "\n" }'
	done
fi

# Progress and flushing on the batch path (issue 23): instructions on n20k
# read from the file with the progress line off (the default off a
# terminal), forced on (--progress, its line to /dev/null), and read from a
# pipe (a poll before each read, a flush when the pipe is idle).
if command -v valgrind >/dev/null 2>&1; then
	ioff=$(irefs "$SSI" batch --no-progress "$B/n20k.csv")
	ion=$(irefs "$SSI" batch --progress "$B/n20k.csv")
	ipipe=$(cat "$B/n20k.csv" | irefs "$SSI" batch --no-progress)
	awk -v a="$ioff" -v b="$ion" -v c="$ipipe" 'BEGIN {
		printf "  n20k, --no-progress: %.0f a row\n", a / 20000
		printf "  n20k, --progress:    %.0f a row (%+.2f%%)\n", b / 20000, (b - a) * 100 / a
		printf "  n20k, from a pipe:   %.0f a row (%+.2f%%)\n", c / 20000, (c - a) * 100 / a }'
fi

# ---- history at scale (issue 23): the held commands on 1M dated rows ----
# Every row of p1m.csv is dated (as_of): rank and trend hold each one, packed,
# until all are read (src/core/snapset.c).  Targets: peak RSS under 300 MB,
# time within 2x of batch on the same file.  CPU (user + system) is shown
# beside wall time: on a shared machine it is the figure that holds still.
echo
echo "held commands on $B/p1m.csv (1M dated rows), best of $RUNS:"
printf '%-8s %8s %8s %10s %9s %9s\n' command 'wall s' 'cpu s' 'peak KiB' \
	'x batch' 'cpu x'
measure batch "$SSI" batch -q -f csv "$B/p1m.csv"
bbest=$best
bcpu=$cpu
printf '%-8s %8.3f %8.3f %10d %9s %9s\n' batch "$bbest" "$bcpu" "$peak" 1.00 1.00
for cmd in rank trend; do
	measure "$cmd" "$SSI" "$cmd" -q -f csv "$B/p1m.csv"
	awk -v c="$cmd" -v w="$best" -v u="$cpu" -v k="$peak" -v b="$bbest" \
	    -v bu="$bcpu" 'BEGIN {
		if (b <= 0) b = 1e-6
		if (bu <= 0) bu = 1e-6
		printf "%-8s %8.3f %8.3f %10d %9.2f %9.2f\n", c, w, u, k, w / b, u / bu
	}'
done

sh tests/bench/calib.sh
# ---- the LinkedIn export (issue 12, history.md) ----
# The floor: inflate the same entries with libzip and parse them with a
# counting libcsv parse.  52 weekly snapshots come from one pass.
echo
zbytes=$(wc -c <"$B/heavy.zip" | tr -d ' ')
echo "LinkedIn export: $B/heavy.zip ($zbytes bytes zipped; messages.csv 2,000,000 rows, Connections.csv 30,000)"
printf '%-34s %8s %8s %10s\n' command 'wall s' 'x floor' 'peak KiB'
printf '%s\n' '----------------------------------------------------------------'
measure floor "$B/zipparse" "$B/heavy.zip"
floor=$best
fpeak=$peak
row() {
	awk -v l="$1" -v s="$2" -v f="$floor" -v k="$3" 'BEGIN {
		if (f <= 0) f = 1e-6
		printf "%-34s %8.3f %8.2f %10d\n", l, s, s / f, k }'
}
row "floor (libzip + libcsv count)" "$floor" "$fpeak"
measure import "$SSI" import linkedin "$B/heavy.zip"
row "ssi import linkedin" "$best" "$peak"
measure weekly "$SSI" import linkedin --every 7 --since 2025-01-08 "$B/heavy.zip"
row "ssi import --every 7 (52 dates)" "$best" "$peak"
