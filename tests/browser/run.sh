#!/bin/sh
# tests/browser/run.sh - the HTML pages in a real browser: each page is
# rendered by headless Chromium (Debian's chromium) to a PNG screenshot and
# to a PDF (print to A4); a PNG must not be blank (at least MIN_COLOURS
# distinct colours: charts, antialiased text) and a PDF must have the
# expected number of pages.  Ends with "N passed, N failed".
#
# Environment: SSI (the binary, default ./ssi), KEEP (a folder to keep the
# pages, PNGs and PDFs in, to look at them).
set -u
LC_ALL=C
export LC_ALL
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SSI=${SSI:-$ROOT/ssi}
case $SSI in /*) ;; *) SSI=$ROOT/$SSI ;; esac
MIN_COLOURS=64
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
out=${KEEP:-$tmp}
mkdir -p "$out"
pass=0 fail=0

for tool in chromium pdfinfo python3; do
	if ! command -v $tool >/dev/null 2>&1; then
		echo "not ok - $tool is not installed (make check-browser installs it)"
		echo "0 passed, 1 failed"
		exit 1
	fi
done

# chromium ARGS...: a fresh profile each time, no network, no first-run UI.
chrome() {
	prof=$(mktemp -d -p "$tmp")
	timeout 180 chromium --headless --no-sandbox --disable-gpu \
	    --disable-quic --no-first-run --disable-background-networking \
	    --disable-component-update --disable-sync --hide-scrollbars \
	    --user-data-dir="$prof" "$@" >"$tmp/chrome.log" 2>&1
	rc=$?
	rm -rf "$prof"
	return $rc
}

ok() { echo "ok - $1"; pass=$((pass + 1)); }
bad() { echo "not ok - $1"; fail=$((fail + 1)); }

# page NAME PAGES WIDTH HEIGHT ssi-arguments...: write NAME.html with ssi
# (-o, or calibrate's --report-html), render NAME.png (WIDTH x HEIGHT) and
# NAME.pdf, check both.
page() {
	name=$1 pages=$2 w=$3 h=$4
	shift 4
	html=$out/$name.html
	case $1 in
	calibrate) set -- "$@" -o /dev/null --report-html ;;
	*) set -- "$@" -o ;;
	esac
	if ! "$SSI" "$@" "$html" 2>"$tmp/err"; then
		bad "$name: ssi $* failed: $(head -2 "$tmp/err")"
		return
	fi
	rm -f "$out/$name.png" "$out/$name.pdf"
	chrome --window-size="$w,$h" --screenshot="$out/$name.png" \
	    "file://$html"
	if [ ! -s "$out/$name.png" ]; then
		bad "$name: no screenshot ($(tail -1 "$tmp/chrome.log"))"
	else
		n=$(python3 "$ROOT/tests/browser/colours.py" "$out/$name.png")
		if [ "${n:-0}" -ge $MIN_COLOURS ]; then
			ok "$name.png: $n distinct colours"
		else
			bad "$name.png: $n distinct colours, want at least $MIN_COLOURS"
		fi
	fi
	chrome --no-pdf-header-footer --print-to-pdf="$out/$name.pdf" \
	    "file://$html"
	if [ ! -s "$out/$name.pdf" ]; then
		bad "$name: no PDF ($(tail -1 "$tmp/chrome.log"))"
		return
	fi
	info=$(pdfinfo "$out/$name.pdf" 2>&1)
	got=$(echo "$info" | sed -n 's/^Pages: *//p')
	size=$(echo "$info" | sed -n 's/^Page size: *//p')
	case $size in
	*A4*) ;;
	*) bad "$name.pdf: page size $size, want A4" ;;
	esac
	if [ "$got" = "$pages" ]; then
		ok "$name.pdf: $got pages"
	else
		bad "$name.pdf: $got pages, want $pages"
	fi
}

ex=$ROOT/data/examples
# one member: two A4 pages (the charts, then the advice)
page score-en 2 1280 2000 score -f html "$ex/post-author.json"
page score-es 2 1280 2000 score -f html --lang es "$ex/post-author.json"
page score-official 2 1280 2000 score -f html "$ROOT/tests/data/official-post-author.json"
# several members: the index, then two pages each (the charts, the advice)
page score-team 81 1280 1400 score -f html "$ex/team.csv"

# a team of 40 (their data of different dates: a column of them): the
# summary and the leaderboard flow over four pages
page rank-en 4 1280 1400 rank -f html "$ex/team.csv"
page rank-es 4 1280 1400 rank -f html --lang es --by location "$ex/team.csv"
# a phone (390 px): the leaderboard folds into cards
page rank-phone 4 390 2400 rank -f html "$ex/team.csv"
# a 3,000-character name and right-to-left names (tests/cli/html-layout);
# the score page: the index, then about four pages a member (little data:
# long advice on what could not be measured)
names=$tmp/names.jsonl
{
	printf '{"id":"long","name":"%s","industry":"%s","posts":5}\n' \
	    "$(awk 'BEGIN { while (n++ < 3000) printf "W" }')" \
	    "$(awk 'BEGIN { while (n++ < 500) printf "I" }')"
	printf '{"id":"a1","name":"Ali \\u0639\\u0644\\u064a","posts":5}\n'
	printf '{"id":"a2","name":"\\u05d3\\u05e0\\u05d4","posts":8}\n'
} > "$names"
page rank-names 1 1200 1600 rank -f html "$names"
page rank-names-phone 1 390 2400 rank -f html "$names"
page score-names 13 1200 1600 score -f html "$names"
# three members: the team's page, then a page each
tr=$ROOT/tests/data/trend/history.jsonl
page trend-en 4 1280 1800 trend -f html "$tr"
page trend-es 4 1280 1800 trend -f html --lang es "$tr"
# one member with official figures: one page
page trend-official 1 1280 1400 trend -f html -q "$ROOT/tests/data/official/readings.jsonl"
# a phone: the narrow charts, their labels of 10 px or more (they were 5),
# no date label over the next; printed, the wide ones (as trend-en)
page trend-phone 4 390 2400 trend -f html "$tr"
for w in 390 1280; do
	r=$(sh "$ROOT/tests/browser/chart-labels.sh" $w "$out/trend-phone.html")
	px=$(echo "$r" | sed -n 's/.*smallest label \([0-9]*\) px.*/\1/p')
	case $w,$r in
	390,"0 wide, "*" narrow shown;"*"overlapping dates 0"|1280,*" wide, 0 narrow shown;"*"overlapping dates 0")
		if [ "${px:-0}" -ge 10 ]; then
			ok "trend-phone at $w px: $r"
		else
			bad "trend-phone at $w px: labels under 10 px: $r"
		fi ;;
	*) bad "trend-phone at $w px: $r" ;;
	esac
done

# the fit of the calibration example: the summary, then a page per
# pillar (its scatters and its table of weights and targets)
cal=$ROOT/tests/data/calibration/snapshots.jsonl
page calibrate-en 5 1280 1800 calibrate -q "$cal"
page calibrate-es 5 1280 1800 calibrate -q --lang es "$cal"

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
