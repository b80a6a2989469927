/*
 * model: the blob's loader and the feature tables' lookups (model.h).
 */
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "model-data.h"
#include "model.h"

enum { HEADER_BYTES = 16, SECTION_BYTES = 24, MAX_FEATURES = 256 };

struct section {
	uint32_t count;
	uint64_t offset, bytes;
	bool present;
};

static uint32_t
read_u32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	    (uint32_t)p[3] << 24;
}

static uint64_t
read_u64(const unsigned char *p)
{
	return (uint64_t)read_u32(p) | (uint64_t)read_u32(p + 4) << 32;
}

static void *
fail(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
	return NULL;
}

/* The section directory, checked against the blob's bounds. */
static bool
read_sections(const unsigned char *p, size_t len, struct section *sec,
    char *err, size_t errlen)
{
	uint32_t nsec;

	if (len < HEADER_BYTES || memcmp(p, PARSE_MODEL_MAGIC, 8) != 0)
		return fail(err, errlen, "not a wire parse model"), false;
	if (read_u32(p + 8) != PARSE_MODEL_VERSION &&
	    read_u32(p + 8) != PARSE_MODEL_VERSION_ALL_TEMPLATES)
		return fail(err, errlen, "model version %u, this program reads %d and %d",
		    read_u32(p + 8), PARSE_MODEL_VERSION_ALL_TEMPLATES, PARSE_MODEL_VERSION), false;
	nsec = read_u32(p + 12);
	if (nsec > (len - HEADER_BYTES) / SECTION_BYTES)
		return fail(err, errlen, "truncated section directory"), false;
	for (uint32_t i = 0; i < nsec; i++) {
		const unsigned char *d = p + HEADER_BYTES + (size_t)i * SECTION_BYTES;
		uint32_t id = read_u32(d);
		struct section s = { read_u32(d + 4), read_u64(d + 8), read_u64(d + 16), true };

		if (s.offset > len || s.bytes > len - s.offset || s.offset % 8 != 0)
			return fail(err, errlen, "section %u out of bounds", id), false;
		if (id > 0 && id < PARSE_SEC_MAX)
			sec[id] = s;
	}
	return true;
}

/* count NUL-terminated strings from p[0..bytes), pointers into out. */
static bool
read_names(const char *p, size_t bytes, size_t count, const char **out)
{
	size_t at = 0;

	for (size_t i = 0; i < count; i++) {
		const char *end = memchr(p + at, '\0', bytes - at);

		if (end == NULL)
			return false;
		out[i] = p + at;
		at = (size_t)(end - p) + 1;
	}
	return true;
}

/* A feature table whose entries' classes are below nclasses; for a
 * lemma map (values), one whose values are below nclasses.  An optional
 * table may be missing: then it is empty. */
static bool
read_table(const unsigned char *p, const struct section *slots,
    const struct section *entries, size_t nclasses, bool values, bool optional,
    struct parse_table *t)
{
	uint64_t n = slots->count, empty = 0;

	static const uint64_t no_slots[1];

	if (optional && !slots->present && !entries->present) {
		*t = (struct parse_table){ 1, nclasses, no_slots, NULL, 0 };
		return true;
	}
	if (!slots->present || !entries->present || n == 0 ||
	    slots->bytes != n * 8 || entries->bytes != (uint64_t)entries->count * 2)
		return false;
	t->nslots = n;
	t->nclasses = nclasses;
	t->slots = (const uint64_t *)(const void *)(p + slots->offset);
	t->entries = (const uint16_t *)(const void *)(p + entries->offset);
	t->nentries = entries->count;
	for (uint64_t i = 0; i < n; i++) {
		uint64_t s = t->slots[i];
		uint64_t start = PARSE_SLOT_START(s), count = PARSE_SLOT_COUNT(s);
		bool dense = count == PARSE_SLOT_DENSE;

		if (s == 0) {
			empty++;
			continue;
		}
		if (values) {
			if (count != 1 || start >= nclasses)
				return false;
			continue;
		}
		if (dense)
			count = parse_dense_len(nclasses);
		if (count == 0 || start > t->nentries || count > t->nentries - start)
			return false;
		for (uint64_t j = start; !dense && j < start + count; j++)
			if ((t->entries[j] & 0xff) >= nclasses)
				return false;
	}
	/* A lookup stops at an empty slot: a full table would never stop. */
	return empty > 0;
}

static int
find_label(const struct parse_model *m, const char *name)
{
	for (size_t i = 0; i < m->nlabels; i++)
		if (strcmp(m->labels[i], name) == 0)
			return (int)i;
	return -1;
}

