#!/usr/bin/env bats
# wire-tag-entities: entities with types, offsets and canonical names.
# Every name here is invented, so the tagger has never seen them.

load helpers

# The entities of the records on stdin as "text<TAB>type<TAB>canonical".
entities_tsv() {
	wire-tag-entities "$@" | jq -r '.entities[] | [.text, .type, .canonical // "-"] | @tsv'
}

# Each record's entities on a line of its own, as [text, type] pairs; a
# jq filter (default: every entity) may choose among them first.
entity_pairs() {
	wire-tag-entities | jq -c "[.entities[] | ${1:-.} | [.text, .type]]"
}

@test "names never seen before: a person and a country" {
	run --separate-stderr entities_tsv < "$FIXTURES/entities/lutavia.ndjson"
	assert_success
	assert_line --index 0 $'Zorana Vukic\tPERSON\tZorana Vukic'
	assert_line --index 1 $'Lutavia\tGPE\tLutavia'
	assert_line --index 2 $'Tuesday\tDATE\t-'
	assert_line $'Marek Halloran\tPERSON\tMarek Halloran'
}

@test "a story: titles apart, surnames and acronyms resolved, aliases, patterns" {
	run --separate-stderr entities_tsv < "$FIXTURES/entities/kestria.ndjson"
	assert_success
	cat > expect <<'OUT'
Kestria	GPE	Kestria
Ilse Marrow	PERSON	Ilse Marrow
Monday	DATE	-
Northern Grain Board	ORG	Northern Grain Board
NGB	ORG	Northern Grain Board
12%	PERCENT	-
March 3	DATE	-
$4.5 million	MONEY	-
Marrow	PERSON	Ilse Marrow
Velgrad	GPE	Velgrad
NGB	ORG	Northern Grain Board
40,000 tonnes	QUANTITY	-
UK	GPE	United Kingdom
U.S.	GPE	United States
9:30 a.m.	TIME	-
OUT
	diff expect <(printf '%s\n' "$output")
	run jq -r '.entities[] | select(.title) | .title' \
	    <(wire-tag-entities < "$FIXTURES/entities/kestria.ndjson")
	assert_output "Defence Minister"
}

@test "a title with its nationality, a possessive outside the span" {
	printf '{"text":"Vantish President Oskar Leclerc met Dravia'\''s Foreign Ministry."}\n' |
	    wire-tag-entities > out
	run jq -c '[.entities[] | [.text, .type, .title]]' out
	assert_output '[["Vantish","NORP",null],["Oskar Leclerc","PERSON","Vantish President"],["Dravia","GPE",null],["Foreign Ministry","ORG",null]]'
}

@test "offsets are code points of the record's text" {
	printf '{"text":"Zoë Ørsted, the envoy, met Jean-Paul Okafor in Moscow. Okafor’s MiG-29 flew."}\n' |
	    wire-tag-entities > out
	run jq -r '.text as $t | .entities[] | select($t[.start:.end] != .text) | .text' out
	assert_output ''
	run jq -r '.entities[] | "\(.text)/\(.type)/\(.canonical // "-")"' out
	assert_output "$(printf '%s\n' 'Zoë Ørsted/PERSON/Zoë Ørsted' 'Jean-Paul Okafor/PERSON/Jean-Paul Okafor' \
	    'Moscow/GPE/Moscow' 'Okafor/PERSON/Jean-Paul Okafor' 'MiG-29/PRODUCT/-')"
}

@test "story context: surnames resolve within a story only, and --max-docs bounds it" {
	cat > in <<'OUT'
{"doc":"a","text":"Interior Minister Ilse Marrow spoke in Velgrad."}
{"doc":"b","text":"Finance Minister Tomas Marrow spoke in Kestria."}
{"doc":"a","text":"Marrow said the talks failed."}
{"doc":"c","text":"Marrow said nothing."}
OUT
	run --separate-stderr jq -r '[.entities[] | select(.type == "PERSON") | .canonical] | join(",")' \
	    <(wire-tag-entities < in)
	assert_output "$(printf '%s\n' 'Ilse Marrow' 'Tomas Marrow' 'Ilse Marrow' 'Marrow')"
	# With room for one story, "a" is forgotten when "b" arrives.
	run --separate-stderr jq -r '[.entities[] | select(.type == "PERSON") | .canonical] | join(",")' \
	    <(wire-tag-entities --max-docs 1 < in)
	assert_line --index 2 'Marrow'
}

@test "a story's last record ends its context" {
	cat > in <<'OUT'
{"doc":"a","text":"Interior Minister Ilse Marrow spoke in Velgrad.","last":true}
{"doc":"a","text":"Marrow said the talks failed."}
OUT
	run jq -r '.entities[0].canonical' <(wire-tag-entities < in)
	assert_line --index 1 'Marrow'
}

@test "--types keeps only some types; a bad type is a usage error" {
	run --separate-stderr entities_tsv --types person,GPE < "$FIXTURES/entities/kestria.ndjson"
	assert_success
	refute_output --partial $'\tORG\t'
	refute_output --partial $'\tDATE\t'
	assert_line $'Marrow\tPERSON\tIlse Marrow'
	assert_line $'Kestria\tGPE\tKestria'
	run --separate-stderr wire-tag-entities --types PERSON,PLANET < /dev/null
	assert_failure 2
	[[ "$stderr" == *"'PLANET' is not a type"* ]]
}

@test "other fields pass through in order; an earlier entities field is replaced" {
	printf '{"z":1,"text":"Zorana Vukic left Lutavia.","entities":"junk","a":[1,2]}\n' | wire-tag-entities > out
	run jq -c 'keys_unsorted' out
	assert_output '["z","text","entities","a"]'
	run jq -c '.entities[0] | [.text, .type]' out
	assert_output '["Zorana Vukic","PERSON"]'
}

@test "--model and --gazetteer read other files, and refuse bad ones" {
	printf 'not a model\n' > bad.model
	run --separate-stderr wire-tag-entities --model bad.model < /dev/null
	assert_failure 2
	[[ "$stderr" == "wire-tag-entities: bad.model: model line 1"* ]]
	run --separate-stderr wire-tag-entities --model missing.model < /dev/null
	assert_failure 2
	printf 'planet\tMars\n' > bad.tsv
	run --separate-stderr wire-tag-entities --gazetteer bad.tsv < /dev/null
	assert_failure 2
	[[ "$stderr" == *"gazetteer line 1"* ]]
	# A gazetteer that makes Velgrad a region makes it a LOC.
	printf 'region\tVelgrad\n' > gaz.tsv
	printf '{"text":"Troops moved into Velgrad on Monday."}\n' > in
	run jq -r '.entities[0].type' <(wire-tag-entities --gazetteer gaz.tsv < in)
	assert_output LOC
}

@test "text with no names, empty text and a text of one long word give no entities" {
	{
		printf '{"text":"it rained all day and nobody came."}\n'
		printf '{"text":""}\n'
		printf '{"text":"%s"}\n' "$(head -c 200000 /dev/zero | tr '\0' 'a')"
	} | wire-tag-entities > out
	run jq -c .entities out
	assert_output "$(printf '[]\n[]\n[]')"
}

@test "particle and hyphenated names, and their surnames later in the story" {
	printf '{"doc":"p","text":"Envoy Charles de Gaulle met Pieter van der Berg and Syrian President Bashar al-Assad in Tarsk. Later de Gaulle and van der Berg spoke. Van der Berg left. Assad stayed."}\n' |
	    wire-tag-entities -T PERSON > out
	run jq -r '.entities[] | "\(.text)/\(.canonical)"' out
	assert_output "$(printf '%s\n' 'Charles de Gaulle/Charles de Gaulle' \
	    'Pieter van der Berg/Pieter van der Berg' 'Bashar al-Assad/Bashar al-Assad' \
	    'de Gaulle/Charles de Gaulle' 'van der Berg/Pieter van der Berg' \
	    'Van der Berg/Pieter van der Berg' 'Assad/Bashar al-Assad')"
}

@test "a dateline's place in capitals, no leading article, places by their land word, one sense a story" {
	cat > in <<'OUT'
{"doc":"d","text":"VELGRAD, Mar 4 (Wirecast) - The Northern Fisheries Board met on Monday."}
{"doc":"d","text":"Talks on the Orla Islands stalled, and the Amber League walked out."}
{"doc":"d","text":"Amber League leader Petra Soll said the islands were not for sale."}
{"doc":"e","text":"NEW KESTRIA, Dec 1 - Ferries ran late again."}
OUT
	run --separate-stderr entities_tsv < in
	assert_success
	cat > expect <<'OUT'
VELGRAD	GPE	VELGRAD
Mar 4	DATE	-
Wirecast	ORG	Wirecast
Northern Fisheries Board	ORG	Northern Fisheries Board
Monday	DATE	-
Orla Islands	LOC	Orla Islands
Amber League	ORG	Amber League
Amber League	ORG	Amber League
Petra Soll	PERSON	Petra Soll
NEW KESTRIA	GPE	NEW KESTRIA
Dec 1	DATE	-
OUT
	diff expect <(printf "%s\n" "$output")
}

@test "facilities by their building word, clubs and companies by theirs" {
	printf '%s\n' '{"id":"f1","text":"Brae Athletic beat Kessel Rovers at Marlow Stadium, and fans flew home from Velgrad Airport with Orla Airways."}' > in
	run --separate-stderr entities_tsv < in
	assert_success
	cat > expect <<'OUT'
Brae Athletic	ORG	Brae Athletic
Kessel Rovers	ORG	Kessel Rovers
Marlow Stadium	FAC	Marlow Stadium
Velgrad Airport	FAC	Velgrad Airport
Orla Airways	ORG	Orla Airways
OUT
	diff expect <(printf '%s\n' "$output")
}

@test "--threads: the same output on any number of threads, in input order" {
	# More records than the threads hold at once (16 a thread), stories
	# made distinct so that story memory is at work across them.
	for k in 1 2 3 4 5 6; do
		jq -c --arg k "$k" '.doc += "-" + $k' "$FIXTURES/entities/feeds.ndjson"
	done > in.ndjson
	wire-tag-entities --threads 1 in.ndjson > one
	[ "$(wc -l < one)" -eq "$(wc -l < in.ndjson)" ]
	[ "$(jq -s '[.[].entities | length] | add' one)" -gt 500 ]
	for n in 2 3 8; do
		wire-tag-entities -j "$n" in.ndjson > many
		cmp one many
	done
	# Rejected lines keep their place among the others.
	sed '5s/.*/{"text": 5}/; 90s/.*/not json/' in.ndjson > bad.ndjson
	run --separate-stderr wire-tag-entities -j 3 --rejects rej bad.ndjson
	assert_failure 1
	sed '5d; 90d' one | cmp - <(echo "$output")
	[ "$(wc -l < rej)" -eq 2 ]
	run wire-tag-entities --threads 0 < /dev/null
	assert_failure 2
	run wire-tag-entities -j many < /dev/null
	assert_failure 2
}

@test "--threads: a record written into a live pipeline comes out at once" {
	mkfifo fifo
	wire-tag-entities -j 4 < fifo > out &
	pid=$!
	exec 7> fifo
	echo '{"id":"a","text":"Zorana Vukic spoke in Lutavia."}' >&7
	wait_for_lines out 1
	echo '{"id":"b","text":"Marek Ostrava left Brenland."}' >&7
	wait_for_lines out 2
	exec 7>&-
	wait "$pid"
	[ "$(jq -r '.entities[0].text' out | paste -sd,)" = "Zorana Vukic,Marek Ostrava" ]
}

@test "upstream sentences are read as given: no name runs across a boundary they draw" {
	printf '{"text":"Zorana Vukic spoke in Lutavia."}\n' > whole
	run jq -r '.entities[0].text' <(wire-tag-entities < whole)
	assert_output 'Zorana Vukic'
	printf '{"text":"Zorana Vukic spoke in Lutavia.","sentences":[[0,6],[7,30]]}\n' > cut
	run jq -c '[.entities[] | select(.start < 6 and .end > 7)]' <(wire-tag-entities < cut)
	assert_output '[]'
}

@test "malformed upstream sentences: split here, one warning a stream naming the field, records tagged" {
	cat > in <<'OUT'
{"id":"m1","text":"Zorana Vukic spoke in Lutavia. Marek Halloran left.","sentences":"junk"}
{"id":"m2","text":"Interior Minister Ilse Marrow met Tomas Reyes in Velgrad.","sentences":[[5,2]]}
{"id":"m3","text":"Petra Soll stayed in Tarsk.","sentences":[[0,99]]}
OUT
	jq -c 'del(.sentences)' in | wire-tag-entities -j 1 | jq -c .entities > expect
	grep -q 'Zorana Vukic' expect
	grep -q 'Ilse Marrow' expect
	grep -q 'Petra Soll' expect
	run --separate-stderr wire-tag-entities -j 2 in
	assert_success
	diff expect <(printf '%s\n' "$output" | jq -c .entities)
	[ "${#stderr_lines[@]}" -eq 1 ]
	[ "$stderr" = "wire-tag-entities: in:1: field 'sentences' is malformed (not an array); split here instead (said once per stream)" ]
}

@test "one sentence of half a million words is tagged in bounded memory" {
	[ "${WIRE_SANITIZED:-}${WIRE_SLOW:-}" = "" ] || skip "the sanitizers and valgrind hold memory of their own"
	# A page without a full stop: the tagger's scratch, once sized to the
	# longest sentence (about 1.2 KB a word, 600 MB here), is bounded.
	{
		printf '{"id":"long","text":"'
		yes 'in Velgrad,' | head -n 250000 | tr '\n' ' '
		printf '"}\n'
	} > in
	(ulimit -v 400000 && wire-tag-entities -j 1 in > out)
	run jq '[.entities[] | select(.text == "Velgrad" and .type == "GPE")] | length' out
	assert_output 250000
}

@test "80,000 mentions in one record take seconds and bounded memory" {
	[ "${WIRE_SANITIZED:-}${WIRE_SLOW:-}" = "" ] || skip "the sanitizers and valgrind hold memory of their own"
	# Each mention once looked over all the others, and each definition
	# of an acronym copied its name to every mention of it.
	{
		printf '{"id":"many","text":"'
		yes 'Ilse Marrow met Tomas Reyes in Velgrad on Monday. The Grain Board (GB) paid $4.5 million, 12% more, on March 3.' |
		    head -n 10000 | tr '\n' ' '
		printf '"}\n'
	} > in
	(ulimit -v 400000 && timeout 60 wire-tag-entities -j 1 in > out)
	run jq -c '[.entities | length, (map(select(.text == "GB" and .canonical == "Grain Board")) | length)]' out
	assert_output '[90000,10000]'
}

@test "times: a live blog's timestamps, the clock with its zone, a day and its part" {
	printf '{"text":"07:42 - Pumps started at the mill. By 0915 GMT the water had fallen, and at 14:20 BST the gates opened. The vote is on Friday night."}\n' |
	    entities_tsv > got
	cat > want <<'OUT'
07:42	TIME	-
0915 GMT	TIME	-
14:20 BST	TIME	-
Friday night	TIME	-
OUT
	diff want got
}

@test "times: ratios, versions and scores are not clock times" {
	printf '{"text":"The ratio was 3:1 and release 4.2.11:30 shipped; they won 2-1."}\n' |
	    entities_tsv > got
	run grep -c TIME got
	assert_output 0
}

@test "dates: parts of the year, a month after a preposition, durations" {
	printf '{"text":"Exports rose in the second quarter and will slow this winter. The levy ends by May, and the port has been shut for three years."}\n' |
	    entities_tsv > got
	cat > want <<'OUT'
the second quarter	DATE	-
this winter	DATE	-
May	DATE	-
three years	DATE	-
OUT
	diff want got
}

@test "money used as an adjective" {
	printf '{"text":"The board approved a 300 million euro loan and a 40-million-pound bond."}\n' |
	    entities_tsv > got
	cat > want <<'OUT'
300 million euro	MONEY	-
40-million-pound	MONEY	-
OUT
	diff want got
}

@test "names that open a sentence are found whole, and typed as anywhere else" {
	printf '{"text":"Jorund Pell met the mayor. Edda Haraldsen visited Kessel."}\n' |
	    entities_tsv > got
	cat > want <<'OUT'
Jorund Pell	PERSON	Jorund Pell
Edda Haraldsen	PERSON	Edda Haraldsen
Kessel	GPE	Kessel
OUT
	diff want got
}

@test "a role noun that opens a sentence is a title, and a newspaper is an organisation" {
	printf '{"text":"Analyst Maria Kern told the Tarsk Herald that prices would rise."}\n' |
	    wire-tag-entities > out
	run jq -c '[.entities[] | [.text, .type, .title]]' out
	assert_output '[["Maria Kern","PERSON","Analyst"],["Tarsk Herald","ORG",null]]'
}

@test "sports: teams named after their towns in a results line, and for the rest of the story" {
	printf '%s\n' '{"id":"r","text":"Brackmoor 3 Tolvern 1. Brackmoor were without their captain."}' \
	    '{"id":"r","text":"Brackmoor now face Kessing on Saturday."}' | entities_tsv > got
	cat > want <<'OUT'
Brackmoor	ORG	Brackmoor
Tolvern	ORG	Tolvern
Brackmoor	ORG	Brackmoor
Brackmoor	ORG	Brackmoor
Saturday	DATE	-
OUT
	diff want got
}

@test "sports: a fixture in a capitals headline, a result told in prose; two players stay people" {
	printf '%s\n' '{"text":"TOLVERN AT BRACKMOOR"}' \
	    '{"text":"Velgrad drew with Tarsk in the cup on Sunday."}' \
	    '{"text":"Lena Kovac beat Ana Berg in the final. Sales in Velgrad rose 3 percent."}' |
	    entities_tsv > got
	cat > want <<'OUT'
TOLVERN	ORG	TOLVERN
BRACKMOOR	ORG	BRACKMOOR
Velgrad	ORG	Velgrad
Tarsk	ORG	Tarsk
Sunday	DATE	-
Lena Kovac	PERSON	Lena Kovac
Ana Berg	PERSON	Ana Berg
Velgrad	GPE	Velgrad
3 percent	PERCENT	-
OUT
	diff want got
}


@test "a saint's hospital is one organisation; the word alone opening a sentence is none" {
	printf '{"text":"She was taken to St Aidan'\''s Hospital in Tarsk. Hospital managers said beds were short."}\n' |
	    entities_tsv > got
	cat > want <<'OUT'
St Aidan's Hospital	ORG	St Aidan's Hospital
Tarsk	GPE	Tarsk
OUT
	diff want got
}

@test "a headland is a place, a named storm an event, what has shares a company" {
	printf '%s\n' '{"text":"The trawler sank off Garrow Head on Tuesday."}' \
	    '{"text":"Storm Elowen brought gales to the coast."}' \
	    '{"text":"Shares in Lumigrid rose after Lumigrid won the contract."}' | entities_tsv > got
	cat > want <<'OUT'
Garrow Head	LOC	Garrow Head
Tuesday	DATE	-
Storm Elowen	EVENT	Storm Elowen
Lumigrid	ORG	Lumigrid
Lumigrid	ORG	Lumigrid
OUT
	diff want got
}

@test "a headline in capitals: its names found as in a sentence, an acronym kept" {
	printf '{"text":"UN ENVOY HOLLIS BRANDVIK ARRIVES IN DORNHOLM"}\n' | entities_tsv > got
	cat > want <<'OUT'
UN	ORG	United Nations
HOLLIS BRANDVIK	PERSON	HOLLIS BRANDVIK
DORNHOLM	GPE	DORNHOLM
OUT
	diff want got
}

@test "a country the gazetteer also files as a region is a GPE; a common word opening a sentence is no name" {
	printf '{"text":"Estonia said no. Coast guards searched the bay. Navy divers found the wreck."}\n' |
	    entities_tsv > got
	cat > want <<'OUT'
Estonia	GPE	Estonia
Navy	ORG	Navy
OUT
	diff want got
}

@test "sports: a league table's rows name teams, and the story keeps them so" {
	printf '%s\n' '{"id":"t","text":"Table after Saturday:\nBrackmoor 10 7 2 1 23\nTolvern 10 6 3 1 21"}' \
	    '{"id":"t","text":"Brackmoor host Tolvern next."}' | entities_tsv > got
	cat > want <<'OUT'
Saturday	DATE	-
Brackmoor	ORG	Brackmoor
Tolvern	ORG	Tolvern
Brackmoor	ORG	Brackmoor
Tolvern	ORG	Tolvern
OUT
	diff want got
}

@test "a model trained with tags reads an upstream parse's tokens; malformed ones: one warning, tagged without" {
	# The built-in model with its "pos" line: it reads the parse.
	model=$BATS_TEST_DIRNAME/../lang/ner/model.txt
	{ sed -n 1,2p "$model"; echo pos; sed 1,2d "$model"; } > pos.model
	cat > in <<'OUT'
{"id":"t1","text":"Zorana Vukic spoke in Lutavia.","tokens":["0 6 PROPN NNP Zorana 3 nsubj 7 12 PROPN NNP Vukic 1 flat 13 18 VERB VBD speak 0 root 19 21 ADP IN in 5 case 22 29 PROPN NNP Lutavia 3 obl 29 30 PUNCT . . 3 punct"]}
{"id":"t2","text":"Marek Halloran left Tarsk.","tokens":"junk"}
{"id":"t3","text":"Petra Soll stayed.","tokens":["0 5 PROPN NNP Petra 3 nsubj 6 99 PROPN NNP Soll 1 flat"]}
OUT
	jq -c 'del(.tokens)' in | wire-tag-entities -j 1 | jq -c .entities > expect
	grep -q 'Zorana Vukic' expect
	grep -q 'Marek Halloran' expect
	grep -q 'Petra Soll' expect
	run --separate-stderr wire-tag-entities -j 2 --model pos.model in
	assert_success
	diff expect <(printf '%s\n' "$output" | jq -c .entities)
	[ "${#stderr_lines[@]}" -eq 1 ]
	[ "$stderr" = "wire-tag-entities: in:2: field 'tokens' is malformed (not an array); tagged without them (said once per stream)" ]
	# The tokens pass through as they came.
	run jq -c '.tokens | length' <(wire-tag-entities --model pos.model < in)
	assert_line --index 0 1
}

