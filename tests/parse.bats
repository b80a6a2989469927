#!/usr/bin/env bats
# wire-parse: each sentence's words with tags, lemmas and a dependency
# tree, as "tokens" (wire(7)).  What a model predicts may change when it
# is retrained: these tests hold the words, the format and the tree's
# shape, and only tags that any useful English model gets right.

load helpers

# The words of each sentence, as the text at their offsets (jq counts
# code points, as the offsets do), one sentence a line.
words_of() {
	jq -r '.text as $t | .tokens[] | split(" ") |
	    [range(0; length; 7) as $i | $t[(.[$i] | tonumber):(.[$i + 1] | tonumber)]] |
	    join(" ")' "$@"
}

# Each word as a JSON array of its seven fields, one a line.
fields_of() {
	jq -c '.tokens[] | split(" ") | [range(0; length; 7) as $i | .[$i:$i + 7]] | .[]' "$@"
}

# Checks every sentence's tree: heads inside the sentence, one root.
check_trees() {
	jq -e '[.tokens[] | split(" ") | [range(0; length; 7) as $i | .[$i + 5] | tonumber] as $h |
	    ($h | all(. >= 0 and . <= ($h | length))) and ([$h[] | select(. == 0)] | length == 1)] |
	    all' "$@" > /dev/null
}

@test "each sentence's words, the treebanks' way: clitics and possessives split off" {
	printf '{"id":"a","text":"The minister said the talks can'"'"'t resume. Marsk'"'"'s aides didn’t agree, and they'"'"'re angry."}\n' > in
	run --separate-stderr wire-parse in
	assert_success
	printf '%s\n' "$output" > out
	words_of out > got
	cat > want <<'OUT'
The minister said the talks ca n't resume .
Marsk 's aides did n’t agree , and they 're angry .
OUT
	diff -u want got
	check_trees out
}

@test "every word has seven fields: offsets, UPOS, PTB tag, lemma, head, relation" {
	printf '{"text":"Officials said the bridges were closed."}\n' > in
	wire-parse in > out
	fields_of out > words
	[ "$(wc -l < words)" -eq 7 ]
	jq -e 'length == 7 and (.[0] | test("^[0-9]+$")) and (.[5] | test("^[0-9]+$")) and
	    (.[2] | test("^[A-Z]+$"))' words > /dev/null
	# What no English model gets wrong.
	run jq -r 'select(.[4] == "say" or .[4] == "bridge" or .[4] == "close") | .[2]' words
	assert_output "VERB
NOUN
VERB"
	run jq -r 'select(.[2] == "PUNCT") | .[6]' words
	assert_output punct
}

@test "offsets are code points, and each span is the word it names" {
	printf '{"text":"Zoë Ørsted said “we will reopen” on Friday."}\n' > in
	wire-parse in > out
	run words_of out
	assert_output 'Zoë Ørsted said “ we will reopen ” on Friday .'
	run jq -c '[.tokens[0] | split(" ") | .[0:2][] | tonumber]' out
	assert_output '[0,3]'
}

@test "the sentences come from the record's own sentences, or sent, when it has them" {
	printf '{"text":"Rain fell. Trains stopped","sentences":[[0,25]]}\n{"text":"Rain fell. Trains stopped","sent":0}\n{"text":"Rain fell. Trains stopped"}\n' > in
	run --separate-stderr wire-parse in
	assert_success
	run jq -c '.tokens | length' <(printf '%s\n' "$output")
	assert_output "1
1
2"
}

@test "a sentence of one word, of 500 words, and an empty text" {
	{
		printf '{"text":"Yes"}\n'
		printf '{"text":"%s"}\n' "$(yes 'the council voted' | head -n 167 | tr '\n' ' ')and"
		printf '{"text":""}\n'
	} > in
	run --separate-stderr wire-parse in
	assert_success
	printf '%s\n' "$output" > out
	run jq -c '[.tokens[] | split(" ") | length / 7]' out
	assert_output "[1]
[502]
[]"
	check_trees <(head -n 2 out)
}

@test "other fields pass through in order, and an earlier tokens is replaced in its place" {
	printf '{"id":"x","tokens":["stale"],"text":"Rain fell.","time":"2026-11-01T10:00:00Z"}\n' > in
	wire-parse in > out
	run jq -c 'keys_unsorted' out
	assert_output '["id","tokens","text","time"]'
	run words_of out
	assert_output 'Rain fell .'
}

@test "a record too long with its tokens passes without them, said once" {
	text=$(yes 'Ministers met on Monday.' | head -n 40 | tr '\n' ' ')
	printf '{"id":"long","text":"%s"}\n{"id":"long2","text":"%s"}\n{"id":"short","text":"Yes."}\n' "$text" "$text" > in
	run --separate-stderr wire-parse --max-line 2000 in
	assert_success
	printf '%s\n' "$output" > out
	run jq -c '[.id, has("tokens")]' out
	assert_output '["long",false]
["long2",false]
["short",true]'
	[ "$stderr" = "wire-parse: in: a record with its tokens would be longer than --max-line (2000 bytes): written without them (said once per stream)" ]
	cmp <(head -n 1 in) <(head -n 1 out)
}

@test "the same output on any number of threads, in input order" {
	for i in $(seq 1 60); do
		printf '{"id":"r%d","text":"Crews in sector %d said the fire was under control. Roads reopened."}\n' "$i" "$i"
	done > in
	wire-parse -j 1 in > one
	wire-parse -j 2 in > two
	wire-parse -j 5 in > five
	cmp one two
	cmp one five
	run jq -r .id one
	[ "${lines[59]}" = r60 ]
}

@test "a model that is not one is a usage error" {
	printf 'not a model' > bad.bin
	run --separate-stderr wire-parse --model bad.bin /dev/null
	assert_failure 2
	[[ "$stderr" == "wire-parse: bad.bin: "* ]]
}

@test "a wire dateline is no part of the first sentence's words" {
	printf '%s\n' '{"text":"KESSEL, Nov 24 (Wirecast) - Ferries resumed on Friday."}' '{"text":"Ferries resumed, KESSEL officials said."}' > in
	wire-parse in > out
	words_of out > got
	printf '%s\n' 'Ferries resumed on Friday .' 'Ferries resumed , KESSEL officials said .' | diff - got
	check_trees out
}

@test "a sentence of thousands of words is parsed in pieces of a thousand, each a tree, no word lost" {
	printf '{"text":"%s"}\n' "$(yes 'the council voted' | head -n 850 | tr '\n' ' ')and" > in
	wire-parse in > out
	run jq -c '[.tokens[] | split(" ") | length / 7]' out
	assert_output '[1000,1000,551]'
	check_trees out
}
