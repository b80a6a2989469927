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

@test "a list that starts inside a paragraph, after a colon or a sentence, splits before each item" {
	run split_sentences 'The council agreed three steps: 1. Close the road. 2. Open the shelter. 3. Call the army.'
	assert_output 'The council agreed three steps:
1. Close the road.
2. Open the shelter.
3. Call the army.'
	run split_sentences 'The council agreed. a) Close the road b) Open the shelter'
	assert_output 'The council agreed.
a) Close the road
b) Open the shelter'
	run split_sentences 'She finished in 1. The rest trailed. He was No. 2.'
	assert_output 'She finished in 1.
The rest trailed.
He was No. 2.'
}

@test "lettered and bracketed lists split before each item" {
	run split_sentences 'a.) Close the road b.) Open the shelter'
	assert_output 'a.) Close the road
b.) Open the shelter'
	run split_sentences '(a) Close the road. (b) Open the shelter. (c) Call the army.'
	assert_output '(a) Close the road.
(b) Open the shelter.
(c) Call the army.'
	run split_sentences '(1) Close the road (2) Open the shelter'
	assert_output '(1) Close the road
(2) Open the shelter'
	run split_sentences 'Crews must (a) close the road and (b) open the shelter.'
	assert_output 'Crews must (a) close the road and (b) open the shelter.'
}

@test "a footnote mark after a full stop ends the sentence with it" {
	run split_sentences 'The dam held.[1] Crews stayed on site.[2][3] Roads reopened[4]. See note [5] for the rest.'
	assert_output 'The dam held.[1]
Crews stayed on site.[2][3]
Roads reopened[4].
See note [5] for the rest.'
	run split_sentences 'Output rose 4.[1] percent, said Vera Lind.'
	assert_output 'Output rose 4.[1] percent, said Vera Lind.'
}

@test "footnote marks set apart after a sentence belong to it" {
	run split_sentences 'The dam held. [1] Crews stayed on site. [2] [3] Roads reopened, said Vera Lind Jr.. [4] Traffic resumed. [5]'
	assert_output 'The dam held. [1]
Crews stayed on site. [2] [3]
Roads reopened, said Vera Lind Jr.. [4]
Traffic resumed. [5]'
	run split_sentences 'The theory [6] held. It was tested [7] twice.'
	assert_output 'The theory [6] held.
It was tested [7] twice.'
}

@test "full-width and ideographic stops end sentences, with or without a space" {
	run split_sentences 'The dam held．Crews stayed on site。 Roads reopened！Why？Nobody knows.'
	assert_output 'The dam held．
Crews stayed on site。
Roads reopened！
Why？
Nobody knows.'
	run split_sentences 'Output rose ３．５ percent．'
	assert_output 'Output rose ３．５ percent．'
}

@test "an interview's Q. and A. open their sentences and end none" {
	run split_sentences 'Q. Will the dam hold? A. We think so. Q. When will roads reopen? A. Not before Friday.'
	assert_output 'Q. Will the dam hold?
A. We think so.
Q. When will roads reopen?
A. Not before Friday.'
	run split_sentences 'A. The water is still rising.'
	assert_output 'A. The water is still rising.'
	run split_sentences 'The grade was an A. The school was pleased.'
	assert_output 'The grade was an A.
The school was pleased.'
}

@test "a name written in lower case with a capital inside starts a sentence" {
	run split_sentences 'Sales of the Kestrel fell. iPhone orders rose. eKiosk said so. mRNA trials began at Brindle Inc. eKiosk did not comment.'
	assert_output 'Sales of the Kestrel fell.
iPhone orders rose.
eKiosk said so.
mRNA trials began at Brindle Inc. eKiosk did not comment.'
}

@test "a headline in title case is one sentence; a lost stop before 'In the' still ends one" {
	run split_sentences 'Floods Close Roads In Kessel Valley As Crews Wait'
	assert_output 'Floods Close Roads In Kessel Valley As Crews Wait'
	run split_sentences 'Mayor Says This Is Not Over'
	assert_output 'Mayor Says This Is Not Over'
	run split_sentences 'Crews blamed Kessel Power They said the lines failed.'
	assert_output 'Crews blamed Kessel Power
They said the lines failed.'
}

