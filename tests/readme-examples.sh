#!/bin/sh
# tests/readme-examples.sh - run every example of README.md as written and
# check the figures it quotes (tests/cli/readme-examples runs it; SSI is the
# binary, maybe behind a valgrind prefix; run it in an empty folder).
#
# 1. The repository root is copied to ./repo (as a fresh clone holds it: no
#    build outputs), with an executable ./repo/ssi that runs $SSI, on PATH,
#    HOME=./repo (so `~/.ssi-key` stays in the copy) and LC_ALL=C.UTF-8.
# 2. Every example block of README.md, in order: the ```sh blocks (one
#    command per line, `\` continuing it), the ``` blocks (a "$ COMMAND"
#    block is the command and its output, up to a "..." line; a
#    "commands:" block is the command list of `ssi help`) and the blocks
#    indented by four spaces.  A command runs in ./repo with `sh -c` and
#    must exit 0; what its comment or output block claims is checked.
#    Skipped, visibly, only the examples named in skip() below, each with
#    its reason (make targets, cron, systemd, network), and the inline
#    recipes that send mail.  A block of
#    another kind is an error: say here how to run it.
# 3. Figures quoted in the prose: each line of QUOTES below is a text the
#    README holds (lines joined, blanks squeezed) and the command whose
#    output (stdout and stderr, blanks squeezed) must hold it too; then the
#    calibration figures, the model's signal and key counts, the
#    calibration minimums, the weekly snapshots of `ssi trend export.zip`,
#    and every path of the repository the README names.
# Prints "ok: ..." or "skip (REASON): ..." per example and per figure, and
# "FAIL: ..." with the evidence for each one that does not hold.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SSI=${SSI:?SSI: the binary}
top=$(pwd)
repo=$top/repo
fails=0
fail() {
	echo "FAIL: $*"
	fails=$((fails + 1))
}

# ---- 1. the copy ----
mkdir -p "$repo"
tar -C "$ROOT" --exclude=./.git --exclude=./build --exclude='./build-*' \
    --exclude=./fuzz-out --exclude=./ssi -cf - . | tar -C "$repo" -xf - ||
    { echo "FAIL: cannot copy $ROOT"; exit 1; }
printf '#!/bin/sh\nexec %s "$@"\n' "$SSI" >"$repo/ssi"
chmod +x "$repo/ssi"
# a reader's UTF-8 locale, as the README's outputs show (run.sh sets C)
HOME=$repo
PATH=$repo:$PATH
LC_ALL=C.UTF-8
export HOME PATH LC_ALL
readme=$repo/README.md
# the README as one line, blanks squeezed (quotes may wrap)
flat=$top/readme.flat
tr '\n' ' ' <"$readme" | tr -s ' ' >"$flat"

# run COMMAND [STDIN]: in the copy, output in $top/out and $top/err
run() {
	(cd "$repo" && sh -c "$1") <"${2:-/dev/null}" >"$top/out" 2>"$top/err"
}
squeeze() {
	tr '\n\t' '  ' | tr -s ' '
}

