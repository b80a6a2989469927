#!/usr/bin/env bats
# wire-parse --conllu: CoNLL-U in, the same words out with this parser's
# UPOS, XPOS, LEMMA, HEAD and DEPREL (lang/parse/conllu.h): what it
# copies through, what it fills in, what it refuses.  Every sentence here
# is invented.

load helpers

parse() {
	wire-parse --conllu "$@"
}

# word ID FORM: a word line with every other column empty.
word() {
	printf '%s\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n' "$1" "$2" "${3:-_}"
}

# Whether each sentence of CoNLL-U on stdin is one tree: heads in range,
# one root, labelled root.
one_tree_each() {
	awk -F'\t' '
		function check() { if (n > 0 && roots != 1) bad = 1; n = 0; roots = 0 }
		/^$/ { check(); next }
		/^#/ { next }
		$1 ~ /^[0-9]+$/ { n++; head[n] = $7; if ($7 == 0) { roots++; if ($8 != "root") bad = 1 }
			if (NF != 10 || $7 !~ /^[0-9]+$/) bad = 1 }
		END { check(); exit bad }'
}

@test "words get tags, lemmas, heads and relations; the rest is copied" {
	{
		echo "# sent_id = invented-1"
		echo "# text = The ferries were sailing again."
		word 1 The
		word 2 ferries
		word 3 were
		word 4 sailing
		word 5 again
		word 6 . SpaceAfter=No
		echo
	} > in.conllu
	run parse in.conllu
	assert_success
	assert_line --index 0 "# sent_id = invented-1"
	assert_line --index 1 "# text = The ferries were sailing again."
	# lemmas, tags and the subject
	assert_line --regexp $'^2\tferries\tferry\tNOUN\tNNS\t_\t4\tnsubj\t_\t_$'
	assert_line --regexp $'^3\twere\tbe\tAUX\tVBD\t_\t4\taux\t_\t_$'
	assert_line --regexp $'^4\tsailing\tsail\tVERB\tVBG\t_\t0\troot\t_\t_$'
	# MISC is carried over
	assert_line --regexp $'^6\t\\.\t\\.\tPUNCT\t\\.\t_\t4\tpunct\t_\tSpaceAfter=No$'
	[ "${#lines[@]}" -eq 8 ]
	parse in.conllu | tail -n 1 | grep -qx ''
}

@test "a proper noun's lemma is its form, unless its tag's own rule ('Americans': 'American'), a change of case ('canada': 'Canada') or an abbreviation's ('Nov': 'November') gives another; no other name's ending ('Wirecast', 'Tarkov')" {
	{
		word 1 Wirecast; word 2 and; word 3 Tarkov; word 4 met; word 5 on
		word 6 Nov; word 7 3; word 8 with; word 9 Americans; word 10 in
		word 11 canada; word 12 .
		echo
	} > in.conllu
	parse in.conllu | awk -F'\t' 'NF == 10 && $5 ~ /^NNP/ { print $2, $3 }' > got
	cat > expect <<'OUT'
Wirecast Wirecast
Tarkov Tarkov
Nov November
Americans American
canada Canada
OUT
	diff expect got
}

@test "multiword tokens and empty nodes stay in place, untouched" {
	{
		word 1 We
		printf "2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n"
		word 2 ca
		word 3 "n't"
		word 4 stay
		printf "4.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t2:conj\t_\n"
		word 5 .
		echo
	} > in.conllu
	run parse in.conllu
	assert_success
	assert_line --index 1 $'2-3\tcan\'t\t_\t_\t_\t_\t_\t_\t_\t_'
	assert_line --index 2 --regexp $'^2\tca\t'
	assert_line --index 5 $'4.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t2:conj\t_'
	assert_line --index 6 --regexp $'^5\t\\.\t'
	parse in.conllu | one_tree_each
}

@test "blank lines: several are one, a missing last one is added" {
	{
		echo; echo
		word 1 Rain
		word 2 fell
		echo; echo; echo
		word 1 Snow
		word 2 followed
	} > in.conllu
	run parse in.conllu
	assert_success
	[ "${#lines[@]}" -eq 4 ]	# bats drops empty lines from lines[]
	[ "$(parse in.conllu | grep -c '^$')" -eq 2 ]
	[ "$(parse in.conllu | tail -n 1)" = "" ]
	assert_line --index 2 --regexp $'^1\tSnow\t'
}

