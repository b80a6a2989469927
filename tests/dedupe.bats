#!/usr/bin/env bats
# wire-dedupe: exact and near-duplicates in an endless stream.

load helpers

# A record: id, then text.
rec() {
	jq -cn --arg id "$1" --arg text "$2" '{id: $id, text: $text}'
}

# Each record of the output in hand as a compact JSON value of its
# fields (jq's FILTER) into the file got, then compared with the
# expected lines on standard input: diff -u shows what differs.
expect_fields() {
	printf '%s\n' "$output" | jq -c "$1" > got
	diff -u - got
}

STORY='Dock workers in Portvale voted on Monday to end a nine-day strike that had left forty ships waiting offshore, the union said. The harbour company put its losses at twelve million dollars and said the port would reopen on Tuesday morning.'
OTHER='The central bank of Lutavia kept its main interest rate unchanged on Monday, saying inflation was falling faster than expected, and its governor said the bank was not in a hurry to cut.'

@test "an exact repeat is dropped, and the first seen is kept" {
	{ rec a "$STORY"; rec b "$OTHER"; rec c "$STORY"; } > in.ndjson
	run --separate-stderr wire-dedupe in.ndjson
	assert_success
	expect_fields .id <<'OUT'
"a"
"b"
OUT
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
	expect_fields '[.id, .duplicate_of, .similarity]' <<'OUT'
["a",null,null]
["b","a",1]
["c","a",1]
OUT
}

@test "a near-duplicate (a sentence reworded) is caught, a different story is not" {
	reworded=${STORY/put its losses at/estimated its losses at}
	{ rec a "$STORY"; rec b "$OTHER"; rec c "$reworded"; } > in.ndjson
	run --separate-stderr wire-dedupe --mark in.ndjson
	assert_success
	expect_fields '[.id, .duplicate_of]' <<'OUT'
["a",null]
["b",null]
["c","a"]
OUT
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
	expect_fields .duplicate_of <<'OUT'
null
null
OUT
	run wire-dedupe --mark --threshold 0.9 --containment in.ndjson
	expect_fields '[.duplicate_of, (.similarity // 0 | . >= 0.9)]' <<'OUT'
[null,false]
["a",true]
OUT
}

@test "--key makes records with the same field value duplicates" {
	printf '%s\n' '{"id":"a","url":"https://x.example/1","text":"First version of the story."}' \
	    '{"id":"b","url":"https://x.example/1","text":"A rewritten headline and nothing else in common."}' \
	    '{"id":"c","url":"https://x.example/2","text":"Another story altogether, about the weather."}' > in.ndjson
	run wire-dedupe --mark --key url in.ndjson
	expect_fields '[.id, .duplicate_of]' <<'OUT'
["a",null]
["b","a"]
["c",null]
OUT
	run wire-dedupe --mark in.ndjson
	expect_fields '[.id, .duplicate_of]' <<'OUT'
["a",null]
["b",null]
["c",null]
OUT
}

@test "--mark keeps every record and its fields, marking only duplicates" {
	{ rec a "$STORY" | jq -c '. + {source: "Wirecast"}'; rec b "$STORY" | jq -c '. + {source: "Nordpress"}'; } > in.ndjson
	run wire-dedupe --mark in.ndjson
	{
		rec a "$STORY" | jq -c '. + {source: "Wirecast"}'
		rec b "$STORY" | jq -c '. + {source: "Nordpress"}' | sed 's/}$/,"duplicate_of":"a","similarity":1.0}/'
	} > expect
	diff -u expect <(printf '%s\n' "$output")
}

@test "records without an id are named by their place in the stream" {
	printf '%s\n' "$(jq -cn --arg t "$STORY" '{text: $t}')" "$(jq -cn --arg t "$STORY" '{text: $t}')" > in.ndjson
	run wire-dedupe --mark in.ndjson
	expect_fields .duplicate_of <<'OUT'
null
"#1"
OUT
}