@test "a name written with its Arabic article is a name, however it is spelt and wherever it stands" {
	cat > in <<'OUT'
{"id":"a1","text":"Officials blamed al-Wadhra for the raid on the depot. An al-Wadhra statement denied it."}
{"id":"a2","text":"Al-Marzuqa fighters crossed the border on Friday, and the al-Marzuqa-linked cells went quiet."}
OUT
	cat > expect <<'OUT'
al-Wadhra	ORG
al-Wadhra	ORG
Al-Marzuqa	ORG
Friday	DATE
OUT
	wire-tag-entities < in | jq -r '.entities[] | [.text, .type] | @tsv' > got
	diff expect got
}

@test "a party whose name opens with a title word is an organisation, not a person with a title" {
	printf '{"text":"The Justice and Renewal Party of Dravia met Justice Elena Marrow on Friday."}\n' |
	    wire-tag-entities > out
	run jq -c '[.entities[] | [.text, .type, .title]]' out
	assert_output '[["Justice and Renewal Party of Dravia","ORG",null],["Elena Marrow","PERSON","Justice"],["Friday","DATE",null]]'
}

@test "a month after a prefix of time is a date, never a name: mid-April, late-May 2027" {
	printf '{"text":"Talks in Velgrad resume in mid-April, and the vote is due by late-May 2027."}\n' |
	    wire-tag-entities > out
	run jq -c '[.entities[] | [.text, .type]]' out
	assert_output '[["Velgrad","GPE"],["mid-April","DATE"],["late-May 2027","DATE"]]'
}

@test "a name ending in a trust's, an authority's or a board's word is an organisation" {
	printf '{"text":"Velgrad Trust chief executive Marta Ilic said profits rose."}\n' |
	    wire-tag-entities > out
	run jq -c '[.entities[] | [.text, .type]]' out
	assert_output '[["Velgrad Trust","ORG"],["Marta Ilic","PERSON"]]'
}

@test "the owner of a state's body is a state even where the tagger saw an organisation" {
	printf '{"text":"A spokesman for Dravia'\''s Interior Ministry denied the report."}\n' |
	    wire-tag-entities > out
	run jq -c '[.entities[] | [.text, .type]]' out
	assert_output '[["Dravia","GPE"],["Interior Ministry","ORG"]]'
}

@test "two companies joined by and are two organisations" {
	printf '{"text":"Bluewater Shipping and Carrow Logistics agreed to merge, the companies said."}\n' |
	    wire-tag-entities > out
	run jq -c '[.entities[] | [.text, .type]]' out
	assert_output '[["Bluewater Shipping","ORG"],["Carrow Logistics","ORG"]]'
}

@test "sports: the name before a player's or a coach's role is the team, found or missed by the tagger; never a qualifier, a nationality or a fund manager's city" {
	cat > in <<'OUT'
{"id":"r1","text":"Ostrava striker Petr Malek was sent off, and Brackmoor manager Tomas Reyl was furious."}
{"id":"r2","text":"Assistant coach Jo Baker and the Dravian captain Ivo Lenk spoke after Velgrad fund manager Ana Pell."}
OUT
	cat > expect <<'OUT'
r1	Ostrava	ORG
r1	Petr Malek	PERSON
r1	Brackmoor	ORG
r1	Tomas Reyl	PERSON
r2	Jo Baker	PERSON
r2	Ivo Lenk	PERSON
r2	Ana Pell	PERSON
OUT
	# the people and the teams; what else the model makes of r2's
	# invented nationality and city is its own, so long as no team
	wire-tag-entities < in | jq -r '.id as $id | .entities[] |
	    select(.type == "PERSON" or .type == "ORG") | [$id, .text, .type] | @tsv' > got
	diff expect got
}

@test "sports: a result told names its teams after 'the' and before the sentence's full stop" {
	printf '{"text":"Portvale drew with Tarsk Rovers. Kessel beat the Marlow Lions 2-1, and ST. HELENS AT KESSEL is next."}\n' |
	    wire-tag-entities > out
	run jq -c '[.entities[] | [.text, .type]]' out
	assert_output '[["Portvale","ORG"],["Tarsk Rovers","ORG"],["Kessel","ORG"],["Marlow Lions","ORG"],["ST. HELENS","ORG"],["KESSEL","ORG"]]'
}

@test "two or three capitalised words the tagger missed, ending in an organisation's word, are an organisation" {
	cat > in <<'OUT'
{"id":"o1","text":"Shares in Coldmere Foods fell after Halo Trust regional director Mo Ash spoke."}
OUT
	cat > expect <<'OUT'
Coldmere Foods	ORG
Halo Trust	ORG
Mo Ash	PERSON
OUT
	wire-tag-entities < in | jq -r '.entities[] | [.text, .type] | @tsv' > got
	diff expect got
}

@test "sports: results told with their score make teams, even of names the tagger took for people; a player's role opening a sentence is no part of the name" {
	# "Tolvern" of the first record is the team the story's later
	# records name: the story's records are settled together
	cat > expect <<'OUT'
m1:p0	Tolvern	ORG
m1:p0	Brackmoor	GPE
m1:p1	Idris Calloway	PERSON
m1:p1	Brackmoor	GPE
m1:p1	Kessel	ORG
m1:p1	Dunmore	ORG
m1:p1	Portvale	ORG
m1:p1	Carrick	ORG
m1:p2	Tolvern	ORG
m1:p2	Brackmoor	GPE
m1:p2	Premier Division	ORG
m1:p2	Tolvern	ORG
OUT
	wire-tag-entities < "$FIXTURES/entities/matchday.ndjson" |
	    jq -r '.id as $i | .entities[] | [$i, .text, .type] | @tsv' > got
	diff expect got
}

@test "a name whose words after a title end in an organisation's word is an organisation" {
	printf '{"text":"General Kessel Motors cut 400 jobs."}\n' | wire-tag-entities > out
	run jq -c '[.entities[] | [.text, .type]]' out
	assert_output '[["General Kessel Motors","ORG"]]'
}

@test "an acronym in brackets stands for the whole name its initials spell, even where the tagger saw only its end" {
	cat > in <<'OUT'
{"id":"a1","text":"A complaint was filed against the Ferry Authority of New Tarsk (FANT) on Monday, and FANT denied it."}
{"id":"a2","text":"He left the Democratic Republic of Ostrevia (DRO) in 2019."}
OUT
	cat > expect <<'OUT'
Ferry Authority of New Tarsk	ORG	Ferry Authority of New Tarsk
FANT	ORG	Ferry Authority of New Tarsk
Monday	DATE	-
FANT	ORG	Ferry Authority of New Tarsk
Democratic Republic of Ostrevia	GPE	Democratic Republic of Ostrevia
DRO	GPE	Democratic Republic of Ostrevia
2019	DATE	-
OUT
	entities_tsv < in > got
	diff expect got
}

@test "a headline in capitals reads a name with its Arabic article as the tagger knows it" {
	printf '{"text":"AL-WADHRA CLAIMS ATTACK IN TARSK"}\n' | wire-tag-entities > out
	# Whole, and a name (its type is the tagger's guess).
	run jq -c '[.entities[] | [.text, (.type | IN("PERSON", "ORG", "GPE", "LOC"))]]' out
	assert_output '[["AL-WADHRA",true],["TARSK",true]]'
}

@test "one word before a possessive and a word only a place has is a place" {
	printf '{"text":"Kessel'\''s mayor, Dana Roe, said the bridge would reopen."}\n' | wire-tag-entities > out
	run jq -c '[.entities[] | [.text, .type]]' out
	assert_output '[["Kessel","GPE"],["Dana Roe","PERSON"]]'
}

@test "a name ending in a land word is a LOC, and one ending in a word for a part of a state a GPE" {
	printf '%s\n' '{"text":"Fires spread from the South Tarsk Hills on Sunday."}' \
	    '{"text":"The Kessel District is closest."}' | wire-tag-entities > out
	run jq -c '[.entities[] | [.text, .type]]' out
	assert_line --index 0 '[["South Tarsk Hills","LOC"],["Sunday","DATE"]]'
	assert_line --index 1 '[["Kessel District","GPE"]]'
}

@test "sports: a win told with its score makes teams; a tennis player named in full stays a person" {
	printf '%s\n' '{"text":"Kessel won 2-0 at Dunmore on Saturday."}' \
	    '{"text":"Ivo Kovac beat Marek Halloran 6-4 6-3 in the final."}' | wire-tag-entities > out
	run jq -c '[.entities[] | [.text, .type]]' out
	assert_line --index 0 '[["Kessel","ORG"],["Dunmore","ORG"],["Saturday","DATE"]]'
	assert_line --index 1 '[["Ivo Kovac","PERSON"],["Marek Halloran","PERSON"]]'
}

@test "sports: a place opening a sentence as a plural ('Tolvern, who have not won', 'Kessel are fourth') is a team in sports copy; 'Prices in Tarsk are rising', 'Tarsk were hit by floods' are no teams" {
	printf '%s\n' '{"text":"Tolvern, who have not won in five games, drop to eighth."}' \
	    '{"text":"Prices in Tarsk are rising. Americans are voting. Officials are worried."}' \
	    '{"id":"m2:p0","doc":"m2","text":"Brackmoor beat Tolvern 2-0."}' \
	    '{"id":"m2:p1","doc":"m2","text":"Kessel are fourth."}' \
	    '{"text":"Tarsk were hit by floods in March."}' | wire-tag-entities > out
	run jq -c '[.entities[] | [.text, .type]]' out
	assert_line --index 0 '[["Tolvern","ORG"]]'
	assert_line --index 1 '[["Tarsk","GPE"],["Americans","NORP"]]'
	assert_line --index 3 '[["Kessel","ORG"]]'
	assert_line --index 4 '[["March","DATE"]]'
}

@test "a city of the gazetteer after a preposition of place is a GPE where the tagger saw an organisation" {
	# A real city: the rule reads the gazetteer, and the tagger knows the
	# name as a club's too.
	printf '{"text":"Investors in Liverpool were nervous."}\n' | wire-tag-entities > out
	run jq -c '[.entities[] | [.text, .type]]' out
	assert_output '[["Liverpool","GPE"]]'
}

@test "sports: a result told with its score names its teams on either side ('Kessel's 2-1 win', 'a 1-1 draw with Dunmore'), not a tennis player's sets" {
	printf '%s\n' '{"text":"Kessel'\''s 2-1 win over Tolvern lifted them to third."}' \
	    '{"text":"It was a 1-3 defeat by Carrick, and a 1-1 draw with Dunmore followed."}' \
	    '{"text":"Ivo Kovac'\''s 6-4 6-3 win over Halloran was his first."}' | wire-tag-entities > out
	run jq -c '[.entities[] | [.text, .type]]' out
	assert_line --index 0 '[["Kessel","ORG"],["Tolvern","ORG"]]'
	assert_line --index 1 '[["Carrick","ORG"],["Dunmore","ORG"]]'
	# a tennis player's sets make no team, whatever else the model
	# makes of the invented name
	run jq -c '[.entities[] | select(.type == "ORG")]' out
	assert_line --index 2 '[]'
}

@test "sports: a result told after 'The' names its teams ('The Yonkers Hawks beat the Tarsk Bears 5-3')" {
	printf '{"text":"The Yonkers Hawks beat the Tarsk Bears 5-3 on Sunday."}\n' | wire-tag-entities > out
	run jq -c '[.entities[] | [.text, .type]]' out
	assert_output '[["Yonkers Hawks","ORG"],["Tarsk Bears","ORG"],["Sunday","DATE"]]'
}

@test "sports: a fixture told with a plural verb ('Tarsk host Kessel on Friday') names two teams; 'Britain and France host talks' none" {
	printf '%s\n' '{"text":"Tarsk host Kessel on Friday."}' \
	    '{"text":"Britain and France host talks in Velgrad."}' | wire-tag-entities > out
	run jq -c '[.entities[] | [.text, .type]]' out
	assert_line --index 0 '[["Tarsk","ORG"],["Kessel","ORG"],["Friday","DATE"]]'
	assert_line --index 1 '[["Britain","GPE"],["France","GPE"],["Velgrad","GPE"]]'
}

@test "the name of a faith or a sect is a NORP, whatever the tagger said, and two joined by 'and' are two" {
	printf '%s\n' '{"text":"Sunni leaders met Druze elders in Tarsk."}' \
	    '{"text":"Muslims and Christians prayed together in Tarsk."}' | wire-tag-entities > out
	run jq -c '[.entities[] | [.text, .type]]' out
	assert_line --index 0 '[["Sunni","NORP"],["Druze","NORP"],["Tarsk","GPE"]]'
	assert_line --index 1 '[["Muslims","NORP"],["Christians","NORP"],["Tarsk","GPE"]]'
}

@test "a story's names are one however a headline in capitals writes them: 'PORTVALE' teaches 'Portvale', whose name is as the text writes it" {
	cat > in <<'OUT'
{"doc":"m","text":"KESSEL ROVERS 2 PORTVALE 1"}
{"doc":"m","text":"Kessel Rovers came from behind to beat Portvale 2-1 on Saturday."}
{"doc":"m","text":"Portvale led through a header after 12 minutes."}
OUT
	# the headline's record is written when its story's next are
	# read: its names are named as the body writes them
	cat > expect <<'OUT'
KESSEL ROVERS	ORG	Kessel Rovers
PORTVALE	ORG	Portvale
Kessel Rovers	ORG	Kessel Rovers
Portvale	ORG	Portvale
Saturday	DATE	-
Portvale	ORG	Portvale
OUT
	wire-tag-entities < in | jq -r '.entities[] | [.text, .type, .canonical // "-"] | @tsv' > got
	diff expect got
}

@test "sports: a fixture told names a side the tagger missed when the other is a name it found ('Quarnby visit Tarsk Rovers'); a nationality's adjective before a role is no team, whatever the tagger called it ('The Kessish striker')" {
	printf '%s\n' '{"text":"Quarnby visit Tarsk Rovers next week."}' \
	    '{"text":"Holmfirth entertain Brackmoor on Saturday."}' \
	    '{"text":"The Kessish striker Tom Ashby scored twice."}' | wire-tag-entities > out
	run jq -c '[.entities[] | [.text, .type]]' out
	assert_line --index 0 '[["Quarnby","ORG"],["Tarsk Rovers","ORG"],["next week","DATE"]]'
	assert_line --index 1 '[["Holmfirth","ORG"],["Brackmoor","ORG"],["Saturday","DATE"]]'
	assert_line --index 2 '[["Kessish","NORP"],["Tom Ashby","PERSON"]]'
}

@test "places joined by 'and' after a preposition of place are places alike: a name missed, or taken for a one-word surname, after a place the tagger found" {
	printf '%s\n' '{"text":"Buses between Harlowe and the Fenmoor Hills were stopped."}' \
	    '{"text":"The plants in Dunmarch and West Orrin will close."}' \
	    '{"text":"Factories will close in Orrin, Dunmarch and Velby."}' \
	    '{"text":"Talks in Orrin and Minister Ada Roe said no."}' \
	    '{"text":"Officials in Dublin and Smith agreed."}' > in
	cat > expect <<'OUT'
[["Harlowe","GPE"],["Fenmoor Hills","LOC"]]
[["Dunmarch","GPE"],["West Orrin","GPE"]]
[["Orrin","GPE"],["Dunmarch","GPE"],["Velby","GPE"]]
[["Orrin","GPE"],["Ada Roe","PERSON"]]
[["Dublin","GPE"],["Smith","PERSON"]]
OUT
	entity_pairs < in > got
	diff expect got
}

@test "a person's role opening a sentence before a name is the title, never part of an organisation ('Goalkeeper Samir Haddou saved')" {
	printf '%s\n' '{"text":"Goalkeeper Samir Haddou saved two kicks in the shoot-out."}' \
	    '{"text":"Analyst Petra Voss said the shares were cheap."}' \
	    '{"text":"Spokesman Bank Group said nothing."}' > in
	cat > expect <<'OUT'
[["Samir Haddou","PERSON"]]
[["Petra Voss","PERSON"]]
[["Spokesman Bank Group","ORG"]]
OUT
	entity_pairs < in > got
	diff expect got
}

@test "sports: a side of a results line the tagger found only part of is one team ('Velby United 2 Orrin 2')" {
	printf '%s\n' '{"text":"Velby United 2 Orrin 2"}' > in
	cat > expect <<'OUT'
[["Velby United","ORG"],["Orrin","ORG"]]
OUT
	entity_pairs < in > got
	diff expect got
}

@test "a dateline on a line of its own under the headline, place in capitals and date in digits, is a place ('TARSK 1996-08-30')" {
	printf '%s\n' '{"text":"VELBY 2024-03-02"}' \
	    '{"text":"FERRY STRIKE ENDS\nNEW HALDEN 2024-03-02\nThe strike ended on Friday."}' \
	    '{"text":"VELBY 2024-03-02 and more"}' > in
	cat > expect <<'OUT'
[["VELBY","GPE"]]
[["NEW HALDEN","GPE"],["Friday","DATE"]]
[]
OUT
	entity_pairs < in > got
	diff expect got
}

@test "sports: a draw told ('Kessel held league leaders Portvale to a goalless draw') makes both sides teams; a person held to nothing stays a person" {
	printf '%s\n' '{"text":"Dunmore held league leaders Velby to a goalless draw on Friday."}' \
	    '{"text":"Orrin held Halby Town to a 1-1 draw."}' \
	    '{"text":"The court held Tom Ruiz to a tie."}' > in
	cat > expect <<'OUT'
[["Dunmore","ORG"],["Velby","ORG"],["Friday","DATE"]]
[["Orrin","ORG"],["Halby Town","ORG"]]
[["Tom Ruiz","PERSON"]]
OUT
	entity_pairs < in > got
	diff expect got
}

@test "sports: a headline in capitals is read for results as a sentence would write it ('SOCCER - DUNMORE HOLD VELBY TO GOALLESS DRAW'); two players stay players" {
	printf '%s\n' '{"text":"SOCCER - DUNMORE HOLD VELBY TO GOALLESS DRAW."}' \
	    '{"text":"SOCCER - HALBY BEAT ORRIN 3-1."}' \
	    '{"text":"RUGBY - QUARNBY DRAW 10-10 WITH BRACKMOOR."}' \
	    '{"text":"TENNIS - RUIZ BEATS HOLM IN STRAIGHT SETS."}' > in
	cat > expect <<'OUT'
[["DUNMORE","ORG"],["VELBY","ORG"]]
[["HALBY","ORG"],["ORRIN","ORG"]]
[["QUARNBY","ORG"],["BRACKMOOR","ORG"]]
[["RUIZ","PERSON"],["HOLM","PERSON"]]
OUT
	entity_pairs < in > got
	diff expect got
}

@test "sports: scorers in brackets after a results line's scores are people ('Kessel 2 (Lind 23, Ruiz 67) Portvale 1 (Holm 45)')" {
	printf '%s\n' '{"text":"Dunmore 2 ( Garvey 23 , Okafor 67 pen ) Velby 1 ( Brandt 90+2 ) . Attendance 12,000"}' \
	    '{"text":"Orrin 3 (Tamsin Hale 10 55, Quist 81) Halby Town 0"}' > in
	cat > expect <<'OUT'
[["Dunmore","ORG"],["Garvey","PERSON"],["Okafor","PERSON"],["Velby","ORG"],["Brandt","PERSON"]]
[["Orrin","ORG"],["Tamsin Hale","PERSON"],["Quist","PERSON"],["Halby Town","ORG"]]
OUT
	entity_pairs < in > got
	diff expect got
}

@test "sports: a standings row with the share of games won is a team ('VELBY 70 63 .526 4'); a headline's common words are no side of a fixture ('RESULTS AT THE ...')" {
	printf '%s\n' '{"text":"NEW HALDEN 74 59 .556 -\nVELBY 70 63 .526 4"}' \
	    '{"text":"TENNIS - RESULTS AT THE QUARNBY OPEN"}' > in
	cat > expect <<'OUT'
[["NEW HALDEN","ORG"],["VELBY","ORG"]]
OUT
	wire-tag-entities < in | jq -c '[.entities[] | [.text, .type]] | select(length > 0)' > got
	wire-tag-entities < in | jq -r '.entities[] | select(.text == "RESULTS") | .text' >> got
	diff expect got
}

@test "sports: a name in brackets after a player is the nation the player is from ('Ana Ruiz (Dravia) beat Lena Holm (Kessia)'); outside sports copy it is left to the tagger" {
	printf '%s\n' '{"text":"Ana Ruiz (Dravia) beat Lena Holm (Kessia) 6-3 6-4."}' \
	    '{"text":"Ed Roe (Labour) said no."}' > in
	cat > expect <<'OUT'
[["Ana Ruiz","PERSON"],["Dravia","GPE"],["Lena Holm","PERSON"],["Kessia","GPE"]]
[["Ed Roe","PERSON"],["Labour","ORG"]]
OUT
	entity_pairs < in > got
	diff expect got
}

