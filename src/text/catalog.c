/*
 * catalog.c - the message catalogue (see catalog.h): one row per English
 * text, a column per language (enum lang order: English, Spanish,
 * Portuguese), found through a hash table built on the first look-up.
 *
 * Spanish as the rest of ssi writes it: Spain, tú form; Portuguese:
 * Brazil, você form; field names, option names and values stay as typed.
 */
#include <stdint.h>
#include <string.h>

#include "ssi/catalog.h"
#include "ssi/lang.h"

/* A row: the text in each language (enum lang), English first and the
 * key; a NULL cell reads English. */
struct row {
	const char *t[LANG_COUNT];
};

static const struct row rows[] = {
	{ { "the pseudonym of each member under a key",
	    "el seudónimo de cada miembro con una clave",
	    "o pseudônimo de cada membro com uma chave" } },
	{ { "Print each NAME (a member's id) with the pseudonym that rank and "
	    "trend --pseudonyms KEYFILE show for it (Member 7): how the keeper of "
	    "the key maps a pseudonym back to a person.",
	    "Escribe cada NAME (el id de un miembro) con el seudónimo que rank y "
	    "trend --pseudonyms KEYFILE muestran para él (Miembro 7): así quien "
	    "guarda la clave sabe quién es quién.",
	    "Mostra cada NAME (o id de um membro) com o pseudônimo que rank e "
	    "trend --pseudonyms KEYFILE exibem para ele (Membro 7): assim quem "
	    "guarda a chave sabe quem é quem." } },
	{ { "members as stable pseudonyms (Member 7) keyed by the secret in "
	    "KEYFILE (created when absent, mode 0600)",
	    "los miembros con seudónimos estables (Miembro 7) según el secreto "
	    "de KEYFILE (creado si no existe, modo 0600)",
	    "os membros com pseudônimos estáveis (Membro 7) pelo segredo de "
	    "KEYFILE (criado se não existir, modo 0600)" } },
	{ { "Member %d",
	    "Miembro %d",
	    "Membro %d" } },
	{ { "--pseudonyms: out of memory or more than 9999 members",
	    "--pseudonyms: sin memoria o más de 9999 miembros",
	    "--pseudonyms: sem memória ou mais de 9999 membros" } },
	{ { "--pseudonyms: no random bytes for the key",
	    "--pseudonyms: no hay bytes aleatorios para la clave",
	    "--pseudonyms: sem bytes aleatórios para a chave" } },
	{ { "--pseudonyms: '%s': cannot create: %s",
	    "--pseudonyms: '%s': no se puede crear: %s",
	    "--pseudonyms: '%s': não é possível criar: %s" } },
	{ { "--pseudonyms: '%s': cannot write: %s",
	    "--pseudonyms: '%s': no se puede escribir: %s",
	    "--pseudonyms: '%s': não é possível gravar: %s" } },
	{ { "--pseudonyms: '%s': cannot open: %s",
	    "--pseudonyms: '%s': no se puede abrir: %s",
	    "--pseudonyms: '%s': não é possível abrir: %s" } },
	{ { "--pseudonyms: '%s': not a regular file",
	    "--pseudonyms: '%s': no es un archivo normal",
	    "--pseudonyms: '%s': não é um arquivo comum" } },
	{ { "--pseudonyms: '%s': group or others may read or write the key "
	    "(chmod 600 it)",
	    "--pseudonyms: '%s': el grupo u otros pueden leer o escribir la "
	    "clave (haz chmod 600)",
	    "--pseudonyms: '%s': o grupo ou outros podem ler ou gravar a chave "
	    "(use chmod 600)" } },
	{ { "--pseudonyms: '%s': not a key of 32 bytes",
	    "--pseudonyms: '%s': no es una clave de 32 bytes",
	    "--pseudonyms: '%s': não é uma chave de 32 bytes" } },
	{ { "usage: ssi pseudonym KEYFILE NAME...",
	    "uso: ssi pseudonym KEYFILE NAME...",
	    "uso: ssi pseudonym KEYFILE NAME..." } },
	{ { "no estimate (official figures only)",
	    "sin estimación (solo cifras oficiales)",
	    "sem estimativa (só números oficiais)" } },
	{ { "%ld without an estimate",
	    "%ld sin estimación",
	    "%ld sem estimativa" } },
	{ { "%ld snapshot with official figures only: not in the averages",
	    "%ld registro con solo cifras oficiales: fuera de las medias",
	    "%ld snapshot só com números oficiais: fora das médias" } },
	{ { "%ld snapshots with official figures only: not in the averages",
	    "%ld registros con solo cifras oficiales: fuera de las medias",
	    "%ld snapshots só com números oficiais: fora das médias" } },
	{ { "--id: '%s' is not a model id of 1 to 63 characters",
	    "--id: '%s' no es un id de modelo de 1 a 63 caracteres",
	    "--id: '%s' não é um id de modelo de 1 a 63 caracteres" } },
	{ { "out of memory",
	    "sin memoria",
	    "sem memória" } },
	{ { "unexpected argument '%s'",
	    "argumento inesperado '%s'",
	    "argumento inesperado '%s'" } },
	{ { "usage: ssi log [OPTIONS] FILE [BRAND PEOPLE ENGAGEMENT "
	    "RELATIONSHIPS] (without the four numbers, paste the SSI page on "
	    "standard input)",
	    "uso: ssi log [OPTIONS] FILE [BRAND PEOPLE ENGAGEMENT "
	    "RELATIONSHIPS] (sin los cuatro números, pega la página del SSI en "
	    "la entrada estándar)",
	    "uso: ssi log [OPTIONS] FILE [BRAND PEOPLE ENGAGEMENT "
	    "RELATIONSHIPS] (sem os quatro números, cole a página do SSI na "
	    "entrada padrão)" } },
	{ { "log: %s",
	    "log: %s",
	    "log: %s" } },
	{ { "(command line)",
	    "(línea de órdenes)",
	    "(linha de comando)" } },
	{ { "log: <stdin>: more than %u bytes: not the text of the SSI page",
	    "log: <stdin>: más de %u bytes: no es el texto de la página del SSI",
	    "log: <stdin>: mais de %u bytes: não é o texto da página do SSI" } },
	{ { "log: <stdin>: read error: %s",
	    "log: <stdin>: error de lectura: %s",
	    "log: <stdin>: erro de leitura: %s" } },
	{ { "log: <stdin>: %s; nothing recorded",
	    "log: <stdin>: %s; no se ha registrado nada",
	    "log: <stdin>: %s; nada foi registrado" } },
	{ { "log: the four components are all zero: a failed capture (the page "
	    "did not load); nothing recorded",
	    "log: los cuatro componentes son cero: una captura fallida (la "
	    "página no se cargó); no se ha registrado nada",
	    "log: os quatro componentes são zero: uma captura que falhou (a "
	    "página não carregou); nada foi registrado" } },
	{ { "log: --date: '%s' is not a date (YYYY-MM-DD)",
	    "log: --date: '%s' no es una fecha (AAAA-MM-DD)",
	    "log: --date: '%s' não é uma data (AAAA-MM-DD)" } },
	{ { "log: cannot tell today's date; give --date",
	    "log: no se sabe la fecha de hoy; indica --date",
	    "log: não foi possível saber a data de hoje; informe --date" } },
	{ { "%s: cannot open: %s",
	    "%s: no se puede abrir: %s",
	    "%s: não é possível abrir: %s" } },
	{ { "log: --id: %s",
	    "log: --id: %s",
	    "log: --id: %s" } },
	{ { "replaced the reading of %s %s",
	    "sustituida la lectura de %s, %s",
	    "substituída a leitura de %s, %s" } },
	{ { "recorded %s %s",
	    "registrada la lectura de %s, %s",
	    "registrada a leitura de %s, %s" } },
	{ { " (no labels found: the four figures after the index, in page "
	    "order)",
	    " (sin etiquetas: las cuatro cifras tras el índice, en el orden de "
	    "la página)",
	    " (sem rótulos: os quatro números depois do índice, na ordem da "
	    "página)" } },
	{ { "log --changes: no '%s' output (csv, tsv)",
	    "log --changes: no hay salida '%s' (csv, tsv)",
	    "log --changes: não há saída '%s' (csv, tsv)" } },
	{ { "--by: no record has a column '%s'; did you mean '%s'?",
	    "--by: ningún registro tiene una columna '%s'; ¿querías decir "
	    "'%s'?",
	    "--by: nenhum registro tem uma coluna '%s'; você quis dizer "
	    "'%s'?" } },
	{ { "--by: no record has a column '%s'",
	    "--by: ningún registro tiene una columna '%s'",
	    "--by: nenhum registro tem uma coluna '%s'" } },
	{ { "--min-group: '%s' is not a whole number from 1 to 1000000",
	    "--min-group: '%s' no es un número entero de 1 a 1000000",
	    "--min-group: '%s' não é um número inteiro de 1 a 1000000" } },
	{ { "--only: no member has the id '%s'; did you mean '%s'?",
	    "--only: ningún miembro tiene el id '%s'; ¿querías decir '%s'?",
	    "--only: nenhum membro tem o id '%s'; você quis dizer '%s'?" } },
	{ { "--only: no member has the id '%s'",
	    "--only: ningún miembro tiene el id '%s'",
	    "--only: nenhum membro tem o id '%s'" } },
	{ { "the team part per group of this field too (as rank --by)",
	    "además, la parte del equipo por grupo de este campo (como rank "
	    "--by)",
	    "também a parte da equipe por grupo deste campo (como rank "
	    "--by)" } },
	{ { "groups and averages of fewer than N members are hidden (default: "
	    "5 with --pseudonyms, else 1)",
	    "se ocultan los grupos y las medias de menos de N miembros (por "
	    "defecto: 5 con --pseudonyms, si no 1)",
	    "grupos e médias de menos de N membros ficam ocultos (padrão: 5 "
	    "com --pseudonyms, senão 1)" } },
	{ { "one member's own page: their figures, the team's averages, no "
	    "other name",
	    "la página de un solo miembro: sus cifras, las medias del equipo, "
	    "ningún otro nombre",
	    "a página de um só membro: os números dele, as médias da equipe, "
	    "nenhum outro nome" } },
	{ { "top",
	    "top",
	    "top" } },
	{ { "fewer than %ld members: no average",
	    "menos de %ld miembros: sin media",
	    "menos de %ld membros: sem média" } },
	{ { ": fewer than %ld members, not shown",
	    ": menos de %ld miembros, no se muestra",
	    ": menos de %ld membros, não exibido" } },
	{ { "members",
	    "miembros",
	    "membros" } },
	{ { "groups of fewer than %ld members hidden: %ld (%s; --min-group)",
	    "grupos de menos de %ld miembros ocultos: %ld (%s; --min-group)",
	    "grupos com menos de %ld membros ocultos: %ld (%s; "
	    "--min-group)" } },
	{ { "--by: unknown field '%s' (did you mean '%s'?)",
	    "--by: campo desconocido '%s' (¿querías decir '%s'?)",
	    "--by: campo desconhecido '%s' (você quis dizer '%s'?)" } },
	{ { "--by: '%.20s...' is longer than 62 bytes",
	    "--by: '%.20s...' tiene más de 62 bytes",
	    "--by: '%.20s...' tem mais de 62 bytes" } },
	{ { "%ld profile below %g: ",
	    "%ld perfil por debajo de %g: ",
	    "%ld perfil abaixo de %g: " } },
	{ { "%ld profiles below %g: ",
	    "%ld perfiles por debajo de %g: ",
	    "%ld perfis abaixo de %g: " } },
	{ { " and %ld more",
	    " y %ld más",
	    " e mais %ld" } },
	{ { "give the kind of export: ssi import linkedin PATH",
	    "indica el tipo de exportación: ssi import linkedin PATH",
	    "informe o tipo de exportação: ssi import linkedin PATH" } },
	{ { "give a PATH (a .zip or a folder)",
	    "indica una PATH (un .zip o una carpeta)",
	    "informe um PATH (um .zip ou uma pasta)" } },
	{ { "--explain writes text, json or jsonl",
	    "--explain escribe text, json o jsonl",
	    "--explain escreve text, json ou jsonl" } },
	{ { "warning",
	    "aviso",
	    "aviso" } },
	{ { "(see ssi help %s)\n",
	    "(consulta ssi help %s)\n",
	    "(veja ssi help %s)\n" } },
	{ { "(see ssi --help)\n",
	    "(consulta ssi --help)\n",
	    "(veja ssi --help)\n" } },
	{ { "no input: give a FILE or pipe profiles in (ssi help %s)",
	    "no hay entrada: indica un FILE o pasa los perfiles por una "
	    "tubería (ssi help %s)",
	    "não há entrada: informe um FILE ou envie os perfis por um pipe "
	    "(ssi help %s)" } },
	{ { "--report-html: '%s' must be a file of its own, not the output",
	  "--report-html: '%s' tiene que ser un archivo aparte, no la salida",
	    "--report-html: '%s' precisa ser um arquivo à parte, não a saída" } },
	{ { "--report-html %s is also an input",
	  "--report-html %s es también una entrada",
	    "--report-html %s também é uma entrada" } },
	{ { "also write the report of the fit as an HTML page to FILE",
	  "escribe además el informe del ajuste como página HTML en FILE",
	    "escreve também o relatório do ajuste como página HTML em FILE" } },
	{ { "-o %s is also an input",
	    "-o %s es también una entrada",
	    "-o %s também é uma entrada" } },
	{ { "%ld profile scored, %ld rejected; %s stopped at line %ld, the "
	    "rest of it was not read",
	    "%ld perfil puntuado, rechazados: %ld; %s se detuvo en la línea "
	    "%ld, el resto no se ha leído",
	    "%ld perfil pontuado, rejeitados: %ld; %s parou na linha %ld, o "
	    "resto não foi lido" } },
	{ { "%ld profiles scored, %ld rejected; %s stopped at line %ld, the "
	    "rest of it was not read",
	    "%ld perfiles puntuados, rechazados: %ld; %s se detuvo en la línea "
	    "%ld, el resto no se ha leído",
	    "%ld perfis pontuados, rejeitados: %ld; %s parou na linha %ld, o "
	    "resto não foi lido" } },
	{ { "%ld profile scored, %ld rejected",
	    "%ld perfil puntuado, rechazados: %ld",
	    "%ld perfil pontuado, rejeitados: %ld" } },
	{ { "%ld profiles scored, %ld rejected",
	    "%ld perfiles puntuados, rechazados: %ld",
	    "%ld perfis pontuados, rejeitados: %ld" } },
	{ { "%s (default: %s)",
	    "%s (por defecto: %s)",
	    "%s (padrão: %s)" } },
	{ { "\nexit status: 0 success, 2 any error (bad usage, unreadable or "
	    "malformed\ninput, a rejected record, a failed write)\n",
	    "\nestado de salida: 0 éxito, 2 cualquier error (uso incorrecto, "
	    "entrada ilegible\no mal formada, un registro rechazado, una "
	    "escritura fallida)\n",
	    "\nstatus de saída: 0 sucesso, 2 qualquer erro (uso incorreto, "
	    "entrada ilegível ou\nmal formada, um registro rejeitado, uma "
	    "escrita que falhou)\n" } },
	{ { "\nexit status: 0 success, 1 --fail-under not met, 2 any error "
	    "(bad usage,\nunreadable or malformed input, a rejected record, a "
	    "failed write)\n",
	    "\nestado de salida: 0 éxito, 1 --fail-under no alcanzado, 2 "
	    "cualquier error (uso\nincorrecto, entrada ilegible o mal formada, "
	    "un registro rechazado, una escritura\nfallida)\n",
	    "\nstatus de saída: 0 sucesso, 1 --fail-under não atingido, 2 "
	    "qualquer erro (uso\nincorreto, entrada ilegível ou mal formada, um "
	    "registro rejeitado, uma escrita\nque falhou)\n" } },
	{ { "usage: ssi COMMAND [OPTIONS] [ARGS]\n\ncommands:\n",
	    "uso: ssi COMMAND [OPTIONS] [ARGS]\n\nórdenes:\n",
	    "uso: ssi COMMAND [OPTIONS] [ARGS]\n\ncomandos:\n" } },
	{ { "\noptions of every command:\n",
	    "\nopciones de todas las órdenes:\n",
	    "\nopções de cada comando:\n" } },
	{ { "\n'ssi help COMMAND' lists the options of a command.\n",
	    "\n'ssi help COMMAND' muestra las opciones de una orden.\n",
	    "\n'ssi help COMMAND' lista as opções de um comando.\n" } },
	{ { "usage: ssi ",
	    "uso: ssi ",
	    "uso: ssi " } },
	{ { "\noptions:\n",
	    "\nopciones:\n",
	    "\nopções:\n" } },
	{ { "unknown command '%s' (did you mean '%s'?)",
	    "orden desconocida '%s' (¿querías decir '%s'?)",
	    "comando desconhecido '%s' (você quis dizer '%s'?)" } },
	{ { "unknown command '%s'",
	    "orden desconocida '%s'",
	    "comando desconhecido '%s'" } },
	{ { "unknown output format '%s' (%s)",
	    "formato de salida desconocido '%s' (%s)",
	    "formato de saída desconhecido '%s' (%s)" } },
	{ { "unknown input format '%s'",
	    "formato de entrada desconocido '%s'",
	    "formato de entrada desconhecido '%s'" } },
	{ { "delimiter '%s' is not one character",
	    "el delimitador '%s' no es un solo carácter",
	    "o delimitador '%s' não é um único caractere" } },
	{ { "-o: the file name is empty",
	    "-o: el nombre del archivo está vacío",
	    "-o: o nome do arquivo está vazio" } },
	{ { "--encoding: '%s' is not auto, utf-8 or cp1252",
	    "--encoding: '%s' no es auto, utf-8 ni cp1252",
	    "--encoding: '%s' não é auto, utf-8 nem cp1252" } },
	{ { "--dates: '%s' is not dmy or mdy",
	    "--dates: '%s' no es dmy ni mdy",
	    "--dates: '%s' não é dmy nem mdy" } },
	{ { "--lang: '%s' is not one of %s",
	    "--lang: '%s' no es ninguno de %s",
	    "--lang: '%s' não é nenhum de %s" } },
	{ { "--color: '%s' is not auto, always or never",
	    "--color: '%s' no es auto, always ni never",
	    "--color: '%s' não é auto, always nem never" } },
	{ { "--period: '%s' is not a whole number from 1 to 366",
	    "--period: '%s' no es un número entero de 1 a 366",
	    "--period: '%s' não é um número inteiro de 1 a 366" } },
	{ { "--fail-under: '%s' is not a number from 0 to 100",
	    "--fail-under: '%s' no es un número de 0 a 100",
	    "--fail-under: '%s' não é um número de 0 a 100" } },
	{ { "--%s: '%s' is not a date (YYYY-MM-DD)",
	    "--%s: '%s' no es una fecha (AAAA-MM-DD)",
	    "--%s: '%s' não é uma data (AAAA-MM-DD)" } },
	{ { "--every: '%s' is not a whole number from 1 to 3660",
	    "--every: '%s' no es un número entero de 1 a 3660",
	    "--every: '%s' não é um número inteiro de 1 a 3660" } },
	{ { "-j: '%s' is not a whole number from 0 to %d",
	    "-j: '%s' no es un número entero de 0 a %d",
	    "-j: '%s' não é um número inteiro de 0 a %d" } },
	{ { "read CSV input with N threads, 0 = one per core (default: 1); "
	    "the output is the same",
	    "lee la entrada CSV con N hilos, 0 = uno por núcleo (por defecto: "
	    "1); la salida es la misma",
	    "lê a entrada CSV com N threads, 0 = uma por núcleo (padrão: 1); "
	    "a saída é a mesma" } },
	{ { "option '%s' needs a value",
	    "la opción '%s' necesita un valor",
	    "a opção '%s' precisa de um valor" } },
	{ { "unknown option '%s'",
	    "opción desconocida '%s'",
	    "opção desconhecida '%s'" } },
	{ { "more than %d --set options",
	    "más de %d opciones --set",
	    "mais de %d opções --set" } },
	{ { "no command given",
	    "no has indicado ninguna orden",
	    "nenhum comando informado" } },
	{ { "--%s is an option of %s",
	    "--%s es una opción de %s",
	    "--%s é uma opção de %s" } },
	{ { "no command",
	    "ninguna orden",
	    "nenhum comando" } },
	{ { "no '%s' output (%s)",
	    "no hay salida '%s' (%s)",
	    "não há saída '%s' (%s)" } },
	/* the option arrays (src/cli/opts.c) */
	{ { "--%s: '%s' is not one of %s",
	    "--%s: '%s' no es uno de estos: %s",
	    "--%s: '%s' não é um destes: %s" } },
	{ { "unknown option '--%s' (did you mean '--%s'?)",
	    "opción desconocida '--%s' (¿querías decir '--%s'?)",
	    "opção desconhecida '--%s' (você quis dizer '--%s'?)" } },
	{ { "option '--%s' takes no value",
	    "la opción '--%s' no admite valor",
	    "a opção '--%s' não aceita valor" } },
	{ { "%swith --%s: %s (default: %s)",
	    "%scon --%s: %s (por defecto: %s)",
	    "%scom --%s: %s (padrão: %s)" } },
	{ { "no '%s' output without --%s",
	    "no hay salida '%s' sin --%s",
	    "não há saída '%s' sem --%s" } },
	{ { "no '%s' output",
	    "no hay salida '%s'",
	    "não há saída '%s'" } },
	/* ssi completion (src/cli/complete.c) */
	{ { "output format",
	    "formato de salida",
	    "formato de saída" } },
	{ { "give the shell: bash, zsh or fish",
	    "indica el shell: bash, zsh o fish",
	    "informe o shell: bash, zsh ou fish" } },
	{ { "no completion for '%s' (bash, zsh, fish)",
	    "no hay completado para '%s' (bash, zsh, fish)",
	    "não há autocompletar para '%s' (bash, zsh, fish)" } },
	{ { "shell completion of ssi",
	    "completado de ssi para el shell",
	    "autocompletar do ssi para o shell" } },
	{ { "Print the completion script of ssi for bash, zsh or fish, "
	    "generated from its commands and options (make install puts them "
	    "where the shells look for them).",
	    "Escribe el script de completado de ssi para bash, zsh o fish, "
	    "generado a partir de sus órdenes y opciones (make install los "
	    "instala donde los buscan los shells).",
	    "Escreve o script de autocompletar do ssi para bash, zsh ou fish, "
	    "gerado a partir de seus comandos e opções (make install os "
	    "instala onde os shells os procuram)." } },
	/* import --explain: where each field came from (in/linkedin) */
	{ { "dated %s\xE2\x80\xA6%s",
	    "con fecha %s\xE2\x80\xA6%s",
	    "com data %s\xE2\x80\xA6%s" } },
	{ { "on or before %s",
	    "hasta el %s",
	    "até %s" } },
	{ { "(no date: no window)",
	    "(sin fecha: sin ventana)",
	    "(sem data: sem janela)" } },
	{ { "(no date: all)",
	    "(sin fecha: todas)",
	    "(sem data: todas)" } },
	{ { "the name",
	    "el nombre",
	    "o nome" } },
	{ { "no name in the export: me, in every snapshot",
	    "sin nombre en la exportación: me, en cada instantánea",
	    "sem nome na exportação: me, em cada instantâneo" } },
	{ { "the latest date in the export",
	    "la última fecha de la exportación",
	    "a data mais recente da exportação" } },
	{ { "Profile.csv: First Name + Last Name",
	    "Profile.csv: First Name + Last Name",
	    "Profile.csv: First Name + Last Name" } },
	{ { "Profile.csv: %s",
	    "Profile.csv: %s",
	    "Profile.csv: %s" } },
	{ { "not in Profile.csv (or blank) - add it with --set %s=TEXT",
	    "no está en Profile.csv (o está vacío): añádelo con --set %s=TEXT",
	    "não está em Profile.csv (ou está vazio): adicione com --set %s=TEXT" } },
	{ { "--period (default 30): the window of the activity counts, %s",
	    "--period (por defecto 30): la ventana de los recuentos de actividad, %s",
	    "--period (padrão 30): a janela das contagens de atividade, %s" } },
	{ { "Rich_Media.csv: a profile photo uploaded %s",
	    "Rich_Media.csv: una foto de perfil subida %s",
	    "Rich_Media.csv: uma foto de perfil enviada %s" } },
	{ { "no profile photo upload %s in Rich_Media.csv (that proves nothing) - add it with --set photo=true",
	    "ninguna foto de perfil subida %s en Rich_Media.csv (eso no prueba nada): añádela con --set photo=true",
	    "nenhuma foto de perfil enviada %s em Rich_Media.csv (isso não prova nada): adicione com --set photo=true" } },
	{ { "Ad_Targeting.csv: names in Member Groups",
	    "Ad_Targeting.csv: los nombres de Member Groups",
	    "Ad_Targeting.csv: os nomes em Member Groups" } },
	{ { "Positions.csv: %ld of %ld rows started %s",
	    "Positions.csv: %ld de %ld filas iniciadas %s",
	    "Positions.csv: %ld de %ld linhas iniciadas %s" } },
	{ { "%s: all %ld rows (undated)",
	    "%s: las %ld filas (sin fecha)",
	    "%s: todas as %ld linhas (sem data)" } },
	{ { "%s: %ld of %ld rows dated %s",
	    "%s: %ld de %ld filas con fecha %s",
	    "%s: %ld de %ld linhas com data %s" } },
	{ { "%s: %ld of %ld rows VISIBLE (or no status), created %s",
	    "%s: %ld de %ld filas VISIBLE (o sin estado), creadas %s",
	    "%s: %ld de %ld linhas VISIBLE (ou sem status), criadas %s" } },
	{ { "%s: %ld of %ld rows, documents and videos uploaded %s",
	    "%s: %ld de %ld filas, documentos y vídeos subidos %s",
	    "%s: %ld de %ld linhas, documentos e vídeos enviados %s" } },
	{ { "Articles/: %ld of %ld .html files published %s (drafts not counted)",
	    "Articles/: %ld de %ld archivos .html publicados %s (sin contar borradores)",
	    "Articles/: %ld de %ld arquivos .html publicados %s (rascunhos não contam)" } },
	{ { "no Articles/ folder in the export \xE2\x80\x94 add it with --set articles=N",
	    "no hay carpeta Articles/ en la exportación \xE2\x80\x94 añádelo con --set articles=N",
	    "não há pasta Articles/ na exportação \xE2\x80\x94 adicione com --set articles=N" } },
	{ { "%s: %ld of %ld rows connected %s",
	    "%s: %ld de %ld filas conectadas %s",
	    "%s: %ld de %ld linhas conectadas %s" } },
	{ { "needs your target: give --target KW,... (or --set target_connections=N)",
	    "necesita tu público objetivo: indica --target KW,... (o --set target_connections=N)",
	    "precisa do seu público-alvo: informe --target KW,... (ou --set target_connections=N)" } },
	{ { "%s: %ld of %ld rows %s",
	    "%s: %ld de %ld filas %s",
	    "%s: %ld de %ld linhas %s" } },
	{ { "%s: %ld of %ld rows %s with commentary, not in a group",
	    "%s: %ld de %ld filas %s con comentario, fuera de grupos",
	    "%s: %ld de %ld linhas %s com comentário, fora de grupos" } },
	{ { "Shares.csv rows without commentary and InstantReposts.csv rows %s (%ld and %ld rows in all)",
	    "filas de Shares.csv sin comentario y filas de InstantReposts.csv %s (%ld y %ld filas en total)",
	    "linhas de Shares.csv sem comentário e linhas de InstantReposts.csv %s (%ld e %ld linhas no total)" } },
	{ { "%s: %ld of %ld rows %s, not on the member's posts nor in a group",
	    "%s: %ld de %ld filas %s, ni en publicaciones del miembro ni en grupos",
	    "%s: %ld de %ld linhas %s, nem em publicações do membro nem em grupos" } },
	{ { "Shares.csv and Comments.csv rows %s on a groupPost",
	    "filas de Shares.csv y Comments.csv %s en un groupPost",
	    "linhas de Shares.csv e Comments.csv %s em um groupPost" } },
	{ { "distinct days %s with a share, comment, reaction, vote, repost, sent invitation, search or message of the member",
	    "días distintos %s con una publicación, comentario, reacción, voto, republicación, invitación enviada, búsqueda o mensaje del miembro",
	    "dias distintos %s com uma publicação, comentário, reação, voto, republicação, convite enviado, pesquisa ou mensagem do membro" } },
	{ { "%s: %ld of %ld rows %s not sent by the member (spam and sponsored left out)",
	    "%s: %ld de %ld filas %s no enviadas por el miembro (sin spam ni patrocinados)",
	    "%s: %ld de %ld linhas %s não enviadas pelo membro (sem spam nem patrocinadas)" } },
	{ { "%s: of those, %ld answered later in the conversation by a message of the member %s",
	    "%s: de ellas, %ld respondidas después en la conversación con un mensaje del miembro %s",
	    "%s: dessas, %ld respondidas depois na conversa com uma mensagem do membro %s" } },
	{ { "%s: %ld of %ld rows OUTGOING %s",
	    "%s: %ld de %ld filas OUTGOING %s",
	    "%s: %ld de %ld linhas OUTGOING %s" } },
	{ { "%s: of those, %ld with a message",
	    "%s: de ellas, %ld con mensaje",
	    "%s: dessas, %ld com mensagem" } },
	{ { "%s: of those, %ld whose invitee is among the connections made %s "
	    "(%ld matched by name: no real profile URL)",
	    "%s: de ellas, %ld cuyo invitado está entre los contactos hechos %s "
	    "(%ld por el nombre: sin URL de perfil real)",
	    "%s: dessas, %ld cujo convidado está entre as conexões feitas %s "
	    "(%ld pelo nome: sem URL de perfil real)" } },
	{ { "needs Connections.csv, not in the export \xE2\x80\x94 add it with --set invitations_accepted=N",
	    "necesita Connections.csv, que no está en la exportación \xE2\x80\x94 añádelo con --set invitations_accepted=N",
	    "precisa de Connections.csv, que não está na exportação \xE2\x80\x94 adicione com --set invitations_accepted=N" } },
	{ { "not in the export \xE2\x80\x94 add it with --set %s=N",
	    "no está en la exportación \xE2\x80\x94 añádelo con --set %s=N",
	    "não está na exportação \xE2\x80\x94 adicione com --set %s=N" } },
	{ { "%s: %ld of the %ld connections %s, %s",
	    "%s: %ld de los %ld contactos %s, %s",
	    "%s: %ld das %ld conexões %s, %s" } },
	{ { "no %s in the export \xE2\x80\x94 add it with --set %s=N",
	    "no hay %s en la exportación \xE2\x80\x94 añádelo con --set %s=N",
	    "não há %s na exportação \xE2\x80\x94 adicione com --set %s=N" } },
	{ { "no Member Groups column in Ad_Targeting.csv \xE2\x80\x94 add it with --set groups=N",
	    "no hay columna Member Groups en Ad_Targeting.csv \xE2\x80\x94 añádelo con --set groups=N",
	    "não há coluna Member Groups em Ad_Targeting.csv \xE2\x80\x94 adicione com --set groups=N" } },
	{ { "whose Position names a senior role (chief, vp, director, head, founder, owner, partner...)",
	    "cuyo Position nombra un cargo directivo (chief, vp, director, head, founder, owner, partner...)",
	    "cujo Position indica um cargo de liderança (chief, vp, director, head, founder, owner, partner...)" } },
	{ { "whose Company is that of a current position",
	    "cuya Company es la de un puesto actual",
	    "cuja Company é a de um cargo atual" } },
	{ { "whose Position or Company holds a --target keyword",
	    "cuyo Position o Company contiene una palabra clave de --target",
	    "cujo Position ou Company contém uma palavra-chave de --target" } },
	/* import --explain (src/out/explain_out.c) */
	{ { ", as of ",
	    ", a fecha de ",
	    ", em " } },
	{ { "Not in the export:\n",
	    "No está en la exportación:\n",
	    "Não está na exportação:\n" } },
	{ { "say where each number came from, field by field, instead of the "
	    "record",
	    "dice de dónde sale cada número, campo a campo, en vez del registro",
	    "diz de onde veio cada número, campo a campo, em vez do registro" } },
	{ { "model id '%s' is not a name of 1 to 63 characters",
	    "el id de modelo '%s' no es un nombre de 1 a 63 caracteres",
	    "o id de modelo '%s' não é um nome de 1 a 63 caracteres" } },
	{ { "no snapshot has both data and official figures: %ld %s official "
	    "figures only, %ld %s no official figure",
	    "ninguna instantánea tiene a la vez datos y cifras oficiales: %ld "
	    "%s solo cifras oficiales, %ld %s ninguna cifra oficial",
	    "nenhum snapshot tem ao mesmo tempo dados e números oficiais: "
	    "%ld %s só números oficiais, %ld %s nenhum número oficial" } },
	{ { "has",
	    "tiene",
	    "tem" } },
	{ { "have",
	    "tienen",
	    "têm" } },
	{ { "id %s has another snapshot dated %s (merged, the later value "
	    "kept: %.300s)",
	    "el id %s tiene otra instantánea con fecha %s (fusionadas, se "
	    "queda el valor posterior: %.300s)",
	    "o id %s tem outro snapshot com data %s (mesclados, fica o valor "
	    "posterior: %.300s)" } },
	/* the snapshot pipeline (snapset.c) */
	{ { "note",
	    "nota",
	    "nota" } },
	{ { "id %s taken as %s (invisible characters removed)",
	    "id %s tomado como %s (caracteres invisibles eliminados)",
	    "id %s lido como %s (caracteres invisíveis removidos)" } },
	{ { "id %s taken as %s (accents composed, Unicode NFC)",
	    "id %s tomado como %s (acentos compuestos, Unicode NFC)",
	    "id %s lido como %s (acentos compostos, Unicode NFC)" } },
	{ { "more than %ld snapshots",
	    "más de %ld instantáneas",
	    "mais de %ld snapshots" } },
	{ { "readings of 'me' taken as %s (the only other member); --id sets it",
	    "lecturas de 'me' tomadas como de %s (el único otro miembro); "
	    "--id lo cambia",
	    "leituras de 'me' atribuídas a %s (o único outro membro); --id "
	    "muda isso" } },
	{ { "readings of 'me' filed under %s (the member whose id is 'me')",
	    "lecturas de 'me' asignadas a %s (el miembro cuyo id es 'me')",
	    "leituras de 'me' atribuídas a %s (o membro cujo id é 'me')" } },
	{ { "readings of 'me' kept apart: the inputs hold %s and other members "
	    "(ssi log --id files readings under a member's id)",
	    "lecturas de 'me' aparte: las entradas tienen a %s y otros "
	    "miembros (ssi log --id guarda las lecturas con el id de un "
	    "miembro)",
	    "leituras de 'me' mantidas à parte: as entradas têm %s e outros "
	    "membros (ssi log --id grava as leituras com o id de um membro)" } },
	{ { ", %ld day before the data",
	    ", %ld día antes de los datos",
	    ", %ld dia antes dos dados" } },
	{ { ", %ld days before the data",
	    ", %ld días antes de los datos",
	    ", %ld dias antes dos dados" } },
	{ { ", %ld day after the data",
	    ", %ld día tras los datos",
	    ", %ld dia depois dos dados" } },
	{ { ", %ld days after the data",
	    ", %ld días tras los datos",
	    ", %ld dias depois dos dados" } },
	{ { "report every snapshot, not each member's latest",
	    "informa de cada instantánea, no solo de la última de cada miembro",
	    "informa cada snapshot, não só o mais recente de cada membro" } },
	{ { "%s: '%s' is missing",
	    "%s: falta '%s'",
	    "%s: falta '%s'" } },
	{ { "%s: '%s' is not a number",
	    "%s: '%s' no es un número",
	    "%s: '%s' não é um número" } },
	{ { "%s: an input is not a string",
	    "%s: una entrada no es una cadena",
	    "%s: uma entrada não é uma string" } },
	{ { "%s: unknown input '%s'",
	    "%s: entrada desconocida '%s'",
	    "%s: entrada desconhecida '%s'" } },
	{ { "%s: '%s' is a goal, not a model input",
	    "%s: '%s' es un objetivo, no una entrada del modelo",
	    "%s: '%s' é uma meta, não uma entrada do modelo" } },
	{ { "%s: '%s' is an official figure, not a model input",
	    "%s: '%s' es una cifra oficial, no una entrada del modelo",
	    "%s: '%s' é um número oficial, não uma entrada do modelo" } },
	{ { "%s: curve 'items' needs an 'items' array",
	    "%s: la curva 'items' necesita un array 'items'",
	    "%s: a curva 'items' precisa de um array 'items'" } },
	{ { "%s: more than %d items",
	    "%s: más de %d elementos",
	    "%s: mais de %d itens" } },
	{ { "%s: an item is not an object",
	    "%s: un elemento no es un objeto",
	    "%s: um item não é um objeto" } },
	{ { "%s: item min above max",
	    "%s: el min de un elemento es mayor que su max",
	    "%s: o min de um item é maior que o max" } },
	{ { "%s: not an object",
	    "%s: no es un objeto",
	    "%s: não é um objeto" } },
	{ { "%s: 'signal' must be a name of 1 to 31 characters",
	    "%s: 'signal' debe ser un nombre de 1 a 31 caracteres",
	    "%s: 'signal' precisa ser um nome de 1 a 31 caracteres" } },
	{ { "%s: 'signal' is not valid UTF-8",
	    "%s: 'signal' no es UTF-8 válido",
	    "%s: 'signal' não é UTF-8 válido" } },
	{ { "%s: unknown pillar",
	    "%s: pilar desconocido",
	    "%s: componente desconhecido" } },
	{ { "%s: key must be one of A1-D4",
	    "%s: key debe ser una de A1-D4",
	    "%s: key precisa ser uma de A1-D4" } },
	{ { "%s: key %s is not a key of pillar %s",
	    "%s: la clave %s no es una clave del pilar %s",
	    "%s: a chave %s não é uma chave do componente %s" } },
	{ { "%s: unknown curve '%s'",
	    "%s: curva desconocida '%s'",
	    "%s: curva desconhecida '%s'" } },
	{ { "%s: weight below 0",
	    "%s: peso menor que 0",
	    "%s: peso menor que 0" } },
	{ { "%s: 'inputs' must list 1 or 2 fields",
	    "%s: 'inputs' debe tener 1 o 2 campos",
	    "%s: 'inputs' precisa listar 1 ou 2 campos" } },
	{ { "%s: curve 'flag' needs one flag input",
	    "%s: la curva 'flag' necesita una entrada de tipo flag",
	    "%s: a curva 'flag' precisa de uma entrada do tipo flag" } },
	{ { "%s: inputs of a %s curve must be counts",
	    "%s: las entradas de una curva %s deben ser recuentos",
	    "%s: as entradas de uma curva %s precisam ser contagens" } },
	{ { "%s: target must be above 0",
	    "%s: target debe ser mayor que 0",
	    "%s: target precisa ser maior que 0" } },
	{ { "%s: band lo must be below target",
	    "%s: el lo de band debe ser menor que target",
	    "%s: o lo de band precisa ser menor que target" } },
	{ { "cannot open: %s",
	    "no se puede abrir: %s",
	    "não é possível abrir: %s" } },
	{ { "is a folder, not a model file (ssi model -f json writes one)",
	    "es una carpeta, no un archivo de modelo (ssi model -f json "
	    "escribe uno)",
	    "é uma pasta, não um arquivo de modelo (ssi model -f json "
	    "escreve um)" } },
	{ { "model file larger than 1 MiB",
	    "archivo de modelo mayor de 1 MiB",
	    "arquivo de modelo maior que 1 MiB" } },
	{ { "read error: %s",
	    "error de lectura: %s",
	    "erro de leitura: %s" } },
	{ { "model: invalid JSON",
	    "model: JSON no válido",
	    "model: JSON inválido" } },
	{ { "model: trailing data after the JSON value",
	    "model: datos de más tras el valor JSON",
	    "model: dados a mais depois do valor JSON" } },
	{ { "model: key %s given twice",
	    "model: la clave %s aparece dos veces",
	    "model: a chave %s aparece duas vezes" } },
	{ { "model: not a JSON object",
	    "model: no es un objeto JSON",
	    "model: não é um objeto JSON" } },
	{ { "model: 'id' must be a name of 1 to 63 characters",
	    "model: 'id' debe ser un nombre de 1 a 63 caracteres",
	    "model: 'id' precisa ser um nome de 1 a 63 caracteres" } },
	{ { "model: 'id' is not valid UTF-8",
	    "model: 'id' no es UTF-8 válido",
	    "model: 'id' não é UTF-8 válido" } },
	{ { "model: 'signals' must be an array of 1 to %d signals",
	    "model: 'signals' debe ser un array de 1 a %d señales",
	    "model: 'signals' precisa ser um array de 1 a %d sinais" } },
	{ { "model: weights of pillar %s sum to %s, not 25",
	    "model: los pesos del pilar %s suman %s, no 25",
	    "model: os pesos do componente %s somam %s, não 25" } },
	{ { "%s: %s is not a number",
	    "%s: %s no es un número",
	    "%s: %s não é um número" } },
	{ { "%s: %s is not a whole number",
	    "%s: %s no es un número entero",
	    "%s: %s não é um número inteiro" } },
	{ { "%s: %s has more than %d decimals",
	    "%s: %s tiene más de %d decimales",
	    "%s: %s tem mais de %d casas decimais" } },
	{ { "%s: %s is out of range (%s to %s)",
	    "%s: %s está fuera de rango (de %s a %s)",
	    "%s: %s está fora do intervalo (de %s a %s)" } },
	{ { "official figures all zero: taken as missing",
	    "cifras oficiales todas a cero: se toman como ausentes",
	    "números oficiais iguais a zero: tratados como ausentes" } },
	{ { "%s: '0' is out of range (1 to 100)",
	    "%s: '0' está fuera de rango (de 1 a 100)",
	    "%s: '0' está fora do intervalo (de 1 a 100)" } },
	{ { "official_ssi %s does not match its components (sum %s)",
	    "official_ssi %s no cuadra con sus componentes (suman %s)",
	    "official_ssi %s não bate com seus componentes (soma %s)" } },
	{ { "%s: given twice",
	    "%s: aparece dos veces",
	    "%s: aparece duas vezes" } },
	{ { "%s: %s is not text",
	    "%s: %s no es texto",
	    "%s: %s não é texto" } },
	{ { "%s: value longer than %d bytes",
	    "%s: valor de más de %d bytes",
	    "%s: valor com mais de %d bytes" } },
	{ { "%s: contains a NUL byte",
	    "%s: contiene un byte NUL",
	    "%s: contém um byte NUL" } },
	{ { "%s: invalid UTF-8",
	    "%s: UTF-8 no válido",
	    "%s: UTF-8 inválido" } },
	{ { "%s: %s is not a date (YYYY-MM-DD)",
	    "%s: %s no es una fecha (AAAA-MM-DD)",
	    "%s: %s não é uma data (AAAA-MM-DD)" } },
	{ { "%s: out of memory",
	    "%s: sin memoria",
	    "%s: sem memória" } },
	{ { "%s: %s is not true or false",
	    "%s: %s no es true ni false",
	    "%s: %s não é true nem false" } },
	{ { "%s: %s is not a whole number: write %s, without a thousands "
	    "separator",
	    "%s: %s no es un número entero: escribe %s, sin separador de miles",
	    "%s: %s não é um número inteiro: escreva %s, sem separador de "
	    "milhar" } },
	{ { "%s: %s is not a whole number: a count has no decimals",
	    "%s: %s no es un número entero: un recuento no tiene decimales",
	    "%s: %s não é um número inteiro: uma contagem não tem casas "
	    "decimais" } },
	{ { "%s: %s is out of range (%s)",
	    "%s: %s está fuera de rango (%s)",
	    "%s: %s está fora do intervalo (%s)" } },
	{ { "%s (%lld) exceeds %s (%lld)",
	    "%s (%lld) supera %s (%lld)",
	    "%s (%lld) é maior que %s (%lld)" } },
	{ { "more than %d columns of your own",
	    "más de %d columnas propias",
	    "mais de %d colunas próprias" } },
	{ { "as_of: %s is not a date (YYYY-MM-DD)",
	    "as_of: %s no es una fecha (AAAA-MM-DD)",
	    "as_of: %s não é uma data (AAAA-MM-DD)" } },
	{ { "as_of: %s is not a date (--dates %s)",
	    "as_of: %s no es una fecha (--dates %s)",
	    "as_of: %s não é uma data (--dates %s)" } },
	{ { "as_of: %s is not a date (YYYY-MM-DD): give --dates dmy (%s) or "
	    "--dates mdy (%s)",
	    "as_of: %s no es una fecha (AAAA-MM-DD): indica --dates dmy (%s) o "
	    "--dates mdy (%s)",
	    "as_of: %s não é uma data (AAAA-MM-DD): informe --dates dmy (%s) "
	    "ou --dates mdy (%s)" } },
	{ { "out of memory after %ld profiles",
	    "sin memoria tras %ld perfiles",
	    "sem memória depois de %ld perfis" } },
	{ { "more than %ld profiles: ssi rank holds every score in memory "
	    "(split the input by group)",
	    "más de %ld perfiles: ssi rank guarda todas las puntuaciones en "
	    "memoria (divide la entrada por grupos)",
	    "mais de %ld perfis: o ssi rank guarda todas as pontuações na "
	    "memória (divida a entrada por grupo)" } },
	{ { "out of memory after %ld snapshots",
	    "sin memoria tras %ld instantáneas",
	    "sem memória depois de %ld snapshots" } },
	{ { "as_of is missing: ssi trend needs dated records",
	    "falta as_of: ssi trend necesita registros con fecha",
	    "falta as_of: o ssi trend precisa de registros com data" } },
	{ { "more than %ld snapshots: ssi trend holds every score in memory "
	    "(split the input by id)",
	    "más de %ld instantáneas: ssi trend guarda todas las puntuaciones "
	    "en memoria (divide la entrada por id)",
	    "mais de %ld snapshots: o ssi trend guarda todas as pontuações "
	    "na memória (divida a entrada por id)" } },
	{ { "id %s has another snapshot dated %s (both kept, in input order)",
	    "el id %s tiene otra instantánea con fecha %s (se conservan las "
	    "dos, en el orden de la entrada)",
	    "o id %s tem outro snapshot com data %s (os dois são mantidos, "
	    "na ordem da entrada)" } },
	{ { "--set: '%s' is not FIELD=VALUE",
	    "--set: '%s' no es FIELD=VALUE",
	    "--set: '%s' não é FIELD=VALUE" } },
	{ { "--set: unknown field '%s' (did you mean '%s'?)",
	    "--set: campo desconocido '%s' (¿querías decir '%s'?)",
	    "--set: campo desconhecido '%s' (você quis dizer '%s'?)" } },
	{ { "--set: unknown field '%s'",
	    "--set: campo desconocido '%s'",
	    "--set: campo desconhecido '%s'" } },
	{ { "and %ld more",
	    "y %ld más",
	    "e mais %ld" } },
	{ { "unknown field %s (did you mean '%s'?)",
	    "campo desconocido %s (¿querías decir '%s'?)",
	    "campo desconhecido %s (você quis dizer '%s'?)" } },
	{ { "unknown field %s",
	    "campo desconocido %s",
	    "campo desconhecido %s" } },
	{ { "1 more warning like that of line %ld, not shown",
	    "1 aviso más como el de la línea %ld, no mostrado",
	    "mais 1 aviso como o da linha %ld, não mostrado" } },
	{ { "1 more warning like %s, not shown",
	    "1 aviso más como %s, no mostrado",
	    "mais 1 aviso como %s, não mostrado" } },
	{ { "%ld more warnings like that of line %ld, not shown",
	    "%ld avisos más como el de la línea %ld, no mostrados",
	    "mais %ld avisos como o da linha %ld, não mostrados" } },
	{ { "%ld more warnings like %s, not shown",
	    "%ld avisos más como %s, no mostrados",
	    "mais %ld avisos como %s, não mostrados" } },
	{ { "more than %d columns of your own: %s and the rest are not kept",
	    "más de %d columnas propias: %s y las siguientes no se guardan",
	    "mais de %d colunas próprias: %s e as seguintes não são guardadas" } },
	{ { "no known field in the header (%s); see ssi fields",
	    "ningún campo conocido en la cabecera (%s); consulta ssi fields",
	    "nenhum campo conhecido no cabeçalho (%s); veja ssi fields" } },
	{ { "column '%s' given twice",
	    "la columna '%s' aparece dos veces",
	    "a coluna '%s' aparece duas vezes" } },
	{ { "the header row again: skipped (and any later repeat)",
	    "otra vez la fila de cabecera: se omite (y cualquier repetición "
	    "posterior)",
	    "a linha de cabeçalho de novo: ignorada (e qualquer repetição "
	    "depois)" } },
	{ { "row has %zu field, the header has %zu",
	    "la fila tiene %zu campo y la cabecera %zu",
	    "a linha tem %zu campo, o cabeçalho tem %zu" } },
	{ { "row has %zu fields, the header has %zu",
	    "la fila tiene %zu campos y la cabecera %zu",
	    "a linha tem %zu campos, o cabeçalho tem %zu" } },
	{ { "%s: a nested object or array is not a field value",
	    "%s: un objeto o array anidado no es el valor de un campo",
	    "%s: um objeto ou array aninhado não é o valor de um campo" } },
	{ { "UTF-16: save as UTF-8 (in Excel: CSV UTF-8)",
	    "UTF-16: guárdalo como UTF-8 (en Excel: CSV UTF-8)",
	    "UTF-16: salve como UTF-8 (no Excel: CSV UTF-8)" } },
	{ { "no input",
	    "no hay entrada",
	    "não há entrada" } },
	{ { "not UTF-8, read as Windows-1252",
	    "no es UTF-8, se lee como Windows-1252",
	    "não é UTF-8, lido como Windows-1252" } },
	{ { "a LinkedIn export is a path",
	    "una exportación de LinkedIn es una ruta",
	    "uma exportação do LinkedIn é um caminho" } },
	{ { "is a folder, and not a LinkedIn data export",
	    "es una carpeta, y no una exportación de datos de LinkedIn",
	    "é uma pasta, e não uma exportação de dados do LinkedIn" } },
	{ { "unexpected character '%c'%s",
	    "carácter inesperado '%c'%s",
	    "caractere inesperado '%c'%s" } },
	{ { "unexpected byte 0x%02X%s",
	    "byte inesperado 0x%02X%s",
	    "byte inesperado 0x%02X%s" } },
	{ { " after JSON value",
	    " tras el valor JSON",
	    " depois do valor JSON" } },
	{ { "object larger than 8 MiB",
	    "objeto mayor de 8 MiB",
	    "objeto maior que 8 MiB" } },
	{ { "cJSON could not parse this object",
	    "cJSON no ha podido leer este objeto",
	    "o cJSON não conseguiu ler este objeto" } },
	{ { "cJSON read %zu members, not %zu",
	    "cJSON ha leído %zu miembros, no %zu",
	    "o cJSON leu %zu membros, não %zu" } },
	{ { "key holds \\u0000",
	    "la clave contiene \\u0000",
	    "a chave contém \\u0000" } },
	{ { "rejected",
	    "rechazado",
	    "rejeitado" } },
	{ { "top-level value is not an object",
	    "el valor de primer nivel no es un objeto",
	    "o valor de primeiro nível não é um objeto" } },
	{ { "array element %ld is not an object",
	    "el elemento %ld del array no es un objeto",
	    "o elemento %ld do array não é um objeto" } },
	{ { "invalid number",
	    "número no válido",
	    "número inválido" } },
	{ { "nesting deeper than %d levels",
	    "anidamiento de más de %d niveles",
	    "aninhamento com mais de %d níveis" } },
	{ { "unexpected end of line",
	    "fin de línea inesperado",
	    "fim de linha inesperado" } },
	{ { "trailing comma",
	    "coma final de más",
	    "vírgula final a mais" } },
	{ { "invalid UTF-8 in string",
	    "UTF-8 no válido en una cadena",
	    "UTF-8 inválido em uma string" } },
	{ { "%.*s: invalid UTF-8",
	    "%.*s: UTF-8 no válido",
	    "%.*s: UTF-8 inválido" } },
	{ { "control character in string",
	    "carácter de control en una cadena",
	    "caractere de controle em uma string" } },
	{ { "invalid \\u escape in string",
	    "escape \\u no válido en una cadena",
	    "escape \\u inválido em uma string" } },
	{ { "unpaired surrogate in string",
	    "sustituto (surrogate) sin pareja en una cadena",
	    "surrogate sem par em uma string" } },
	{ { "invalid escape in string",
	    "escape no válido en una cadena",
	    "escape inválido em uma string" } },
	{ { "invalid literal, expected '%s'",
	    "literal no válido, se esperaba '%s'",
	    "literal inválido, esperado '%s'" } },
	{ { "unexpected byte 0xEF",
	    "byte inesperado 0xEF",
	    "byte inesperado 0xEF" } },
	{ { "unexpected end of input",
	    "fin de la entrada inesperado",
	    "fim da entrada inesperado" } },
	{ { "unterminated string",
	    "cadena sin terminar",
	    "string não terminada" } },
	{ { "no JSON value",
	    "ningún valor JSON",
	    "nenhum valor JSON" } },
	{ { "not a zip archive (no central directory: not a zip file, or "
	    "truncated)",
	    "no es un archivo zip (sin directorio central: no es un zip, o "
	    "está truncado)",
	    "não é um arquivo zip (sem diretório central: não é um zip, ou "
	    "está truncado)" } },
	{ { "not a zip archive (inconsistent central directory: damaged or "
	    "truncated)",
	    "no es un archivo zip (directorio central incoherente: dañado o "
	    "truncado)",
	    "não é um arquivo zip (diretório central incoerente: danificado "
	    "ou truncado)" } },
	{ { "cannot read zip archive (%s)",
	    "no se puede leer el archivo zip (%s)",
	    "não é possível ler o arquivo zip (%s)" } },
	{ { "not a linkedin data export (.csv files in several folders)",
	    "no es una exportación de datos de LinkedIn (archivos .csv en "
	    "varias carpetas)",
	    "não é uma exportação de dados do LinkedIn (arquivos .csv em "
	    "várias pastas)" } },
	{ { "not a linkedin data export (no .csv file at the top level or in "
	    "one folder)",
	    "no es una exportación de datos de LinkedIn (ningún archivo .csv "
	    "en el nivel superior ni en una carpeta)",
	    "não é uma exportação de dados do LinkedIn (nenhum arquivo .csv "
	    "no nível de cima nem em uma pasta)" } },
	{ { "too many entries (%llu, at most %d)",
	    "demasiadas entradas (%llu, como mucho %d)",
	    "entradas demais (%llu, no máximo %d)" } },
	{ { "central directory too large (%llu bytes, at most %llu)",
	    "directorio central demasiado grande (%llu bytes, como mucho %llu)",
	    "diretório central grande demais (%llu bytes, no máximo %llu)" } },
	{ { "two entries named %s (ambiguous archive: refused)",
	    "dos entradas llamadas %s (archivo ambiguo: rechazado)",
	    "duas entradas chamadas %s (arquivo ambíguo: recusado)" } },
	{ { "too many entries (%lld, at most %d)",
	    "demasiadas entradas (%lld, como mucho %d)",
	    "entradas demais (%lld, no máximo %d)" } },
	{ { "too many files (more than %d)",
	    "demasiados archivos (más de %d)",
	    "arquivos demais (mais de %d)" } },
	{ { "cannot read entry (%s)",
	    "no se puede leer la entrada (%s)",
	    "não é possível ler a entrada (%s)" } },
	{ { "damaged entry (%s)",
	    "entrada dañada (%s)",
	    "entrada danificada (%s)" } },
	{ { "entry too large (inflates past 4 GiB)",
	    "entrada demasiado grande (descomprimida pasa de 4 GiB)",
	    "entrada grande demais (descompactada passa de 4 GiB)" } },
	{ { "entry inflates past %llu bytes, 1000 times its %llu compressed "
	    "bytes + 1 MiB (a zip bomb?)",
	    "la entrada descomprimida pasa de %llu bytes, 1000 veces sus %llu "
	    "bytes comprimidos + 1 MiB (¿una bomba zip?)",
	    "a entrada descompactada passa de %llu bytes, 1000 vezes seus "
	    "%llu bytes compactados + 1 MiB (uma bomba zip?)" } },
	{ { "%s: not a date",
	    "%s: no es una fecha",
	    "%s: não é uma data" } },
	{ { "%s: %s is not a date",
	    "%s: %s no es una fecha",
	    "%s: %s não é uma data" } },
	{ { "Date/Time: %s has no date 'Month D, YYYY'",
	    "Date/Time: %s no tiene una fecha 'Month D, YYYY'",
	    "Date/Time: %s não tem uma data 'Month D, YYYY'" } },
	{ { "no '%s' column",
	    "no hay columna '%s'",
	    "não há coluna '%s'" } },
	{ { "line longer than 1 MiB",
	    "línea de más de 1 MiB",
	    "linha com mais de 1 MiB" } },
	{ { "no header line (one starting 'First Name,')",
	    "no hay línea de cabecera (una que empiece por 'First Name,')",
	    "não há linha de cabeçalho (uma que comece com 'First Name,')" } },
	{ { "expected a header starting 'Date,Link'",
	    "se esperaba una cabecera que empiece por 'Date,Link'",
	    "esperado um cabeçalho que comece com 'Date,Link'" } },
	{ { "not a comment record (a date and a link expected)",
	    "no es un registro de comentario (se esperaban una fecha y un "
	    "enlace)",
	    "não é um registro de comentário (esperados uma data e um link)" } },
	{ { "%s %s is not a date",
	    "%s %s no es una fecha",
	    "%s %s não é uma data" } },
	{ { "--period: %lld is not between 1 and 366",
	    "--period: %lld no está entre 1 y 366",
	    "--period: %lld não está entre 1 e 366" } },
	{ { "--every: %lld is not between 1 and 3660",
	    "--every: %lld no está entre 1 y 3660",
	    "--every: %lld não está entre 1 e 3660" } },
	{ { "--as-of and --every: give one of them",
	    "--as-of y --every: indica solo una de las dos",
	    "--as-of e --every: informe só um dos dois" } },
	{ { "--%s needs --every DAYS",
	    "--%s necesita --every DAYS",
	    "--%s precisa de --every DAYS" } },
	{ { "--since %s is after --until %s",
	    "--since %s es posterior a --until %s",
	    "--since %s é posterior a --until %s" } },
	{ { "--as-of: more than %d dates",
	    "--as-of: más de %d fechas",
	    "--as-of: mais de %d datas" } },
	{ { "%s %s is %s the export's %s date %s",
	    "%s %s es %s la %s fecha de la exportación, %s",
	    "%s %s é %s a %s data da exportação, %s" } },
	{ { "after",
	    "posterior a",
	    "posterior a" } },
	{ { "before",
	    "anterior a",
	    "anterior a" } },
	{ { "last",
	    "última",
	    "última" } },
	{ { "first",
	    "primera",
	    "primeira" } },
	{ { "--every: the export has no dates; give --until",
	    "--every: la exportación no tiene fechas; indica --until",
	    "--every: a exportação não tem datas; informe --until" } },
	{ { "--since %s is after the export's last date %s",
	    "--since %s es posterior a la última fecha de la exportación, %s",
	    "--since %s é posterior à última data da exportação, %s" } },
	{ { "--every %lld from %s: more than %d dates",
	    "--every %lld desde %s: más de %d fechas",
	    "--every %lld a partir de %s: mais de %d datas" } },
	{ { "--target: no keyword in '%s'",
	    "--target: ninguna palabra clave en '%s'",
	    "--target: nenhuma palavra-chave em '%s'" } },
	{ { "%s: row not counted (it feeds %s)",
	    "%s: fila no contada (alimenta %s)",
	    "%s: linha não contada (ela alimenta %s)" } },
	{ { "%s: file not read (%s: missing)",
	    "%s: archivo no leído (faltan %s)",
	    "%s: arquivo não lido (faltam %s)" } },
	{ { "an empty file (no header line)",
	    "un archivo vacío (sin línea de cabecera)",
	    "um arquivo vazio (sem linha de cabeçalho)" } },
	{ { "a draft (Published on %s)",
	    "un borrador (Published on %s)",
	    "um rascunho (Published on %s)" } },
	{ { "Published on %s is not a date",
	    "Published on %s no es una fecha",
	    "Published on %s não é uma data" } },
	{ { "a draft (no 'Published on' date)",
	    "un borrador (sin fecha 'Published on')",
	    "um rascunho (sem data 'Published on')" } },
	{ { "Not counted:\n",
	    "No contado:\n",
	    "Não contado:\n" } },
	{ { "file not read; missing: %s",
	    "archivo no leído; faltan: %s",
	    "arquivo não lido; faltam: %s" } },
	{ { "%ld not counted; it feeds %s",
	    "%ld sin contar; alimenta %s",
	    "%ld sem contar; alimenta %s" } },
	{ { "%s: not counted",
	    "%s: no contado",
	    "%s: não contado" } },
	{ { "not a linkedin data export (no Profile.csv, Connections.csv or "
	    "other file of one)",
	    "no es una exportación de datos de LinkedIn (ni Profile.csv, ni "
	    "Connections.csv, ni otro archivo de una)",
	    "não é uma exportação de dados do LinkedIn (nem Profile.csv, nem "
	    "Connections.csv, nem outro arquivo de uma)" } },
	{ { "the four components were not found (no label of the SSI page, nor "
	    "four figures after the index)",
	    "no se han encontrado los cuatro componentes (ni las etiquetas de "
	    "la página del SSI, ni cuatro cifras tras el índice)",
	    "os quatro componentes não foram encontrados (nem os rótulos da "
	    "página do SSI, nem quatro números depois do índice)" } },
	{ { "the four components were not all found (found: %s; missing: %s)",
	    "no se han encontrado los cuatro componentes (encontrados: %s; "
	    "faltan: %s)",
	    "os quatro componentes não foram encontrados (encontrados: "
	    "%s; faltam: %s)" } },
	{ { "ambiguous paste: the figures after the labels (%s, %s, %s, %s) "
	    "and before them (%s, %s, %s, %s) both fit",
	    "texto pegado ambiguo: valen tanto las cifras tras las etiquetas "
	    "(%s, %s, %s, %s) como las de antes (%s, %s, %s, %s)",
	    "texto colado ambíguo: servem tanto os números depois dos "
	    "rótulos (%s, %s, %s, %s) quanto os de antes (%s, %s, %s, %s)" } },
	{ { "cannot write: %s",
	    "no se puede escribir: %s",
	    "não é possível escrever: %s" } },
	{ { "write error: %s",
	    "error de escritura: %s",
	    "erro de escrita: %s" } },
	{ { "%s: write error: %s",
	    "%s: error de escritura: %s",
	    "%s: erro de escrita: %s" } },
	{ { "log: %s: %s",
	    "log: %s: %s",
	    "log: %s: %s" } },
	{ { "(none)",
	    "(ninguno)",
	    "(nenhum)" } },
	{ { "1 to 366",
	    "de 1 a 366",
	    "de 1 a 366" } },
	{ { "0 to 1000000000",
	    "de 0 a 1000000000",
	    "de 0 a 1000000000" } },
	{ { "; the rest of the file was not read",
	    "; el resto del archivo no se ha leído",
	    "; o resto do arquivo não foi lido" } },
	{ { "%s: not UTF-8, unlike the first 64 KiB: read as Windows-1252",
	    "%s: no es UTF-8, a diferencia de los primeros 64 KiB: se lee "
	    "como Windows-1252",
	    "%s: não é UTF-8, ao contrário dos primeiros 64 KiB: lido como "
	    "Windows-1252" } },
	{ { "%s: not UTF-8, though the file starts with a UTF-8 byte-order "
	    "mark: read as Windows-1252",
	    "%s: no es UTF-8, aunque el archivo empieza con la marca de orden "
	    "de bytes de UTF-8: se lee como Windows-1252",
	    "%s: não é UTF-8, embora o arquivo comece com a marca de ordem de "
	    "bytes do UTF-8: lido como Windows-1252" } },
	{ { "%s: UTF-8 in a file read as Windows-1252: this value read as "
	    "UTF-8",
	    "%s: UTF-8 en un archivo leído como Windows-1252: este valor se "
	    "lee como UTF-8",
	    "%s: UTF-8 em um arquivo lido como Windows-1252: este valor é lido "
	    "como UTF-8" } },
	{ { "%s: byte 0x%02X has no character in Windows-1252: read as U+FFFD",
	    "%s: el byte 0x%02X no tiene carácter en Windows-1252: se lee como "
	    "U+FFFD",
	    "%s: o byte 0x%02X não tem caractere no Windows-1252: lido como "
	    "U+FFFD" } },
	{ { "paste the text of linkedin.com/sales/ssi (select all, copy), then "
	    "Ctrl-D",
	    "pega el texto de linkedin.com/sales/ssi (selecciona la página entera, copia) "
	    "y pulsa Ctrl-D",
	    "cole o texto de linkedin.com/sales/ssi (selecione tudo, copie) "
	    "e pressione Ctrl-D" } },
	{ { "(page order)",
	    "(orden de la página)",
	    "(ordem da página)" } },
	{ { "Official",
	    "Oficial",
	    "Oficial" } },
	{ { "out of memory after %zu snapshots",
	    "sin memoria tras %zu instantáneas",
	    "sem memória depois de %zu snapshots" } },
	{ { "--by: '%s' is an official figure, not a group (rank by the "
	    "official index with --by-official)",
	    "--by: '%s' es una cifra oficial, no un grupo (para clasificar por "
	    "el índice oficial, usa --by-official)",
	    "--by: '%s' é um número oficial, não um grupo (para classificar "
	    "pelo índice oficial, use --by-official)" } },
	{ { "out of memory for the team of %ld snapshots",
	    "sin memoria para el equipo de %ld instantáneas",
	    "sem memória para a equipe de %ld snapshots" } },
	{ { "%ld older snapshot of %ld member set aside (--all-snapshots keeps "
	    "them)",
	    "apartada %ld instantánea antigua de %ld miembro (--all-snapshots "
	    "la conserva)",
	    "%ld snapshot mais antigo de %ld membro deixado de lado "
	    "(--all-snapshots o mantém)" } },
	{ { "%ld older snapshots of %ld member set aside (--all-snapshots "
	    "keeps them)",
	    "apartadas %ld instantáneas antiguas de %ld miembro "
	    "(--all-snapshots las conserva)",
	    "%ld snapshots mais antigos de %ld membro deixados de lado "
	    "(--all-snapshots os mantém)" } },
	{ { "%ld older snapshots of %ld members set aside (--all-snapshots "
	    "keeps them)",
	    "apartadas %ld instantáneas antiguas de %ld miembros "
	    "(--all-snapshots las conserva)",
	    "%ld snapshots mais antigos de %ld membros deixados de lado "
	    "(--all-snapshots os mantém)" } },
	{ { "full report for each profile",
	    "el informe completo de cada perfil",
	    "o relatório completo de cada perfil" } },
	{ { "Score every profile and write the full report: the index, the "
	    "four pillars, the top actions and the advice for each of the "
	    "sixteen keys. FILE may be JSON, JSON Lines, CSV or a LinkedIn "
	    "data export; no FILE or '-' reads standard input.",
	    "Puntúa cada perfil y escribe el informe completo: el índice, los "
	    "cuatro pilares, lo primero que puedes hacer y el consejo de cada "
	    "una de las dieciséis claves. FILE puede ser JSON, JSON Lines, CSV "
	    "o una exportación de datos de LinkedIn; sin FILE o con '-' se lee "
	    "la entrada estándar.",
	    "Pontua cada perfil e escreve o relatório completo: o índice, os "
	    "quatro componentes, o que fazer primeiro e a recomendação de cada "
	    "uma das dezesseis chaves. FILE pode ser JSON, JSON Lines, CSV ou "
	    "uma exportação de dados do LinkedIn; sem FILE ou com '-', lê a "
	    "entrada padrão." } },
	{ { "stream many profiles, one output row each",
	    "muchos perfiles en flujo, una fila por perfil",
	    "muitos perfis em fluxo, uma linha por perfil" } },
	{ { "Stream profiles through the scorer, one output row each, holding "
	    "one record at a time. A rejected record is reported on standard "
	    "error and the others go on.",
	    "Pasa los perfiles por el puntuador en flujo, una fila de salida "
	    "por perfil, con un solo registro en memoria cada vez. Un registro "
	    "rechazado se indica en la salida de errores y los demás siguen.",
	    "Passa os perfis pelo pontuador em fluxo, uma linha de saída por "
	    "perfil, com um só registro na memória por vez. Um registro "
	    "rejeitado é informado na saída de erros e os outros seguem." } },
	{ { "leaderboard, overall and per group",
	    "clasificación, general y por grupo",
	    "ranking, geral e por grupo" } },
	{ { "Score every profile and rank them by ssi overall and within "
	    "groups (--by FIELD): rank, top %, group averages, each member's "
	    "weakest pillar.",
	    "Puntúa cada perfil y los clasifica por ssi, en general y dentro "
	    "de cada grupo (--by FIELD): puesto, top %, medias de grupo y el "
	    "pilar más débil de cada miembro.",
	    "Pontua cada perfil e os classifica por ssi, no geral e dentro "
	    "de grupos (--by FIELD): posição, top %, médias dos grupos e o "
	    "componente mais fraco de cada membro." } },
	{ { "the same profiles across dated snapshots",
	    "los mismos perfiles en instantáneas con fecha",
	    "os mesmos perfis em snapshots com data" } },
	{ { "Group records by id, order them by as_of and show each snapshot "
	    "with the change since the previous one and a sparkline of the "
	    "index.",
	    "Agrupa los registros por id, los ordena por as_of y muestra cada "
	    "instantánea con el cambio desde la anterior y una minigráfica del "
	    "índice.",
	    "Agrupa os registros por id, ordena por as_of e mostra cada "
	    "snapshot com a variação desde o anterior e um minigráfico do índice." } },
	{ { "record a reading of LinkedIn's official SSI",
	    "registra una lectura del SSI de LinkedIn",
	    "registra uma leitura do SSI do LinkedIn" } },
	{ { "Add one reading of LinkedIn's official SSI to FILE (JSON Lines, "
	    "created when absent): the four components B P E R (brand, people, "
	    "engagement, relationships) on the command line (20.973 or "
	    "20,973), or without them the SSI page's text pasted on standard "
	    "input (English, Spanish, Portuguese; end with Ctrl-D). A reading "
	    "of the same id and date is replaced; FILE is rewritten "
	    "atomically, every other line kept byte for byte; what was "
	    "recorded is printed on standard error. A failed capture (all "
	    "zero) or a paste without the four components records nothing "
	    "(exit 2). --changes FILE... prints every change of the official "
	    "series with its label (up, down, flat) as CSV instead.",
	    "Añade una lectura del SSI oficial de LinkedIn a FILE (JSON Lines, "
	    "se crea si no existe): los cuatro componentes B P E R (marca, "
	    "personas, interacción, relaciones) en la línea de órdenes (20.973 "
	    "o 20,973), o, sin ellos, el texto de la página del SSI pegado en "
	    "la entrada estándar (inglés, español, portugués; termina con "
	    "Ctrl-D). Una lectura del mismo id y fecha se sustituye; FILE se "
	    "reescribe de forma atómica, con las demás líneas intactas byte a "
	    "byte; lo registrado se muestra en la salida de errores. Una "
	    "captura fallida (cifras a cero) o un texto pegado sin los cuatro "
	    "componentes no registra nada (salida 2). --changes FILE... "
	    "muestra en su lugar, como CSV, cada cambio de la serie oficial "
	    "con su etiqueta (up, down, flat).",
	    "Adiciona uma leitura do SSI oficial do LinkedIn a FILE (JSON "
	    "Lines, criado se não existir): os quatro componentes B P E R "
	    "(marca, pessoas, interação, relacionamentos) na linha de comando "
	    "(20.973 ou 20,973) ou, sem eles, o texto da página do SSI colado na "
	    "entrada padrão (inglês, espanhol, português; termine com Ctrl-D). "
	    "Uma leitura do mesmo id e data é substituída; FILE é reescrito de "
	    "forma atômica, com as outras linhas intactas byte a byte; o que foi "
	    "registrado aparece na saída de erros. Uma captura que falhou (tudo "
	    "zero) ou um texto colado sem os quatro componentes não registra "
	    "nada (saída 2). --changes FILE... mostra em vez disso, como CSV, "
	    "cada mudança da série oficial com seu rótulo (up, down, flat)." } },
	{ { "fit the model to official figures",
	    "ajusta el modelo a las cifras oficiales",
	    "ajusta o modelo aos números oficiais" } },
	{ { "Fit the model's weights and targets to the official pillar "
	    "figures recorded with the snapshots, and write the fitted model "
	    "(the JSON --model reads) with a calibration object; the report of "
	    "the fit goes to standard error. --model is the starting point, "
	    "--id the new model's id (default calibrated/1).",
	    "Ajusta los pesos y objetivos del modelo a las cifras oficiales de "
	    "los pilares registradas con las instantáneas, y escribe el modelo "
	    "ajustado (el JSON que lee --model) con un objeto calibration; el "
	    "informe del ajuste va a la salida de errores. --model es el punto "
	    "de partida, --id el id del nuevo modelo (por defecto "
	    "calibrated/1).",
	    "Ajusta os pesos e as metas do modelo aos números oficiais dos "
	    "componentes registrados com os snapshots e escreve o modelo "
	    "ajustado (o JSON que --model lê) com um objeto calibration; o "
	    "relatório do ajuste vai para a saída de erros. --model é o ponto de "
	    "partida, --id o id do novo modelo (padrão: calibrated/1)." } },
	/* the report of calibrate as text (out/calib_out.c) */
	{ { "calibration of %s from %s: %s, %s",
	    "calibración de %s a partir de %s: %s, %s",
	    "calibração de %s a partir de %s: %s, %s" } },
	{ { "%ld snapshot",
	    "%ld instantánea",
	    "%ld snapshot" } },
	{ { "%ld snapshots",
	    "%ld instantáneas",
	    "%ld snapshots" } },
	{ { "%ld member",
	    "%ld perfil",
	    "%ld perfil" } },
	{ { "%ld members",
	    "%ld perfiles",
	    "%ld perfis" } },
	{ { "pillar",
	    "pilar",
	    "componente" } },
	{ { "used",
	    "usadas",
	    "usados" } },
	{ { "skipped",
	    "descartadas",
	    "descartados" } },
	{ { "mae_before",
	    "EAM antes",
	    "EAM antes" } },
	{ { "mae_after",
	    "EAM después",
	    "EAM depois" } },
	{ { "mae_cv",
	    "EAM VC",
	    "EAM VC" } },
	{ { "kept: %s",
	    "sin cambios: %s",
	    "mantido: %s" } },
	{ { "no usable snapshot, %ld needed",
	    "ninguna instantánea útil, hacen falta %ld",
	    "nenhum snapshot útil, são necessários %ld" } },
	{ { "%ld usable snapshot, %ld needed",
	    "%ld instantánea útil, hacen falta %ld",
	    "%ld snapshot útil, são necessários %ld" } },
	{ { "%ld usable snapshots, %ld needed",
	    "%ld instantáneas útiles, hacen falta %ld",
	    "%ld snapshots úteis, são necessários %ld" } },
	{ { "mae_cv: folds by snapshot (one member: its snapshots on both sides "
	    "of each fold, an optimistic figure)",
	    "EAM VC: particiones por instantánea (un solo perfil: sus "
	    "instantáneas a ambos lados de cada partición, una cifra "
	    "optimista)",
	    "EAM VC: partições por snapshot (um só perfil: seus snapshots dos "
	    "dois lados de cada partição, um número otimista)" } },
	{ { "mae_cv: one fold per member (%d members: fewer than %d)",
	    "EAM VC: una partición por perfil (%d perfiles: menos de %d)",
	    "EAM VC: uma partição por perfil (%d perfis: menos de %d)" } },
	{ { "LinkedIn export (.zip or folder) -> profile",
	    "de una exportación de LinkedIn a un perfil",
	    "exportação (.zip ou pasta) -> perfil" } },
	{ { "Read a LinkedIn data export (the .zip LinkedIn sends, or its "
	    "unpacked folder) and write the profile record it gives: one per "
	    "export, and one per date with --as-of D1,D2 or --every DAYS (JSON "
	    "Lines, oldest first, the export read once). --explain says where "
	    "each number came from.",
	    "Lee una exportación de datos de LinkedIn (el .zip que envía "
	    "LinkedIn, o su carpeta descomprimida) y escribe el registro de "
	    "perfil que resulta: uno por exportación, y uno por fecha con "
	    "--as-of D1,D2 o --every DAYS (JSON Lines, del más antiguo al más "
	    "reciente, leyendo la exportación una sola vez). --explain dice de "
	    "dónde sale cada número.",
	    "Lê uma exportação de dados do LinkedIn (o .zip que o LinkedIn "
	    "envia, ou a pasta descompactada) e escreve o registro de perfil que "
	    "ela dá: um por exportação, e um por data com --as-of D1,D2 ou "
	    "--every DAYS (JSON Lines, do mais antigo ao mais recente, lendo a "
	    "exportação uma só vez). --explain diz de onde veio cada número." } },
	{ { "print the scoring model in use",
	    "muestra el modelo de puntuación en uso",
	    "mostra o modelo de pontuação em uso" } },
	{ { "Print the scoring model in use (--model FILE, or the default): as "
	    "JSON, the form --model reads, or as a table.",
	    "Muestra el modelo de puntuación en uso (--model FILE, o el de por "
	    "defecto): como JSON, la forma que lee --model, o como tabla.",
	    "Mostra o modelo de pontuação em uso (--model FILE, ou o "
	    "padrão): como JSON, a forma que --model lê, ou como tabela." } },
	{ { "the input fields (csv: an empty header)",
	    "los campos de entrada (csv: cabecera vacía)",
	    "os campos de entrada (csv: um cabeçalho vazio)" } },
	{ { "List the fields of a profile record; --format csv prints an empty "
	    "CSV header to fill in.",
	    "Lista los campos de un registro de perfil; --format csv escribe "
	    "una cabecera CSV vacía para rellenar.",
	    "Lista os campos de um registro de perfil; --format csv escreve "
	    "um cabeçalho CSV vazio para preencher." } },
	{ { "help on ssi or one command",
	    "ayuda de ssi o de una orden",
	    "ajuda do ssi ou de um comando" } },
	{ { "Print the help of ssi, or of one command with its options.",
	    "Muestra la ayuda de ssi, o la de una orden con sus opciones.",
	    "Mostra a ajuda do ssi, ou a de um comando com suas opções." } },
	{ { "auto, json, jsonl, csv, linkedin (default: auto, by the "
	    "extension, else the content)",
	    "auto, json, jsonl, csv, linkedin (por defecto: auto, por la "
	    "extensión, si no por el contenido)",
	    "auto, json, jsonl, csv, linkedin (padrão: auto, pela extensão, "
	    "senão pelo conteúdo)" } },
	{ { "CSV input delimiter (default: detected from the header)",
	    "delimitador de la entrada CSV (por defecto: el de la cabecera)",
	    "delimitador da entrada CSV (padrão: o do cabeçalho)" } },
	{ { "write there, atomically, instead of standard output",
	    "escribe ahí, de forma atómica, en vez de en la salida estándar",
	    "escreve ali, de forma atômica, em vez da saída padrão" } },
	{ { "show the progress line on standard error even when it is not a "
	    "terminal",
	    "muestra la línea de progreso en la salida de errores aunque no "
	    "sea un terminal",
	    "mostra a linha de progresso na saída de erro mesmo quando ela não "
	    "é um terminal" } },
	{ { "never show the progress line (default: shown on a terminal past a "
	    "second)",
	    "no muestra nunca la línea de progreso (por defecto: se muestra en "
	    "un terminal pasado un segundo)",
	    "nunca mostra a linha de progresso (padrão: mostrada em um "
	    "terminal depois de um segundo)" } },
	{ { "%ld records read, %ld records/s, %d%% of the input, %s left",
	    "%ld registros leídos, %ld registros/s, %d%% de la entrada, "
	    "quedan %s",
	    "%ld registros lidos, %ld registros/s, %d%% da entrada, faltam %s" } },
	{ { "%ld records read, %ld records/s",
	    "%ld registros leídos, %ld registros/s",
	    "%ld registros lidos, %ld registros/s" } },
	{ { "no warnings (errors still print)",
	    "sin avisos (los errores se siguen mostrando)",
	    "sem avisos (os erros continuam aparecendo)" } },
	{ { "this help",
	    "esta ayuda",
	    "esta ajuda" } },
	{ { "the version",
	    "la versión",
	    "a versão" } },
	{ { "(default: from LC_ALL, LC_MESSAGES, LANG)",
	    "(por defecto: de LC_ALL, LC_MESSAGES, LANG)",
	    "(padrão: de LC_ALL, LC_MESSAGES, LANG)" } },
	{ { "auto, always, never (default: auto, on a terminal without "
	    "NO_COLOR)",
	    "auto, always, never (por defecto: auto, en un terminal sin "
	    "NO_COLOR)",
	    "auto, always, never (padrão: auto, em um terminal sem NO_COLOR)" } },
	{ { "score with this model (the JSON of ssi model -f json; default: "
	    "default/1)",
	    "puntúa con este modelo (el JSON de ssi model -f json; por "
	    "defecto: default/1)",
	    "pontua com este modelo (o JSON de ssi model -f json; padrão: "
	    "default/1)" } },
	{ { "override a field of every profile (repeatable; an empty VALUE "
	    "makes it unknown)",
	    "fija un campo en cada perfil (repetible; un VALUE vacío lo "
	    "deja como desconocido)",
	    "define um campo em cada perfil (repetível; um VALUE vazio o "
	    "torna desconhecido)" } },
	{ { "period_days of records that lack it, 1-366 (default: 30)",
	    "period_days de los registros que no lo tienen, 1-366 (por "
	    "defecto: 30)",
	    "period_days dos registros que não o têm, 1-366 (padrão: 30)" } },
	{ { "unknown fields are errors, not warnings",
	    "los campos desconocidos son errores, no avisos",
	    "campos desconhecidos são erros, não avisos" } },
	{ { "exit 1 when a profile's ssi is below N (0-100)",
	    "sale con 1 si el ssi de un perfil es menor que N (0-100)",
	    "sai com 1 quando o ssi de um perfil fica abaixo de N (0-100)" } },
	{ { "CSV/TSV output without the header row",
	    "salida CSV/TSV sin la fila de cabecera",
	    "saída CSV/TSV sem a linha de cabeçalho" } },
	{ { "show every signal: input value, curve, points, status",
	    "muestra cada señal: valor de entrada, curva, puntos, estado",
	    "mostra cada sinal: valor de entrada, curva, pontos, status" } },
	{ { "group by this field (default: industry)",
	    "agrupa por este campo (por defecto: industry)",
	    "agrupa por este campo (padrão: industry)" } },
	{ { "plain ASCII sparklines",
	    "minigráficas en ASCII simple",
	    "minigráficos em ASCII simples" } },
	{ { "LinkedIn export: the snapshot's date, or a list D1,D2,... "
	    "(default: the export's last date)",
	    "exportación de LinkedIn: la fecha de la instantánea, o una lista "
	    "D1,D2,... (por defecto: la última fecha de la exportación)",
	    "exportação do LinkedIn: a data do snapshot, ou uma lista "
	    "D1,D2,... (padrão: a última data da exportação)" } },
	{ { "LinkedIn export: keywords of the target audience",
	    "exportación de LinkedIn: palabras clave del público objetivo",
	    "exportação do LinkedIn: palavras-chave do público-alvo" } },
	{ { "CSV input: auto, utf-8, cp1252 (auto: Windows-1252 when not UTF-8)",
	    "entrada CSV: auto, utf-8, cp1252 (auto: Windows-1252 si no es "
	    "UTF-8)",
	    "entrada CSV: auto, utf-8, cp1252 (auto: Windows-1252 quando não "
	    "é UTF-8)" } },
	{ { "dmy or mdy: read an as_of written 9/11/2026 as day/month or "
	    "month/day",
	    "dmy o mdy: lee un as_of escrito 9/11/2026 como día/mes o mes/día",
	    "dmy ou mdy: lê um as_of escrito 9/11/2026 como dia/mês ou "
	    "mês/dia" } },
	{ { "LinkedIn export: the record's id (default: the name)",
	    "exportación de LinkedIn: el id del registro (por defecto: el "
	    "nombre)",
	    "exportação do LinkedIn: o id do registro (padrão: o nome)" } },
	{ { "write the report of the fit instead of the model (as -f text)",
	    "escribe el informe del ajuste en vez del modelo (como -f text)",
	    "escreve o relatório do ajuste em vez do modelo (como -f text)" } },
	{ { "LinkedIn export: one snapshot every DAYS days, oldest first "
	    "(default: 13 of them)",
	    "exportación de LinkedIn: una instantánea cada DAYS días, la más "
	    "antigua primero (por defecto: 13 instantáneas)",
	    "exportação do LinkedIn: um snapshot a cada DAYS dias, o mais "
	    "antigo primeiro (padrão: 13 snapshots)" } },
	{ { "with --every: the first date (default: 12 steps before --until)",
	    "con --every: la primera fecha (por defecto: 12 pasos antes de "
	    "--until)",
	    "com --every: a primeira data (padrão: 12 passos antes de "
	    "--until)" } },
	{ { "with --every: the last date (default: the export's last date)",
	    "con --every: la última fecha (por defecto: la última de la "
	    "exportación)",
	    "com --every: a última data (padrão: a última data da exportação)" } },
	{ { "CSV/TSV: the official_* columns too (LinkedIn's figures)",
	    "CSV/TSV: también las columnas official_* (las cifras de LinkedIn)",
	    "CSV/TSV: também as colunas official_* (os números do LinkedIn)" } },
	{ { "every change of the official series of FILE...: up, down or flat",
	    "cada cambio de la serie oficial de FILE...: up, down o flat",
	    "cada mudança da série oficial de FILE...: up, down ou flat" } },
	{ { "the reading's date, YYYY-MM-DD (default: today)",
	    "la fecha de la lectura, AAAA-MM-DD (por defecto: hoy)",
	    "a data da leitura, AAAA-MM-DD (padrão: hoje)" } },
	{ { "the official index (default: the sum of the components)",
	    "el índice oficial (por defecto: la suma de los componentes)",
	    "o índice oficial (padrão: a soma dos componentes)" } },
	{ { "industry SSI rank: top N%",
	    "puesto del SSI en el sector: top N %",
	    "classificação SSI do setor: primeiros N%" } },
	{ { "network SSI rank: top N%",
	    "puesto del SSI en la red: top N %",
	    "classificação SSI da rede: primeiros N%" } },
	{ { "the industry's average SSI",
	    "el SSI medio del sector",
	    "o SSI médio do setor" } },
	{ { "the network's average SSI",
	    "el SSI medio de la red",
	    "o SSI médio da rede" } },
	{ { "the reading's id (default: the id of FILE's last record, else me)",
	    "el id de la lectura (por defecto: el id del último registro de "
	    "FILE, si no me)",
	    "o id da leitura (padrão: o id do último registro de FILE, senão "
	    "me)" } },
	{ { "the model to start from (default: default/1)",
	    "el modelo de partida (por defecto: default/1)",
	    "o modelo de partida (padrão: default/1)" } },
	{ { "the fitted model's id (default: calibrated/1)",
	    "el id del modelo ajustado (por defecto: calibrated/1)",
	    "o id do modelo ajustado (padrão: calibrated/1)" } },
	{ { "Group records by id, order them by as_of and show each snapshot "
	    "with the change since the previous one and a sparkline of the "
	    "index. For a team (several ids), first the team: per date the "
	    "average index and pillars and how many members had a snapshot, "
	    "and the top 3 improvers and decliners. A LinkedIn export alone "
	    "gives its last 13 weekly snapshots; several exports are one "
	    "snapshot each, at their own dates.",
	    "Agrupa los registros por id, los ordena por as_of y muestra cada "
	    "instantánea con el cambio desde la anterior y una minigráfica del "
	    "índice. Para un equipo (varios id), primero el equipo: por fecha, "
	    "el índice y los pilares medios y cuántos miembros tenían una "
	    "instantánea, y los 3 que más mejoran y los 3 que más empeoran. "
	    "Una exportación de LinkedIn sola da sus 13 últimas instantáneas "
	    "semanales; varias exportaciones son una instantánea cada una, en "
	    "su propia fecha.",
	    "Agrupa os registros por id, ordena por as_of e mostra cada "
	    "snapshot com a variação desde o anterior e um minigráfico do "
	    "índice. Para uma equipe (vários ids), primeiro a equipe: por data, "
	    "o índice e os componentes médios e quantos membros tinham um "
	    "snapshot, e os 3 que mais subiram e os 3 que mais caíram. Uma "
	    "exportação do LinkedIn sozinha dá seus 13 últimos snapshots "
	    "semanais; várias exportações são um snapshot cada, nas suas "
	    "próprias datas." } },
	{ { "rank by the official index (official_ssi); records without it "
	    "last, unranked",
	    "clasifica por el índice oficial (official_ssi); los registros sin "
	    "él van al final, sin puesto",
	    "classifica pelo índice oficial (official_ssi); os registros sem "
	    "ele ficam no fim, sem posição" } },
	{ { "rank every record, not each member's latest snapshot",
	    "clasifica cada registro, no solo la última instantánea de "
	    "cada miembro",
	    "classifica cada registro, não só o snapshot mais recente de "
	    "cada membro" } },
	{ { "only the team part: averages per date, top improvers and decliners",
	    "solo la parte del equipo: medias por fecha, los que más mejoran y "
	    "empeoran",
	    "só a parte da equipe: médias por data, os que mais subiram e os "
	    "que mais caíram" } },
	/* sheets (ssi.5) */
	{ { "as_of: %s: the year needs four digits (%d/%d/20%02d, or "
	    "write YYYY-MM-DD)",
	    "as_of: %s: el año necesita cuatro cifras (%d/%d/20%02d, o "
	    "escribe AAAA-MM-DD)",
	    "as_of: %s: o ano precisa de quatro dígitos (%d/%d/20%02d, "
	    "ou escreva AAAA-MM-DD)" } },
	{ { "no such date",
	    "no existe esa fecha",
	    "essa data não existe" } },
	{ { "%d %s %d",
	    "%d de %s de %d",
	    "%d de %s de %d" } },
	{ { "January",
	    "enero",
	    "janeiro" } },
	{ { "February",
	    "febrero",
	    "fevereiro" } },
	{ { "March",
	    "marzo",
	    "março" } },
	{ { "April",
	    "abril",
	    "abril" } },
	{ { "May",
	    "mayo",
	    "maio" } },
	{ { "June",
	    "junio",
	    "junho" } },
	{ { "July",
	    "julio",
	    "julho" } },
	{ { "August",
	    "agosto",
	    "agosto" } },
	{ { "September",
	    "septiembre",
	    "setembro" } },
	{ { "October",
	    "octubre",
	    "outubro" } },
	{ { "November",
	    "noviembre",
	    "novembro" } },
	{ { "December",
	    "diciembre",
	    "dezembro" } },
	{ { "%s: %ld lines not read",
	    "%s: %ld líneas sin leer",
	    "%s: %ld linhas não lidas" } },
	{ { "%s: 1 line not read",
	    "%s: 1 línea sin leer",
	    "%s: 1 linha não lida" } },
	{ { "%s (did you mean '%s'?)",
	    "%s (¿querías decir '%s'?)",
	    "%s (você quis dizer '%s'?)" } },
	{ { "unknown field %s (--strict)",
	    "campo desconocido %s (--strict)",
	    "campo desconhecido %s (--strict)" } },
	{ { "unknown fields: %s (--strict)",
	    "campos desconocidos: %s (--strict)",
	    "campos desconhecidos: %s (--strict)" } },
	{ { "columns no field takes: %s (kept as your own columns; ssi "
	    "fields lists the names)",
	    "columnas que ningún campo toma: %s (se guardan como "
	    "columnas propias; ssi fields lista los nombres)",
	    "colunas que nenhum campo usa: %s (mantidas como colunas "
	    "próprias; ssi fields lista os nomes)" } },
	{ { "columns no field takes: %s (not read; ssi fields lists the "
	    "names)",
	    "columnas que ningún campo toma: %s (no se leen; ssi fields "
	    "lista los nombres)",
	    "colunas que nenhum campo usa: %s (não lidas; ssi fields "
	    "lista os nomes)" } },
	{ { "columns no field takes: %s (kept as your own columns), %s "
	    "(not read); ssi fields lists the names",
	    "columnas que ningún campo toma: %s (se guardan como "
	    "columnas propias), %s (no se leen); ssi fields lista los "
	    "nombres",
	    "colunas que nenhum campo usa: %s (mantidas como colunas "
	    "próprias), %s (não lidas); ssi fields lista os nomes" } },
	{ { "%s: 1 cell %s read as unknown",
	    "%s: 1 celda %s leída como desconocida",
	    "%s: 1 célula %s lida como desconhecida" } },
	{ { "%s: %ld cells %s (and the like) read as unknown",
	    "%s: %ld celdas %s (y similares) leídas como desconocidas",
	    "%s: %ld células %s (e semelhantes) lidas como "
	    "desconhecidas" } },
	{ { "; %s can only be %s (--dates %s)",
	    "; %s solo puede ser el %s (--dates %s)",
	    "; %s só pode ser %s (--dates %s)" } },
	{ { "column %s holds dates like %s (%s or %s): give --dates dmy "
	    "or --dates mdy%s",
	    "la columna %s tiene fechas como %s (%s o %s): indica "
	    "--dates dmy o --dates mdy%s",
	    "a coluna %s tem datas como %s (%s ou %s): informe --dates "
	    "dmy ou --dates mdy%s" } },
	{ { "column %s holds dates like %s (%s): give --dates %s%s",
	    "la columna %s tiene fechas como %s (%s): indica --dates "
	    "%s%s",
	    "a coluna %s tem datas como %s (%s): informe --dates %s%s" } },
	{ { "a quote inside a field that does not start with one: read "
	    "as a character",
	    "comillas dentro de un campo que no empieza por comillas: "
	    "leídas como un carácter",
	    "aspas dentro de um campo que não começa com aspas: lidas "
	    "como caractere" } },
	{ { "a quote inside a field that does not start with one: read "
	    "as a character (%ld such quotes)",
	    "comillas dentro de un campo que no empieza por comillas: "
	    "leídas como un carácter (%ld veces)",
	    "aspas dentro de um campo que não começa com aspas: lidas "
	    "como caractere (%ld vezes)" } },
	{ { "; 1 line not read",
	    "; 1 línea sin leer",
	    "; 1 linha não lida" } },
	{ { "; %ld lines not read",
	    "; %ld líneas sin leer",
	    "; %ld linhas não lidas" } },
	{ { "; 1 blank row skipped",
	    "; 1 fila en blanco omitida",
	    "; 1 linha em branco ignorada" } },
	{ { "; %ld blank rows skipped",
	    "; %ld filas en blanco omitidas",
	    "; %ld linhas em branco ignoradas" } },
	{ { "%ld profile scored, %ld rejected%s",
	    "%ld perfil puntuado, rechazados: %ld%s",
	    "%ld perfil pontuado, rejeitados: %ld%s" } },
	{ { "%ld profiles scored, %ld rejected%s",
	    "%ld perfiles puntuados, rechazados: %ld%s",
	    "%ld perfis pontuados, rejeitados: %ld%s" } },
	{ { "nothing scored: %s left as it was",
	    "nada puntuado: %s se deja como estaba",
	    "nada pontuado: %s mantido como estava" } },
	/* the rank page: the date of its data, the rows left out */
	{ { "Data as of %s",
	    "Datos a %s",
	    "Dados de %s" } },
	{ { "Data as of %s; each member's own date is in the leaderboard",
	    "Datos a %s; la fecha de cada miembro está en la clasificación",
	    "Dados de %s; a data de cada membro está no ranking" } },
	{ { "Date",
	    "Fecha",
	    "Data" } },
	{ { "%ld row of the input was rejected and is not on this page:",
	    "%ld fila de la entrada se ha rechazado y no está en esta página:",
	    "%ld linha da entrada foi rejeitada e não está nesta página:" } },
	{ { "%ld rows of the input were rejected and are not on this page:",
	    "%ld filas de la entrada se han rechazado y no están en esta "
	    "página:",
	    "%ld linhas da entrada foram rejeitadas e não estão nesta "
	    "página:" } },
	{ { "and %ld more (ssi prints every message on standard error)",
	    "y %ld más (ssi escribe cada mensaje en la salida de errores)",
	    "e mais %ld (o ssi escreve todas as mensagens na saída de "
	    "erros)" } },
	/* advice on a page for a manager (ADVICE_PAGE): the data to add, in
	 * words, never as options */
	{ { "{x:1 item is|{x} items are} unknown: add {list} to the data",
	    "{x:1 elemento no consta|{x} elementos no constan}: añade {list} "
	    "a los datos",
	    "{x:1 item é desconhecido|{x} itens são desconhecidos}: adicione "
	    "{list} aos dados" } },
	{ { "No data on your target audience: the roles, sectors or companies "
	    "you sell to are needed to count the connections that match them.",
	    "No hay datos sobre tu público objetivo: hacen falta los cargos, "
	    "sectores o empresas a los que vendes para contar los contactos "
	    "que coinciden con ellos.",
	    "Não há dados sobre o seu público-alvo: são necessários os cargos, "
	    "setores ou empresas para os quais você vende para contar as "
	    "conexões que correspondem a eles." } },
	{ { "No data on {what}: LinkedIn's export does not contain {list}; "
	    "{x:it has|they have} to be added to the data by hand.",
	    "No hay datos sobre {what}: la exportación de LinkedIn no incluye "
	    "{list}; hay que {x:añadirlo|añadirlos} a los datos a mano.",
	    "Não há dados sobre {what}: a exportação do LinkedIn não inclui "
	    "{list}; é preciso {x:adicioná-lo|adicioná-los} aos dados "
	    "manualmente." } },
	{ { "No data on {what}: the data has no {list}; add {x:it|them} and "
	    "make the page again.",
	    "No hay datos sobre {what}: los datos no tienen {list}; "
	    "{x:añádelo|añádelos} y vuelve a generar la página.",
	    "Não há dados sobre {what}: os dados não têm {list}; "
	    "{x:adicione-o|adicione-os} e gere a página de novo." } },
	/* ssi log: the page reader and the sum of the four (official) */
	{ { "the sum of the four (the page shows %s)",
	    "la suma de los cuatro (la página muestra %s)",
	    "a soma dos quatro (a página mostra %s)" } },
	{ { "the sum of the four (--ssi agrees)",
	    "la suma de los cuatro (--ssi coincide)",
	    "a soma dos quatro (--ssi confere)" } },
	{ { "the sum of the four",
	    "la suma de los cuatro",
	    "a soma dos quatro" } },
	{ { " (no label for %s: its figure taken in page order, consistent "
	    "with the index)",
	    " (sin etiqueta para %s: su cifra, tomada en el orden de la "
	    "página, cuadra con el índice)",
	    " (sem rótulo para %s: o número dele, tomado na ordem da página, "
	    "confere com o índice)" } },
	{ { "%s is %s in one place and %s in another: two pages pasted?",
	    "%s es %s en un sitio y %s en otro: ¿dos páginas pegadas?",
	    "%s é %s em um lugar e %s em outro: duas páginas coladas?" } },
	{ { "this JSON is not the SSI page's: expected the response of "
	    "/sales-api/salesApiSsi (memberScore.subScores with pillar and "
	    "score)",
	    "este JSON no es el de la página del SSI: se esperaba la respuesta "
	    "de /sales-api/salesApiSsi (memberScore.subScores con pillar y "
	    "score)",
	    "este JSON não é o da página do SSI: era esperada a resposta de "
	    "/sales-api/salesApiSsi (memberScore.subScores com pillar e "
	    "score)" } },
	{ { "the index %s does not match the four components (sum %s): not "
	    "the figures of one page",
	    "el índice %s no cuadra con los cuatro componentes (suma %s): no "
	    "son las cifras de una sola página",
	    "o índice %s não confere com os quatro componentes (soma %s): não "
	    "são os números de uma única página" } },
	{ { "no id column: members are matched by their name",
	    "sin columna id: los miembros se emparejan por su nombre",
	    "sem coluna id: os membros são identificados pelo nome" } },
	/* ssi log: the file of readings (official) */
	{ { "log: --date: %s is not a date (YYYY-MM-DD)",
	    "log: --date: %s no es una fecha (AAAA-MM-DD)",
	    "log: --date: %s não é uma data (AAAA-MM-DD)" } },
	{ { "log: %s; nothing recorded",
	    "log: %s; no se ha registrado nada",
	    "log: %s; nada foi registrado" } },
	{ { "log: %s is %s: nothing recorded",
	    "log: %s es %s: no se ha registrado nada",
	    "log: %s é %s: nada foi registrado" } },
	{ { "of five numbers, the first looks like the index: taken as --ssi "
	    "(the index recorded is the sum of the four)",
	    "de cinco números, el primero parece el índice: tomado como --ssi "
	    "(el índice registrado es la suma de los cuatro)",
	    "de cinco números, o primeiro parece ser o índice: tomado como "
	    "--ssi (o índice registrado é a soma dos quatro)" } },
	{ { "ssi: log: %s: a new file: its readings are filed under the id "
	    "'%s'; --id NAME files them under the id of your other records\n",
	    "ssi: log: %s: un archivo nuevo: sus lecturas se guardan con el id "
	    "'%s'; --id NOMBRE las guarda con el id de tus otros registros\n",
	    "ssi: log: %s: um arquivo novo: as leituras ficam com o id '%s'; "
	    "--id NOME as registra com o id dos seus outros registros\n" } },
	{ { "not a JSON Lines file of readings (binary data: a ZIP, a "
	    "spreadsheet?)",
	    "no es un archivo JSON Lines de lecturas (datos binarios: ¿un ZIP, "
	    "una hoja de cálculo?)",
	    "não é um arquivo JSON Lines de leituras (dados binários: um ZIP, "
	    "uma planilha?)" } },
	{ { "a JSON document, not JSON Lines (one reading per line; ssi "
	    "import linkedin -f jsonl writes them)",
	    "un documento JSON, no JSON Lines (una lectura por línea; ssi "
	    "import linkedin -f jsonl los escribe)",
	    "um documento JSON, não JSON Lines (uma leitura por linha; ssi "
	    "import linkedin -f jsonl os escreve)" } },
	{ { "not a JSON Lines file of readings (its first line is not a JSON "
	    "object)",
	    "no es un archivo JSON Lines de lecturas (su primera línea no es "
	    "un objeto JSON)",
	    "não é um arquivo JSON Lines de leituras (a primeira linha não é "
	    "um objeto JSON)" } },
	{ { "%s: larger than 1 GiB",
	    "%s: mayor de 1 GiB",
	    "%s: maior que 1 GiB" } },
	{ { "%s: read error: %s",
	    "%s: error de lectura: %s",
	    "%s: erro de leitura: %s" } },
	{ { "%s: cannot follow the link: %s",
	    "%s: no se puede seguir el enlace: %s",
	    "%s: não é possível seguir o link: %s" } },
	{ { "%s: may not be written: %s",
	    "%s: no se puede escribir en él: %s",
	    "%s: não pode ser gravado: %s" } },
	{ { "%s: not a regular file (a FIFO, a device or a folder)",
	    "%s: no es un archivo normal (un FIFO, un dispositivo o una "
	    "carpeta)",
	    "%s: não é um arquivo comum (um FIFO, um dispositivo ou uma "
	    "pasta)" } },
	{ { "%s: cannot lock: %s",
	    "%s: no se puede bloquear: %s",
	    "%s: não é possível bloquear: %s" } },
	{ { "%s: replaced over and over while waiting for it",
	    "%s: reemplazado una y otra vez mientras se esperaba",
	    "%s: substituído repetidas vezes durante a espera" } },
	{ { "%s: may not be written: read-only (chmod u+w to allow it)",
	    "%s: no se puede escribir en él: solo lectura (chmod u+w lo "
	    "permite)",
	    "%s: não pode ser gravado: somente leitura (chmod u+w permite)" } },
	{ { "%s has %lu hard links: rewriting it would break them (give the "
	    "one name it should keep)",
	    "%s tiene %lu enlaces duros: reescribirlo los rompería (indica el "
	    "único nombre que debe conservar)",
	    "%s tem %lu links físicos: regravá-lo os quebraria (informe o "
	    "único nome que deve ficar)" } },
	{ { "%s belongs to another user: a rewrite would make it yours",
	    "%s pertenece a otro usuario: reescribirlo lo haría tuyo",
	    "%s pertence a outro usuário: regravá-lo o tornaria seu" } },
	{ { "%s: cannot sync its folder: %s",
	    "%s: no se puede sincronizar su carpeta: %s",
	    "%s: não é possível sincronizar a pasta: %s" } },
	{ { "%s: %s: %s; nothing recorded",
	    "%s: %s: %s; no se ha registrado nada",
	    "%s: %s: %s; nada foi registrado" } },
	{ { "cannot create a temporary beside it",
	    "no se puede crear un temporal a su lado",
	    "não é possível criar um temporário ao lado" } },
	{ { "write error",
	    "error de escritura",
	    "erro de gravação" } },
	{ { "cannot keep its owner and group",
	    "no se pueden conservar su dueño y su grupo",
	    "não é possível manter o dono e o grupo" } },
	{ { "cannot keep its mode",
	    "no se pueden conservar sus permisos",
	    "não é possível manter as permissões" } },
	{ { "cannot replace it",
	    "no se puede reemplazar",
	    "não é possível substituí-lo" } },
	/* ssi digest (cmd_digest.c, digest_out.c) */
	{ { "--%s: '%s' is not a whole number from %d to 3660",
	    "--%s: '%s' no es un número entero de %d a 3660",
	    "--%s: '%s' não é um número inteiro de %d a 3660" } },
	{ { "--goal: '%s' is not a number from 0 to 100",
	    "--goal: '%s' no es un número de 0 a 100",
	    "--goal: '%s' não é um número de 0 a 100" } },
	{ { "--by-date needs --goal",
	    "--by-date necesita --goal",
	    "--by-date precisa de --goal" } },
	{ { "stalled: no rise of the index in the last WEEKS weeks (default: 4)",
	    "estancado: el índice no sube en las últimas WEEKS semanas (por "
	    "defecto: 4)",
	    "estagnado: o índice não sobe nas últimas WEEKS semanas (padrão: 4)" } },
	{ { "stale: no official reading for more than DAYS days (default: 14)",
	    "desactualizado: sin lectura oficial en más de DAYS días (por "
	    "defecto: 14)",
	    "desatualizado: sem leitura oficial há mais de DAYS dias (padrão: "
	    "14)" } },
	{ { "the team's goal: an average index of N, projected from the last 8 "
	    "weeks",
	    "el objetivo del equipo: un índice medio de N, proyectado desde las "
	    "últimas 8 semanas",
	    "a meta da equipe: um índice médio de N, projetado a partir das "
	    "últimas 8 semanas" } },
	{ { "with --goal: the day the goal is due (on track or behind)",
	    "con --goal: el día en que vence el objetivo (en camino o con "
	    "retraso)",
	    "com --goal: o dia em que a meta vence (no ritmo ou atrasada)" } },
	{ { "the week of a team: who moved, stalled, goals",
	    "semana del equipo: cambios, estancados, metas",
	    "semana da equipe: mudanças, estagnação, metas" } },
	{ { "From the same inputs as trend, the week of a team: the period (the "
	    "last 7 days up to the latest date, or --since and --until), the "
	    "team's average index at its start and now with the change and its "
	    "real-change label, who moved for real (an up or down label on the "
	    "index or a pillar), who has stalled (no rise in --stalled weeks), "
	    "whose official figures are stale (--stale days), each member's "
	    "weakest pillar against the team's or the industry's average and top "
	    "action, and with --goal the day the team's average is projected to "
	    "reach it (Theil-Sen over the last 8 weeks, with a range). A "
	    "LinkedIn export alone gives its weekly snapshots, as in trend.",
	    "Con las mismas entradas que trend, la semana de un equipo: el "
	    "periodo (los últimos 7 días hasta la última fecha, o --since y "
	    "--until), el índice medio del equipo al inicio y ahora con el cambio "
	    "y su etiqueta de cambio real, quién se movió de verdad (una "
	    "etiqueta de subida o bajada en el índice o en un pilar), quién se ha "
	    "estancado (sin subidas en --stalled semanas), quién tiene las cifras "
	    "oficiales desactualizadas (--stale días), el pilar más débil de cada "
	    "miembro frente a la media del equipo o del sector y su acción "
	    "principal, y con --goal el día en que se prevé que la media del "
	    "equipo lo alcance (Theil-Sen sobre las últimas 8 semanas, con un "
	    "intervalo). Una exportación de LinkedIn sola da sus instantáneas "
	    "semanales, como en trend.",
	    "Com as mesmas entradas que trend, a semana de uma equipe: o período "
	    "(os últimos 7 dias até a data mais recente, ou --since e --until), "
	    "o índice médio da equipe no início e agora, com a variação e seu "
	    "rótulo de mudança real, quem mudou de verdade (um rótulo de alta ou "
	    "de queda no índice ou em um pilar), quem estagnou (sem alta em "
	    "--stalled semanas), quem está com os números oficiais desatualizados "
	    "(--stale dias), o pilar mais fraco de cada membro em relação à média "
	    "da equipe ou do setor e a principal ação, e com --goal o dia em que "
	    "a média da equipe deve alcançá-la (Theil-Sen sobre as últimas 8 "
	    "semanas, com um intervalo). Uma exportação do LinkedIn sozinha dá "
	    "seus snapshots semanais, como em trend." } },
	{ { "Team digest: %s to %s",
	    "Resumen del equipo: del %s al %s",
	    "Resumo da equipe: de %s a %s" } },
	{ { "Team average",
	    "Media del equipo",
	    "Média da equipe" } },
	{ { "start",
	    "inicio",
	    "início" } },
	{ { "now",
	    "ahora",
	    "agora" } },
	{ { "change",
	    "cambio",
	    "variação" } },
	{ { "label",
	    "etiqueta",
	    "rótulo" } },
	{ { "members (start / now)",
	    "miembros (inicio / ahora)",
	    "membros (início / agora)" } },
	{ { "estimate",
	    "estimación",
	    "estimativa" } },
	{ { "official",
	    "oficial",
	    "oficial" } },
	{ { "up",
	    "sube",
	    "alta" } },
	{ { "down",
	    "baja",
	    "queda" } },
	{ { "flat",
	    "estable",
	    "estável" } },
	{ { "index",
	    "índice",
	    "índice" } },
	{ { " (official)",
	    " (oficial)",
	    " (oficial)" } },
	{ { "Who moved for real",
	    "Quién se movió de verdad",
	    "Quem mudou de verdade" } },
	{ { "nobody: every change is within the usual wobble",
	    "nadie: ningún cambio sale de la oscilación habitual",
	    "ninguém: todas as variações estão dentro da oscilação normal" } },
	{ { "nobody",
	    "nadie",
	    "ninguém" } },
	{ { "Stalled (no rise of the index in %d weeks)",
	    "Estancados (el índice no sube en %d semanas)",
	    "Estagnados (o índice não sobe há %d semanas)" } },
	{ { "Stale figures (no official reading for more than %d days)",
	    "Cifras desactualizadas (sin lectura oficial en más de %d días)",
	    "Números desatualizados (sem leitura oficial há mais de %d dias)" } },
	{ { "no official reading",
	    "sin lectura oficial",
	    "sem leitura oficial" } },
	{ { "%ld days",
	    "%ld días",
	    "%ld dias" } },
	{ { "Members: index, weakest pillar against the average, top action",
	    "Miembros: índice, pilar más débil frente a la media, acción "
	    "principal",
	    "Membros: índice, pilar mais fraco em relação à média, principal "
	    "ação" } },
	{ { "Members",
	    "Miembros",
	    "Membros" } },
	{ { "member",
	    "miembro",
	    "membro" } },
	{ { "real changes",
	    "cambios reales",
	    "mudanças reais" } },
	{ { "weakest pillar against the average",
	    "pilar más débil frente a la media",
	    "pilar mais fraco em relação à média" } },
	{ { "top action",
	    "acción principal",
	    "principal ação" } },
	{ { "top action: ",
	    "acción principal: ",
	    "principal ação: " } },
	{ { "%s %s (industry %s)",
	    "%s %s (sector %s)",
	    "%s %s (setor %s)" } },
	{ { "%s %s (team %s)",
	    "%s %s (equipo %s)",
	    "%s %s (equipe %s)" } },
	{ { "Goal: a team average of %s by %s",
	    "Objetivo: una media del equipo de %s para el %s",
	    "Meta: uma média da equipe de %s até %s" } },
	{ { "Goal: a team average of %s",
	    "Objetivo: una media del equipo de %s",
	    "Meta: uma média da equipe de %s" } },
	{ { "reached",
	    "alcanzado",
	    "alcançada" } },
	{ { "never reaches it at this pace",
	    "a este ritmo no lo alcanza nunca",
	    "neste ritmo nunca a alcança" } },
	{ { "%s: around %s (between %s and %s)",
	    "%s: hacia el %s (entre el %s y el %s)",
	    "%s: por volta de %s (entre %s e %s)" } },
	{ { "%s: around %s (between %s and never)",
	    "%s: hacia el %s (entre el %s y nunca)",
	    "%s: por volta de %s (entre %s e nunca)" } },
	{ { "Members' goals",
	    "Objetivos de los miembros",
	    "Metas dos membros" } },
	{ { "goal",
	    "objetivo",
	    "meta" } },
	{ { "due",
	    "plazo",
	    "prazo" } },
	{ { "projection",
	    "proyección",
	    "projeção" } },
	{ { "on track",
	    "en camino",
	    "no ritmo" } },
	{ { "behind",
	    "con retraso",
	    "atrasada" } },
	{ { "never",
	    "nunca",
	    "nunca" } },
	{ { "fewer than %d dates in the last 8 weeks: no projection",
	    "menos de %d fechas en las últimas 8 semanas: sin proyección",
	    "menos de %d datas nas últimas 8 semanas: sem projeção" } },
	{ { "no snapshot has both data and official figures: %ld %s official "
	    "figures only, %ld %s no official figure; the signals without "
	    "their inputs: %s",
	    "ninguna instantánea tiene a la vez datos y cifras oficiales: %ld "
	    "%s solo cifras oficiales, %ld %s ninguna cifra oficial; las "
	    "señales sin sus datos: %s",
	    "nenhum registro tem ao mesmo tempo dados e números oficiais: "
	    "%ld %s só números oficiais, %ld %s nenhum número oficial; os "
	    "sinais sem os seus dados: %s" } },
};

