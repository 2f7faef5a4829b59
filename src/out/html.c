/* html.c - the frame of the HTML reports: labels, numbers, head, style
 * sheet, footer (see html.h). */
#include <math.h>
#include <string.h>

#include "html.h"
#include "ssi/lang.h"
#include "ssi/numfmt.h"
#include "ssi/official.h"
#include "ssi/score.h"
#include "ssi/version.h"
#include "svg.h"
#include "text/advice.h"

const char *const html_pillar_class[4] = { "p0", "p1", "p2", "p3" };



char *
html_fmt(char *buf, size_t n, double x, int d, int lang)
{
	struct numfmt b;
	const char *t;
	size_t len;

	if (d < 0)
		d = 0;
	if (d > 3)
		d = 3;
	if (!isfinite(x) || fabs(x) > 1e12)
		x = 0;
	/* the 2-decimal figure rounded again, as the text report shows it */
	t = numfmt_dec(&b, lang, d < 2 ? round2(x) : x, d);
	len = strlen(t);
	if (n == 0)
		return buf;
	if (len >= n)
		len = n - 1;
	memcpy(buf, t, len);
	buf[len] = '\0';
	return buf;
}

void
html_num(struct out *o, double x, int d, int lang)
{
	char buf[48];

	out_str(o, html_fmt(buf, sizeof buf, x, d, lang));
}

/*
 * The style sheet.  Okabe-Ito colours for the pillars (told apart with
 * colour blindness), text in #1a1a1a and #4a4a4a on white (AA), print on A4
 * with a page per member.
 */
