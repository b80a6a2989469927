#!/usr/bin/env bats
# The record stream contract, checked for every program in bin/: each new
# filter gets these tests for free.

load helpers

# Three good records around the bad line given as $1 (raw bytes, printf).
with_bad_line() {
	good_record 1
	printf "$1"
	printf '\n'
	good_record 3
}

@test "every program prints usage on stdout and exits 0 with --help" {
	for prog in $(programs); do
		run --separate-stderr "$prog" --help
		assert_success
		assert_line --index 0 --regexp "^usage: $prog "
		[ -z "$stderr" ]
	done
}

@test "every program prints its name and version with --version" {
	for prog in $(programs); do
		run --separate-stderr "$prog" --version
		assert_success
		assert_output --regexp "^$prog [0-9]+\.[0-9]+\.[0-9]+$"
	done
}

@test "every program rejects an unknown option with a short usage and exit 2" {
	for prog in $(programs); do
		run --separate-stderr "$prog" --no-such-option
		assert_failure 2
		[ -z "$output" ]
		[[ "$stderr" == *"usage: $prog"* ]]
		[[ "$stderr" == *"unrecognized option"* ]]
	done
}

@test "every program rejects invalid JSON, names input and line, and goes on" {
	for prog in $(programs); do
		with_bad_line '{"text": "unfinished' > in.ndjson
		run --separate-stderr "$prog" in.ndjson
		assert_failure 1
		[[ "$stderr" == "$prog: in.ndjson:2: invalid JSON"* ]]
		[ "$(printf '%s\n' "$output" | jq -s 'map(.doc) | unique | length')" -eq 2 ]
	done
}

@test "every program rejects invalid UTF-8 with a diagnostic" {
	for prog in $(programs); do
		with_bad_line '{"text":"caf\xe9 au lait"}' > in.ndjson
		run --separate-stderr "$prog" < in.ndjson
		assert_failure 1
		[ "$stderr" = "$prog: <stdin>:2: invalid UTF-8 at byte 13" ]
	done
}

@test "every program rejects overlong forms, surrogates and 0xFF as invalid UTF-8" {
	for prog in $(programs); do
		for bytes in '\xc0\xaf' '\xed\xa0\x80' '\xff' '\x80'; do
			with_bad_line "{\"text\":\"a${bytes}b\"}" > in.ndjson
			run --separate-stderr "$prog" < in.ndjson
			assert_failure 1
			[[ "$stderr" == *"<stdin>:2: invalid UTF-8"* ]]
		done
	done
}

@test "every program rejects a line that is not an object" {
	for prog in $(programs); do
		for line in '[1,2]' '"text"' '42' 'null'; do
			with_bad_line "$line" > in.ndjson
			run --separate-stderr "$prog" < in.ndjson
			assert_failure 1
			[ "$stderr" = "$prog: <stdin>:2: not a JSON object" ]
		done
	done
}

@test "every program rejects a record whose text is missing or not a string" {
	for prog in $(programs); do
		with_bad_line '{"title":"no text"}' > in.ndjson
		run --separate-stderr "$prog" < in.ndjson
		assert_failure 1
		[ "$stderr" = "$prog: <stdin>:2: \"text\" is missing" ]
		with_bad_line '{"text":null}' > in.ndjson
		run --separate-stderr "$prog" < in.ndjson
		[ "$stderr" = "$prog: <stdin>:2: \"text\" is not a string" ]
		with_bad_line '{"text":7}' > in.ndjson
		run --separate-stderr "$prog" < in.ndjson
		[ "$stderr" = "$prog: <stdin>:2: \"text\" is not a string" ]
	done
}

@test "every program rejects duplicate keys and deep nesting without crashing" {
	for prog in $(programs); do
		with_bad_line '{"text":"a","text":"b"}' > in.ndjson
		run --separate-stderr "$prog" < in.ndjson
		assert_failure 1
		[[ "$stderr" == *"<stdin>:2: invalid JSON"*"duplicate"* ]]
		deep=$(printf '%.0s[' $(seq 1 100000))
		with_bad_line "{\"x\":$deep" > in.ndjson
		run --separate-stderr "$prog" < in.ndjson
		assert_failure 1
		[[ "$stderr" == *"<stdin>:2: invalid JSON"* ]]
	done
}

