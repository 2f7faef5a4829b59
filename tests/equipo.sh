#!/bin/sh
# tests/equipo.sh [-m nov] TEAM.CSV - the team sheet as a Spanish manager
# writes it in Excel.
#
# Writes to standard output data/examples/team.csv turned into the sheet a
# sales manager keeps, saved as Spanish Excel's plain "CSV": the headers
# people type before they read ssi fields ("Nombre", "Conexiones", "Visitas
# al perfil", "Me gusta", "Experiencia", "Días activos"), no id column (the
# name is the id, so two months match member by member; team.csv's names
# repeat, so each row gets a name of its own from the list below), a
# column of the team's own ("Equipo") after the name, ';' between cells,
# CRLF line ends, Windows-1252 bytes (a character it lacks becomes '?'),
# flags VERDADERO/FALSO, dates 09/11/2026 (day/month/year), counts of a
# thousand or more as 1.250,00, "n/d" where the followers or the profile
# viewers are not known, and the ";;;;" rows Excel leaves below a
# formatted table.  Every score equals team.csv's, row by row.
#   sh tests/equipo.sh data/examples/team.csv > data/examples/equipo.csv
# With -m nov it writes the same team a month later: every date one month
# on, and every third member (the 1st, 4th, 7th, ...) more active (more
# posts, comments, reactions, shares, searches, profile viewers and active
# days, 5% more connections), the others as they were:
#   sh tests/equipo.sh -m nov data/examples/team.csv > data/examples/equipo-nov.csv
# With -l pt it writes the Brazilian twin: Portuguese headers ("Nome",
# "Conexões", "Seguidores", "Publicações", "Curtidas"), "Equipe", Sim/Não,
# Brazilian names, the rest as above (Brazil's Excel also writes ';',
# Windows-1252 and decimal commas):
#   sh tests/equipo.sh -l pt data/examples/team.csv > data/examples/equipe.csv
# (tests/cli/equipo-generated checks that the three agree with the script).
set -eu
LC_ALL=C
export LC_ALL
month=oct
lang=es
while [ $# -gt 1 ]; do
	case $1 in
	-m) month=$2 ;;
	-l) lang=$2 ;;
	*) break ;;
	esac
	shift 2
done
case $month$lang in
octes|noves|octpt|novpt) ;;
*) echo "usage: tests/equipo.sh [-m nov] [-l pt] TEAM.CSV" >&2; exit 2 ;;
esac

awk -v month="$month" -v lang="$lang" '
BEGIN {
	# the header of each English column as a manager types it, in Spain
	# and in Brazil (field:Spanish:Portuguese): input.md names where people
	# write them ("Conexiones", "Me gusta", "Curtidas"), the names of ssi
	# fields --lang es|pt for the rest; accents, capitals and spaces as typed
	split("name:Nombre:Nome|industry:Sector:Setor|" \
	    "location:Ubicación:Localização|as_of:Fecha:Data|" \
	    "headline:Titular:Título|summary:Extracto:Resumo|" \
	    "photo:Foto:Foto|positions:Experiencia:Cargos|" \
	    "education:Educación:Formação acadêmica|" \
	    "skills:Habilidades:Competências|" \
	    "endorsements:Validaciones:Validações|" \
	    "recommendations:Recomendaciones:Recomendações|" \
	    "media:Multimedia:Mídia|articles:Artículos:Artigos|" \
	    "connections:Conexiones:Conexões|" \
	    "target_connections:Contactos objetivo:Conexões alvo|" \
	    "senior_connections:Contactos directivos:Conexões seniores|" \
	    "colleague_connections:Contactos compañeros:Conexões colegas|" \
	    "followers:Seguidores:Seguidores|groups:Grupos:Grupos|" \
	    "period_days:Días periodo:Dias do período|" \
	    "searches:Búsquedas:Pesquisas|" \
	    "second_degree_contacts:Contactos segundo grado:Contatos segundo grau|" \
	    "profile_viewers:Visitas al perfil:Visualizações do perfil|" \
	    "viewers_contacted:Visitas contactadas:Visitantes contatados|" \
	    "posts:Publicaciones:Publicações|" \
	    "shares:Compartidos:Compartilhamentos|" \
	    "comments:Comentarios:Comentários|" \
	    "reactions:Me gusta:Curtidas|" \
	    "group_posts:Publicaciones grupos:Publicações em grupos|" \
	    "active_days:Días activos:Dias ativos|" \
	    "messages_received:Mensajes recibidos:Mensagens recebidas|" \
	    "messages_replied:Mensajes respondidos:Mensagens respondidas|" \
	    "invitations_sent:Invitaciones:Convites enviados|" \
	    "invitations_accepted:Invitaciones aceptadas:Convites aceitos|" \
	    "invitations_personalized:Invitaciones personalizadas:Convites personalizados|" \
	    "engagement_received:Interacciones recibidas:Interações recebidas", hdr, "|")
	for (i in hdr) {
		split(hdr[i], hc, ":")
		typed[hc[1]] = lang == "pt" ? hc[3] : hc[2]
	}
	# text columns: never counts
	split("name industry location as_of headline summary photo", t, " ")
	for (i in t) text[t[i]] = 1
	# the columns where an empty cell is written "n/d"
	nd["followers"] = 1; nd["profile_viewers"] = 1
	# more of these in November, for every third member
	more["posts"] = 3; more["comments"] = 6; more["reactions"] = 12
	more["shares"] = 2; more["searches"] = 5; more["profile_viewers"] = 20
	more["active_days"] = 4
	split(lang == "pt" ? "Norte Sul Centro" : "Norte Sur Centro", team, " ")
	split("María José Fernández|José Núñez|Begoña Ibáñez|Íñigo Etxeberria|" \
	    "Lucía Martín|Javier Gómez|Carmen Ruiz|Álvaro Díaz|Marta Sánchez|" \
	    "Pablo Romero|Elena Navarro|Sergio Torres|Laura Domínguez|" \
	    "Diego Vázquez|Ana Ramos|Raúl Gil|Cristina Serrano|Andrés Blanco|" \
	    "Paula Molina|Alberto Morales|Sara Ortega|Jorge Delgado|Irene Castro|" \
	    "Rubén Ortiz|Noelia Rubio|Víctor Marín|Silvia Sanz|Óscar Iglesias|" \
	    "Nuria Medina|Adrián Garrido|Rocío Cortés|Iván Castillo|" \
	    "Patricia Santos|Hugo Lozano|Alicia Guerrero|Mario Cano|" \
	    "Lorena Prieto|Daniel Méndez|Beatriz Cruz|Gonzalo Calvo|" \
	    "Pilar Gallego|Ramón Vidal", who, "|")
	if (lang == "pt")
		split("Ana Paula Souza|João Silva|Fernanda Oliveira|Luís Pereira|" \
		    "Mariana Costa|Rafael Almeida|Juliana Rodrigues|Thiago Lima|" \
		    "Camila Gomes|Bruno Ribeiro|Letícia Carvalho|Gustavo Martins|" \
		    "Larissa Araújo|Felipe Barbosa|Beatriz Rocha|Rodrigo Dias|" \
		    "Aline Nascimento|Marcelo Teixeira|Patrícia Moreira|André Cardoso|" \
		    "Vanessa Correia|Lucas Mendes|Carolina Nunes|Vinícius Freitas|" \
		    "Renata Castro|Eduardo Pinto|Débora Moura|Leonardo Ramos|" \
		    "Tatiana Vieira|Gabriel Monteiro|Priscila Lopes|Diego Farias|" \
		    "Natália Cunha|Henrique Batista|Simone Azevedo|Otávio Campos|" \
		    "Cláudia Reis|Sérgio Duarte|Luana Fonseca|Caio Machado|" \
		    "Sônia Brandão|Paulo Antunes", who, "|")
	yes = lang == "pt" ? "Sim" : "VERDADERO"
	no = lang == "pt" ? "Não" : "FALSO"
	nf = 0; cell = ""; inq = 0; row = 0
}

