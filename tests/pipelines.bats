#!/usr/bin/env bats
# pipelines/: the scripts that chain the filters, and the pipeline as a
# chain any of whose stages can be swapped.

load helpers

PIPES=$BATS_TEST_DIRNAME/../pipelines
MAN=$BATS_TEST_DIRNAME/../man

# GNU parallel keeps files in ~/.parallel, and a remote job's shell reads
# its startup files: every test here gets a home of its own.
setup() {
	cd "$BATS_TEST_TMPDIR" || return 1
	mkdir -p home
	export HOME=$BATS_TEST_TMPDIR/home
}

scripts() {
	local p
	for p in "$PIPES"/wire-*; do
		[ -x "$p" ] && printf '%s\n' "$p"
	done
}

@test "every script: --help, shellcheck-clean, a man page with every option, bad options refused" {
	[ -n "$(scripts)" ]
	for script in $(scripts); do
		name=$(basename "$script")
		run --separate-stderr "$script" --help
		assert_success
		[[ "$output" == "usage: $name"* ]]
		run shellcheck "$script"
		assert_success
		page=$(groff -mandoc -Tutf8 -P-cbou "$MAN/$name.1" 2>/dev/null)
		for opt in $("$script" --help | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
			[[ "$page" == *"$opt"* ]] || { echo "$name: $opt missing from $name.1"; return 1; }
		done
		run --separate-stderr "$script" --no-such-option
		assert_failure 2
	done
}

@test "every script finds the programs beside it when run by a relative name, whatever CDPATH says" {
	printf '%s\n' '{"id":"v1","text":"\"The ferry sails at noon,\" harbour master Ansel Brook said."}' > "$BATS_TEST_TMPDIR/story.ndjson"
	wire-split story.ndjson | wire-tag-entities | wire-attribute-quotes | wire-dedupe > want
	# A cd that finds "pipelines" through CDPATH prints where it went.
	mkdir -p decoy/pipelines
	mkfifo live
	cd "$BATS_TEST_DIRNAME/.."
	export CDPATH=$BATS_TEST_TMPDIR/decoy PATH=/usr/bin:/bin
	pipelines/wire-quotes -H "$BATS_TEST_TMPDIR/story.ndjson" > "$BATS_TEST_TMPDIR/got"
	printf '\tv1\tAnsel Brook\tsaid\tThe ferry sails at noon\n' | diff - "$BATS_TEST_TMPDIR/got"
	pipelines/wire-digest -f text -n 1 "$BATS_TEST_TMPDIR/story.ndjson" > "$BATS_TEST_TMPDIR/got"
	[ "$(head -n 1 "$BATS_TEST_TMPDIR/got")" = 'v1 (1 records)' ]
	pipelines/wire-parallel "$BATS_TEST_TMPDIR/story.ndjson" > "$BATS_TEST_TMPDIR/got"
	diff "$BATS_TEST_TMPDIR/want" "$BATS_TEST_TMPDIR/got"
	pipelines/wire-watch -o "$BATS_TEST_TMPDIR/watched" -s "$BATS_TEST_TMPDIR/state" "$BATS_TEST_TMPDIR/live" &
	pid=$!
	timeout 10 sh -c 'cat "$1" > "$2"' sh "$BATS_TEST_TMPDIR/story.ndjson" "$BATS_TEST_TMPDIR/live"
	wait "$pid"
	diff "$BATS_TEST_TMPDIR/want" "$BATS_TEST_TMPDIR/watched"
}

@test "wire-quotes: a TSV table, one quote a line, tabs and breaks flattened" {
	printf '%s\n' '{"id":"q1","time":"2026-03-06T09:00:00Z","text":"\"We\tgot what we came for,\" union leader Ines Okoro said.\n\nHarbour Board chairman Dale Finch said the strike had cost 1.2 million lutas."}' > in
	run --separate-stderr "$PIPES/wire-quotes" in
	assert_success
	cat > expect <<'OUT'
time	doc	speaker	cue	quote
2026-03-06T09:00:00Z	q1	Ines Okoro	said	We got what we came for
2026-03-06T09:00:00Z	q1	Dale Finch	said	the strike had cost 1.2 million lutas
OUT
	diff expect <(printf '%s\n' "$output")
	run --separate-stderr "$PIPES/wire-quotes" --no-header in
	[ "${#lines[@]}" -eq 2 ]
	run --separate-stderr "$PIPES/wire-quotes" -t "$FIXTURES/summary/ferry.txt"
	assert_line --partial $'\tInes Okoro\tsaid\tWe got what we came for, and the passengers can sail again'
}

@test "wire-digest: a summary a story, repeats left out, markdown or text" {
	run --separate-stderr "$PIPES/wire-digest" "$BATS_TEST_DIRNAME/../examples/wire-feed.ndjson"
	assert_success
	assert_line --index 0 --regexp '^## .+ — wc-20261124-001 \([0-9]+ records\)$'
	[ "$(printf '%s\n' "$output" | grep -c '^## ')" -eq "$(jq -r .id "$BATS_TEST_DIRNAME/../examples/wire-feed.ndjson" | wc -l)" ]
	run --separate-stderr "$PIPES/wire-digest" --format text -n 1 -t "$FIXTURES/summary/ferry.txt"
	assert_success
	assert_line --index 0 --partial 'ferry.txt ('
	[ "$(printf '%s\n' "$output" | grep -c '^  \* ')" -eq 1 ]
	run --separate-stderr "$PIPES/wire-digest" --format html /dev/null
	assert_failure 2
}

# Two invented stories, one in a file whose name is an option of the
# filters: a script must hand it over as a name, after "--".
option_named_files() {
	printf '%s\n' '{"id":"v1","text":"\"The ferry sails at noon,\" harbour master Ansel Brook said."}' > story.ndjson
	printf '%s\n' '{"id":"v2","text":"\"Nobody sails in this storm,\" skipper Maren Dahl said in Port Kell."}' > ./--rejects=victim.txt
	cp ./--rejects=victim.txt ./-story.ndjson
	echo 'not to be touched' > victim.txt
}

@test "wire-quotes reads files named like options as files: none is truncated" {
	option_named_files
	run --separate-stderr "$PIPES/wire-quotes" -H story.ndjson --rejects=victim.txt
	assert_success
	[ "$(cat victim.txt)" = 'not to be touched' ]
	printf '\tv1\tAnsel Brook\tsaid\tThe ferry sails at noon\n\tv2\tMaren Dahl\tsaid\tNobody sails in this storm\n' > expect
	diff expect <(printf '%s\n' "$output")
	run --separate-stderr "$PIPES/wire-quotes" -H -- -story.ndjson
	assert_success
	diff <(tail -n 1 expect) <(printf '%s\n' "$output")
}

@test "wire-digest reads files named like options as files: none is truncated" {
	option_named_files
	"$PIPES/wire-digest" -f text -n 1 story.ndjson --rejects=victim.txt > got
	[ "$(cat victim.txt)" = 'not to be touched' ]
	cat > expect <<'OUT'
v1 (1 records)
  * "The ferry sails at noon," harbour master Ansel Brook said.
  Who and where: Ansel Brook (1)
  "The ferry sails at noon" -- Ansel Brook


v2 (1 records)
  * "Nobody sails in this storm," skipper Maren Dahl said in Port Kell.
  Who and where: Maren Dahl (1), Port Kell (1)
  "Nobody sails in this storm" -- Maren Dahl


OUT
	diff expect got
	"$PIPES/wire-digest" -f text -n 1 -- -story.ndjson > got
	diff <(tail -n 6 expect) got
}

@test "wire-digest takes whole numbers in range for -n and -w: anything else is a usage error, exit 2, nothing read" {
	printf '%s\n' '{"id":"w1","text":"Mayor Lina Orsk said the ferry to Vell would run again on Friday."}' > feed.ndjson
	printf '%s\n' '{"id":"x1","text":"The budget of the Harbour Board rose by a third, its chairman Dale Finch said."}' > other.ndjson
	for bad in '2 other.ndjson' '*' 0 00 -3 1.5 '' ' 2' 10000001 99999999999999999999; do
		run --separate-stderr "$PIPES/wire-digest" -w "$bad" feed.ndjson
		assert_failure 2
		assert_output ''
		[ "$stderr" = "wire-digest: --window: '$bad' is not a whole number from 1 to 10000000" ]
		run --separate-stderr "$PIPES/wire-digest" "--window=$bad" feed.ndjson
		assert_failure 2
		[ "$stderr" = "wire-digest: --window: '$bad' is not a whole number from 1 to 10000000" ]
	done
	for bad in '3 other.ndjson' '*' 0 1001 x; do
		run --separate-stderr "$PIPES/wire-digest" -n "$bad" feed.ndjson
		assert_failure 2
		assert_output ''
		[ "$stderr" = "wire-digest: --sentences: '$bad' is not a whole number from 1 to 1000" ]
	done
	run --separate-stderr "$PIPES/wire-digest" -w
	assert_failure 2
	[[ "$stderr" == "wire-digest: option '-w' needs an argument"* ]]
	# In range, with or without leading zeros: one digest of both stories.
	cat > expect <<'OUT'
w0 (2 records)
  * Mayor Lina Orsk said the ferry to Vell would run again on Friday.
  * The budget of the Harbour Board rose by a third, its chairman Dale Finch said.
  Who and where: Dale Finch (1), Harbour Board (1), Lina Orsk (1), Vell (1)
  "The budget of the Harbour Board rose by a third" -- Dale Finch
  "the ferry to Vell would run again on Friday" -- Lina Orsk


OUT
	"$PIPES/wire-digest" -f text -w 2 -n 2 feed.ndjson other.ndjson > got
	diff expect got
	"$PIPES/wire-digest" -f text --window=0002 --sentences=02 feed.ndjson other.ndjson > got
	diff expect got
}

@test "wire-quotes and wire-digest exit as their worst stage: 2 for an input that cannot be read, 1 for a rejected line" {
	printf '%s\n' '{"id":"v1","text":"\"The ferry sails at noon,\" harbour master Ansel Brook said."}' > story.ndjson
	{ cat story.ndjson; echo '{"text": unfinished'; } > torn.ndjson
	printf '\tv1\tAnsel Brook\tsaid\tThe ferry sails at noon\n' > expect
	run --separate-stderr "$PIPES/wire-quotes" -H story.ndjson no-such-file
	assert_failure 2
	diff expect <(printf '%s\n' "$output")
	[ "$stderr" = 'wire-split: no-such-file: No such file or directory' ]
	run --separate-stderr "$PIPES/wire-quotes" -H torn.ndjson
	assert_failure 1
	diff expect <(printf '%s\n' "$output")
	[ "$stderr" = 'wire-split: torn.ndjson:2: invalid JSON at column 10: invalid token' ]
	run --separate-stderr "$PIPES/wire-digest" -f text -n 1 story.ndjson no-such-file
	assert_failure 2
	assert_line --index 0 'v1 (1 records)'
	[ "$stderr" = 'wire-split: no-such-file: No such file or directory' ]
	run --separate-stderr "$PIPES/wire-digest" -f text -n 1 torn.ndjson
	assert_failure 1
	assert_line --index 0 'v1 (1 records)'
	# All good: 0.
	run --separate-stderr "$PIPES/wire-digest" -f text -n 1 story.ndjson
	assert_success
}

@test "any stage can be swapped for another NDJSON program: jq -c . or cat" {
	src="$BATS_TEST_DIRNAME/../examples/wire-feed.ndjson"
	wire-split "$src" | wire-tag-entities | wire-attribute-quotes | wire-dedupe --mark | wire-summarize --pass > want
	wire-split "$src" | jq -c . | wire-tag-entities | cat | wire-attribute-quotes |
	    jq -c . | wire-dedupe --mark | cat | wire-summarize --pass > got
	diff want got
	# and a stage left out: the rest still works, on what it is given
	wire-split "$src" | wire-attribute-quotes | wire-summarize > less
	[ "$(wc -l < less)" -eq "$(jq -r .id "$src" | wc -l)" ]
}

@test "live: a story written into the pipeline comes out of the far end at once" {
	mkfifo fifo
	wire-split < fifo | wire-tag-entities | wire-attribute-quotes | wire-dedupe > out &
	exec 7> fifo
	start=$(date +%s%N)
	printf '%s\n' '{"id":"live1","text":"Mayor Tomas Reyes said the bridge had reopened in Tarsk."}' >&7
	wait_for_lines out 1
	elapsed_ms=$(( ($(date +%s%N) - start) / 1000000 ))
	run jq -r '.quotes[0].canonical' out
	exec 7>&-
	wait
	assert_output 'Tomas Reyes'
	# A bound with a wide margin, model loading included: five times
	# that under the sanitizers (the tagger loads in about 0.6 s there),
	# none under valgrind (WIRE_SLOW).
	bound_ms=1000
	[ "${WIRE_SANITIZED:-}" != 1 ] || bound_ms=5000
	[ "${WIRE_SLOW:-}" = 1 ] || [ "$elapsed_ms" -lt "$bound_ms" ]
}

@test "wire-watch: follows a growing file, appends records, keeps dedupe state across a restart" {
	: > feed.ndjson
	"$PIPES/wire-watch" --checkpoint 1s -o out -s state feed.ndjson &
	pid=$!
	sleep 0.5
	story='"text":"Mayor Tomas Reyes said the bridge in Tarsk had reopened after the flood."'
	printf '{"id":"a1",%s}\n' "$story" >> feed.ndjson
	wait_for_lines out 1
	printf '{"id":"a2",%s}\n' "$story" >> feed.ndjson
	wait_for_lines out 2
	kill -TERM "$pid"
	wait "$pid"
	[ -s state ]
	# Restarted: what the file holds is not read again, and the state
	# still knows a1.
	"$PIPES/wire-watch" --checkpoint 1s -o out -s state feed.ndjson &
	pid=$!
	sleep 0.5
	printf '{"id":"a3",%s}\n' "$story" >> feed.ndjson
	wait_for_lines out 3
	kill -TERM "$pid"
	wait "$pid"
	run jq -r '[.id, .duplicate_of // "-", (.quotes[0].canonical // "-")] | @tsv' out
	assert_output "$(printf 'a1:p0\t-\tTomas Reyes\na2:p0\ta1:p0\tTomas Reyes\na3:p0\ta1:p0\tTomas Reyes')"
}

@test "wire-watch reads an input named like an option, a file or a FIFO" {
	story='"text":"\"The ferry sails at noon,\" harbour master Ansel Brook said in Port Kell."'
	printf '{"id":"m1",%s}\n' "$story" > ./-feed.ndjson
	"$PIPES/wire-watch" -a -o out -- -feed.ndjson &
	pid=$!
	wait_for_lines out 1 || :
	kill -TERM "$pid"
	wait "$pid"
	[ "$(jq -r '.id + " " + .quotes[0].canonical' out)" = 'm1:p0 Ansel Brook' ]
	[ -s ./-feed.ndjson.wire-state ]
	# A FIFO: read to its end, and the watch ends with it.
	mkfifo ./-live
	"$PIPES/wire-watch" -o out2 -s state2 -- -live &
	pid=$!
	timeout 10 sh -c 'printf "{\"id\":\"m2\",%s}\n" "$1" > ./-live' sh "$story"
	wait "$pid"
	[ "$(jq -r '.id + " " + .quotes[0].canonical' out2)" = 'm2:p0 Ansel Brook' ]
}

@test "wire-watch: a missing input or a directory is an error that names it, exit 2, before anything starts" {
	run --separate-stderr timeout 10 "$PIPES/wire-watch" -a no-such-feed.ndjson
	assert_failure 2
	assert_output ''
	[ "$stderr" = 'wire-watch: no-such-feed.ndjson: No such file or directory' ]
	[ ! -e no-such-feed.ndjson.wire-state ]
	mkdir feeds
	run --separate-stderr timeout 10 "$PIPES/wire-watch" -a feeds
	assert_failure 2
	[ "$stderr" = 'wire-watch: feeds: Is a directory' ]
	: > feed.ndjson
	run --separate-stderr timeout 10 "$PIPES/wire-watch" -o no-such-dir/out feed.ndjson
	assert_failure 2
	[ "$stderr" = 'wire-watch: no-such-dir/out: cannot be opened for appending' ]
}

@test "wire-watch: a stage that fails ends the watch with its status" {
	: > feed.ndjson
	echo 'not a state file' > state
	run --separate-stderr timeout 10 "$PIPES/wire-watch" -s state feed.ndjson
	assert_failure 2
	[[ "$stderr" == *"wire-dedupe: state: not a wire-dedupe state file"* ]]
}

@test "wire-watch refuses an output that is its input (its records read again without end) and a state file that is either" {
	printf '%s\n' '{"id":"r1","text":"Mayor Lina Orsk said the ferry to Vell would run again on Friday."}' > feed.ndjson
	cp feed.ndjson before
	ln -s feed.ndjson link
	for args in '-o feed.ndjson' '-o link' '-s feed.ndjson' '-s out -o out'; do
		# shellcheck disable=SC2086
		run --separate-stderr timeout 10 "$PIPES/wire-watch" -a $args feed.ndjson
		assert_failure 2
	done
	run --separate-stderr timeout 10 sh -c '"$1" -a feed.ndjson >> feed.ndjson' sh "$PIPES/wire-watch"
	assert_failure 2
	[ "$stderr" = 'wire-watch: the output is the input, feed.ndjson: its records would be read again without end' ]
	run --separate-stderr timeout 10 sh -c '"$1" -a -s out feed.ndjson >> out' sh "$PIPES/wire-watch"
	assert_failure 2
	[ "$stderr" = 'wire-watch: --state: out is the input or the output' ]
	diff before feed.ndjson
}

@test "wire-watch: a reader that fails ends the watch with exit 2, its message shown" {
	: > feed.ndjson
	mkdir fake
	printf '#!/bin/sh\necho "tail: feed.ndjson: Input/output error" >&2\nexit 1\n' > fake/tail
	chmod +x fake/tail
	PATH=$PWD/fake:$PATH run --separate-stderr timeout 10 "$PIPES/wire-watch" -o out feed.ndjson
	assert_failure 2
	[ "$stderr" = 'tail: feed.ndjson: Input/output error' ]
}

@test "wire-watch -c takes a duration from 1s to 1d: anything else is a usage error, exit 2" {
	: > feed.ndjson
	for bad in 0 0s x 1.5s 25h 2d 86401 '30 other' '*' ''; do
		run --separate-stderr timeout 10 "$PIPES/wire-watch" -c "$bad" feed.ndjson
		assert_failure 2
		assert_output ''
		[ "$stderr" = "wire-watch: --checkpoint: '$bad' is not a duration from 1s to 1d (a whole number, with s, m, h or d)" ]
	done
}

@test "wire-watch keeps its FIFO in a private directory, removed when it stops on SIGTERM or SIGHUP" {
	: > feed.ndjson
	mkdir tmp
	for sig in TERM HUP; do
		TMPDIR=$BATS_TEST_TMPDIR/tmp "$PIPES/wire-watch" -o out -s state feed.ndjson &
		pid=$!
		sleep 0.5
		dirs=(tmp/*)
		[ "${#dirs[@]}" -eq 1 ]
		[ -d "${dirs[0]}" ]
		[ "$(stat -c %a "${dirs[0]}")" = 700 ]
		[[ "${dirs[0]}" == tmp/wire-watch.* ]]
		kill "-$sig" "$pid"
		wait "$pid"
		[ -z "$(ls -A tmp)" ]
	done
}

@test "wire-parallel: jobs over cores give the serial pipeline's output, byte for byte" {
	src="$BATS_TEST_DIRNAME/../examples/mixed-feed.ndjson"
	wire-split "$src" | wire-tag-entities | wire-attribute-quotes | wire-dedupe > want
	# Blocks of about two stories: several jobs, merged in input order.
	run --separate-stderr "$PIPES/wire-parallel" -j 3 -b 1500 "$src"
	assert_success
	diff want <(printf '%s\n' "$output")
	# (and the repeats were dropped)
	[ "$(wc -l < want)" -lt "$(wire-split "$src" | wc -l)" ]
	# Options for wire-dedupe, standard input, and a rejected line (exit 1).
	wire-split "$src" | wire-tag-entities | wire-attribute-quotes | wire-dedupe --mark > want
	{ cat "$src"; echo '{"text": unfinished'; } > in
	run --separate-stderr "$PIPES/wire-parallel" -b 1500 -d --mark < in
	assert_failure 1
	diff want <(printf '%s\n' "$output")
	[[ "$stderr" == *"wire-split: <stdin>:"*": invalid JSON"* ]]
	run --separate-stderr "$PIPES/wire-parallel" "$src" no-such-file
	assert_failure 2
	[[ "$stderr" == *"no-such-file"* ]]
}

@test "wire-parallel --shard: each job dedupes its own stories, repeats of one key found" {
	src="$BATS_TEST_DIRNAME/../examples/mixed-feed.ndjson"
	wire-split "$src" | wire-tag-entities | wire-attribute-quotes | wire-dedupe --mark > want
	run --separate-stderr "$PIPES/wire-parallel" -j 3 -b 1500 --shard url -d --mark "$src"
	assert_success
	# The feed's repeats share their url: the same records, in another order.
	diff <(sort want) <(printf '%s\n' "$output" | sort)
	run "$PIPES/wire-parallel" --shard 'no spaces' "$src"
	assert_failure 2
}

# Three invented stories, the third a repeat of the first, each with a url.
ferry_feed() {
	printf '%s\n' \
	    '{"id":"f1","url":"u/ferry","text":"\"The ferry sails at noon,\" harbour master Ansel Brook said in Port Kell."}' \
	    '{"id":"f2","url":"u/storm","text":"Fishing boats stayed in Port Kell because of the storm, skipper Maren Dahl said."}' \
	    '{"id":"f3","url":"u/ferry","text":"\"The ferry sails at noon,\" harbour master Ansel Brook said in Port Kell."}'
}

# The last run was wire-parallel refusing its -d value, having run nothing.
refused_dedupe() {
	assert_failure 2
	assert_output ''
	[[ "$stderr" == "wire-parallel: --dedupe: '"*"' is not a word for wire-dedupe (letters, digits and _ . , : = / + - only)" ]]
	[ ! -e pwned ]
}

@test "wire-parallel hands -d to wire-dedupe as plain words: no shell, no {= perl =}, no pattern ever runs" {
	ferry_feed > feed.ndjson
	touch other.ndjson
	# Each job's command (--shard) is run by a shell, after parallel
	# has replaced {...} in it.
	run --separate-stderr "$PIPES/wire-parallel" --shard url -d '--mark; touch pwned' feed.ndjson
	refused_dedupe
	run --separate-stderr "$PIPES/wire-parallel" --shard url -d '--mark $(touch pwned)' feed.ndjson
	refused_dedupe
	run --separate-stderr "$PIPES/wire-parallel" --shard url -d '{= system("touch", "pwned") =}' feed.ndjson
	refused_dedupe
	# The merged output's wire-dedupe: its words are not patterns.
	run --separate-stderr "$PIPES/wire-parallel" -d '*' feed.ndjson
	refused_dedupe
	run --separate-stderr "$PIPES/wire-parallel" -d '--mark other.ndjso?' feed.ndjson
	refused_dedupe
	# Words as the man page shows them reach wire-dedupe as they are.
	wire-split feed.ndjson | wire-tag-entities | wire-attribute-quotes | wire-dedupe --mark --threshold 0.6 > want
	"$PIPES/wire-parallel" -d '--mark --threshold 0.6' feed.ndjson > got
	diff want got
	"$PIPES/wire-parallel" --shard url -d '--mark  --threshold=0.6' feed.ndjson > got
	diff <(sort want) <(sort got)
	# (the repeat was marked)
	jq -r '.duplicate_of // "-"' got | sort > marks
	printf '%s\n' - - f1:p0 > expect
	diff expect marks
}

@test "wire-parallel takes whole numbers in range for -j and -b and a readable file for -S: anything else is a usage error, exit 2" {
	ferry_feed > feed.ndjson
	echo 2 > two
	for bad in two '2 two' 0 1.5 257; do
		run --separate-stderr "$PIPES/wire-parallel" -j "$bad" feed.ndjson
		assert_failure 2
		assert_output ''
		[ "$stderr" = "wire-parallel: --jobs: '$bad' is not a whole number from 1 to 256" ]
	done
	for bad in 0 -4 1.5M 2G 1048577k '1 two' M; do
		run --separate-stderr "$PIPES/wire-parallel" -b "$bad" feed.ndjson
		assert_failure 2
		assert_output ''
		[ "$stderr" = "wire-parallel: --block: '$bad' is not a size from 1 byte to 1G (a whole number, with k, M or G)" ]
	done
	# "-" would have parallel read the machines from the stories.
	mkdir hosts.d
	for bad in - no-such-file hosts.d ''; do
		run --separate-stderr "$PIPES/wire-parallel" -S "$bad" feed.ndjson
		assert_failure 2
		assert_output ''
		[ "$stderr" = "wire-parallel: --sshloginfile: '$bad' is not a file that can be read" ]
	done
	run --separate-stderr "$PIPES/wire-parallel" -s '' feed.ndjson
	assert_failure 2
	# In range, leading zeros and all; a machine file named like an option.
	wire-split feed.ndjson | wire-tag-entities | wire-attribute-quotes | wire-dedupe > want
	echo : > ./-hosts
	"$PIPES/wire-parallel" -j 0002 -b 0001k -S -hosts feed.ndjson > got
	diff want got
}

# An sshd of the test's own, on a free port of two loopback addresses:
# two "hosts" for GNU parallel.  It needs /usr/sbin/sshd (openssh-server,
# which .ci/run installs and make test does not); the test is skipped
# without it.  The daemon runs as this user, in the foreground under a
# time limit, so that it dies even if the test is killed with no
# teardown; it accepts only a key made for the test, only from the
# loopback addresses, and the client knows the host key it made (pinned,
# not trusted on first sight).  The remote jobs get the test's home too.
SSH_DIR=
start_sshd() {
	[ -x /usr/sbin/sshd ] || skip "no /usr/sbin/sshd (openssh-server): .ci/run installs it"
	SSH_DIR=$BATS_TEST_TMPDIR/ssh
	local dir=$SSH_DIR port attempt
	mkdir -p "$dir"
	ssh-keygen -q -t ed25519 -N '' -C wire-test-host -f "$dir/host_key"
	ssh-keygen -q -t ed25519 -N '' -C wire-test-user -f "$dir/user_key"
	printf 'from="127.0.0.1,127.0.0.2" %s\n' "$(cat "$dir/user_key.pub")" > "$dir/authorized_keys"
	printf '1/127.0.0.1\n1/127.0.0.2\n' > "$dir/logins"
	# Privilege separation wants this directory when sshd runs as root.
	[ "$(id -u)" -ne 0 ] || mkdir -p /run/sshd
	for attempt in 1 2 3; do
		port=$((20000 + RANDOM % 20000))
		cat > "$dir/sshd_config" <<CONF
Port $port
ListenAddress 127.0.0.1
ListenAddress 127.0.0.2
HostKey $dir/host_key
AuthorizedKeysFile $dir/authorized_keys
PidFile none
StrictModes no
UsePAM no
PasswordAuthentication no
KbdInteractiveAuthentication no
AllowTcpForwarding no
X11Forwarding no
SetEnv HOME=$HOME
LogLevel VERBOSE
CONF
		printf '[127.0.0.1]:%s,[127.0.0.2]:%s %s\n' "$port" "$port" \
		    "$(cut -d' ' -f1,2 "$dir/host_key.pub")" > "$dir/known_hosts"
		timeout 600 /usr/sbin/sshd -D -f "$dir/sshd_config" -E "$dir/sshd.log" \
		    < /dev/null > /dev/null 2>&1 3>&- &
		echo $! > "$dir/sshd.pid"
		export PARALLEL_SSH="ssh -F /dev/null -i $dir/user_key -p $port -o BatchMode=yes \
-o StrictHostKeyChecking=yes -o UserKnownHostsFile=$dir/known_hosts \
-o GlobalKnownHostsFile=/dev/null -o LogLevel=ERROR"
		# Up when it answers; gone at once when its port was taken.
		for _ in $(seq 100); do
			$PARALLEL_SSH 127.0.0.1 true 2>/dev/null && return 0
			kill -0 "$(cat "$dir/sshd.pid")" 2>/dev/null || break
			sleep 0.1
		done
		stop_sshd
	done
	echo "no sshd would start: $(cat "$dir/sshd.log")"
	return 1
}

stop_sshd() {
	local pid
	[ -n "$SSH_DIR" ] && [ -f "$SSH_DIR/sshd.pid" ] || return 0
	pid=$(cat "$SSH_DIR/sshd.pid")
	rm -f "$SSH_DIR/sshd.pid"
	kill "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
}

teardown() {
	stop_sshd
}

@test "wire-parallel -S: jobs on two machines over ssh give the serial pipeline's output" {
	start_sshd
	src="$BATS_TEST_DIRNAME/../examples/mixed-feed.ndjson"
	wire-split "$src" | wire-tag-entities | wire-attribute-quotes | wire-dedupe > want
	run --separate-stderr "$PIPES/wire-parallel" -b 1500 -S "$SSH_DIR/logins" "$src"
	assert_success
	diff want <(printf '%s\n' "$output")
	# Both "machines" ran jobs.
	grep -q 'Connection from 127.0.0.1 port [0-9]* on 127.0.0.1 ' "$SSH_DIR/sshd.log"
	grep -q 'on 127.0.0.2 port' "$SSH_DIR/sshd.log"
	# GNU parallel kept its files in the test's home, here and there.
	[ -d "$HOME/.parallel" ]
	[ "$($PARALLEL_SSH 127.0.0.2 'echo $HOME')" = "$HOME" ]
	# The host key is pinned: with another key in its place the client
	# refuses to connect.
	ssh-keygen -q -t ed25519 -N '' -f other_key
	sed "s|ssh-ed25519 .*|$(cut -d' ' -f1,2 other_key.pub)|" "$SSH_DIR/known_hosts" > other_known
	run --separate-stderr ${PARALLEL_SSH/$SSH_DIR\/known_hosts/$PWD/other_known} 127.0.0.1 true
	assert_failure 255
	[[ "$stderr" == *"Host key verification failed"* ]]
	# The test's key logs in from the two loopback addresses only.
	run --separate-stderr $PARALLEL_SSH -o BindAddress=127.0.0.3 127.0.0.1 true
	assert_failure 255
	[[ "$stderr" == *"Permission denied"* ]]
}
