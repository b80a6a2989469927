/*
 * writer: model blobs (writer.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diag.h"
#include "writer.h"

_Static_assert(PARSE_SEC_DROPPED == PARSE_SEC_MAX - 1, "the templates' section is the last");

struct sec {
	uint32_t id, count;
	struct buf data;
};

static void
put_u32(unsigned char *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

static void
put_u64(unsigned char *p, uint64_t v)
{
	put_u32(p, (uint32_t)v);
	put_u32(p + 4, (uint32_t)(v >> 32));
}

static void
sec_u64s(struct sec *s, const uint64_t *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char b[8];

		put_u64(b, v[i]);
		buf_append(&s->data, (const char *)b, 8);
	}
}

static void
sec_u16s(struct sec *s, const uint16_t *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char b[2] = { (unsigned char)v[i], (unsigned char)(v[i] >> 8) };

		buf_append(&s->data, (const char *)b, 2);
	}
}

static void
sec_table(struct sec *slots, struct sec *entries, const struct pc_table *t)
{
	slots->count = (uint32_t)t->nslots;
	sec_u64s(slots, t->slots, t->nslots);
	entries->count = (uint32_t)t->nentries;
	sec_u16s(entries, t->entries, t->nentries);
}

unsigned char *
model_blob(const struct model_parts *p, size_t *len)
{
	struct sec s[PARSE_SEC_MAX] = { { 0, 0, { 0 } } };
	size_t at, nsec = PARSE_SEC_MAX - 1;
	unsigned char *out;

	for (size_t i = 1; i < PARSE_SEC_MAX; i++)
		s[i].id = (uint32_t)i;
	s[PARSE_SEC_TAGS].count = (uint32_t)p->tags->n;
	for (size_t i = 0; i < p->tags->n; i++) {
		const char *tag = p->tags->v[i], *tab = strchr(tag, '\t');

		buf_append(&s[PARSE_SEC_TAGS].data, tag, (size_t)(tab - tag));
		buf_append(&s[PARSE_SEC_TAGS].data, "", 1);
		buf_append(&s[PARSE_SEC_TAGS].data, tab + 1, strlen(tab + 1) + 1);
	}
	s[PARSE_SEC_LABELS].count = (uint32_t)p->labels->n;
	for (size_t i = 0; i < p->labels->n; i++)
		buf_append(&s[PARSE_SEC_LABELS].data, p->labels->v[i], strlen(p->labels->v[i]) + 1);
	sec_table(&s[PARSE_SEC_TAGGER_SLOTS], &s[PARSE_SEC_TAGGER_ENTRIES], p->tagger);
	sec_table(&s[PARSE_SEC_TAGGER2_SLOTS], &s[PARSE_SEC_TAGGER2_ENTRIES], p->tagger2);
	sec_table(&s[PARSE_SEC_PARSER_SLOTS], &s[PARSE_SEC_PARSER_ENTRIES], p->parser);
	sec_table(&s[PARSE_SEC_LEMMA_WORD_SLOTS], &s[PARSE_SEC_LEMMA_WORD_ENTRIES], p->lemma_words);
	sec_table(&s[PARSE_SEC_LEMMA_SUFFIX_SLOTS], &s[PARSE_SEC_LEMMA_SUFFIX_ENTRIES],
	    p->lemma_suffixes);
	s[PARSE_SEC_SCRIPTS].count = (uint32_t)p->nscripts;
	buf_append(&s[PARSE_SEC_SCRIPTS].data, (const char *)p->scripts,
	    p->nscripts * sizeof(*p->scripts));
	if (p->dropped != NULL && (p->dropped[0] | p->dropped[1] | p->dropped[2] | p->dropped[3])) {
		s[PARSE_SEC_DROPPED].count = 4;
		sec_u64s(&s[PARSE_SEC_DROPPED], p->dropped, 4);
	}
	s[PARSE_SEC_INFO].count = 1;
	buf_append(&s[PARSE_SEC_INFO].data, p->info, strlen(p->info) + 1);
	/* The last section, written only when some template is left out, so
	 * that a model with every template has the bytes it always had. */
	if (s[PARSE_SEC_DROPPED].count == 0)
		nsec = PARSE_SEC_DROPPED - 1;

	at = 16 + nsec * 24;
	at = (at + 7) & ~(size_t)7;
	size_t total = at;
	for (size_t i = 1; i <= nsec; i++)
		total += (s[i].data.len + 7) & ~(size_t)7;
	out = xcalloc(1, total);
	memcpy(out, PARSE_MODEL_MAGIC, 8);
	put_u32(out + 8, nsec == PARSE_SEC_MAX - 1 ? PARSE_MODEL_VERSION :
	    PARSE_MODEL_VERSION_ALL_TEMPLATES);
	put_u32(out + 12, (uint32_t)nsec);
	for (size_t i = 1; i <= nsec; i++) {
		unsigned char *d = out + 16 + (i - 1) * 24;

		put_u32(d, s[i].id);
		put_u32(d + 4, s[i].count);
		put_u64(d + 8, at);
		put_u64(d + 16, s[i].data.len);
		if (s[i].data.len > 0)
			memcpy(out + at, s[i].data.data, s[i].data.len);
		at += (s[i].data.len + 7) & ~(size_t)7;
		buf_free(&s[i].data);
	}
	*len = total;
	return out;
}

void
model_write(const char *path, const struct model_parts *p)
{
	size_t len, plen = strlen(path);
	unsigned char *blob = model_blob(p, &len);
	char *tmp = xmalloc(plen + 5);
	FILE *f;

	memcpy(tmp, path, plen);
	memcpy(tmp + plen, ".tmp", 5);
	f = fopen(tmp, "wb");
	if (f == NULL || fwrite(blob, 1, len, f) != len || fclose(f) != 0)
		diag_fatal("%s:", tmp);
	if (rename(tmp, path) != 0)
		diag_fatal("%s:", path);
	free(tmp);
	free(blob);
}
