/*
 * advice.c - the advice catalogue in English, Spanish and Portuguese (see
 * advice.h).
 *
 * Each language is one struct pack: titles, what to do per key, figure
 * templates per signal of the default model, the generic templates used for
 * any other signal (custom models), and the words of A1-style items.
 *
 * Templates: "{x}" prints variable x; "{x:one|other}" expands "one" when x
 * prints as "1" and "other" otherwise, "{x:one|other|zero}" "zero" when x
 * prints as "0" (placeholders nest).  Numeric
 * variables: a, b (the raw inputs), p (period_days), t, l (target, lo),
 * T, L, V (target, lo and value as whole percentages), n, N, u, x (items
 * satisfied, in total, unmet, unknown; u is 1 only when the unmet list is
 * one thing in the singular, so that a verb agrees with it: "falta un
 * titular", "faltan al menos 3 puestos"), min, max (an item's bounds).  Text
 * variables: f0, f1 (input field names), what, list, set, noun, ns, np.
 *
 * A field is named as a sheet in the pack's language names its column
 * (fieldhelp.c's field_name: "busquedas", "pesquisas"; the English key in
 * English), which the readers and --set take too.
 */
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "advice.h"
#include "ssi/catalog.h"
#include "fieldhelp.h"
#include "ssi/numfmt.h"

enum shape { SH_MONTH, SH_COUNT, SH_RATIO, SH_FLAG, SH_COUNT_ };

/* Texts of one signal of the default model, used only when the model's
 * signal of that name has the same inputs and kind of curve. */
struct sig_text {
	const char *name;
	const char *what;	/* object of "No data on ..." */
	const char *fig;	/* the member's figure */
	const char *goal;	/* the target; NULL: the generic one */
	const char *no_data;	/* ratio with a zero base; NULL: generic */
};

/* Words for an item field: noun (text), ns/np (counts), filled (present,
 * no bound worth saying). */
struct item_text {
	int field;
	const char *noun, *ns, *np, *filled;
};

struct pack {
	const char *pillar[P_COUNT];
	const char *key[MODEL_KEYS];
	const char *action[MODEL_KEYS];	/* what to do, per key */
	const struct sig_text *sig;	/* ends with a NULL name */
	const struct item_text *item;	/* ends with field -1 */
	const char *fig[SH_COUNT_], *goal[SH_COUNT_], *band[SH_COUNT_];
	const char *no_data, *missing, *set_many, *and_word;
	const char *missing_export;	/* fields LinkedIn's export lacks */
	const char *missing_target;	/* target_connections of an export */
	const char *nor_word;		/* joins the last of a negated list */
	const char *hint[FT_PERIOD + 1];	/* --set value, by field type */
	const char *items_fig, *items_all, *items_unmet, *items_unknown;
	const char *text_range, *text_min, *text_max;
	const char *cnt_range, *cnt_min, *cnt_max, *filled;
	const char *done, *no_key;
	int lang;			/* numbers are written its way */
};

#define IN_LAST_EN "in the last {p:day|{p} days}"
#define MONTH_EN "about {t} a month earns full points"
#define COUNT_EN "{t} earns full points"
#define IN_LAST_ES "en {p:el último día|los últimos {p} días}"
#define MONTH_F_ES "{t:una al mes da|unas {t} al mes dan} la puntuación completa"
#define MONTH_M_ES "{t:uno al mes da|unos {t} al mes dan} la puntuación completa"
#define COUNT_ES "con {t} tienes la puntuación completa"

static const struct sig_text sig_en[] = {
	{ "completeness", "your profile sections", NULL, NULL, NULL },
	{ "photo", "your profile photo",
	  "{a:You have a profile photo|No profile photo yet}",
	  "a professional photo earns full points", NULL },
	{ "media", "your rich media",
	  "{a:1 rich media item|{a} rich media items|No rich media} on your "
	  "profile", COUNT_EN, NULL },
	{ "recommendations", "your recommendations",
	  "{a:1 recommendation|{a} recommendations|No recommendations yet}",
	  COUNT_EN, NULL },
	{ "endorsements", "your skill endorsements",
	  "{a:1 skill endorsement|{a} skill endorsements|No skill endorsements "
	  "yet}", COUNT_EN, NULL },
	{ "articles", "your articles",
	  "{a:1 article|{a} articles|No articles} published on LinkedIn",
	  COUNT_EN, NULL },
	{ "second_degree_contacts", "your 2nd-degree contacts",
	  "{a:1 person|{a} people|Nobody} in your 2nd-degree network contacted "
	  "or invited " IN_LAST_EN, MONTH_EN, NULL },
	{ "searches", "your people searches",
	  "{a:1 people search|{a} people searches|No people searches} "
	  IN_LAST_EN, MONTH_EN, NULL },
	{ "target_share", "your target audience",
	  "{b:Your one connection {a:is|is not}|{a:1 of your {b} connections "
	  "is|{a} of your {b} connections are|None of your {b} connections "
	  "are}} in your target audience ({V}%)",
	  "about {T}% earns full points",
	  "No connections yet: start by connecting with people in your "
	  "target audience." },
	{ "viewer_follow_up", "your profile viewers",
	  "{b:{a:You followed up|You did not follow up} with your one profile "
	  "viewer|{a:1|{a}|None} of {b} profile viewers followed up} ({V}%)",
	  "following up about {T}% earns full points",
	  "No profile viewers recorded in the period: be visible first "
	  "(post, comment), then follow up with those who look at your "
	  "profile." },
	{ "posts", "your posts",
	  "{a:1 post|{a} posts|No posts} of your own " IN_LAST_EN, MONTH_EN,
	  NULL },
	{ "shares", "your shares",
	  "{a:1 share|{a} shares|No shares} of others' content " IN_LAST_EN,
	  MONTH_EN, NULL },
	{ "comments", "your comments",
	  "{a:1 comment|{a} comments|No comments} on others' posts "
	  IN_LAST_EN, MONTH_EN, NULL },
	{ "reactions", "your reactions",
	  "{a:1 reaction|{a} reactions|No reactions} " IN_LAST_EN, MONTH_EN,
	  NULL },
	{ "active_days", "your active days",
	  "{b:{a:Active|Not active} on the last day|{a:Active on 1|Active on "
	  "{a}|Not active on any} of the last {b} days} ({V}%)",
	  "being active on about {T}% of days earns full points", NULL },
	{ "reply_rate", "your replies to messages",
	  "{b:{a:You answered|You did not answer} the one message you "
	  "received|{a:1|{a}|None} of {b} messages answered} ({V}%)",
	  "answering about {T}% earns full points",
	  "No messages received in the period, so there is nothing to answer "
	  "yet." },
	{ "groups", "your groups",
	  "{a:Member of 1 group|Member of {a} groups|Not a member of any "
	  "group}", COUNT_EN, NULL },
	{ "group_posts", "your group posts",
	  "{a:1 post or comment|{a} posts or comments|No posts or comments} "
	  "in groups " IN_LAST_EN, MONTH_EN, NULL },
	{ "connections", "your connections",
	  "{a:1 connection|{a} connections|No connections yet}", COUNT_EN,
	  NULL },
	{ "senior_connections", "your senior connections",
	  "{a:1 senior connection|{a} senior connections|No senior "
	  "connections} (director or above)", COUNT_EN, NULL },
	{ "colleague_connections", "your colleagues",
	  "{a:1 colleague|{a} colleagues|No colleagues} among your "
	  "connections", COUNT_EN, NULL },
	{ "invitations_sent", "your connection requests",
	  "{a:1 connection request|{a} connection requests|No connection "
	  "requests} sent " IN_LAST_EN, MONTH_EN, NULL },
	{ "personalized_rate", "your personal notes",
	  "{b:{a:Your one request had|Your one request did not have} a "
	  "personal note|{a:1|{a}|None} of {b} requests with a personal note} "
	  "({V}%)",
	  "about {T}% earns full points",
	  "No invitations sent in the period: send some invitations first, "
	  "each with a personal note." },
	{ "acceptance_rate", "your accepted invitations",
	  "{b:{a:Your one invitation was|Your one invitation was not} "
	  "accepted|{a:1|{a}|None} of {b} invitations accepted} ({V}%)",
	  "points start above {L}% and are full from {T}%",
	  "No invitations sent in the period: send some invitations first, "
	  "to people likely to accept." },
	{ "engagement_received", "the engagement you receive",
	  "{a:1 reaction or comment|{a} reactions and comments|No reactions "
	  "or comments} on your posts " IN_LAST_EN, MONTH_EN, NULL },
	{ "followers", "your followers",
	  "{a:1 follower|{a} followers|No followers yet}", COUNT_EN, NULL },
	{ NULL, NULL, NULL, NULL, NULL }
};

