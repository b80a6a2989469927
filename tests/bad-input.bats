#!/usr/bin/env bats
# The bad-input corpus, run against every program: whatever comes in, no
# crash, no hang, the stated diagnostic, and every good record accounted
# for (records out + rejected = lines in).  stream.bats holds the rest of
# the contract (invalid JSON and UTF-8, --rejects, --strict, I/O faults).

load helpers

# Every good line gives a record: wire-summarize passes records through,
# wire-dedupe marks repeats rather than dropping them.
all_records_args() {
	case $1 in
	wire-summarize) echo --pass ;;
	wire-dedupe) echo --mark ;;
	esac
}

# Runs prog on in.ndjson and checks the status; the output is in $output.
run_prog() {
	local prog=$1 want=$2
	shift 2
	# shellcheck disable=SC2046
	run --separate-stderr "$prog" $(all_records_args "$prog") "$@" in.ndjson
	[ "$status" -eq "$want" ] || { echo "$prog: exit $status, not $want: $stderr"; return 1; }
}

# The records among the output (wire-summarize's summaries left out).
records_out() {
	printf '%s\n' "$output" | grep -vc '^{"type":"summary"' || true
}

@test "empty input, and input of blank lines only: nothing out, exit 0" {
	for prog in $(programs); do
		: > in.ndjson
		run_prog "$prog" 0
		[ -z "$output" ] && [ -z "$stderr" ]
		printf '\n\n  \n' > in.ndjson
		run_prog "$prog" 0
		[ -z "$output" ] && [ -z "$stderr" ]
	done
}

@test "NUL bytes: raw in a line, or escaped as \\u0000, are rejected; wire-split --text too" {
	for prog in $(programs); do
		{ good_record 1; printf '{"text":"a\0b"}\n{"text":"a \\u0000 b"}\n'; good_record 4; } > in.ndjson
		run_prog "$prog" 1 --rejects rejects
		[ "$(records_out)" -eq 2 ]
		[[ "$stderr" == *"<stdin>:2: invalid JSON"*"<stdin>:3: invalid JSON"* ]] ||
		    [[ "$stderr" == *"in.ndjson:2: invalid JSON"*"in.ndjson:3: invalid JSON"* ]]
		printf '{"text":"a\0b"}\n{"text":"a \\u0000 b"}\n' | cmp - rejects
	done
	printf 'one\0two\nthree\n' > story.txt
	run --separate-stderr wire-split --text story.txt
	assert_failure 1
	[ "$stderr" = "wire-split: story.txt:1: NUL byte at byte 4" ]
	[ "$(jq -r .text <<< "$output")" = three ]
}

