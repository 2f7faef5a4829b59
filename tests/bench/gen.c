/*
 * gen - deterministic CSV of synthetic profiles for `make bench`.
 *
 * usage: gen N [--numeric]
 *
 * Writes a header with every input field (shared/spec/input.md, in order) and N
 * rows to stdout.  The same N always gives the same bytes: the PRNG is a fixed-seed
 * splitmix64, floating point is not used, and nothing depends on the locale.
 * Every row satisfies the consistency rules of input.md.  --numeric leaves the text
 * fields name, industry, location, headline and summary empty (id, as_of and the
 * rest stay).  Text fields are quoted as RFC 4180 needs; some names and summaries
 * hold commas, quotes and (summaries) line breaks, as real exports do.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define OUTBUF (1 << 20)

static char out[OUTBUF + 4096];
static size_t outlen;

static void
flush(void)
{
	if (outlen > 0 && fwrite(out, 1, outlen, stdout) != outlen) {
		fprintf(stderr, "gen: write: %s\n", strerror(errno));
		exit(1);
	}
	outlen = 0;
}

/* Every row stays well under 4096 bytes, so one check per row is enough. */
static void
room(void)
{
	if (outlen >= OUTBUF)
		flush();
}

static void
put(const char *s, size_t n)
{
	memcpy(out + outlen, s, n);
	outlen += n;
}

static void
puts_(const char *s)
{
	put(s, strlen(s));
}

static void
putch(char c)
{
	out[outlen++] = c;
}

static void
putnum(uint64_t v)
{
	char tmp[24];
	size_t i = sizeof tmp;

	do {
		tmp[--i] = (char)('0' + v % 10);
		v /= 10;
	} while (v > 0);
	put(tmp + i, sizeof tmp - i);
}

/* A text field, quoted when it holds a comma, quote or line break. */
static void
putfield(const char *s, size_t n)
{
	size_t i;

	if (strcspn(s, ",\"\r\n") >= n) {
		put(s, n);
		return;
	}
	putch('"');
	for (i = 0; i < n; i++) {
		if (s[i] == '"')
			putch('"');
		putch(s[i]);
	}
	putch('"');
}

static uint64_t seed = 0x5551c0ffee2026ULL;

