#!/usr/bin/env bats
# The examples' outputs are golden files: the pipeline must still give
# exactly what examples/expected/ holds (make examples rewrites them).

load helpers

@test "the pipeline gives the golden output for every example" {
	top=$BATS_TEST_DIRNAME/..
	run env BIN="$(realpath --relative-to="$top" "$WIRE_BIN")" "$top/examples/demo.sh" --regenerate "$BATS_TEST_TMPDIR/got"
	assert_success
	run diff -r "$top/examples/expected" "$BATS_TEST_TMPDIR/got"
	assert_success
}

@test "make demo's view shows every story of the wire feed" {
	top=$BATS_TEST_DIRNAME/..
	run env BIN="$(realpath --relative-to="$top" "$WIRE_BIN")" "$top/examples/demo.sh"
	assert_success
	for title in "Portvale dock strike ends after nine days" "Lutavia's central bank holds rates" "Brindle Corp. to cut 800 jobs"; do
		assert_output --partial "$title"
	done
	assert_output --partial '  "The port opens at 6 a.m. tomorrow."'
}
