#!/bin/sh
# tests/fuzz/run.sh SECONDS - run every built libFuzzer target of ssi.
#
# For each build-fuzz/fuzz_NAME (make fuzz-build): seed the corpus
# build-fuzz/corpus/NAME from data/, tests/data/, tests/fuzz/regress/NAME/
# and ../shared/testsuites (what is absent is skipped, visibly), fuzz it for
# SECONDS seconds, keep crashes in fuzz-out/NAME/ (crash-*, leak-*,
# timeout-*, oom-*: replay one with build-fuzz/fuzz_NAME FILE), and print
# its execs/s, total execs and coverage.  Exits 1 when a target found
# anything.
#
# Environment: FUZZ_TARGETS (names to run, default all built ones, e.g.
# "json csv"), FUZZ_BINDIR (the folder of the binaries, default build-fuzz:
# a copy lets a long run go on while the tree is rebuilt), FUZZ_NICE
# (default 10), FUZZ_FLAGS (more libFuzzer flags).
set -u
secs=${1:-60}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT" || exit 2
SHARED=$(cd "$ROOT/../shared" 2>/dev/null && pwd) || SHARED=""
nice_n=${FUZZ_NICE:-10}
bindir=${FUZZ_BINDIR:-build-fuzz}
flags="-max_total_time=$secs -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1"

# json and csv inputs start with 4 header bytes (see entry.h): flags, then
# three chunk sizes.  A seed gets a header that feeds it in odd chunks.
# seed DIR NAME HEADER FILE
seed() {
	{ printf "$3"; cat "$4"; } >"$1/seed-$2" 2>/dev/null
}

# A LinkedIn export folder as one "#F name" list of all its files (zip
# mode, and folder mode: "#D" first), and each of its .csv files alone.
# folder_seeds DIR PREFIX FOLDER
folder_seeds() {
	all=$1/seed-$2-all
	printf '#D\n' >"$1/seed-$2-folder"
	: >"$all"
	find "$3" -type f | LC_ALL=C sort | while IFS= read -r f; do
		rel=${f#"$3"/}
		b=$(printf '%s' "$rel" | tr -c 'A-Za-z0-9._-' '_')
		case $rel in
		*.csv) { printf '#F %s\n' "$rel"; cat "$f"; } >"$1/seed-$2-$b" ;;
		esac
		{ printf '#F %s\n' "$rel"; cat "$f"; } >>"$all"
	done
	cat "$all" >>"$1/seed-$2-folder"
}

missing() {
	echo "fuzz: $1: $2 is absent, not used as seeds"
}

