#!/usr/bin/env bats
# wire-attribute-quotes: who said what.  Every story here is invented;
# each test is one phenomenon, and no rule is keyed to these names.
#
# The input is what the stages before this one write: fixtures made by
# tests/fixtures/quotes/make-fixtures (make fixtures) from the stories in
# tests/fixtures/quotes/stories/, with wire-split's "sentences" and
# wire-tag-entities' "entities", so that no change in those stages
# changes what is expected here.

load helpers

Q=$FIXTURES/quotes

# Quotes of records on stdin, one a line:
# para|kind|speaker|canonical|cue|source|part|text
quotes_of() {
	wire-attribute-quotes "$@" | jq -r '(.para // 0) as $p | .quotes[] |
	    "\($p)|\(.kind)|\(.speaker)|\(.canonical)|\(.cue)|\(.source // "-")|\(.part // 1)|\(.text)"'
}

@test "a story: every kind of quote, speaker and cue" {
	run --separate-stderr quotes_of < "$Q/flood.ndjson"
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
	wire-attribute-quotes < "$Q/offsets.ndjson" > out
	run jq -r '.text as $t | .quotes[] | [$t[.start:.end] == .text, $t[.speaker_start:.speaker_end] == .speaker, $t[.cue_start:.cue_end] == .cue] | @tsv' out
	assert_output "$(printf 'true\ttrue\ttrue\ntrue\ttrue\ttrue')"
	run jq -r '.quotes[] | "\(.text)/\(.canonical)"' out
	assert_output "$(printf '%s\n' 'Wir sind bereit/Jürgen Öhl' 'Ça ira/Zoë Ørsted')"
}

@test "cue before the quote, after it, inverted, and with an object" {
	quotes_of < "$Q/cues.ndjson" > got
	cat > want <<'OUT'
0|direct|Marrow|Marrow|told|-|1|The army is on its way.
1|direct|Zorana Vukic|Zorana Vukic|said|-|1|We will not leave anyone behind.
2|direct|Tomas Reyes|Tomas Reyes|said|-|1|Nobody is safe yet
OUT
	diff want got
}

@test "indirect speech: that, no that, cue after, accuse, according to at either end" {
	quotes_of < "$Q/indirect.ndjson" > got
	cat > want <<'OUT'
0|indirect|Ilse Marrow|Ilse Marrow|said|-|1|the border would stay open
1|indirect|Marrow|Ilse Marrow|insisted|-|1|the talks had failed
2|indirect|Marrow|Ilse Marrow|added|-|1|The convoy reached Tarsk at dawn
3|indirect|Marrow|Ilse Marrow|accused|-|1|Velgrad of blocking the aid
4|indirect|Kessel Tribune|Kessel Tribune|According to|Kessel Tribune|1|the bridge collapsed at noon
5|indirect|the Red Cross|the Red Cross|according to|-|1|Three villages were cut off
OUT
	diff want got
}

@test "mixed quotes: a reported clause holding quoted words" {
	quotes_of < "$Q/mixed.ndjson" > got
	echo '0|mixed|Vukic|Vukic|said|-|1|the flood was "the worst in a century" and that help was coming' > want
	diff want got
}

@test "speakers: pronouns, surnames, roles, appositions, across paragraphs" {
	quotes_of < "$Q/speakers.ndjson" > got
	cat > want <<'OUT'
1|indirect|He|Oskar Leclerc|said|-|1|the budget would be cut
2|indirect|The finance minister|Oskar Leclerc|added|-|1|taxes would not rise
3|indirect|Anna Brel|Anna Brel|said|-|1|the cuts were too deep
4|direct|she|Anna Brel|said|-|1|This will hurt the poor
OUT
	diff want got
}