@test "sports: a headline's club names end in their capitals ('DUNMORE BEAT HALBY TOWN 3-1', 'QUARNBY ROVERS'), and a name's own words are read in capitals as in a sentence" {
	printf '%s\n' '{"text":"SOCCER - DUNMORE BEAT HALBY TOWN 3-1."}' \
	    '{"text":"SOCCER - ORRIN ROVERS HOLD KESSEL CITY TO DRAW."}' \
	    '{"text":"PRICES RISE IN VELBY CITY CENTRE"}' > in
	cat > expect <<'OUT'
[["DUNMORE","ORG"],["HALBY TOWN","ORG"]]
[["ORRIN ROVERS","ORG"],["KESSEL CITY","ORG"]]
[["VELBY","GPE"]]
OUT
	entity_pairs < in > got
	diff expect got
}

@test "a club named in full teaches the story its short name ('Kessel Rovers' ... 'Rovers'), never over a name the story knew" {
	printf '%s\n' '{"doc":"m1","text":"Orrin Wanderers beat Dunmore 2-1 on Saturday."}' \
	    '{"doc":"m1","text":"Wanderers took the lead through Tamsin Hale."}' \
	    '{"doc":"m1","text":"Velby Wanderers lost at home. Wanderers are fourth."}' > in
	cat > expect <<'OUT'
Orrin Wanderers	ORG	Orrin Wanderers
Dunmore	ORG	Dunmore
Saturday	DATE	-
Wanderers	ORG	Orrin Wanderers
Tamsin Hale	PERSON	Tamsin Hale
Velby Wanderers	ORG	Velby Wanderers
Wanderers	ORG	Orrin Wanderers
OUT
	entities_tsv < in > got
	diff expect got
}

@test "the words around a name say what it is: people of a role are in a place ('an analyst in Tarsk'), a company has 'its', its shares move and it is bought; a headland's word joins the name" {
	printf '%s\n' '{"text":"An analyst in Lloyd said the bank would cut rates."}' \
	    '{"text":"Officials in Ostrevia said the talks failed."}' \
	    '{"text":"Lumigrid said its profits rose."}' \
	    '{"text":"Quillon rose 3 percent after a rival agreed to buy Brannock."}' \
	    '{"text":"The storm battered Garrow Head overnight."}' \
	    '{"text":"Traders bought Ostrevia bonds on Monday."}' > in
	cat > expect <<'OUT'
[["Lloyd","GPE"]]
[["Ostrevia","GPE"]]
[["Lumigrid","ORG"]]
[["Quillon","ORG"],["3 percent","PERCENT"],["Brannock","ORG"]]
[["Garrow Head","LOC"]]
[["Ostrevia","GPE"],["Monday","DATE"]]
OUT
	entity_pairs < in > got
	diff expect got
}

@test "a name beside a noun for a news outlet is an organisation ('the news agency Dravpress', 'the Kessel Courier newspaper'); a nationality, a faith, a day or a country beside it is not" {
	printf '%s\n' '{"text":"The state news agency Dravpress said the talks had failed."}' \
	    '{"text":"The Kessel Courier newspaper said the mayor would resign."}' \
	    '{"text":"Broadcaster Tarsk TV reported heavy fighting."}' \
	    '{"text":"Lumen, the state news agency, reported the attack."}' \
	    '{"text":"An Islamist website said the spy agency Friday had nothing to say."}' > in
	cat > expect <<'OUT'
[["Dravpress","ORG"]]
[["Kessel Courier","ORG"]]
[["Tarsk TV","ORG"]]
[["Lumen","ORG"]]
[["Friday","DATE"]]
OUT
	entity_pairs < in > got
	diff expect got
}

@test "the sports and context rules hold off ordinary news: talks held, a draw drawn up, lawmakers in a body, points in a game or a poll, a coach's title, a clause after a place, an attendance, an update line, a town hall" {
	printf '%s\n' '{"text":"Portvale 10 7 2"}' \
	    '{"text":"Europe are united on sanctions, ministers said after talks held in Velgrad."}' \
	    '{"text":"Germany held talks with France to draw up a new plan."}' \
	    '{"text":"Lawmakers in Congress rejected the plan."}' \
	    '{"text":"Ruiz added 25 points and 10 rebounds."}' \
	    '{"text":"The bank said Brock joined its board."}' \
	    '{"text":"Kessel Rovers Head Coach Tom Ashby resigned."}' \
	    '{"text":"Officials in Velgrad and Marsh agreed."}' \
	    '{"text":"Kessel 2 (Attendance 23,000) Portvale 1"}' \
	    '{"text":"UPDATED 2024-05-01\nThe strike ended."}' \
	    '{"doc":"t1","text":"Halby Town lost 2-1 to Velby. Town Hall was evacuated."}' > in
	wire-tag-entities < in | jq -c '[.entities[] | [.text, .type, .canonical]]' > got
	cat > expect <<'OUT'
[["Portvale","ORG","Portvale"]]
[["Europe","GPE","Europe"],["Velgrad","GPE","Velgrad"]]
[["Germany","GPE","Germany"],["France","GPE","France"]]
[["Congress","ORG","Congress"]]
[["Ruiz","PERSON","Ruiz"]]
[["Brock","PERSON","Brock"]]
[["Kessel Rovers","ORG","Kessel Rovers"],["Tom Ashby","PERSON","Tom Ashby"]]
[["Velgrad","GPE","Velgrad"],["Marsh","PERSON","Marsh"]]
[["Kessel","ORG","Kessel"],["Portvale","ORG","Portvale"]]
[]
OUT
	head -n 10 got | diff expect -
	# the last line: the club's short name is not the town's hall
	run jq -r 'select(.doc == "t1") | .entities[] | select(.text == "Town") | .canonical' <<< "$(wire-tag-entities < in)"
	refute_output "Halby Town"
}

@test "a record with only a text is read in paragraphs as wire-split finds them: with no blank line each line is one, and no name runs from a row into the next; with blank lines a wrapped line keeps its name" {
	printf '%s\n' '{"text":"CRICKET - SCOREBOARD\nA. Holm b Marek Ruiz 31\nT. Varga lbw b Tomas Orrin 44"}' \
	    '{"text":"Bowled by Ivo Marek\nStewart went home."}' \
	    '{"text":"The ministers met in Velgrad, where Ana\nRuiz spoke.\n\nThey left on Friday."}' > in
	wire-tag-entities < in | jq -c '[.entities[] | select(.text | test("\n") | not) | .text] , [.entities[] | select(.text | test("\n")) | .text]' > got
	cat > expect <<'OUT'
["A. Holm","Marek Ruiz","T. Varga","Tomas Orrin"]
[]
["Ivo Marek","Stewart"]
[]
["Velgrad","Friday"]
["Ana\nRuiz"]
OUT
	diff expect got
}

@test "sports: a national side named by its country is the country, a GPE, in a results line, a result told and a headline in capitals; a club named after its town is an ORG" {
	printf '%s\n' '{"text":"Chile 2 Peru 1"}' \
	    '{"text":"Norway beat Finland 3-1 on Friday."}' \
	    '{"text":"SOCCER - AUSTRIA HOLD HUNGARY TO GOALLESS DRAW ."}' \
	    '{"text":"Kessel 2 Portvale 1"}' > in
	entity_pairs 'select(.type != "DATE")' < in > got
	cat > expect <<'OUT'
[["Chile","GPE"],["Peru","GPE"]]
[["Norway","GPE"],["Finland","GPE"]]
[["AUSTRIA","GPE"],["HUNGARY","GPE"]]
[["Kessel","ORG"],["Portvale","ORG"]]
OUT
	diff expect got
}

@test "a dated place line under a headline may name its region after a comma ('VELBY , Kessia 1996-08-30'): the place and the region are GPEs; a line with more words is none" {
	printf '%s\n' '{"text":"SOCCER - RESULTS .\nVELBY , Kessia 1996-08-30\nResults of matches played on Saturday ."}' \
	    '{"text":"TARSK, Upper Dravia 1996-08-30"}' \
	    '{"text":"VELBY , Kessia said 1996-08-30"}' > in
	wire-tag-entities < in | jq -c '[.entities[] | select(.type == "GPE") | .text]' > got
	cat > expect <<'OUT'
["VELBY","Kessia"]
["TARSK","Upper Dravia"]
[]
OUT
	diff expect got
}

@test "sports: a player's row in a ranked list is a person ('132 Ivo Marek 65 67', '3. Lars Quill (Halvia) 10.15', '2. Emil Varga ( Kessia ) Velby Bikes'), a golfer on the same total after a comma too; never a row of another table ('1 Brent Crude 45.3'), a club's, a table of points or a league table's ('1. New Halden 10 7 2 1 23')" {
	# a golfer's rounds add up to the total: a player's row in any copy
	printf '%s\n' '{"text":"132 Ivo Marek 65 67\n134 Lars Quill 68 66 , Tomas Orrin ( Halvia ) 67 67\n=135 Dan Holm 70 65"}' \
	    '{"doc":"a","text":"ATHLETICS - RESULTS ."}' \
	    '{"doc":"a","text":"1. Ana Ruiz (Dravia) 10.02 seconds\n3. Lars Quill (Halvia) 10.15"}' \
	    '{"doc":"a","text":"2. Emil Varga ( Kessia ) Velby Bikes same time"}' \
	    '{"text":"1 Brent Crude 45.3\n3. Silver Lining 12.3\n2. Ana Brisk (Labour) 23,451"}' \
	    '{"doc":"s","text":"SOCCER - STANDINGS ."}' \
	    '{"doc":"s","text":"1. Borvik Halden 45\n2. Kessel Rovers 40\n3. New Halden 10 7 2 1 23"}' > in
	entity_pairs 'select(.type == "PERSON" or .type == "GPE")' < in > got
	cat > expect <<'OUT'
[["Ivo Marek","PERSON"],["Lars Quill","PERSON"],["Tomas Orrin","PERSON"],["Halvia","GPE"],["Dan Holm","PERSON"]]
[]
[["Ana Ruiz","PERSON"],["Dravia","GPE"],["Lars Quill","PERSON"],["Halvia","GPE"]]
[["Emil Varga","PERSON"],["Kessia","GPE"]]
[["Ana Brisk","PERSON"]]
[]
[]
OUT
	diff expect got
}

@test "a name of two words whose shares move is a company ('Kessel Dravko shares fell'); a person who shares a view stays one" {
	printf '%s\n' '{"text":"Kessel Dravko shares fell 3 percent on the Velgrad bourse."}' \
	    '{"text":"Ana Brisk shares her view with Tom Ashby."}' > in
	entity_pairs 'select(.type == "PERSON" or .type == "ORG")' < in > got
	cat > expect <<'OUT'
[["Kessel Dravko","ORG"]]
[["Ana Brisk","PERSON"],["Tom Ashby","PERSON"]]
OUT
	diff expect got
}

@test "sports: a headline's slug that names a sport is no entity ('ATHLETICS - ...', 'RUGBY UNION - ...'), its other names stay ('NHL'), and it makes the story sports copy; 'ICE STORM' names none" {
	printf '%s\n' '{"text":"ATHLETICS - RESULTS FROM VELBY ."}' \
	    '{"text":"RUGBY UNION - KESSEL ROVERS BEAT PORTVALE ."}' \
	    '{"text":"NHL ICE HOCKEY - STANDINGS ."}' \
	    '{"doc":"s1","text":"JUDO - RESULTS ."}' \
	    '{"doc":"s1","text":"Dunmore are fourth."}' \
	    '{"doc":"s2","text":"Dunmore are fourth."}' \
	    '{"doc":"s3","text":"ICE STORM - ROADS CLOSED ."}' \
	    '{"doc":"s3","text":"Dunmore are fourth."}' > in
	entity_pairs < in > got
	cat > expect <<'OUT'
[["VELBY","GPE"]]
[["KESSEL ROVERS","ORG"],["PORTVALE","ORG"]]
[["NHL","ORG"]]
[]
[["Dunmore","ORG"]]
[["Dunmore","GPE"]]
[]
[["Dunmore","GPE"]]
OUT
	diff expect got
}

@test "an office's name is one organisation: a title, a possessive and 'Office' or an organisation's word ('the Foreign Minister's Office'), whatever the tagger made of its words; a title's other belongings are not" {
	printf '%s\n' '{"text":"A memo from the President'"'"'s Office reached the committee."}' \
	    '{"text":"The Foreign Minister'"'"'s Office and the Interior Ministry met."}' \
	    '{"text":"Officials at the Mayor'"'"'s Office in Velgrad said."}' \
	    '{"text":"Kessia'"'"'s Deputy Prime Minister'"'"'s Office rejected it."}' \
	    '{"text":"The Prime Minister'"'"'s wife met the President'"'"'s aides."}' > in
	entity_pairs < in > got
	cat > expect <<'OUT'
[["President's Office","ORG"]]
[["Foreign Minister's Office","ORG"],["Interior Ministry","ORG"]]
[["Mayor's Office","ORG"],["Velgrad","GPE"]]
[["Kessia","GPE"],["Deputy Prime Minister's Office","ORG"]]
[]
OUT
	diff expect got
}

@test "'Velgrad-based': the place is a GPE and no organisation's name starts with it ('the Velgrad-based Institute for Economic Research'); a word opening a sentence or a nationality's is not taken for a place ('Cloud-based services', 'Pakistani-based'), and a place of two words is whole ('New York-based')" {
	printf '%s\n' '{"text":"The Velgrad-based Institute for Economic Research said growth would slow."}' \
	    '{"text":"The Kessel-based company said profits rose."}' \
	    '{"text":"Cloud-based services grew. Portvale-based firms grew too."}' \
	    '{"text":"The New York-based group and Pakistani-based militants met."}' > in
	entity_pairs < in > got
	cat > expect <<'OUT'
[["Velgrad","GPE"],["Institute for Economic Research","ORG"]]
[["Kessel","GPE"]]
[]
[["New York","GPE"]]
OUT
	diff expect got
}

@test "in a headline in capitals an organisation's word alone is a common noun ('STOCKS CLOSE HIGHER ON BANK RALLY'); a name ending in one stays ('CENTRAL BANK'), and so does a body of the state ('SENATE')" {
	printf '%s\n' '{"text":"DRAVIAN STOCKS CLOSE HIGHER ON BANK RALLY ."}' \
	    '{"text":"KESSIA SAYS BANK WILL CUT RATES ."}' \
	    '{"text":"CENTRAL BANK CUTS RATES ."}' \
	    '{"text":"SENATE PASSES BUDGET ."}' > in
	wire-tag-entities < in | jq -c '[.entities[] | select(.type == "ORG") | .text]' > got
	cat > expect <<'OUT'
[]
[]
["CENTRAL BANK"]
["SENATE"]
OUT
	diff expect got
}

@test "a name the alias table knows takes its type from its canonical name: an organisation's variant is an ORG ('U.N. envoy'), a country's a GPE" {
	printf '%s\n' '{"text":"U.N. envoy Arvid Holm arrived in Velgrad."}' \
	    '{"text":"The UK and NATO agreed."}' > in
	wire-tag-entities < in | jq -c '[.entities[] | [.text, .type, .canonical]]' > got
	cat > expect <<'OUT'
[["U.N.","ORG","United Nations"],["Arvid Holm","PERSON","Arvid Holm"],["Velgrad","GPE","Velgrad"]]
[["UK","GPE","United Kingdom"],["NATO","ORG","North Atlantic Treaty Organization"]]
OUT
	diff expect got
}

@test "a name the tagger ended before a capitalised organisation's word is that organisation's ('fine Halvia Telecom', 'the Velgrad Police said')" {
	printf '%s\n' '{"text":"The European Commission said it would fine Halvia Telecom 12 million ecus."}' \
	    '{"text":"The Velgrad Police said two people were hurt."}' > in
	entity_pairs 'select(.type == "ORG" or .type == "PERSON" or .type == "GPE")' < in > got
	cat > expect <<'OUT'
[["European Commission","ORG"],["Halvia Telecom","ORG"]]
[["Velgrad Police","ORG"]]
OUT
	diff expect got
}

@test "a place's officers, people and courts beside its name make it a place ('Velgrad mayor Ana Brisk', 'Residents of Kessel', 'a Kessel court'), found or missed by the tagger; a bank's governor does not ('KCB governor'), nor a court that qualifies a matter ('the Lumigrid court case') or a month ('In January police')" {
	printf '%s\n' '{"text":"Velgrad mayor Ana Brisk said the roads were closed."}' \
	    '{"text":"Residents of Kessel fled the floods."}' \
	    '{"text":"A Kessel court on Tuesday jailed six men."}' \
	    '{"text":"An Islamic court in Velgrad ruled."}' \
	    '{"text":"KCB governor Jan Orrin said rates would stay."}' \
	    '{"text":"The firm won a key Kessel Council court ruling."}' \
	    '{"text":"The Lumigrid court case was dismissed."}' \
	    '{"text":"In January police arrested 30 people."}' > in
	entity_pairs 'select(.type != "DATE")' < in > got
	cat > expect <<'OUT'
[["Velgrad","GPE"],["Ana Brisk","PERSON"]]
[["Kessel","GPE"]]
[["Kessel","GPE"]]
[["Velgrad","GPE"]]
[["KCB","ORG"],["Jan Orrin","PERSON"]]
[["Kessel Council","ORG"]]
[]
[]
OUT
	diff expect got
}

@test "a town before a noun for a news outlet and the outlet's own name is the town ('the Velgrad daily Vecernje Novine'); a day after the noun is no outlet's name" {
	printf '%s\n' '{"text":"Orrin told the Velgrad daily Vecernje Novine the talks had failed."}' \
	    '{"text":"The official Dravpress news agency Friday said 12 people were held."}' > in
	entity_pairs 'select(.type != "DATE")' < in > got
	cat > expect <<'OUT'
[["Orrin","PERSON"],["Velgrad","GPE"],["Vecernje Novine","ORG"]]
[["Dravpress","ORG"]]
OUT
	diff expect got
}

@test "sports: in sports copy a result told names the side after its verb ('his side beat Portvale 3-1', 'lose 2-0 at Velby', 'drew 1-1 at Dunmore') and after a result without a score ('a win over Halby'), and a match's score says it is sports copy; never a nationality ('victory over Kessian forces'), a tennis player, or a vote ('lost 52-48 at Velgrad')" {
	printf '%s\n' '{"doc":"s","text":"SOCCER - RESULTS ."}' \
	    '{"doc":"s","text":"Ivo Marek scored twice as his side beat Portvale 3-1 on Saturday."}' \
	    '{"doc":"s","text":"Jan Brock said his team had been unlucky to lose 2-0 at Velby."}' \
	    '{"doc":"s","text":"They drew 1-1 at Dunmore last week."}' \
	    '{"doc":"s","text":"Kessel went top with a win over Halby."}' \
	    '{"doc":"s","text":"The army claimed victory over Kessian forces."}' \
	    '{"doc":"s","text":"Ana Ruiz beat Lena Holm 6-3 6-4 in the final."}' \
	    '{"text":"The measure lost 52-48 at Velgrad as Orlen abstained."}' \
	    '{"text":"The reform was defeated after a victory over Dunmore in the vote."}' \
	    '{"text":"His side beat Halby 3-1 on Saturday."}' > in
	wire-tag-entities < in | jq -c '[.entities[] | select(.type == "ORG") | .text]' > got
	cat > expect <<'OUT'
[]
["Portvale"]
["Velby"]
["Dunmore"]
["Halby"]
[]
[]
[]
[]
["Halby"]
OUT
	diff expect got
}

@test "a name starts with no small word of English in lower case ('the first day of Eid al-Fitr'); particles stay ('Charles de Gaulle')" {
	printf '%s\n' '{"text":"Many Muslims are celebrating the first day of Eid al-Fitr , a festival ."}' \
	    '{"text":"Officials met Karel van Dijk and Rosa de Lima ."}' > in
	wire-tag-entities < in | jq -c '[.entities[] | select(.type != "NORP") | .text]' > got
	cat > expect <<'OUT'
["Eid al-Fitr"]
["Karel van Dijk","Rosa de Lima"]
OUT
	diff expect got
}

@test "sports: a headline's report words are no part of a side ('DRAVIA V KESSIA SCOREBOARD', 'KESSEL AT PORTVALE BOX SCORE'), even where the tagger took them in" {
	printf '%s\n' '{"text":"CRICKET - DRAVIA V KESSIA SCOREBOARD ."}' \
	    '{"text":"BASEBALL - KESSEL AT PORTVALE BOX SCORE ."}' \
	    '{"text":"SOCCER - HALBY V VELBY LINEUPS ."}' > in
	entity_pairs < in > got
	cat > expect <<'OUT'
[["DRAVIA","ORG"],["KESSIA","ORG"]]
[["KESSEL","ORG"],["PORTVALE","ORG"]]
[["HALBY","ORG"],["VELBY","ORG"]]
OUT
	diff expect got
}

@test "a name that ends in a competition's word is an event, whoever the tagger took it for ('Saturday's Dravian Cup final', 'the Velby Grand Prix')" {
	printf '%s\n' '{"text":"Lineups for Saturday'"'"'s Dravian Cup final were named."}' \
	    '{"text":"Results from the Velby Grand Prix athletics meeting."}' > in
	entity_pairs 'select(.type != "DATE")' < in > got
	cat > expect <<'OUT'
[["Dravian Cup","EVENT"]]
[["Velby Grand Prix","EVENT"]]
OUT
	diff expect got
}

