#!/usr/bin/env bats
# Faults in the environment, beyond stream.bats' (disk full, a reader
# gone, a directory, an unreadable file, SIGTERM) and dedupe.bats' (kill -9
# at any moment of a checkpoint, SIGTERM saving the state): memory that
# runs out at any point.

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