@test "--capacity forgets the oldest items first" {
	for i in 1 2 3; do rec "s$i" "Story number $i is about topic $i and only topic $i, told at length for readers."; done > first.ndjson
	{ cat first.ndjson; sed -n 3p first.ndjson; sed -n 1p first.ndjson; } > in.ndjson
	run wire-dedupe --mark --capacity 2 in.ndjson
	# s1 was forgotten when s3 came: s3's repeat is caught, s1's is not.
	expect_fields '[.id, .duplicate_of]' <<'OUT'
["s1",null]
["s2",null]
["s3",null]
["s3","s3"]
["s1",null]
OUT
	run wire-dedupe --mark --capacity 3 in.ndjson
	expect_fields '[.id, .duplicate_of]' <<'OUT'
["s1",null]
["s2",null]
["s3",null]
["s3","s3"]
["s1","s1"]
OUT
}

@test "--window forgets items older than the window by the records' time" {
	printf '%s\n' \
	    "$(rec a "$STORY" | jq -c '. + {time: "2026-11-24T08:00:00Z"}')" \
	    "$(rec b "$STORY" | jq -c '. + {time: "2026-11-24T09:00:00Z"}')" \
	    "$(rec c "$OTHER" | jq -c '. + {time: "2026-11-24T12:00:00+01:00"}')" \
	    "$(rec d "$STORY" | jq -c '. + {time: "2026-11-24T12:30:00Z"}')" > in.ndjson
	run wire-dedupe --mark --window 2h in.ndjson
	expect_fields '[.id, .duplicate_of]' <<'OUT'
["a",null]
["b","a"]
["c",null]
["d",null]
OUT
}

@test "--state remembers across runs" {
	rec a "$STORY" > one.ndjson
	rec b "$STORY" > two.ndjson
	run wire-dedupe --state st one.ndjson
	assert_output "$(cat one.ndjson)"
	run wire-dedupe --mark --state st two.ndjson
	expect_fields '[.id, .duplicate_of]' <<'OUT'
["b","a"]
OUT
	run wire-dedupe --mark two.ndjson
	expect_fields '[.id, .duplicate_of]' <<'OUT'
["b",null]
OUT
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
	expect_fields '[.id, .duplicate_of]' <<'OUT'
["b","a"]
OUT
}

@test "a kill -9 at any moment leaves a state file that loads" {
	# One jq for the feed (a jq a record took a minute and a half).
	jq -cn 'range(1; 3001) | {id: "r\(.)",
	    text: "Item \(.) of the feed: the council met on day \(.) to discuss matter \(. * 7) and agreed."}' > in.ndjson
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
	jq -cn 'range(1; 21) | {id: "r\(.)",
	    text: "Distinct item \(.) about subject \(.) with words \(.) \(. * 3) \(. * 5)."}' > in.ndjson
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

@test "paragraph records of an updated story are marked as repeats of the first version's" {
	run --separate-stderr wire-dedupe --mark "$FIXTURES/dedupe/wire-feed-split.ndjson"
	assert_success
	expect_fields '[.id, .duplicate_of, .similarity]' <<'OUT'
["wc-20261124-001:p0",null,null]
["wc-20261124-001:p1",null,null]
["wc-20261124-001:p2",null,null]
["wc-20261124-001:p3",null,null]
["np-20261124-117:p0",null,null]
["np-20261124-117:p1",null,null]
["np-20261124-117:p2",null,null]
["wc-20261124-002:p0",null,null]
["wc-20261124-002:p1",null,null]
["wc-20261124-002:p2",null,null]
["wc-20261124-001-u1:p0","wc-20261124-001:p0",1]
["wc-20261124-001-u1:p1","wc-20261124-001:p1",1]
["wc-20261124-001-u1:p2","wc-20261124-001:p2",1]
["wc-20261124-001-u1:p3","wc-20261124-001:p3",1]
["wc-20261124-001-u1:p4",null,null]
["mn-20261124-031:p0",null,null]
["mn-20261124-031:p1",null,null]
["mn-20261124-031:p2",null,null]
["wc-20261124-001:p0","wc-20261124-001:p0",1]
["wc-20261124-001:p1","wc-20261124-001:p1",1]
["wc-20261124-001:p2","wc-20261124-001:p2",1]
["wc-20261124-001:p3","wc-20261124-001:p3",1]
OUT
	# dropped without --mark: only the new paragraph of the update is left of it
	run --separate-stderr wire-dedupe "$FIXTURES/dedupe/wire-feed-split.ndjson"
	expect_fields 'select(.doc == "wc-20261124-001-u1") | .id' <<'OUT'
"wc-20261124-001-u1:p4"
OUT
}