@test "a quote over two paragraphs: opened, not closed, reopened" {
	run --separate-stderr quotes_of < "$Q/two-paragraphs.ndjson"
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
	run --separate-stderr quotes_of < "$Q/no-quote.ndjson"
	assert_success
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

@test "run alone on bare text records, it still attributes: sentences split here, names from capitals" {
	jq -c '{doc, text}' "$Q/cues.ndjson" "$Q/indirect.ndjson" > bare
	run grep -c 'sentences\|entities' bare
	assert_output 0
	run --separate-stderr sh -c 'wire-attribute-quotes < bare'
	assert_success
	[ -z "$stderr" ]
	printf '%s\n' "$output" | jq -r '.quotes[] | "\(.kind)|\(.speaker)|\(.canonical)|\(.cue)|\(.text)"' > got
	cat > want <<'OUT'
direct|Marrow|Marrow|told|The army is on its way.
direct|Zorana Vukic|Zorana Vukic|said|We will not leave anyone behind.
direct|Tomas Reyes|Tomas Reyes|said|Nobody is safe yet
indirect|Defence Minister Ilse Marrow|Defence Minister Ilse Marrow|said|the border would stay open
indirect|Marrow|Defence Minister Ilse Marrow|insisted|the talks had failed
indirect|Marrow|Defence Minister Ilse Marrow|added|The convoy reached Tarsk at dawn
indirect|Marrow|Defence Minister Ilse Marrow|accused|Velgrad of blocking the aid
indirect|the Kessel Tribune|the Kessel Tribune|According to|the bridge collapsed at noon
indirect|the Red Cross|the Red Cross|according to|Three villages were cut off
OUT
	diff want got
}

@test "the sentences an earlier stage gave are the ones read, not split again" {
	cat > in <<'OUT'
{"text":"Reyes said the road was open. The bridge was closed.","sentences":[[0,29],[30,52]]}
{"text":"Reyes said the road was open. The bridge was closed.","sentences":[[0,52]]}
OUT
	wire-attribute-quotes < in | jq -r '.quotes[] | .text' > got
	printf '%s\n' 'the road was open' 'the road was open. The bridge was closed' > want
	diff want got
}

@test "malformed sentences or entities: one warning a stream naming the field, and the record still attributed" {
	cat > in <<'OUT'
{"text":"Reyes said the road was open.","sentences":"junk","entities":[{"type":"PERSON","start":0,"end":5,"canonical":"Tomas Reyes"},{"start":3}]}
{"text":"Reyes said the road was open.","sentences":[[9,2]],"entities":7}
{"text":"Reyes said the road was open.","sentences":[[0,99]],"entities":[{"type":"PERSON","start":0,"end":999}]}
OUT
	run --separate-stderr sh -c 'wire-attribute-quotes < in'
	assert_success
	printf '%s\n' "$stderr" > err
	cat > want <<'OUT'
wire-attribute-quotes: <stdin>:1: field 'sentences' is malformed (not an array); split here instead (said once per stream)
wire-attribute-quotes: <stdin>:1: field 'entities' is malformed (an item without a type or with offsets outside the text); such items left out (said once per stream)
OUT
	diff want err
	printf '%s\n' "$output" | jq -r '.quotes[] | "\(.canonical)|\(.text)"' > got
	printf '%s\n' 'Tomas Reyes|the road was open' 'Reyes|the road was open' 'Reyes|the road was open' > want
	diff want got
}

@test "--max-docs bounds the story context" {
	# Story a's paragraphs with story b's between them.
	{ sed -n 1p "$Q/max-docs-a.ndjson"; cat "$Q/max-docs-b.ndjson"; sed -n 2p "$Q/max-docs-a.ndjson"; } > in
	run jq -r '.quotes[] | .canonical' <(wire-attribute-quotes < in)
	assert_output 'Tomas Reyes'
	run jq -r '.quotes[] | .canonical' <(wire-attribute-quotes --max-docs 1 < in)
	assert_output 'null'
}

@test "role nouns for organisations and texts: the ministry, the report" {
	quotes_of < "$Q/roles.ndjson" > got
	cat > want <<'OUT'
1|indirect|the ministry|Lutavian Interior Ministry|said|-|1|The hotline would run all week
2|indirect|Kessel Tribune|Kessel Tribune|said|-|1|the river had peaked, citing engineers
3|indirect|the report|Kessel Tribune|said|-|1|Two bridges would stay closed until Friday
OUT
	diff want got
}

@test "a date or time is never the speaker: the subject before it, or a relative clause's head, is" {
	wire-attribute-quotes < "$Q/mute.ndjson" | jq -r '.quotes[] | .speaker + "|" + .text' > got
	cat > want <<'OUT'
The harbour board|the cranes would run again
The central bank|prices will fall
Dockers|the gates were shut
OUT
	diff want got
}

@test "one record of many thousands of entities, in reverse order, is read at once" {
	# 40,000 entities in an 840 KB record, given last first: sorted once,
	# not put on words by a scan that starts again for each (which took
	# over a minute).  A bound with a wide margin, none under valgrind.
	# (awk, not jq: jq's join is quadratic in the number of strings)
	awk 'BEGIN {
		printf "{\"text\":\""
		for (i = 0; i < 20000; i++)
			printf "%sMayor Tomas Reyes said the road was open.", i ? " " : ""
		printf "\",\"entities\":["
		for (i = 19999; i >= 0; i--)
			printf "%s{\"type\":\"GPE\",\"start\":%d,\"end\":%d,\"canonical\":\"Road\"},{\"type\":\"PERSON\",\"start\":%d,\"end\":%d,\"canonical\":\"Tomas Reyes\"}",
			    i < 19999 ? "," : "", i * 42 + 35, i * 42 + 39, i * 42 + 6, i * 42 + 17
		print "]}"
	}' > in
	start=$(date +%s)
	wire-attribute-quotes < in > out
	# Its sentences hold cues, so they are parsed too: longer under the
	# sanitizers.
	bound=20
	[ "${WIRE_SANITIZED:-}" != 1 ] || bound=120
	[ "${WIRE_SLOW:-}" = 1 ] || [ $(($(date +%s) - start)) -lt "$bound" ]
	run jq '.quotes | length' out
	assert_output 20000
	run jq -r '[.quotes[].canonical] | unique | join(",")' out
	assert_output 'Tomas Reyes'
}

