#!/bin/sh
# tests/ligen-quirks.sh DIR CASE - write into DIR/CASE a small LinkedIn
# export (a folder, or DIR/CASE.zip) holding one quirk that real exports
# have and no format page lists (linkedin-export.md, "One bad item never
# refuses an export").  The member is the fictional Dana Whitcombe; every
# row is invented.  Dates end on 2024-06-20, so `--as-of 2024-06-20` sees
# every row of the 30-day window.
#
# CASE:
#   base        the export without a quirk (what the others change)
#   drafts      Articles/: one published, one without "Published on",
#               one "Published on ---"
#   boolean     SearchQueries.csv with Boolean queries whose quotes
#               LinkedIn did not escape
#   utf16       Connections.csv in UTF-16 LE and Invitations.csv in UTF-16
#               BE, both with BOM and tabs (2018)
#   tabs        every CSV tab-separated, in UTF-8
#   bare        Connections and Invitations URLs that are the bare
#               https://www.linkedin.com/in, or empty
#   noprofile   no Profile.csv
#   noconn      only Shares.csv and SearchQueries.csv (no Connections.csv,
#               no Profile.csv)
#   excel       Connections.csv re-saved by Excel: no preamble, CRLF,
#               dates 18-Jun-24
#   lower       a zip whose file names are lower case (CASE.zip)
#   backslash   a zip whose paths use '\' (CASE.zip)
#   emptyconn   a 0-byte Connections.csv
#   badrows     a row with a bad date in Shares.csv and in
#               Connections.csv, a Reactions.csv without its Date column
#
# Needs printf, iconv (utf16), zip and perl (lower, backslash).
set -eu
dir=$1
case_=$2
out=$dir/$case_
rm -rf "$out" "$out.zip"
mkdir -p "$out"

profile() {
	printf 'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location\n' >"$1/Profile.csv"
	printf 'Dana,Whitcombe,,,Apr 18,Senior Account Executive,"I help 3PLs, carriers and shippers.",Logistics,80202,"Denver, Colorado"\n' >>"$1/Profile.csv"
}