@test "--checkpoint without --state is a usage error" {
	run --separate-stderr wire-dedupe --checkpoint 10 /dev/null
	assert_failure 2
	[[ "$stderr" == *"--checkpoint needs --state"* ]]
}

@test "a long id is remembered cut on a character with a hash, and duplicate_of names it" {
	long=$(printf 'é%.0s' $(seq 1 600))	# 1,200 bytes
	{ rec "a${long}1" "$STORY"; rec "a${long}2" "$STORY"; rec "a${long}3" "$OTHER"; rec "a${long}4" "$OTHER"; } > in.ndjson
	run --separate-stderr wire-dedupe --mark in.ndjson
	assert_success
	printf '%s\n' "$output" | jq -r 'select(.duplicate_of) | .duplicate_of' > named
	[ "$(wc -l < named)" -eq 2 ]
	[ "$(sort -u named | wc -l)" -eq 2 ]	# two long ids, never merged
	while IFS= read -r id; do
		[ "$(printf '%s' "$id" | wc -c)" -lt 1024 ]
		[[ "$id" =~ ^a(é)+~[0-9a-f]{16}$ ]]
	done < named
}

@test "stale temporaries are matched by the state's exact name, not as a pattern" {
	mkdir sub
	touch 'sub/?.tmp.Ab12Cd' sub/x.tmp.zzzzzz 'sub/?.tmp.keep' 'sub/?.tmp.ab/c' 2>/dev/null || true
	rec a "$STORY" > one.ndjson
	run wire-dedupe --state 'sub/?' one.ndjson
	assert_success
	[ ! -e 'sub/?.tmp.Ab12Cd' ]	# its own stale temporary
	[ -e sub/x.tmp.zzzzzz ]		# another file the glob '?' matched
	[ -e 'sub/?.tmp.keep' ]
	[ -e 'sub/?' ]
}

@test "a state file whose id is not UTF-8 text is refused, even with a good checksum" {
	rec zz "$STORY" > one.ndjson
	wire-dedupe --state st one.ndjson > /dev/null
	# Replace the id "zz" by two invalid bytes and sign the file again
	# (FNV-1a 64 of all but its last 8 bytes).
	python3 - st <<'PY'
import struct, sys
data = bytearray(open(sys.argv[1], 'rb').read())
body = data[:-8]
at = body.rfind(b'zz')
body[at:at + 2] = b'\xff\xfe'
h = 0xcbf29ce484222325
for b in body:
    h = ((h ^ b) * 0x100000001b3) & 0xffffffffffffffff
open(sys.argv[1], 'wb').write(bytes(body) + struct.pack('<Q', h))
PY
	run --separate-stderr wire-dedupe --mark --state st one.ndjson
	assert_failure 2
	[ "$stderr" = "wire-dedupe: st: corrupt (an id is not UTF-8 text of fewer than 1024 bytes)" ]
}

@test "--checkpoint and --window refuse durations out of range" {
	for bad in 0 0.0001s 30d -5 1e400; do
		run --separate-stderr wire-dedupe --state st --checkpoint "$bad" /dev/null
		assert_failure 2
		[[ "$stderr" == *"--checkpoint: '$bad' is not a "* ]]
	done
	run --separate-stderr wire-dedupe --window 0 /dev/null
	assert_failure 2
	run --separate-stderr wire-dedupe --state st --checkpoint 20d /dev/null
	assert_success
}

