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

# Runs prog on in-PROG.ndjson with malloc failing after n allocations, for
# every n of start-up and then ever wider steps, until one run has memory
# enough for the whole of it; fails at the first run that ends otherwise
# than with "out of memory" and exit 2, or without the whole output.
malloc_sweep() {
	local prog=$1 in=in-$1.ndjson failures=0 n=0 status
	"$prog" "$in" > "want-$prog"
	while :; do
		status=0
		env LD_PRELOAD="$WIRE_FAILMALLOC" WIRE_FAIL_MALLOC_AFTER=$n \
		    "$prog" "$in" > "out-$prog" 2> "err-$prog" || status=$?
		if [ "$status" -eq 0 ]; then
			# Enough memory for the whole run: the whole output.
			cmp "want-$prog" "out-$prog" || return 1
			break
		fi
		[ "$status" -eq 2 ] || { echo "$prog, malloc failing after $n: exit $status"; cat "err-$prog"; return 1; }
		grep -qx "$prog: out of memory.*" "err-$prog" || { echo "$prog after $n:"; cat "err-$prog"; return 1; }
		[ "$(wc -l < "err-$prog")" -eq 1 ] || { echo "$prog after $n:"; cat "err-$prog"; return 1; }
		failures=$((failures + 1))
		# Every allocation of start-up, then ever wider steps.
		n=$(( n < 64 ? n + 1 : n * 5 / 4 ))
	done
	echo "$prog: $failures points of failure tried, the last after $n allocations"
	[ "$failures" -gt 10 ]
}

@test "every program, its memory running out at any allocation, says so and exits 2: never a crash" {
	# The shim replaces malloc, which ASan and valgrind replace too.
	[ -n "${WIRE_FAILMALLOC:-}" ] || skip "WIRE_FAILMALLOC not set (make test sets it)"
	[ "${WIRE_SANITIZED:-}${WIRE_SLOW:-}" = "" ] || skip "malloc is the sanitizer's or valgrind's"
	# The programs side by side: each sweep is hundreds of short runs.
	pids=()
	for prog in $(programs); do
		input_for "$prog" > "in-$prog.ndjson"
		malloc_sweep "$prog" > "sweep-$prog" 2>&1 3>&- &
		pids+=("$!")
	done
	failed=0
	for pid in "${pids[@]}"; do
		wait "$pid" || failed=1
	done
	for prog in $(programs); do
		sed "s/^/# /" "sweep-$prog" >&3
	done
	[ "$failed" -eq 0 ] || { cat sweep-*; return 1; }
}
