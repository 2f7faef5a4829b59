#!/bin/sh
# tests/browser/chart-labels.sh WIDTH PAGE.html - the line charts of an HTML
# page as headless Chromium shows them in a frame WIDTH px wide: how many
# are shown (wide or narrow, html_trend.c), the smallest label as rendered
# (its font size times the chart's scale), and how many date labels run
# into their neighbour.  The page's script ban is dropped so that a script
# can measure it; the frame is tall enough for no scroll bar.  Prints one
# line: "N wide, N narrow shown; smallest label X px; overlapping dates N".
set -u
w=$1 page=$2
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
sed 's/<meta http-equiv="Content-Security-Policy"[^>]*>//' "$page" > "$tmp/p.html"
cat >> "$tmp/p.html" <<'JS'
<script>
var wide = 0, narrow = 0, small = 1e9, over = 0;
document.querySelectorAll('svg.line').forEach(function (s) {
	if (s.getBoundingClientRect().width == 0)
		return;		/* not shown at this width */
	if (s.classList.contains('c-narrow'))
		narrow++;
	else
		wide++;
	var k = s.getScreenCTM().a, prev = null;
	s.querySelectorAll('text').forEach(function (t) {
		var px = parseFloat(getComputedStyle(t).fontSize) * k;
		if (px < small)
			small = px;
	});
	/* the date labels, under the axis, left to right */
	s.querySelectorAll('text.tick[text-anchor=middle]').forEach(function (t) {
		var b = t.getBoundingClientRect();
		if (prev && b.left < prev.right)
			over++;
		prev = b;
	});
});
parent.document.body.setAttribute('data-r', wide + ' wide, ' + narrow +
    ' narrow shown; smallest label ' + Math.floor(small) +
    ' px; overlapping dates ' + over);
</script>
JS
printf '<html><body style="margin:0"><iframe src="p.html" width="%s" height="30000" style="border:0"></iframe></body></html>\n' "$w" > "$tmp/w.html"
timeout 180 chromium --headless --no-sandbox --disable-gpu \
    --allow-file-access-from-files --user-data-dir="$tmp/prof" \
    --virtual-time-budget=3000 --dump-dom "file://$tmp/w.html" 2>/dev/null |
    grep -o 'data-r="[^"]*"' | sed 's/^data-r="//; s/"$//'