# ---- whole stories (--stories) ----

# A story, another outlet's rewrite of it (its own dateline and staff
# line, paragraphs reordered, sentences reworded, a paragraph dropped),
# and another story on the same topic, from the same outlet and
# reporters, with other places, people and figures.
DAM='TARVIN, March 3 (Coastline News) - Engineers at the Halvard dam in Tarvin opened two spillways on Wednesday after three days of heavy rain raised the reservoir to 96 percent of capacity, the water authority said.

Residents of Lower Brenn, 12 km downstream, were told to move livestock to higher ground. "The dam is sound, but we are not taking chances," authority director Mirela Sokal said.

The river at Brenn rose by 1.4 metres overnight, and the road to Oskaby was closed at the bridge.

The authority said it would keep the spillways open until at least Friday.

(Reporting by Jon Ardal; Editing by Pia Lund)'
DAM_REWRITE='Tarvin / Northwire / Engineers opened two spillways at the Halvard dam in Tarvin on Wednesday, the water authority said, after three days of heavy rain had lifted the reservoir to 96 percent of capacity.

The road to Oskaby was shut at the bridge, and the river at Brenn climbed by 1.4 metres overnight.

People in Lower Brenn, 12 km downstream, were told to move livestock to higher ground. "The dam is sound, but we are not taking chances," said Mirela Sokal, the authority'"'"'s director.

Northwire staff'
DAM_OTHER='VELSK, March 3 (Coastline News) - Engineers at the Karst dam near Velsk opened a spillway on Wednesday after heavy rain raised the reservoir to 91 percent of capacity, the regional water board said.

Farmers in Upper Toll, 8 km downstream, were told to move livestock to higher ground. "There is no danger to the dam," board chairman Aurel Greve said.

The river at Toll rose by 0.8 metres overnight, and the road to Marrin was closed at the bridge.

(Reporting by Jon Ardal; Editing by Pia Lund)'

# The paragraph records of a story, as wire-split writes them: id, doc,
# para, text, and last on the last.
paragraphs() {
	jq -cn --arg doc "$1" --arg text "$2" '[$text | splits("\n\n")] | to_entries |
	    map({id: "\($doc):p\(.key)", doc: $doc, para: .key, text: .value}) |
	    .[-1].last = true | .[]'
}

@test "--stories marks a whole story that another outlet rewrote, not another story on the same topic" {
	{ rec dam "$DAM"; rec velsk "$DAM_OTHER"; rec northwire "$DAM_REWRITE"; } > in.ndjson
	run --separate-stderr wire-dedupe --mark --stories in.ndjson
	assert_success
	expect_fields '[.id, .duplicate_of, .story_duplicate_of]' <<'OUT'
["dam",null,null]
["velsk",null,null]
["northwire",null,"dam"]
OUT
	sim=$(printf '%s\n' "$output" | jq 'select(.id == "northwire") | .story_similarity')
	awk -v s="$sim" 'BEGIN { exit !(s >= 0.6 && s < 1) }'
	# Per record, as without --stories, the rewrite is not a near-duplicate.
	run wire-dedupe --mark in.ndjson
	expect_fields .duplicate_of <<'OUT'
null
null
null
OUT
}

@test "--stories on paragraph records: the story's verdict is on the record that closes it" {
	{ paragraphs dam "$DAM"; paragraphs velsk "$DAM_OTHER"; paragraphs northwire "$DAM_REWRITE"; } > in.ndjson
	run --separate-stderr wire-dedupe --mark --stories in.ndjson
	assert_success
	expect_fields 'select(.story_duplicate_of or .last) | [.id, .story_duplicate_of]' <<'OUT'
["dam:p4",null]
["velsk:p3",null]
["northwire:p3","dam"]
OUT
	# Paragraph records give the story the same similarity as one record.
	whole=$({ rec dam "$DAM"; rec northwire "$DAM_REWRITE"; } | wire-dedupe --mark --stories |
	    jq 'select(.story_similarity) | .story_similarity')
	[ "$(printf '%s\n' "$output" | jq 'select(.story_similarity) | .story_similarity')" = "$whole" ]
}