@test "a record without full stops is read in pieces of sentences, in linear time" {
	# 210,000 words and 30,000 cues in one "sentence": each cue's clause
	# runs to the end of its sentence, which took minutes when the
	# sentence was the record.  A wide margin, none under valgrind.
	awk 'BEGIN {
		printf "{\"text\":\""
		for (i = 0; i < 30000; i++)
			printf "%sReyes said the road was open and", i ? " " : ""
		print "\"}"
	}' > in
	start=$(date +%s)
	wire-attribute-quotes < in > out
	# The sentence holds cues, so it is parsed too: longer under the
	# sanitizers.
	bound=20
	[ "${WIRE_SANITIZED:-}" != 1 ] || bound=120
	[ "${WIRE_SLOW:-}" = 1 ] || [ $(($(date +%s) - start)) -lt "$bound" ]
	run jq -r '[.quotes[] | .canonical] | unique | join(",")' out
	assert_output 'Reyes'
}

@test "reported speech on the parse: a subject far from its cue, coordinated and participle cues, a relative clause, an apposition, promises, thought, the subject's head rather than a place inside it; not when negated" {
	wire-attribute-quotes < "$Q/parsed.ndjson" |
	    jq -r '.para as $p | .quotes[] | "\($p)|\(.kind)|\(.type)|\(.canonical)|\(.cue)|\(.text)"' > got
	cat > want <<'OUT'
0|indirect|speech|Ana Ruiz|insisted|the vote had been rigged by her opponents
1|indirect|speech|Local officials|confirmed|the evacuation order would stay in place until Monday
2|indirect|speech|the harbour master|insisted|the old bridge was safe for lorries
4|indirect|speech|Ilse Varga|vowed|to reopen the northern harbour before the summer
5|indirect|speech|Residents|saying|the river had risen too fast for the crews
6|indirect|thought|Dr Omar Lind|believes|the outbreak has already peaked in the coastal towns
7|indirect|speech|Police in the border town of Velmar|said|the five suspects were arrested on Sunday
OUT
	diff want got
}

@test "a name inside the subject does not speak for it: the first of coordinated names, a text's owner, the phrase a place or body only places" {
	wire-attribute-quotes < "$Q/subjects.ndjson" |
	    jq -r '.para as $p | .quotes[] | select($p < 4) | "\($p)|\(.kind)|\(.canonical)|\(.cue)"' > got
	cat > want <<'OUT'
0|indirect|Marrowind Federation|said
1|direct|Harbour Weekly|concluded
2|indirect|Aid workers and local officials in the eastern hills|said
3|indirect|A spokesman for the Kessel port authority|said
OUT
	diff want got
}

@test "a speaker's phrase holds no word of the clause around it: although, now, a date before the name, a participle after the noun, something" {
	wire-attribute-quotes < "$Q/subjects.ndjson" |
	    jq -r '.para as $p | .quotes[] | select($p >= 4) | "\($p)|\(.speaker)|\(.text)"' > got
	cat > want <<'OUT'
4|police|two shop windows were broken
5|They|the second ferry will not sail before March
6|Greenwatch|the river's salmon had halved in ten years
7|A league statement|the final will be replayed behind closed doors
8|club officials|they will not do
OUT
	diff want got
}

@test "a text speaks for the body named in it, or as written; 'It' for the body quoted last; a name before a bare date speaks" {
	wire-attribute-quotes < "$Q/texts.ndjson" |
	    jq -r '.para as $p | .quotes[] | "\($p)|\(.speaker)|\(.canonical)"' > got
	cat > want <<'OUT'
0|A recent Coastal Research Institute report|Coastal Research Institute
2|A port statement|A port statement
3|It|A port statement
4|Tidewatch magazine|Tidewatch magazine
5|Ilse Brandt|Ilse Brandt
6|A harbour survey|A harbour survey
7|The survey|A harbour survey
OUT
	diff want got
}

@test "he and she go to a person of their sex: from a title, a pronoun used before, the first name; the nearest such first" {
	wire-attribute-quotes < "$Q/pronouns.ndjson" |
	    jq -r '.para as $p | .quotes[] | select(.speaker == "He" or .speaker == "She") |
	    "\($p)|\(.speaker)|\(.canonical)"' > got
	# Ilse (a woman's name) rather than Reyes, quoted last; Ms Hale
	# rather than Dr Okafor; Kit Laine is "he" from then on, so "she" is
	# the story's latest woman.
	cat > want <<'OUT'
0|She|Ilse Varga
1|She|Robin Hale
2|He|Kit Laine
3|She|Robin Hale
OUT
	diff want got
}

