/*
 * model: the tagger's, lemmatizer's and parser's numbers, in one binary
 * blob that is used where it lies (no parsing, no copy).
 *
 * The blob (little-endian, every section 8-byte aligned; read in place,
 * so on little-endian machines only):
 *
 *	"WIREPRSE"  u32 version  u32 nsections
 *	nsections x { u32 id, u32 count, u64 offset, u64 bytes }
 *	the sections
 *
 * Sections (enum parse_section): the joint tags as NUL-terminated
 * "UPOS" "XPOS" pairs; the relation names; five feature tables (the
 * tagger's two passes, the parser's, and the lemmatizer's two maps); the
 * lemma edit scripts; free text about the model's provenance; and, when
 * the model leaves feature templates out, which (four u64: the tagger's
 * two words of bits, then the parser's; features.h).
 *
 * A feature table maps a 64-bit feature hash to a short list of
 * (class, weight) entries.  slots is an array of u64, each
 *
 *	key (28 bits) | start (25) | count (7) | shift (4)
 *
 * from the high bits down: key is the top 28 bits of the hash (never 0:
 * an empty slot is 0), the low 32 bits pick the first slot to probe
 * (parse_table_slot), then the next ones in turn, a quarter of the slots
 * being empty.  The feature's entries are entries[start..start + count),
 * u16 each, (uint8_t)weight << 8 | class, and a weight counts as weight
 * * 2^shift: averaged perceptron weights, scaled so that the largest is
 * 32,000, then quantized to int8 with a power-of-two scale per feature.
 * A class a feature never voted for takes no room, except in a dense row
 * (count PARSE_SLOT_DENSE), for a feature that votes for many classes:
 * then entries from start hold one int8 weight per class, in class
 * order, two to a u16 (the first in the low byte), padded with zeros to
 * a multiple of 16 classes (parse_dense_len), which adds up faster.  The lemmatizer's
 * maps use the slots alone: start holds the edit script's index, count
 * is 1, and they have no entries.
 *
 * The model is compiled into libwire (lang/parse/model-data.c), so no
 * program needs a file at run time; parse_model_read loads another.
 */
#ifndef WIRE_PARSE_MODEL_H
#define WIRE_PARSE_MODEL_H

#include <stddef.h>
#include <stdint.h>

#define PARSE_MODEL_MAGIC "WIREPRSE"
/* Version 2 is a model that leaves templates out (PARSE_SEC_DROPPED),
 * which a reader of version 1 would not know to do; a model with every
 * template is still written as version 1. */
enum { PARSE_MODEL_VERSION = 2, PARSE_MODEL_VERSION_ALL_TEMPLATES = 1 };

enum parse_section {
	PARSE_SEC_TAGS = 1,
	PARSE_SEC_LABELS,
	PARSE_SEC_TAGGER_SLOTS,
	PARSE_SEC_TAGGER_ENTRIES,
	PARSE_SEC_PARSER_SLOTS,
	PARSE_SEC_PARSER_ENTRIES,
	PARSE_SEC_LEMMA_WORD_SLOTS,
	PARSE_SEC_LEMMA_WORD_ENTRIES,
	PARSE_SEC_LEMMA_SUFFIX_SLOTS,
	PARSE_SEC_LEMMA_SUFFIX_ENTRIES,
	PARSE_SEC_SCRIPTS,
	PARSE_SEC_INFO,
	PARSE_SEC_TAGGER2_SLOTS,
	PARSE_SEC_TAGGER2_ENTRIES,
	PARSE_SEC_DROPPED,
	PARSE_SEC_MAX
};

/* The most tags and relations a model may have: a feature's classes
 * number 127 at most. */
enum { PARSE_MAX_TAGS = 127, PARSE_MAX_LABELS = 62 };
/* Parser classes: SHIFT, REDUCE, LEFT-l, RIGHT-l. */
enum { PARSE_MAX_CLASSES = 2 + 2 * PARSE_MAX_LABELS };
/* The length of a scores array for parse_table_score: a dense row adds 16
 * classes at a time, so the arrays are padded to a multiple of 16. */
enum { PARSE_MAX_SCORES = 128 };

/* A dense row's length in u16: one byte a class, padded to 16 bytes. */
static inline uint32_t
parse_dense_len(uint64_t nclasses)
{
	return (uint32_t)((nclasses + 15) / 16 * 8);
}

struct parse_table {
	uint64_t nslots, nclasses;
	const uint64_t *slots;
	const uint16_t *entries;
	uint64_t nentries;
};

/* A slot's fields (model.h's layout). */
#define PARSE_SLOT_KEY(s) ((uint32_t)((s) >> 36))
#define PARSE_SLOT_START(s) ((uint32_t)((s) >> 11) & 0x1ffffff)
#define PARSE_SLOT_COUNT(s) ((uint32_t)((s) >> 4) & 0x7f)
#define PARSE_SLOT_SHIFT(s) ((uint32_t)(s) & 0xf)
enum { PARSE_SLOT_MAX_START = 0x1ffffff, PARSE_SLOT_DENSE = 0x7f };

static inline uint64_t
parse_slot(uint32_t key, uint32_t start, uint32_t count, uint32_t shift)
{
	return (uint64_t)key << 36 | (uint64_t)start << 11 | (uint64_t)count << 4 | shift;
}

/* An edit script: lower-case the form first (or not), strip bytes from
 * its end, append add[0..len). */
struct parse_script {
	uint8_t lower, strip, len;
	char add[13];
};

struct parse_model {
	size_t ntags, nlabels, nscripts;
	const char **upos, **xpos, **labels;
	int root_label;		/* the index of "root" */
	int parataxis_label;	/* of "parataxis", for a second root */
	struct parse_table tagger, tagger2, parser, lemma_words, lemma_suffixes;
	const struct parse_script *scripts;
	/* The templates left out (parse_drop_templates): all zero, none. */
	uint64_t drop_tagger[2], drop_parser[2];
	const char *info;	/* NUL-terminated */
	size_t info_len;
	void *owned;		/* the bytes, when read from a file */
};

/* A model over the blob data[0..len), which the caller keeps alive; NULL
 * and a reason in err when the blob is not a well-formed model. */
struct parse_model *parse_model_load(const void *data, size_t len,
    char *err, size_t errlen);
/* The model compiled in. */
struct parse_model *parse_model_builtin(char *err, size_t errlen);
/* A model file. */
struct parse_model *parse_model_read(const char *path, char *err, size_t errlen);
void parse_model_free(struct parse_model *m);

/* The key a feature hash is stored under in its slot. */
static inline uint32_t
parse_table_key(uint64_t h)
{
	uint32_t key = (uint32_t)(h >> 36);

	return key != 0 ? key : 1;
}

/* The first slot of h in a table of nslots. */
static inline uint64_t
parse_table_slot(uint64_t h, uint64_t nslots)
{
	return (uint64_t)(uint32_t)h * nslots >> 32;
}

/* Adds the weights of each feature in feats[0..n) to scores[class];
 * scores has PARSE_MAX_SCORES elements (those past the table's classes
 * get only zeros). */
void parse_table_score(const struct parse_table *t, const uint64_t *feats,
    size_t n, int32_t *scores);

/* A lemma map's value for key, or -1 when the key is absent. */
int parse_table_value(const struct parse_table *t, uint64_t key);

#endif
