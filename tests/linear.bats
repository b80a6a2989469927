#!/usr/bin/env bats
# No input makes a stage slower than linear: each filter, given ONE
# record of 4 MiB of news text (20 MiB in make check-slow), finishes
# within 60 s and writes one well-formed record.  Each stage reads what the stages before it write
# on that record, as in the pipeline (wire-split -> wire-tag-entities ->
# wire-attribute-quotes -> wire-dedupe, wire-summarize).  Under valgrind
# and the sanitizers the record is 2 MiB (and under valgrind the bound
# 600 s).  bench/huge shows the time per MB from 100 KB to 40 MB.
#
# WIRE_GENFEED      bench/genfeed, which writes the text (make test builds it)
# WIRE_HUGE_SIZE    the record's text, for head -c (default 4M; make
#                   check-slow runs the file again with 20M)
# WIRE_HUGE_BOUND   seconds each filter may take (default 60)

load helpers

# A record of 20 MiB with its entities and quotes is a line of about
# 100 MB, over the default --max-line (64M).
MAX_LINE=1G

setup_file() {
	# The stages read each other's output: one at a time, in order.
	export BATS_NO_PARALLELIZE_WITHIN_FILE=true
	local size=4M
	if [ -n "${WIRE_SANITIZED:-}${WIRE_SLOW:-}" ]; then
		size=2M
	fi
	export HUGE_SIZE=${WIRE_HUGE_SIZE:-$size}
	export HUGE_BOUND=${WIRE_HUGE_BOUND:-$([ "${WIRE_SLOW:-}" = 1 ] && echo 600 || echo 60)}
	export GENFEED=${WIRE_GENFEED:-$BATS_TEST_DIRNAME/../build/bench/genfeed}
	"$BATS_TEST_DIRNAME/../bench/huge-record" "$HUGE_SIZE" > "$BATS_FILE_TMPDIR/huge.ndjson"
	jq -r .text "$BATS_FILE_TMPDIR/huge.ndjson" > "$BATS_FILE_TMPDIR/text"
	jq '.text | length' "$BATS_FILE_TMPDIR/huge.ndjson" > "$BATS_FILE_TMPDIR/chars"
}

# The output of each stage, which the next stage reads.
stage_out() {
	echo "$BATS_FILE_TMPDIR/$1.ndjson"
}

# The input of a stage: the output of the nearest stage before it that
# wrote one (the story itself before wire-split), so that one slow stage
# does not leave the stages after it untested.  Says so when it is not
# the stage just before.
input_of() {
	local stage=$1 want=$2 before
	shift 2
	for before in "$@" huge; do
		if [ -s "$(stage_out "$before")" ]; then
			[ "$before" = "$want" ] ||
			    echo "# $stage reads the output of $before: $want wrote none" >&3
			stage_out "$before"
			return 0
		fi
	done
}

# bounded STAGE INPUT PROGRAM [ARGS...]: runs the program on the input
# within the bound (SIGTERM lets a filter finish the record in hand,
# hence the kill after it), its output in stage_out STAGE; fails unless
# it ended well in time, with nothing on stderr.
bounded() {
	local stage=$1 input=$2 out status=0 start elapsed
	shift 2
	out=$(stage_out "$stage")
	start=$EPOCHREALTIME
	timeout --kill-after=5 "$HUGE_BOUND" "$@" --max-line "$MAX_LINE" < "$input" > "$out.part" 2> err ||
	    status=$?
	elapsed=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
	echo "# $1: $elapsed s on $HUGE_SIZE" >&3
	if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
		echo "$1 took more than $HUGE_BOUND s on one record of $HUGE_SIZE"
		return 1
	fi
	[ "$status" -eq 0 ] || { echo "$1: exit $status"; cat err; return 1; }
	[ ! -s err ] || { echo "$1 wrote on stderr:"; cat err; return 1; }
	mv "$out.part" "$out"
}

# Checks that FILE is one JSON object on one line.
one_record() {
	[ "$(wc -l < "$1")" -eq 1 ] || { echo "$1: $(wc -l < "$1") lines, not one record"; return 1; }
	jq -e 'type == "object"' "$1" > /dev/null
}

