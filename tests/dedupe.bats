#!/usr/bin/env bats
# wire-dedupe: exact and near-duplicates in an endless stream.

load helpers

# A record: id, then text.
rec() {
	jq -cn --arg id "$1" --arg text "$2" '{id: $id, text: $text}'
}

STORY='Dock workers in Portvale voted on Monday to end a nine-day strike that had left forty ships waiting offshore, the union said. The harbour company put its losses at twelve million dollars and said the port would reopen on Tuesday morning.'
OTHER='The central bank of Lutavia kept its main interest rate unchanged on Monday, saying inflation was falling faster than expected, and its governor said the bank was not in a hurry to cut.'

@test "an exact repeat is dropped, and the first seen is kept" {
	{ rec a "$STORY"; rec b "$OTHER"; rec c "$STORY"; } > in.ndjson
	run --separate-stderr wire-dedupe in.ndjson
	assert_success
	[ "$(printf '%s\n' "$output" | jq -r .id | tr '\n' ' ')" = "a b " ]
}

@test "case, white space, punctuation, quotation marks and accents do not hide a repeat" {
	{
		rec a 'Café owner Zoë said: "We will reopen on Friday."'
		rec b 'CAFE owner   zoe said -- “we will reopen on friday”'
		rec c 'Cafe\u0301 owner Zoe\u0308 said, we will reopen on Friday!'
	} > in.ndjson
	# Build c with combining accents (NFD) rather than precomposed letters.
	printf '%s\n' "$(rec c "$(printf 'Cafe\xcc\x81 owner Zoe\xcc\x88 said, we will reopen on Friday!')")" > c.ndjson
	head -n 2 in.ndjson > ab.ndjson
	run --separate-stderr wire-dedupe --mark ab.ndjson c.ndjson
	assert_success
	[ "$(printf '%s\n' "$output" | jq -c '[.id, .duplicate_of, .similarity]' | tr '\n' ' ')" = '["a",null,null] ["b","a",1] ["c","a",1] ' ]
}

@test "a near-duplicate (a sentence reworded) is caught, a different story is not" {
	reworded=${STORY/put its losses at/estimated its losses at}
	{ rec a "$STORY"; rec b "$OTHER"; rec c "$reworded"; } > in.ndjson
	run --separate-stderr wire-dedupe --mark in.ndjson
	assert_success
	[ "$(printf '%s\n' "$output" | jq -c '[.id, .duplicate_of]' | tr '\n' ' ')" = '["a",null] ["b",null] ["c","a"] ' ]
	sim=$(printf '%s\n' "$output" | jq 'select(.id == "c") | .similarity')
	awk -v s="$sim" 'BEGIN { exit !(s >= 0.5 && s < 1) }'
}

@test "--threshold sets how similar a near-duplicate must be" {
	reworded=${STORY/put its losses at twelve million dollars/said nothing about its losses}
	{ rec a "$STORY"; rec c "$reworded"; } > in.ndjson
	[ "$(wire-dedupe -t 0.3 in.ndjson | wc -l)" -eq 1 ]
	[ "$(wire-dedupe -t 0.95 in.ndjson | wc -l)" -eq 2 ]
}

@test "--containment catches an update that adds a paragraph to an earlier story" {
	update="$STORY

Shipping agents said it would take at least a week to clear the backlog of vessels waiting in the bay, and several lines said they would divert cargo to other ports in the meantime."
	{ rec a "$STORY"; rec u "$update"; } > in.ndjson
	run wire-dedupe --mark --threshold 0.9 in.ndjson
	[ "$(printf '%s\n' "$output" | jq -c '.duplicate_of' | tr '\n' ' ')" = 'null null ' ]
	run wire-dedupe --mark --threshold 0.9 --containment in.ndjson
	[ "$(printf '%s\n' "$output" | jq -c '.duplicate_of' | tr '\n' ' ')" = 'null "a" ' ]
	[ "$(printf '%s\n' "$output" | jq '.similarity // 0 | . >= 0.9' | tr '\n' ' ')" = 'false true ' ]
}

@test "--key makes records with the same field value duplicates" {
	printf '%s\n' '{"id":"a","url":"https://x.example/1","text":"First version of the story."}' \
	    '{"id":"b","url":"https://x.example/1","text":"A rewritten headline and nothing else in common."}' \
	    '{"id":"c","url":"https://x.example/2","text":"Another story altogether, about the weather."}' > in.ndjson
	run wire-dedupe --mark --key url in.ndjson
	[ "$(printf '%s\n' "$output" | jq -c '.duplicate_of' | tr '\n' ' ')" = 'null "a" null ' ]
	run wire-dedupe --mark in.ndjson
	[ "$(printf '%s\n' "$output" | jq -c '.duplicate_of' | tr '\n' ' ')" = 'null null null ' ]
}

@test "--mark keeps every record and its fields, marking only duplicates" {
	{ rec a "$STORY" | jq -c '. + {source: "Wirecast"}'; rec b "$STORY" | jq -c '. + {source: "Nordpress"}'; } > in.ndjson
	run wire-dedupe --mark in.ndjson
	assert_line --index 0 "$(rec a "$STORY" | jq -c '. + {source: "Wirecast"}')"
	assert_line --index 1 "$(rec b "$STORY" | jq -c '. + {source: "Nordpress"}' | sed 's/}$/,"duplicate_of":"a","similarity":1.0}/')"
}

@test "records without an id are named by their place in the stream" {
	printf '%s\n' "$(jq -cn --arg t "$STORY" '{text: $t}')" "$(jq -cn --arg t "$STORY" '{text: $t}')" > in.ndjson
	run wire-dedupe --mark in.ndjson
	[ "$(printf '%s\n' "$output" | sed -n 2p | jq -r .duplicate_of)" = "#1" ]
}