@test "sports: in sports copy a player after his squad number in a line-up is a person ('Kessel Rovers : 1 - Ivo Marek ; 2 - Lars Quill')" {
	printf '%s\n' '{"doc":"l","text":"SOCCER - CUP FINAL LINEUPS ."}' \
	    '{"doc":"l","text":"Kessel Rovers : 1 - Ivo Marek ; 2 - Lars Quill , 5 - Tomas Orrin"}' \
	    '{"text":"Kessel Rovers : 1 - Ivo Marek ; 2 - Lars Quill"}' > in
	wire-tag-entities < in | jq -c '[.entities[] | select(.type == "PERSON") | .text]' > got
	cat > expect <<'OUT'
[]
["Ivo Marek","Lars Quill","Tomas Orrin"]
[]
OUT
	diff expect got
}

@test "sports: in sports copy a match between two sides names them ('the final between Kessel Rovers and Portvale'); people and places a journey is between are no teams, in sports copy or not" {
	printf '%s\n' '{"doc":"l","text":"SOCCER - CUP FINAL ."}' \
	    '{"doc":"l","text":"Lineups for the final between Kessel Rovers and Portvale at Velby Park ."}' \
	    '{"doc":"l","text":"Talks between Ana Brisk and Jan Orrin failed."}' \
	    '{"doc":"l","text":"The club owner shuttled between Kessel and Velgrad."}' \
	    '{"doc":"n","text":"The fund manager said flights between Kessel and Velgrad were cancelled."}' \
	    '{"doc":"n","text":"Workers could lose their jobs. Dunmore are expected to protest."}' > in
	wire-tag-entities < in | jq -c '[.entities[] | select(.type == "ORG") | .text]' > got
	cat > expect <<'OUT'
[]
["Kessel Rovers","Portvale"]
[]
[]
[]
[]
OUT
	diff expect got
}

@test "a possessive after a common noun is the name's own ('the Kessel People's Liberation Front', 'the Dravian Children's Fund'); after a place it ends the owner ('Kessia's Foreign Ministry')" {
	printf '%s\n' '{"text":"The Kessel People'"'"'s Liberation Front said it would fight on."}' \
	    '{"text":"The Dravian Children'"'"'s Fund appealed for help."}' \
	    '{"text":"Kessia'"'"'s Foreign Ministry said."}' > in
	entity_pairs < in > got
	cat > expect <<'OUT'
[["Kessel People's Liberation Front","ORG"]]
[["Dravian Children's Fund","ORG"]]
[["Kessia","GPE"],["Foreign Ministry","ORG"]]
OUT
	diff expect got
}

@test "the rules hold off what only looks like their forms: an outlet before a title ('Dravpress news agency Director Ana Ruiz'), an organisation's word before a title ('the Ana Ruiz Foundation Director'), a person with a competition's name ('Ivo Masters'), a party's possessive ('the Kessel Party's Youth Wing'), a squad number before no person's name" {
	printf '%s\n' '{"text":"Dravpress news agency Director Ana Ruiz said the report was accurate."}' \
	    '{"text":"Ana Ruiz Foundation Director Ivo Marek spoke."}' \
	    '{"text":"Novelist Ivo Masters said the book took ten years."}' \
	    '{"text":"The Kessel Party'"'"'s Youth Wing staged a protest."}' \
	    '{"doc":"l","text":"SOCCER - CUP FINAL LINEUPS ."}' \
	    '{"doc":"l","text":"Kessel Rovers : 1 - Borvik Halden ; 2 - Lars Quill"}' > in
	entity_pairs 'select(.type != "DATE" and .text != "Director")' < in > got
	cat > expect <<'OUT'
[["Dravpress","ORG"],["Ana Ruiz","PERSON"]]
[["Ana Ruiz Foundation","ORG"],["Ivo Marek","PERSON"]]
[["Ivo Masters","PERSON"]]
[["Kessel Party","ORG"],["Youth Wing","ORG"]]
[]
[["Kessel Rovers","ORG"],["Lars Quill","PERSON"]]
OUT
	diff expect got
}

@test "sports: a cricket side before its innings is a team ('Ostershire 281 and 172-4', 'Halbyshire 320-6 dec', '98 all out'), and so is the side it played ('v Kesshire'); the batsmen and bowlers in brackets after it are people, with their initials ('I. Marek 56', 'P. Holt 5-22'); the ground opening the line is a place ('At Tolbury :'), a stadium with its own name stays one; two plain numbers are no innings ('Dravair 320 and 321 jets')" {
	printf '%s\n' '{"doc":"c","text":"At Tolbury : Ostershire 281 and 172-4 ( I. Marek 56 , T. Sand 40 ) ; Wendale 83 and 98 ( P. Holt 5-22 ) ."}' \
	    '{"doc":"c","text":"At Marnock : Halbyshire 320-6 dec ( L. Varga 102 not out ) v Kesshire ."}' \
	    '{"text":"Velbyshire 98 all out ( A. Ruiz 40 ) v Tolshire ."}' \
	    '{"text":"Wendale 83 and 98 ( P. Holt 5-22 ) v Kesshire ."}' \
	    '{"text":"At Halvia Bank Stadium : Portvale 2 Kessel 1"}' \
	    '{"text":"The airline ordered Dravair 320 and 321 jets ."}' > in
	cat > expect <<'OUT'
[["Tolbury","GPE"],["Ostershire","ORG"],["I. Marek","PERSON"],["T. Sand","PERSON"],["Wendale","ORG"],["P. Holt","PERSON"]]
[["Marnock","GPE"],["Halbyshire","ORG"],["L. Varga","PERSON"],["Kesshire","ORG"]]
[["Velbyshire","ORG"],["A. Ruiz","PERSON"],["Tolshire","ORG"]]
[["Wendale","ORG"],["P. Holt","PERSON"],["Kesshire","ORG"]]
[["Halvia Bank Stadium","FAC"],["Portvale","ORG"],["Kessel","ORG"]]
[]
OUT
	entity_pairs < in > got
	diff expect got
}

@test "sports: a scorer whose surname is mostly a common word is a person among other scorers ('Marek 15 , Sand 71'), and alone in brackets a common word before a number is none ('( Attendance 45 )'), nor a word of the match's card among scorers ('Attendance 450', 'Extras 12')" {
	printf '%s\n' '{"text":"Wendhoven 2 ( Marek 15 , Sand 71 ) Tolburg 1 ( Holt 44 pen )"}' \
	    '{"text":"Dunmore 2 ( Garvey 23 ) Velby 1 ( Attendance 45 )"}' \
	    '{"text":"Velby 2 ( Lind 23 , Ruiz 67 , Attendance 450 ) Kessel 1"}' \
	    '{"text":"Ostershire 281 and 172-4 ( I. Marek 56 , Extras 12 , Total 98 )"}' > in
	cat > expect <<'OUT'
[["Wendhoven","ORG"],["Marek","PERSON"],["Sand","PERSON"],["Tolburg","ORG"],["Holt","PERSON"]]
[["Dunmore","ORG"],["Garvey","PERSON"],["Velby","ORG"]]
[["Velby","ORG"],["Lind","PERSON"],["Ruiz","PERSON"],["Kessel","ORG"]]
[["Ostershire","ORG"],["I. Marek","PERSON"]]
OUT
	entity_pairs < in > got
	diff expect got
}

@test "sports: a first name and a surname before a nation or a club in brackets are a player, whatever the tagger made of them ('Erik Sand ( Austria )', '3 - Luc Sand ( Tolburg )')" {
	printf '%s\n' '{"text":"Tomas Halden ( Germany ) beat 3 - Erik Sand ( Austria ) 7-5 6-1 6-4"}' \
	    '{"doc":"s","text":"SOCCER - DRAVIAN LEAGUE SCORERS ."}' \
	    '{"doc":"s","text":"Top scorers : 4 - Ivo Marek ( Wendhoven ) , 3 - Luc Sand ( Tolburg )"}' > in
	wire-tag-entities < in | jq -c '[.entities[] | select(.type == "PERSON") | .text]' > got
	cat > expect <<'OUT'
["Tomas Halden","Erik Sand"]
[]
["Ivo Marek","Luc Sand"]
OUT
	diff expect got
}

@test "a noun for a person of a nation before a name is a NORP of its own ('Frenchman Luc Sand', 'Dane Erik Sand'); one that is a first name too opens a name of two words ('Dane Holt'); no other word in -man is one ('Freshman')" {
	printf '%s\n' '{"text":"Frenchman Luc Sand took the lead."}' \
	    '{"text":"Swede Erik Sand won the stage."}' \
	    '{"text":"Welshman Ivo Marek was second."}' \
	    '{"text":"Dane Holt won the stage."}' \
	    '{"text":"Finn Ivo Marek won the stage."}' \
	    '{"text":"Freshman Ivo Marek scored 20 points."}' \
	    '{"text":"Dane Erik Sand won the stage."}' > in
	cat > expect <<'OUT'
[["Frenchman","NORP"],["Luc Sand","PERSON"]]
[["Erik Sand","PERSON"]]
[["Welshman","NORP"],["Ivo Marek","PERSON"]]
[["Dane Holt","PERSON"]]
[["Finn","NORP"],["Ivo Marek","PERSON"]]
[["Freshman Ivo Marek","PERSON"]]
[["Dane","NORP"],["Erik Sand","PERSON"]]
OUT
	entity_pairs < in > got
	diff expect got
}

@test "sports: a story's dateline and a results line's ground stay places where the town's team plays in the same record; a team in a headline's capitals is one however the story cases it ('HALBY AT VELBY' ... 'face Halby'); a dateline's place stays one where the story named a person by it" {
	printf '%s\n' '{"text":"SOCCER - RESULTS .\nHALBY 1996-09-14\nHALBY AT VELBY\nMARNOCK AT TOLBURY\nAt Velby : Halby 2 Velby 1\nThey face Halby on Sunday ."}' \
	    '{"text":"HALBY AT VELBY\nThey face Halby on Sunday ."}' \
	    '{"doc":"p","text":"Lars Tolby said he would stay ."}' \
	    '{"doc":"p","text":"SOCCER - RESULTS .\nTOLBY 1996-09-14\nResults on Sunday :"}' > in
	wire-tag-entities < in | jq -c '.entities[] | select(.type != "DATE") | [.text, .type]' > got
	cat > expect <<'OUT'
["HALBY","GPE"]
["HALBY","ORG"]
["VELBY","ORG"]
["MARNOCK","ORG"]
["TOLBURY","ORG"]
["Velby","GPE"]
["Halby","ORG"]
["Velby","ORG"]
["Halby","ORG"]
["HALBY","ORG"]
["VELBY","ORG"]
["Halby","ORG"]
["Lars Tolby","PERSON"]
["TOLBY","GPE"]
OUT
	diff expect got
}

@test "sports: in sports copy a player's move names two clubs ('joined Portvale from Marnock', 'signed for Kessel from Velby') and a side's place in its league names a team ('Portvale went top of the league'); a rider's standings, where one moved from and a move outside sports copy do not" {
	printf '%s\n' '{"doc":"t","text":"SOCCER - ROUND-UP ."}' \
	    '{"doc":"t","text":"Striker Tomas Halden , who joined Portvale from Marnock in June , scored twice ."}' \
	    '{"doc":"t","text":"Halden signed for Kessel from Wendhoven last year ."}' \
	    '{"doc":"t","text":"Ivo Marek , who moved to Velgrad from Kessia as a boy , scored twice ."}' \
	    '{"doc":"t","text":"Tolburg went top of the league on Saturday ."}' \
	    '{"doc":"g","text":"CYCLING - TOUR OF DRAVIA ."}' \
	    '{"doc":"g","text":"Holm climbed to second in the standings on Friday ."}' \
	    '{"text":"The coach joined Velgrad from Kessia in 1990 , when rents rose between 10 and 15 percent ."}' > in
	entity_pairs 'select(.type != "DATE")' < in > got
	cat > expect <<'OUT'
[]
[["Tomas Halden","PERSON"],["Portvale","ORG"],["Marnock","ORG"]]
[["Halden","PERSON"],["Kessel","ORG"],["Wendhoven","ORG"]]
[["Ivo Marek","PERSON"],["Velgrad","GPE"],["Kessia","GPE"]]
[["Tolburg","ORG"]]
[["DRAVIA","GPE"]]
[["Holm","PERSON"]]
OUT
	head -n 7 got > got7
	diff expect got7
	# outside sports copy a move names no clubs
	tail -n 1 got | jq -e 'map(select(.[0] == "Kessia")) == [["Kessia","GPE"]]'
}

@test "business and political copy: a company's name does not run on into the period of its results ('Halvia Petroleum H1 net profit'); a story's sign-off names its bureau's town ('-- Velgrad Newsroom'); what only a state owns makes its owner a place ('Dravia 's parliament', 'Halby's economy'), not a phrase of its own ('Holt 's army of volunteers'), and no outlet's own newsdesk is a town; a town's bourse makes it a place" {
	printf '%s\n' '{"text":"Halvia Petroleum H1 net profit up 12 pct ."}' \
	    '{"text":"-- Velgrad Newsroom , +381 11 222 3344"}' \
	    '{"text":"Dravia '"'"'s parliament approves budget ."}' \
	    '{"text":"Halby'"'"'s economy grew 3 percent."}' \
	    '{"text":"Holt '"'"'s army of volunteers cleaned the beach ."}' \
	    '{"text":"The Orvo Times Newsdesk said it would review the report ."}' \
	    '{"text":"Marek '"'"'s economy class seat was upgraded ."}' \
	    '{"text":"Trading on the Tolburg bourse was thin."}' > in
	cat > expect <<'OUT'
[["Halvia Petroleum","ORG"]]
[["Velgrad","GPE"]]
[["Dravia","GPE"]]
[["Halby","GPE"]]
[["Holt","PERSON"]]
[["Orvo Times Newsdesk","ORG"]]
[["Marek","PERSON"]]
[["Tolburg","GPE"]]
OUT
	entity_pairs 'select(.type != "PERCENT")' < in > got
	diff expect got
	# a newsdesk without a sign-off's dash names no town
	echo '{"text":"Kessel Newsdesk staff said it would review the report ."}' |
	    wire-tag-entities | jq -e '[.entities[] | select(.type == "GPE")] == []'
}

@test "sports: a headline in capitals whose words around 'AT' hold a small word of English is no fixture ('MAREK LEADS BY TWO AT VELBY OPEN'); 'OF' and 'AND' may stand in a side ('NEW YORK AT PORT OF SPAIN', 'VELBY AND KELLS')" {
	printf '%s\n' '{"text":"GOLF - MAREK LEADS BY TWO AT VELBY OPEN ."}' \
	    '{"text":"NEW YORK AT PORT OF SPAIN"}' \
	    '{"text":"VELBY AND KELLS 2 PORTVALE 1"}' > in
	cat > expect <<'OUT'
[["MAREK","PERSON"]]
[["NEW YORK","ORG"],["PORT OF SPAIN","ORG"]]
[["VELBY AND KELLS","ORG"],["PORTVALE","ORG"]]
OUT
	entity_pairs < in > got
	diff expect got
}

@test "organisations the tagger cut or missed: a name after 'The' ending in an organisation's word ('The Global Grain Organisation'); words before an organisation's word taken alone ('The Velgrad Olympic Committee'), not a day ('Monday'); not a portfolio before its title ('Veterans Affairs Minister'); an outlet quoting someone ('Dravpress quoted ... as saying'), not officials quoted by one" {
	printf '%s\n' '{"text":"The Global Grain Organisation has criticised the plan ."}' \
	    '{"text":"The Velgrad Olympic Committee met ."}' \
	    '{"text":"On Monday Grand Olympic Committee officials met ."}' \
	    '{"text":"Veterans Affairs Minister Ivo Marek resigned ."}' \
	    '{"text":"Dravpress quoted Interior Minister Anton Varga as saying the army was on alert ."}' \
	    '{"text":"Officials quoted by Dravpress as saying ."}' > in
	cat > expect <<'OUT'
[["Global Grain Organisation","ORG"]]
[["Velgrad Olympic Committee","ORG"]]
[["Grand Olympic Committee","ORG"]]
[["Ivo Marek","PERSON"]]
[["Dravpress","ORG"],["Anton Varga","PERSON"]]
[]
OUT
	entity_pairs 'select(.type != "DATE")' < in > got
	diff expect got
}

@test "sports: a headline's subject after a sport's slug is a team before a verb in the plural ('SOCCER - PORTVALE WIN CUP', 'KESSEL GO TOP') and a player before one in the singular ('ATHLETICS - RUIZ SETS WORLD RECORD'); the subject does not run on into its verb ('MAREK TAKES ONE-SHOT LEAD') and starts after its description ('CHAMPIONS KESSEL', 'TEN-MAN KESSEL'); a common word, a role, a nation or a league is no player ('RAIN WINS', 'GOALKEEPER QUITS', 'FRANCE WINS', 'UEFA SETS'), and a slug that names no sport makes none ('MARKETS - LUMIGRID WINS')" {
	printf '%s\n' '{"text":"SOCCER - PORTVALE WIN CUP ."}' \
	    '{"text":"SOCCER - KESSEL GO TOP ."}' \
	    '{"text":"SOCCER - NEW HALDEN GO TOP ."}' \
	    '{"text":"ATHLETICS - RUIZ SETS WORLD RECORD ."}' \
	    '{"text":"GOLF - MAREK TAKES ONE-SHOT LEAD IN KESSIA ."}' \
	    '{"text":"CRICKET - RAIN WINS AGAIN AT VELBY ."}' \
	    '{"text":"SOCCER - CHAMPIONS KESSEL SLIP ."}' \
	    '{"text":"SOCCER - TEN-MAN KESSEL HOLD ON ."}' \
	    '{"text":"SOCCER - GOALKEEPER QUITS ."}' \
	    '{"text":"TENNIS - FRANCE WINS DAVIS CUP ."}' \
	    '{"text":"SOCCER - UEFA SETS DATE ."}' \
	    '{"text":"MARKETS - LUMIGRID WINS 2 CONTRACTS ."}' > in
	cat > expect <<'OUT'
[["PORTVALE","ORG"]]
[["KESSEL","ORG"]]
[["NEW HALDEN","ORG"]]
[["RUIZ","PERSON"]]
[["MAREK","PERSON"],["KESSIA","GPE"]]
[["VELBY","GPE"]]
[["KESSEL","ORG"]]
[["KESSEL","ORG"]]
[]
OUT
	entity_pairs < in > got
	head -n 9 got > got9
	diff expect got9
	# a nation, a league and a company in a slug that names no sport keep their types
	sed -n 10p got | jq -e 'map(select(.[0] == "FRANCE")) == [["FRANCE","GPE"]]'
	sed -n 11p got | jq -e '. == [["UEFA","ORG"]]'
	sed -n 12p got | jq -e 'map(select(.[1] == "PERSON")) == []'
}

@test "a record of small words alone ('and', 'of the') has no entities, and the program exits 0" {
	printf '%s\n' '{"text":"and"}' '{"text":"of"}' '{"text":"but the"}' '{"text":"The"}' > in
	run wire-tag-entities < in
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | jq -c '.entities // []' | sort -u)" = "[]" ]
	[ "$(printf '%s\n' "$output" | wc -l)" -eq 4 ]
}

@test "a portfolio's word before a minister's or a secretary's title and the holder's name is no organisation ('Information Minister Ivo Marek', 'Defense Secretary'); any other word stays one ('Velgaz Secretary', 'Army Secretary')" {
	printf '%s\n' '{"text":"Information Minister Ivo Marek said the law would pass ."}' \
	    '{"text":"Defense Secretary Ana Ruiz disagreed ."}' \
	    '{"text":"Velgaz Secretary Ana Ruiz said on Monday ."}' \
	    '{"text":"Army Secretary Ana Ruiz spoke ."}' > in
	cat > expect <<'OUT'
[["Ivo Marek","PERSON"]]
[["Ana Ruiz","PERSON"]]
[["Velgaz","ORG"],["Ana Ruiz","PERSON"],["Monday","DATE"]]
[["Army","ORG"],["Ana Ruiz","PERSON"]]
OUT
	entity_pairs < in > got
	diff expect got
}

@test "sports: results told in a story's prose: a side before its relative clause's result ('Marnock , who beat Tolburg 2-0'), the side a team lost or won at home to ('lost 4-0 at home to Velby', 'a 3-1 win at home to Ostrov'), a side that remains ('Portvale remain two points clear'), a side with its place in the table beside it ('Kessel , bottom of the table ,'); outside sports copy none of these names a team ('Ruiz , who beat Marek 52-48', 'a 52-48 defeat at home to Marek', 'Tarsk remain opposed')" {
	printf '%s\n' '{"doc":"w","text":"SOCCER - DRAVIAN ROUND-UP ."}' \
	    '{"doc":"w","text":"Portvale remain two points clear of Marnock , who beat Tolburg 2-0 at home on Saturday ."}' \
	    '{"doc":"w","text":"Kessel , bottom of the table , lost 4-0 at home to Velby ."}' \
	    '{"doc":"w","text":"Wendhoven moved into third place with a 3-1 win at home to Ostrov ."}' \
	    '{"text":"Voters backed Ruiz , who beat Marek 52-48 ."}' \
	    '{"text":"Ruiz suffered a 52-48 defeat at home to Marek ."}' \
	    '{"text":"Tarsk remain opposed to the plan after Ruiz beat Marek in the vote ."}' > in
	wire-tag-entities < in | jq -c '[.entities[] | select(.type == "ORG") | .text]' > got
	cat > expect <<'OUT'
[]
["Portvale","Marnock","Tolburg"]
["Kessel","Velby"]
["Ostrov"]
[]
[]
[]
OUT
	diff expect got
}