# ---- 2. the example blocks ----
# u/NNN: first line "KIND LINE" (sh, out, help, block, indent), then the
# text; sh units are one command each.
mkdir -p "$top/u"
awk -v dir="$top/u" '
function unit(kind, line) {
	n++
	f = sprintf("%s/%03d", dir, n)
	print kind, line >f
}
function add(s) { print s >>f }
function endind() { if (ind) close(f); ind = 0 }
/^```/ {
	endind()
	if (!fence) {
		fence = 1; lang = substr($0, 4); first = 1; cont = 0; start = NR
		next
	}
	fence = 0; close(f); next
}
fence && lang == "sh" {
	if (cont) { add($0); cont = /\\$/; next }
	if ($0 ~ /^[ \t]*(#.*)?$/) next		# blank, or a comment of its own
	unit("sh", NR); add($0); cont = /\\$/; next
}
fence {
	if (first) {
		first = 0
		if ($0 ~ /^\$ /) unit("out", NR)
		else if ($0 ~ /^commands:/) unit("help", NR)
		else unit("block", NR)
	}
	add($0); next
}
/^    / {
	if (!ind && prev ~ /^[ \t]*$/) { unit("indent", NR); ind = 1 }
	if (ind) { add(substr($0, 5)); prev = $0; next }
}
{ endind(); prev = $0 }
' "$readme"

# skip TEXT: the reason an example is not run, or nothing
skip() {
	case $1 in
	make\ *)
		echo "make target: installs packages as root, installs, or runs this suite" ;;
	"30 7 * * 1 "*)
		echo "cron: a crontab line (tests/cli/digest-weekly runs its commands)" ;;
	"# ssi-digest.service"* | "# ssi-digest.timer"*)
		echo "systemd timer: a scheduler, like cron" ;;
	jq\ *curl\ *)
		echo "network: posts to a chat webhook" ;;
	parallel\ *--sshlogin*)
		echo "network: ssh to host1 and host2 (tests/cli/scale-out-parallel runs it locally)" ;;
	esac
}

# what the README claims of one example, checked after it ran
check_sh() {
	c=$1
	case $c in
	"ssi score --set "*"what if: "*)
		# "what if: people 12.8 -> 16.3": before, and with --set
		set -- $(echo "$c" | sed -n 's/.*what if: \([a-z]*\) \([0-9.]*\) -> \([0-9.]*\).*/\1 \2 \3/p')
		[ $# -eq 3 ] || { fail "no 'what if: PILLAR A -> B' in: $c"; return; }
		file=$(echo "$c" | sed 's/ *#.*//; s/.* //')
		pillar_is() {
			grep -qiE "^  [A-Za-z ]*$1 +$2 / 25 " "$3" ||
			    fail "$c: $1 is not $2 in '$4': $(grep -i "$1" "$3" | head -1)"
		}
		pillar_is "$1" "$3" "$top/out" "$c"
		run "ssi score $file" && cp "$top/out" "$top/before"
		pillar_is "$1" "$2" "$top/before" "ssi score $file"
		;;
	"ssi score -f json "*)
		head -c 1 "$top/out" | grep -q '{' || fail "$c: not a JSON object"
		;;
	"ssi score -f html -o "*)
		o=$(echo "$c" | sed 's/.*-o \([^ ]*\).*/\1/')
		grep -q '<!DOCTYPE html>' "$repo/$o" || fail "$c: no page in $o"
		;;
	"ssi score --lang es "*)
		grep -q '12,8 / 25' "$top/out" || fail "$c: not in Spanish (12,8 / 25)"
		;;
	"ssi batch -j 0 "*"the same bytes"*)
		f=$(echo "$c" | sed 's/ *>.*//; s/.* //')
		o=$(echo "$c" | sed 's/.*> *\([^ ]*\).*/\1/')
		run "ssi batch $f" && cmp -s "$top/out" "$repo/$o" ||
		    fail "$c: $o differs from ssi batch $f"
		;;
	"ssi batch "*">"*)
		o=$(echo "$c" | sed 's/.*> *\([^ ]*\).*/\1/')
		n=$(sed 1d "$repo/$o" | wc -l)
		f=$(echo "$c" | sed 's/ *>.*//; s/.* //')
		want=$(sed 1d "$repo/$f" | grep -c .)
		[ "$n" -eq "$want" ] ||
		    fail "$c: $n rows in $o, $want in $f"
		;;
	"ssi rank "*"by industry"*)
		grep -q '^Groups by industry$' "$top/out" ||
		    fail "$c: no 'Groups by industry'"
		;;
	"ssi rank --pseudonyms "*)
		o=$(echo "$c" | sed 's/.*-o \([^ ]*\).*/\1/')
		if grep -q 'Member [0-9]' "$repo/$o" && ! grep -q 'Noor' "$repo/$o"; then :
		else fail "$c: $o has names or no 'Member N'"; fi
		;;
	"ssi pseudonym "*)
		# the pseudonym of the id is the one the page shows
		m=$(sed -n 's/^[^\t]*\t//p' "$top/out")
		id=$(echo "$c" | sed 's/ *#.*//; s/.* //')
		grep -q "$m" "$repo/team.html" ||
		    fail "$c: '$m' is not in team.html"
		grep -q "^$id," "$repo/data/examples/team.csv" ||
		    fail "$c: '$id' is not an id of team.csv"
		;;
	"ssi import linkedin --as-of "*">"*)
		d=$(echo "$c" | sed 's/.*--as-of \([^ ]*\).*/\1/')
		o=$(echo "$c" | sed 's/.*> *\([^ ]*\).*/\1/')
		grep -q "\"as_of\": \"$d\"" "$repo/$o" || fail "$c: $o not as of $d"
		;;
	"ssi import linkedin --every "*)
		n=$(echo "$c" | sed -n 's/.*# \([0-9]*\) weekly snapshots.*/\1/p')
		got=$(wc -l <"$top/out")
		[ "$got" = "$n" ] || fail "$c: $got snapshots, the README says '$n'"
		;;
	"ssi score --fail-under "*"|| echo "*)
		t=$(echo "$c" | sed 's/.*--fail-under \([0-9]*\).*/\1/')
		grep -q "below $t" "$top/out" || fail "$c: no 'below $t'"
		grep -q "^ssi: 1 profile below $t: " "$top/err" ||
		    fail "$c: no 'ssi: 1 profile below $t' on standard error"
		;;
	"ssi fields --format csv >"*)
		o=$(echo "$c" | sed 's/.*> *\([^ ]*\).*/\1/')
		head -1 "$repo/$o" | grep -q '^id,name,' || fail "$c: $o"
		if echo "$c" | grep -q '`;` with --lang es/pt'; then
			for l in es pt; do
				run "ssi fields --format csv --lang $l"
				head -1 "$top/out" | grep -q '^id;' ||
				    fail "$c: no ';' with --lang $l"
			done
		fi
		;;
	"ssi log me.jsonl "[0-9]*)
		for v in $(echo "$c" | sed 's/ *#.*//; s/^ssi log me.jsonl //; s/ --.*//'); do
			grep -q ": $v[,}]" "$repo/me.jsonl" ||
			    fail "$c: $v is not in me.jsonl"
		done
		;;
	"ssi log me.jsonl "*"paste"*)
		# the page pasted (tests/data/official/page-en.txt) replaces the
		# reading of the same day: its network rank (12) is recorded
		grep -q '"network_top_pct": 12[,}]' "$repo/me.jsonl" ||
		    fail "$c: the pasted page's network rank 12 is not in me.jsonl"
		[ "$(wc -l <"$repo/me.jsonl")" -eq 1 ] ||
		    fail "$c: the reading of the same day was not replaced"
		;;
	"ssi log --changes "*)
		head -1 "$top/out" | grep -q '^id,as_of,series,value,delta,label$' ||
		    fail "$c: no changes header"
		;;
	"ssi calibrate -o "*)
		o=$(echo "$c" | sed 's/.*-o \([^ ]*\).*/\1/')
		grep -q '"calibration"' "$repo/$o" || fail "$c: no calibration in $o"
		;;
	"ssi model -f text --model "*)
		head -1 "$top/out" | grep -q '^model calibrated/1$' ||
		    fail "$c: not the fitted model"
		;;
	"ssi digest "*"--goal "*)
		g=$(echo "$c" | sed 's/.*--goal \([0-9]*\).*/\1/')
		grep -q "^Goal: a team average of $g.0$" "$top/out" ||
		    fail "$c: no goal $g"
		;;
	esac
}

for u in "$top"/u/*; do
	[ -f "$u" ] || continue
	read -r kind line <"$u"
	sed 1d "$u" >"$top/text"
	text=$(cat "$top/text")
	head=$(head -1 "$top/text")
	r=$(skip "$text")
	if [ -n "$r" ]; then
		echo "skip ($r): $head"
		continue
	fi
	case $kind in
	sh | indent)
		case $text in
		ssi\ * | ./ssi\ *) ;;
		*) fail "README.md:$line: an example this script cannot run (add it to skip()): $head"; continue ;;
		esac
		in=/dev/null
		case $text in
		"ssi log me.jsonl "*paste*) in=$repo/tests/data/official/page-en.txt ;;
		esac
		run "$text" "$in"
		rc=$?
		before=$fails
		if [ $rc -ne 0 ]; then
			fail "README.md:$line: status $rc: $text"
			head -3 "$top/err"
		else
			check_sh "$text"
		fi
		[ $fails -eq $before ] && echo "ok: $head"
		;;
	out)
		c=${head#\$ }
		run "$c"
		sed 1d "$top/text" | sed '/^\.\.\.$/,$d' >"$top/want"
		n=$(wc -l <"$top/want")
		head -n "$n" "$top/out" >"$top/got"
		if cmp -s "$top/want" "$top/got"; then
			echo "ok: output of $c ($n lines)"
		else
			fail "README.md:$line: the output of $c differs:"
			diff "$top/want" "$top/got" | head -10
		fi
		;;
	help)
		run "ssi help"
		sed -n '/^commands:/,/^$/p' "$top/out" | sed '/^$/d' >"$top/got"
		if cmp -s "$top/text" "$top/got"; then
			echo "ok: the command list is that of ssi help"
		else
			fail "README.md:$line: the command list is not that of ssi help:"
			diff "$top/text" "$top/got" | head -10
		fi
		;;
	*)
		fail "README.md:$line: a block this script cannot check (say how in tests/readme-examples.sh): $head"
		;;
	esac
done

# Recipes given inline that send mail: named, not run.
grep -o '`mail [^`]*`' "$flat" | tr -d '`' | while IFS= read -r c; do
	echo "skip (mail: sends the digest by mail): $c"
done

# ---- 3. figures of the prose ----
# QUOTE|COMMAND: the README holds QUOTE, and so does what COMMAND prints.
while IFS='|' read -r q c; do
	[ -n "$q" ] || continue
	if ! grep -qF -- "$q" "$flat"; then
		fail "the README no longer quotes '$q' (update tests/readme-examples.sh)"
		continue
	fi
	run "$c"
	if cat "$top/out" "$top/err" | squeeze | grep -qF -- "$q"; then
		echo "ok: quoted '$q'"
	else
		fail "'$q' is not what '$c' gives:"
		cat "$top/out" "$top/err" | head -5
	fi
done <<'QUOTES'
ssi: score: --by is an option of rank|ssi score --by industry data/examples/post-author.json
did you mean 'score'?|ssi socre
(see ssi help COMMAND)|ssi score --by x data/examples/post-author.json 2>&1 | sed 's/help score/help COMMAND/'
ssi: model: no 'csv' output (text, json)|ssi model -f csv
55 / 100|ssi score data/examples/linkedin-export-es.zip
up to 78 with the missing data, coverage 77%|ssi score data/examples/linkedin-export-es.zip
12,8 / 25|ssi score --lang es data/examples/post-author.json
`80.80`|ssi batch data/examples/post-author.json | sed 's/80\.80/`&`/'
`80.8`)|ssi rank data/examples/post-author.json | sed 's/ 80\.8 / `80.8`) /'
people 12.8 official 6.4 −6.4|ssi score --set official_people=6.4 data/examples/post-author.json
ssi: warning: x.zip: --as-of 2030-01-01 is after the export's last date 2023-06-22|cp data/examples/linkedin-export-es.zip x.zip && ssi import linkedin --as-of 2030-01-01 x.zip
id 'ana' has another snapshot dated 2026-11-30 (merged, the later value kept: posts 5 -> 6)|printf '{"id":"ana","as_of":"2026-11-30","posts":5}\n{"id":"ana","as_of":"2026-11-30","posts":6}\n' | ssi score -i jsonl
Official (LinkedIn), as of 2026-11-30, 2 days before the data|printf '{"id":"ana","as_of":"2026-11-30","official_ssi":40}\n{"id":"ana","as_of":"2026-12-02","posts":6}\n' | ssi score -i jsonl
Sur (13 profiles): fewer than 14 members, not shown|ssi rank --dates dmy --by Equipo --min-group 14 data/examples/equipo.csv
top 35%|ssi rank --dates dmy --only 'Pablo Romero' data/examples/equipo.csv
45.0 +4.5|ssi trend --dates dmy --by Equipo --summary data/examples/equipo.csv data/examples/equipo-nov.csv
QUOTES

# The calibration example: "within A–B of the official components on
# members left out of the fit, where default/1 is C–D off" against what
# tests/cli/calibrate-example (which checks the code) measures.
set -- $(sed -n 's/.*fitted pillars are within \([0-9.]*\)–\([0-9.]*\) of the official.*default\/1 is \([0-9.]*\)–\([0-9.]*\) off.*/\1 \2 \3 \4/p' "$flat")
if [ $# -ne 4 ]; then
	fail "the README no longer gives the calibration example's figures"
else
	if awk -v a="$1" -v b="$2" -v c="$3" -v d="$4" '
	function range(s,   i, n, f, lo, hi) {
		n = split(s, f, " "); lo = 99; hi = -1
		for (i = 1; i <= n; i++) if (f[i] ~ /^[0-9.]+$/) {
			if (f[i] + 0 < lo) lo = f[i] + 0
			if (f[i] + 0 > hi) hi = f[i] + 0
		}
		return lo " " hi
	}
	function near(x, y, tol) { return x - y <= tol && y - x <= tol }
	/^fitted32.json on / { split(range(substr($0, index($0, ":") + 1)), F, " ") }
	/^default.json on / { split(range(substr($0, index($0, ":") + 1)), D, " ") }
	END {
		ok = near(F[1], a, 0.0051) && near(F[2], b, 0.0051) && near(D[1], c, 0.051) && near(D[2], d, 0.051)
		if (!ok) printf "measured %s-%s and %s-%s\n", F[1], F[2], D[1], D[2]
		exit !ok
	}' "$ROOT/tests/cli/calibrate-example/stdout"; then
		echo "ok: calibration example within $1–$2, default/1 $3–$4"
	else
		fail "the calibration example's figures $1–$2 and $3–$4 are not those of tests/cli/calibrate-example"
	fi
fi

# "a table of 26 signals, each with a pillar, one of the sixteen keys"
n=$(sed -n 's/.*is a table of \([0-9]*\) signals.*/\1/p' "$flat")
run "ssi model -f json"
got=$(grep -c '"key"' "$top/out")
keys=$(grep -o '"key": *"[A-D][1-4]"' "$top/out" | sort -u | wc -l)
if [ "$n" = "$got" ] && [ "$keys" = 16 ] && grep -q 'one of the sixteen keys A1–D4' "$flat"; then
	echo "ok: the model has $n signals, 16 keys"
else
	fail "the model has $got signals and $keys keys; the README says '$n' and sixteen"
fi

# calibrate's minimums per pillar: "18, 12, 24, 24 in default/1"
want=$(sed -n 's/.*: \([0-9]*, [0-9]*, [0-9]*, [0-9]*\) in default\/1.*/\1/p' "$flat")
got=$(sed -n '/"calibration"/,$p' "$repo/fitted.json" 2>/dev/null |
    sed -n 's/.*"min": *\([0-9]*\).*/\1/p' | paste -sd, - | sed 's/,/, /g')
if [ -n "$want" ] && [ "$want" = "$got" ]; then
	echo "ok: calibration minimums $want"
else
	fail "calibration minimums: the README says '$want', calibrate wrote '$got'"
fi

# "`ssi trend export.zip` shows the last 13 weekly snapshots"
n=$(sed -n 's/.*`ssi trend export.zip` shows the last \([0-9]*\) weekly snapshots.*/\1/p' "$flat")
run "ssi trend data/examples/linkedin-export-es.zip"
if [ -n "$n" ] && head -1 "$top/out" | grep -q "(1 profile, $n snapshots)"; then
	echo "ok: ssi trend export.zip shows $n snapshots"
else
	fail "ssi trend export.zip: the README says '$n', it shows: $(head -1 "$top/out")"
fi

# every path of the repository the README names
missing=
for p in $(grep -oE '(^|[ `(])(data|tests|doc|src)/[A-Za-z0-9_./-]*[A-Za-z0-9_]' "$readme" |
    sed 's/^[ `(]//' | sort -u); do
	[ -e "$repo/$p" ] || missing="$missing $p"
done
if [ -z "$missing" ]; then
	echo "ok: every path the README names exists"
else
	fail "paths the README names that do not exist:$missing"
fi

echo "$fails failed"
[ "$fails" -eq 0 ]
