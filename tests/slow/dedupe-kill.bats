#!/usr/bin/env bats
# wire-dedupe's state under kill -9, at many more moments than make
# test's short version in tests/dedupe.bats (make check-slow).

# The programs of the top folder's bin/ unless told (helpers.bash takes
# the one beside tests/).
: "${WIRE_BIN:=$BATS_TEST_DIRNAME/../../bin}"
load ../helpers

@test "a kill -9 at any of a hundred moments leaves a state file that loads, or none" {
	# Checkpoints every 10 new items of 20,000, a store of 5,000: most of
	# the time is spent saving, so many kills land inside a save, and
	# since the store forgets, every round has new items to save.
	jq -cn 'range(1; 20001) | {id: "r\(.)",
	    text: "Item \(.) of the feed: the council met on day \(.) to discuss matter \(. * 7) and agreed."}' > in.ndjson
	local round killed_in_save=0 deadline=$((SECONDS + 90))
	for round in $(seq 1 100); do
		[ "$SECONDS" -lt "$deadline" ] || break
		wire-dedupe --state st --capacity 5000 --checkpoint 10 in.ndjson > /dev/null &
		pid=$!
		# 0 to 0.99 s, spread over the rounds
		sleep "$((round * 37 % 100 / 100)).$(printf '%02d' $((round * 37 % 100)))"
		kill -9 "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
		compgen -G 'st.tmp.*' > /dev/null && killed_in_save=$((killed_in_save + 1))
		if [ -e st ]; then
			run --separate-stderr wire-dedupe --state st --capacity 5000 /dev/null
			assert_success
			# the run that loaded it removed the killed save's temporary
			[ -z "$(compgen -G 'st.tmp.*')" ]
		fi
	done
	echo "# $round rounds, $killed_in_save killed inside a save" >&3
	[ "$killed_in_save" -gt 0 ]
}