static const struct sig_text sig_es[] = {
	{ "completeness", "las secciones de tu perfil", NULL, NULL, NULL },
	{ "photo", "tu foto de perfil",
	  "{a:Tienes foto de perfil|Aún no tienes foto de perfil}",
	  "una foto profesional da la puntuación completa", NULL },
	{ "media", "tu contenido multimedia",
	  "{a:1 elemento multimedia|{a} elementos multimedia|Ningún elemento "
	  "multimedia} en tu perfil", COUNT_ES, NULL },
	{ "recommendations", "tus recomendaciones",
	  "{a:1 recomendación|{a} recomendaciones|Aún no tienes "
	  "recomendaciones}", COUNT_ES, NULL },
	{ "endorsements", "tus validaciones de aptitudes",
	  "{a:1 validación|{a} validaciones|Aún no tienes validaciones} de "
	  "aptitudes", COUNT_ES, NULL },
	{ "articles", "tus artículos",
	  "{a:1 artículo publicado|{a} artículos publicados|Ningún artículo "
	  "publicado} en LinkedIn", COUNT_ES, NULL },
	{ "second_degree_contacts", "tus contactos de segundo grado",
	  "{a:Has contactado o invitado a 1 persona|Has contactado o invitado "
	  "a {a} personas|No has contactado ni invitado a nadie} de segundo "
	  "grado " IN_LAST_ES, MONTH_F_ES, NULL },
	{ "searches", "tus búsquedas de personas",
	  "{a:1 búsqueda|{a} búsquedas|Ninguna búsqueda} de personas "
	  IN_LAST_ES, MONTH_F_ES, NULL },
	{ "target_share", "tu público objetivo",
	  "{b:Tu único contacto {a:es|no es}|{a:1 de tus {b} contactos es|{a} "
	  "de tus {b} contactos son|Ninguno de tus {b} contactos es}} de tu "
	  "público objetivo ({V}\u00a0%)",
	  "llegar al {T}\u00a0% da la puntuación completa",
	  "Aún no tienes contactos: empieza por conectar con personas de tu "
	  "público objetivo." },
	{ "viewer_follow_up", "las visitas a tu perfil",
	  "{b:{a:Has contactado|No has contactado} con la única persona que "
	  "vio|{a:Has contactado con 1|Has contactado con {a}|No has "
	  "contactado con ninguna} de las {b} personas que vieron} tu perfil "
	  "({V}\u00a0%)",
	  "contactar con un {T}\u00a0% da la puntuación completa",
	  "No hay visitas a tu perfil registradas en el periodo: primero gana "
	  "visibilidad (publica, comenta) y después contacta con quienes lo "
	  "vean." },
	{ "posts", "tus publicaciones",
	  "{a:1 publicación propia|{a} publicaciones propias|Ninguna "
	  "publicación propia} " IN_LAST_ES, MONTH_F_ES, NULL },
	{ "shares", "el contenido que compartes",
	  "{a:Has compartido 1 contenido|Has compartido {a} contenidos|No has "
	  "compartido contenido} de otros " IN_LAST_ES, MONTH_M_ES, NULL },
	{ "comments", "tus comentarios",
	  "{a:1 comentario|{a} comentarios|Ningún comentario} en "
	  "publicaciones de otros " IN_LAST_ES, MONTH_M_ES, NULL },
	{ "reactions", "tus reacciones",
	  "{a:1 reacción|{a} reacciones|Ninguna reacción} " IN_LAST_ES,
	  MONTH_F_ES, NULL },
	{ "active_days", "tus días de actividad",
	  "{b:{a:Has entrado|No has entrado} en LinkedIn el último día|{a:Has "
	  "entrado en LinkedIn 1 día|Has entrado en LinkedIn {a} días|No has "
	  "entrado en LinkedIn ningún día} de los últimos {b}} ({V}\u00a0%)",
	  "entrar alrededor del {T}\u00a0% de los días da la puntuación "
	  "completa", NULL },
	{ "reply_rate", "tus respuestas a mensajes",
	  "{b:{a:Has respondido|No has respondido} el único mensaje que has "
	  "recibido|{a:Has respondido 1 de {b} mensajes|Has respondido {a} de "
	  "{b} mensajes|No has respondido ninguno de los {b} mensajes}} "
	  "({V}\u00a0%)",
	  "responder alrededor del {T}\u00a0% da la puntuación completa",
	  "No has recibido mensajes en el periodo, así que aún no hay nada "
	  "que responder." },
	{ "groups", "tus grupos",
	  "{a:Estás en 1 grupo|Estás en {a} grupos|No estás en ningún grupo}",
	  COUNT_ES, NULL },
	{ "group_posts", "tu actividad en grupos",
	  "{a:1 publicación o comentario|{a} publicaciones o comentarios|"
	  "Ninguna publicación ni comentario} en grupos " IN_LAST_ES,
	  MONTH_F_ES, NULL },
	{ "connections", "tus contactos",
	  "{a:1 contacto|{a} contactos|Aún no tienes contactos}", COUNT_ES,
	  NULL },
	{ "senior_connections", "tus contactos con cargo directivo",
	  "{a:1 contacto|{a} contactos|Ningún contacto} con cargo directivo",
	  COUNT_ES, NULL },
	{ "colleague_connections", "tus compañeros de empresa",
	  "{a:1 compañero|{a} compañeros|Ningún compañero} de empresa entre "
	  "tus contactos", COUNT_ES, NULL },
	{ "invitations_sent", "tus invitaciones",
	  "{a:1 invitación enviada|{a} invitaciones enviadas|Ninguna "
	  "invitación enviada} " IN_LAST_ES, MONTH_F_ES, NULL },
	{ "personalized_rate", "tus notas personales",
	  "{b:Tu única invitación {a:llevaba|no llevaba} nota personal|{a:1 "
	  "de {b} invitaciones con nota personal|{a} de {b} invitaciones con "
	  "nota personal|Ninguna de tus {b} invitaciones llevaba nota "
	  "personal}} ({V}\u00a0%)",
	  "llegar al {T}\u00a0% da la puntuación completa",
	  "No has enviado invitaciones en el periodo: envía primero algunas, "
	  "cada una con una nota personal." },
	{ "acceptance_rate", "tus invitaciones aceptadas",
	  "{b:{a:Te han aceptado|No te han aceptado} la única invitación que "
	  "has enviado|{a:Te han aceptado 1 de {b} invitaciones|Te han "
	  "aceptado {a} de {b} invitaciones|No te han aceptado ninguna de las "
	  "{b} invitaciones}} ({V}\u00a0%)",
	  "se empieza a puntuar por encima del {L}\u00a0% y la puntuación es "
	  "completa desde el {T}\u00a0%",
	  "No has enviado invitaciones en el periodo: envía primero algunas a "
	  "personas que probablemente acepten." },
	{ "engagement_received", "la interacción que recibes",
	  "{a:1 reacción o comentario|{a} reacciones y comentarios|Ninguna "
	  "reacción ni comentario} en tus publicaciones " IN_LAST_ES,
	  MONTH_F_ES, NULL },
	{ "followers", "tus seguidores",
	  "{a:1 seguidor|{a} seguidores|Aún no tienes seguidores}", COUNT_ES,
	  NULL },
	{ NULL, NULL, NULL, NULL, NULL }
};

static const struct item_text item_en[] = {
	{ F_HEADLINE, "a headline", NULL, NULL, "a headline" },
	{ F_SUMMARY, "an About section", NULL, NULL, "an About section" },
	{ F_POSITIONS, NULL, "position", "positions", "your experience" },
	{ F_EDUCATION, NULL, "education entry", "education entries",
	  "your education" },
	{ F_SKILLS, NULL, "skill", "skills", "your skills" },
	{ F_CONNECTIONS, NULL, "connection", "connections", "your connections" },
	{ F_LOCATION, "a location", NULL, NULL, "your location" },
	{ F_INDUSTRY, "an industry", NULL, NULL, "your industry" },
	{ F_PHOTO, NULL, NULL, NULL, "a profile photo" },
	{ -1, NULL, NULL, NULL, NULL }
};

static const struct item_text item_es[] = {
	{ F_HEADLINE, "un titular", NULL, NULL, "un titular" },
	{ F_SUMMARY, "una sección «Acerca de»", NULL, NULL,
	  "una sección «Acerca de»" },
	{ F_POSITIONS, NULL, "puesto en tu experiencia",
	  "puestos en tu experiencia", "tu experiencia" },
	{ F_EDUCATION, NULL, "titulación", "titulaciones", "tu formación" },
	{ F_SKILLS, NULL, "aptitud", "aptitudes", "tus aptitudes" },
	{ F_CONNECTIONS, NULL, "contacto", "contactos", "tus contactos" },
	{ F_LOCATION, "una ubicación", NULL, NULL, "tu ubicación" },
	{ F_INDUSTRY, "un sector", NULL, NULL, "tu sector" },
	{ F_PHOTO, NULL, NULL, NULL, "una foto de perfil" },
	{ -1, NULL, NULL, NULL, NULL }
};

