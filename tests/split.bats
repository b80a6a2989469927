#!/usr/bin/env bats
# wire-split: stories into paragraph and sentence records.

load helpers

split_sentences() {
	# The sentences of one story, one a line.
	printf '%s' "$1" | jq -cRs '{id: "t", text: .}' | wire-split -s | jq -r .text
}

@test "a plain-text story gives one record per blank-line paragraph, headline and dateline kept" {
	cp "$FIXTURES/split/harbour.txt" .
	run --separate-stderr wire-split --text harbour.txt
	assert_success
	cat > expect <<'OUT'
{"id":"harbour.txt:p0","doc":"harbour.txt","para":0,"text":"Harbour strike ends after nine days","start":0,"end":35,"sentences":[[0,35]]}
{"id":"harbour.txt:p1","doc":"harbour.txt","para":1,"text":"PORTVALE, March 3 (Wirecast) - Dock workers in Portvale voted on Tuesday to end a nine-day strike that had left 40 ships waiting offshore.","start":37,"end":175,"sentences":[[0,138]]}
{"id":"harbour.txt:p2","doc":"harbour.txt","para":2,"text":"\"We got what we came for,\" said union leader Ines Okoro. \"The port opens at 6 a.m. tomorrow.\"","start":177,"end":270,"sentences":[[0,56],[57,93]]}
{"id":"harbour.txt:p3","doc":"harbour.txt","para":3,"text":"The Portvale Harbour Co. said losses reached $12.5 million. Mr. Dale Finch, its director, declined to comment.","start":272,"end":382,"sentences":[[0,59],[60,110]],"last":true}
OUT
	diff expect <(printf '%s\n' "$output")
}

@test "a story with no blank lines has one paragraph a line" {
	cp "$FIXTURES/split/liveblog.txt" .
	run --separate-stderr wire-split --text --unit sentence liveblog.txt
	assert_success
	cat > expect <<'OUT'
{"id":"liveblog.txt:p0:s0","doc":"liveblog.txt","para":0,"sent":0,"text":"Flood warnings were issued for the Kessel valley on Monday.","start":0,"end":59}
{"id":"liveblog.txt:p1:s0","doc":"liveblog.txt","para":1,"sent":0,"text":"Residents of Lower Brae were told to leave by 8 p.m.","start":60,"end":112}
{"id":"liveblog.txt:p2:s0","doc":"liveblog.txt","para":2,"sent":0,"text":"\"The water is rising faster than in 2019,\" Mayor Tomas Reyes said.","start":113,"end":179,"last":true}
OUT
	diff expect <(printf '%s\n' "$output")
}

@test "--paragraphs overrides the paragraph style in both directions" {
	cp "$FIXTURES/split/harbour.txt" "$FIXTURES/split/liveblog.txt" .
	[ "$(wire-split --text --paragraphs line harbour.txt | wc -l)" -eq 4 ]
	[ "$(wire-split --text -p blank liveblog.txt | wc -l)" -eq 1 ]
	printf 'One line.\nTwo line.\n\nThree.\n' > mixed.txt
	[ "$(wire-split --text -p line mixed.txt | jq -r .text | tr '\n' '|')" = "One line.|Two line.|Three.|" ]
	[ "$(wire-split --text mixed.txt | jq -c .text | tr '\n' '|')" = '"One line.\nTwo line."|"Three."|' ]
}

@test "records rebuild the story: text equals the story's text at start..end" {
	cp "$FIXTURES/split/harbour.txt" .
	story=$(jq -cRs '{id: "h", text: .}' harbour.txt)
	for unit in paragraph sentence; do
		printf '%s\n' "$story" | wire-split --unit "$unit" > recs
		run jq -rn --argjson s "$story" '[inputs | select($s.text[.start:.end] != .text)] | length' recs
		assert_output 0
	done
	printf '%s\n' "$story" | wire-split > paras
	run jq -r '.text as $t | .sentences | map($t[.[0]:.[1]]) | .[]' paras
	assert_line --index 2 '"We got what we came for," said union leader Ines Okoro.'
	assert_line --index 3 '"The port opens at 6 a.m. tomorrow."'
}

@test "offsets count code points, not bytes" {
	printf '{"id":"c","text":"Zoë Ørsted won. Łukasz lost.\\n\\n“Next,” said Søren."}\n' > in.ndjson
	run wire-split -s in.ndjson
	assert_success
	[ "$(printf '%s\n' "$output" | jq -c '[.start, .end]' | tr '\n' ' ')" = "[0,15] [16,28] [30,49] " ]
}