@test "a picture credit starts a sentence of its own, bracketed or not" {
	run split_sentences 'Crews clear the pier at Portvale. (credit: Ines Okoro)'
	assert_output 'Crews clear the pier at Portvale.
(credit: Ines Okoro)'
	run split_sentences 'The pier reopens on Monday. photo; Dale Finch'
	assert_output 'The pier reopens on Monday.
photo; Dale Finch'
	run split_sentences 'Crews cleared the pier (photo: page 4) before noon.'
	assert_output 'Crews cleared the pier (photo: page 4) before noon.'
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

# Live blogs: posts that start with a timestamp.

live_blog() {
	printf '%s\n' '{"id":"gale","time":"2026-11-24T09:00:00Z","title":"Gales","text":"Live: gales on the Marrow coast\n\n08:50 - Ferries have stopped for the day. \"Nothing leaves,\" the harbour office said.\n\n08:15 GMT\nGusts of 110 km/h were measured at Caddon Point.\n\nThe coastguard asked people to stay off the sea wall.\n\nUpdated at 07:40 BST: The weather office raised its warning to amber.\n\n7.05am Good morning and welcome."}'
}

# The post fields of a story's records: id, post, time, the stamp, text.
posts_of() {
	jq -c '[.id, .post, .time, .time_start, .time_end, .text]'
}

@test "a live blog's posts carry their number and time, the timestamp kept out of text" {
	live_blog > in.ndjson
	run --separate-stderr wire-split in.ndjson
	assert_success
	cat > expect <<'OUT'
{"id":"gale:p0","doc":"gale","para":0,"text":"Live: gales on the Marrow coast","start":0,"end":31,"sentences":[[0,31]],"time":"2026-11-24T09:00:00Z","title":"Gales"}
{"id":"gale:p1","doc":"gale","para":1,"post":0,"time":"2026-11-24T08:50","time_start":33,"time_end":38,"text":"Ferries have stopped for the day. \"Nothing leaves,\" the harbour office said.","start":41,"end":117,"sentences":[[0,33],[34,76]],"story_time":"2026-11-24T09:00:00Z","title":"Gales"}
{"id":"gale:p2","doc":"gale","para":2,"post":1,"time":"2026-11-24T08:15Z","time_start":119,"time_end":128,"text":"Gusts of 110 km/h were measured at Caddon Point.","start":129,"end":177,"sentences":[[0,48]],"story_time":"2026-11-24T09:00:00Z","title":"Gales"}
{"id":"gale:p3","doc":"gale","para":3,"post":1,"time":"2026-11-24T08:15Z","time_start":119,"time_end":128,"text":"The coastguard asked people to stay off the sea wall.","start":179,"end":232,"sentences":[[0,53]],"story_time":"2026-11-24T09:00:00Z","title":"Gales"}
{"id":"gale:p4","doc":"gale","para":4,"post":2,"time":"2026-11-24T07:40+01:00","time_start":234,"time_end":254,"text":"The weather office raised its warning to amber.","start":256,"end":303,"sentences":[[0,47]],"story_time":"2026-11-24T09:00:00Z","title":"Gales"}
{"id":"gale:p5","doc":"gale","para":5,"post":3,"time":"2026-11-24T07:05","time_start":305,"time_end":311,"text":"Good morning and welcome.","start":312,"end":337,"sentences":[[0,25]],"story_time":"2026-11-24T09:00:00Z","title":"Gales","last":true}
OUT
	diff expect <(printf '%s\n' "$output")
}

@test "a post's records rebuild the story: text at start..end, its timestamp at time_start..time_end" {
	live_blog > in.ndjson
	for unit in paragraph sentence; do
		wire-split --unit "$unit" in.ndjson > recs
		run jq -rn --slurpfile s in.ndjson '[inputs | select($s[0].text[.start:.end] != .text)] | length' recs
		assert_output 0
	done
	run jq -r --slurpfile s in.ndjson 'select(.post) | $s[0].text[.time_start:.time_end]' recs
	assert_output '08:50
08:50
08:15 GMT
08:15 GMT
Updated at 07:40 BST
7.05am'
}

@test "with --unit sentence every sentence of a post says so, and ids are as before" {
	live_blog | wire-split -s > recs
	run jq -r 'select(.para == 1) | [.id, .post, .time] | @tsv' recs
	assert_output "gale:p1:s0	0	2026-11-24T08:50
gale:p1:s1	0	2026-11-24T08:50"
	[ "$(jq -r .id recs | sort -u | wc -l)" -eq "$(wc -l < recs)" ]
}

@test "every common timestamp opens a post, and the text after it is the post's" {
	for stamp in '06:05' '06:05 -' '6:05 –' '06:05:' '06:05 |' '06:05 GMT' '06:05 CET -' \
	    '6.05am' '6.05 a.m.' '6am' '0605 GMT' 'Updated at 06:05 BST' 'Posted at 6:05' \
	    'Updated: 06:05' 'Last updated 06:05 local time'; do
		printf '{"id":"s","text":"%s Rain fell.\\n\\n07:00 - It stopped."}\n' "$stamp" > in.ndjson
		run jq -c --slurpfile s in.ndjson '[.post, $s[0].text[.time_start:.time_end], .text]' <(wire-split in.ndjson)
		case $stamp in
		'06:05 -'|'6:05 –'|'06:05 |') want=${stamp% *} ;;
		'06:05:') want='06:05' ;;
		'06:05 CET -') want='06:05 CET' ;;
		*) want=$stamp ;;
		esac
		assert_line --index 0 "[0,\"$want\",\"Rain fell.\"]"
		assert_line --index 1 '[1,"07:00","It stopped."]'
	done
}