seed_json() {
	n=0
	for f in data/examples/*.json tests/data/*/*.json tests/data/*/*.jsonl; do
		[ -f "$f" ] || continue
		case $f in *.jsonl) h='\004\002\040\377' ;; *) h='\000\002\040\377' ;; esac
		seed "$1" "$(echo "$f" | tr / _)" "$h" "$f"
		n=$((n + 1))
	done
	# sheets' quirks as JSON values: not-known marks, decimal counts, a
	# stray quote, blank lines between JSON Lines, a UTF-8 BOM
	q=$(mktemp -d)
	printf '{"name": "Ana \\"Ace\\"", "connections": "n/d", "posts": "1.200,00", "as_of": "09/11/2026"}\n' >"$q/notknown"
	printf '\357\273\277{"id": "a", "connections": 300}\n\n  \n{"id": "a", "as_of": "2026-11-01", "posts": "-"}\n{"id": "b", "official_ssi": "45,5"}\n' >"$q/lines"
	seed "$1" quirk-notknown '\000\002\040\377' "$q/notknown"
	seed "$1" quirk-lines '\004\002\040\377' "$q/lines"
	seed "$1" quirk-lines-dmy '\204\000\003\377' "$q/lines"
	n=$((n + 3))
	rm -rf "$q"
	if [ -n "$SHARED" ] && [ -d "$SHARED/testsuites/JSONTestSuite/test_parsing" ]; then
		for f in "$SHARED"/testsuites/JSONTestSuite/test_parsing/*.json; do
			seed "$1" "jts-$(basename "$f")" '\000\000\007\377' "$f"
			n=$((n + 1))
		done
	else
		missing json "../shared/testsuites/JSONTestSuite/test_parsing"
	fi
	echo "fuzz: json: $n seeds"
}

seed_csv() {
	n=0
	for f in data/examples/*.csv tests/data/*/*.csv; do
		[ -f "$f" ] || continue
		seed "$1" "$(echo "$f" | tr / _)" '\000\002\040\377' "$f"
		n=$((n + 1))
	done
	# The sheets' real-life quirks, each its own seed: UTF-16 (LE and BE,
	# with BOM, tab-separated as Excel's "Unicode text"), a stray quote in
	# an unquoted field, an unclosed quote, blank and ';;;' rows, not-known
	# marks, decimal counts, a sep= line, slashed dates.
	q=$(mktemp -d)
	printf 'Nombre\tConexiones\tMe gusta\tSSI oficial\r\nAna\t1.250,00\tn/d\t45,5\r\n\t\t\t\r\nBea\t300\t-\t\r\n' >"$q/tab"
	for enc in UTF-16LE UTF-16BE; do
		if iconv -f UTF-8 -t "$enc" <"$q/tab" >"$q/body" 2>/dev/null; then
			{ if [ $enc = UTF-16LE ]; then printf '\377\376'; else printf '\376\377'; fi
			  cat "$q/body"; } >"$q/$enc"
			seed "$1" "quirk-$enc" '\000\002\040\377' "$q/$enc"
			n=$((n + 1))
		else
			missing csv "iconv (UTF-16 seeds)"
		fi
	done
	printf 'name;connections;posts;team\r\nAna "Ace" Moreno;300;2;Norte\r\nBea;"12"3;1;Sur\r\n;;;\r\n;;;\r\n\r\nCarla;n/d;N/A;-\r\n' >"$q/quotes"
	printf 'name,connections,as_of\nAna,300,09/11/2026\nBea,"200,2026-11-01\nCarla,100,2026-11-01\n' >"$q/unclosed"
	printf 'sep=;\r\nNombre;Nº de contactos;Visitas al perfil;Fecha\r\nAna;1.200,00;n/d;31/10/2026\r\n;;;\r\nBea;1200,00;-;09/11/26\r\n' >"$q/sep"
	for f in quotes unclosed sep; do
		seed "$1" "quirk-$f" '\000\002\040\377' "$q/$f"
		seed "$1" "quirk-$f-dmy" '\201\000\003\377' "$q/$f"
		n=$((n + 2))
	done
	rm -rf "$q"
	if [ -n "$SHARED" ] && [ -d "$SHARED/testsuites/csv-spectrum/csvs" ]; then
		for f in "$SHARED"/testsuites/csv-spectrum/csvs/*.csv; do
			seed "$1" "spectrum-$(basename "$f")" '\000\000\007\377' "$f"
			n=$((n + 1))
		done
	else
		missing csv "../shared/testsuites/csv-spectrum/csvs"
	fi
	echo "fuzz: csv: $n seeds"
}

# The fast path against libcsv: the csv seeds, each in four ways (cell
# mode with numbers, row mode, tabs or semicolons detected, odd chunks).
seed_csvdiff() {
	n=0
	for f in data/examples/*.csv tests/data/*/*.csv; do
		[ -f "$f" ] || continue
		b=$(echo "$f" | tr / _)
		seed "$1" "$b-cells" '\014\377\377\377' "$f"
		seed "$1" "$b-rows" '\000\002\040\377' "$f"
		seed "$1" "$b-chunks" '\054\000\006\077' "$f"
		seed "$1" "$b-stop" '\034\377\377\377' "$f"
		n=$((n + 4))
	done
	if [ -n "$SHARED" ] && [ -d "$SHARED/testsuites/csv-spectrum/csvs" ]; then
		for f in "$SHARED"/testsuites/csv-spectrum/csvs/*.csv; do
			seed "$1" "spectrum-$(basename "$f")" '\014\000\007\377' "$f"
			n=$((n + 1))
		done
	else
		missing csvdiff "../shared/testsuites/csv-spectrum/csvs"
	fi
	echo "fuzz: csvdiff: $n seeds"
}

seed_model() {
	if [ -x ./ssi ] && ./ssi model >"$1/seed-default-model" 2>/dev/null; then
		echo "fuzz: model: 1 seed (./ssi model)"
	else
		rm -f "$1/seed-default-model"
		missing model "./ssi (for the output of 'ssi model')"
	fi
}

seed_linkedin() {
	n=0
	for f in data/examples/linkedin-export-es.zip tests/data/linkedin/*.zip; do
		if [ -f "$f" ]; then
			cp "$f" "$1/seed-$(echo "$f" | tr / _)"
			n=$((n + 1))
		else
			missing linkedin "$f"
		fi
	done
	for d in tests/data/linkedin/*/; do
		[ -d "$d" ] || continue
		folder_seeds "$1" "$(basename "$d")" "${d%/}"
		n=$((n + 1))
	done
	# The real-life quirks (tests/ligen-quirks.sh): drafts, Boolean
	# searches, UTF-16, tabs, bare URLs, Excel dates, odd zips.
	q=$(mktemp -d)
	for c in base drafts boolean utf16 tabs bare noprofile noconn excel \
	    lower backslash emptyconn badrows; do
		if ! sh tests/ligen-quirks.sh "$q" "$c" 2>/dev/null; then
			missing linkedin "ligen-quirks $c (needs perl, iconv, zip)"
		elif [ -f "$q/$c.zip" ]; then
			cp "$q/$c.zip" "$1/seed-quirk-$c.zip"
			n=$((n + 1))
		else
			folder_seeds "$1" "quirk-$c" "$q/$c"
			n=$((n + 1))
		fi
	done
	rm -rf "$q"
	if [ -n "$SHARED" ] && [ -d "$SHARED/examples/linkedin-export-es" ]; then
		folder_seeds "$1" shared-es "$SHARED/examples/linkedin-export-es"
		n=$((n + 1))
	else
		missing linkedin "../shared/examples/linkedin-export-es"
	fi
	echo "fuzz: linkedin: $n seed archives or folders"
}

