#!/bin/sh
# make demo: runs the whole pipeline (every filter built so far) over the
# example feeds and shows what a reader wants: each story, its sentences,
# and what the later stages found in them.
#
# With --regenerate [DIR] it writes the pipeline's output for every
# example into DIR (default examples/expected/, the golden files the tests
# compare with; make examples), for review when behaviour changes on
# purpose.
set -eu
cd "$(dirname "$0")/.."
bin=${BIN:-bin}
export PATH="$PWD/$bin:$PATH"

# The stages after wire-split that exist, in pipeline order.  Duplicates
# are marked, not dropped, so that a reader sees them (and a summary can
# leave them out).
later_stages() {
	for f in tag-entities attribute-quotes; do
		[ -x "$bin/wire-$f" ] && printf ' | wire-%s' "$f"
	done
	[ -x "$bin/wire-dedupe" ] && printf ' | wire-dedupe --mark'
	[ -x "$bin/wire-summarize" ] && printf ' | wire-summarize --pass'
	return 0
}

# Runs the pipeline on one example: NDJSON, or plain text with --text.
pipeline() {
	case $1 in
	*.txt) split="wire-split --text" ;;
	*) split="wire-split" ;;
	esac
	sh -c "$split $1$(later_stages)"
}

# A person's view of the records: story headers, then each paragraph's
# sentences, with entities, quotes and duplicates when a stage added them,
# and each story's summary after it.
show() {
	jq -r --arg bold "$bold" --arg plain "$plain" '
	  if .type == "summary" then
	    "\n  " + $bold + "Summary" + $plain + " (" + (.count | tostring) + " records):",
	    (.sentences[] | "    " + .text),
	    (if (.entities | length) > 0 then
	       "    who and where: " + ([.entities[] | .canonical + " (" + (.count | tostring) + ")"] | join(", "))
	     else empty end),
	    (.quotes[] | "    \"" + .text + "\" -- " + .canonical)
	  else
	  (if .para == 0 then
	     "\n" + $bold + (.title // .doc) + $plain
	     + (if .source then "  (" + .source + (if .time then ", " + .time else "" end) + ")" else "" end)
	     + "\n"
	   else empty end),
	  (.text as $t | (.sentences // [[0, ($t | length)]]) | map("  " + $t[.[0]:.[1]]) | .[]),
	  (if (.entities // []) | length > 0 then
	     "      entities: " + ([.entities[] | .text + " (" + .type + ")"] | join(", "))
	   else empty end),
	  (.quotes // [] | .[] | "      quote: " + (.canonical // .speaker // "?") + " " + (.cue // "said") + ": \"" + .text + "\""),
	  (if .duplicate_of then "      (repeats " + .duplicate_of + ", similarity " + (.similarity | tostring) + ")" else empty end)
	  end'
}

if [ "${1:-}" = --regenerate ]; then
	out=${2:-examples/expected}
	mkdir -p "$out"
	for ex in examples/*.txt examples/*.ndjson; do
		pipeline "$ex" > "$out/$(basename "$ex").out"
		echo "wrote $out/$(basename "$ex").out"
	done
	exit 0
fi

# Bold and reverse video only on a terminal.
bold= plain= reverse=
if [ -t 1 ]; then
	bold=$(printf '\033[1m') plain=$(printf '\033[0m') reverse=$(printf '\033[7m')
fi
for ex in examples/wire-feed.ndjson examples/liveblog.txt; do
	printf '\n%s %s: wire-split%s %s\n' "$reverse" "$ex" "$(later_stages)" "$plain"
	pipeline "$ex" | show
done
printf '\nThe records themselves are NDJSON: try\n  %s\n' \
    "$bin/wire-split examples/wire-feed.ndjson | jq -c ."