static const struct pack pack_en = {
	{ "Establish your professional brand", "Find the right people",
	  "Engage with insights", "Build relationships" },
	{ "Reach an All-Star profile", "Add a photo and rich media",
	  "Earn recommendations and endorsements", "Publish articles",
	  "Use your 2nd-degree network", "Search for your target audience",
	  "Build your audience deliberately",
	  "Follow up with your profile viewers",
	  "Share your own content", "Share content from others",
	  "Interact every day", "Take part in groups",
	  "Connect with senior people and colleagues",
	  "Send personal connection requests",
	  "Invite people likely to accept", "Build trust with your community" },
	{ "Complete every section: a headline that says whom you help, an "
	  "About of a few paragraphs, your experience, education and skills, "
	  "location and industry.",
	  "Use a professional photo and add rich media that shows your work: "
	  "slides, videos or documents.",
	  "Ask clients and colleagues for recommendations and endorse the "
	  "skills of others: people who get one often give one back.",
	  "Publish a long-form article on LinkedIn now and then, on a topic "
	  "your audience cares about.",
	  "Reach the right people through your 2nd-degree network: see whom "
	  "your connections know and ask them for an introduction.",
	  "Search with keywords and filters (sector, role, location) for your "
	  "target audience, and save the searches you repeat.",
	  "Build your audience deliberately: connect with the people you want "
	  "to reach instead of just accepting suggested contacts.",
	  "Check every week who viewed your profile and follow up with those "
	  "who fit your audience, with a short personal message.",
	  "Share your own content regularly: short posts about your field, "
	  "your work and what you learn.",
	  "Share valuable content from others, with a line on why it matters "
	  "to your audience.",
	  "Spend a few minutes a day interacting: comment, react and answer "
	  "your messages.",
	  "Join a few groups of your sector and take part: post, answer "
	  "questions, comment.",
	  "Grow your network with senior people of your sector and with your "
	  "colleagues.",
	  "Send connection requests regularly, each with a personal note, and "
	  "thank people once they accept.",
	  "Don't overdo it: invite people likely to accept, those you have met "
	  "or share something with.",
	  "Build trust: answer those who engage with your content and give "
	  "people reasons to follow you." },
	sig_en, item_en,
	{ "{f0}: {a} " IN_LAST_EN, "{f0}: {a}", "{f0} / {f1}: {a} of {b} ({V}%)",
	  "{f0}: {a:yes|no}" },
	{ "about {t} a month earns full points", "{t} earns full points",
	  "about {T}% earns full points", "yes earns full points" },
	{ "points start above {l} a month and are full from {t}",
	  "points start above {l} and are full from {t}",
	  "points start above {L}% and are full from {T}%",
	  "yes earns full points" },
	"{f1} is 0 in the data, so there is nothing to measure yet.",
	"No data on {what}: add {list} to your data or try {set}.",
	"--set FIELD=VALUE", " and ",
	"No data on {what}: LinkedIn's export does not contain {list}; add "
	"{x:it|them} with {set}.",
	"No data on your target audience: give its keywords with --target "
	"(the roles, sectors or companies you sell to, e.g. --target "
	"marketing,sales) and ssi counts the connections in the export that "
	"match them.",
	" or ",
	{ "TEXT", "YYYY-MM-DD", "true", "N", "DAYS" },
	"{n} of {N} profile {N:item|items} done",
	"All {N} profile {N:item is|items are} done",
	"still to do: {list}",
	"{x:1 item is|{x} items are} unknown: add {list} to your data or "
	"try {set}",
	"{noun} of {min}–{max} characters",
	"{noun} of at least {min} characters",
	"{noun} of at most {max} characters",
	"{min}–{max} {np}",
	"at least {min} {min:{ns}|{np}}",
	"at most {max} {max:{ns}|{np}}",
	"{noun} filled in",
	"Full points: keep it up.",
	"This model does not score this key.",
	LANG_EN
};

static const struct pack pack_es = {
	{ "Establece tu marca profesional", "Encuentra a las personas adecuadas",
	  "Interactúa aportando valor", "Construye relaciones" },
	{ "Consigue un perfil de nivel Experto", "Añade foto y contenido multimedia",
	  "Consigue recomendaciones y validaciones", "Publica artículos",
	  "Aprovecha tu red de segundo grado", "Busca a tu público objetivo",
	  "Construye tu red con criterio",
	  "Contacta con quienes ven tu perfil",
	  "Comparte contenido propio", "Comparte contenido de otros",
	  "Interactúa cada día", "Participa en grupos",
	  "Conecta con directivos y compañeros",
	  "Envía invitaciones personalizadas",
	  "Invita a quien probablemente acepte",
	  "Genera confianza en tu comunidad" },
	{ "Completa cada sección: un titular que diga a quién ayudas, un "
	  "«Acerca de» de varios párrafos, tu experiencia, tu formación, tus "
	  "aptitudes, tu ubicación y tu sector.",
	  "Usa una foto profesional y añade contenido multimedia que muestre "
	  "tu trabajo: presentaciones, vídeos o documentos.",
	  "Pide recomendaciones a clientes y compañeros y valida las aptitudes "
	  "de otros: quien recibe una validación suele devolverla.",
	  "Publica de vez en cuando un artículo largo en LinkedIn sobre un "
	  "tema que interese a tu público.",
	  "Llega a las personas adecuadas a través de tu red de segundo grado: "
	  "mira a quién conocen tus contactos y pídeles que te presenten.",
	  "Busca a tu público objetivo con palabras clave y filtros (sector, "
	  "cargo, ubicación) y guarda las búsquedas que repites.",
	  "Construye tu red con criterio: conecta con las personas a las que "
	  "quieres llegar en vez de aceptar sin más los contactos sugeridos.",
	  "Revisa cada semana quién ha visto tu perfil y escribe un mensaje "
	  "breve y personal a quienes encajen con tu público.",
	  "Comparte contenido propio con regularidad: publicaciones breves "
	  "sobre tu sector, tu trabajo y lo que aprendes.",
	  "Comparte contenido valioso de otros, con una frase sobre por qué le "
	  "importa a tu público.",
	  "Dedica unos minutos al día a interactuar: comenta, reacciona y "
	  "responde a tus mensajes.",
	  "Únete a algunos grupos de tu sector y participa: publica, responde "
	  "preguntas y comenta.",
	  "Amplía tu red con directivos de tu sector y con tus compañeros de "
	  "empresa.",
	  "Envía invitaciones con regularidad, cada una con una nota personal, "
	  "y da las gracias a quienes acepten.",
	  "No te excedas: invita a personas que probablemente acepten, a "
	  "quienes conozcas o con quienes tengas algo en común.",
	  "Genera confianza: responde a quienes interactúan con tu contenido y "
	  "dales motivos para seguirte." },
	sig_es, item_es,
	{ "{f0}: {a} " IN_LAST_ES, "{f0}: {a}", "{f0} / {f1}: {a} de {b} ({V}\u00a0%)",
	  "{f0}: {a:sí|no}" },
	{ "{t} al mes {t:da|dan} la puntuación completa", COUNT_ES,
	  "llegar al {T}\u00a0% da la puntuación completa",
	  "«sí» da la puntuación completa" },
	{ "se empieza a puntuar por encima de {l} al mes y la puntuación es "
	  "completa desde {t}",
	  "se empieza a puntuar por encima de {l} y la puntuación es completa "
	  "desde {t}",
	  "se empieza a puntuar por encima del {L}\u00a0% y la puntuación es "
	  "completa desde el {T}\u00a0%",
	  "«sí» da la puntuación completa" },
	"{f1} es 0 en tus datos, así que aún no hay nada que medir.",
	"No hay datos sobre {what}: añade {list} a tus datos o prueba {set}.",
	"--set CAMPO=VALOR", " y ",
	"No hay datos sobre {what}: la exportación de LinkedIn no incluye "
	"{list}; {x:añádelo|añádelos} con {set}.",
	"No hay datos sobre tu público objetivo: indica sus palabras clave con "
	"--target (los cargos, sectores o empresas a los que vendes; por "
	"ejemplo, --target marketing,ventas) y ssi contará los contactos de la "
	"exportación que coincidan.",
	" ni ",
	{ "TEXTO", "AAAA-MM-DD", "true", "N", "DÍAS" },
	"{n} de {N:1 elemento|los {N} elementos} del perfil {n:está "
	"completo|están completos}",
	"{N:El único elemento del perfil está completo|Los {N} elementos del "
	"perfil están completos}",
	"{u:falta|faltan} {list}",
	"{x:1 elemento no consta|{x} elementos no constan}: añade {list} a "
	"tus datos o prueba {set}",
	"{noun} de {min} a {max} caracteres",
	"{noun} de al menos {min} caracteres",
	"{noun} de {max} caracteres como máximo",
	"entre {min} y {max} {np}",
	"al menos {min} {min:{ns}|{np}}",
	"como máximo {max} {max:{ns}|{np}}",
	"el campo {noun} relleno",
	"Puntuación completa: sigue así.",
	"Este modelo no puntúa esta clave.",
	LANG_ES
};

