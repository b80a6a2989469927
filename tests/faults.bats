#!/usr/bin/env bats
# Faults in the environment, beyond stream.bats' (disk full, a reader
# gone, a directory, an unreadable file, SIGTERM): memory that runs out at
# any point, and a kill -9 in the middle of a dedupe checkpoint.

load helpers

# The input each program reads in the pipeline: stories for wire-split,
# what the stages before write for the others.
input_for() {
	local src=$BATS_TEST_DIRNAME/../examples/mixed-feed.ndjson
	case $1 in
	wire-split) cat "$src" ;;
	wire-tag-entities) wire-split "$src" ;;
	wire-attribute-quotes) wire-split "$src" | wire-tag-entities ;;
	*) wire-split "$src" | wire-tag-entities | wire-attribute-quotes ;;
	esac
}

@test "every program, its memory running out at any allocation, says so and exits 2: never a crash" {
	# The shim replaces malloc, which ASan and valgrind replace too.
	[ -n "${WIRE_FAILMALLOC:-}" ] || skip "WIRE_FAILMALLOC not set (make test sets it)"
	[ "${WIRE_SANITIZED:-}${WIRE_SLOW:-}" = "" ] || skip "malloc is the sanitizer's or valgrind's"
	for prog in $(programs); do
		input_for "$prog" > in.ndjson
		"$prog" in.ndjson > want
		failures=0 n=0
		while :; do
			status=0
			env LD_PRELOAD="$WIRE_FAILMALLOC" WIRE_FAIL_MALLOC_AFTER=$n \
			    "$prog" in.ndjson > out 2> err || status=$?
			if [ "$status" -eq 0 ]; then
				# Enough memory for the whole run: the whole output.
				cmp want out
				break
			fi
			[ "$status" -eq 2 ] || { echo "$prog, malloc failing after $n: exit $status"; cat err; return 1; }
			grep -qx "$prog: out of memory.*" err || { echo "$prog after $n:"; cat err; return 1; }
			[ "$(wc -l < err)" -eq 1 ]
			failures=$((failures + 1))
			# Every allocation of start-up, then ever wider steps.
			n=$(( n < 64 ? n + 1 : n * 5 / 4 ))
		done
		echo "$prog: $failures points of failure tried, the last after $n allocations" >&3
		[ "$failures" -gt 10 ]
	done
}

@test "wire-dedupe killed with -9 while checkpointing: the state still loads" {
	src=$BATS_TEST_DIRNAME/../examples/mixed-feed.ndjson
	wire-split "$src" > records.ndjson
	# A first state, saved whole.
	wire-dedupe --state state < records.ndjson > /dev/null
	cp state state.before
	# Then a run that checkpoints after every record, killed at once,
	# again and again, at whatever point each kill lands.
	for i in $(seq 1 20); do
		rm -f fifo
		mkfifo fifo
		wire-dedupe --state state --checkpoint 1 < fifo > /dev/null &
		pid=$!
		exec 7> fifo
		cat records.ndjson >&7
		sleep "0.0$((i % 10))"
		kill -9 "$pid"
		wait "$pid" 2>/dev/null || true
		exec 7>&-
		# The state loads, and knows the records: every one is a repeat.
		run --separate-stderr wire-dedupe --state state < records.ndjson
		assert_success
		[ -z "$output" ]
	done
	# Temporaries of killed runs are removed by the next start.
	[ -z "$(find . -name 'state.*' ! -name state.before)" ]
}
