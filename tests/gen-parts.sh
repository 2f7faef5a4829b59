#!/bin/sh
# tests/gen-parts.sh DIR: CSV files with the quirks a file cut into parts
# must survive (ssi batch -j): line ends in quoted fields, blank lines, a
# header again, rows rejected, CRLF, no id column, a header only, a
# misplaced quote, an unterminated quote, no final line end.
set -eu
d=$1
mkdir -p "$d"
# rows N VARIANT: data rows; variant picks the quirks
rows() {
	awk -v n="$1" -v v="$2" 'BEGIN {
		for (i = 1; i <= n; i++) {
			id = (v ~ /noid/) ? "" : sprintf("u%05d,", i)
			h = "Sales lead"
			if (v ~ /nl/ && i % 3 == 0)
				h = "\"Sales\nlead, \"\"top\"\"\n\""
			c = 100 + (i * 37) % 900
			if (v ~ /bad/ && i % 17 == 0)
				c = "lots"
			line = id "Name " i "," h "," c "," (i * 13) % 5000 "," i % 9 ",30"
			if (v ~ /short/ && i % 23 == 0)
				line = id "Name " i "," h
			if (v ~ /blank/ && i % 11 == 0)
				printf "\n"
			if (v ~ /again/ && i % 29 == 0)
				print ((v ~ /noid/) ? "" : "id,") "name,headline,connections,followers,posts,period_days"
			print line
		}
	}'
}
head_of() {
	case $1 in *noid*) echo "name,headline,connections,followers,posts,period_days" ;;
	*) echo "id,name,headline,connections,followers,posts,period_days" ;; esac
}
for v in plain noid nl noid-nl bad-short noid-blank-again nl-bad-blank-again-short noid-nl-blank; do
	{ head_of $v; rows 300 $v; } >"$d/$v.csv"
done
# CRLF line ends
{ head_of plain; rows 200 nl-bad; } | sed 's/$/\r/' >"$d/crlf.csv"
# a header only; a header and blank lines
head_of plain >"$d/header-only.csv"
{ head_of noid; printf '\n\n\n'; } >"$d/header-blanks.csv"
# a misplaced quote past the first rows: the rest is not read
{ head_of plain; rows 150 plain; echo 'x1,Ana "A" B,Sales,1,2,3,30'; rows 50 plain; } >"$d/misplaced.csv"
# an unterminated quote at the end
{ head_of noid; rows 200 noid; printf 'Ana,"open\n'; } >"$d/unterminated.csv"
# a typo in the header (a warning), a column of our own
{ echo "id,name,headline,conections,followers,posts,period_days,team"; rows 100 plain | sed 's/$/,north/'; } >"$d/typo.csv"
# no line end at the end
{ head_of plain; rows 100 nl; printf 'z9,Last,x,1,2,3,30'; } >"$d/no-eol.csv"
# one stray quote in an unquoted field, then line ends in quotes: a reader
# that counts quotes to find where rows end is off by one past it
{ head_of plain; rows 40 nl; echo 'x2,Tom 6" tall,Sales,1,2,3,30'; rows 120 nl; } >"$d/stray.csv"
# what a reader tells once at a file's end, gathered over every part: rows
# of blank cells, cells read as unknown, a column of slashed dates
{
	echo "id,name,as_of,connections,followers,posts,period_days"
	awk 'BEGIN { for (i = 1; i <= 150; i++) {
		if (i % 13 == 0) { print ",,,,,,"; continue }
		d = (i % 7 == 0) ? sprintf("%02d/04/2026", 1 + i % 28) : "2026-04-01"
		c = (i % 10 == 0) ? "n/a" : 100 + i
		print "t" i ",Name " i "," d "," c ",5,1,30"
	} }'
} >"$d/tail.csv"