# Checks that OUT is IN byte for byte with ,"FIELD":[...] added at its
# end (a 100 MB record is too slow to compare through jq), and that the
# spans of that array lie in the text, at least one per PER code points.
added_spans() {
	local field=$1 per=$2 in=$3 out=$4 n prefix
	# IN less its closing brace and newline.
	n=$(($(stat -c %s "$in") - 2))
	cmp -n "$n" "$in" "$out" || { echo "$out does not carry $in as it came"; return 1; }
	prefix=",\"$field\":["
	[ "$(tail -c +$((n + 1)) "$out" | head -c ${#prefix})" = "$prefix" ] ||
	    { echo "$out: no $field added at the end"; return 1; }
	tail -c +$((n + ${#prefix})) "$out" | sed 's/}$//' > "$field.json"
	jq -e --argjson n "$(cat "$BATS_FILE_TMPDIR/chars")" --argjson per "$per" '
	    length >= $n / $per and all(.[]; 0 <= .start and .start < .end and .end <= $n)' \
	    "$field.json" > /dev/null ||
	    { echo "$field: $(jq length "$field.json") spans, or one outside the text"; return 1; }
}

@test "wire-split: one huge record in a paragraph gives one record, every sentence in order" {
	bounded split "$(stage_out huge)" wire-split --paragraphs blank
	out=$(stage_out split)
	one_record "$out"
	jq -e --argjson n "$(cat "$BATS_FILE_TMPDIR/chars")" '
	    .id == "huge:p0" and .doc == "huge" and .para == 0 and .last == true and
	    .start == 0 and .end == $n and (.sentences | length) >= $n / 400 and
	    ([.sentences[][0]] | . == sort) and
	    all(.sentences[]; length == 2 and .[0] < .[1] and .[1] <= $n)' "$out" > /dev/null
	jq -r .text "$out" | cmp - "$BATS_FILE_TMPDIR/text"
}

@test "wire-tag-entities: one huge record, its entities added in time" {
	input=$(input_of wire-tag-entities split split)
	bounded tagged "$input" wire-tag-entities
	out=$(stage_out tagged)
	one_record "$out"
	added_spans entities 200 "$input" "$out"
}

@test "wire-attribute-quotes: one huge record, its quotes added in time" {
	input=$(input_of wire-attribute-quotes tagged tagged split)
	bounded quoted "$input" wire-attribute-quotes
	out=$(stage_out quoted)
	one_record "$out"
	added_spans quotes 1000 "$input" "$out"
}

@test "wire-dedupe: one huge record passes through as it came, in time" {
	input=$(input_of wire-dedupe quoted quoted tagged split)
	bounded deduped "$input" wire-dedupe
	# Nothing came before it for it to repeat.
	cmp "$input" "$(stage_out deduped)"
}

@test "wire-summarize: one huge record gives its story's summary in time" {
	input=$(input_of wire-summarize quoted quoted tagged split)
	bounded summary "$input" wire-summarize
	out=$(stage_out summary)
	one_record "$out"
	jq -e '.type == "summary" and .doc == "huge" and .count == 1 and
	    (.sentences | length) > 0 and
	    all(.sentences[]; (.text | type) == "string" and (.id | startswith("huge:p0:s")))' \
	    "$out" > /dev/null
}

@test "wire-tag-entities: one huge line of results after a ranked row, its players read in time" {
	# One line that opens with a rank, then "5, Ab Cd 7" over and over:
	# each "Ab Cd" is a golfer's next name on the same total, which the
	# tagger once looked for by walking back to the line's start.
	{ printf '{"text":"1 '; yes '5, Ab Cd 7' | tr '\n' ' ' | head -c "$HUGE_SIZE"; printf '"}\n'; } > ranked.ndjson
	bounded ranked ranked.ndjson wire-tag-entities
	one_record "$(stage_out ranked)"
}

@test "wire-tag-entities: one huge record of results lines in capitals, each re-cased and matched in time" {
	# Each line in capitals is matched again as a sentence would write
	# it, and each match once asked for an index of every mention.
	{ printf '{"text":"SOCCER - RESULTS .\\n'; yes 'KESSEL ROVERS 2 PORTVALE 1' | sed 's/$/\\n/' | tr -d '\n' | head -c "$HUGE_SIZE" |
	    sed 's/\\$//'; printf '"}\n'; } > results.ndjson
	bounded results results.ndjson wire-tag-entities
	one_record "$(stage_out results)"
}