@test "every field of the story is copied into each record, after the record's own" {
	printf '{"id":"w7","title":"Storm","time":"2026-03-01T10:00:00Z","text":"A. B.\\n\\nC went home.","url":"https://example.org/w7","tags":["x"]}\n' > in.ndjson
	run wire-split in.ndjson
	assert_success
	[ "$(printf '%s\n' "$output" | jq -c 'keys_unsorted')" = '["id","doc","para","text","start","end","sentences","title","time","url","tags"]
["id","doc","para","text","start","end","sentences","title","time","url","tags","last"]' ]
}

@test "ids are stable: the story's id, or one derived from its text" {
	printf '{"text":"Markets rose. Oil fell."}\n{"id":17,"text":"Markets rose."}\n' > in.ndjson
	wire-split in.ndjson > first
	wire-split in.ndjson > second
	cmp first second
	run jq -r .id first
	assert_line --index 0 --regexp '^[0-9a-f]{16}:p0$'
	assert_line --index 1 '17:p0'
}

@test "an id that is neither string nor integer is rejected" {
	printf '{"id":{"x":1},"text":"Markets rose."}\n' > in.ndjson
	run --separate-stderr wire-split in.ndjson
	assert_failure 1
	[ "$stderr" = 'wire-split: in.ndjson:1: "id" is not a string or an integer' ]
}

@test "the last record of every story says so, and only that one" {
	printf '{"id":"a","text":"One.\\n\\nTwo."}\n{"id":"b","text":"Three. Four."}\n' > in.ndjson
	run wire-split -s in.ndjson
	[ "$(printf '%s\n' "$output" | jq -c '[.id, .last]' | tr '\n' ' ')" = '["a:p0:s0",null] ["a:p1:s0",true] ["b:p0:s0",null] ["b:p0:s1",true] ' ]
}

@test "a story with empty text still gives one record" {
	printf '{"id":"e","text":"  \\n\\n "}\n' > in.ndjson
	run wire-split in.ndjson
	assert_output '{"id":"e:p0","doc":"e","para":0,"text":"","start":0,"end":0,"sentences":[],"last":true}'
}

@test "each plain-text file is one story named after the file; - is standard input" {
	printf 'First story.\n' > one.txt
	run bash -c "printf 'Second story.\n' | wire-split --text one.txt -"
	assert_success
	[ "$(printf '%s\n' "$output" | jq -c '[.id, .last]' | tr '\n' ' ')" = '["one.txt:p0",true] ["-:p0",true] ' ]
}

@test "titles, abbreviations and initials do not end sentences" {
	run split_sentences 'Lt. Col. Ana Ruiz met Gen. Osei and Dr. J. K. Lund of Vostra Inc. in St. Albans. They spoke.'
	assert_output 'Lt. Col. Ana Ruiz met Gen. Osei and Dr. J. K. Lund of Vostra Inc. in St. Albans.
They spoke.'
	run split_sentences 'The U.S. and U.K. envoys met at the U.N. on Nov. 4. Talks went well.'
	assert_output 'The U.S. and U.K. envoys met at the U.N. on Nov. 4.
Talks went well.'
	run split_sentences 'He lives in the U.S. The rest of his family stayed in Goa.'
	assert_output 'He lives in the U.S.
The rest of his family stayed in Goa.'
}

@test "numbers, money, times and model names do not end sentences" {
	run split_sentences 'Prices rose 3.5 percent, or $1.2 billion, by 2.30 p.m. on Friday. No. 10 said the Su-24 and S-400 were unrelated.'
	assert_output 'Prices rose 3.5 percent, or $1.2 billion, by 2.30 p.m. on Friday.
No. 10 said the Su-24 and S-400 were unrelated.'
}

@test "quotation marks of every style close the sentence they end" {
	run split_sentences '“It is a crime.” The minister left. «Assez.» Then silence. "Why?" she asked. '"'"'Enough.'"'"' Nobody moved.'
	assert_output '“It is a crime.”
The minister left.
«Assez.»
Then silence.
"Why?" she asked.
'"'"'Enough.'"'"'
Nobody moved.'
}

@test "a quote that does not end the sentence keeps it whole" {
	run split_sentences '"No," he said. "We will not sign." She nodded.'
	assert_output '"No," he said.
"We will not sign."
She nodded.'
}

@test "a quotation of several sentences keeps its sentences separate" {
	run split_sentences '"The bridge is closed. Nobody may cross. We are sorry," the council said.'
	assert_output '"The bridge is closed.
Nobody may cross.
We are sorry," the council said.'
}

@test "brackets, ellipses, question and exclamation marks" {
	run split_sentences 'He left (as planned.) at noon. Wait... What? It worked!! Did it?! Yes.'
	assert_output 'He left (as planned.) at noon.
Wait...
What?
It worked!!
Did it?!
Yes.'
	run split_sentences 'The court said the law was . . . unclear. The end.'
	assert_output 'The court said the law was . . . unclear.
The end.'
}

@test "addresses and a missing space after a full stop" {
	run split_sentences 'Mail tips@brindle.example or see https://brindle.example/a.html. Thanks.It closed.'
	assert_output 'Mail tips@brindle.example or see https://brindle.example/a.html.
Thanks.
It closed.'
}

@test "numbered and bulleted lists split before each item" {
	run split_sentences '1. Close the road 2. Open the shelter 3. Call the army'
	assert_output '1. Close the road
2. Open the shelter
3. Call the army'
	run split_sentences '• Evacuate the valley • Monitor the dam'
	assert_output '• Evacuate the valley
• Monitor the dam'
}

@test "a paragraph longer than --max-line in plain text is cut at a line break, not lost" {
	for i in $(seq 1 50); do echo "Line $i of a long paragraph goes on here."; done > long.txt
	run wire-split --text -p blank --max-line 200 long.txt
	assert_success
	[ "${#lines[@]}" -gt 5 ]
	[ "$(printf '%s\n' "$output" | jq -r .text | grep -c 'Line')" -eq 50 ]
}

@test "a story id longer than 255 bytes is cut on a character, and a hash keeps stories apart" {
	long=$(printf 'é%.0s' $(seq 1 200))	# 400 bytes, 2 a character
	printf '{"id":"x%sA","text":"Markets rose."}\n{"id":"x%sB","text":"Oil fell."}\n' \
	    "$long" "$long" > in.ndjson
	run --separate-stderr wire-split in.ndjson
	assert_success
	printf '%s\n' "$output" | jq -r .doc > docs	# jq refuses invalid UTF-8
	[ "$(sort -u docs | wc -l)" -eq 2 ]
	while IFS= read -r doc; do
		[ "$(printf '%s' "$doc" | wc -c)" -le 255 ]
		[[ "$doc" =~ ^x(é)+~[0-9a-f]{16}$ ]]
	done < docs
	printf '%s\n' "$output" | wire-split > /dev/null	# the next stage reads them
}

@test "a story's field over --carry-max goes on its first record only, said once" {
	big=$(head -c 6000 /dev/zero | tr '\0' 'x')
	for id in a b; do
		printf '{"id":"%s","title":"Storm","html":"%s","text":"One.\\n\\nTwo.\\n\\nThree."}\n' \
		    "$id" "$big"
	done > in.ndjson
	run --separate-stderr wire-split in.ndjson
	assert_success
	[ "$(printf '%s\n' "$output" | jq -c '[.id, .title, (.html | length)]' | tr '\n' ' ')" = \
	    '["a:p0","Storm",6000] ["a:p1","Storm",0] ["a:p2","Storm",0] ["b:p0","Storm",6000] ["b:p1","Storm",0] ["b:p2","Storm",0] ' ]
	[ "$stderr" = "wire-split: in.ndjson:1: field 'html' (6010 bytes) is on its story's first record only: the fields copied into every record are kept within --carry-max 4096 (said once per stream)" ]
	run --separate-stderr wire-split --carry-max 8k in.ndjson
	[ "$(printf '%s\n' "$output" | jq -c '.html | length' | sort -u)" = 6000 ]
	[ -z "$stderr" ]
}

@test "output stays proportional to a story of many paragraphs with a large field" {
	big=$(head -c 100000 /dev/zero | tr '\0' 'x')
	paras=$(for i in $(seq 1 2000); do printf 'Line %d.\\n\\n' "$i"; done)
	printf '{"id":"s","blob":"%s","text":"%s"}\n' "$big" "$paras" > in.ndjson
	run --separate-stderr wire-split in.ndjson
	assert_success
	[ "$(printf '%s\n' "$output" | wc -l)" -eq 2000 ]
	# Copying the field into every record would give 200 MB.
	[ "$(printf '%s\n' "$output" | wc -c)" -lt $((4 * $(wc -c < in.ndjson))) ]
}

@test "--carry-max takes a size" {
	run --separate-stderr wire-split --carry-max lots /dev/null
	assert_failure 2
	[[ "$stderr" == *"--carry-max: 'lots' is not a size"* ]]
}