@test "a time on a line of its own opens the post that follows it, in either paragraph style" {
	printf '08:00\nRain fell.\n09:30\nIt stopped.\nThe roads dried.\n' > line.txt
	run --separate-stderr wire-split --text line.txt
	assert_success
	[ "$(printf '%s\n' "$output" | posts_of | tr '\n' ' ')" = \
	    '["line.txt:p0",0,"08:00",0,5,"Rain fell."] ["line.txt:p1",1,"09:30",17,22,"It stopped."] ["line.txt:p2",1,"09:30",17,22,"The roads dried."] ' ]
	printf '08:00\n\nRain fell.\n\n09:30\nIt stopped.\n' > blank.txt
	run --separate-stderr wire-split --text blank.txt
	[ "$(printf '%s\n' "$output" | posts_of | tr '\n' ' ')" = \
	    '["blank.txt:p0",0,"08:00",0,5,"Rain fell."] ["blank.txt:p1",1,"09:30",19,24,"It stopped."] ' ]
}

@test "numbers and times that are no timestamp open no post" {
	for text in '8:15 was the time the train left.' '3.5 percent more rain fell.' \
	    '10.32 percent of homes lost power.' '2:1 was the score.' '1999 figures were worse.' \
	    '06:05:30 is too precise.' '24:10 is no time.' '13.05pm is no time either.'; do
		printf '{"id":"n","text":"%s\\n\\n%s"}\n' "$text" "$text" > in.ndjson
		run jq -c '[.post, .text]' <(wire-split in.ndjson)
		assert_line --index 0 "[null,\"$text\"]"
	done
}

@test "one stray time at the start of one paragraph is not a live blog" {
	printf '{"id":"r","text":"Talks resumed on Monday.\\n\\n10:30 GMT is when the vote opens, officials said.\\n\\nResults follow."}\n' > in.ndjson
	run jq -c '[.post, .time, .text[0:9]]' <(wire-split in.ndjson)
	assert_output '[null,null,"Talks res"]
[null,null,"10:30 GMT"]
[null,null,"Results f"]'
}

