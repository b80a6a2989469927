#!/usr/bin/env bats
# Every program has a man page that renders cleanly and documents every
# option its --help lists.

load helpers

MAN=$BATS_TEST_DIRNAME/../man

@test "every program has a man page, and wire(7) exists" {
	[ -f "$MAN/wire.7" ]
	for prog in $(programs); do
		[ -f "$MAN/$prog.1" ] || { echo "no man page for $prog"; return 1; }
	done
}

@test "every man page renders without warnings" {
	for page in "$MAN"/*.[17]; do
		run groff -mandoc -ww -z "$page"
		assert_success
		assert_output ''
	done
}

@test "every long option in a program's --help is in its man page" {
	for prog in $(programs); do
		page=$(groff -mandoc -Tutf8 -P-cbou "$MAN/$prog.1" 2>/dev/null)
		for opt in $("$prog" --help | grep -oE -- '--[a-z][a-z-]+' | sort -u); do
			[[ "$page" == *"$opt"* ]] || { echo "$prog: $opt missing from $prog.1"; return 1; }
		done
	done
}
