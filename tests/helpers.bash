# Shared set-up for the bats files: the assertion libraries, the programs
# under test on PATH, and a scratch directory per test.

bats_require_minimum_version 1.5.0
bats_load_library bats-support
bats_load_library bats-assert

: "${WIRE_BIN:=$BATS_TEST_DIRNAME/../bin}"
export PATH="$WIRE_BIN:$PATH"
FIXTURES=$BATS_TEST_DIRNAME/fixtures

setup() {
	cd "$BATS_TEST_TMPDIR" || return 1
}

# The programs present in WIRE_BIN, one per line.
programs() {
	local p
	for p in "$WIRE_BIN"/wire-*; do
		[ -x "$p" ] && basename "$p"
	done
}

# A record every program accepts, one paragraph of one sentence, whose
# words are its own (so that no filter takes two of them for one).
good_record() {
	good_records "$1" "$1"
}

# good_record N for every N from FROM to TO, in one process: a bash loop
# of thousands of calls is slow under bats' debug trap.
good_records() {
	awk -v from="$1" -v to="$2" 'BEGIN {
		abc = "abcdefghijklmnopqrstuvwxyz"
		for (i = from; i <= to; i++) {
			w = ""
			n = i
			do {
				w = substr(abc, n % 26 + 1, 1) w
				n = int(n / 26)
			} while (n > 0)
			printf "{\"id\":\"s%d\",\"doc\":\"s%d\",\"para\":0,", i, i
			printf "\"text\":\"Minister %sa of %sb met %sc and %sd.\",\"last\":true}\n", w, w, w, w
		}
	}'
}

# Compares two files of JSON records with keys sorted, for tests where
# key order is not the point.
json_cmp() {
	diff <(jq -S -c . "$1") <(jq -S -c . "$2")
}

# Waits up to a second (ten under valgrind) for FILE to have N lines.
wait_for_lines() {
	local file=$1 want=$2 tries=20
	[ "${WIRE_SLOW:-}" = 1 ] && tries=200
	while [ "$tries" -gt 0 ]; do
		[ -f "$file" ] && [ "$(wc -l < "$file")" -ge "$want" ] && return 0
		sleep 0.05
		tries=$((tries - 1))
	done
	return 1
}

# Options that make a program pass its input records through: a
# summarizer writes summaries in their place unless asked.
passthrough_args() {
	case $1 in
	wire-summarize) echo --pass ;;
	esac
}
