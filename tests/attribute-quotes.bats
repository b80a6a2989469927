#!/usr/bin/env bats
# wire-attribute-quotes: who said what.  Every story here is invented;
# each test is one phenomenon, and no rule is keyed to these names.

load helpers

# Quotes of records on stdin, after the tagger, one a line:
# para|kind|speaker|canonical|cue|source|part|text
quotes_of() {
	wire-tag-entities | wire-attribute-quotes "$@" | jq -r '(.para // 0) as $p | .quotes[] |
	    "\($p)|\(.kind)|\(.speaker)|\(.canonical)|\(.cue)|\(.source // "-")|\(.part // 1)|\(.text)"'
}

@test "a story: every kind of quote, speaker and cue" {
	run --separate-stderr quotes_of < "$FIXTURES/quotes/flood.ndjson"
	assert_success
	cat > expect <<'OUT'
0|indirect|She|Zorana Vukic|said|-|1|the army would send 30 boats to the valley
1|direct|Tomas Reyes|Tomas Reyes|said|-|1|The bridge is gone
1|direct|Tomas Reyes|Tomas Reyes|null|-|1|The only road out is under water.
2|direct|Reyes|Tomas Reyes|said|-|1|We have food for two days
2|direct|Tomas Reyes|Tomas Reyes|null|-|1|After that we will need help from the air.
3|direct|Tomas Reyes|Tomas Reyes|null|-|1|People here are calm, but they are tired and they are cold.
4|mixed|The Lutavian president|Marek Halloran|said|-|1|the response had been "swift and brave"
5|indirect|Interior Ministry|Interior Ministry|said|-|1|The dam will hold
5|indirect|Kessel Tribune|Kessel Tribune|According to|Kessel Tribune|1|the river rose two metres overnight
6|direct|Vukic|Zorana Vukic|said|-|1|We are ready
6|direct|Vukic|Zorana Vukic|said|-|2|but the water is still rising.
6|indirect|Hugh Hill|Hugh Hill|said|-|1|the wards were full
7|direct|Halloran's spokesman|Piet Dorn|said|-|1|The aid is on its way
7|indirect|Halloran|Marek Halloran|saying|Reuters|1|the country would rebuild
OUT
	diff expect <(printf '%s\n' "$output")
}

@test "offsets: text, speaker and quote spans are code points of the record's text" {
	printf '{"text":"„Wir sind bereit“, said Jürgen Öhl. “Ça ira,” Zoë Ørsted told reporters."}\n' |
	    wire-tag-entities | wire-attribute-quotes > out
	run jq -r '.text as $t | .quotes[] | [$t[.start:.end] == .text, $t[.speaker_start:.speaker_end] == .speaker] | @tsv' out
	assert_output "$(printf 'true\ttrue\ntrue\ttrue')"
	run jq -r '.quotes[] | "\(.text)/\(.canonical)"' out
	assert_output "$(printf '%s\n' 'Wir sind bereit/Jürgen Öhl' 'Ça ira/Zoë Ørsted')"
}

@test "cue before the quote, after it, inverted, and with an object" {
	cat > in <<'OUT'
{"doc":"c","text":"Marrow told reporters: \"The army is on its way.\""}
{"doc":"c","text":"Zorana Vukic said, \"We will not leave anyone behind.\""}
{"doc":"c","text":"\"Nobody is safe yet,\" said Tomas Reyes, the mayor."}
OUT
	run --separate-stderr quotes_of < in
	assert_output "$(printf '%s\n' '0|direct|Marrow|Marrow|told|-|1|The army is on its way.' \
	    '0|direct|Zorana Vukic|Zorana Vukic|said|-|1|We will not leave anyone behind.' \
	    '0|direct|Tomas Reyes|Tomas Reyes|said|-|1|Nobody is safe yet')"
}

@test "indirect speech: that, no that, cue after, accuse, according to at either end" {
	cat > in <<'OUT'
{"doc":"i","text":"Defence Minister Ilse Marrow said that the border would stay open."}
{"doc":"i","text":"Marrow insisted the talks had failed."}
{"doc":"i","text":"The convoy reached Tarsk at dawn, Marrow added."}
{"doc":"i","text":"Marrow accused Velgrad of blocking the aid."}
{"doc":"i","text":"According to the Kessel Tribune, the bridge collapsed at noon."}
{"doc":"i","text":"Three villages were cut off, according to the Red Cross."}
OUT
	run --separate-stderr quotes_of < in
	assert_output "$(printf '%s\n' \
	    '0|indirect|Ilse Marrow|Ilse Marrow|said|-|1|the border would stay open' \
	    '0|indirect|Marrow|Ilse Marrow|insisted|-|1|the talks had failed' \
	    '0|indirect|Marrow|Ilse Marrow|added|-|1|The convoy reached Tarsk at dawn' \
	    '0|indirect|Marrow|Ilse Marrow|accused|-|1|Velgrad of blocking the aid' \
	    '0|indirect|Kessel Tribune|Kessel Tribune|According to|Kessel Tribune|1|the bridge collapsed at noon' \
	    '0|indirect|the Red Cross|the Red Cross|according to|-|1|Three villages were cut off')"
}

@test "mixed quotes: a reported clause holding quoted words" {
	printf '{"text":"Vukic said the flood was \\"the worst in a century\\" and that help was coming."}\n' |
	    quotes_of > out
	run cat out
	assert_output '0|mixed|Vukic|Vukic|said|-|1|the flood was "the worst in a century" and that help was coming'
}