@test "every program reads the text from another field with --field" {
	for prog in $(programs); do
		printf '{"id":"b1","body":"The mayor spoke."}\n' > in.ndjson
		run --separate-stderr "$prog" --field body in.ndjson
		assert_success
		run --separate-stderr "$prog" in.ndjson
		assert_failure 1
		[ "$stderr" = "$prog: in.ndjson:1: \"text\" is missing" ]
	done
}

@test "every program copies rejected lines to --rejects byte for byte" {
	for prog in $(programs); do
		{
			good_record 1
			printf '{"text": broken\n'
			printf '{"text":"caf\xe9"}\n'
			printf '[1]\n'
			good_record 5
		} > in.ndjson
		printf '{"text": broken\n{"text":"caf\xe9"}\n[1]\n' > expect
		run --separate-stderr "$prog" --rejects rejects in.ndjson
		assert_failure 1
		cmp expect rejects
	done
}

@test "every program stops at the first bad line with --strict and exits 2" {
	for prog in $(programs); do
		with_bad_line 'not json' > in.ndjson
		run --separate-stderr "$prog" --strict in.ndjson
		assert_failure 2
		[[ "$stderr" == *"in.ndjson:2: invalid JSON"* ]]
		[[ "$stderr" == *"--strict"* ]]
		[ "$(printf '%s\n' "$output" | jq -s 'map(.doc) | unique')" = '[
  "s1"
]' ]
	done
}

@test "every program rejects a line longer than --max-line and keeps it in --rejects" {
	head -c 3000000 /dev/zero | tr '\0' 'x' > long
	for prog in $(programs); do
		{ good_record 1; printf '{"text":"'; cat long; printf '"}\n'; good_record 3; } > in.ndjson
		{ printf '{"text":"'; cat long; printf '"}\n'; } > expect
		run --separate-stderr "$prog" --max-line 1M --rejects rejects in.ndjson
		assert_failure 1
		[ "$stderr" = "$prog: in.ndjson:2: line too long (3000011 bytes; --max-line is 1048576)" ]
		cmp expect rejects
		[ "$(printf '%s\n' "$output" | wc -l)" -eq 2 ]
	done
}

@test "every program skips blank lines and accepts CRLF endings and a byte-order mark" {
	for prog in $(programs); do
		{ printf '\xef\xbb\xbf'; good_record 1; printf '\n   \n'; good_record 2 | sed 's/$/\r/'; } > in.ndjson
		run --separate-stderr "$prog" in.ndjson
		assert_success
		[ -z "$stderr" ]
		[ "$(printf '%s\n' "$output" | wc -l)" -eq 2 ]
	done
}

@test "every program accepts a last line with no newline" {
	for prog in $(programs); do
		{ good_record 1; good_record 2 | tr -d '\n'; } > in.ndjson
		run --separate-stderr "$prog" in.ndjson
		assert_success
		[ "$(printf '%s\n' "$output" | wc -l)" -eq 2 ]
	done
}

@test "every program gives one record out per good line in, with rejects making up the rest" {
	for prog in $(programs); do
		for i in $(seq 1 50); do
			if [ $((i % 7)) -eq 0 ]; then printf '{bad %d\n' "$i"; else good_record "$i"; fi
		done > in.ndjson
		run --separate-stderr "$prog" in.ndjson
		assert_failure 1
		records=$(printf '%s\n' "$output" | grep -c .)
		rejected=$(printf '%s\n' "$stderr" | grep -c 'invalid JSON')
		[ $((records + rejected)) -eq 50 ]
		[ "$rejected" -eq 7 ]
	done
}

@test "every program passes fields it does not know through, in their order" {
	for prog in $(programs); do
		printf '{"id":"k1","x_zeta":{"a":[1,2]},"text":"Rain fell.","x_alpha":"é ü","x_mid":null}\n' > in.ndjson
		# shellcheck disable=SC2046
		run --separate-stderr "$prog" $(passthrough_args "$prog") in.ndjson
		assert_success
		[ "$(printf '%s\n' "$output" | sed -n 1p | jq -c '[to_entries[] | select(.key | startswith("x_"))]')" = \
		  '[{"key":"x_zeta","value":{"a":[1,2]}},{"key":"x_alpha","value":"é ü"},{"key":"x_mid","value":null}]' ]
	done
}

