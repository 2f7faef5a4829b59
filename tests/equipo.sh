#!/bin/sh
# tests/equipo.sh TEAM.CSV - the team sheet as Spanish Excel saves it.
#
# Writes to standard output data/examples/team.csv turned into what a
# Spanish Excel or LibreOffice writes as plain "CSV": Spanish headers with
# accents and capitals ("Búsquedas", "Días activos"), ';' between cells,
# CRLF line ends, Windows-1252 bytes (a character it lacks becomes '?'),
# flags VERDADERO/FALSO, dates 09/11/2026 (day/month/year), and a column of
# the team's own ("Equipo").  data/examples/equipo.csv is its output:
#   sh tests/equipo.sh data/examples/team.csv > data/examples/equipo.csv
# (tests/cli/equipo-generated checks that the two agree).
set -eu
LC_ALL=C
export LC_ALL

awk '
BEGIN {
	# the Spanish header of each English column (input.md), as a person
	# types it: accents, capitals, spaces
	es["id"] = "Id"; es["name"] = "Nombre"; es["industry"] = "Sector"
	es["location"] = "Ubicación"; es["as_of"] = "Fecha"
	es["headline"] = "Titular"; es["summary"] = "Extracto"
	es["photo"] = "Foto"; es["positions"] = "Puestos"
	es["education"] = "Formación"; es["skills"] = "Aptitudes"
	es["endorsements"] = "Validaciones"
	es["recommendations"] = "Recomendaciones"
	es["media"] = "Multimedia"; es["articles"] = "Artículos"
	es["connections"] = "Contactos"
	es["target_connections"] = "Contactos objetivo"
	es["senior_connections"] = "Contactos directivos"
	es["colleague_connections"] = "Contactos compañeros"
	es["followers"] = "Seguidores"; es["groups"] = "Grupos"
	es["period_days"] = "Días periodo"; es["searches"] = "Búsquedas"
	es["second_degree_contacts"] = "Contactos segundo grado"
	es["profile_viewers"] = "Visitas perfil"
	es["viewers_contacted"] = "Visitas contactadas"
	es["posts"] = "Publicaciones"; es["shares"] = "Compartidos"
	es["comments"] = "Comentarios"; es["reactions"] = "Reacciones"
	es["group_posts"] = "Publicaciones grupos"
	es["active_days"] = "Días activos"
	es["messages_received"] = "Mensajes recibidos"
	es["messages_replied"] = "Mensajes respondidos"
	es["invitations_sent"] = "Invitaciones enviadas"
	es["invitations_accepted"] = "Invitaciones aceptadas"
	es["invitations_personalized"] = "Invitaciones personalizadas"
	es["engagement_received"] = "Interacciones recibidas"
	split("Norte Sur Centro", team, " ")
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
	if (l == "true" || l == "yes" || l == "y" || l == "1") return "VERDADERO"
	if (l == "false" || l == "no" || l == "n" || l == "0") return "FALSO"
	return s
}

function date(s) {
	if (s ~ /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$/)
		return substr(s, 9, 2) "/" substr(s, 6, 2) "/" substr(s, 1, 4)
	return s
}

function emit(    i, line, v) {
	line = ""
	for (i = 1; i <= nf; i++) {
		v = f[i]
		if (row == 0)
			v = (v in es) ? es[v] : v
		else if (col[i] == "photo")
			v = flag(v)
		else if (col[i] == "as_of")
			v = date(v)
		line = line (i > 1 ? ";" : "") out(v)
	}
	line = line ";" (row == 0 ? "Equipo" : team[(row - 1) % 3 + 1])
	if (row == 0)
		for (i = 1; i <= nf; i++)
			col[i] = f[i]
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
' "$1" | iconv -f UTF-8 -t CP1252//TRANSLIT