@test "speakers: pronouns, surnames, roles, appositions, across paragraphs" {
	cat > in <<'OUT'
{"doc":"s","text":"Finance Minister Oskar Leclerc met bankers in Velgrad on Monday."}
{"doc":"s","text":"He said the budget would be cut."}
{"doc":"s","text":"The finance minister added that taxes would not rise."}
{"doc":"s","text":"Anna Brel, a economist at the Velgrad Institute, said the cuts were too deep."}
{"doc":"s","text":"\"This will hurt the poor,\" she said."}
OUT
	run --separate-stderr quotes_of < in
	assert_output "$(printf '%s\n' \
	    '0|indirect|He|Oskar Leclerc|said|-|1|the budget would be cut' \
	    '0|indirect|The finance minister|Oskar Leclerc|added|-|1|taxes would not rise' \
	    '0|indirect|Anna Brel|Anna Brel|said|-|1|the cuts were too deep' \
	    '0|direct|she|Anna Brel|said|-|1|This will hurt the poor')"
}

@test "a quote over two paragraphs: opened, not closed, reopened" {
	cat > in <<'OUT'
{"doc":"p","para":0,"text":"\"The water came in the night,\" said farmer Piet Dorn. \"We lost everything we had."}
{"doc":"p","para":1,"text":"\"Now we start again from nothing.\""}
OUT
	run --separate-stderr quotes_of < in
	assert_line --index 2 '1|direct|Piet Dorn|Piet Dorn|null|-|1|Now we start again from nothing.'
}

@test "malformed quotation marks: unbalanced, thousands, none; never past the record" {
	{
		printf '{"doc":"m","text":"\\"This never closes, said Reyes. And it goes on."}\n'
		printf '{"doc":"m","text":"Reyes left. The road was open."}\n'
		printf '{"doc":"m","text":"%s"}\n' "$(for i in $(seq 3000); do printf '\\" '; done)"
		printf '{"doc":"m","text":"\\u201cA curly quote with no end, Reyes said."}\n'
	} > in
	run --separate-stderr sh -c 'wire-attribute-quotes < in'
	assert_success
	[ "$(printf '%s\n' "$output" | wc -l)" -eq 4 ]
	run jq -r '.text as $t | .quotes[] | select(.end > ($t | length)) | .text' <(printf '%s\n' "$output")
	assert_output ''
	run jq -c '.quotes' <(wire-attribute-quotes < in | sed -n 2p)
	assert_output '[]'
}

@test "no quote: negated cues, nouns that look like cues, objects that are no clause" {
	cat > in <<'OUT'
{"doc":"n","text":"Officials have not said why the warning came late."}
{"doc":"n","text":"The report was published on Monday."}
{"doc":"n","text":"The Kessel Tribune tweeted this list of closed roads."}
{"doc":"n","text":"Some have argued that the dam was too old."}
OUT
	run --separate-stderr quotes_of < in
	assert_output ''
}

@test "works without entities, and ignores malformed ones" {
	printf '{"text":"\\"We are ready,\\" Tomas Reyes said."}\n' | wire-attribute-quotes > out
	run jq -r '.quotes[] | "\(.speaker)/\(.canonical)/\(.text)"' out
	assert_output 'Tomas Reyes/Tomas Reyes/We are ready'
	printf '{"text":"\\"We are ready,\\" Tomas Reyes said.","entities":[{"start":-4,"end":900,"type":"PERSON"},{"start":"x"},7]}\n' |
	    wire-attribute-quotes > out
	run jq -r '.quotes[] | .canonical' out
	assert_output 'Tomas Reyes'
	printf '{"text":"\\"We are ready,\\" Tomas Reyes said.","entities":"junk"}\n' | wire-attribute-quotes > out
	run jq -r '.quotes | length' out
	assert_output 1
}

@test "--max-docs bounds the story context" {
	cat > in <<'OUT'
{"doc":"a","text":"Mayor Tomas Reyes toured Tarsk."}
{"doc":"b","text":"Minister Ilse Marrow toured Velgrad."}
{"doc":"a","text":"He said the town was safe."}
OUT
	run jq -r '.quotes[] | .canonical' <(wire-tag-entities < in | wire-attribute-quotes)
	assert_output 'Tomas Reyes'
	run jq -r '.quotes[] | .canonical' <(wire-tag-entities < in | wire-attribute-quotes --max-docs 1)
	assert_output 'null'
}

@test "role nouns for organisations and texts: the ministry, the report" {
	cat > in <<'OUT'
{"doc":"r","text":"The Lutavian Interior Ministry opened a hotline on Monday."}
{"doc":"r","text":"The hotline would run all week, the ministry said."}
{"doc":"r","text":"The Kessel Tribune said the river had peaked, citing engineers."}
{"doc":"r","text":"Two bridges would stay closed until Friday, the report said."}
OUT
	run --separate-stderr quotes_of < in
	assert_output "$(printf '%s\n' \
	    '0|indirect|the ministry|Lutavian Interior Ministry|said|-|1|The hotline would run all week' \
	    '0|indirect|Kessel Tribune|Kessel Tribune|said|-|1|the river had peaked, citing engineers' \
	    '0|indirect|the report|Kessel Tribune|said|-|1|Two bridges would stay closed until Friday')"
}

@test "a date or time is never the speaker: the subject before it, or a relative clause's head, is" {
	cat > in <<'OUT'
{"doc":"m","text":"The harbour board on Friday said the cranes would run again."}
{"doc":"m","text":"The central bank, which held its rate at 3 percent on Tuesday, has said prices will fall."}
{"doc":"m","text":"Dockers at 6 a.m. said the gates were shut."}
OUT
	wire-tag-entities < in | wire-attribute-quotes | jq -r '.quotes[] | .speaker + "|" + .text' > got
	cat > want <<'OUT'
The harbour board|the cranes would run again
The central bank|prices will fall
Dockers|the gates were shut
OUT
	diff want got
}