@test "a story in one record is read whole: a headline's surname before the full name is that person ('KOVALIK TAKES LEAD', then 'Tomas Kovalik')" {
	printf '%s\n' '{"text":"GOLF - KOVALIK TAKES TWO-SHOT LEAD .\nVELBY 1996-08-30\nTomas Kovalik of Dravia shot a 65 on Friday .\nKovalik birdied five holes ."}' |
	    wire-tag-entities | jq -c '[.entities[] | select(.type == "PERSON") | [.text, .canonical]]' > got
	echo '[["KOVALIK","Tomas Kovalik"],["Tomas Kovalik","Tomas Kovalik"],["Kovalik","Tomas Kovalik"]]' > expect
	diff expect got
}

@test "a story in one record: a surname two people of the story share stands for neither ('MAREK WINS', then 'Ana Marek' and 'Ivo Marek')" {
	printf '%s\n' '{"text":"MAREK WINS IN VELBY .\nAna Marek won the race on Sunday . Her cousin Ivo Marek was second ."}' |
	    wire-tag-entities | jq -c '[.entities[] | select(.type == "PERSON") | [.text, .canonical]]' > got
	echo '[["MAREK","MAREK"],["Ana Marek","Ana Marek"],["Ivo Marek","Ivo Marek"]]' > expect
	diff expect got
}

@test "a story in one record: a place or a company named like a person named later stays what it is ('Police in Halden', then 'Mayor Tomas Halden'; 'Velgaz said its profit fell', then 'Anton Velgaz')" {
	printf '%s\n' '{"text":"Police in Halden said the fire started at night . Mayor Tomas Halden said the town would rebuild ."}' \
	    '{"text":"Velgaz said its profit fell 10 percent . Anton Velgaz founded the company in 1965 ."}' > in
	entity_pairs 'select(.type != "DATE" and .type != "PERCENT")' < in > got
	cat > expect <<'OUT'
[["Halden","GPE"],["Tomas Halden","PERSON"]]
[["Velgaz","ORG"],["Anton Velgaz","PERSON"]]
OUT
	diff expect got
}

@test "a full name opening a sentence is not cut to a surname the story knows, alone ('MAREK WINS IN VELBY', then 'Ana Marek won') or as another's ('Ivo Marek', then 'Ana Marek said')" {
	printf '%s\n' '{"text":"MAREK WINS IN VELBY .\nAna Marek won the race on Sunday ."}' \
	    '{"text":"Ivo Marek spoke on Monday .\nAna Marek said she agreed ."}' > in
	wire-tag-entities < in | jq -c '[.entities[] | select(.type == "PERSON") | .text]' > got
	printf '%s\n' '["MAREK","Ana Marek"]' '["Ivo Marek","Ana Marek"]' > expect
	diff expect got
}

@test "a surname the story knows is found in a headline's capitals ('ORLOV DOUBLE SINKS HALDEN'), not before a body's word ('MAREK GROUP PROFIT FALLS')" {
	printf '%s\n' '{"doc":"o","text":"Pavel Orlov signed a new contract on Monday ."}' \
	    '{"doc":"o","text":"ORLOV DOUBLE SINKS HALDEN ."}' \
	    '{"doc":"m","text":"Ivo Marek said on Monday he would stand ."}' \
	    '{"doc":"m","text":"MAREK GROUP PROFIT FALLS ."}' > in
	wire-tag-entities < in | jq -c '[.entities[] | select(.type == "PERSON") | [.text, .canonical]]' > got
	cat > expect <<'OUT'
[["Pavel Orlov","Pavel Orlov"]]
[["ORLOV","Pavel Orlov"]]
[["Ivo Marek","Ivo Marek"]]
[]
OUT
	diff expect got
}

@test "a company known by what is told of it stays one for the whole story where the tagger takes its name for a person ('Velgaz shares rose'), the records before it too, and in a record read whole the mentions before it" {
	printf '%s\n' '{"doc":"v","text":"Velgaz said on Monday it would hire ."}' \
	    '{"doc":"v","text":"Velgaz shares rose 3 percent ."}' \
	    '{"doc":"v","text":"Velgaz said it would hire 200 people ."}' \
	    '{"text":"Velgaz said on Monday it would hire . Velgaz shares rose 3 percent ."}' > in
	wire-tag-entities < in | jq -c '[.entities[] | select(.text == "Velgaz") | .type]' > got
	cat > expect <<'OUT'
["ORG"]
["ORG"]
["ORG"]
["ORG","ORG"]
OUT
	diff expect got
}

@test "a company by its results ('Velgaz profit rises') and by its noun after a qualifier ('gas company Velgaz', 'state lender Norbank', 'French manufacturer Velcor'), not after an article nor for a noun that names people too without a nationality or an industry ('the company Ruiz founded', 'The miner Tavares', 'Veteran miner Tavares')" {
	printf '%s\n' '{"text":"Velgaz profit rises on higher gas prices ."}' \
	    '{"text":"The state lender Norbank said on Friday its profit rose ."}' \
	    '{"text":"Dravian gas company Velgaz cut prices ."}' \
	    '{"text":"The company Ruiz founded in 1998 grew fast . Ruiz said she was proud ."}' \
	    '{"text":"The miner Tavares was rescued on Monday . Tavares told reporters he was fine ."}' \
	    '{"text":"French manufacturer Velcor said on Monday it would cut jobs ."}' \
	    '{"text":"Veteran miner Tavares was rescued ."}' > in
	entity_pairs 'select(.type == "ORG" or .type == "PERSON")' < in > got
	cat > expect <<'OUT'
[["Velgaz","ORG"]]
[["Norbank","ORG"]]
[["Velgaz","ORG"]]
[["Ruiz","PERSON"],["Ruiz","PERSON"]]
[["Tavares","PERSON"],["Tavares","PERSON"]]
[["Velcor","ORG"]]
[["Tavares","PERSON"]]
OUT
	diff expect got
}

@test "a country's name the tagger split is one place ('Czech Republic', 'Sri Lanka')" {
	printf '%s\n' '{"text":"Sri Lanka and the Czech Republic signed the accord ."}' |
	    wire-tag-entities | jq -c '[.entities[] | [.text, .type]]' > got
	echo '[["Sri Lanka","GPE"],["Czech Republic","GPE"]]' > expect
	diff expect got
}

@test "a body's word inside a name makes no person of it ('Major League Baseball', opening a sentence too), a title's does ('Group Captain Ivo Marek', 'Army Sergeant Halvorsen'); alone in a headline it names nothing ('MAJOR LEAGUE RESULTS')" {
	printf '%s\n' '{"text":"He watched Major League Baseball games on Friday ."}' \
	    '{"text":"Major League Baseball said on Monday it would act ."}' \
	    '{"text":"Group Captain Ivo Marek flew the jet ."}' \
	    '{"text":"Army Sergeant Halvorsen said ."}' \
	    '{"text":"BASEBALL - MAJOR LEAGUE RESULTS FRIDAY ."}' > in
	entity_pairs 'select(.type != "DATE")' < in > got
	cat > expect <<'OUT'
[["Major League Baseball","ORG"]]
[["Major League Baseball","ORG"]]
[["Group Captain Ivo Marek","PERSON"]]
[["Army Sergeant Halvorsen","PERSON"]]
[]
OUT
	diff expect got
}

@test "a competition's word after a name the tagger ended before it makes an event ('the German Grand Prix', 'AT HALDEN OPEN .', '... OPEN AS RAIN HITS'), not where the headline goes on ('KESSIA MARATHON TALKS FAIL') nor before a title ('the British Olympics Minister')" {
	printf '%s\n' '{"text":"Pavel Orlov won the German Grand Prix on Sunday ."}' \
	    '{"text":"TENNIS - SEEDS FALL AT HALDEN OPEN ."}' \
	    '{"text":"TENNIS - SEEDS FALL AT HALDEN OPEN AS RAIN HITS ."}' \
	    '{"text":"KESSIA MARATHON TALKS FAIL TO END STRIKE ."}' \
	    '{"text":"The British Olympics Minister Ana Ruiz said ."}' > in
	entity_pairs 'select(.type != "DATE")' < in > got
	cat > expect <<'OUT'
[["Pavel Orlov","PERSON"],["German Grand Prix","EVENT"]]
[["HALDEN OPEN","EVENT"]]
[["HALDEN OPEN","EVENT"]]
[["KESSIA","GPE"]]
[["British","NORP"],["Ana Ruiz","PERSON"]]
OUT
	diff expect got
}

@test "sports: a headline's second clause names its team or its player ('ORLOV SCORES AS MARNOCK BEAT HALDEN', 'RECORDS FALL AS RUIZ SETS PACE')" {
	printf '%s\n' '{"text":"SOCCER - ORLOV SCORES AS MARNOCK BEAT HALDEN ."}' \
	    '{"text":"ATHLETICS - RECORDS FALL AS RUIZ SETS PACE ."}' > in
	entity_pairs < in > got
	cat > expect <<'OUT'
[["ORLOV","PERSON"],["MARNOCK","ORG"],["HALDEN","ORG"]]
[["RUIZ","PERSON"]]
OUT
	diff expect got
}

@test "a place's name ending in a body's word is that body ('the Civic Union'), not a place the gazetteer has ('Soviet Union') nor a word that names places too ('Brackmoor Court')" {
	printf '%s\n' '{"text":"Dravia '\''s main opposition party , the Civic Union , called for an election ."}' \
	    '{"text":"He was born in the Soviet Union ."}' \
	    '{"text":"She lives in Brackmoor Court , a village near Halden ."}' > in
	entity_pairs < in > got
	cat > expect <<'OUT'
[["Dravia","GPE"],["Civic Union","ORG"]]
[["Soviet Union","GPE"]]
[["Brackmoor Court","GPE"],["Halden","GPE"]]
OUT
	diff expect got
}

@test "sports: a results row's team after the nation is an ORG ('( Germany ) Kestrel 1:21.402'), and its lap time no clock" {
	printf '%s\n' '{"text":"MOTOR RACING - RESULTS .\n1. Lukas Brandt ( Germany ) Kestrel 1:21.402\n2. Pavel Orlov ( Russia ) Vantor-Ferro 1:21.655"}' \
	    '{"text":"The meeting starts at 10:30 ."}' > in
	entity_pairs < in > got
	cat > expect <<'OUT'
[["Lukas Brandt","PERSON"],["Germany","GPE"],["Kestrel","ORG"],["Pavel Orlov","PERSON"],["Russia","GPE"],["Vantor-Ferro","ORG"]]
[["10:30","TIME"]]
OUT
	diff expect got
}

@test "a sports headline naming its report by a nationality and a league's word has the nationality alone ('SOCCER - DRAVIAN LEAGUE SUMMARIES'), not a league or a party named so ('PAKISTAN MUSLIM LEAGUE WINS VOTE', 'INDIAN PREMIER LEAGUE RESULTS')" {
	printf '%s\n' '{"text":"SOCCER - DRAVIAN LEAGUE SUMMARIES ."}' \
	    '{"text":"PAKISTAN MUSLIM LEAGUE WINS VOTE ."}' \
	    '{"text":"CRICKET - INDIAN PREMIER LEAGUE RESULTS ."}' > in
	entity_pairs < in > got
	cat > expect <<'OUT'
[["DRAVIAN","NORP"]]
[["PAKISTAN MUSLIM LEAGUE","ORG"]]
[["INDIAN PREMIER LEAGUE","ORG"]]
OUT
	diff expect got
}

@test "where the markets' people work is a company ('Economists at Norbank'), where they are a place ('in Halden'); other people at a town leave it a place, in the story too ('Researchers at Halden', 'analysts at Tarsk , the capital ,')" {
	printf '%s\n' '{"text":"Economists at Norbank and Halden Securities had expected no change ."}' \
	    '{"text":"said Erik Lund , an analyst at Norbank in Halden ."}' \
	    '{"text":"Researchers at Halden found a cure . Floods hit Halden on Monday ."}' \
	    '{"text":"Analysts at Tarsk , the capital , met ."}' > in
	entity_pairs 'select(.type != "DATE")' < in > got
	cat > expect <<'OUT'
[["Norbank","ORG"],["Halden Securities","ORG"]]
[["Erik Lund","PERSON"],["Norbank","ORG"],["Halden","GPE"]]
[["Halden","GPE"],["Halden","GPE"]]
[["Tarsk","GPE"]]
OUT
	diff expect got
}

@test "sports: the club a player came from is a team ('signed from Kessel for'); the town a squad arrived from is a place, and so is one outside sports copy" {
	printf '%s\n' '{"text":"SOCCER - ORLOV SCORES .\nOrlov , signed from Kessel for 1.5 million pounds in July , scored twice ."}' \
	    '{"text":"SOCCER - ROUND-UP .\nThe squad arrived from Kessel on Tuesday night ."}' \
	    '{"text":"Orlov , who arrived from Kessel in July , said he was happy ."}' > in
	wire-tag-entities < in | jq -c '[.entities[] | select(.text == "Kessel") | .type]' > got
	printf '%s\n' '["ORG"]' '["GPE"]' '["GPE"]' > expect
	diff expect got
}

@test "sports: a club in brackets after a player is an ORG ('Ivo Marek ( Partizan Velgrad )', '( Kessel City )'); a nation or a place there a GPE ('( Czech Republic )', '( New York )', '( S. Africa )', '( Upper Kessia )')" {
	printf '%s\n' '{"text":"SOCCER - DRAVIAN LEADING GOALSCORERS .\n12 - Ivo Marek ( Partizan Velgrad )\n10 - Petar Sand ( Kessel City ) , Luka Holt ( Czech Republic )"}' \
	    '{"text":"TENNIS - RESULTS .\nIvo Marek ( New York ) beat Tomas Vrba ( Norway ) 6-2 6-1 ."}' \
	    '{"text":"GOLF - LEADERS .\n69 Ivo Marek ( S. Africa ) 70 71\n71 Erik Lund ( Upper Kessia ) 72 70"}' > in
	entity_pairs < in > got
	cat > expect <<'OUT'
[["Ivo Marek","PERSON"],["Partizan Velgrad","ORG"],["Petar Sand","PERSON"],["Kessel City","ORG"],["Luka Holt","PERSON"],["Czech Republic","GPE"]]
[["Ivo Marek","PERSON"],["New York","GPE"],["Tomas Vrba","PERSON"],["Norway","GPE"]]
[["Ivo Marek","PERSON"],["S. Africa","GPE"],["Erik Lund","PERSON"],["Upper Kessia","GPE"]]
OUT
	diff expect got
}

@test "a nationality's adjective before a noun is a NORP ('the Kessian city of Halden'), not a place's name before its noun ('Ghorian district') nor after a preposition of place ('Fighting in Ostrish continued')" {
	printf '%s\n' '{"text":"They signed the accord in the Kessian city of Halden ."}' \
	    '{"text":"Officials said 43 people died in Ghorian district over two days ."}' \
	    '{"text":"Fighting in Ostrish continued ."}' > in
	entity_pairs 'select(.type != "DATE")' < in > got
	printf '%s\n' '[["Kessian","NORP"],["Halden","GPE"]]' '[["Ghorian","GPE"]]' '[["Ostrish","GPE"]]' > expect
	diff expect got
}

@test "a table's header names nothing ('W L T GF GA PTS'), a headline of short words in capitals still does ('IRAN SEES GDP UP', 'U S AID TO IRAQ')" {
	printf '%s\n' '{"text":"ICE HOCKEY - STANDINGS .\nW L T GF GA PTS\nHALBY 12 7 6 77 76 30"}' \
	    '{"text":"IRAN SEES GDP UP"}' '{"text":"U S AID TO IRAQ"}' > in
	entity_pairs < in > got
	printf '%s\n' '[["HALBY","ORG"]]' '[["IRAN","GPE"]]' '[["IRAQ","GPE"]]' > expect
	diff expect got
}

@test "sports: after the slug of a sport played alone a headline's subject before a verb in the singular is a player where the tagger took it for an organisation ('GOLF - KOVALIK LEADS'), not an acronym, nor after a team sport's slug ('SOCCER - KESSELTON SIGNS STRIKER')" {
	printf '%s\n' '{"text":"GOLF - KOVALIK LEADS IN HALDEN MASTERS ."}' \
	    '{"text":"SOCCER - UEFA SETS DATE ."}' \
	    '{"text":"SOCCER - KESSELTON SIGNS STRIKER ."}' > in
	entity_pairs < in > got
	printf '%s\n' '[["KOVALIK","PERSON"]]' '[["UEFA","ORG"]]' '[["KESSELTON","ORG"]]' > expect
	diff expect got
}

@test "sports: a player's place in a scoring table, or anyone's outside sports copy, makes no team ('Marek , top of the scoring table ,', 'Ruiz , top of the table ,')" {
	printf '%s\n' '{"text":"SOCCER - ROUND-UP .\nMarek , top of the scoring table , scored again ."}' \
	    '{"text":"Ruiz , top of the table , said the vote was close ."}' > in
	wire-tag-entities < in | jq -c '[.entities[] | select(.type == "ORG") | .text]' > got
	printf '%s\n' '[]' '[]' > expect
	diff expect got
}

@test "sports: a headline's side after a word that describes it ('LOWLY PORTVALE STUN KESSEL', 'RELEGATED MARNOCK BEAT TOLBURG') is the side alone, even where the tagger took both words" {
	printf '%s\n' '{"text":"SOCCER - LOWLY PORTVALE STUN KESSEL ."}' '{"text":"SOCCER - HOLDERS VELBY CRASH OUT ."}' \
	    '{"text":"SOCCER - RELEGATED MARNOCK BEAT TOLBURG ."}' > in
	wire-tag-entities < in | jq -c '[.entities[] | select(.type == "ORG") | .text]' > got
	printf '%s\n' '["PORTVALE"]' '["VELBY"]' '["MARNOCK","TOLBURG"]' > expect
	diff expect got
}

@test "a company's legal form ends its name, found or missed by the tagger ('Norbank plc', 'Velgaz AG', 'Halvex SA')" {
	printf '%s\n' '{"text":"Velgaz AG and Norbank plc gained ."}' \
	    '{"text":"Shares in Halvex SA fell ."}' \
	    '{"text":"Norbank plc gained 3 percent ."}' > in
	wire-tag-entities < in | jq -c '[.entities[] | select(.type == "ORG") | .text]' > got
	printf '%s\n' '["Velgaz AG","Norbank plc"]' '["Halvex SA"]' '["Norbank plc"]' > expect
	diff expect got
}

@test "a story cut into records is settled by its next seven records: a surname before the full name ('Holt', then 'Mayor Erika Holt'), a headline in capitals ('GOLF - KOVALIK TAKES LEAD', then 'Tomas Kovalik'); not by the eighth, nor across a record of another story" {
	heavy='"text":"Traffic was heavy ."'
	{
		printf '%s\n' '{"doc":"g","text":"GOLF - KOVALIK TAKES LEAD IN HALDEN ."}' \
		    '{"doc":"g","text":"Tomas Kovalik of Dravia shot a 65 on Thursday ."}' \
		    '{"doc":"b","text":"Marek said on Monday the talks would go on ."}' \
		    '{"doc":"c","text":"Vesna Tarkov spoke first ."}' \
		    '{"doc":"b","text":"Foreign Minister Ivo Marek arrived on Tuesday ."}' \
		    '{"doc":"l","text":"Holt said the bridge would reopen ."}'
		for i in 1 2 3 4 5 6; do printf '{"doc":"l",%s}\n' "$heavy"; done
		printf '%s\n' '{"doc":"l","text":"Mayor Erika Holt opened the bridge ."}' \
		    '{"doc":"n","text":"Brandt said the bridge would reopen ."}'
		for i in 1 2 3 4 5 6 7; do printf '{"doc":"n",%s}\n' "$heavy"; done
		printf '%s\n' '{"doc":"n","text":"Mayor Lukas Brandt opened the bridge ."}'
	} > in
	wire-tag-entities < in |
	    jq -c 'select(.text != "Traffic was heavy .") | [.entities[] | select(.type == "PERSON" or .type == "ORG") | [.text, .type, .canonical]]' > got
	cat > expect <<'OUT'
[["KOVALIK","PERSON","Tomas Kovalik"]]
[["Tomas Kovalik","PERSON","Tomas Kovalik"]]
[["Marek","PERSON","Marek"]]
[["Vesna Tarkov","PERSON","Vesna Tarkov"]]
[["Ivo Marek","PERSON","Ivo Marek"]]
[["Holt","PERSON","Erika Holt"]]
[["Erika Holt","PERSON","Erika Holt"]]
[["Brandt","PERSON","Brandt"]]
[["Lukas Brandt","PERSON","Lukas Brandt"]]
OUT
	diff expect got
	# every record out once, in the order it came, as it came but for
	# its entities
	wire-tag-entities < in | jq -c 'del(.entities)' | diff in -
}

@test "a record held for its story's next goes out when the next read would block, as it stood" {
	mkfifo fifo
	wire-tag-entities < fifo > out &
	pid=$!
	exec 7> fifo
	printf '%s\n' '{"doc":"l","text":"Holt said the bridge would reopen ."}' >&7
	wait_for_lines out 1
	printf '%s\n' '{"doc":"l","text":"Mayor Erika Holt opened the bridge ."}' >&7
	exec 7>&-
	wait "$pid"
	jq -c '[.entities[] | [.text, .canonical]]' out > got
	cat > expect <<'OUT'
[["Holt","Holt"]]
[["Erika Holt","Erika Holt"]]
OUT
	diff expect got
}