@test "every program writes compact UTF-8, not escapes" {
	for prog in $(programs); do
		printf '{"id":"u1","text":"Zoë Ørsted met Łukasz in Kraków: “Yes.”"}\n' > in.ndjson
		run --separate-stderr "$prog" in.ndjson
		assert_success
		[[ "$output" == *'Zoë Ørsted met Łukasz in Kraków: “Yes.”'* ]]
		[[ "$output" != *'\u'* ]]
		[ "$(printf '%s\n' "$output" | jq -c .)" = "$output" ]
	done
}

@test "every program reads named files in order, and - as standard input" {
	for prog in $(programs); do
		good_record 1 > a.ndjson
		good_record 3 > c.ndjson
		run --separate-stderr bash -c "$(printf '%q' "$prog") a.ndjson - c.ndjson <<< '$(good_record 2)'"
		assert_success
		[ "$(printf '%s\n' "$output" | jq -r .doc | tr '\n' ' ')" = "s1 s2 s3 " ]
	done
}

@test "every program reports an unreadable file, reads the others, and exits 2" {
	for prog in $(programs); do
		good_record 1 > a.ndjson
		run --separate-stderr "$prog" missing.ndjson a.ndjson
		assert_failure 2
		[ "$stderr" = "$prog: missing.ndjson: No such file or directory" ]
		[ "$(printf '%s\n' "$output" | jq -r .doc)" = s1 ]
	done
}

@test "every program reports a directory as input and exits 2" {
	for prog in $(programs); do
		run --separate-stderr bash -c "$(printf '%q' "$prog") < ."
		assert_failure 2
		[[ "$stderr" == "$prog: <stdin>: read error: Is a directory" ]]
	done
}

@test "every program reports a write error (disk full) and exits 2" {
	good_records 1 2000 > in.ndjson
	for prog in $(programs); do
		run --separate-stderr bash -c "$(printf '%q' "$prog") in.ndjson > /dev/full"
		assert_failure 2
		[[ "$stderr" == "$prog: write error: No space left on device" ]]
	done
}

@test "every program ends quietly when its reader goes away" {
	# 2 MB of records, far more than a pipe holds: the reader is gone
	# long before the program is done.  'true' goes away at once, head
	# after a line.  Quietly: nothing on stderr, and killed by SIGPIPE
	# (141) or exit 0, never an error status.
	good_records 1 20000 > in.ndjson
	for prog in $(programs); do
		for reader in 'head -n 1' true; do
			run --separate-stderr bash -c "$(printf '%q' "$prog") in.ndjson | $reader; echo \"status \${PIPESTATUS[0]}\""
			assert_success
			[ -z "$stderr" ] || { echo "$prog | $reader: $stderr"; return 1; }
			[[ "${lines[-1]}" == 'status '@(0|141) ]] || { echo "$prog | $reader: ${lines[-1]}"; return 1; }
			[ "${#lines[@]}" -eq "$([ "$reader" = true ] && echo 1 || echo 2)" ]
		done
	done
}

# Starts prog reading a FIFO held open on descriptor 7 and writing to
# 'out' (its pid in $pid), writes one record, and waits for it to come out.
start_on_fifo() {
	rm -f fifo out
	mkfifo fifo
	"$1" < fifo > out &
	pid=$!
	exec 7> fifo
	good_record 1 >&7
	wait_for_lines out 1 || true
}

@test "every program writes each record out at once while its input stays open" {
	for prog in $(programs); do
		start_on_fifo "$prog"
		lines=$(wc -l < out)
		exec 7>&-
		wait "$pid"
		[ "$lines" -eq 1 ]
	done
}

@test "every program finishes and flushes on SIGTERM with its input still open" {
	for prog in $(programs); do
		start_on_fifo "$prog"
		kill -TERM "$pid"
		status=0
		wait "$pid" || status=$?
		exec 7>&-
		[ "$status" -eq 0 ]
		[ "$(jq -r .doc out)" = s1 ]
	done
}