static uint64_t
next(void)
{
	uint64_t z = (seed += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* Uniform in [0, n); the bias for n far below 2^64 does not matter here. */
static uint64_t
below(uint64_t n)
{
	return n ? next() % n : 0;
}

static uint64_t
range(uint64_t lo, uint64_t hi)
{
	return lo + below(hi - lo + 1);
}

/* Skewed towards 0: the product of k uniforms in [0, max], most values small. */
static uint64_t
skew(uint64_t max, int k)
{
	uint64_t v = max;

	while (k-- > 0)
		v = v * below(1001) / 1000;
	return v;
}

/* A fraction lo..hi per mille of n. */
static uint64_t
part(uint64_t n, unsigned lo, unsigned hi)
{
	return n * range(lo, hi) / 1000;
}

#define PICK(a) (a[below(sizeof a / sizeof a[0])])

static const char *const first[] = {
	"José", "María", "Ana", "Lucía", "Jürgen", "François", "Zoë", "Søren",
	"Łukasz", "Chloé", "Ángel", "Inês", "João", "Núria", "Björn", "Émilie",
	"James", "Emma", "Olivia", "Liam", "Noah", "Sophia", "Mateo", "Valentina",
	"Priya", "Rahul", "Wei", "Yuki", "Aisha", "Omar", "Fatma", "Nikolai",
	"Carlos", "Laura", "David", "Sarah", "Michael", "Anna", "Pedro", "Elena",
};

static const char *const last[] = {
	"García", "Fernández", "López", "Martínez", "Müller", "Dubois", "Šimková",
	"Kowalski", "Nørgaard", "Gonçalves", "Peña", "Ibáñez", "Smith", "Johnson",
	"Brown", "Williams", "Jones", "Taylor", "O'Brien", "Nguyen", "Kim", "Patel",
	"Sharma", "Rossi", "Bianchi", "Schmidt", "Novak", "Jensen", "Silva",
	"Santos", "Herrera", "Castro", "Yılmaz", "Ivanova", "Tanaka", "Chen",
};

static const char *const nick[] = {
	"Pepe", "Mayte", "Chema", "Bob", "Liz", "Toni", "Kiko", "Sasha",
};

static const char *const industry[] = {
	"Information Technology & Services", "Computer Software",
	"Financial Services", "Marketing & Advertising", "Staffing & Recruiting",
	"Hospital & Health Care", "Management Consulting", "Telecommunications",
	"Real Estate", "Higher Education", "Retail", "Construction",
};

static const char *const location[] = {
	"Madrid, Spain", "Barcelona, Spain", "São Paulo, Brazil",
	"Zürich, Switzerland", "Kraków, Poland", "New York, NY, United States",
	"San Francisco Bay Area", "London, England, United Kingdom",
	"Bogotá, Colombia", "Ciudad de México, Mexico", "Berlin, Germany",
	"Paris, Île-de-France, France", "Toronto, Ontario, Canada",
	"Bengaluru, Karnataka, India", "Sydney, New South Wales, Australia",
	"Remote", "Lisboa, Portugal", "Düsseldorf, Germany",
};

static const char *const role[] = {
	"Account Executive", "Senior Account Executive", "Sales Manager",
	"Business Development Representative", "Head of Sales", "VP of Sales",
	"Key Account Manager", "Customer Success Manager", "Founder & CEO",
	"Sales Director", "Regional Sales Manager", "Ejecutivo de Cuentas",
	"Directora Comercial", "Solutions Consultant", "Recruiter",
	"Marketing Manager", "Growth Lead", "Partner",
};

static const char *const company[] = {
	"Acme Corp", "Globex", "Initech", "Umbrella Analytics", "Telefónica",
	"Banco Ñandú", "Nordwind GmbH", "Soylent Foods", "Hooli", "Stark Industries",
	"Wayne Enterprises", "Cyberdyne Systems", "Vandelay Industries",
	"Pied Piper", "Aperture Labs", "Monsters, Inc.",
};

static const char *const tagline[] = {
	"Helping B2B teams grow revenue", "SaaS", "Enterprise sales",
	"Public speaker", "Ex-Google", "MBA", "Building high-performing teams",
	"Social selling advocate", "Ayudo a empresas a vender más",
	"Cloud & AI", "We're hiring!", "Fintech", "Mentor", "Runner",
	"Views are my own", "Data-driven growth", "Customer obsessed",
};

static const char *const sentence[] = {
	"I help sales teams turn LinkedIn into a pipeline, one conversation at a time.",
	"Over 10 years in B2B sales across EMEA and LATAM.",
	"Previously at a Series B startup, where I built the outbound team from zero.",
	"My philosophy: listen first, pitch later.",
	"Specialties: enterprise SaaS, negotiation, \"value selling\", MEDDIC.",
	"Apasionado por la tecnología, las personas y los datos.",
	"When I'm not closing deals, you'll find me hiking or cooking paella.",
	"Let's connect if you work in RevOps, sales enablement or partnerships.",
	"Speaker at SaaStr, Web Summit and several local meetups.",
	"Je parle français, español et English.",
	"Quota attainment: 130% in 2024, 118% in 2025.",
	"DMs are open — ask me anything about social selling.",
	"Creo en el \"win-win\" y en relaciones a largo plazo.",
	"Certified in Salesforce, HubSpot & Sales Navigator.",
};

static const unsigned mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

static void
name(void)
{
	char buf[128];
	const char *f, *l, *l2, *k;
	unsigned r;
	int n;

	/* One draw per statement: argument evaluation order is unspecified. */
	f = PICK(first);
	l = PICK(last);
	l2 = PICK(last);
	k = PICK(nick);
	r = (unsigned)below(100);

	if (r < 2)		/* "Last, First" */
		n = snprintf(buf, sizeof buf, "%s, %s", l, f);
	else if (r < 3)		/* a nickname in quotes */
		n = snprintf(buf, sizeof buf, "%s \"%s\" %s", f, k, l);
	else if (r < 15)	/* two surnames */
		n = snprintf(buf, sizeof buf, "%s %s %s", f, l, l2);
	else
		n = snprintf(buf, sizeof buf, "%s %s", f, l);
	putfield(buf, (size_t)n);
}

/* 20-120 bytes (ASCII and multi-byte pieces alike stay whole). */
static void
headline(void)
{
	char buf[256];
	size_t n, want = (size_t)range(20, 120);
	const char *t, *c;

	t = PICK(role);
	c = PICK(company);
	n = (size_t)snprintf(buf, sizeof buf, "%s at %s", t, c);
	while (n < want) {
		t = PICK(tagline);
		if (n + 3 + strlen(t) > 120)
			break;
		n += (size_t)snprintf(buf + n, sizeof buf - n, " | %s", t);
	}
	putfield(buf, n);
}

/* 0-400 bytes of sentences, some paragraphs apart. */
static void
summary(void)
{
	char buf[512];
	size_t n = 0, want, len;
	const char *s;

	want = below(10) == 0 ? 0 : (size_t)range(40, 400);
	for (;;) {
		s = PICK(sentence);
		len = strlen(s);
		if (n + 2 + len > want)
			break;
		if (n > 0) {
			if (below(6) == 0) {
				buf[n++] = '\n';
				buf[n++] = '\n';
			} else {
				buf[n++] = ' ';
			}
		}
		memcpy(buf + n, s, len);
		n += len;
	}
	putfield(buf, n);
}

static void
row(uint64_t i, int numeric)
{
	uint64_t conn, period, viewers, msgs, sent, posts, month, v;

	room();
	putch('p');
	if (i < 1000000) {	/* p0000001 */
		char tmp[8];
		int k;

		for (k = 6; k >= 0; k--, i /= 10)
			tmp[k] = (char)('0' + i % 10);
		put(tmp, 7);
	} else {
		putnum(i);
	}
	putch(',');
	if (!numeric)
		name();
	putch(',');
	if (!numeric)
		puts_(PICK(industry));
	putch(',');
	if (!numeric) {
		const char *loc = PICK(location);

		putfield(loc, strlen(loc));
	}
	putch(',');
	month = range(1, 12);
	puts_("2026-");
	putch((char)('0' + month / 10));
	putch((char)('0' + month % 10));
	putch('-');
	{
		uint64_t d = range(1, mdays[month - 1]);

		putch((char)('0' + d / 10));
		putch((char)('0' + d % 10));
	}
	putch(',');
	if (!numeric)
		headline();
	putch(',');
	if (!numeric)
		summary();
	putch(',');
	puts_(below(10) < 8 ? "true" : "false");

	/* Profile state. */
	putch(','); putnum(range(0, 12));		/* positions */
	putch(','); putnum(range(0, 4));		/* education */
	putch(','); putnum(range(0, 50));		/* skills */
	putch(','); putnum(skew(800, 2));		/* endorsements */
	putch(','); putnum(skew(30, 3));		/* recommendations */
	putch(','); putnum(range(0, 10));		/* media */
	putch(','); putnum(skew(60, 4));		/* articles */
	conn = 10 + skew(30000, 3);
	putch(','); putnum(conn);			/* connections */
	putch(','); putnum(part(conn, 50, 600));	/* target_connections */
	putch(','); putnum(part(conn, 20, 350));	/* senior_connections */
	putch(','); putnum(part(conn, 0, 150));		/* colleague_connections */
	v = part(conn, 900, 1400);
	putch(','); putnum(v + skew(5000, 4));		/* followers */
	putch(','); putnum(range(0, 60));		/* groups */

	/* Activity over period_days. */
	{
		unsigned r = (unsigned)below(10);

		period = r < 8 ? 30 : r < 9 ? 7 : 90;
	}
	putch(','); putnum(period);
	putch(','); putnum(skew(period * 10, 2));	/* searches */
	putch(','); putnum(skew(period * 5, 2));	/* second_degree_contacts */
	viewers = skew(period * 15, 2);
	putch(','); putnum(viewers);			/* profile_viewers */
	putch(','); putnum(part(viewers, 0, 500));	/* viewers_contacted */
	posts = skew(period / 2 + 1, 2);
	putch(','); putnum(posts);			/* posts */
	putch(','); putnum(skew(period, 2));		/* shares */
	putch(','); putnum(skew(period * 3, 2));	/* comments */
	putch(','); putnum(skew(period * 10, 2));	/* reactions */
	putch(','); putnum(skew(period, 3));		/* group_posts */
	putch(','); putnum(range(0, period));		/* active_days */
	msgs = skew(period * 4, 2);
	putch(','); putnum(msgs);			/* messages_received */
	putch(','); putnum(part(msgs, 300, 1000));	/* messages_replied */
	sent = skew(period * 5, 2);
	putch(','); putnum(sent);			/* invitations_sent */
	putch(','); putnum(part(sent, 150, 800));	/* invitations_accepted */
	putch(','); putnum(part(sent, 0, 1000));	/* invitations_personalized */
	v = posts * range(0, 80);
	putch(','); putnum(v + skew(50, 3));		/* engagement_received */
	putch('\n');
}

static void
usage(void)
{
	fputs("usage: gen N [--numeric]\n", stderr);
	exit(2);
}

int
main(int argc, char **argv)
{
	uint64_t i, n;
	int numeric = 0;
	char *end;

	if (argc < 2 || argc > 3)
		usage();
	if (argc == 3) {
		if (strcmp(argv[2], "--numeric") != 0)
			usage();
		numeric = 1;
	}
	errno = 0;
	n = strtoull(argv[1], &end, 10);
	if (errno || end == argv[1] || *end != '\0' || argv[1][0] == '-')
		usage();

	puts_("id,name,industry,location,as_of,headline,summary,photo,positions,"
	    "education,skills,endorsements,recommendations,media,articles,"
	    "connections,target_connections,senior_connections,"
	    "colleague_connections,followers,groups,period_days,searches,"
	    "second_degree_contacts,profile_viewers,viewers_contacted,posts,"
	    "shares,comments,reactions,group_posts,active_days,messages_received,"
	    "messages_replied,invitations_sent,invitations_accepted,"
	    "invitations_personalized,engagement_received\n");
	for (i = 1; i <= n; i++)
		row(i, numeric);
	flush();
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "gen: write: %s\n", strerror(errno));
		return 1;
	}
	return 0;
}