@test "truncated JSON at every length of a record is rejected, never half read" {
	full='{"id":"t1","text":"The mayor said the bridge was open.","time":"2026-03-01T10:00:00Z"}'
	for prog in $(programs); do
		for ((n = 1; n < ${#full}; n += 7)); do
			printf '%s\n' "${full:0:n}"
		done > in.ndjson
		count=$(wc -l < in.ndjson)
		run_prog "$prog" 1
		[ -z "$output" ]
		[ "$(printf '%s\n' "$stderr" | grep -c 'invalid JSON')" -eq "$count" ]
	done
}

@test "a text that is empty, or 10 MB of one word, gives its record" {
	for prog in $(programs); do
		{ printf '{"id":"e1","text":""}\n{"id":"w1","text":"'; head -c 10000000 /dev/zero | tr '\0' 'x'; printf '"}\n'; good_record 3; } > in.ndjson
		run_prog "$prog" 0
		[ -z "$stderr" ]
		# (wire-split gives an empty story one empty paragraph: it is not lost)
		[ "$(records_out)" -eq 3 ]
	done
}

@test "thousands of quotation marks, balanced or not, and brackets never closed" {
	marks=$(printf '\\"%.0s' $(seq 1 3001))
	curly=$(printf '“ said %.0s' $(seq 1 2000))
	for prog in $(programs); do
		{
			printf '{"id":"q1","text":"%s"}\n' "$marks"
			printf '{"id":"q2","text":"He said %s the end."}\n' "$curly"
			printf '{"id":"q3","text":"%s"}\n' "$(printf '(%.0s' $(seq 1 3000))"
			good_record 4
		} > in.ndjson
		run_prog "$prog" 0
		[ "$(records_out)" -eq 4 ]
	done
}

@test "fields an earlier stage adds, malformed: warned of once per field, the record still goes through" {
	warned=0
	for prog in $(programs); do
		{
			printf '%s\n' '{"id":"m1","text":"Tomas Reyes said the road was shut.","entities":"Tomas Reyes"}'
			printf '%s\n' '{"id":"m2","text":"Tomas Reyes said the road was shut.","entities":[{"text":"Tomas Reyes","type":"PERSON","start":-5,"end":900}]}'
			printf '%s\n' '{"id":"m3","text":"Tomas Reyes said the road was shut.","entities":[{"type":7,"start":"0","end":null},42,null,[]]}'
			printf '%s\n' '{"id":"m4","text":"Tomas Reyes said the road was shut.","entities":[{"type":"PERSON","start":11,"end":0}]}'
			printf '%s\n' '{"id":"m5","text":"Tomas Reyes said it.","quotes":{"a":1},"sentences":[[5,2],[0,999999],"x"],"last":"yes","duplicate_of":7}'
			printf '%s\n' '{"id":"m6","doc":42,"para":"first","time":"not a time","text":"A quiet day."}'
		} > in.ndjson
		printf '%s\n' '{"id":"m7","text":"Two more. Of each.","sentences":[[9,2]],"time":"soon","entities":[{"type":"ORG","start":0,"end":99}]}' >> in.ndjson
		run_prog "$prog" 0
		[ "$(records_out)" -eq 7 ]
		# A stage that reads a field warns once per stream, naming it and
		# the line: a second bad record of the same field says nothing.
		if [ -n "$stderr" ]; then
			warned=$((warned + 1))
			# (not "! cmd": bats does not fail a test on a negated command)
			[ -z "$(printf '%s\n' "$stderr" | grep -v "^$prog: in.ndjson:[0-9]*: field '[a-z]*' is malformed (.*); .* (said once per stream)\$")" ]
			[ "$(printf '%s\n' "$stderr" | cut -d"'" -f2 | sort | uniq -d)" = "" ]
		fi
	done
	# Every stage but wire-split reads one of these fields.
	[ "$warned" -eq "$(($(programs | wc -l) - 1))" ]
}

@test "a 100 MB line is rejected without being held, the lines around it kept" {
	{ good_record 1; printf '{"text":"'; head -c 100000000 /dev/zero | tr '\0' 'y'; printf '"}\n'; good_record 3; } > in.ndjson
	for prog in $(programs); do
		# shellcheck disable=SC2046
		"$prog" $(all_records_args "$prog") in.ndjson > out 2> err && status=0 || status=$?
		[ "$status" -eq 1 ]
		[ "$(cat err)" = "$prog: in.ndjson:2: line too long (100000011 bytes; --max-line is 67108864)" ]
		[ "$(grep -vc '^{"type":"summary"' out)" -eq 2 ]
	done
	rm -f in.ndjson
}

@test "a million tiny records: every one accounted for" {
	n=1000000
	# Under valgrind a million would take hours: the same test, smaller.
	[ "${WIRE_SLOW:-}" = 1 ] && n=2000
	awk -v n="$n" 'BEGIN { for (i = 0; i < n; i++) printf "{\"id\":\"r%d\",\"text\":\"w%d\"}\n", i, i }' > in.ndjson
	for prog in $(programs); do
		# shellcheck disable=SC2046
		"$prog" $(all_records_args "$prog") in.ndjson > out 2> err
		[ ! -s err ]
		[ "$(grep -vc '^{"type":"summary"' out)" -eq "$n" ]
	done
	rm -f in.ndjson out
}