# Connections: 5 people; Ana, Luis and Greta were invited and accepted.
connections() {
	u=${2:-https://www.linkedin.com/in/}
	{
		printf 'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n'
		printf 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n'
		printf 'Ana,Ruiz,%sana-ruiz,,Acme,CEO,18 Jun 2024\n' "$u"
		printf 'Luis,Gil,%sluis-gil,,Brisa,Analyst,10 Jun 2024\n' "$u"
		printf 'Greta,Carvalho,%sgreta-carvalho,,Norte,Head of Sales,01 Jun 2024\n' "$u"
		printf 'Ines,Nakamura,%sines-n,,Sur,Engineer,01 May 2024\n' "$u"
		printf ',,,,,,02 Feb 2024'
	} >"$1/Connections.csv"
}

# Invitations: 4 outgoing (3 accepted, 2 with a note), 1 incoming.
invitations() {
	u=${2:-https://www.linkedin.com/in/}
	{
		printf 'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n'
		printf 'Dana Whitcombe,Ana Ruiz,"6/17/24, 3:18 PM","Hi Ana, loved your talk",OUTGOING,%sdana-w,%sana-ruiz\n' "$u" "$u"
		printf 'Dana Whitcombe,Luis Gil,"6/9/24, 9:00 AM",,OUTGOING,%sdana-w,%sluis-gil\n' "$u" "$u"
		printf 'Dana Whitcombe,Greta Carvalho,"5/31/24, 8:41 AM",Hello Greta,OUTGOING,%sdana-w,%sgreta-carvalho\n' "$u" "$u"
		printf 'Dana Whitcombe,Pablo Mora,"6/19/24, 8:41 AM",,OUTGOING,%sdana-w,%spablo-mora\n' "$u" "$u"
		printf 'Ines Nakamura,Dana Whitcombe,"4/30/24, 11:18 AM",,INCOMING,%sines-n,%sdana-w\n' "$u" "$u"
	} >"$1/Invitations.csv"
}

searches() {
	{
		printf 'Time,Search Query\n'
		printf '2024/06/20 16:08:59 UTC,chief operating officer\n'
		printf '2024/06/18 10:00:00 UTC,logistics director denver\n'
		printf '2024/05/01 10:00:00 UTC,old search\n'
	} >"$1/SearchQueries.csv"
}

shares() {
	{
		printf 'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n'
		printf '2024-06-19 10:00:00,https://www.linkedin.com/feed/update/urn%%3Ali%%3Ashare%%3A1,"Our lane benchmark is out",,,MEMBER_NETWORK\n'
		printf '2024-06-12 10:00:00,https://www.linkedin.com/feed/update/urn%%3Ali%%3Ashare%%3A2,"",,,MEMBER_NETWORK\n'
	} >"$1/Shares.csv"
}

article() {
	mkdir -p "$1/Articles/Articles"
	{
		printf '<html><head><title>%s</title></head><body>\n' "$3"
		printf '<h1><a href="https://www.linkedin.com/pulse/%s">%s</a></h1>\n' "$2" "$3"
		printf '<p class="created">Created on 2024-05-02 18:11</p>\n'
		[ -n "$4" ] && printf '<p class="published">Published on %s</p>\n' "$4"
		printf '<div>Body text.</div></body></html>\n'
	} >"$1/Articles/Articles/$2.html"
}

base() {
	profile "$1"
	connections "$1"
	invitations "$1"
	searches "$1"
	shares "$1"
	article "$1" lanes-x7k2q "How we cut empty miles" "2024-05-03 08:30"
}

# UTF-8 on stdin to UTF-16 (LE or BE) with its BOM, tabs for commas
# outside quotes (the files below hold no quoted comma but Sent At's).
utf16() {
	if [ "$1" = LE ]; then printf '\377\376'; else printf '\376\377'; fi
	perl -pe 's/("[^"]*")|,/defined $1 ? $1 : "\t"/ge' |
	    iconv -f UTF-8 -t "UTF-16$1"
}

tabs() {
	for f in "$1"/*.csv; do
		perl -pi -e 's/("[^"]*")|,/defined $1 ? $1 : "\t"/ge' "$f"
	done
}

case $case_ in
base) base "$out" ;;
drafts)
	base "$out"
	article "$out" agi-draft "AGI " ""
	article "$out" dash-draft "Dash" "---"
	;;
boolean)
	base "$out"
	{
		printf '2024/06/19 09:00:00 UTC,"UX designer" OR "product designer"\n'
		printf '2024/06/17 09:00:00 UTC,"head of logistics" AND denver\n'
		printf '2024/06/16 09:00:00 UTC,"freight, "broker"\n'
	} >>"$out/SearchQueries.csv"
	;;
utf16)
	base "$out"
	utf16 LE <"$out/Connections.csv" >"$out/c.tmp"
	mv "$out/c.tmp" "$out/Connections.csv"
	utf16 BE <"$out/Invitations.csv" >"$out/i.tmp"
	mv "$out/i.tmp" "$out/Invitations.csv"
	;;
tabs)
	base "$out"
	tabs "$out"
	;;
bare)
	# Rows whose URL is the bare https://www.linkedin.com/in (263 of 291
	# in one real export) or empty: only the name identifies them.
	# Connections: Greta bare, Ines empty.  Invitations: Ana empty, Luis
	# and Pablo bare, Greta real (her connection row is bare).
	base "$out"
	b=https://www.linkedin.com/in
	sed -i "s|$b/greta-carvalho|$b|; s|$b/ines-n||" "$out/Connections.csv"
	sed -i "s|$b/ana-ruiz\$||; s|$b/luis-gil|$b|; s|$b/pablo-mora|$b|" \
	    "$out/Invitations.csv"
	;;
noprofile)
	base "$out"
	rm "$out/Profile.csv"
	;;
noconn)
	shares "$out"
	searches "$out"
	;;
excel)
	base "$out"
	{
		printf 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n'
		printf 'Ana,Ruiz,https://www.linkedin.com/in/ana-ruiz,,Acme,CEO,18-Jun-24\r\n'
		printf 'Luis,Gil,https://www.linkedin.com/in/luis-gil,,Brisa,Analyst,10-Jun-24\r\n'
		printf 'Greta,Carvalho,https://www.linkedin.com/in/greta-carvalho,,Norte,Head of Sales,1-Jun-24\r\n'
		printf 'Ines,Nakamura,https://www.linkedin.com/in/ines-n,,Sur,Engineer,1-May-24\r\n'
		printf ',,,,,,2-Feb-24\r\n'
	} >"$out/Connections.csv"
	;;
lower|backslash)
	mkdir -p "$out/Exp"
	base "$out/Exp"
	if [ "$case_" = lower ]; then
		for f in "$out"/Exp/*.csv; do
			b=$(basename "$f")
			mv "$f" "$out/Exp/$(printf '%s' "$b" | tr 'A-Z' 'a-z')"
		done
		mv "$out/Exp/Articles" "$out/Exp/articles"
	fi
	(cd "$out" && zip -qr "../$case_.zip" Exp)
	rm -rf "$out"
	# Windows tools: "Exp\Profile.csv" (the names only: no CRC covers them)
	if [ "$case_" = backslash ]; then
		perl -pi -e 's{(Exp|Articles)/}{$1\\}g' "$dir/$case_.zip"
	fi
	;;
emptyconn)
	base "$out"
	: >"$out/Connections.csv"
	;;
badrows)
	base "$out"
	printf '2024-06-3x 10:00:00,https://www.linkedin.com/feed/update/urn%%3Ali%%3Ashare%%3A3,"bad date",,,MEMBER_NETWORK\n' >>"$out/Shares.csv"
	sed -i 's|Luis,Gil,\(.*\),10 Jun 2024|Luis,Gil,\1,10 Jux 2024|' "$out/Connections.csv"
	{
		printf 'When,Type,Link\n'
		printf '2024-06-19 20:11:58,LIKE,https://www.linkedin.com/feed/update/urn%%3Ali%%3Aactivity%%3A7\n'
	} >"$out/Reactions.csv"
	;;
*)
	echo "ligen-quirks: unknown case '$case_'" >&2
	exit 2
	;;
esac