struct parse_model *
parse_model_load(const void *data, size_t len, char *err, size_t errlen)
{
	const unsigned char *p = data;
	struct section sec[PARSE_SEC_MAX] = { { 0 } };
	struct parse_model *m;
	const struct section *tags = &sec[PARSE_SEC_TAGS], *labels = &sec[PARSE_SEC_LABELS];

	if ((uintptr_t)p % 8 != 0)
		return fail(err, errlen, "model not 8-byte aligned in memory");
	if (!read_sections(p, len, sec, err, errlen))
		return NULL;
	if (!tags->present || !labels->present || !sec[PARSE_SEC_SCRIPTS].present ||
	    tags->count == 0 || tags->count > PARSE_MAX_TAGS ||
	    labels->count < 2 || labels->count > PARSE_MAX_LABELS)
		return fail(err, errlen, "model lacks its tags, relations or scripts");
	m = xcalloc(1, sizeof(*m));
	m->ntags = tags->count;
	m->nlabels = labels->count;
	m->upos = xcalloc(m->ntags, sizeof(*m->upos));
	m->xpos = xcalloc(m->ntags, sizeof(*m->xpos));
	m->labels = xcalloc(m->nlabels, sizeof(*m->labels));
	const char **pairs = xcalloc(2 * m->ntags, sizeof(*pairs));
	bool ok = read_names((const char *)p + tags->offset, tags->bytes, 2 * m->ntags, pairs) &&
	    read_names((const char *)p + labels->offset, labels->bytes, m->nlabels, m->labels);
	for (size_t i = 0; ok && i < m->ntags; i++) {
		m->upos[i] = pairs[2 * i];
		m->xpos[i] = pairs[2 * i + 1];
	}
	free(pairs);
	m->root_label = ok ? find_label(m, "root") : -1;
	m->parataxis_label = ok ? find_label(m, "parataxis") : -1;
	if (m->parataxis_label < 0)
		m->parataxis_label = m->root_label == 0 ? 1 : 0;
	if (!ok || m->root_label < 0) {
		parse_model_free(m);
		return fail(err, errlen, "malformed tag or relation names");
	}
	m->nscripts = sec[PARSE_SEC_SCRIPTS].count;
	m->scripts = (const struct parse_script *)(const void *)(p + sec[PARSE_SEC_SCRIPTS].offset);
	if (sec[PARSE_SEC_SCRIPTS].bytes != m->nscripts * sizeof(struct parse_script) ||
	    m->nscripts == 0 || m->nscripts > INT16_MAX ||
	    !read_table(p, &sec[PARSE_SEC_TAGGER_SLOTS], &sec[PARSE_SEC_TAGGER_ENTRIES],
		m->ntags, false, false, &m->tagger) ||
	    !read_table(p, &sec[PARSE_SEC_TAGGER2_SLOTS], &sec[PARSE_SEC_TAGGER2_ENTRIES],
		m->ntags, false, true, &m->tagger2) ||
	    !read_table(p, &sec[PARSE_SEC_PARSER_SLOTS], &sec[PARSE_SEC_PARSER_ENTRIES],
		2 + 2 * m->nlabels, false, false, &m->parser) ||
	    !read_table(p, &sec[PARSE_SEC_LEMMA_WORD_SLOTS], &sec[PARSE_SEC_LEMMA_WORD_ENTRIES],
		m->nscripts, true, false, &m->lemma_words) ||
	    !read_table(p, &sec[PARSE_SEC_LEMMA_SUFFIX_SLOTS], &sec[PARSE_SEC_LEMMA_SUFFIX_ENTRIES],
		m->nscripts, true, false, &m->lemma_suffixes)) {
		parse_model_free(m);
		return fail(err, errlen, "malformed feature table or scripts");
	}
	for (size_t i = 0; i < m->nscripts; i++)
		if (m->scripts[i].len > sizeof(m->scripts[i].add) || m->scripts[i].lower > 1) {
			parse_model_free(m);
			return fail(err, errlen, "malformed edit script %zu", i);
		}
	if (sec[PARSE_SEC_DROPPED].present) {
		const unsigned char *d = p + sec[PARSE_SEC_DROPPED].offset;

		if (sec[PARSE_SEC_DROPPED].count != 4 || sec[PARSE_SEC_DROPPED].bytes != 32) {
			parse_model_free(m);
			return fail(err, errlen, "malformed list of templates left out");
		}
		m->drop_tagger[0] = read_u64(d);
		m->drop_tagger[1] = read_u64(d + 8);
		m->drop_parser[0] = read_u64(d + 16);
		m->drop_parser[1] = read_u64(d + 24);
	}
	if (sec[PARSE_SEC_INFO].present) {
		m->info = (const char *)p + sec[PARSE_SEC_INFO].offset;
		m->info_len = sec[PARSE_SEC_INFO].bytes;
	} else {
		m->info = "";
	}
	return m;
}