static const char *const css[] = {
":root{color-scheme:light}\n",
"*{box-sizing:border-box}\n",
"body{margin:0;background:#eef1f4;color:#1a1a1a;"
"font:16px/1.45 \"Segoe UI\",\"Helvetica Neue\",Arial,\"Liberation Sans\","
"\"DejaVu Sans\",sans-serif;-webkit-print-color-adjust:exact;"
"print-color-adjust:exact;font-variant-numeric:tabular-nums}\n",
"main{max-width:1200px;margin:0 auto;padding:28px 24px 12px}\n",
"h1{font-size:28px;line-height:1.2;margin:0 0 18px;font-weight:700}\n",
"h2{font-size:26px;line-height:1.2;margin:0;font-weight:700}\n",
"h3{font-size:19px;margin:30px 0 12px;font-weight:700}\n",
"h4{font-size:17px;margin:0 0 8px;font-weight:700}\n",
"p{margin:0 0 8px}\n",
".meta{color:#4a4a4a;margin:6px 0 0;font-size:17px}\n",
".card,.member{background:#fff;border:1px solid #d5dae0;"
"border-radius:14px}\n",
".member{padding:26px 30px 22px;margin:0 0 28px}\n",
".card{padding:16px 18px}\n",
".row{display:grid;gap:22px;margin-top:22px}\n",
".r57{grid-template-columns:minmax(0,5fr) minmax(0,7fr)}\n",
/* before the narrow-screen rule, which stacks it (a rule after that one
 * kept the trend page's two charts side by side at 390 px) */
".r57t{grid-template-columns:minmax(0,7fr) minmax(0,5fr)}\n",
".r11{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}\n",
".cols2{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);"
"gap:6px 34px}\n",
"@media screen and (max-width:760px){.r57,.r57t,.r11,.cols2{grid-template-columns:"
"minmax(0,1fr)}.member{padding:18px 16px}"
"svg.bars .lbl,svg.bars .val{font-size:30px}"
"svg.radar .lbl,svg.radar .val{font-size:24px}"
"svg.hist .val,svg.hist .tick,svg.line .tick,svg.line .val"
"{font-size:24px}}\n",
".ring svg{max-width:340px;margin:0 auto}\n",
".r57>.card{display:flex;flex-direction:column}\n",
".r57>.card>figure{flex:1;display:flex;flex-direction:column;"
"justify-content:center}\n",
".r11>div>h3:first-child{margin-top:2px}\n",
".tick-off{display:inline-block;width:0;height:16px;border-left:3px "
"solid #D55E00;margin-right:8px;vertical-align:-3px}\n",
"figure{margin:0}\n",
"figcaption{font-size:15px;color:#4a4a4a;text-align:center;"
"margin-top:6px}\n",
".card h3{margin:0 0 10px;font-size:17px}\n",
"svg{display:block;width:100%;height:auto;overflow:visible}\n",
"svg text{fill:#1a1a1a;font-family:inherit}\n",
"svg .tick{fill:#4a4a4a;font-size:14px}\n",
"svg .lbl{font-size:18px}\n",
"svg .val{font-size:19px;font-weight:700}\n",
"svg .big{font-size:64px;font-weight:700}\n",
"svg .sub{font-size:17px;fill:#4a4a4a}\n",
"svg .est{font-size:15px;fill:#4a4a4a;letter-spacing:.08em;"
"text-transform:uppercase}\n",
".p0{fill:#0072B2;background:#0072B2;stroke:#0072B2}\n",
".p1{fill:#E69F00;background:#E69F00;stroke:#E69F00}\n",
".p2{fill:#009E73;background:#009E73;stroke:#009E73}\n",
".p3{fill:#CC79A7;background:#CC79A7;stroke:#CC79A7}\n",
".track{fill:#e7eaee}\n",
".gap{fill:none;stroke:#8a96a3;stroke-width:2;stroke-dasharray:4 4}\n",
".grid-l{stroke:#d5dae0;stroke-width:1;fill:none}\n",
".axis{stroke:#8a96a3;stroke-width:1;fill:none}\n",
".s-me{fill:rgba(0,114,178,.16);stroke:#0072B2;stroke-width:3}\n",
"circle.s-me{fill:#0072B2}\n",
".s-off{fill:none;stroke:#D55E00;stroke-width:3;stroke-dasharray:9 5}\n",
"circle.s-off{fill:#D55E00;stroke:none}\n",
".s-ind{fill:none;stroke:#1a1a1a;stroke-width:2;stroke-dasharray:2 4;"
"stroke-linecap:round}\n",
"circle.s-ind{fill:#1a1a1a;stroke:none}\n",
".s-net{fill:none;stroke:#56B4E9;stroke-width:3;"
"stroke-dasharray:12 4 2 4}\n",
"circle.s-net{fill:#56B4E9;stroke:none}\n",
".mark{stroke:#D55E00;stroke-width:3}\n",
".key{display:inline-block;min-width:2.4em;padding:1px 6px;"
"border-radius:6px;background:#eef1f4;font-weight:700;text-align:center;"
"margin-right:8px;font-size:15px}\n",
".sw{display:inline-block;width:14px;height:14px;border-radius:3px;"
"margin-right:8px;vertical-align:-2px}\n",
".ln{display:inline-block;width:28px;height:0;margin-right:8px;"
"vertical-align:4px;border-top:3px solid #0072B2}\n",
".ln.s-off{border-top:3px dashed #D55E00}\n",
".ln.s-ind{border-top:3px dotted #1a1a1a}\n",
".ln.s-net{border-top:3px dashed #56B4E9}\n",
"table{border-collapse:collapse;width:100%;font-size:15px}\n",
"th,td{padding:7px 10px;border-bottom:1px solid #e3e7eb;"
"text-align:left;vertical-align:top}\n",
"th{font-weight:700;color:#333;background:#f6f7f9}\n",
"tbody th{background:none;font-weight:600;white-space:nowrap}\n",
".n{text-align:right;white-space:nowrap}\n",
".actions{list-style:none;padding:0;margin:0;display:grid;"
"grid-template-columns:minmax(0,1fr);gap:12px}\n",
".actions li{display:flex;align-items:center;gap:16px;"
"background:#f6f7f9;border-radius:12px;padding:12px 16px;"
"border-left:6px solid #0072B2}\n",
".actions li.k1{border-left-color:#E69F00}\n",
".actions li.k2{border-left-color:#009E73}\n",
".actions li.k3{border-left-color:#CC79A7}\n",
".actions .g{min-width:2.4em;font-size:30px;font-weight:700;"
"line-height:1.1}\n",
".actions .t{font-size:17px;font-weight:600}\n",
".pillar{margin:0 0 18px}\n",
".pillar h4{display:flex;align-items:center;gap:8px;border-bottom:2px "
"solid #e3e7eb;padding-bottom:6px}\n",
".pillar h4 .n{margin-left:auto;color:#333}\n",
".adv{list-style:none;margin:0;padding:0}\n",
".adv li{padding:8px 0 10px;border-bottom:1px solid #eef0f2}\n",
".adv li:last-child{border-bottom:0}\n",
".adv .hd{display:flex;gap:8px;align-items:baseline;font-weight:600}\n",
".adv .hd .n{margin-left:auto;font-weight:700}\n",
".adv p{margin:4px 0 0;color:#333;font-size:15px}\n",
".done{color:#00704F}\n",
".miss{color:#333}\n",
".miss code,.mono{font-family:\"DejaVu Sans Mono\",\"Liberation Mono\","
"monospace;font-size:14px;background:#eef1f4;padding:1px 5px;"
"border-radius:4px}\n",
"nav.toc{background:#fff;border:1px solid #d5dae0;border-radius:14px;"
"padding:16px 22px;margin:0 0 28px}\n",
"nav.toc ol{margin:6px 0 0;padding-left:22px;columns:2 280px}\n",
"nav.toc a{color:#0b5394}\n",
"footer{color:#4a4a4a;font-size:14px;text-align:center;"
"padding:6px 12px 28px}\n",
".legend{display:flex;flex-wrap:wrap;gap:6px 16px;justify-content:center;"
"font-size:14px;margin-top:8px;color:#333}\n",
".legend span{white-space:nowrap}\n",
/* a long legend (\"real change ...\") wraps on a phone instead of leaving
 * its card */
"@media screen and (max-width:480px){.legend span{white-space:normal}}\n",
".kpi{display:flex;align-items:baseline;gap:14px;margin:4px 0 14px}\n",
".kbig{font-size:64px;font-weight:700;line-height:1}\n",
".ksub{font-size:17px;color:#4a4a4a;line-height:1.35}\n",
".legend.big{font-size:16px;gap:8px 22px;margin-top:14px}\n",
".bar{fill:#3d5a80}\n",
".wide{margin-top:22px}\n",
"table.board{font-size:15px}\n",
"table.board td{vertical-align:middle}\n",
"table.board .nm{font-weight:600}\n",
"table.board .ix{font-weight:700;font-size:16px}\n",
".barc{width:210px}\n",
".nw{white-space:nowrap}\n",
"svg.mini{width:200px;height:14px;display:block}\n",
"tbody tr:nth-child(even) td{background:#fafbfc}\n",
".l-est{fill:none;stroke:#1f3a5f;stroke-width:3.5;stroke-linejoin:round}\n",
".d-est{fill:#1f3a5f;stroke:#fff;stroke-width:1.5}\n",
".l-team{fill:none;stroke:#1f3a5f;stroke-width:3.5;stroke-linejoin:round}\n",
".d-team{fill:#1f3a5f;stroke:#fff;stroke-width:1.5}\n",
".l-off{fill:none;stroke:#D55E00;stroke-width:3;stroke-dasharray:9 5}\n",
".l-p0,.l-p1,.l-p2,.l-p3{fill:none;stroke-width:2.5;"
"stroke-linejoin:round}\n",
".l-p0{stroke:#0072B2;fill:#0072B2}.l-p1{stroke:#E69F00;fill:#E69F00}"
".l-p2{stroke:#009E73;fill:#009E73}.l-p3{stroke:#CC79A7;fill:#CC79A7}\n",
"polyline.l-p0,polyline.l-p1,polyline.l-p2,polyline.l-p3{fill:none}\n",
".o-p{stroke-dasharray:9 5}\n",
".ln.l-p0{border-top-color:#0072B2}.ln.l-p1{border-top-color:#E69F00}"
".ln.l-p2{border-top-color:#009E73}.ln.l-p3{border-top-color:#CC79A7}\n",
".ln{border-top-color:#1f3a5f}.ln.s-me{border-top-color:#0072B2}\n",
".up{fill:#007a55}.down{fill:#c0392b}\n",
".up-o,.down-o{fill:#fff;stroke:#D55E00;stroke-width:2}\n",
".d-off{fill:#D55E00}\nsvg .vo{fill:#a04000}\n",
".cu{color:#00704F}.cd{color:#b03a2e}\n",
".movers{list-style:none;margin:0 0 12px;padding:0}\n",
".movers li{display:flex;justify-content:space-between;gap:12px;"
"padding:8px 0;border-bottom:1px solid #eef0f2;font-size:17px}\n",
".movers a{color:#0b5394}.movers .none{color:#4a4a4a}\n",
".card>h3+ol.movers{margin-top:0}\n",
"table.snaps td,table.snaps th{padding:6px 8px}\n",
/* the digest's tables fit a phone's card: less padding, and a change
 * with its label may take two lines */
"@media screen and (max-width:600px){table.dg{font-size:14px}table.dg td,table.dg th"
"{padding:6px 4px}table.dg td.n{white-space:normal}}\n",
"table.snaps .ch{color:#4a4a4a;font-size:14px}\n",
".teamt{break-after:page}\n",
"svg.line .tick{font-size:15px}\n",
/* a chart drawn twice (html_trend.c): the narrow one on a phone, its
 * labels sized for a viewBox about as wide as the card (after the rules
 * above, which it overrides) */
"svg.line.c-narrow{display:none}\n"
"@media screen and (max-width:600px){svg.line.c-wide{display:none}"
"svg.line.c-narrow{display:block}svg.line.c-narrow .tick{font-size:17px}"
"svg.line.c-narrow .val{font-size:20px}}\n",
"table.snaps th[colspan]{text-align:center}\n",
"table.snaps td.vo{color:#a04000}\n"
"table.snaps.both td,table.snaps.both th{padding:6px 4px}\n"
"table.snaps th .sub{font-weight:400;color:#4a4a4a;font-size:13px}\n",
".sr{position:absolute;width:1px;height:1px;overflow:hidden;"
"clip:rect(0 0 0 0);white-space:nowrap}\n",
"svg.scatter{max-width:860px;margin:0 auto}\n",
"svg.scatter .ptitle{font-size:18px;font-weight:700}\n",
"svg.scatter .pgap{font-size:17px;fill:#4a4a4a}"
"svg.scatter .pgap.good{fill:#00704F;font-weight:700}\n",
"svg.scatter .aname{font-size:14px;fill:#4a4a4a}"
"svg.scatter .tick{font-size:13px}\n",
"table.calt tbody tr:nth-child(even) th{background:#fafbfc}\n",
".plot{fill:#fbfcfd;stroke:#d5dae0}\n",
".diag{stroke:#1a1a1a;stroke-width:2;stroke-dasharray:7 5}\n",
".dot{fill-opacity:.55;stroke-width:1}\n",
".dot.before{fill:#8a96a3;stroke:#5f6b78}\n",
".cdot{display:inline-block;width:12px;height:12px;border-radius:50%;"
"margin-right:4px;vertical-align:-1px;opacity:.75}\n",
".cdot.before{background:#8a96a3}\n",
".ln.cdiag{border-top:2px dashed #1a1a1a}\n",
"table.calt td.gbest{color:#00704F;font-weight:700}\n",
"table.calt td.chg{font-weight:700}\n",
"table.calt tr.sub th{font-weight:400;color:#4a4a4a;font-size:13px}\n",
"table.calt a{color:inherit;text-decoration:none}\n",
"table.calt th.wrap,table.calt tbody th{white-space:normal}"
".tscroll{overflow-x:auto}\n",
"@media screen and (max-width:760px){svg.scatter .tick,"
"svg.scatter .aname{font-size:20px}svg.scatter .ptitle,"
"svg.scatter .pgap{font-size:24px}}\n",
"table.calt th.wrap{white-space:normal}"
"table.calt th[colspan]{text-align:center}.calsum{margin-bottom:28px}\n",
"h2 .sw{width:18px;height:18px}\n",
/* a long word (a 3,000-character name) breaks instead of pushing the
 * figures off the card; names are <bdi> */
"body{overflow-wrap:break-word}"
"bdi{unicode-bidi:isolate;overflow-wrap:anywhere}\n",
"table.board td.nm{width:30%;min-width:9em}table.board td.gr{max-width:14em;min-width:7.5em}\n",
"table.board .nm bdi,table.board .gr bdi,h2 bdi{display:-webkit-box;-webkit-box-orient:vertical;"
"-webkit-line-clamp:3;overflow:hidden}\n",
"nav.toc bdi,.meta bdi{display:-webkit-inline-box;-webkit-box-orient:vertical;"
"-webkit-line-clamp:2;overflow:hidden;vertical-align:top}\n",
/* a phone: each row of a board is a card (rank, name and index on the
 * first line, the bar under them, the other cells labelled), nothing
 * scrolls sideways */
"@media screen and (max-width:600px){"
"table.board thead{position:absolute;width:1px;height:1px;overflow:hidden;"
"clip:rect(0 0 0 0)}"
"table.board,table.board tbody{display:block;width:100%}"
"table.board tr{display:flex;flex-wrap:wrap;align-items:baseline;"
"gap:4px 12px;padding:10px 4px;border-bottom:1px solid #e3e7eb}"
"table.board td{display:block;border:0;padding:0;background:none}"
"tbody tr:nth-child(even) td{background:none}"
"table.board tr:nth-child(even){background:#fafbfc}"
"table.board td.nm{flex:1 1 0;min-width:0;font-size:17px}"
"table.board td.ix{order:1;font-size:19px}"
"table.board td.barc{order:2;flex:1 1 100%;width:auto}"
"table.board td[data-l]{order:3;font-size:14px;white-space:normal}"
"table.board td[data-l]::before{content:attr(data-l) \": \";"
"color:#4a4a4a}"
"table.board td.nx{flex:1 1 100%}"
"table.board td.ixo{order:1;font-size:19px}"
/* its label as small as the others', so that the name keeps its room */
"table.board td.ixo::before{font-size:14px}}\n",
"table.board td.vo{color:#a04000}\n",
".pages{display:flex;flex-direction:column}.pages>nav.toc{order:-1}\n",
".asof{margin:-10px 0 14px}.rejected{margin:0 0 18px;"
"border-left:6px solid #D55E00}.rejected p{margin:0 0 4px;font-weight:600}"
".rejected ul{margin:0;padding-left:20px;font-size:15px;color:#333}"
"td.dt{white-space:nowrap}\n",
"@page{size:A4;margin:12mm}\n",
"@media print{body{background:#fff;font-size:10pt}"
"main{max-width:none;padding:0}"
".member{border:0;border-radius:0;padding:0;margin:0;"
"break-before:page}"
".member:first-of-type{break-before:auto}"
"nav.toc{break-after:page;border:0;padding:0}"
".card{border-color:#c5ccd3}"
".row{gap:12px;margin-top:12px}"
".r57{grid-template-columns:minmax(0,5fr) minmax(0,7fr)}"
".r11,.cols2{grid-template-columns:minmax(0,1fr) minmax(0,1fr)}"
".r57t{grid-template-columns:minmax(0,7fr) minmax(0,5fr)}"
".cols2{gap:4px 20px}"
".advice{break-before:page}.advice>h3:first-child{margin-top:0}"
".ring svg{max-width:190px}svg.radar{max-width:250px;margin:0 auto}"
"svg.bars .lbl,svg.bars .val{font-size:25px}"
"svg.radar .lbl,svg.radar .val{font-size:24px}"
"svg.hist .val,svg.hist .tick,svg.line .tick,svg.line .val"
"{font-size:20px}"
".r11>div>h3{margin-top:8px}.actions{gap:6px}"
".miss{font-size:9pt;margin-bottom:4px}.miss code{font-size:8pt}"
".card.wide{break-inside:auto}.card.wide.groups{break-inside:avoid}"
"table.board{font-size:8.5pt}"
"table.board .ix{font-size:9pt}.barc{width:112px}"
"table.board td.nm{width:auto;min-width:9em}table.board td.gr{min-width:7.5em}"
"svg.mini{width:104px;height:10px}.kbig{font-size:36pt}"
"h1{font-size:18pt;margin-bottom:10px}h2{font-size:16pt}"
"h3{font-size:12pt;margin:14px 0 8px}h4{font-size:11pt}"
".meta{font-size:10pt}.card{padding:10px 12px}"
".actions li{padding:6px 10px}.actions .g{font-size:16pt}"
".actions .t{font-size:10pt}"
".adv p{font-size:8.5pt;line-height:1.3;margin-top:2px}"
".adv .hd{font-size:9.5pt}.adv li{padding:4px 0 5px}"
".pillar{margin-bottom:8px}.pillar h4{padding-bottom:3px;margin-bottom:4px}"
".key{font-size:8.5pt}"
"table{font-size:9.5pt}th,td{padding:4px 8px}"
"figcaption,.legend{font-size:9pt}"
"figure,.card,tr,.actions li,.adv li,h3,h4{break-inside:avoid}"
"h3,h4{break-after:avoid}"
".member.calp{break-before:page}svg.scatter{max-width:135mm}"
".tscroll{overflow:visible}"
"footer{padding:4px 0 0;font-size:8pt}footer p{margin:0}}\n",
};