#define IN_LAST_PT "{p:no último dia|nos últimos {p} dias}"
#define MONTH_F_PT "{t:uma por mês dá|cerca de {t} por mês dão} a pontuação " \
	"máxima"
#define MONTH_M_PT "{t:um por mês dá|cerca de {t} por mês dão} a pontuação " \
	"máxima"
#define COUNT_PT "com {t} você tem a pontuação máxima"

/* Portuguese: Brazil, você form; LinkedIn's Brazilian terms (conexões,
 * competências, validações, Sobre, público-alvo). */
static const struct sig_text sig_pt[] = {
	{ "completeness", "as seções do seu perfil", NULL, NULL, NULL },
	{ "photo", "sua foto de perfil",
	  "{a:Você tem foto de perfil|Você ainda não tem foto de perfil}",
	  "uma foto profissional dá a pontuação máxima", NULL },
	{ "media", "sua mídia",
	  "{a:1 item de mídia|{a} itens de mídia|Nenhum item de mídia} no seu "
	  "perfil", COUNT_PT, NULL },
	{ "recommendations", "suas recomendações",
	  "{a:1 recomendação|{a} recomendações|Você ainda não tem "
	  "recomendações}", COUNT_PT, NULL },
	{ "endorsements", "suas validações de competências",
	  "{a:1 validação|{a} validações|Você ainda não tem validações} de "
	  "competências", COUNT_PT, NULL },
	{ "articles", "seus artigos",
	  "{a:1 artigo publicado|{a} artigos publicados|Nenhum artigo "
	  "publicado} no LinkedIn", COUNT_PT, NULL },
	{ "second_degree_contacts", "seus contatos de segundo grau",
	  "{a:Você contatou ou convidou 1 pessoa|Você contatou ou convidou {a} "
	  "pessoas|Você não contatou nem convidou ninguém} de segundo grau "
	  IN_LAST_PT, MONTH_F_PT, NULL },
	{ "searches", "suas pesquisas de pessoas",
	  "{a:1 pesquisa|{a} pesquisas|Nenhuma pesquisa} de pessoas "
	  IN_LAST_PT, MONTH_F_PT, NULL },
	{ "target_share", "seu público-alvo",
	  "{b:Sua única conexão {a:é|não é}|{a:1 das suas {b} conexões é|{a} "
	  "das suas {b} conexões são|Nenhuma das suas {b} conexões é}} do seu "
	  "público-alvo ({V}\u00a0%)",
	  "chegar a {T}\u00a0% dá a pontuação máxima",
	  "Você ainda não tem conexões: comece se conectando com pessoas do "
	  "seu público-alvo." },
	{ "viewer_follow_up", "as visualizações do seu perfil",
	  "{b:{a:Você entrou em contato|Você não entrou em contato} com a "
	  "única pessoa que viu|{a:Você entrou em contato com 1|Você entrou em "
	  "contato com {a}|Você não entrou em contato com nenhuma} das {b} "
	  "pessoas que viram} seu perfil ({V}\u00a0%)",
	  "entrar em contato com {T}\u00a0% dá a pontuação máxima",
	  "Nenhuma visualização do seu perfil registrada no período: primeiro "
	  "ganhe visibilidade (publique, comente) e depois entre em contato com "
	  "quem visualizar." },
	{ "posts", "suas publicações",
	  "{a:1 publicação própria|{a} publicações próprias|Nenhuma "
	  "publicação própria} " IN_LAST_PT, MONTH_F_PT, NULL },
	{ "shares", "o conteúdo que você compartilha",
	  "{a:Você compartilhou 1 conteúdo|Você compartilhou {a} conteúdos|"
	  "Você não compartilhou nenhum conteúdo} de outras pessoas "
	  IN_LAST_PT, MONTH_M_PT, NULL },
	{ "comments", "seus comentários",
	  "{a:1 comentário|{a} comentários|Nenhum comentário} em publicações "
	  "de outras pessoas " IN_LAST_PT, MONTH_M_PT, NULL },
	{ "reactions", "suas reações",
	  "{a:1 reação|{a} reações|Nenhuma reação} " IN_LAST_PT, MONTH_F_PT,
	  NULL },
	{ "active_days", "seus dias de atividade",
	  "{b:{a:Você entrou|Você não entrou} no LinkedIn no último dia|{a:"
	  "Você entrou no LinkedIn em 1 dia|Você entrou no LinkedIn em {a} "
	  "dias|Você não entrou no LinkedIn em nenhum dia} dos últimos {b}} "
	  "({V}\u00a0%)",
	  "entrar em cerca de {T}\u00a0% dos dias dá a pontuação máxima",
	  NULL },
	{ "reply_rate", "suas respostas a mensagens",
	  "{b:{a:Você respondeu|Você não respondeu} a única mensagem que "
	  "recebeu|{a:Você respondeu 1 de {b} mensagens|Você respondeu {a} de "
	  "{b} mensagens|Você não respondeu nenhuma das {b} mensagens}} "
	  "({V}\u00a0%)",
	  "responder cerca de {T}\u00a0% dá a pontuação máxima",
	  "Você não recebeu mensagens no período, então ainda não há nada "
	  "para responder." },
	{ "groups", "seus grupos",
	  "{a:Você está em 1 grupo|Você está em {a} grupos|Você não está em "
	  "nenhum grupo}", COUNT_PT, NULL },
	{ "group_posts", "sua atividade em grupos",
	  "{a:1 publicação ou comentário|{a} publicações ou comentários|"
	  "Nenhuma publicação nem comentário} em grupos " IN_LAST_PT,
	  MONTH_F_PT, NULL },
	{ "connections", "suas conexões",
	  "{a:1 conexão|{a} conexões|Você ainda não tem conexões}", COUNT_PT,
	  NULL },
	{ "senior_connections", "suas conexões com cargo de liderança",
	  "{a:1 conexão|{a} conexões|Nenhuma conexão} com cargo de liderança",
	  COUNT_PT, NULL },
	{ "colleague_connections", "seus colegas de empresa",
	  "{a:1 colega|{a} colegas|Nenhum colega} de empresa entre suas "
	  "conexões", COUNT_PT, NULL },
	{ "invitations_sent", "seus convites",
	  "{a:1 convite enviado|{a} convites enviados|Nenhum convite "
	  "enviado} " IN_LAST_PT, MONTH_M_PT, NULL },
	{ "personalized_rate", "suas notas pessoais",
	  "{b:Seu único convite {a:tinha|não tinha} nota pessoal|{a:1 de {b} "
	  "convites com nota pessoal|{a} de {b} convites com nota pessoal|"
	  "Nenhum dos seus {b} convites tinha nota pessoal}} ({V}\u00a0%)",
	  "chegar a {T}\u00a0% dá a pontuação máxima",
	  "Você não enviou convites no período: primeiro envie alguns, cada um "
	  "com uma nota pessoal." },
	{ "acceptance_rate", "seus convites aceitos",
	  "{b:Seu único convite enviado {a:foi aceito|não foi aceito}|{a:1 de "
	  "{b} convites foi aceito|{a} de {b} convites foram aceitos|Nenhum dos "
	  "{b} convites foi aceito}} ({V}\u00a0%)",
	  "a pontuação começa acima de {L}\u00a0% e é máxima a partir de "
	  "{T}\u00a0%",
	  "Você não enviou convites no período: primeiro envie alguns para "
	  "pessoas que provavelmente vão aceitar." },
	{ "engagement_received", "a interação que você recebe",
	  "{a:1 reação ou comentário|{a} reações e comentários|Nenhuma reação "
	  "nem comentário} nas suas publicações " IN_LAST_PT, MONTH_F_PT,
	  NULL },
	{ "followers", "seus seguidores",
	  "{a:1 seguidor|{a} seguidores|Você ainda não tem seguidores}",
	  COUNT_PT, NULL },
	{ NULL, NULL, NULL, NULL, NULL }
};

