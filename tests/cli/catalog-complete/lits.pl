#!/usr/bin/perl
# lits.pl CATALOG SRC... - print every row of CATALOG without a Spanish or
# a Portuguese text, and every format of a message call in SRC
# (err_set, err_at, cli_fail, cli_usage, cli_tr, err_tr, and json_in.c's SYN,
# syn_at, reject) that has no row in CATALOG (src/text/catalog.c), one per
# line, and every help text of the command table and option arrays that
# has none: nothing is left in English.  Formats of only conversions ("%s")
# have no words to translate.
use strict;
use warnings;
local $/;
my $lit = qr/"(?:[^"\\\n]|\\.)*"/;
my $seq = qr/(?:$lit\s*)+/;
sub join_lits { join '', ($_[0] =~ /"((?:[^"\\\n]|\\.)*)"/g) }
sub strip { my $s = shift; $s =~ s{/\*.*?\*/}{ }gs; $s =~ s{//[^\n]*}{}g; $s }

my $cat = shift @ARGV;
open my $h, '<', $cat or die "$cat: $!\n";
my $c = strip(<$h>);
# A row: { { "english", "español", "português" } }, a column per
# language; a row counts when it has every language (Spanish and
# Portuguese); one that lacks some is printed with what it lacks.
my @langs = ('Spanish', 'Portuguese');
my %have;
my $holes = 0;
while ($c =~ /\{\s*\{\s*($seq)((?:,\s*(?:$seq|NULL)\s*)*)\}\s*\}/g) {
	my ($en, $rest) = (join_lits($1), $2);
	my @cols = ($rest =~ /,\s*($seq|NULL)/g);
	my @lack = grep { !defined $cols[$_] || $cols[$_] eq 'NULL' } 0 .. $#langs;
	if (@lack) {
		print "$cat: \"$en\" has no ", join(' or ', @langs[@lack]), "\n";
		$holes++;
	}
	$have{$en} = 1;
}
die "$cat: no rows\n" unless %have;
my $missing = 0;
my $calls = qr/\b(?:err_set|err_at|cli_fail|cli_usage|cli_tr|err_tr|SYN|syn_at|reject)\s*\(/;
for my $f (@ARGV) {
	open my $s, '<', $f or die "$f: $!\n";
	my $t = strip(<$s>);
	while ($t =~ /$calls((?:[^()"]|$lit|\((?:[^()"]|$lit|\([^()]*\))*\))*)\)/g) {
		my $args = $1;
		next unless $args =~ /($seq)/;
		my $fmt = join_lits($1);
		next if $fmt !~ /[a-zA-Z]/ or ($fmt =~ s/%[-#0 +]*[0-9*]*(?:\.[0-9*]*)?(?:hh|h|ll|l|z|j|t|L)?[a-zA-Z%]//gr) !~ /[a-zA-Z]/;
		next if $have{$fmt};
		print "$f: \"$fmt\"\n";
		$missing++;
	}
}
# Text the front end prints itself on standard error: only "ssi: ",
# a command's name and conversions, the words go through cli_tr.
for my $f (grep { m{^src/cli/} } @ARGV) {
	open my $s, '<', $f or die "$f: $!\n";
	my $t = strip(<$s>);
	while ($t =~ /\b(?:fprintf\s*\(\s*stderr\s*,|fputs\s*\()\s*($seq)/g) {
		my $fmt = join_lits($1);
		(my $w = $fmt) =~ s/\\.//g;	# escapes: \n
		$w =~ s/^ssi: (?:(?:log|rank|trend|score|batch|calibrate|import|model|fields|help): )?//;
		$w =~ s/%[-#0 +]*[0-9*]*(?:\.[0-9*]*)?(?:hh|h|ll|l|z|j|t|L)?[a-zA-Z%]//g;
		next if $w !~ /[a-zA-Z]/;
		print "$f: \"$fmt\" printed without cli_tr\n";
		$missing++;
	}
}

# The help of the command table (src/cli/main.c) and of the option arrays
# (the OPT_ macros and .help members of src/cli/*.c): its last string.
my $nhelp = 0;
for my $f (grep { m{^src/cli/} } @ARGV) {
	open my $s, '<', $f or die "$f: $!\n";
	my $t = strip(<$s>);
	my @help;
	push @help, join_lits($1) while $t =~ /\.(?:summary|help) = ($seq)/g;
	push @help, join_lits($1)
	    while $t =~ /\bOPT_[A-Z]+\((?:[^()"]|$lit)*?,\s*($seq)\)/g;
	$nhelp += @help;
	for my $h (@help) {
		next if $have{$h} or $h !~ /[a-zA-Z]/;
		print "$f: \"$h\"\n";
		$missing++;
	}
}
die "src/cli: no help found\n" if $nhelp < 50;
exit($missing || $holes ? 1 : 0);