struct parse_model *
parse_model_builtin(char *err, size_t errlen)
{
	return parse_model_load(parse_model_data,
	    (size_t)(parse_model_data_end - parse_model_data), err, errlen);
}

struct parse_model *
parse_model_read(const char *path, char *err, size_t errlen)
{
	FILE *f = fopen(path, "rb");
	unsigned char *bytes = NULL;
	size_t len = 0, cap = 0, got;
	struct parse_model *m;

	if (f == NULL)
		return fail(err, errlen, "%s: %s", path, strerror(errno));
	do {
		bytes = xgrow(bytes, &cap, len + 65536, 1);
		got = fread(bytes + len, 1, cap - len, f);
		len += got;
	} while (got > 0);
	if (ferror(f)) {
		fclose(f);
		free(bytes);
		return fail(err, errlen, "%s: read error", path);
	}
	fclose(f);
	/* malloc's memory is aligned for any type, so for the u64 slots. */
	m = parse_model_load(bytes, len, err, errlen);
	if (m == NULL)
		free(bytes);
	else
		m->owned = bytes;
	return m;
}

void
parse_model_free(struct parse_model *m)
{
	if (m == NULL)
		return;
	free(m->upos);
	free(m->xpos);
	free(m->labels);
	free(m->owned);
	free(m);
}

/* The slot of h, or 0. */
static inline uint64_t
table_find(const struct parse_table *t, uint64_t h)
{
	uint32_t key = parse_table_key(h);

	for (uint64_t i = parse_table_slot(h, t->nslots);; ) {
		uint64_t s = t->slots[i];

		if (s == 0 || PARSE_SLOT_KEY(s) == key)
			return s;
		if (++i == t->nslots)
			i = 0;
	}
}

/* Adds a dense row: one int8 weight per class. */
static inline void
add_dense(const int8_t *restrict w, uint32_t shift, size_t nclasses,
    int32_t *restrict scores)
{
	/* 16 classes a step, padding included, so that the compiler adds
	 * them in vector registers (restrict: bytes may alias anything). */
	for (size_t c = 0; c < nclasses; c += 16)
		for (size_t k = 0; k < 16; k++)
			scores[c + k] += (int32_t)((uint32_t)(int32_t)w[c + k] << shift);
}

/* Adds a sparse row: (weight, class) pairs. */
static inline void
add_sparse(const uint16_t *e, uint32_t count, uint32_t shift, int32_t *scores)
{
	for (uint32_t j = 0; j < count; j++)
		scores[e[j] & 0xff] += (int32_t)((uint32_t)(int32_t)(int8_t)(e[j] >> 8) << shift);
}

/* The entries of slot s and how many u16 they take. */
static inline const uint16_t *
row_of(const struct parse_table *t, uint64_t s, uint32_t *len)
{
	uint32_t count = PARSE_SLOT_COUNT(s);

	*len = count == PARSE_SLOT_DENSE ? parse_dense_len(t->nclasses) : count;
	return &t->entries[PARSE_SLOT_START(s)];
}

/* An AVX2 copy beside the plain one, chosen when the program starts: the
 * dense rows' additions are most of a parse's time.  GCC only: clang's
 * sanitizer and fuzzer builds do not link a function with clones. */
#if defined(__GNUC__) && !defined(__clang__)
__attribute__((target_clones("avx2", "default")))
#endif
void
parse_table_score(const struct parse_table *t, const uint64_t *feats,
    size_t n, int32_t *scores)
{
	uint64_t found[MAX_FEATURES];
	size_t nfound = 0;

	if (n > MAX_FEATURES)
		n = MAX_FEATURES;
	for (size_t i = 0; i < n; i++)
		__builtin_prefetch(&t->slots[parse_table_slot(feats[i], t->nslots)]);
	for (size_t i = 0; i < n; i++) {
		uint64_t s = table_find(t, feats[i]);

		if (s != 0) {
			uint32_t len;
			const uint16_t *e = row_of(t, s, &len);

			for (uint32_t j = 0; j < len; j += 32)
				__builtin_prefetch(e + j);
			found[nfound++] = s;
		}
	}
	for (size_t i = 0; i < nfound; i++) {
		uint32_t len, shift = PARSE_SLOT_SHIFT(found[i]);
		const uint16_t *e = row_of(t, found[i], &len);

		if (PARSE_SLOT_COUNT(found[i]) == PARSE_SLOT_DENSE)
			add_dense((const int8_t *)(const void *)e, shift, t->nclasses, scores);
		else
			add_sparse(e, len, shift, scores);
	}
}

int
parse_table_value(const struct parse_table *t, uint64_t key)
{
	uint64_t s = table_find(t, key);

	return s != 0 ? (int)PARSE_SLOT_START(s) : -1;
}
