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

@test "the quote scorer matches by half the gold span and attributes ignoring case" {
	run python3 "$EVAL/quotes.py" --self-test
	assert_success
	assert_output "self-test passed"
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