void
html_bdi(struct out *o, const char *s, size_t n)
{
	out_str(o, "<bdi>");
	svg_esc(o, s, n);
	out_str(o, "</bdi>");
}

void
html_bdis(struct out *o, const char *s)
{
	html_bdi(o, s, strlen(s));
}

void
html_begin(struct out *o, int lang, const char *title)
{
	size_t i;

	out_str(o, "<!DOCTYPE html>\n<html lang=\"");
	out_str(o, lang_code(lang));
	out_str(o, "\">\n<head>\n<meta charset=\"utf-8\"/>\n"
	    "<meta http-equiv=\"Content-Security-Policy\" content=\""
	    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
	    "base-uri 'none'; form-action 'none'\"/>\n"
	    "<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1\"/>\n"
	    "<meta name=\"referrer\" content=\"no-referrer\"/>\n<title>");
	svg_escs(o, title);
	out_str(o, "</title>\n<style>\n");
	for (i = 0; i < sizeof css / sizeof css[0]; i++)
		out_str(o, css[i]);
	out_str(o, "</style>\n</head>\n<body>\n<main>\n");
}

void
html_end(struct out *o, int lang, const char *model_id)
{
	out_str(o, "</main>\n<footer><p>ssi " SSI_VERSION " \xc2\xb7 ");
	out_str(o, msg(lang, M_MODEL));
	out_char(o, ' ');
	svg_escs(o, model_id);
	out_str(o, "</p><p>");
	svg_escs(o, html_label(lang, H_FOOTER));
	out_str(o, "</p></footer>\n</body>\n</html>\n");
}

/* An official figure as recorded (up to 3 decimals, ssi.7 OFFICIAL FIGURES),
 * aligned on the decimal mark in a right-aligned cell: the missing
 * decimals as figure spaces (U+2007), a missing mark as a punctuation
 * space (U+2008), the page's digits being tabular. */
void
html_official_fig(struct out *o, int64_t v, int lang)
{
	char buf[32];
	const char *mark;
	size_t dec;

	numfmt_mark(official_fmt(v, buf, sizeof buf), lang);
	out_str(o, buf);
	mark = strpbrk(buf, ".,");
	dec = mark ? strlen(mark + 1) : 0;
	if (mark == NULL)
		out_str(o, "\xe2\x80\x88");
	for (; dec < 3; dec++)
		out_str(o, "\xe2\x80\x87");
}