#define NROWS (sizeof rows / sizeof rows[0])
#define HSIZE 2048	/* a power of two, over twice NROWS */
_Static_assert(NROWS * 2 <= HSIZE, "catalog: the hash table is too small");

static uint16_t slot[HSIZE];	/* row + 1, 0 = empty */
static int built;

static uint32_t
hash(const char *s)
{
	uint32_t h = 2166136261u;

	while (*s)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

static void
build(void)
{
	size_t i;

	for (i = 0; i < NROWS; i++) {
		uint32_t h = hash(rows[i].t[LANG_EN]) & (HSIZE - 1);

		while (slot[h] != 0)
			h = (h + 1) & (HSIZE - 1);
		slot[h] = (uint16_t)(i + 1);
	}
	built = 1;
}

const char *
tr(int lang, const char *english)
{
	const char *t;
	uint32_t h;

	if (english == NULL || lang <= LANG_EN || lang >= LANG_COUNT)
		return english;
	if (!built)
		build();
	for (h = hash(english) & (HSIZE - 1); slot[h] != 0;
	    h = (h + 1) & (HSIZE - 1))
		if (strcmp(rows[slot[h] - 1].t[LANG_EN], english) == 0) {
			t = rows[slot[h] - 1].t[lang];
			return t != NULL ? t : english;
		}
	return english;
}

size_t
catalog_rows(void)
{
	return NROWS;
}

const char *
catalog_text(size_t i, int lang)
{
	if (i >= NROWS || lang < 0 || lang >= LANG_COUNT)
		return NULL;
	return rows[i].t[lang];
}