@test "a role set beside a name by commas is that person's: 'the foreign minister' said later is her; a role before a comma alone is not" {
	wire-attribute-quotes < "$Q/apposed.ndjson" |
	    jq -r '.para as $p | .quotes[] | "\($p)|\(.speaker)|\(.canonical)"' > got
	cat > want <<'OUT'
1|The foreign minister|Petra Lind
2|The minister|Petra Lind
3|Ivo Marten|Ivo Marten
3|The harbour master|The harbour master
OUT
	diff want got
}

@test "a quotation of whole sentences right after a sentence, or a colon, reporting its speaker is theirs; after narration it is no one's; a reported clause ends at that colon and at a second cue" {
	run quotes_of < "$Q/after-speech.ndjson"
	assert_output - <<'OUT'
0|indirect|Mira Holm|Mira Holm|said|-|1|the painter was a careful businessman
0|direct|Mira Holm|Mira Holm|said|-|1|He would print the same face in five colours and let buyers choose the one they liked best.
2|mixed|Dara Quill|Dara Quill|told|Radio Kessel|1|the plan "must be costed first"
2|direct|Dara Quill|Dara Quill|told|-|1|Nobody will sign a blank cheque for a bridge that has no road at either end.
3|indirect|The owners|The owners|claimed|-|1|the ferry was sound
3|indirect|The owners|The owners|claimed|-|1|the crew had ignored the forecast
OUT
}

@test "on the parse, people named by a plural role speak with any verb of communication, things do not; who is asked is the object the infinitive follows, and neither they nor the subject of what was said is an outlet; ', but said' shares the subject; a date after the cue is not said; a vow not to; who is quoted as saying; what is described as what, by a text named after its role noun; a call on someone to act; a clause ends before a second cue, ', saying' or 'and has insisted', which shares the subject" {
	run quotes_of < "$Q/plural.ndjson"
	assert_output - <<'OUT'
0|indirect|Harbour officials|Harbour officials|vowed|-|1|the ferry would sail again by the spring
1|indirect|The union leaders|The union leaders|promised|-|1|to call off the strike before the holiday
3|indirect|The opposition party|The opposition party|asked|-|1|to annul the vote
4|indirect|A union spokesman|A union spokesman|says|-|1|the Kessel Port Authority has been hiring strike-breakers
5|indirect|Election monitors|Election monitors|said|-|1|they did not affect the result
6|indirect|Orlen Foundation|Orlen Foundation|announced|-|1|it is granting the money to three hospitals in the north
7|indirect|The fisheries minister|The fisheries minister|vowed|-|1|not to close the quay before the summer
8|indirect|a port official|a port official|saying|-|1|the cranes are unsafe
9|indirect|Ivo Marten|Ivo Marten|describes|-|1|the report as pure fiction
10|indirect|Harbour Weekly|Harbour Weekly|describes|-|1|the court's judgement as historic
11|mixed|The bishop|The bishop|called|-|1|the ruling "dangerous" and "ideological"
12|indirect|Amnesty|Amnesty|called|-|1|to release the students
13|indirect|The ministry|The ministry|suggests|-|1|more pardons could be coming
13|indirect|The ministry|The ministry|saying|-|1|the boards are still examining files
14|indirect|The council|The council|says|-|1|the bridge is safe
14|indirect|The council|The council|insisted|-|1|it stays open
OUT
}

@test "a reported clause ends before the reporter's setting of it (, because / amid / after / in the wake of) and what it caused (, prompting), not before what it elaborates (, with); 'which X says' reports nothing; 'X, who told ...' is X's, to the comma that closes it" {
	wire-attribute-quotes < "$Q/adjuncts.ndjson" |
	    jq -r '.para as $p | .quotes[] | "\($p)|\(.speaker)|\(.text)"' > got
	cat > want <<'OUT'
0|The port director|the cranes would stay idle
1|The minister|the border was calm
2|Officials|the bridge would reopen on Friday
3|The council|the new rules would cut traffic, with fines of up to 200 euros
4|The club's owner|the coach would stay
6|The mayor|the bridge was "perfectly safe" and would stay open
7|Nora Quill|patients would be the winners
8|Ivo Marten|he would help with housing
9|The central bank|inflation was falling
OUT
	diff want got
}

@test "a paragraph ending in a colon introduces the quotation that opens the next; a quotation signed with a dash and a name is theirs; any verb of speech (the wider lexicon) opens a quotation of a sentence's length, not a quoted phrase" {
	run quotes_of < "$Q/signed.ndjson"
	assert_output - <<'OUT'
1|direct|Alma Ruiz|Alma Ruiz|null|-|1|The bridge will open in the spring. Nobody will pay a toll to cross it.
2|direct|Ilse Varga|Ilse Varga|null|-|1|So far, the river has won every round. But it is a long game.
3|direct|The mayor|Alma Ruiz|proclaimed|-|1|The bridge will open in the spring, and nobody will pay a toll.
OUT
}