@test "posts run past midnight into the next day, or back into the day before when newest first" {
	printf '%s\n' '{"id":"old","time":"2026-12-31T22:00:00Z","text":"23:40 - Fireworks began.\n00:05 - The crowd sang.\n00:01 - A correction.\n01:30 - The square emptied."}' \
	    '{"id":"new","time":"2027-01-01T02:00:00Z","text":"01:30 - The square emptied.\n00:05 - The crowd sang.\n23:40 - Fireworks began.\n22:10 - Crowds gathered."}' \
	    '{"id":"late","time":"2027-01-01T00:10:00Z","text":"23:55 - The last post.\n23:05 - The first post."}' > in.ndjson
	run jq -r '[.id, .time] | @tsv' <(wire-split in.ndjson)
	assert_output 'old:p0	2026-12-31T23:40
old:p1	2027-01-01T00:05
old:p2	2027-01-01T00:01
old:p3	2027-01-01T01:30
new:p0	2027-01-01T01:30
new:p1	2027-01-01T00:05
new:p2	2026-12-31T23:40
new:p3	2026-12-31T22:10
late:p0	2026-12-31T23:55
late:p1	2026-12-31T23:05'
}

@test "without a date in the story a post's time is its time of day" {
	printf '06:05 - Rain fell.\n06:40 GMT - It stopped.\n' > blog.txt
	run jq -c '[.post, .time, .story_time]' <(wire-split --text blog.txt)
	assert_output '[0,"06:05",null]
[1,"06:40Z",null]'
	printf '{"id":"u","time":"soon","text":"06:05 - Rain fell.\\n06:40 - It stopped."}\n' > in.ndjson
	run jq -c '[.post, .time, .story_time]' <(wire-split in.ndjson)
	assert_output '[0,"06:05","soon"]
[1,"06:40","soon"]'
}

@test "a live blog's own post fields give way, and other stories keep theirs" {
	printf '%s\n' '{"id":"b","post":"x","time_start":1,"story_time":"y","text":"06:05 - Rain.\n07:05 - Sun."}' \
	    '{"id":"c","post":"x","text":"Rain.\n07:05 - Sun."}' > in.ndjson
	run jq -c '[.post, .time_start, .story_time]' <(wire-split in.ndjson)
	assert_output '[0,0,null]
[1,14,null]
["x",null,null]
["x",null,null]'
}

@test "--posts never keeps the timestamps in the text, as before" {
	live_blog | wire-split --posts never > recs
	run jq -c '[.id, .post, .time, .text[0:12]]' recs
	assert_output '["gale:p0",null,"2026-11-24T09:00:00Z","Live: gales "]
["gale:p1",null,"2026-11-24T09:00:00Z","08:50 - Ferr"]
["gale:p2",null,"2026-11-24T09:00:00Z","08:15 GMT\nGu"]
["gale:p3",null,"2026-11-24T09:00:00Z","The coastgua"]
["gale:p4",null,"2026-11-24T09:00:00Z","Updated at 0"]
["gale:p5",null,"2026-11-24T09:00:00Z","7.05am Good "]'
	run --separate-stderr wire-split --posts sometimes in.ndjson
	assert_failure 2
	[[ "$stderr" == *"--posts: 'sometimes' is not auto or never"* ]]
}

@test "through the pipeline no entity but a time and no quote holds a post's timestamp" {
	for p in wire-tag-entities wire-attribute-quotes; do
		[ -x "$WIRE_BIN/$p" ] || skip "$p is not built"
	done
	live_blog | wire-split | wire-tag-entities | wire-attribute-quotes > recs
	# The stamps are not in the text the later stages read.
	run jq -s '[.[] | select(.post) | .text | test("^([0-9]|Updated)")] | any' recs
	assert_output false
	run jq -c 'select(.post == 0) | [.quotes[0].text, .quotes[0].start]' recs
	assert_output '["Nothing leaves",35]'
	live_blog | wire-split --posts never | wire-tag-entities | wire-attribute-quotes > never
	run jq -c 'select(.para == 2) | [.entities[] | select(.start == 0) | .type]' never
	assert_output '["TIME"]'
}