@test "a carriage return before a newline is dropped" {
	printf '1\tRain\t_\t_\t_\t_\t_\t_\t_\t_\r\n2\tfell\t_\t_\t_\t_\t_\t_\t_\t_\r\n\r\n' > in.conllu
	run parse in.conllu
	assert_success
	refute_output --partial $'\r'
	assert_line --index 0 --regexp $'^1\tRain\t[^\t]+\t[A-Z]+\t[^\t]+\t_\t[0-9]+\t[a-z:]+\t_\t_$'
	assert_line --index 1 --regexp $'^2\tfell\t[^\t]+\t[A-Z]+\t[^\t]+\t_\t[0-9]+\t[a-z:]+\t_\t_$'
}

@test "non-ASCII words keep their bytes" {
	{
		word 1 Zoë
		word 2 visited
		word 3 Zürich
		word 4 and
		word 5 東京
		word 6 .
		echo
	} > in.conllu
	run parse in.conllu
	assert_success
	assert_line --index 0 --regexp $'^1\tZoë\tZoë\t'
	assert_line --index 2 --regexp $'^3\tZürich\tZürich\t'
	assert_line --index 4 --regexp $'^5\t東京\t'
	parse in.conllu | iconv -f UTF-8 -t UTF-8 > /dev/null
	parse in.conllu | one_tree_each
}

@test "a malformed sentence is named by input and line, left out, and the rest parsed" {
	{
		word 1 Rain
		word 2 fell
		echo
		word 1 Snow
		printf '2\tfollowed\t_\t_\n'
		echo
		word 1 Wind
		word 3 rose
		echo
		word 1 Sun
		word 2 shone
		echo
	} > in.conllu
	run --separate-stderr parse in.conllu
	[ "$status" -eq 1 ]
	[ "$stderr" = "wire-parse: in.conllu:5: a word line needs 10 tab-separated columns
wire-parse: in.conllu:8: word IDs must run 1, 2, 3..." ]
	assert_line --index 0 --regexp $'^1\tRain\t'
	assert_line --index 2 --regexp $'^1\tSun\t'
	[ "${#lines[@]}" -eq 4 ]
}

@test "other malformed lines: a bad range, an empty form, bytes not UTF-8, a NUL; standard input is named <stdin>" {
	printf "1\tA\t_\t_\t_\t_\t_\t_\t_\t_\n3-4\tbc\t_\t_\t_\t_\t_\t_\t_\t_\n\n" > range.conllu
	run --separate-stderr parse < range.conllu
	[ "$status" -eq 1 ]
	[ "$stderr" = "wire-parse: <stdin>:2: a multiword token's range does not start at the next word" ]
	printf "1\t\t_\t_\t_\t_\t_\t_\t_\t_\n\n" > empty.conllu
	run --separate-stderr parse empty.conllu
	[ "$status" -eq 1 ]
	[ "$stderr" = "wire-parse: empty.conllu:1: empty FORM" ]
	printf "1\tbad\xff\t_\t_\t_\t_\t_\t_\t_\t_\n\n" > bytes.conllu
	run --separate-stderr parse bytes.conllu
	[ "$status" -eq 1 ]
	[ "$stderr" = "wire-parse: bytes.conllu:1: not UTF-8" ]
	printf "1\tbad\000x\t_\t_\t_\t_\t_\t_\t_\t_\n\n2\n" > nul.conllu
	run --separate-stderr parse nul.conllu
	[ "$status" -eq 1 ]
	[[ "$stderr" == "wire-parse: nul.conllu:1: a NUL byte"* ]]
	[ -z "$output" ]
}

@test "usage errors and a missing file exit 2" {
	run parse --nonsense
	[ "$status" -eq 2 ]
	run parse /nonexistent/file.conllu
	[ "$status" -eq 2 ]
	assert_output --partial "wire-parse: /nonexistent/file.conllu:"
}

@test "a 3,000-word sentence is one tree" {
	awk 'BEGIN { for (i = 1; i <= 3000; i++) printf "%d\t%s\t_\t_\t_\t_\t_\t_\t_\t_\n", i, (i % 7 ? "boats" : ",") ; print "" }' > long.conllu
	run parse long.conllu
	assert_success
	[ "${#lines[@]}" -eq 3000 ]
	parse long.conllu | one_tree_each
}