seed_ssipage() {
	n=0
	for f in tests/data/official/*.txt; do
		[ -f "$f" ] || continue
		cp "$f" "$1/seed-$(basename "$f")"
		n=$((n + 1))
	done
	for f in tests/data/official/*.jsonl tests/data/official/*.json; do
		[ -f "$f" ] || continue
		cp "$f" "$1/seed-$(basename "$f")"
		n=$((n + 1))
	done
	echo "fuzz: ssipage: $n seeds"
}

# Files of readings as ssi log keeps them: tests/data/official's, and
# generated ones with each line end (LF, CRLF, CR), a BOM, a comment line,
# a line with two objects, a reading with a trailing note, ids spelled
# with blanks and decomposed accents.
seed_readings() {
	n=0
	for f in tests/data/official/*.jsonl; do
		[ -f "$f" ] || continue
		cp "$f" "$1/seed-$(basename "$f")"
		n=$((n + 1))
	done
	r='{"id": "me", "as_of": "2026-11-%s", "official_ssi": 53, "official_brand": 20.97, "official_people": 6.38, "official_engagement": 10.25, "official_relationships": 15}'
	for e in lf crlf cr; do
		case $e in lf) le='\n' ;; crlf) le='\r\n' ;; cr) le='\r' ;; esac
		{ printf "$r$le" 01; printf "$r$le" 30; printf "# a note$le"
		  printf "$r $r$le" 02 03; printf "$r // typed$le" 30; } \
		    >"$1/seed-gen-$e.jsonl"
		n=$((n + 1))
	done
	printf '\357\273\277{"id": " me ", "as_of": " 2026-11-30 ", "official_brand": 5}\n' \
	    >"$1/seed-gen-bom.jsonl"
	printf '{"id": "Jose\314\201", "as_of": "2026-11-30", "official_brand": 5}\n{"id": "Jos\303\251\342\200\213", "as_of": "2026-11-30", "official_people": 5}' \
	    >"$1/seed-gen-ids.jsonl"
	n=$((n + 2))
	echo "fuzz: readings: $n seeds"
}

# The last value of "stat::NAME: N" in a log.
getstat() {
	sed -n "s/^stat::$2: *//p" "$1" | tail -1
}

targets=${FUZZ_TARGETS:-}
if [ -z "$targets" ]; then
	for b in "$bindir"/fuzz_*; do
		[ -x "$b" ] && targets="$targets ${b#"$bindir"/fuzz_}"
	done
fi
if [ -z "$targets" ]; then
	echo "fuzz: no target in $bindir/ (make fuzz-build)" >&2
	exit 2
fi

found=0 summary=""
for t in $targets; do
	bin=$bindir/fuzz_$t
	if [ ! -x "$bin" ]; then
		echo "fuzz: $t: $bin is not built, skipped"
		summary="$summary
$t: not built, skipped"
		continue
	fi
	corpus=build-fuzz/corpus/$t
	out=fuzz-out/$t
	mkdir -p "$corpus" "$out"
	"seed_$t" "$corpus"
	if [ -d "tests/fuzz/regress/$t" ]; then
		for f in tests/fuzz/regress/"$t"/*; do
			[ -f "$f" ] && cp "$f" "$corpus/regress-$(basename "$f")"
		done
	fi
	log=$out/log
	echo "fuzz: $t: $secs s, log in $log"
	# shellcheck disable=SC2086
	nice -n "$nice_n" "$bin" $flags ${FUZZ_FLAGS:-} -artifact_prefix="$out/" \
	    "$corpus" >"$log" 2>&1
	rc=$?
	execs=$(getstat "$log" number_of_executed_units)
	rate=$(getstat "$log" average_exec_per_sec)
	rss=$(getstat "$log" peak_rss_mb)
	last=$(grep -E '^#[0-9]+' "$log" | tail -1)
	cov=$(echo "$last" | sed -n 's/.* cov: \([0-9]*\).*/\1/p')
	ft=$(echo "$last" | sed -n 's/.* ft: \([0-9]*\).*/\1/p')
	corp=$(echo "$last" | sed -n 's/.* corp: \([0-9]*\).*/\1/p')
	arts=$(find "$out" -maxdepth 1 -type f \( -name 'crash-*' -o \
	    -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
	line="$t: ${secs}s, ${rate:-?} execs/s, ${execs:-?} execs, cov ${cov:-?} edges, ft ${ft:-?}, corpus ${corp:-?}, peak rss ${rss:-?} MB"
	if [ "$rc" -ne 0 ] || [ "$arts" -gt 0 ]; then
		found=1
		line="$line, FOUND: exit $rc, $arts artifact(s) in $out/"
		grep -E '^(==[0-9]+==ERROR|SUMMARY|fuzz: )' "$log" | head -5
	fi
	echo "fuzz: $line"
	summary="$summary
$line"
done
echo "fuzz: summary:$summary"
[ "$found" -eq 0 ]