@test "sports: a result in the headline of a sport played alone is two players' ('TENNIS - ORLOVA BEATS TESLIK'), named in full by the story, in one record or cut into records; a team sport's, or one told with a verb in the plural, is two teams' ('SOCCER - KESSEL BEAT PORTVALE', 'CYCLING - KESSEL BEAT PORTVALE IN TEAM TIME TRIAL')" {
	story='TENNIS - ORLOVA BEATS TESLIK IN HALDEN .\n\nTop seed Mira Orlova beat Lena Teslik 6-3 6-2 on Saturday .\n\nTeslik said her knee hurt .'
	printf '{"id":"t","text":"%s"}\n' "$story" > whole
	printf '{"doc":"t","text":"%s"}\n' 'TENNIS - ORLOVA BEATS TESLIK IN HALDEN .' \
	    'Top seed Mira Orlova beat Lena Teslik 6-3 6-2 on Saturday .' > cut
	printf '{"text":"%s"}\n' 'SOCCER - KESSEL BEAT PORTVALE .' 'CYCLING - KESSEL BEAT PORTVALE IN TEAM TIME TRIAL .' > teams
	for f in whole cut teams; do
		wire-tag-entities < "$f" |
		    jq -c '[.entities[] | select(.type == "PERSON" or .type == "ORG") | [.text, .type, .canonical]]'
	done > got
	cat > expect <<'OUT'
[["ORLOVA","PERSON","Mira Orlova"],["TESLIK","PERSON","Lena Teslik"],["Mira Orlova","PERSON","Mira Orlova"],["Lena Teslik","PERSON","Lena Teslik"],["Teslik","PERSON","Lena Teslik"]]
[["ORLOVA","PERSON","Mira Orlova"],["TESLIK","PERSON","Lena Teslik"]]
[["Mira Orlova","PERSON","Mira Orlova"],["Lena Teslik","PERSON","Lena Teslik"]]
[["KESSEL","ORG","KESSEL"],["PORTVALE","ORG","PORTVALE"]]
[["KESSEL","ORG","KESSEL"],["PORTVALE","ORG","PORTVALE"]]
OUT
	diff expect got
}

@test "a trophy named with a first name is an event ('the Edgar Cup', 'the Frank Trophy'), ('Edgar Cup holders'), a person named so is not ('Ivo Masters', 'Dr Anna Open told', 'Ivo Cup was arrested')" {
	printf '{"text":"%s"}\n' 'Kessia beat Dravia 3-2 in the Edgar Cup on Sunday .' \
	    'The club won the Frank Trophy for a third year .' 'Ivo Masters won the race .' \
	    'Dr Anna Open told the court she had seen the car .' 'Edgar Cup holders Kessia lost again .' \
	    'Police said Ivo Cup was arrested on Monday .' > in
	entity_pairs 'select(.type == "EVENT" or .type == "PERSON")' < in > got
	cat > expect <<'OUT'
[["Edgar Cup","EVENT"]]
[["Frank Trophy","EVENT"]]
[["Ivo Masters","PERSON"]]
[["Anna Open","PERSON"]]
[["Edgar Cup","EVENT"]]
[["Ivo Cup","PERSON"]]
OUT
	diff expect got
}

@test "sports: a result told of a player's country or club makes no teams ('Mira Orlova of Dravia beat Kessia 's Lena Teslik'); two sides' result does ('Kessel beat Portvale 2-1', 'Halby beat Tarsk 's Premier League rivals')" {
	printf '{"text":"%s"}\n' "Top seed Mira Orlova of Dravia beat Kessia 's Lena Teslik on Saturday ." \
	    "Kessel beat Portvale 2-1 on Saturday ." "Halby beat Tarsk 's Premier League rivals on penalties ." > in
	entity_pairs 'select(.type != "DATE")' < in > got
	cat > expect <<'OUT'
[["Mira Orlova","PERSON"],["Dravia","GPE"],["Kessia","GPE"],["Lena Teslik","PERSON"]]
[["Kessel","ORG"],["Portvale","ORG"]]
[["Halby","ORG"],["Tarsk","ORG"],["Premier League","ORG"]]
OUT
	diff expect got
}

@test "a person's or a place's name ends in no word in lower case ('at the Zarden airport'), and a name learnt from a headline's capitals is not found where the text writes its last word so ('HALDEN BOURSE', then 'the Halden bourse')" {
	printf '%s\n' '{"text":"Police arrested him at the Zarden airport on Monday ."}' \
	    '{"doc":"h","text":"MARKETS - VELGAZ LIFTS HALDEN BOURSE ."}' \
	    '{"doc":"h","text":"Shares in Velgaz rose 4 percent on the Halden bourse on Friday ."}' > in
	# the first record and the third (the headline's own reading aside)
	entity_pairs 'select(.type != "DATE" and .type != "PERCENT")' < in | sed 2d > got
	cat > expect <<'OUT'
[["Zarden","GPE"]]
[["Velgaz","ORG"],["Halden","GPE"]]
OUT
	diff expect got
}

@test "a company bought as a rival ('to buy rival Norgas'), by its shareholders ('Velgaz shareholders'); not a person's house ('buy rival Marek 's house')" {
	printf '{"text":"%s"}\n' 'Halvex agreed on Monday to buy rival Norgas .' 'Velgaz shareholders approved the deal .' \
	    "Ruiz will buy rival Marek 's house ." > in
	entity_pairs 'select(.text != "Halvex" and .type != "DATE")' < in > got
	cat > expect <<'OUT'
[["Norgas","ORG"]]
[["Velgaz","ORG"]]
[["Ruiz","PERSON"],["Marek","PERSON"]]
OUT
	diff expect got
}

@test "sports: a scorecard's innings told in words ('Kessia first innings 312 ( Tomas Brandt 104 , Erik Lind 56 ; Ivo Marek 4-61 )'), on a line after another; a headline's sides without its report's words ('KESSIA V DRAVIA FIRST TEST SCOREBOARD', '... ONE-DAY INTERNATIONAL SCOREBOARD', 'Kessia v Dravia First Test Scoreboard'), and a league's report with them after the tagger's name ('DRAVIAN LEAGUE STANDINGS')" {
	printf '{"text":"%s"}\n' 'Scoreboard on Friday :\n\nKessia first innings 312 ( Tomas Brandt 104 , Erik Lind 56 ; Ivo Marek 4-61 )\n\nDravia second innings 145-3 ( Pavel Norden 72 not out )' \
	    'CRICKET - KESSIA V DRAVIA FIRST TEST SCOREBOARD .' \
	    'CRICKET - KESSIA V DRAVIA ONE-DAY INTERNATIONAL SCOREBOARD .' \
	    'SOCCER - DRAVIAN LEAGUE STANDINGS .' 'Cricket - Kessia v Dravia First Test Scoreboard' > in
	entity_pairs 'select(.type != "DATE")' < in > got
	cat > expect <<'OUT'
[["Kessia","ORG"],["Tomas Brandt","PERSON"],["Erik Lind","PERSON"],["Ivo Marek","PERSON"],["Dravia","ORG"],["Pavel Norden","PERSON"]]
[["KESSIA","ORG"],["DRAVIA","ORG"]]
[["KESSIA","ORG"],["DRAVIA","ORG"]]
[["DRAVIAN","NORP"]]
[["Kessia","ORG"],["Dravia","ORG"]]
OUT
	diff expect got
}

@test "an unknown nationality's adjective before a nation's noun is a NORP, missed by the tagger or taken for a person ('Dravian troops', 'the Dravian first division', 'Kessish officials'); not a first name, a surname before a verb, nor an adjective before another noun ('Adrian said', 'Kazarian urges calm', 'Arzumanian denies', 'Orwellian measures')" {
	printf '{"text":"%s"}\n' 'Dravian troops crossed the border .' 'Kessel lead the Dravian first division .' \
	    'Kessish officials said so .' 'Adrian said he would go .' 'Kazarian urges calm .' \
	    'Arzumanian denies the charges .' 'Orwellian measures were condemned .' > in
	wire-tag-entities < in | jq -c '[.entities[] | select(.text | test("ian|ish|ese")) | [.text, .type]]' > got
	cat > expect <<'OUT'
[["Dravian","NORP"]]
[["Dravian","NORP"]]
[["Kessish","NORP"]]
[["Adrian","PERSON"]]
[["Kazarian","PERSON"]]
[]
[]
OUT
	diff expect got
}

@test "a record held for its story's next waits through a pause in the middle of the next line, which is on its way" {
	mkfifo fifo
	wire-tag-entities < fifo > out &
	pid=$!
	exec 7> fifo
	printf '%s\n%s' '{"doc":"l","text":"Holt said the bridge would reopen ."}' '{"doc":"l","text":"Mayor Erika' >&7
	sleep 0.3
	printf '%s\n' ' Holt opened the bridge ."}' >&7
	exec 7>&-
	wait "$pid"
	jq -c '[.entities[] | [.text, .canonical]]' out > got
	cat > expect <<'OUT'
[["Holt","Erika Holt"]]
[["Erika Holt","Erika Holt"]]
OUT
	diff expect got
}

@test "a story's record is not settled where the words around a name tell it is no person ('Haddad said its debt', 'The Rosales docked'), nor a word in capitals outside a headline ('NEXA will strike'); a person who 'said it' is, or whose supporters rallied ('Marek said it was', 'Supporters of Sollie')" {
	printf '%s\n' '{"doc":"a","text":"Haddad said its debt would fall ."}' \
	    '{"doc":"a","text":"Its founder Sami Haddad retired in 2001 ."}' \
	    '{"doc":"b","text":"The Rosales docked in Portvale on Monday ."}' \
	    '{"doc":"b","text":"Captain Diego Rosales said the crossing was rough ."}' \
	    '{"doc":"c","text":"NEXA will strike on Monday , union leaders said ."}' \
	    '{"doc":"c","text":"Its leader Omar Nexa called the strike ."}' \
	    '{"doc":"d","text":"Marek said it was a sad day ."}' \
	    '{"doc":"d","text":"Opposition leader Ivo Marek resigned on Monday ."}' \
	    '{"doc":"e","text":"Supporters of Sollie rallied in the capital ."}' \
	    '{"doc":"e","text":"Ivo Sollie was arrested last week ."}' > in
	# the first record of each story
	wire-tag-entities < in | sed -n '1p;3p;5p;7p;9p' |
	    jq -c '[.entities[] | select(.type != "DATE") | [.text, .type, .canonical]]' > got
	cat > expect <<'OUT'
[["Haddad","ORG","Haddad"]]
[["Rosales","PERSON","Rosales"],["Portvale","GPE","Portvale"]]
[["NEXA","GPE","NEXA"]]
[["Marek","PERSON","Ivo Marek"]]
[["Sollie","PERSON","Ivo Sollie"]]
OUT
	diff expect got
}

@test "sports: a results line's score is no part of the name before it ('Halby Town 1 Tarsk United 1', 'Halby Town 2 Tarsk United 1'), a number a name has is ('Channel 4 said', 'Channel 5 ( UK )'), and a side's name ends as it will in prose ('Halden International')" {
	printf '{"text":"%s"}\n' 'Halby Town 1 Tarsk United 1 ( Tarsk United won 4-3 on penalties )' \
	    'Halby Town 2 Tarsk United 1' 'Channel 4 said on Monday it would cut jobs .' \
	    'The show airs on Channel 5 ( UK ) every Friday .' 'Kessel beat Halden International 2-1 on Saturday .' \
	    'The G 7 ( Group of Seven ) met in Halden .' > in
	entity_pairs 'select(.type != "DATE" and .type != "CARDINAL")' < in > got
	cat > expect <<'OUT'
[["Halby Town","ORG"],["Tarsk United","ORG"],["Tarsk United","ORG"]]
[["Halby Town","ORG"],["Tarsk United","ORG"]]
[["Channel 4","ORG"]]
[["Channel 5","ORG"],["UK","GPE"]]
[["Kessel","ORG"],["Halden International","ORG"]]
[["G 7","ORG"],["Group of Seven","ORG"],["Halden","GPE"]]
OUT
	diff expect got
}

@test "a competition the tagger left out is an EVENT ('Results of Kessian Cup second round matches', 'won the Velby Open on Sunday'); after 'the' or before a stage of it; not in a headline in title case ('Shops Open Late On Sunday', 'Polls Open in Kessia'), nor a company ('Shares of Epic Games rose'), nor a competition's word alone ('The Cup final')" {
	printf '{"text":"%s"}\n' 'Results of Kessian Cup second round matches on Saturday :' \
	    'Ana Ruiz won the Velby Open on Sunday .' 'Shops Open Late On Sunday' 'The Cup final is on Saturday .' \
	    'Polls Open in Kessia as Voters Choose a President' 'Shares of Epic Games rose 3 percent .' > in
	entity_pairs 'select(.type == "EVENT")' < in > got
	cat > expect <<'OUT'
[["Kessian Cup","EVENT"]]
[["Velby Open","EVENT"]]
[]
[]
[]
[]
OUT
	diff expect got
}

@test "a headline of two words in capitals is settled by its story ('HOLT WINS', then 'Judge Erika Holt'); a record read from a line longer than 256 KiB is not held" {
	big=$(head -c 300000 /dev/zero | tr '\0' 'x')
	printf '%s\n' '{"doc":"h","text":"HOLT WINS"}' '{"doc":"h","text":"Judge Erika Holt won the election ."}' > in
	printf '{"doc":"g","text":"Holt said the bridge would reopen .","notes":"%s"}\n' "$big" >> in
	printf '%s\n' '{"doc":"g","text":"Mayor Erika Holt opened the bridge ."}' >> in
	wire-tag-entities < in | sed -n '1p;3p' | jq -c '[.entities[] | [.text, .type, .canonical]]' > got
	cat > expect <<'OUT'
[["HOLT","PERSON","Erika Holt"]]
[["Holt","PERSON","Holt"]]
OUT
	diff expect got
}

@test "sports: a results line the tagger read as one name is two sides ('Detroit 6 CLEVELAND 4', away side first, home side in capitals); a name's own number stays ('Channel 4 News said 3 people')" {
	printf '{"text":"%s"}\n' 'Detroit 6 CLEVELAND 4' 'Colorado 9 HOUSTON 7 ( 10 innings )' 'Channel 4 News said 3 people were hurt .' > in
	entity_pairs < in > got
	cat > expect <<'OUT'
[["Detroit","ORG"],["CLEVELAND","ORG"]]
[["Colorado","ORG"],["HOUSTON","ORG"]]
[["Channel 4 News","ORG"]]
OUT
	diff expect got
}

@test "sports: a team the story's later records name is a team in the records before, the headline's capitals too ('BEAT ORRINGTON', 'a win over Orrington', then 'Velby 2 Orrington 1')" {
	printf '{"doc":"s","text":"%s"}\n' 'SOCCER - VELBY HOLD ON TO BEAT ORRINGTON .' \
	    'Velby held on for a 2-1 win over Orrington on Saturday .' 'Results :' 'Velby 2 Orrington 1' > in
	entity_pairs 'select(.type != "DATE")' < in > got
	cat > expect <<'OUT'
[["VELBY","ORG"],["ORRINGTON","ORG"]]
[["Velby","ORG"],["Orrington","ORG"]]
[]
[["Velby","ORG"],["Orrington","ORG"]]
OUT
	diff expect got
}

@test "a place's name starts with no word in lower case ('eastern Kalvia' is 'Kalvia')" {
	printf '{"text":"%s"}\n' 'Rebels seized the town of Bunta in eastern Kalvia .' 'Fighting spread across southern Kalvia .' > in
	entity_pairs 'select(.type == "GPE" or .type == "LOC")' < in > got
	cat > expect <<'OUT'
[["Bunta","GPE"],["Kalvia","GPE"]]
[["Kalvia","GPE"]]
OUT
	diff expect got
}

@test "business copy: a company named with its legal form teaches its name alone ('Marvello SpA', then 'Marvello said'); 'Banca Lorvese', 'Orsatti Industrie' are companies; 'shares in Italian appliance makers' tells no company of 'Italian'" {
	printf '{"doc":"b","text":"%s"}\n' 'Shares in Italian appliance maker Marvello SpA fell 12 percent on Monday .' \
	    'Marvello said in a statement that sales had been weak .' \
	    'Paola Renzi , an analyst at Banca Lorvese in Milan , said rival Orsatti Industrie rose .' > in
	wire-tag-entities < in | jq -c '[.entities[] | select(.type != "DATE" and .type != "PERCENT") | [.text, .type, .canonical]]' > got
	cat > expect <<'OUT'
[["Italian","NORP","Italian"],["Marvello SpA","ORG","Marvello SpA"]]
[["Marvello","ORG","Marvello SpA"]]
[["Paola Renzi","PERSON","Paola Renzi"],["Banca Lorvese","ORG","Banca Lorvese"],["Milan","GPE","Milan"],["Orsatti Industrie","ORG","Orsatti Industrie"]]
OUT
	diff expect got
}

@test "sports: a leaderboard's player with no nation or score after the name is a player ('65 Pieter Dorn' under 'Kessia unless stated')" {
	printf '{"text":"%s"}\n' 'GOLF - DORN LEADS IN VELBY .\nLeading first round scores ( Kessia unless stated ) :\n65 Pieter Dorn\n66 Magnus Falk ( Dravia )' > in
	entity_pairs 'select(.type == "PERSON")' < in > got
	cat > expect <<'OUT'
[["DORN","PERSON"],["Pieter Dorn","PERSON"],["Magnus Falk","PERSON"]]
OUT
	diff expect got
}

@test "a name the story's later records teach is found where the tagger missed it in the records before ('Morvat aide denies health rumours', then 'President Jan Morvat'); not where the words around tell it is no person's ('The Varley burst its banks') nor in a headline's capitals" {
	printf '{"doc":"k","text":"%s"}\n' 'Morvat aide denies health rumours .' \
	    'A senior aide on Wednesday denied reports that President Jan Morvat was ill .' > in
	printf '{"doc":"v","text":"%s"}\n' 'The Varley burst its banks near Ashby .' 'VARLEY FLOODS TOWN' \
	    'Mayor Ruth Varley said the town would be rebuilt .' >> in
	wire-tag-entities < in | jq -c '[.entities[] | select(.type == "PERSON") | [.text, .canonical]]' > got
	cat > expect <<'OUT'
[["Morvat","Jan Morvat"]]
[["Jan Morvat","Jan Morvat"]]
[]
[]
[["Ruth Varley","Ruth Varley"]]
OUT
	diff expect got
}

@test "sports: a country in a headline's capitals is a country's side, a place as in prose ('JAPAN GET LUCKY WIN', 'SOUTH KOREA BEAT JAPAN'); a town's is a team ('VELBY BEAT KESSEL')" {
	printf '{"text":"%s"}\n' 'SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .' \
	    'SOCCER - SOUTH KOREA BEAT JAPAN 2-1' 'SOCCER - VELBY BEAT KESSEL 2-1' > in
	entity_pairs < in > got
	cat > expect <<'OUT'
[["JAPAN","GPE"],["CHINA","GPE"]]
[["SOUTH KOREA","GPE"],["JAPAN","GPE"]]
[["VELBY","ORG"],["KESSEL","ORG"]]
OUT
	diff expect got
}

@test "a stage race is an EVENT, 'Tour' with it ('the Tour of Kessia', 'the Tour de Dravia'); a word in 'bank' after 'the' that the tagger took for a person or a place is a bank ('the Lutzenbank'), a town in 'bank' stays ('in Burbank'); an airline named after its country is a company ('Air France')" {
	printf '{"text":"%s"}\n' 'Ana Ruiz won the 11th stage of the Tour of Kessia on Wednesday .' \
	    'He rode in the Tour de Dravia .' 'Bond futures rose after the Lutzenbank left rates unchanged .' \
	    'He lives in Burbank , California .' 'He flew Air France to Tarsk .' > in
	entity_pairs 'select(.type != "DATE" and .type != "PERSON")' < in > got
	cat > expect <<'OUT'
[["Tour of Kessia","EVENT"]]
[["Tour de Dravia","EVENT"]]
[["Lutzenbank","ORG"]]
[["Burbank","GPE"],["California","GPE"]]
[["Air France","ORG"],["Tarsk","GPE"]]
OUT
	diff expect got
}

@test "sports: a team's scorers on a line of their own are people, the team a team ('Kelburn - Tam Reid 12 , 40 , Iain Shaw 88 pen'); not a headline's slug ('SOCCER - TOLVERN BEAT KESSEL ROVERS 2-1')" {
	printf '{"text":"%s"}\n' 'Kelburn 3 Morven Thistle 2\nScorers :\nKelburn - Tam Reid 12 , 40 , Iain Shaw 88 pen' \
	    'SOCCER - TOLVERN BEAT KESSEL ROVERS 2-1' > in
	entity_pairs < in > got
	cat > expect <<'OUT'
[["Kelburn","ORG"],["Morven Thistle","ORG"],["Kelburn","ORG"],["Tam Reid","PERSON"],["Iain Shaw","PERSON"]]
[["TOLVERN","ORG"],["KESSEL ROVERS","ORG"]]
OUT
	diff expect got
}

@test "a nationality's adjective before a noun that the tagger took for a place is a NORP ('Results of Scottish league matches'); a place the gazetteer has stays ('Oman oil output')" {
	printf '{"text":"%s"}\n' 'Results of Scottish league division one matches on Saturday :' 'Oman oil output rose .' > in
	entity_pairs 'select(.type != "DATE")' < in > got
	cat > expect <<'OUT'
[["Scottish","NORP"]]
[["Oman","GPE"]]
OUT
	diff expect got
}

