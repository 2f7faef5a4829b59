#!/bin/sh
# tests/html/check.sh FILE... - the rules of report-html.md that a parser
# can check, for every page the tests write; prints one line per problem
# and exits 1 when there is any:
#   - the page is well-formed (xmllint, an XML parser: the pages are XHTML
#     compatible) and starts with <!DOCTYPE html>;
#   - <html lang>, <title>, a Content-Security-Policy meta with
#     default-src 'none', a <title> in every <svg>;
#   - nothing that runs or loads: no script, link, img, iframe, object,
#     embed, base, form element, no on* attribute;
#   - no "http:", "https:" or "//" in an attribute or in the style sheet
#     (plain text may say anything).
set -u
status=0
bad() { echo "$1: $2"; status=1; }
for f in "$@"; do
	if ! xmllint --noout --nonet "$f" 2>"$f.xmlerr"; then
		bad "$f" "not well-formed: $(head -3 "$f.xmlerr")"
		rm -f "$f.xmlerr"
		continue
	fi
	rm -f "$f.xmlerr"
	head -c 15 "$f" | grep -q '^<!DOCTYPE html>' || bad "$f" "no <!DOCTYPE html>"
	n() { xmllint --nonet --xpath "$1" "$f" 2>/dev/null; }
	[ "$(n 'count(/html[@lang="en" or @lang="es"])')" = 1 ] ||
	    bad "$f" "no lang attribute on <html>"
	[ "$(n 'count(/html/head/title)')" = 1 ] || bad "$f" "no <title>"
	[ "$(n 'count(//meta[@http-equiv="Content-Security-Policy"][contains(@content,"default-src '"'"'none'"'"'")])')" = 1 ] ||
	    bad "$f" "no Content-Security-Policy meta forbidding loads"
	[ "$(n 'count(//svg[not(title)])')" = 0 ] || bad "$f" "an <svg> without <title>"
	k=$(n 'count(//script|//link|//img|//iframe|//object|//embed|//base|//form|//image|//use|//foreignObject|//@*[starts-with(name(),"on")]|//@href[not(starts-with(.,"#"))]|//@src)')
	[ "$k" = 0 ] || bad "$f" "$k elements or attributes that run or load"
	if n '//@*' | grep -Eq 'https?:|//'; then
		bad "$f" "a remote reference in an attribute: $(n '//@*' | grep -Eo '[a-z-]+="[^"]*(https?:|//)[^"]*"' | head -1)"
	fi
	if n '//style/text()' | grep -Eq 'https?:|//|@import|url\('; then
		bad "$f" "a remote reference in the style sheet"
	fi
done
exit $status