@test "--capacity forgets the oldest items first" {
	for i in 1 2 3; do rec "s$i" "Story number $i is about topic $i and only topic $i, told at length for readers."; done > first.ndjson
	{ cat first.ndjson; sed -n 3p first.ndjson; sed -n 1p first.ndjson; } > in.ndjson
	run wire-dedupe --mark --capacity 2 in.ndjson
	# s1 was forgotten when s3 came: s3's repeat is caught, s1's is not.
	[ "$(printf '%s\n' "$output" | jq -c '.duplicate_of' | tr '\n' ' ')" = 'null null null "s3" null ' ]
	run wire-dedupe --mark --capacity 3 in.ndjson
	[ "$(printf '%s\n' "$output" | jq -c '.duplicate_of' | tr '\n' ' ')" = 'null null null "s3" "s1" ' ]
}

@test "--window forgets items older than the window by the records' time" {
	printf '%s\n' \
	    "$(rec a "$STORY" | jq -c '. + {time: "2026-11-24T08:00:00Z"}')" \
	    "$(rec b "$STORY" | jq -c '. + {time: "2026-11-24T09:00:00Z"}')" \
	    "$(rec c "$OTHER" | jq -c '. + {time: "2026-11-24T12:00:00+01:00"}')" \
	    "$(rec d "$STORY" | jq -c '. + {time: "2026-11-24T12:30:00Z"}')" > in.ndjson
	run wire-dedupe --mark --window 2h in.ndjson
	[ "$(printf '%s\n' "$output" | jq -c '.duplicate_of' | tr '\n' ' ')" = 'null "a" null null ' ]
}

@test "--state remembers across runs" {
	rec a "$STORY" > one.ndjson
	rec b "$STORY" > two.ndjson
	run wire-dedupe --state st one.ndjson
	assert_output "$(cat one.ndjson)"
	run wire-dedupe --mark --state st two.ndjson
	[ "$(printf '%s\n' "$output" | jq -r .duplicate_of)" = a ]
	run wire-dedupe --mark two.ndjson
	[ "$(printf '%s\n' "$output" | jq -r .duplicate_of)" = null ]
}

@test "a corrupt, truncated or foreign state file is refused, not half-read" {
	rec a "$STORY" > one.ndjson
	wire-dedupe --state st one.ndjson > /dev/null
	printf 'not a state file at all' > foreign
	run --separate-stderr wire-dedupe --state foreign one.ndjson
	assert_failure 2
	[ "$stderr" = "wire-dedupe: foreign: not a wire-dedupe state file" ]
	[ -z "$output" ]
	head -c 100 st > truncated
	run --separate-stderr wire-dedupe --state truncated one.ndjson
	assert_failure 2
	[ "$stderr" = "wire-dedupe: truncated: corrupt (truncated)" ]
	cp st flipped
	printf 'X' | dd of=flipped bs=1 seek=60 conv=notrunc 2>/dev/null
	run --separate-stderr wire-dedupe --state flipped one.ndjson
	assert_failure 2
	[ "$stderr" = "wire-dedupe: flipped: corrupt (checksum)" ]
	cmp st <(cat st)	# the good one is untouched
}

@test "SIGTERM saves the state, with the input still open" {
	mkfifo fifo
	wire-dedupe --state st < fifo > out &
	pid=$!
	exec 7> fifo
	rec a "$STORY" >&7
	wait_for_lines out 1
	kill -TERM "$pid"
	wait "$pid"
	exec 7>&-
	run wire-dedupe --mark --state st <<< "$(rec b "$STORY")"
	[ "$(printf '%s\n' "$output" | jq -r .duplicate_of)" = a ]
}

@test "a kill -9 at any moment leaves a state file that loads" {
	for i in $(seq 1 3000); do rec "r$i" "Item $i of the feed: the council met on day $i to discuss matter $((i * 7)) and agreed."; done > in.ndjson
	for round in $(seq 1 12); do
		wire-dedupe --state st --checkpoint 50 in.ndjson > /dev/null &
		pid=$!
		sleep "0.0$((round * 7 % 10))"
		kill -9 "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
		if [ -e st ]; then
			run --separate-stderr wire-dedupe --state st /dev/null
			assert_success
		fi
	done
	[ -z "$(ls st.tmp.* 2>/dev/null)" ] || wire-dedupe --state st /dev/null
	[ -z "$(ls st.tmp.* 2>/dev/null)" ]
}

@test "--checkpoint saves while running, by records and by time" {
	for i in $(seq 1 20); do rec "r$i" "Distinct item $i about subject $i with words $i $((i*3)) $((i*5))."; done > in.ndjson
	mkfifo fifo
	wire-dedupe --state st --checkpoint 10 < fifo > out &
	pid=$!
	exec 7> fifo
	cat in.ndjson >&7
	wait_for_lines out 20
	[ -s st ]
	exec 7>&-
	wait "$pid"
	rm -f st fifo out
	mkfifo fifo
	wire-dedupe --state st --checkpoint 1s < fifo > out &
	pid=$!
	exec 7> fifo
	head -n 3 in.ndjson >&7
	wait_for_lines out 3
	sleep 1.5
	[ -s st ]
	exec 7>&-
	wait "$pid"
}

@test "--checkpoint without --state is a usage error" {
	run --separate-stderr wire-dedupe --checkpoint 10 /dev/null
	assert_failure 2
	[[ "$stderr" == *"--checkpoint needs --state"* ]]
}