@test "where the markets' people work is a company, a name of two or three words too ('an economist at Brandt Kessler in Tarsk', 'Dealers at Halbeck Marsh said'), at a sentence's end too; not a place named so ('traders at Port Velby docks')" {
	printf '{"text":"%s"}\n' 'said Ana Ruiz , an economist at Brandt Kessler in Tarsk .' \
	    'Dealers at Halbeck Marsh said the bank sold dollars .' 'Traders at Port Velby docks said .' \
	    'Prices fell , said an economist at Morrow Vance .' > in
	entity_pairs < in > got
	cat > expect <<'OUT'
[["Ana Ruiz","PERSON"],["Brandt Kessler","ORG"],["Tarsk","GPE"]]
[["Halbeck Marsh","ORG"]]
[["Port Velby","GPE"]]
[["Morrow Vance","ORG"]]
OUT
	diff expect got
}

@test "sports: a cricket scorecard's batsmen, fielders and bowlers are people ('M. Lind c Holt b Ruiz 31', 'N. Brandt lbw b Sand 113'), a bowler's figures no part of the name ('Ivo Marek 25-7-67-2'); a fixture the tagger read as one name is two sides, after a sport's slug or a dash on its line ('KESSIA V DRAVIA', 'CRICKET - SECOND TEST - PAKISTAN V ENGLAND'); a headline's report words end no name ('PREMIER LEAGUE SUMMARIES')" {
	printf '{"text":"%s"}\n' 'CRICKET - KESSIA V DRAVIA FIRST TEST SCOREBOARD .\nKessia first innings\nM. Lind c Holt b Ruiz 31\nN. Brandt lbw b Sand 113\nT. Orrin not out 12\nBowling : Ivo Marek 25-7-67-2 , Lars Sand 24.3-6-86-2' \
	    'CRICKET - PAKISTAN V ENGLAND THIRD TEST SCOREBOARD .' 'SOCCER - ENGLISH PREMIER LEAGUE SUMMARIES .' \
	    'CRICKET - SECOND TEST - PAKISTAN V ENGLAND' > in
	entity_pairs < in > got
	cat > expect <<'OUT'
[["KESSIA","ORG"],["DRAVIA","ORG"],["Kessia","ORG"],["M. Lind","PERSON"],["Holt","PERSON"],["Ruiz","PERSON"],["N. Brandt","PERSON"],["Sand","PERSON"],["T. Orrin","PERSON"],["Ivo Marek","PERSON"],["Lars Sand","PERSON"]]
[["PAKISTAN","GPE"],["ENGLAND","GPE"]]
[["ENGLISH PREMIER LEAGUE","ORG"]]
[["PAKISTAN","GPE"],["ENGLAND","GPE"]]
OUT
	diff expect got
}

@test "a first name tells a person where the tagger saw a place: after a country's possessive before a verb ('Norway 's Lars Halvorsen retained'; not before a noun, 'Norway 's Lars Halvorsen plant', nor a place named so, 'Italy 's Santa Maria'), and opening a sentence before the surname it found ('Tor Halvorsen retained'; not a month, 'June Halvorsen')" {
	printf '{"text":"%s"}\n' "Norway 's Lars Halvorsen retained his title on Saturday ." \
	    "Norway 's Lars Halvorsen plant closed ." "Italy 's Santa Maria said ." 'Tor Halvorsen retained his title .' > in
	printf '{"doc":"j","text":"%s"}\n' 'Lena Halvorsen won .' 'June Halvorsen told reporters .' >> in
	entity_pairs < in > got
	cat > expect <<'OUT'
[["Norway","GPE"],["Lars Halvorsen","PERSON"],["Saturday","DATE"]]
[["Norway","GPE"],["Lars Halvorsen","GPE"]]
[["Italy","GPE"],["Santa Maria","GPE"]]
[["Tor Halvorsen","PERSON"]]
[["Lena Halvorsen","PERSON"]]
[["Halvorsen","PERSON"]]
OUT
	diff expect got
}

@test "a nationality's adjective before a nation's envoy is a NORP, after a preposition of place too ('hostages in Japanese envoy 's home'); a body's name, 'of the' and an organisation are one ('the International Committee of the Red Cross')" {
	printf '{"text":"%s"}\n' "Rebels hold 400 hostages in Japanese envoy 's home ." \
	    'The International Committee of the Red Cross said the talks had stalled .' > in
	entity_pairs < in > got
	cat > expect <<'OUT'
[["Japanese","NORP"]]
[["International Committee of the Red Cross","ORG"]]
OUT
	diff expect got
}

@test "a town the gazetteer knows and a plural in capitals after it is a team ('from Auckland Warriors'); not a place it has whole ('Palm Springs') nor one ending in a word for land ('the Florida Keys'), nor a person ('Chad Williams'); a noun for a person of a nation alone is a NORP ('SIGN KIWI FORWARD'), not a first name ('Finn said')" {
	printf '{"text":"%s"}\n' 'He joined from Auckland Warriors on a three-year contract .' 'He lives in Palm Springs .' \
	    'Chad Williams said he would run .' \
	    'The storm heads toward the Florida Keys .' 'RUGBY LEAGUE - HALDEN SIGN KIWI FORWARD .' 'Finn said the deal was done .' > in
	entity_pairs 'select(.type != "DATE")' < in > got
	cat > expect <<'OUT'
[["Auckland Warriors","ORG"]]
[["Palm Springs","GPE"]]
[["Chad Williams","PERSON"]]
[["Florida Keys","LOC"]]
[["HALDEN","ORG"],["KIWI","NORP"]]
[["Finn","PERSON"]]
OUT
	diff expect got
}

@test "a company's name without its legal form is the company where the tagger saw a person, not the town it is named after ('Halden AG', then 'workers in Halden', 'Halden is a town'), nor its founder ('Paolo Verdana SpA', then 'Paolo Verdana , 80'); 'Halvia Holding', 'Tarsa Industria' are companies" {
	printf '{"doc":"h","text":"%s"}\n' 'Halden AG said on Monday it would close its plant .' \
	    'Workers in Halden protested against the closure .' 'Halden is a town of 20,000 people .' > in
	printf '{"doc":"p","text":"%s"}\n' 'Fashion house Paolo Verdana SpA reported higher sales .' \
	    'Paolo Verdana , 80 , founded the company .' >> in
	printf '{"text":"%s"}\n' 'Rival Halvia Holding rose 2 percent .' 'Rival Tarsa Industria rose .' >> in
	entity_pairs 'select(.type != "DATE" and .type != "PERCENT")' < in > got
	cat > expect <<'OUT'
[["Halden AG","ORG"]]
[["Halden","GPE"]]
[["Halden","GPE"]]
[["Paolo Verdana SpA","ORG"]]
[["Paolo Verdana","PERSON"]]
[["Halvia Holding","ORG"]]
[["Tarsa Industria","ORG"]]
OUT
	diff expect got
}

@test "a word the text mostly writes in lower case opening a sentence, before no verb, is not found for the person the story names later ('Young people rallied', 'Price rises hit families', then 'Eva Young', 'Lena Price'); before a verb it is ('Price quits as coach')" {
	printf '{"doc":"y","text":"%s"}\n' 'Young people rallied in the capital .' 'Eva Young , a student leader , said the march was peaceful .' > in
	printf '{"doc":"p","text":"%s"}\n' 'Price quits as Kessel coach' 'Lena Price resigned as coach of Kessel Rovers on Monday .' >> in
	printf '{"doc":"r","text":"%s"}\n' 'Price rises hit families hardest' 'Lena Price , an economist , said wages lagged .' >> in
	wire-tag-entities < in | jq -c '[.entities[] | select(.type == "PERSON") | [.text, .canonical]]' > got
	cat > expect <<'OUT'
[]
[["Eva Young","Eva Young"]]
[["Price","Lena Price"]]
[["Lena Price","Lena Price"]]
[]
[["Lena Price","Lena Price"]]
OUT
	diff expect got
}

@test "rules that read too much, kept to what they know: a nationality's adjective before a place's noun stays the place ('the Tarkian valley', 'Bamian province'); 'Fairbank said' a person, 'the Southbank area' a place; 'al Qaim' keeps its article; 'A Tour of Halden by bus' is no race; 'the Channel 4 News 10 pm bulletin' is one name; 'POLICE ARREST 12 IN VELBY' is the town; '1. Alice Springs' in a list of host towns no player" {
	printf '{"text":"%s"}\n' 'Troops patrolled the Tarkian valley .' 'Fighting spread to Bamian province .' \
	    'Fairbank said the plan was dead .' 'Police searched the Southbank area near the river .' \
	    'Fighting raged in al Qaim near the border .' 'A Tour of Halden by bus costs 20 euros .' \
	    'The Channel 4 News 10 pm bulletin was dropped .' > in
	printf '{"doc":"v","text":"%s"}\n' 'POLICE ARREST 12 IN VELBY' \
	    'Police arrested 12 fans after Velby beat Kessel 2-1 on Saturday .' 'Velby 2 Kessel 1' >> in
	printf '{"text":"%s"}\n' 'SOCCER - VELBY BEAT KESSEL 2-1\nNext season host towns :\n1. Alice Springs' >> in
	entity_pairs 'select(.type != "DATE" and .type != "TIME" and .type != "MONEY")' < in > got
	cat > expect <<'OUT'
[["Tarkian","LOC"]]
[["Bamian","GPE"]]
[["Fairbank","PERSON"]]
[["Southbank","GPE"]]
[["al Qaim","GPE"]]
[["Halden","GPE"]]
[["Channel 4 News","ORG"]]
[["VELBY","GPE"]]
[["Velby","ORG"],["Kessel","ORG"]]
[["Velby","ORG"],["Kessel","ORG"]]
[["VELBY","ORG"],["KESSEL","ORG"]]
OUT
	diff expect got
}

@test "sports: a scorers' line's label is no team ('Yellow Cards - Ivo Marek 23', 'Substitutes - Piet Vos 60'); a headline's surname taken for a person is the team the story's results name ('BEAT ASHCOMBE', then 'a win over Ashcombe', 'Brentvale 2 Ashcombe 1')" {
	printf '{"text":"%s"}\n' 'SOCCER - VELBY BEAT KESSEL 2-1\nVelby 2 Kessel 1\nYellow Cards - Ivo Marek 23 , Tam Reid 45\nSubstitutes - Piet Vos 60' > in
	printf '{"doc":"a","text":"%s"}\n' 'SOCCER - BRENTVALE HOLD ON TO BEAT ASHCOMBE .' \
	    'Brentvale held on for a 2-1 win over Ashcombe .' 'Brentvale 2 Ashcombe 1' >> in
	entity_pairs < in > got
	cat > expect <<'OUT'
[["VELBY","ORG"],["KESSEL","ORG"],["Velby","ORG"],["Kessel","ORG"],["Ivo Marek","PERSON"],["Tam Reid","PERSON"],["Piet Vos","PERSON"]]
[["BRENTVALE","ORG"],["ASHCOMBE","ORG"]]
[["Brentvale","ORG"],["Ashcombe","ORG"]]
[["Brentvale","ORG"],["Ashcombe","ORG"]]
OUT
	diff expect got
}

@test "a company named after its founder keeps its possessive ('Halloran 's Investors Service said'); a country's body is two names ('Kessel 's Foreign Ministry')" {
	printf '{"text":"%s"}\n' "Halloran 's Investors Service said on Wednesday it raised its rating ." \
	    "Kessel 's Foreign Ministry said the talks had failed ." > in
	entity_pairs 'select(.type != "DATE")' < in > got
	cat > expect <<'OUT'
[["Halloran 's Investors Service","ORG"]]
[["Kessel","GPE"],["Foreign Ministry","ORG"]]
OUT
	diff expect got
}

@test "a record's names are read in the text's order, its dateline first ('VELGRAD 1996-11-18' over 'the mission in Velgrad', which the tagger took for a person); a name in capitals is named as the text writes it, across records too" {
	printf '{"text":"%s"}\n' 'VELGRAD 1996-11-18\nThe mission in Velgrad declined to comment .' > in
	printf '{"doc":"z","text":"%s"}\n' 'ATHLETICS - KIPRONO WINS IN ZURICH .' 'Results of the Zurich meeting on Wednesday :' >> in
	wire-tag-entities < in | jq -c '[.entities[] | select(.type != "DATE") | [.text, .type, .canonical]]' > got
	cat > expect <<'OUT'
[["VELGRAD","GPE","Velgrad"],["Velgrad","GPE","Velgrad"]]
[["KIPRONO","PERSON","KIPRONO"],["ZURICH","GPE","Zurich"]]
[["Zurich","GPE","Zurich"]]
OUT
	diff expect got
}

@test "a company's part after its industry is a company, and one for the story ('aerospace unit Velsa said', then 'Velsa chief'); a subsidiary likewise" {
	printf '{"doc":"u","text":"%s"}\n' "Kessel Motors AG 's aerospace unit Velsa said on Monday it had won an order ." \
	    'Velsa chief Ivo Marek said the deal was the biggest of its kind .' 'Its banking subsidiary Norvel said profits rose .' > in
	entity_pairs 'select(.type != "DATE")' < in > got
	cat > expect <<'OUT'
[["Kessel Motors AG","ORG"],["Velsa","ORG"]]
[["Velsa","ORG"],["Ivo Marek","PERSON"]]
[["Norvel","ORG"]]
OUT
	diff expect got
}

@test "after a person's name and age between commas, the town the person is from is a place ('Ivo Marek , 28 , Halby Wick ;'); not a company ('Ivo Marek , 28 , Velgaz Group chief', 'Reuters correspondent'), nor the list's next person ('Ivo Marek , 28 , Ana Ruiz , 31')" {
	printf '{"text":"%s"}\n' 'Those charged were Ivo Marek , 28 , Halby Wick ; Tomas Orrin , 35 , Kesselbridge ; and Lena Sand , 41 , Port Velby .' \
	    'Ivo Marek , 28 , Velgaz Group chief , resigned .' 'The dead were Ivo Marek , 28 , Ana Ruiz , 31 , and Lars Sand , 45 .' \
	    'Ana Ruiz , 41 , Reuters correspondent , was hurt .' > in
	entity_pairs < in > got
	cat > expect <<'OUT'
[["Ivo Marek","PERSON"],["Halby Wick","GPE"],["Tomas Orrin","PERSON"],["Kesselbridge","GPE"],["Lena Sand","PERSON"],["Port Velby","GPE"]]
[["Ivo Marek","PERSON"],["Velgaz Group","ORG"]]
[["Ivo Marek","PERSON"],["Ana Ruiz","PERSON"],["Lars Sand","PERSON"]]
[["Ana Ruiz","PERSON"],["Reuters","ORG"]]
OUT
	diff expect got
}

@test "a person's name ends in no number ('Dr. Halvik 2 stars'); a stage race named without 'the' is one too ('Ivo Marek wins Tour de France'); a cricket scorecard's report word ends no name ('PAKISTAN V ENGLAND SCORECARD'); a standings line is no bowler's ('Detroit 25-15-4-3')" {
	printf '{"text":"%s"}\n' 'I gave Dr. Halvik 2 stars because the wait was long .' 'Ivo Marek wins Tour de France' \
	    'CRICKET - PAKISTAN V ENGLAND SCORECARD' 'NHL ICE HOCKEY - STANDINGS\nCentral division : Detroit 25-15-4-3 , Chicago 20-18-5-2' > in
	entity_pairs < in > got
	cat > expect <<'OUT'
[["Halvik","PERSON"]]
[["Ivo Marek","PERSON"],["Tour de France","EVENT"]]
[["PAKISTAN","GPE"],["ENGLAND","GPE"]]
[["NHL","ORG"],["Detroit","GPE"],["Chicago","GPE"]]
OUT
	diff expect got
}

@test "sports: a bowling line after a long batting line names only its bowlers (no names from the batting line's match)" {
	printf '{"text":"%s"}\n' 'CRICKET - KESSIA V DRAVIA\nMarek Lindqvist-Haraldsen c Holtby-Vanstrom b Ruizelle 131' \
	    'CRICKET - KESSIA V DRAVIA\nBowling : Ivo Marek 25-7-67-2' > in
	wire-tag-entities -j1 < in | jq -c '[.entities[] | select(.type == "PERSON") | .text]' > got
	printf '%s\n' '["Marek Lindqvist-Haraldsen","Holtby-Vanstrom","Ruizelle"]' '["Ivo Marek"]' > expect
	diff expect got
}

@test "an airline is named after a country or a town, not a rank ('Air Marshal Ivo Marek'); a team's plural after a first name that is a town's is a team ('Cleveland Cavaliers beat'), a surname made of a first name is a person's ('Chad Williams'); bowlers with their extras in brackets, on a line that names its side ('Kessia bowling :')" {
	printf '{"text":"%s"}\n' 'said Air Marshal Ivo Marek , the commander .' 'Cleveland Cavaliers beat Halden Celtics 99-90 .' \
	    'CRICKET - KESSIA V DRAVIA\nKessia bowling : Marek 25-7-67-2 ( nb-3 ) , Sand 24.3-6-86-2 ( w-1 ) , Orrin 10-1-40-0' > in
	wire-tag-entities < in | jq -c '[.entities[] | select(.type == "PERSON" or .type == "ORG") | [.text, .type]]' > got
	# (the rank is no title the gazetteer knows: it stays in the name)
	cat > expect <<'OUT'
[["Air Marshal Ivo Marek","PERSON"]]
[["Cleveland Cavaliers","ORG"],["Halden Celtics","ORG"]]
[["KESSIA","ORG"],["DRAVIA","ORG"],["Kessia","ORG"],["Marek","PERSON"],["Sand","PERSON"],["Orrin","PERSON"]]
OUT
	diff expect got
}

@test "sports: a line that opens with what was scored names its scorers, counted or not ('Scorers : Tam Reid 12', 'Tries : Ewan Mackie 2 , Huw Tudwal ; Conversions : Rory Tait'), and a team before a dash ('Scorers : Kelburn - Tam Reid 12 ; Stanwick - Lars Quill 40', or '. Stanwick - ...'); not words that name nobody ('Goals : Beyond the Boundary', 'Season Total 12'), nor a club ('Try : Kessel Rovers')" {
	printf '{"text":"%s"}\n' 'Kelburn 3 Stanwick 2\nScorers : Tam Reid 12 , Iain Shaw 88 pen' \
	    'Kelburn 3 Stanwick 2\nScorers : Kelburn - Tam Reid 12 , 40 ; Stanwick - Lars Quill 40' \
	    'Kelburn 3 Stanwick 2\nScorers : Kelburn - Tam Reid 12 , 40 . Stanwick - Lars Quill 40 .' \
	    'Kelburn 42 Stanwick 10\nKelburn - Tries : Fergus Aird 2 , Ewan Mackie ; Conversions : Rory Tait 3 ; Penalties : Tait 2 .' \
	    'Kelburn 42 Stanwick 10\nTry : Dougie Lennox ; Conversion : Neil Barr .\nGoals : Beyond the Boundary .' \
	    'Kelburn 42 Stanwick 10\nStanwick - Tries : Dougie Lennox 2 , Huw Tudwal ; Conversions : Neil Barr 3 .' \
	    'Kelburn 3 Stanwick 2\nGoals : Season Total 12 , Last Year 88' \
	    'Kelburn 42 Stanwick 10\nTry : Kessel Rovers .\nPenalty goals : Rory Tait 3' > in
	entity_pairs 'select(.type == "PERSON" or .type == "ORG")' < in > got
	cat > expect <<'OUT'
[["Kelburn","ORG"],["Stanwick","ORG"],["Tam Reid","PERSON"],["Iain Shaw","PERSON"]]
[["Kelburn","ORG"],["Stanwick","ORG"],["Kelburn","ORG"],["Tam Reid","PERSON"],["Stanwick","ORG"],["Lars Quill","PERSON"]]
[["Kelburn","ORG"],["Stanwick","ORG"],["Kelburn","ORG"],["Tam Reid","PERSON"],["Stanwick","ORG"],["Lars Quill","PERSON"]]
[["Kelburn","ORG"],["Stanwick","ORG"],["Kelburn","ORG"],["Fergus Aird","PERSON"],["Ewan Mackie","PERSON"],["Rory Tait","PERSON"],["Tait","PERSON"]]
[["Kelburn","ORG"],["Stanwick","ORG"],["Dougie Lennox","PERSON"],["Neil Barr","PERSON"]]
[["Kelburn","ORG"],["Stanwick","ORG"],["Stanwick","ORG"],["Dougie Lennox","PERSON"],["Huw Tudwal","PERSON"],["Neil Barr","PERSON"]]
[["Kelburn","ORG"],["Stanwick","ORG"]]
[["Kelburn","ORG"],["Stanwick","ORG"],["Kessel Rovers","ORG"],["Rory Tait","PERSON"]]
OUT
	diff expect got
}

@test "a first name the tagger found alone takes the word in title case after it, its surname ('2 , Edmonton , Doug Weir 7 , 11:02'); not a day, nor a competition's word" {
	printf '{"text":"%s"}\n' 'Second period - 2 , Norvik , Doug Weir 7 , 11:02 .' \
	    'Second period - 2 , Norvik , Doug Monday 7 , 11:02 .' \
	    'Second period - 2 , Norvik , Doug Cup 7 , 11:02 .' > in
	entity_pairs 'select(.type == "PERSON")' < in > got
	cat > expect <<'OUT'
[["Doug Weir","PERSON"]]
[["Doug","PERSON"]]
[["Doug","PERSON"]]
OUT
	diff expect got
}