@test "'according to X' inside a sentence: the clauses either side, in two parts, never the attribution; a title after X is no clause; a subject cut from its verb is one clause; with no comma the source is the first name after it" {
	run quotes_of < "$Q/according.ndjson"
	assert_output - <<'OUT'
0|indirect|Kristen Walsh|Kristen Walsh|according to|-|1|The prints were all donated by a private foundation
1|indirect|the weather service|the weather service|according to|-|1|The river will crest on Friday
1|indirect|the weather service|the weather service|according to|-|2|the dam should hold
2|indirect|the ministry|the ministry|according to|-|1|The aim of the new gauges, according to the ministry, is to warn villages an hour earlier
3|indirect|Ivo Marten|Ivo Marten|According to|-|1|the boat was returned to the club by Tomas Reyes shortly after he left
OUT
}

@test "a quotation continued over paragraphs is the speaker's named where it closes, not the outlet named before it" {
	run quotes_of < "$Q/continued.ndjson"
	assert_output - <<'OUT'
0|indirect|Tarsk Herald|Tarsk Herald|According to|Tarsk Herald|1|the talks collapsed late on Tuesday
1|direct|Ana Ruiz|Ana Ruiz|null|-|1|We came here in good faith and we leave with nothing to show for it.
2|direct|Ana Ruiz|Ana Ruiz|null|-|1|Every offer we made was turned down within the hour.
3|direct|Ana Ruiz|Ana Ruiz|said|-|1|The other side never wanted a deal
OUT
	# Records out in the order they came, every field of each kept.
	wire-attribute-quotes < "$Q/continued.ndjson" | jq -c 'del(.quotes)' > got
	diff "$Q/continued.ndjson" got
}

@test "a record held for its quotation's speaker goes out when the next read would block, its speaker as guessed" {
	mkfifo fifo
	wire-attribute-quotes < fifo > out &
	pid=$!
	exec 7> fifo
	sed -n 1,2p "$Q/continued.ndjson" >&7
	wait_for_lines out 2		# nothing more came: out as it stands
	sed -n 2p out | jq -r '.quotes[0].canonical' > got
	echo "Tarsk Herald" > want
	diff want got
	exec 7>&-
	wait "$pid"
}

@test "the parse an earlier stage wrote in tokens is the one read; without it the stage parses for itself, unless --no-parse" {
	# A parse given by hand (as another parser might give it): the cue
	# is the parataxis of the clause it reports.  This stage's own parse
	# of the sentence finds no such relation.
	tokens='0 3 DET DT the 2 det 4 9 NOUN NN storm 3 nsubj 10 13 VERB VBD cut 0 root 14 19 NOUN NN power 3 obj 20 22 ADP IN to 6 case 23 28 NOUN NNS home 3 obl 28 29 PUNCT , , 11 punct 30 33 DET DT the 9 det 34 42 NOUN NN operator 11 nsubj 43 49 PROPN NNP Norlec 9 appos 50 59 VERB VBD confirm 3 parataxis 60 62 ADP IN on 13 case 63 69 PROPN NNP Sunday 11 obl 69 70 PUNCT . . 3 punct'
	text='The storm cut power to homes, the operator Norlec confirmed on Sunday.'
	jq -nc --arg t "$text" --arg k "$tokens" '{text: $t, tokens: [$k]}' > given
	jq -nc --arg t "$text" '{text: $t}' > bare
	run quotes_of given
	assert_output '0|indirect|Norlec|Norlec|confirmed|-|1|The storm cut power to homes'
	run quotes_of bare
	assert_output ''
	# --no-parse: the tokens that came are read, none is made here.
	run quotes_of -P given
	assert_output '0|indirect|Norlec|Norlec|confirmed|-|1|The storm cut power to homes'
	# (of the parse's finds in these stories, none is left but the
	# word rules' own quote)
	run quotes_of --no-parse < "$Q/parsed.ndjson"
	assert_output '7|indirect|Police in the border town of Velmar|Police in the border town of Velmar|said|-|1|the five suspects were arrested on Sunday'
	# Malformed tokens: said once, and the stage parses for itself.
	jq -c '.tokens = ["0 3 DET"]' given > bad
	run --separate-stderr wire-attribute-quotes bad
	assert_success
	[ "$stderr" = "wire-attribute-quotes: bad:1: field 'tokens' is malformed (a word is not seven fields with offsets in order inside the text); parsed here instead (said once per stream)" ]
}

@test "a dateline's place never speaks: the subject after it does; no quote holds the dateline, and a clause after it is reported" {
	run quotes_of < "$Q/dateline.ndjson"
	assert_output - <<'OUT'
0|indirect|Lutavia's central bank|Lutavia's central bank|saying|-|1|inflation was falling faster than expected
1|indirect|their union|their union|said|-|1|Dockers at Portvale have voted to end their strike
OUT
}

