#!/usr/bin/env bats
# The evaluation's own scorers, checked on worked examples whose answers
# follow from the standard definitions (Lin, 2004, for ROUGE).

load helpers

EVAL=$BATS_TEST_DIRNAME/../eval

rouge() {
	printf '%s\n' "$1" > ref
	printf '%s\n' "$2" > cand
	python3 "$EVAL/rouge.py" ref cand
}

@test "ROUGE of identical texts is 1 throughout" {
	run rouge "police killed the gunman" "police killed the gunman"
	assert_output "1.0000 1.0000 1.0000"
}

@test "ROUGE on Lin's example: 'police kill the gunman' against 'police killed the gunman'" {
	# unigrams 3 of 4 both ways: F 0.75; bigrams 1 of 3: F 0.3333;
	# LCS 'police the gunman' = 3: F 0.75.
	run rouge "police killed the gunman" "police kill the gunman"
	assert_output "0.7500 0.3333 0.7500"
}

@test "ROUGE-L tells word order apart where ROUGE-1 cannot" {
	# 'the gunman kill police': unigrams 3/4 (F 0.75), bigram 'the gunman'
	# 1/3, LCS 'the gunman' = 2 of 4 (F 0.5).
	run rouge "police killed the gunman" "the gunman kill police"
	assert_output "0.7500 0.3333 0.5000"
}

@test "ROUGE clips repeated words and ignores case and punctuation" {
	# candidate 'the the the': overlap of 'the' clipped to 1; P 1/3, R 1/2.
	run rouge "The cat." "the the the"
	assert_output "0.4000 0.0000 0.4000"
}

@test "the quote scorer matches two ways, one to one, speech only, and attributes ignoring case" {
	run python3 "$EVAL/quotes.py" --self-test
	assert_success
	assert_output "self-test passed"
}

# quotes.py --score FOUND GOLD: quotes with story offsets, one a line.
score_quotes() {
	printf '%s\n' "$1" > found.jsonl
	printf '%s\n' "$2" > gold.jsonl
	python3 "$EVAL/quotes.py" --score found.jsonl gold.jsonl
}

@test "a found quote that covers the gold quote but lies mostly outside it is no match" {
	# Gold 100..120; found 90..150 shares all 20 of the gold's characters,
	# but only 20 of its own 60: too long, so a false quote and a miss.
	run score_quotes \
		'{"story":"a","start":90,"end":150,"kind":"indirect","speaker":"Osei"}' \
		'{"story":"a","start":100,"end":120,"kind":"indirect","accept":["Osei"]}'
	assert_success
	assert_line -n 0 "$(printf 'quotes\ttest P/R/F1\t0.000/0.000/0.000')"
	assert_line -n 2 "$(printf 'quotes\ttest indirect recall, attribution\t0/1, 0/1')"
}

@test "a found quote half inside the gold quote and covering half of it matches" {
	# Found 110..130 shares 10 characters: half of itself, half of the gold.
	run score_quotes \
		'{"story":"a","start":110,"end":130,"kind":"indirect","canonical":"ama osei"}' \
		'{"story":"a","start":100,"end":120,"kind":"indirect","accept":["Ama Osei","Osei"]}'
	assert_success
	assert_line -n 0 "$(printf 'quotes\ttest P/R/F1\t1.000/1.000/1.000')"
	assert_line -n 1 "$(printf 'quotes\ttest attribution\t1.000 (1/1)')"
}

@test "a found quote on a thought gold quote is set aside and a found thought is left out" {
	# Gold: speech 0..20, thought 30..50 (not in recall).  Found: untyped
	# on the thought (neither right nor wrong), typed thought on the speech
	# (out of the speech figures, so the speech quote is missed), and a
	# typed speech quote elsewhere (false).
	run score_quotes \
		'{"story":"a","start":30,"end":50,"kind":"indirect","speaker":"Osei"}
{"story":"a","start":0,"end":20,"kind":"indirect","type":"thought","speaker":"Osei"}
{"story":"a","start":60,"end":70,"kind":"indirect","type":"speech","speaker":"Osei"}' \
		'{"story":"a","start":0,"end":20,"kind":"indirect","type":"speech","accept":["Osei"]}
{"story":"a","start":30,"end":50,"kind":"indirect","type":"thought","accept":["Osei"]}'
	assert_success
	assert_output "$(printf '%s\n' \
		"$(printf 'quotes\ttest P/R/F1\t0.000/0.000/0.000')" \
		"$(printf 'quotes\ttest attribution\t0.000 (0/0)')" \
		"$(printf 'quotes\ttest indirect recall, attribution\t0/1, 0/1')" \
		"$(printf 'quotes\ttest set aside\t1 on thought gold, 0 on unrequired gold; 1 found thought left out')")"
}

@test "the entity scorer scores the gold annotation itself as perfect" {
	run python3 "$EVAL/entities.py" --self-test
	assert_success
	assert_output "self-test passed"
}

@test "the duplicate scorer counts pairs within clusters" {
	run python3 "$EVAL/dedupe.py" --self-test
	assert_success
	assert_output "self-test passed"
}

@test "the split scorer pairs quotation marks and sets aside only what lies inside" {
	run python3 "$EVAL/split.py" --self-test
	assert_success
	assert_output "self-test passed"
}

@test "the parse scorer passes its worked example" {
	run python3 "$EVAL/parse.py" --self-test
	assert_success
	assert_output "self-test passed"
}

@test "the whole-story dedupe scorer passes its worked example" {
	run python3 "$EVAL/dedupe_stories.py" --self-test
	assert_success
	assert_output "self-test passed"
}

@test "the summary scorer passes its worked examples (ROUGE, the baselines' cuts)" {
	run python3 "$EVAL/summary.py" --self-test
	assert_success
	assert_output "self-test passed"
}