@test "sports: a player before a country in brackets on a tennis line is a person whatever the tagger said ('Ilya Vassilenko ( Russia ) 6-1 7-5', a tie-break too), and a person in brackets is no nation (a horse's jockey, 'Silver Tarquin ( Liam Doyle ) 14-1'); a club's name before its country is a club's, whatever the tagger said ('Dinamo Velgrad ( Romania )'), and a cup's penalties tell no tennis ('win 6-4 on penalties')" {
	printf '{"text":"%s"}\n' 'TENNIS - RESULTS AT KESSEL OPEN\n8 - Tomas Kerr ( France ) beat Ilya Vassilenko ( Russia ) 6-1 7-5' \
	    'TENNIS - RESULTS AT KESSEL OPEN\nTomas Kerr ( France ) beat Yuko Takamine ( Japan ) 7-6 ( 7-4 ) 3-6 6-2' \
	    'SOCCER - CUP RESULTS\nDinamo Velgrad ( Romania ) beat Halby Rovers ( Norway ) 2-1' \
	    'SOCCER - EUROPEAN CUP RESULTS\nTorvik Sandnes ( Norway ) 1 Halby Athletic ( Wales ) 1 ( Torvik Sandnes win 6-4 on penalties )' > in
	entity_pairs 'select(.type == "PERSON" or .type == "ORG")' < in > got
	printf '{"text":"%s"}\n' 'HORSE RACING - RESULTS AT HALBY\n1. Silver Tarquin ( Liam Doyle ) 14-1' |
	    entity_pairs 'select(.text == "Liam Doyle")' >> got
	cat > expect <<'OUT'
[["Tomas Kerr","PERSON"],["Ilya Vassilenko","PERSON"]]
[["Tomas Kerr","PERSON"],["Yuko Takamine","PERSON"]]
[["Dinamo Velgrad","ORG"],["Halby Rovers","ORG"]]
[["Torvik Sandnes","ORG"],["Halby Athletic","ORG"],["Torvik Sandnes","ORG"]]
[["Liam Doyle","PERSON"]]
OUT
	diff expect got
}

@test "sports: a team's line-up on a line of its own names people, where the tagger missed some or took them for places ('Veldby - Gert Jan Hulshof ; Arjen Vos , Willem Smit , ...'); not a list with a gazetteer's town or companies in it, nor a heading the tagger did not find ('Replacements :')" {
	printf '{"text":"%s"}\n' 'Kessel 3 Veldby 1\nVeldby - Gert Jan Hulshof ; Arjen Vos , Theo Dekkers , Willem Smit ; Dirk Slabbers , Johan Elferink' \
	    'Kessel 3 Veldby 1\nVeldby : Gert Jan Hulshof ; Arjen Vos , Theo Dekkers , Willem Smit ; Dirk Slabbers , Johan Elferink' \
	    'Kessel 3 Veldby 1\nVenues : Oslo , Bergen , Stavanger , Trondheim , Copenhagen' \
	    'Kessel 3 Veldby 1\nVeldby : Arjen Vos , Theo Dekkers , Oslo , Johan Elferink , Dirk Slabbers' \
	    'Kessel 3 Veldby 1\nShareholders : Tam Reid , Velcom Holdings , Iain Shaw , Kesco Bank , Lars Quill' \
	    'Kessel 3 Veldby 1\nReplacements : Tam Reid , Iain Shaw , Lars Quill , Piet Vos' > in
	entity_pairs 'select(.type == "PERSON" or .type == "ORG" or .type == "GPE")' < in > got
	cat > expect <<'OUT'
[["Kessel","ORG"],["Veldby","ORG"],["Veldby","ORG"],["Gert Jan Hulshof","PERSON"],["Arjen Vos","PERSON"],["Theo Dekkers","PERSON"],["Willem Smit","PERSON"],["Dirk Slabbers","PERSON"],["Johan Elferink","PERSON"]]
[["Kessel","ORG"],["Veldby","ORG"],["Veldby","ORG"],["Gert Jan Hulshof","PERSON"],["Arjen Vos","PERSON"],["Theo Dekkers","PERSON"],["Willem Smit","PERSON"],["Dirk Slabbers","PERSON"],["Johan Elferink","PERSON"]]
[["Kessel","ORG"],["Veldby","ORG"],["Oslo","GPE"],["Bergen","GPE"],["Stavanger","GPE"],["Trondheim","GPE"],["Copenhagen","GPE"]]
[["Kessel","ORG"],["Veldby","ORG"],["Veldby","ORG"],["Arjen Vos","PERSON"],["Theo Dekkers","PERSON"],["Oslo","GPE"],["Johan Elferink","PERSON"],["Dirk Slabbers","PERSON"]]
[["Kessel","ORG"],["Veldby","ORG"],["Tam Reid","PERSON"],["Velcom Holdings","ORG"],["Iain Shaw","PERSON"],["Kesco Bank","ORG"],["Lars Quill","PERSON"]]
[["Kessel","ORG"],["Veldby","ORG"],["Tam Reid","PERSON"],["Iain Shaw","PERSON"],["Lars Quill","PERSON"],["Piet Vos","PERSON"]]
OUT
	diff expect got
}

@test "sports: a side named like the other team, a town and a plural nickname, is a team where the tagger took it for a person ('Harlow Hornets beat Corrin Falcons'; not 'Venus Holmes beat Serena Holmes'); a team teaches its nickname, and a club named with its town last its first word ('Mariners coach', 'Velox deserved'; not a word mostly written in lower case, 'Sporting events'); a headline's capitals that made the team a person give way ('SEE OFF HARLOW MARINERS')" {
	printf '%s\n' '{"doc":"a","text":"RUGBY UNION - KESSEL ROVERS SEE OFF HARLOW MARINERS ."}' \
	    '{"doc":"a","text":"Kessel Rovers beat Harlow Mariners 27-18 on Saturday ."}' \
	    '{"doc":"a","text":"Mariners coach Bryn Tallow said they had been unlucky ."}' \
	    '{"doc":"b","text":"Velox Utrecht 2 Delta Enschede 1"}' \
	    '{"doc":"b","text":"Rik Dekker said that Velox deserved the points ."}' \
	    '{"doc":"c","text":"Corrin Falcons beat Harlow Hornets 24-10 on Saturday ."}' \
	    '{"doc":"d","text":"Venus Holmes beat Serena Holmes 6-3 6-4 ."}' \
	    '{"doc":"f","text":"Sporting Velby beat Racing Halden 2-1 on Sunday ."}' \
	    '{"doc":"f","text":"Sporting events in Velby were cancelled on Monday ."}' > in
	wire-tag-entities < in | jq -c '[.entities[] | select(.type == "PERSON" or .type == "ORG") | [.text, .type, .canonical]]' > got
	cat > expect <<'OUT'
[["KESSEL ROVERS","ORG","Kessel Rovers"],["HARLOW MARINERS","ORG","Harlow Mariners"]]
[["Kessel Rovers","ORG","Kessel Rovers"],["Harlow Mariners","ORG","Harlow Mariners"]]
[["Mariners","ORG","Harlow Mariners"],["Bryn Tallow","PERSON","Bryn Tallow"]]
[["Velox Utrecht","ORG","Velox Utrecht"],["Delta Enschede","ORG","Delta Enschede"]]
[["Rik Dekker","PERSON","Rik Dekker"],["Velox","ORG","Velox Utrecht"]]
[["Corrin Falcons","ORG","Corrin Falcons"],["Harlow Hornets","ORG","Harlow Hornets"]]
[["Venus Holmes","PERSON","Venus Holmes"],["Serena Holmes","PERSON","Serena Holmes"]]
[["Sporting Velby","ORG","Sporting Velby"],["Racing Halden","ORG","Racing Halden"]]
[]
OUT
	diff expect got
	# the tagger's own slip on the other side makes no team of a person
	# named with a first name
	printf '{"text":"%s"}\n' 'Tom Roberts beat Dale Banks in the primary election .' |
	    wire-tag-entities | jq -c '[.entities[] | select(.text == "Tom Roberts") | .type]' > got
	echo '["PERSON"]' | diff - got
}

@test "an organisation's name that ends in a body's word goes on after 'of' or 'for' over the capitalised words the tagger left out or named apart ('the Velby Board of Trade', 'the Halden Committee for the Winter Games', a body and not a competition), up to a title ('the Velby Board of Trade President Ivo Marek')" {
	printf '{"text":"%s"}\n' 'Grain rose on the Velby Board of Trade on Monday .' \
	    'The Halden Committee for the Winter Games said tickets were sold out .' \
	    'The Federation of Kessian Trade Unions called a strike .' \
	    'said the Velby Board of Trade President Ivo Marek .' > in
	entity_pairs 'select(.type != "DATE")' < in > got
	cat > expect <<'OUT'
[["Velby Board of Trade","ORG"]]
[["Halden Committee for the Winter Games","ORG"]]
[["Federation of Kessian Trade Unions","ORG"]]
[["Velby Board of Trade","ORG"],["Ivo Marek","PERSON"]]
OUT
	diff expect got
}

@test "an acronym in brackets with spaces inside, as tokenized copy writes it, is the name before it ('the Democratic Convention ( CDR )', then 'CDR leader')" {
	printf '{"text":"%s"}\n' 'The Kessian Democratic Convention ( KDC ) won 122 seats , and KDC leader Ivo Marek said it would govern .' \
	    'The Velby Workers Front ( FOV ) called a strike .' > in
	wire-tag-entities < in | jq -c '[.entities[] | select(.type == "ORG") | [.text, .canonical]]' > got
	cat > expect <<'OUT'
[["Kessian Democratic Convention","Kessian Democratic Convention"],["KDC","Kessian Democratic Convention"],["KDC","Kessian Democratic Convention"]]
[["Velby Workers Front","Velby Workers Front"],["FOV","Velby Workers Front"]]
OUT
	diff expect got
}

@test "a race or a trophy named with 'Stakes', 'Shield', 'Plate' or 'Classic' is an EVENT ('the Lady Halvik Stakes', 'the Kessia Classic'); in a headline's capitals before a stage of it ('VELBY SHIELD MATCH')" {
	printf '{"text":"%s"}\n' 'Results of the Lady Halvik Stakes run at Velby on Saturday :' \
	    'Ivo Marek won the Kessia Classic golf tournament .' 'CRICKET - KESSEL WIN VELBY SHIELD MATCH .' > in
	entity_pairs 'select(.type != "DATE")' < in > got
	cat > expect <<'OUT'
[["Lady Halvik Stakes","EVENT"],["Velby","GPE"]]
[["Ivo Marek","PERSON"],["Kessia Classic","EVENT"]]
[["KESSEL","ORG"],["VELBY SHIELD","EVENT"]]
OUT
	diff expect got
}

@test "market copy: a currency, a commodity or a benchmark alone before a market's verb or noun is no name ('Sterling was steady', 'Brent crude rose', 'Bund futures slipped'); a person named so is ('Ivo Sterling said')" {
	printf '{"text":"%s"}\n' 'Sterling was steady at $ 1.62 .' 'Aluminium was steady at $ 1,602 , while Brent crude rose 20 cents .' \
	    'Bund futures slipped .' 'Ivo Sterling said the market was quiet .' > in
	entity_pairs 'select(.type == "PERSON" or .type == "ORG" or .type == "GPE")' < in > got
	cat > expect <<'OUT'
[]
[]
[]
[["Ivo Sterling","PERSON"]]
OUT
	diff expect got
}

@test "sports: a town the tagger took for a place after 'in' stays the place, whatever team the story named after it ('In Halby , Ivo Marek singled' after 'Velby 4 HALBY 2'); its possessive is the team's ('in Halby 's win')" {
	printf '%s\n' '{"doc":"a","text":"Velby 4 HALBY 2 ( 10 innings )"}' \
	    '{"doc":"a","text":"In Halby , Ivo Marek singled home the winning run for Velby ."}' \
	    '{"doc":"a","text":"It was the fourth loss in Halby '"'s"' last five games ."}' > in
	entity_pairs 'select(.type == "ORG" or .type == "GPE")' < in > got
	cat > expect <<'OUT'
[["Velby","ORG"],["HALBY","ORG"]]
[["Halby","GPE"],["Velby","ORG"]]
[["Halby","ORG"]]
OUT
	diff expect got
}

@test "business copy: a place the gazetteer does not know whose shares move is a company ('Harcastle shares fell'; 'Tokyo shares fell' is the market's); a works is a company ('Haldner Werke', 'Velgrad Steel Works')" {
	printf '{"text":"%s"}\n' 'Harcastle shares fell 14 pence to 312p .' 'Tokyo shares fell 2 percent .' \
	    'Workers at Haldner Werke in Feuerbach downed tools .' 'Velgrad Steel Works will lay off 800 workers .' > in
	entity_pairs 'select(.type == "ORG" or .type == "GPE")' < in > got
	cat > expect <<'OUT'
[["Harcastle","ORG"]]
[["Tokyo","GPE"]]
[["Haldner Werke","ORG"],["Feuerbach","GPE"]]
[["Velgrad Steel Works","ORG"]]
OUT
	diff expect got
}

@test "sports: a results line's score before its scorers in brackets is no part of the side's name ('Ashcombe United 2 ( Gary Pendle 34 ) Fulbridge City 2 ( ... )')" {
	printf '{"text":"%s"}\n' 'Ashcombe United 2 ( Gary Pendle 34 , Alan Shrimpton 78 ) Fulbridge City 2 ( Mark Toller 15 , Ugo Benedetti 90 ) . Attendance 31,822 .' > in
	entity_pairs 'select(.type == "ORG" or .type == "PERSON")' < in > got
	cat > expect <<'OUT'
[["Ashcombe United","ORG"],["Gary Pendle","PERSON"],["Alan Shrimpton","PERSON"],["Fulbridge City","ORG"],["Mark Toller","PERSON"],["Ugo Benedetti","PERSON"]]
OUT
	diff expect got
}

@test "sports: the team a rider or a driver races for, after the nation in a results row, before what the row says of the time or the laps ('Tarvex one lap behind', 'Caja Valdemar at 4 seconds', 'Ferrano retired')" {
	printf '{"text":"%s"}\n' 'MOTOR RACING - RESULTS\n4. Heinz Pohl ( Germany ) Tarvex one lap behind\n5. Ivo Marek ( Italy ) Ferrano retired' \
	    'CYCLING - RESULTS\n2. Jose Arrieta ( Spain ) Caja Valdemar at 4 seconds' > in
	entity_pairs 'select(.type == "ORG" or .type == "PERSON")' < in > got
	cat > expect <<'OUT'
[["Heinz Pohl","PERSON"],["Tarvex","ORG"],["Ivo Marek","PERSON"],["Ferrano","ORG"]]
[["Jose Arrieta","PERSON"],["Caja Valdemar","ORG"]]
OUT
	diff expect got
}

@test "sports: a batting line the tagger read as one person is three people ('N. Atherstone c Rashid b Tariq 31'); a person read over a 'v' in lower case is two, and in a story of a sport played alone a fixture's sides are players ('TENNIS - ...', then 'Holm v Ruiz , Kuhnert v Marques')" {
	printf '{"text":"%s"}\n' 'CRICKET - KESSIA V DRAVIA SCORECARD\nN. Atherstone c Rashid b Tariq 31\nM. Haldane c Kasperley b Bickford 12' \
	    'TENNIS - VELBY OPEN\nQuarter-final line-up : Holm v Ruiz , Kuhnert v Marques' > in
	entity_pairs 'select(.type == "PERSON" or .type == "ORG")' < in > got
	cat > expect <<'OUT'
[["KESSIA","ORG"],["DRAVIA","ORG"],["N. Atherstone","PERSON"],["Rashid","PERSON"],["Tariq","PERSON"],["M. Haldane","PERSON"],["Kasperley","PERSON"],["Bickford","PERSON"]]
[["Holm","PERSON"],["Ruiz","PERSON"],["Kuhnert","PERSON"],["Marques","PERSON"]]
OUT
	diff expect got
}

@test "a press digest's papers, each named in capitals on a line of its own, are organisations ('PRESS DIGEST - KESSIA', then 'KESSIAN HERALD', 'TO DNEVNO'); its dateline and its stories' lines are not" {
	printf '%s\n' '{"doc":"p","text":"PRESS DIGEST - KESSIA - MAY 31 ."}' '{"doc":"p","text":"VELGRAD 1997-05-31"}' \
	    '{"doc":"p","text":"KATHMERINO"}' '{"doc":"p","text":"- Government to cut fuel subsidies , Finance Minister Radek Holub says ."}' \
	    '{"doc":"p","text":"TO DNEVNO"}' '{"doc":"q","text":"PRESS DIGEST - KESSIA - MAY 31 .\nVELGRAD 1997-05-31\nKESSIAN HERALD\n- Velgrad Steel to lay off 800 workers ."}' > in
	entity_pairs 'select(.type == "ORG" or .type == "PERSON")' < in > got
	cat > expect <<'OUT'
[]
[]
[["KATHMERINO","ORG"]]
[["Radek Holub","PERSON"]]
[["TO DNEVNO","ORG"]]
[["KESSIAN HERALD","ORG"],["Velgrad Steel","ORG"]]
OUT
	diff expect got
}

@test "what these rules leave alone: a dateline's agency and an acronym the alias table knows keep their names ('WASHINGTON ( AP ) -', 'the Velby Commission ( EU )'); two bodies or a body and a person after 'for' or 'of' stay apart ('quit the Velby Party for the Kessel Union', 'the Kessel Union of Anna Berg'); a bank's competition is an event ('the Bank of Kessia Championship')" {
	printf '%s\n' '{"doc":"a","text":"WASHINGTON ( AP ) - The Senate voted ."}' '{"doc":"a","text":"The AP reported it ."}' \
	    '{"text":"The Velby Commission ( EU ) said ."}' \
	    '{"text":"Ivo Marek quit the Velby Party for the Kessel Union in 2005 ."}' \
	    '{"text":"He met the Kessel Union of Anna Berg ."}' \
	    '{"text":"He won the Bank of Kessia Championship by two shots ."}' \
	    '{"text":"the Halden Committee for the Protection of Journalists said ."}' > in
	wire-tag-entities < in | jq -c '[.entities[] | select(.type != "DATE") | [.text, .type, .canonical]]' > got
	cat > expect <<'OUT'
[["WASHINGTON","GPE","WASHINGTON"],["AP","ORG","AP"],["Senate","ORG","Senate"]]
[["AP","ORG","AP"]]
[["Velby Commission","ORG","Velby Commission"],["EU","ORG","European Union"]]
[["Ivo Marek","PERSON","Ivo Marek"],["Velby Party","ORG","Velby Party"],["Kessel Union","ORG","Kessel Union"]]
[["Kessel Union","ORG","Kessel Union"],["Anna Berg","PERSON","Anna Berg"]]
[["Bank of Kessia Championship","EVENT","Bank of Kessia Championship"]]
[["Halden Committee for the Protection of Journalists","ORG","Halden Committee for the Protection of Journalists"]]
OUT
	diff expect got
}

@test "what the sports rules leave alone: scorers named with a first name, whatever their surnames ('Tom May 12', 'Sam Masters 40'); a line-up's body stays one, and its one-word places count no people ('Group A : Kessel , Halby , Velby , Torvik'); a person named like a trophy ('Senator Ivo Shield'); a retirement after a set's games ('6-1 3-0 retired'); a team in a phrase after 'in' ('in Halby colours'); a person named like a currency ('Sterling was arrested')" {
	printf '%s\n' '{"text":"Kelburn 3 Stanwick 2\nScorers : Tom May 12 , Sam Masters 40"}' \
	    '{"text":"Kessel 3 Veldby 1\nVeldby : Tam Reid , Iain Shaw , Lars Quill , Piet Vos , Velcom Holdings"}' \
	    '{"text":"Kessel 3 Veldby 1\nGroup A : Kessel , Halby , Velby , Torvik"}' \
	    '{"text":"Senator Ivo Shield voted ."}' \
	    '{"text":"TENNIS - RESULTS AT KESSEL OPEN\nTomas Kerr ( France ) beat Ilya Vassilenko ( Russia ) 6-1 3-0 retired"}' \
	    '{"doc":"h","text":"Kessel 3 Halby 1"}' '{"doc":"h","text":"He scored 10 goals in Halby colours ."}' \
	    '{"text":"Sterling was arrested on Monday , police said ."}' > in
	entity_pairs 'select(.type == "PERSON" or .type == "ORG" or .type == "GPE" or .type == "EVENT")' < in > got
	cat > expect <<'OUT'
[["Kelburn","ORG"],["Stanwick","ORG"],["Tom May","PERSON"],["Sam Masters","PERSON"]]
[["Kessel","ORG"],["Veldby","ORG"],["Veldby","ORG"],["Tam Reid","PERSON"],["Iain Shaw","PERSON"],["Lars Quill","PERSON"],["Piet Vos","PERSON"],["Velcom Holdings","ORG"]]
[["Kessel","ORG"],["Veldby","ORG"],["Kessel","ORG"],["Halby","PERSON"],["Velby","PERSON"],["Torvik","GPE"]]
[["Ivo Shield","PERSON"]]
[["KESSEL OPEN","EVENT"],["Tomas Kerr","PERSON"],["France","GPE"],["Ilya Vassilenko","PERSON"],["Russia","GPE"]]
[["Kessel","ORG"],["Halby","ORG"]]
[["Halby","ORG"]]
[["Sterling","PERSON"]]
OUT
	diff expect got
}