static const struct item_text item_pt[] = {
	{ F_HEADLINE, "um título", NULL, NULL, "um título" },
	{ F_SUMMARY, "uma seção “Sobre”", NULL, NULL, "uma seção “Sobre”" },
	{ F_POSITIONS, NULL, "cargo na sua experiência",
	  "cargos na sua experiência", "sua experiência" },
	{ F_EDUCATION, NULL, "curso na sua formação acadêmica",
	  "cursos na sua formação acadêmica", "sua formação acadêmica" },
	{ F_SKILLS, NULL, "competência", "competências", "suas competências" },
	{ F_CONNECTIONS, NULL, "conexão", "conexões", "suas conexões" },
	{ F_LOCATION, "uma localidade", NULL, NULL, "sua localidade" },
	{ F_INDUSTRY, "um setor", NULL, NULL, "seu setor" },
	{ F_PHOTO, NULL, NULL, NULL, "uma foto de perfil" },
	{ -1, NULL, NULL, NULL, NULL }
};

static const struct pack pack_pt = {
	{ "Estabelecer sua marca profissional", "Localizar as pessoas certas",
	  "Interagir oferecendo insights", "Criar relacionamentos" },
	{ "Chegue a um perfil de nível Campeão",
	  "Adicione foto e mídia",
	  "Receba recomendações e validações", "Publique artigos",
	  "Aproveite sua rede de segundo grau", "Pesquise seu público-alvo",
	  "Construa sua rede com critério",
	  "Entre em contato com quem vê seu perfil",
	  "Compartilhe conteúdo próprio",
	  "Compartilhe conteúdo de outras pessoas",
	  "Interaja diariamente", "Participe de grupos",
	  "Conecte-se com líderes e colegas",
	  "Envie convites personalizados",
	  "Convide quem provavelmente vai aceitar",
	  "Gere confiança na sua comunidade" },
	{ "Complete cada seção: um título que diga quem você ajuda, um "
	  "“Sobre” de alguns parágrafos, sua experiência, formação acadêmica e "
	  "competências, localidade e setor.",
	  "Use uma foto profissional e adicione mídia que mostre seu trabalho: "
	  "apresentações, vídeos ou documentos.",
	  "Peça recomendações a clientes e colegas e valide as competências "
	  "de outras pessoas: quem recebe uma validação costuma retribuir.",
	  "Publique de vez em quando um artigo longo no LinkedIn, sobre um "
	  "tema que interesse ao seu público.",
	  "Chegue às pessoas certas pela sua rede de segundo grau: veja quem "
	  "suas conexões conhecem e peça a elas uma apresentação.",
	  "Pesquise seu público-alvo com palavras-chave e filtros (setor, "
	  "cargo, localidade) e salve as pesquisas que você repete.",
	  "Construa sua rede com critério: conecte-se com as pessoas que você "
	  "quer alcançar em vez de só aceitar os contatos sugeridos.",
	  "Veja toda semana quem visualizou seu perfil e mande uma mensagem "
	  "curta e pessoal para quem se encaixa no seu público.",
	  "Compartilhe conteúdo próprio com regularidade: publicações curtas "
	  "sobre sua área, seu trabalho e o que você aprende.",
	  "Compartilhe conteúdo relevante de outras pessoas, com uma frase "
	  "sobre por que ele importa para o seu público.",
	  "Dedique alguns minutos por dia a interagir: comente, reaja e "
	  "responda às suas mensagens.",
	  "Participe de alguns grupos do seu setor: publique, responda "
	  "perguntas e comente.",
	  "Amplie sua rede com líderes do seu setor e com seus colegas de "
	  "empresa.",
	  "Envie convites com regularidade, cada um com uma nota pessoal, e "
	  "agradeça a quem aceitar.",
	  "Não exagere: convide pessoas que provavelmente vão aceitar, que "
	  "você já conhece ou com quem tem algo em comum.",
	  "Gere confiança: responda a quem interage com seu conteúdo e dê às "
	  "pessoas motivos para seguir você." },
	sig_pt, item_pt,
	{ "{f0}: {a} " IN_LAST_PT, "{f0}: {a}",
	  "{f0} / {f1}: {a} de {b} ({V}\u00a0%)", "{f0}: {a:sim|não}" },
	{ "{t} por mês {t:dá|dão} a pontuação máxima", COUNT_PT,
	  "chegar a {T}\u00a0% dá a pontuação máxima",
	  "“sim” dá a pontuação máxima" },
	{ "a pontuação começa acima de {l} por mês e é máxima a partir de {t}",
	  "a pontuação começa acima de {l} e é máxima a partir de {t}",
	  "a pontuação começa acima de {L}\u00a0% e é máxima a partir de "
	  "{T}\u00a0%",
	  "“sim” dá a pontuação máxima" },
	"{f1} é 0 nos seus dados, então ainda não há nada para medir.",
	"Não há dados sobre {what}: adicione {list} aos seus dados ou tente "
	"{set}.",
	"--set CAMPO=VALOR", " e ",
	"Não há dados sobre {what}: a exportação do LinkedIn não inclui "
	"{list}; {x:adicione-o|adicione-os} com {set}.",
	"Não há dados sobre seu público-alvo: informe as palavras-chave dele "
	"com --target (os cargos, setores ou empresas para os quais você "
	"vende; por exemplo, --target marketing,vendas) e o ssi conta as "
	"conexões da exportação que correspondem a elas.",
	" nem ",
	{ "TEXTO", "AAAA-MM-DD", "true", "N", "DIAS" },
	"{n} de {N:1 item|os {N} itens} do perfil {n:está completo|estão "
	"completos}",
	"{N:O único item do perfil está completo|Os {N} itens do perfil "
	"estão completos}",
	"{u:falta|faltam} {list}",
	"{x:1 item não consta|{x} itens não constam}: adicione {list} aos "
	"seus dados ou tente {set}",
	"{noun} de {min} a {max} caracteres",
	"{noun} de pelo menos {min} caracteres",
	"{noun} de no máximo {max} caracteres",
	"entre {min} e {max} {np}",
	"pelo menos {min} {min:{ns}|{np}}",
	"no máximo {max} {max:{ns}|{np}}",
	"o campo {noun} preenchido",
	"Pontuação máxima: continue assim.",
	"Este modelo não pontua esta chave.",
	LANG_PT
};

static const struct pack *const packs[LANG_COUNT] = {
	[LANG_EN] = &pack_en,
	[LANG_ES] = &pack_es,
	[LANG_PT] = &pack_pt,
};

/* A language without a pack (yet) reads English. */
static const struct pack *
pack_of(int lang)
{
	return lang >= 0 && lang < LANG_COUNT && packs[lang] ? packs[lang] :
	    &pack_en;
}

const char *
advice_pillar_title(int lang, int pl)
{
	return pl >= 0 && pl < P_COUNT ? pack_of(lang)->pillar[pl] : "";
}

const char *
advice_key_title(int lang, int k)
{
	return k >= 0 && k < MODEL_KEYS ? pack_of(lang)->key[k] : "";
}

/* ---- the catalogue as a list, for tests ---- */

/* The templates of a pack, by name and place. */
#define PT(f) { #f, offsetof(struct pack, f) }
static const struct {
	const char *name;
	size_t off;
} pack_texts[] = {
	PT(fig[SH_MONTH]), PT(fig[SH_COUNT]), PT(fig[SH_RATIO]),
	PT(fig[SH_FLAG]), PT(goal[SH_MONTH]), PT(goal[SH_COUNT]),
	PT(goal[SH_RATIO]), PT(goal[SH_FLAG]), PT(band[SH_MONTH]),
	PT(band[SH_COUNT]), PT(band[SH_RATIO]), PT(band[SH_FLAG]),
	PT(no_data), PT(missing), PT(set_many), PT(and_word),
	PT(missing_export), PT(missing_target), PT(nor_word),
	PT(hint[FT_TEXT]), PT(hint[FT_DATE]), PT(hint[FT_FLAG]),
	PT(hint[FT_COUNT]), PT(hint[FT_PERIOD]), PT(items_fig), PT(items_all),
	PT(items_unmet), PT(items_unknown), PT(text_range), PT(text_min),
	PT(text_max), PT(cnt_range), PT(cnt_min), PT(cnt_max), PT(filled),
	PT(done), PT(no_key),
};
#undef PT

static int
entry(struct advice_entry *out, int n, int max, const char *group,
    const char *name, int sub, const char *text, int optional)
{
	if (n < max) {
		out[n].group = group;
		out[n].name = name;
		out[n].sub = sub;
		out[n].text = text;
		out[n].optional = optional;
	}
	return n + 1;
}