@test "the outlet is who heard or printed the words, with its span; never a venue or a party to talks" {
	wire-attribute-quotes < "$Q/outlets.ndjson" |
	    jq -r '.text as $t | .para as $p | .quotes[] |
	    "\($p)|\(.source // "-")|\(if .source_start then $t[.source_start:.source_end] else "-" end)"' > got
	cat > want <<'OUT'
0|-|-
1|-|-
2|Reuters|Reuters
3|Radio Kessel|Radio Kessel
4|Kessel Herald|Kessel Herald
OUT
	diff want got
}

@test "what a verb of speech reports: not what one goes on, declines or is required to do; no passive's subject speaks; ', with X reporting' is X's; a second weak cue after 'and'; 'according to X' closing a sentence without a comma; a statement's quotation; a parenthesis before 'that'" {
	run quotes_of < "$Q/reporting.ndjson"
	assert_output - <<'OUT'
5|indirect|Officials|Officials|tell|Radio Kessel|1|every claim will be assessed on its merits
5|indirect|Tarsk Courier|Tarsk Courier|reporting|-|1|no one will be refused entry
6|indirect|The guild|The guild|claimed|-|1|Varga was a volunteer
6|indirect|The guild|The guild|claim|-|1|she has a vested interest in the case
7|indirect|the event website|the event website|according to|-|1|About six million visitors are expected at the festival this year
9|direct|Ilse Brandt|Ilse Brandt|statement|-|1|Like many people in Tarsk, I am disappointed with the agency and its choice of the site.
10|indirect|The guild's website|The guild's website|explains|-|1|the dispute began over a parking space
OUT
}

@test "'according to X, quoting Y, ...' is Y's words, printed by X; 'A, said X, B' reports A and B in two parts; of clauses joined by 'and', a closing 'according to X' reports the last; 'according to the rules' reports nothing" {
	run quotes_of < "$Q/nested.ndjson"
	assert_output - <<'OUT'
0|indirect|Lutavian Press Service|Lutavian Press Service|According to|-|1|the army has been placed on high alert
1|indirect|the ministry of defence|the ministry of defence|According to|Harbour Herald|1|four soldiers were hurt in the attack
2|indirect|Ana Ruiz|Ana Ruiz|said|-|1|are required to show the prints every ten years
3|indirect|the mayor|the mayor|said|-|1|The new bridge across the river
3|indirect|the mayor|the mayor|said|-|2|will open in the spring
4|indirect|the fair's website|the fair's website|according to|-|1|this year the town expects about three million visitors
OUT
}

@test "who speaks: no passive's subject on the parse ('the parents were advised to'); 'in the words of X, \"...\"'; a closing participle's quotation after a phrase of where ('writing in a blog post \"...') is the sentence's subject's; an unnamed source placed by 'close to', 'familiar with' or 'with knowledge of' is the whole phrase, and so is 'a spokesperson for the European Commission'; a title quoted after 'says on' is no second quotation; 'X was quoted by Y as saying' is X's, Y the outlet; 'A readout released by X said' is the readout; 'the state news agency' keeps 'state'; 'the 21-year-old added' is the person spoken of, as 'he' would be; a noun of speech and its 'that' clause: 'Marten's warning that ...' is Marten's, 'Ruiz made the announcement that ...' Ruiz's; a passive's agent speaks ('It was confirmed by police that')" {
	run quotes_of < "$Q/sources.ndjson"
	assert_output - <<'OUT'
1|direct|Ivo Marten|Ivo Marten|in the words of|-|1|We were lucky that the dam held at all that night.
2|direct|the mayor|the mayor|In the words of|-|1|Nobody will pay a toll to cross this bridge.
3|indirect|Ana Ruiz|Ana Ruiz|admitted|-|1|to being part of the protest
3|direct|Ana Ruiz|Ana Ruiz|writing|-|1|I have sent ten letters to the club and I will send more.
4|indirect|A source close to the talks|A source close to the talks|said|-|1|the deal was near
5|indirect|Diplomats close to the negotiations|Diplomats close to the negotiations|said|-|1|a second round would follow in May
6|indirect|Two officials with knowledge of the plan|Two officials with knowledge of the plan|said|-|1|it would be delayed
7|indirect|a spokesperson for the European Commission|a spokesperson for the European Commission|said|-|1|The Union has offered to send rescue teams
8|direct|the firm|the firm|says|-|1|Ten years ago, a browser was born. Now it is time to say goodbye
9|indirect|Vell|Vell|saying|Harbour Herald|1|the talks had stalled over the border
10|indirect|A readout of the call released by the Lutavian presidency|A readout of the call released by the Lutavian presidency|said|-|1|the two leaders discussed the ceasefire
11|indirect|the state news agency|the state news agency|reported|-|1|The foreign ministry summoned the envoy
12|indirect|Luka Berg|Luka Berg|said|-|1|it was the best moment of his career
12|direct|the 21-year-old|Luka Berg|added|-|1|I just hit it and hoped for the best
13|indirect|Marten|Ivo Marten|warning|-|1|the bridge would fail
14|indirect|Ruiz|Ana Ruiz|announcement|-|1|she would resign at a press conference on Monday
15|indirect|police|police|confirmed|-|1|two men had been arrested at the port
OUT
}