# A cell for the ";" sheet: quoted when it holds ";", a quote or a line end.
function out(s) {
	if (s ~ /[;"\r\n]/) {
		gsub(/"/, "\"\"", s)
		s = "\"" s "\""
	}
	return s
}

function flag(s,    l) {
	l = tolower(s)
	if (l == "true" || l == "yes" || l == "y" || l == "1") return yes
	if (l == "false" || l == "no" || l == "n" || l == "0") return no
	return s
}

# the day the manager filled the sheet in, for every row: 9 October, or
# 9 November with -m nov
function date(s) {
	return month == "nov" ? "09/11/2026" : "09/10/2026"
}

# a count of a thousand or more as Spanish Excel shows it: 1.250,00
function count(s,    r) {
	if (s !~ /^[0-9][0-9][0-9][0-9]+$/)
		return s
	r = ""
	while (length(s) > 3) {
		r = "." substr(s, length(s) - 2) r
		s = substr(s, 1, length(s) - 3)
	}
	return s r ",00"
}

function emit(    i, line, v, c) {
	line = ""
	for (i = 1; i <= nf; i++) {
		v = f[i]
		c = col[i]
		if (row == 0) {
			c = v
			v = (v in typed) ? typed[v] : v
		}
		if (c == "id")
			continue
		if (c == "period_days" && row > 0)
			period = v == "" ? 30 : v + 0
		if (row > 0) {
			if (c == "name")
				v = who[row]
			else if (c == "photo")
				v = flag(v)
			else if (c == "as_of")
				v = date(v)
			else if (v == "" && (c in nd))
				v = "n/d"
			else if (!(c in text)) {
				if (month == "nov" && row % 3 == 1 && v ~ /^[0-9]+$/) {
					if (c == "active_days")
						v = v + more[c] > period ? period : v + more[c]
					else if (c in more)
						v += more[c]
					else if (c == "connections")
						v = int(v * 1.05)
				}
				v = count(v)
			}
		}
		line = line (line == "" ? "" : ";") out(v)
		if (c == "name")
			line = line ";" (row == 0 ? (lang == "pt" ? "Equipe" : "Equipo") : team[(row - 1) % 3 + 1])
	}
	if (row == 0) {
		for (i = 1; i <= nf; i++)
			col[i] = f[i]
		ncol = nf
	}
	printf "%s\r\n", line
	row++
	nf = 0
}

# RFC 4180 by hand, one character at a time: quoted cells may hold commas,
# quotes and line ends.
{
	s = $0
	n = length(s)
	for (i = 1; i <= n; i++) {
		c = substr(s, i, 1)
		if (inq) {
			if (c == "\"") {
				if (substr(s, i + 1, 1) == "\"") {
					cell = cell "\""
					i++
				} else
					inq = 0
			} else
				cell = cell c
		} else if (c == "\"")
			inq = 1
		else if (c == ",") {
			f[++nf] = cell
			cell = ""
		} else if (c != "\r")
			cell = cell c
	}
	if (inq) {
		cell = cell "\n"
		next
	}
	f[++nf] = cell
	cell = ""
	emit()
}

# the empty rows Excel writes below a formatted table
END {
	for (r = 0; r < 2; r++) {
		line = ""
		for (i = 2; i <= ncol; i++)
			line = line ";"
		printf "%s\r\n", line
	}
}
' "$1" | iconv -f UTF-8 -t CP1252//TRANSLIT