int
advice_entries(int lang, struct advice_entry *out, int max)
{
	const struct pack *L;
	const struct sig_text *t;
	const struct item_text *it;
	size_t i;
	int n = 0;

	if (lang < 0 || lang >= LANG_COUNT || packs[lang] == NULL)
		return 0;
	L = packs[lang];
	for (i = 0; i < P_COUNT; i++)
		n = entry(out, n, max, "pillar", pillar_ids[i], 0, L->pillar[i],
		    0);
	for (i = 0; i < MODEL_KEYS; i++) {
		n = entry(out, n, max, "key", model_key_name((int)i), 0,
		    L->key[i], 0);
		n = entry(out, n, max, "action", model_key_name((int)i), 0,
		    L->action[i], 0);
	}
	for (i = 0; i < sizeof pack_texts / sizeof pack_texts[0]; i++)
		n = entry(out, n, max, "template", pack_texts[i].name, 0,
		    *(const char *const *)((const char *)L + pack_texts[i].off),
		    0);
	for (t = L->sig; t->name != NULL; t++) {
		n = entry(out, n, max, "signal", t->name, 0, t->what, 0);
		n = entry(out, n, max, "signal", t->name, 1, t->fig, 1);
		n = entry(out, n, max, "signal", t->name, 2, t->goal, 1);
		n = entry(out, n, max, "signal", t->name, 3, t->no_data, 1);
	}
	for (it = L->item; it->field >= 0; it++) {
		const char *f = field_defs[it->field].name;

		n = entry(out, n, max, "item", f, 0, it->noun, 1);
		n = entry(out, n, max, "item", f, 1, it->ns, 1);
		n = entry(out, n, max, "item", f, 2, it->np, 1);
		n = entry(out, n, max, "item", f, 3, it->filled, 1);
	}
	return n;
}

/* ---- output buffer: cut at n-1 bytes on a UTF-8 boundary ---- */

struct wbuf {
	char *s;
	size_t cap, len;	/* cap >= 1 */
	int full, sentences;
};

static void
put(struct wbuf *w, const char *s, size_t n)
{
	if (w->full)
		return;
	if (n > w->cap - 1 - w->len) {
		size_t j;

		n = w->cap - 1 - w->len;
		w->full = 1;
		memcpy(w->s + w->len, s, n);
		w->len += n;
		/* Drop a last sequence that was cut short. */
		j = w->len;
		while (j > 0 && ((unsigned char)w->s[j - 1] & 0xC0) == 0x80)
			j--;
		if (j > 0 && (unsigned char)w->s[j - 1] >= 0xC0) {
			unsigned char c = (unsigned char)w->s[j - 1];
			size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;

			if (w->len - (j - 1) < need)
				w->len = j - 1;
		}
	} else {
		memcpy(w->s + w->len, s, n);
		w->len += n;
	}
	w->s[w->len] = '\0';
}

static void
put_str(struct wbuf *w, const char *s)
{
	put(w, s, strlen(s));
}

static void
wbuf_init(struct wbuf *w, char *buf, size_t n)
{
	w->s = buf;
	w->cap = n;
	w->len = 0;
	w->full = 0;
	w->sentences = 0;
	buf[0] = '\0';
}

/* ---- templates ---- */

enum { V_A, V_B, V_P, V_T, V_L, V_TP, V_LP, V_VP, V_N, V_NN, V_U, V_X,
	V_MIN, V_MAX, NUMV };
enum { S_F0, S_F1, S_WHAT, S_LIST, S_SET, S_NOUN, S_NS, S_NP, NSTR };

static const struct {
	const char *id;
	int pct;	/* whole percentage, else up to 1 decimal */
} num_ids[NUMV] = {
	{ "a", 0 }, { "b", 0 }, { "p", 0 }, { "t", 0 }, { "l", 0 },
	{ "T", 1 }, { "L", 1 }, { "V", 1 }, { "n", 0 }, { "N", 0 },
	{ "u", 0 }, { "x", 0 }, { "min", 0 }, { "max", 0 }
};
static const char *const str_ids[NSTR] = {
	"f0", "f1", "what", "list", "set", "noun", "ns", "np"
};

struct vars {
	int lang;		/* how numbers are written */
	double num[NUMV];	/* NAN: unset, prints nothing */
	const char *str[NSTR];	/* NULL: unset */
};

static void
vars_init(struct vars *v, const struct pack *L)
{
	int i;

	v->lang = L->lang;
	for (i = 0; i < NUMV; i++)
		v->num[i] = NAN;
	for (i = 0; i < NSTR; i++)
		v->str[i] = NULL;
}

/* x as a reader of lang writes it: a whole percentage (pct), a count
 * grouped by thousands, else one decimal ("12,8" in Spanish). */
static void
fmt_num(char *out, size_t n, int lang, double x, int pct)
{
	struct numfmt b;
	double r;

	if (!isfinite(x)) {
		snprintf(out, n, "?");
		return;
	}
	r = floor(fabs(x) * 10 + 0.5) / 10;
	if (pct)
		numfmt_dec(&b, lang, x, 0);
	else if (r == floor(r))
		numfmt_count(&b, lang, x);
	else
		numfmt_dec(&b, lang, x, 1);
	snprintf(out, n, "%s", b.s);
}

/* Index of the variable named t[0..n) in ids, or -1. */
static int
var_index(const char *t, size_t n, int numeric)
{
	int i;

	for (i = 0; i < (numeric ? NUMV : NSTR); i++) {
		const char *id = numeric ? num_ids[i].id : str_ids[i];

		if (strlen(id) == n && memcmp(id, t, n) == 0)
			return i;
	}
	return -1;
}

/* End of the alternative starting at t (at '|' or the closing '}' of the
 * same depth), or NULL. */
static const char *
alt_end(const char *t, const char *end)
{
	int depth = 0;

	for (; t < end; t++) {
		if (*t == '{')
			depth++;
		else if (*t == '}' && depth-- == 0)
			return t;
		else if (*t == '|' && depth == 0)
			return t;
	}
	return NULL;
}

static void
expand(struct wbuf *w, const char *t, size_t len, const struct vars *v,
    int depth)
{
	const char *end = t + len;

	while (t < end && !w->full) {
		const char *b = memchr(t, '{', (size_t)(end - t));
		const char *id, *a1, *e1, *e2, *e3;
		char num[64];
		int i;

		if (b == NULL || depth > 8) {
			put(w, t, (size_t)(end - t));
			return;
		}
		put(w, t, (size_t)(b - t));
		id = t = b + 1;
		while (t < end && *t != ':' && *t != '}')
			t++;
		if (t == end)
			return;
		if (*t == '}') {
			if ((i = var_index(id, (size_t)(t - id), 1)) >= 0) {
				if (!isnan(v->num[i])) {
					fmt_num(num, sizeof num, v->lang,
					    v->num[i], num_ids[i].pct);
					put_str(w, num);
				}
			} else if ((i = var_index(id, (size_t)(t - id), 0)) >= 0 &&
			    v->str[i] != NULL)
				put_str(w, v->str[i]);
			t++;
			continue;
		}
		/* {x:one|other} or {x:one|other|zero} */
		a1 = t + 1;
		e1 = alt_end(a1, end);
		if (e1 == NULL || *e1 != '|' || (e2 = alt_end(e1 + 1, end)) ==
		    NULL)
			return;
		e3 = NULL;
		if (*e2 == '|' && ((e3 = alt_end(e2 + 1, end)) == NULL ||
		    *e3 != '}'))
			return;
		i = var_index(id, (size_t)(t - id), 1);
		num[0] = '\0';
		if (i >= 0 && !isnan(v->num[i]))
			fmt_num(num, sizeof num, v->lang, v->num[i],
			    num_ids[i].pct);
		if (strcmp(num, "1") == 0)
			expand(w, a1, (size_t)(e1 - a1), v, depth + 1);
		else if (e3 != NULL && strcmp(num, "0") == 0)
			expand(w, e2 + 1, (size_t)(e3 - e2 - 1), v, depth + 1);
		else
			expand(w, e1 + 1, (size_t)(e2 - e1 - 1), v, depth + 1);
		t = (e3 != NULL ? e3 : e2) + 1;
	}
}

static void
expand_str(struct wbuf *w, const char *t, const struct vars *v)
{
	expand(w, t, strlen(t), v, 0);
}

/* Start a new sentence of the paragraph. */
static void
sentence(struct wbuf *w)
{
	if (w->sentences++ > 0)
		put_str(w, " ");
}

/* ---- the figures ---- */