@test "what was demanded ('demanded that the vote be held'); 'according to X' with no comma after it ends where the clause opens ('the ministry over 300 people died', 'officials at the scene at least 12'); when X published is no part of what was said; the one told ends where the clause's subject opens ('told state television the fishermen had'); 'and demanded', 'but argued' (any verb of speech, in the past) end a clause; 'CLAUSE, the operator, X, said' leaves the role out of the clause; 'CLAUSE, X told the Herald.' is X's, the Herald its outlet; 'posted' after a quotation; 'called X \"Y\"', not 'called the police an hour later' or 'called the meeting on Monday'; 'X said A, adding that B': B is X's, and 'adding that' names no speaker; 'A, he said, B' reports A (not 'And if ...') and B in two parts; 'agreed to buy' is no attribution; 'he' is never the only woman named; 'they' is a plural role named before it in its sentence, not the person quoted last; 'checks will continue, officials will' and 'research notes and findings that' report nothing; 'which, according to X, B' reports B alone; 'explained how the camera revealed ...', though a cue heads what was explained; a phrasal verb of speech before a quotation ('call for \"...\"'); 'labeled X \"Y.\"' with the mark hung on the verb; 'blamed X on Y' and 'blamed X for Y' with Y parsed inside X, whatever lemma the parse gives 'blamed'; 'X suspected that A, and wrote that B' is X's, though the parser hangs 'wrote' on A; 'told the Harbour Herald the offer was' and 'As X told the Herald, CLAUSE' leave the outlet out; 'declined to comment, saying only that' is the subject's; ', and its leader, X, accuses' ends a clause; 'The dockers' union' is an organisation" {
	run quotes_of < "$Q/demands.ndjson"
	assert_output - <<'OUT'
0|indirect|Social Democrats|Social Democrats|demanded|-|1|the vote be held before the end of the month
1|indirect|Vecer|Vecer|According to|-|1|support for the party has fallen to 19 percent
2|indirect|the ministry|the ministry|According to|-|1|over 300 people died, most of them in the north
3|indirect|officials at the scene|officials at the scene|According to|-|1|at least 12 people were hurt
4|indirect|the ministry of health|the ministry of health|According to|-|1|four nurses were among the dead
5|indirect|The interior minister|The interior minister|told|-|1|the fishermen had entered the bay illegally
6|mixed|The ministry|The ministry|said|-|1|the detention was "a clear violation of the law"
7|indirect|Irena Vasko|Irena Vasko|conceded|-|1|the arrests had come at a bad moment
7|indirect|Irena Vasko|Irena Vasko|argued|-|1|the navy had a duty to patrol the bay
8|indirect|Bluewater Lines|Bluewater Lines|said|-|1|Ferries to the islands have been cancelled until Thursday morning
9|indirect|Ana Ruiz|Ana Ruiz|said|-|1|The dam held and the water fell
10|indirect|its duty officer|its duty officer|told|Harbour Herald|1|The coastguard has rescued 14 people from cars near Kessel
11|direct|the police|the police|posted|-|1|Please stay indoors unless you are told to leave
13|mixed|The regional governor|The regional governor|called|-|1|the flooding "a disaster on a scale we have not seen this century"
15|mixed|Kessel Supporters' Trust|Kessel Supporters' Trust|said|-|1|the decision was "overdue"
15|indirect|Kessel Supporters' Trust|Kessel Supporters' Trust|adding|-|1|the board also had questions to answer
16|indirect|he|null|said|-|1|every migrant picked up at sea should at least have a lawyer
17|indirect|the mayor|the mayor|said|-|1|The new bridge
17|indirect|the mayor|the mayor|said|-|2|will open in the spring after a long delay
18|indirect|he|null|said|-|1|The talks have failed
18|indirect|he|null|said|-|2|the war will go on
20|indirect|Ana Ruiz|Ana Ruiz|said|-|1|the inquiry would go on
20|indirect|they|party officials|claimed|-|1|the files had been stolen
23|indirect|Harbour Herald|Harbour Herald|according to|Harbour Herald|1|the United Nations has criticised
24|indirect|Kristen Walsh|Kristen Walsh|explained|-|1|how the adoption of the camera revealed his process
25|direct|The unions|The unions|call for|-|1|an end to the cuts and a fair deal for the workers in the ports.
26|mixed|The envoy|The envoy|labeled|-|1|the minister's actions "propaganda."
27|indirect|Police officials|Police officials|blamed|-|1|the bomb attack on the rebels in the hills
28|indirect|The mayor|The mayor|blamed|-|1|the council for the delay in the repairs
29|indirect|Fans|Fans|wrote|-|1|as of Friday it was not loading at all
30|mixed|Maria Kovac|Maria Kovac|told|Harbour Herald|1|the offer was "an insult to every teacher"
31|mixed|A spokesman|A spokesman|saying|-|1|the government "remains committed to a fair deal"
32|indirect|Kovac|Maria Kovac|told|Harbour Herald|1|the union has no choice left
33|indirect|The dockers' union|The dockers' union|says|-|1|the machines will cost 200 jobs
33|mixed|Tomas Brek|Tomas Brek|accuses|-|1|the port of "buying robots with our wages"
OUT
	run jq -r 'select(.para == 33) | .quotes[0].speaker_type' < <(wire-attribute-quotes < "$Q/demands.ndjson")
	assert_output organisation
}