@test "the same paragraphs in another order are the same story (similarity 1)" {
	paragraphs dam "$DAM" > in.ndjson
	paragraphs again "$DAM" | jq -sc 'reverse | .[0].last = null | .[-1].last = true | .[] | del(.. | nulls)' >> in.ndjson
	run --separate-stderr wire-dedupe --mark --stories in.ndjson
	assert_success
	expect_fields 'select(.story_duplicate_of) | [.id, .story_duplicate_of, .story_similarity]' <<'OUT'
["again:p0","dam",1]
OUT
}

@test "--stories keeps the per-record marks as they are" {
	run --separate-stderr wire-dedupe --mark "$FIXTURES/dedupe/wire-feed-split.ndjson"
	printf '%s\n' "$output" | jq -c '[.id, .duplicate_of, .similarity]' > expect
	run --separate-stderr wire-dedupe --mark --stories "$FIXTURES/dedupe/wire-feed-split.ndjson"
	assert_success
	printf '%s\n' "$output" | jq -c '[.id, .duplicate_of, .similarity]' | diff -u expect -
	# The update that adds a paragraph and the story sent again repeat it.
	expect_fields 'select(.story_duplicate_of) | [.id, .story_duplicate_of]' <<'OUT'
["wc-20261124-001-u1:p4","wc-20261124-001"]
["wc-20261124-001:p3","wc-20261124-001"]
OUT
}

@test "a story's record without last waits for the next record; its last record goes out at once" {
	mkfifo fifo
	wire-dedupe --mark --stories < fifo > out &
	pid=$!
	exec 7> fifo
	paragraphs dam "$DAM" > dam.ndjson
	head -n 1 dam.ndjson >&7
	sleep 0.3
	[ ! -s out ]			# held: is the story over?
	sed -n 2p dam.ndjson >&7
	wait_for_lines out 1		# the first went out when the second came
	[ "$(wc -l < out)" -eq 1 ]
	sed -n '3,$p' dam.ndjson >&7
	wait_for_lines out 5		# the last record closes the story: all out
	exec 7>&-
	wait "$pid"
	diff -u dam.ndjson out
}

@test "--idle ends a story whose records have no last, with the input open" {
	paragraphs dam "$DAM" | jq -c 'del(.last)' > dam.ndjson
	paragraphs northwire "$DAM_REWRITE" | jq -c 'del(.last)' > rewrite.ndjson
	mkfifo fifo
	wire-dedupe --mark --stories --idle 0.2s < fifo > out &
	pid=$!
	exec 7> fifo
	cat dam.ndjson rewrite.ndjson >&7
	wait_for_lines out 9
	jq -c '[.id, .story_duplicate_of]' out | tail -n 1 > got
	exec 7>&-
	wait "$pid"
	echo '["northwire:p3","dam"]' | diff -u - got
}

@test "--stories needs --mark, --idle needs --stories" {
	run --separate-stderr wire-dedupe --stories /dev/null
	assert_failure 2
	[[ "$stderr" == *"--stories needs --mark"* ]]
	run --separate-stderr wire-dedupe --mark --idle 1s /dev/null
	assert_failure 2
	[[ "$stderr" == *"--idle needs --stories"* ]]
	run --separate-stderr wire-dedupe --mark --stories --story-threshold 0 /dev/null
	assert_failure 2
	run --separate-stderr wire-dedupe --mark --stories --story-capacity 0 /dev/null
	assert_failure 2
}