static int
valid_field(int f)
{
	return f >= 0 && f < F_COUNT;
}

/* Field f's name in the pack's language (see the top of this file). */
static const char *
fname(const struct pack *L, int f)
{
	return field_name(L->lang, f);
}

/* Field names joined as "a, b and c" (or with last: "a, b or c") into w. */
static void
put_fields(struct wbuf *w, const struct pack *L, const int *f, int nf,
    const char *last)
{
	int i;

	for (i = 0; i < nf; i++) {
		if (i > 0)
			put_str(w, i == nf - 1 ? last : ", ");
		put_str(w, fname(L, f[i]));
	}
}

/* The --set hint for the absent fields f[0..nf). */
static void
put_set(struct wbuf *w, const struct pack *L, const int *f, int nf)
{
	int i;

	if (nf > 2) {
		put_str(w, L->set_many);
		return;
	}
	for (i = 0; i < nf; i++) {
		if (i > 0)
			put_str(w, " ");
		put_str(w, "--set ");
		put_str(w, fname(L, f[i]));
		put_str(w, "=");
		put_str(w, L->hint[field_defs[f[i]].type]);
	}
}

static const struct item_text *
item_words(const struct pack *L, int f)
{
	const struct item_text *t;

	for (t = L->item; t->field >= 0; t++)
		if (t->field == f)
			return t;
	return NULL;
}

/* Whether put_item words item it in the plural ("at least 3 positions",
 * "1-3 skills"), not ("a headline", "at least 1 skill", "your location"). */
static int
item_plural(const struct item *it)
{
	int type = field_defs[it->field].type, has_max = it->max < 1e17;

	if (type != FT_COUNT && type != FT_PERIOD)
		return 0;
	if (it->min > 0)
		return has_max || it->min != 1;
	return has_max && it->max != 1;
}

/* What item it asks for, in words ("at least 3 positions"). */
static void
put_item(struct wbuf *w, const struct pack *L, const struct item *it)
{
	const struct item_text *t = item_words(L, it->field);
	const char *name = fname(L, it->field);
	int type = field_defs[it->field].type, has_max = it->max < 1e17;
	char filled[256];
	struct wbuf fw;
	struct vars v;
	const char *tmpl;

	vars_init(&v, L);
	v.num[V_MIN] = it->min;
	v.num[V_MAX] = it->max;
	v.str[S_NOUN] = t && t->noun ? t->noun : name;
	v.str[S_NS] = t && t->ns ? t->ns : name;
	v.str[S_NP] = t && t->np ? t->np : name;
	if (t && t->filled) {
		snprintf(filled, sizeof filled, "%s", t->filled);
	} else {
		wbuf_init(&fw, filled, sizeof filled);
		expand_str(&fw, L->filled, &v);
	}
	if (type == FT_TEXT || type == FT_DATE)
		tmpl = it->min > 1 ? (has_max ? L->text_range : L->text_min) :
		    has_max ? L->text_max : NULL;
	else if (type == FT_FLAG)
		tmpl = NULL;
	else
		tmpl = it->min > 0 ? (has_max ? L->cnt_range : L->cnt_min) :
		    has_max ? L->cnt_max : NULL;
	if (tmpl == NULL)
		put_str(w, filled);
	else
		expand_str(w, tmpl, &v);
}

/* An items signal (A1): items done, what is still to do, what is unknown. */
/* "2 items are unknown: add headline and summary to your data or try
 * --set ..." for the absent item fields f[0..nf) (no final period). */
static void
items_unknown(struct wbuf *w, const struct pack *L, unsigned flags,
    const int *f, int nf)
{
	char list[1024], set[512];
	struct wbuf lw, sw;
	struct vars v;

	wbuf_init(&lw, list, sizeof list);
	wbuf_init(&sw, set, sizeof set);
	put_fields(&lw, L, f, nf, L->and_word);
	put_set(&sw, L, f, nf);
	vars_init(&v, L);
	v.num[V_X] = nf;
	v.str[S_LIST] = list;
	v.str[S_SET] = set;
	expand_str(w, (flags & ADVICE_PAGE) ? tr(L->lang, "{x:1 item "
	    "is|{x} items are} unknown: add {list} to the data") :
	    L->items_unknown, &v);
}

/* The fields of g's items that p lacks, each once, into absent; their
 * count. */
static int
items_absent(const struct signal *g, const struct profile *p, int *absent)
{
	int ni = g->nitems < MODEL_MAX_ITEMS ? g->nitems : MODEL_MAX_ITEMS;
	int i, na = 0;
	uint64_t seen = 0;

	for (i = 0; i < ni; i++) {
		int f = g->items[i].field;

		if (valid_field(f) && score_item(&g->items[i], p) < 0 &&
		    !(seen & (uint64_t)1 << f)) {
			seen |= (uint64_t)1 << f;
			absent[na++] = f;
		}
	}
	return na;
}

static void
items_text(struct wbuf *w, const struct pack *L, unsigned flags,
    const struct signal *g,
    const struct profile *p, int done)
{
	const struct item *unmet[MODEL_MAX_ITEMS];
	int absent[MODEL_MAX_ITEMS], ni = g->nitems, i, sat = 0, nt = 0, na = 0;
	uint64_t seen = 0;
	char list[1024];
	struct wbuf lw;
	struct vars v;

	if (ni > MODEL_MAX_ITEMS)
		ni = MODEL_MAX_ITEMS;
	for (i = 0; i < ni; i++) {
		const struct item *it = &g->items[i];
		int r;

		if (!valid_field(it->field))
			continue;
		r = score_item(it, p);
		if (r < 0) {
			if (!(seen & (uint64_t)1 << it->field))
				absent[na++] = it->field;
			seen |= (uint64_t)1 << it->field;
		} else if (r > 0) {
			sat++;
		} else {
			unmet[nt++] = it;
		}
	}
	vars_init(&v, L);
	v.num[V_N] = sat;
	v.num[V_NN] = ni;
	v.num[V_U] = nt == 1 && item_plural(unmet[0]) ? 2 : nt;
	v.num[V_X] = na;
	sentence(w);
	if (sat == ni) {
		expand_str(w, L->items_all, &v);
		put_str(w, ".");
		return;
	}
	expand_str(w, L->items_fig, &v);
	if (done) {
		put_str(w, ".");
		return;
	}
	if (nt > 0) {
		wbuf_init(&lw, list, sizeof list);
		for (i = 0; i < nt; i++) {
			if (i > 0)
				put_str(&lw, i == nt - 1 ? L->and_word : ", ");
			put_item(&lw, L, unmet[i]);
		}
		v.str[S_LIST] = list;
		put_str(w, "; ");
		expand_str(w, L->items_unmet, &v);
	}
	if (na > 0) {
		put_str(w, "; ");
		items_unknown(w, L, flags, absent, na);
	}
	put_str(w, ".");
}

static enum shape
shape_of(const struct signal *g)
{
	if (g->curve == C_FLAG)
		return SH_FLAG;
	if (g->in[1] >= 0)
		return SH_RATIO;
	return model_per_month(g) ? SH_MONTH : SH_COUNT;
}

static int
curve_class(int c)
{
	return c == C_BAND || c == C_FLAG || c == C_ITEMS ? c : C_LINEAR;
}

/* The language's texts for signal g, when g is the default model's signal
 * of that name (same inputs, same kind of curve); else NULL. */
static const struct sig_text *
sig_words(const struct pack *L, const struct signal *g)
{
	const struct model *d = model_default();
	const struct sig_text *t;
	int i;

	for (t = L->sig; t->name != NULL; t++)
		if (strncmp(t->name, g->name, sizeof g->name) == 0)
			break;
	if (t->name == NULL)
		return NULL;
	for (i = 0; i < d->nsig; i++) {
		const struct signal *x = &d->sig[i];

		if (strcmp(x->name, t->name) == 0)
			return x->in[0] == g->in[0] && x->in[1] == g->in[1] &&
			    curve_class(x->curve) == curve_class(g->curve) ? t :
			    NULL;
	}
	return NULL;
}

/* The missing signals of one key, told in one sentence. */
struct miss {
	int nw, nf;
	int target;	/* an export's target_share: told apart (--target) */
	const char *what[MODEL_MAX_SIGNALS];
	size_t wlen[MODEL_MAX_SIGNALS];
	int f[F_COUNT];
	uint64_t seen;
};

/* Fields LinkedIn's data export never holds (linkedin-export rules). */
#define EXPORT_LACKS ((uint64_t)1 << F_FOLLOWERS | \
	(uint64_t)1 << F_SECOND_DEGREE_CONTACTS | \
	(uint64_t)1 << F_PROFILE_VIEWERS | (uint64_t)1 << F_VIEWERS_CONTACTED | \
	(uint64_t)1 << F_ENGAGEMENT_RECEIVED)