@test "an upstream parse changes no quote: the stage alone and after wire-parse give the same speakers ('The Chief Executive of the Harbour Council Ivo Brandt said' is Ivo Brandt both ways)" {
	wire-attribute-quotes < "$Q/titled.ndjson" | jq -c '.quotes' > alone
	wire-attribute-quotes < "$Q/titled-parsed.ndjson" | jq -c '.quotes' > parsed
	diff alone parsed
	run jq -r '.[] | .speaker' alone
	assert_output - <<'OUT'
she
Ivo Brandt
OUT
}

@test "speaker_type says what kind of speaker: a person (named, or resolved to one), an organisation, a group of people, an unnamed person, a text; the body or people of a place speak ('The NATO-led force in Lutavia', 'Police in the border town of X'), an organisation named before 'in' ('The Islamic Front in Tarsk'), but never across the place's sentence ('Marten in Tarsk, Lutavia's Foreign Ministry reports'); 'Norway President Ivo Brandt has threatened to' is Ivo Brandt, though the parser heads the name with the country" {
	wire-attribute-quotes < "$Q/types.ndjson" |
	    jq -r '.para as $p | .quotes[] | "\($p)|\(.speaker)|\(.canonical)|\(.speaker_type)"' > got
	cat > want <<'OUT'
0|Ilse Varga|Ilse Varga|person
0|She|Ilse Varga|person
1|Harbour Authority|Harbour Authority|organisation
2|Analysts|Analysts|group
2|Residents of the old town|Residents of the old town|group
3|A source close to the talks|A source close to the talks|unnamed
3|A police spokesman|A police spokesman|unnamed
4|Kessel Institute|Kessel Institute|organisation
5|they|Officials|group
6|a post on the force's social media account|a post on the force's social media account|text
7|Islamic Front|Islamic Front|organisation
7|The NATO-led force in Lutavia|The NATO-led force in Lutavia|organisation
8|Ana Ruiz|Ana Ruiz|person
8|Officials of the Interior Ministry|Officials of the Interior Ministry|group
9|Foreign Ministry|Foreign Ministry|organisation
10|Ivo Brandt|Ivo Brandt|person
OUT
	diff want got
	run jq -r '.quotes[] | .speaker_type' < <(wire-attribute-quotes < "$Q/texts.ndjson")
	assert_output --partial text
}

@test "a speaker set before a colon or a dash that opens a quotation, with no verb, as live blogs write it ('Ana Ruiz, mayor of Tarsk: \"...\"', 'The mayor - \"...\"'); a surname the story named in full ('Marten: \"...\"'); not 'The rules are clear: \"...\"', 'Warning: \"...\"' or 'Update: \"...\"'" {
	run quotes_of < "$Q/introduced.ndjson"
	assert_output - <<'OUT'
0|direct|The mayor|The mayor|null|-|1|We will rebuild the bridge before the winter comes.
1|direct|Ana Ruiz|Ana Ruiz|null|-|1|We will rebuild the bridge before the winter comes.
2|direct|The minister|The minister|null|-|1|We will not negotiate while the ports are closed.
6|direct|Marten|Ivo Marten|null|-|1|The dam will hold, but only if the rain stops by Friday.
OUT
}

@test "a name no stage tagged that ends in an institution's word is no person: 'he' after 'The Harbour Authority said' stays unresolved, and the Authority is an organisation" {
	printf '%s\n' '{"text":"The Harbour Authority said the port would reopen on Friday. He said the cranes were safe."}' |
	    wire-attribute-quotes | jq -r '.quotes[] | "\(.speaker)|\(.canonical)|\(.speaker_type)"' > got
	printf '%s\n' 'Harbour Authority|Harbour Authority|organisation' 'He|null|null' > want
	diff want got
}

@test "'according to the Tarsk Morning Herald' is the whole name when the tagger took only 'Herald'" {
	printf '%s\n' '{"text": "By this time, \"her skin was weeping\", according to the Tarsk Morning Herald.", "entities": [{"text": "Tarsk", "type": "GPE", "start": 55, "end": 60, "canonical": "Tarsk"}, {"text": "Herald", "type": "PERSON", "start": 69, "end": 75, "canonical": "Herald"}]}' |
	    wire-attribute-quotes > out
	run jq -r '.quotes[] | "\(.speaker)|\(.text)"' out
	assert_output 'Tarsk Morning Herald|By this time, "her skin was weeping"'
}