@test "--state keeps the stories across runs; a state without them is the version an older wire-dedupe reads" {
	rec dam "$DAM" > one.ndjson
	rec northwire "$DAM_REWRITE" > two.ndjson
	wire-dedupe --mark --state plain one.ndjson > /dev/null
	[ "$(od -An -tu4 -j8 -N4 plain | tr -d ' ')" = 1 ]	# version 1, as before
	wire-dedupe --mark --stories --state st one.ndjson > /dev/null
	[ "$(od -An -tu4 -j8 -N4 st | tr -d ' ')" = 2 ]
	run --separate-stderr wire-dedupe --mark --stories --state st two.ndjson
	assert_success
	expect_fields '[.id, .story_duplicate_of]' <<'OUT'
["northwire","dam"]
OUT
	# A version 1 state loads with --stories: its paragraphs, no stories.
	run --separate-stderr wire-dedupe --mark --stories --state plain one.ndjson
	assert_success
	expect_fields '[.id, .duplicate_of, .story_duplicate_of]' <<'OUT'
["dam","dam",null]
OUT
	# A state with stories loads without --stories (they are passed over).
	run --separate-stderr wire-dedupe --mark --state st one.ndjson
	assert_success
	expect_fields '[.id, .duplicate_of]' <<'OUT'
["dam","dam"]
OUT
}

@test "a state whose stories are cut short is refused" {
	rec dam "$DAM" > one.ndjson
	wire-dedupe --mark --stories --state st one.ndjson > /dev/null
	head -c "$(( $(wc -c < st) - 20 ))" st > cut
	run --separate-stderr wire-dedupe --mark --stories --state cut one.ndjson
	assert_failure 2
	[ "$stderr" = "wire-dedupe: cut: corrupt (truncated)" ]
	[ -z "$output" ]
}

@test "at the end of the input the story in hand ends, its held record with the verdict" {
	{ paragraphs dam "$DAM"; paragraphs northwire "$DAM_REWRITE"; } | jq -c 'del(.last)' > in.ndjson
	run --separate-stderr wire-dedupe --mark --stories in.ndjson
	assert_success
	expect_fields 'select(.story_duplicate_of) | [.id, .story_duplicate_of]' <<'OUT'
["northwire:p3","dam"]
OUT
	[ "$(printf '%s\n' "$output" | wc -l)" -eq 9 ]
}

@test "--window applies to stories: a rewrite too long after the story is not marked" {
	rec dam "$DAM" | jq -c '. + {time: "2026-03-03T08:00:00Z"}' > in.ndjson
	rec northwire "$DAM_REWRITE" | jq -c '. + {time: "2026-03-03T09:30:00Z"}' >> in.ndjson
	rec later "$DAM_REWRITE" | jq -c '. + {time: "2026-03-03T13:00:00Z"}' >> in.ndjson
	run --separate-stderr wire-dedupe --mark --stories --window 2h in.ndjson
	assert_success
	expect_fields '[.id, .story_duplicate_of]' <<'OUT'
["dam",null]
["northwire","dam"]
["later",null]
OUT
}

@test "a state whose story sketch is damaged is refused, even with a good checksum" {
	rec dam "$DAM" > one.ndjson
	wire-dedupe --mark --stories --state st one.ndjson > /dev/null
	# The last story's count of key hashes (before its 32 hashes and the
	# checksum) made 99, and the file signed again (FNV-1a 64).
	python3 - st <<'PY'
import struct, sys
data = bytearray(open(sys.argv[1], 'rb').read())
body = data[:-8]
at = len(body) - 4 * 32 - 4
body[at:at + 4] = struct.pack('<I', 99)
h = 0xcbf29ce484222325
for b in body:
    h = ((h ^ b) * 0x100000001b3) & 0xffffffffffffffff
open(sys.argv[1], 'wb').write(bytes(body) + struct.pack('<Q', h))
PY
	run --separate-stderr wire-dedupe --mark --stories --state st one.ndjson
	assert_failure 2
	[ "$stderr" = "wire-dedupe: st: corrupt (a story's sketch is too long)" ]
	[ -z "$output" ]
}