static void
miss_field(struct miss *ms, const struct profile *p, int f)
{
	if (!valid_field(f) || profile_present(p, f) || (ms->seen & (uint64_t)1 << f))
		return;
	ms->seen |= (uint64_t)1 << f;
	ms->f[ms->nf++] = f;
}

/* Add missing signal g: its words (or its name) and its absent inputs.
 * From an export, a share of target_connections with the connections
 * known is told apart: --target computes it. */
static void
miss_add(struct miss *ms, const struct pack *L, const struct signal *g,
    const struct profile *p, unsigned flags)
{
	const struct sig_text *t = sig_words(L, g);
	int j;

	if ((flags & ADVICE_EXPORT) && g->curve != C_ITEMS &&
	    g->in[0] == F_TARGET_CONNECTIONS &&
	    (g->in[1] < 0 || profile_present(p, g->in[1]))) {
		ms->target = 1;
		return;
	}
	if (ms->nw == MODEL_MAX_SIGNALS)
		return;
	ms->what[ms->nw] = t ? t->what : g->name;
	ms->wlen[ms->nw] = t ? strlen(t->what) : strnlen(g->name, sizeof g->name);
	ms->nw++;
	if (g->curve == C_ITEMS) {
		for (j = 0; j < g->nitems && j < MODEL_MAX_ITEMS; j++)
			miss_field(ms, p, g->items[j].field);
	} else {
		miss_field(ms, p, g->in[0]);
		miss_field(ms, p, g->in[1]);
	}
}

/* "No data on WHAT: add FIELDS to your data or try --set ...", or, from
 * an export, what the export cannot hold and how to add it. */
static void
miss_text(struct wbuf *w, const struct pack *L, const struct miss *ms,
    unsigned flags)
{
	char what[1024], list[1024], set[512];
	struct wbuf ww, lw, sw;
	struct vars v;
	uint64_t lacks = 0;
	int i, export;

	if (ms->target) {
		sentence(w);
		put_str(w, (flags & ADVICE_PAGE) ? tr(L->lang, "No data on your "
		    "target audience: the roles, sectors or companies you sell "
		    "to are needed to count the connections that match them.") :
		    L->missing_target);
	}
	if (ms->nw == 0)
		return;
	wbuf_init(&ww, what, sizeof what);
	wbuf_init(&lw, list, sizeof list);
	wbuf_init(&sw, set, sizeof set);
	for (i = 0; i < ms->nw; i++) {
		if (i > 0)
			put_str(&ww, i == ms->nw - 1 ? L->and_word : ", ");
		put(&ww, ms->what[i], ms->wlen[i]);
	}
	for (i = 0; i < ms->nf; i++)
		lacks |= (uint64_t)1 << ms->f[i];
	export = (flags & ADVICE_EXPORT) && ms->nf > 0 &&
	    (lacks & ~EXPORT_LACKS) == 0;
	put_fields(&lw, L, ms->f, ms->nf, export ? L->nor_word : L->and_word);
	put_set(&sw, L, ms->f, ms->nf);
	vars_init(&v, L);
	v.num[V_X] = ms->nf;
	v.str[S_WHAT] = what;
	v.str[S_LIST] = list;
	v.str[S_SET] = set;
	sentence(w);
	if (flags & ADVICE_PAGE)
		expand_str(w, tr(L->lang, export ? "No data on {what}: "
		    "LinkedIn's export does not contain {list}; {x:it has|they "
		    "have} to be added to the data by hand." : "No data on "
		    "{what}: the data has no {list}; add {x:it|them} and make "
		    "the page again."), &v);
	else
		expand_str(w, export ? L->missing_export : L->missing, &v);
}

/* One signal's part of the advice; done: the member's figure only. */
static void
signal_text(struct wbuf *w, const struct pack *L, unsigned flags,
    const struct signal *g,
    const struct profile *p, const struct score *s, int i, int done)
{
	const struct sig_text *t = sig_words(L, g);
	enum shape sh;
	struct vars v;

	if (g->curve == C_ITEMS) {
		items_text(w, L, flags, g, p, done);
		return;
	}
	if (!valid_field(g->in[0]) || g->in[1] >= F_COUNT)
		return;
	sh = shape_of(g);
	vars_init(&v, L);
	v.str[S_F0] = fname(L, g->in[0]);
	v.num[V_A] = profile_value(p, g->in[0]);
	v.num[V_P] = (double)profile_period(p);
	v.num[V_T] = g->target;
	v.num[V_L] = g->lo;
	v.num[V_TP] = g->target * 100;
	v.num[V_LP] = g->lo * 100;
	if (g->in[1] >= 0) {
		v.str[S_F1] = fname(L, g->in[1]);
		v.num[V_B] = profile_value(p, g->in[1]);
		v.num[V_VP] = s->value[i] * 100;
	}
	sentence(w);
	if (s->status[i] == ST_NO_DATA) {
		expand_str(w, t && t->no_data ? t->no_data : L->no_data, &v);
		return;
	}
	expand_str(w, t && t->fig ? t->fig : L->fig[sh], &v);
	if (!done) {
		put_str(w, "; ");
		if (t && t->goal)
			expand_str(w, t->goal, &v);
		else
			expand_str(w, g->curve == C_BAND ? L->band[sh] :
			    L->goal[sh], &v);
	}
	put_str(w, ".");
}

/* The missing signals of key k (with a gain left) into ms. */
static void
miss_collect(struct miss *ms, const struct pack *L, const struct model *m,
    const struct profile *p, const struct score *s, int k, unsigned flags)
{
	int i, nsig = m->nsig < MODEL_MAX_SIGNALS ? m->nsig : MODEL_MAX_SIGNALS;

	memset(ms, 0, sizeof *ms);
	for (i = 0; i < nsig; i++)
		if (m->sig[i].key == k && s->status[i] == ST_MISSING &&
		    m->sig[i].weight > 1e-9)
			miss_add(ms, L, &m->sig[i], p, flags);
}

size_t
advice_text(int lang, const struct model *m, const struct profile *p,
    const struct score *s, int k, unsigned flags, char *buf, size_t n)
{
	const struct pack *L = pack_of(lang);
	int i, nsig, done;
	struct miss ms;
	struct wbuf w;

	if (n == 0)
		return 0;
	wbuf_init(&w, buf, n);
	if (k < 0 || k >= MODEL_KEYS)
		return 0;
	if (!score_has_key(s, k)) {
		sentence(&w);
		put_str(&w, L->no_key);
		return w.len;
	}
	done = s->gain[k] < GAIN_DONE;
	nsig = m->nsig < MODEL_MAX_SIGNALS ? m->nsig : MODEL_MAX_SIGNALS;
	for (i = 0; i < nsig; i++) {
		const struct signal *g = &m->sig[i];

		if (g->key != k || s->status[i] == ST_MISSING)
			continue;
		if (done ? s->status[i] != ST_OK :
		    g->weight - s->points[i] <= 1e-9)
			continue;
		signal_text(&w, L, flags, g, p, s, i, done);
	}
	if (!done) {
		miss_collect(&ms, L, m, p, s, k, flags);
		miss_text(&w, L, &ms, flags);
	}
	sentence(&w);
	put_str(&w, done ? L->done : L->action[k]);
	return w.len;
}

size_t
advice_supply(int lang, const struct model *m, const struct profile *p,
    const struct score *s, int k, unsigned flags, char *buf, size_t n)
{
	const struct pack *L = pack_of(lang);
	int i, nsig = m->nsig < MODEL_MAX_SIGNALS ? m->nsig : MODEL_MAX_SIGNALS;
	struct miss ms;
	struct wbuf w;

	if (n == 0)
		return 0;
	wbuf_init(&w, buf, n);
	if (k < 0 || k >= MODEL_KEYS || !score_has_key(s, k))
		return 0;
	miss_collect(&ms, L, m, p, s, k, flags);
	miss_text(&w, L, &ms, flags);
	/* an items signal partly measured (A1 without headline or summary):
	 * its unknown items are this key's unmeasured part */
	for (i = 0; i < nsig; i++) {
		const struct signal *g = &m->sig[i];
		int absent[MODEL_MAX_ITEMS], na;

		if (g->key != k || g->curve != C_ITEMS || g->weight <= 1e-9 ||
		    s->status[i] == ST_MISSING)
			continue;
		if ((na = items_absent(g, p, absent)) > 0) {
			sentence(&w);
			items_unknown(&w, L, flags, absent, na);
			put_str(&w, ".");
		}
	}
	return w.len;
}
