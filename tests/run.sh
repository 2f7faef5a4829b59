#!/bin/sh
# tests/run.sh - run every test of ssi and end with "N passed, N failed".
#
#   unit tests: build/tests/* print "ok - ...", "not ok - ...", "skip - ..."
#   CLI cases:  tests/cli/NAME/ holds either
#       args    the arguments, one per line (run from the case folder), or
#       sh      a shell script run in a fresh temporary folder,
#     and the expected stdout, stderr (default: empty) and status (default 0);
#     an optional stdin file is fed to the command.  In args, expected output
#     and sh, @ROOT@ is the repository and @SHARED@ the ../shared folder;
#     a case with a file needs-shared is skipped (visibly) when that is absent,
#     one with a file needs-cmd (command names) when one of them is missing,
#     one with a file needs-root when not run as root, one with a file
#     no-sanitize under make sanitize (SSI_SANITIZE set: a case that
#     bounds the address space with ulimit -v, which AddressSanitizer's
#     shadow memory cannot run in).
#
# Environment: SSI (the binary, default ./ssi), UNITS (the unit-test
# binaries, default build/tests), VALGRIND (a command prefix,
# e.g. "valgrind -q --error-exitcode=99 --leak-check=full").
set -u
LC_ALL=C
export LC_ALL
unset LANG LC_MESSAGES NO_COLOR COLUMNS
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SHARED=$(cd "$ROOT/../shared" 2>/dev/null && pwd) || SHARED=""
SSI=${SSI:-$ROOT/ssi}
case $SSI in /*) ;; *) SSI=$ROOT/$SSI ;; esac
VALGRIND=${VALGRIND:-}
export ROOT SHARED SSI_SHARED="$SHARED"
pass=0 fail=0 skip=0
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM

# ---- unit tests ----
UNITS=${UNITS:-build/tests}
case $UNITS in /*) ;; *) UNITS=$ROOT/$UNITS ;; esac
for t in "$UNITS"/*; do
	[ -x "$t" ] || continue
	name=$(basename "$t")
	(cd "$tmp" && $VALGRIND "$t") >"$tmp/unit.out" 2>&1
	rc=$?
	p=$(grep -c '^ok - ' "$tmp/unit.out")
	f=$(grep -c '^not ok - ' "$tmp/unit.out")
	s=$(grep -c '^skip - ' "$tmp/unit.out")
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1
		echo "not ok - unit/$name exited $rc"
		tail -5 "$tmp/unit.out"
	fi
	grep -E '^(not ok|skip) - ' "$tmp/unit.out" | sed "s|^|unit/$name: |"
	echo "unit/$name: $p passed, $f failed, $s skipped"
	pass=$((pass + p)) fail=$((fail + f)) skip=$((skip + s))
done

# ---- CLI cases ----
subst() {
	sed -e "s|@ROOT@|$ROOT|g" -e "s|@SHARED@|$SHARED|g" "$1"
}
unsubst() {
	if [ -n "$SHARED" ]; then
		sed -e "s|$SHARED|@SHARED@|g" -e "s|$ROOT|@ROOT@|g"
	else
		sed -e "s|$ROOT|@ROOT@|g"
	fi
}
for dir in "$ROOT"/tests/cli/*/; do
	[ -d "$dir" ] || continue
	name=$(basename "$dir")
	if [ -f "$dir/needs-shared" ] && [ -z "$SHARED" ]; then
		echo "skip - cli/$name: ../shared is absent"
		skip=$((skip + 1))
		continue
	fi
	if [ -f "$dir/needs-root" ] && [ "$(id -u)" != 0 ]; then
		echo "skip - cli/$name: needs root (files of another user)"
		skip=$((skip + 1))
		continue
	fi
	if [ -f "$dir/no-sanitize" ] && [ -n "${SSI_SANITIZE:-}" ]; then
		echo "skip - cli/$name: bounds memory with ulimit -v (not under the sanitizers)"
		skip=$((skip + 1))
		continue
	fi
	if [ -f "$dir/needs-cmd" ]; then
		missing=
		for c in $(cat "$dir/needs-cmd"); do
			command -v "$c" >/dev/null 2>&1 || missing="$missing $c"
		done
		if [ -n "$missing" ]; then
			echo "skip - cli/$name: not installed:$missing"
			skip=$((skip + 1))
			continue
		fi
	fi
	want_status=0
	[ -f "$dir/status" ] && want_status=$(cat "$dir/status")
	in=/dev/null
	[ -f "$dir/stdin" ] && in=$dir/stdin
	work=$tmp/case
	rm -rf "$work" && mkdir -p "$work"
	if [ -f "$dir/sh" ]; then
		subst "$dir/sh" >"$tmp/case.sh"
		(cd "$work" && CASE=$dir SSI="$VALGRIND $SSI" sh "$tmp/case.sh") \
		    <"$in" >"$tmp/out" 2>"$tmp/err"
		rc=$?
	else
		subst "$dir/args" >"$tmp/args"
		# one argument per line, spaces kept
		(
			cd "$dir" || exit 2
			set --
			while IFS= read -r a || [ -n "$a" ]; do set -- "$@" "$a"; done <"$tmp/args"
			TMPDIR=$work exec $VALGRIND "$SSI" "$@"
		) <"$in" >"$tmp/out" 2>"$tmp/err"
		rc=$?
	fi
	unsubst <"$tmp/out" >"$tmp/out.u"
	unsubst <"$tmp/err" >"$tmp/err.u"
	ok=1
	if [ "$rc" != "$want_status" ]; then
		ok=0
		echo "cli/$name: status $rc, want $want_status"
	fi
	if [ -f "$dir/stdout" ] && ! cmp -s "$tmp/out.u" "$dir/stdout"; then
		ok=0
		echo "cli/$name: stdout differs:"
		diff "$dir/stdout" "$tmp/out.u" | head -20
	fi
	want_err=/dev/null
	[ -f "$dir/stderr" ] && want_err=$dir/stderr
	if ! cmp -s "$tmp/err.u" "$want_err"; then
		ok=0
		echo "cli/$name: stderr differs:"
		diff "$want_err" "$tmp/err.u" | head -20
	fi
	if [ $ok = 1 ]; then
		pass=$((pass + 1))
	else
		echo "not ok - cli/$name"
		fail=$((fail + 1))
	fi
done
echo "cli: cases run from tests/cli"
echo "$pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
