/*
 * state: saving and loading wire-dedupe's store (state.h).
 */
#include <errno.h>
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "atomicfile.h"
#include "buf.h"
#include "diag.h"
#include "hash.h"
#include "state.h"
#include "story.h"
#include "text.h"

static const char STATE_MAGIC[8] = { 'W', 'D', 'E', 'D', 'U', 'P', 0, 1 };
/* Version 2 adds the stories (--stories) after the paragraphs' items;
 * a file of version 1 (no stories) still loads. */
enum { STATE_VERSION = 2, STATE_VERSION_NO_STORIES = 1 };

struct state_header {
	char magic[8];
	uint32_t version, bins, shingle, bands, rows, unused;
	uint64_t count;
};

/* An item on disk: its fixed fields, then its id's length and bytes.
 * A story's signatures follow its item: STORY_TEXT_DISK bytes. */
enum {
	DISK_FIXED = 8 + 8 + 8 + 4 + MINHASH_BINS + 2,
	STORY_TEXT_DISK = MINHASH_BINS + 4 + 4 + 4 * KEYS_BOTTOM,
	STATE_BUFFER = 1 << 20,
};

static size_t
pack_item(const struct item *it, unsigned char *out)
{
	const char *id = item_id(it);
	uint16_t n = (uint16_t)strnlen(id, UINT16_MAX);
	unsigned char *p = out;

	memcpy(p, &it->exact, 8), p += 8;
	memcpy(p, &it->key, 8), p += 8;
	memcpy(p, &it->time, 8), p += 8;
	memcpy(p, &it->shingles, 4), p += 4;
	memcpy(p, it->sig, MINHASH_BINS), p += MINHASH_BINS;
	memcpy(p, &n, 2), p += 2;
	memcpy(p, id, n), p += n;
	return (size_t)(p - out);
}

/* A story on disk: its item, then its signatures (story_text). */
static size_t
pack_story(const struct stories *st, size_t slot, unsigned char *out)
{
	size_t n = pack_item(&st->store.items[slot], out);

	const struct story_text *t = &st->text[slot];
	unsigned char *p = out + n;

	memcpy(p, t->sig, MINHASH_BINS), p += MINHASH_BINS;
	memcpy(p, &t->shingles, 4), p += 4;
	memcpy(p, &t->keys.n, 4), p += 4;
	memcpy(p, t->keys.v, sizeof(t->keys.v)), p += sizeof(t->keys.v);
	return (size_t)(p - out);
}

/* Writes the stories' count and the stories, oldest first. */
static bool
save_stories(const struct stories *st, FILE *f, unsigned char *rec, uint64_t *sum)
{
	uint64_t count = st->store.count;
	bool ok;

	*sum = hash_fnv1a(&count, 8, *sum);
	ok = fwrite(&count, 8, 1, f) == 1;
	for (size_t i = 0; ok && i < count; i++) {
		size_t n = pack_story(st, (st->store.head + i) % st->store.capacity, rec);

		*sum = hash_fnv1a(rec, n, *sum);
		ok = fwrite(rec, 1, n, f) == n;
	}
	return ok;
}

bool
state_save(const struct store *s, const struct stories *st, const char *path)
{
	/* Without stories, the file an older wire-dedupe reads too. */
	struct state_header h = {
		.version = st != NULL ? STATE_VERSION : STATE_VERSION_NO_STORIES,
		.bins = MINHASH_BINS,
		.shingle = MINHASH_SHINGLE, .bands = BANDS, .rows = ROWS,
		.count = s->count,
	};
	struct atomicfile af;
	uint64_t sum;
	unsigned char *rec = xmalloc(DISK_FIXED + UINT16_MAX + STORY_TEXT_DISK);
	bool ok;

	memcpy(h.magic, STATE_MAGIC, sizeof(h.magic));
	if (!atomicfile_open(&af, path)) {
		free(rec);
		return false;
	}
	setvbuf(af.f, NULL, _IOFBF, STATE_BUFFER);
	sum = hash_fnv1a(&h, sizeof(h), HASH_FNV_OFFSET);
	ok = fwrite(&h, sizeof(h), 1, af.f) == 1;
	for (size_t i = 0; ok && i < s->count; i++) {
		size_t n = pack_item(&s->items[(s->head + i) % s->capacity], rec);

		sum = hash_fnv1a(rec, n, sum);
		ok = fwrite(rec, 1, n, af.f) == n;
	}
	if (st != NULL)
		ok = ok && save_stories(st, af.f, rec, &sum);
	free(rec);
	if (!ok || fwrite(&sum, 8, 1, af.f) != 1) {
		diag_warn("cannot write %s:", path);
		atomicfile_abort(&af);
		return false;
	}
	return atomicfile_commit(&af);
}

/* What read_item found. */
enum item_read { ITEM_OK, ITEM_SHORT, ITEM_BAD_ID, ITEM_BAD_STORY };

/* An id as state_save writes them: shorter than ID_MAX, valid UTF-8
 * without NUL (the file is trusted, but a damaged one must not put an id
 * into the output that is not a JSON string). */
static bool
is_sound_id(const char *id, size_t n)
{
	return n < ID_MAX && memchr(id, '\0', n) == NULL &&
	    utf8_valid_prefix(id, n) == n;
}

/* Reads the next item of a state file. */
static enum item_read
read_item(FILE *f, struct item *it, uint64_t *sum)
{
	unsigned char fixed[DISK_FIXED], *p = fixed;
	char id[UINT16_MAX + 1];
	uint16_t n;

	memset(it, 0, sizeof(*it));
	if (fread(fixed, DISK_FIXED, 1, f) != 1)
		return ITEM_SHORT;
	memcpy(&it->exact, p, 8), p += 8;
	memcpy(&it->key, p, 8), p += 8;
	memcpy(&it->time, p, 8), p += 8;
	memcpy(&it->shingles, p, 4), p += 4;
	memcpy(it->sig, p, MINHASH_BINS), p += MINHASH_BINS;
	memcpy(&n, p, 2);
	if (n > 0 && fread(id, n, 1, f) != 1)
		return ITEM_SHORT;
	if (!is_sound_id(id, n))
		return ITEM_BAD_ID;
	*sum = hash_fnv1a(fixed, DISK_FIXED, *sum);
	*sum = hash_fnv1a(id, n, *sum);
	id[n] = '\0';
	item_set_id(it, id);
	return ITEM_OK;
}

/* What a refusal says of what read_item or load_stories found. */
static const char *
corrupt_why(enum item_read r)
{
	switch (r) {
	case ITEM_SHORT:
		return "corrupt (truncated)";
	case ITEM_BAD_ID:
		return "corrupt (an id is not UTF-8 text of fewer than 1024 bytes)";
	case ITEM_BAD_STORY:
		return "corrupt (a story's sketch is too long)";
	case ITEM_OK:
		break;
	}
	return "corrupt";
}

static bool
refuse_state(struct store *s, FILE *f, const char *path, const char *why)
{
	diag_warn("%s: %s", path, why);
	store_clear(s);
	fclose(f);
	return false;
}

/* Reads a story's signatures after its item. */
static enum item_read
read_story_text(FILE *f, struct story_text *t, uint64_t *sum)
{
	unsigned char raw[STORY_TEXT_DISK], *p = raw;

	if (fread(raw, sizeof(raw), 1, f) != 1)
		return ITEM_SHORT;
	*sum = hash_fnv1a(raw, sizeof(raw), *sum);
	memcpy(t->sig, p, MINHASH_BINS), p += MINHASH_BINS;
	memcpy(&t->shingles, p, 4), p += 4;
	memcpy(&t->keys.n, p, 4), p += 4;
	memcpy(t->keys.v, p, sizeof(t->keys.v));
	return t->keys.n <= KEYS_BOTTOM ? ITEM_OK : ITEM_BAD_STORY;
}

/* Reads the stories of a version 2 file into st (the newest its
 * capacity holds), or past them when st is NULL. */
static enum item_read
load_stories(struct stories *st, FILE *f, uint64_t *sum)
{
	uint64_t count;
	struct story_text t;
	struct item it;
	enum item_read r;

	if (fread(&count, 8, 1, f) != 1)
		return ITEM_SHORT;
	*sum = hash_fnv1a(&count, 8, *sum);
	for (uint64_t i = 0; i < count; i++) {
		if ((r = read_item(f, &it, sum)) != ITEM_OK)
			return r;
		if ((r = read_story_text(f, &t, sum)) != ITEM_OK) {
			item_clear(&it);
			return r;
		}
		if (st == NULL || count - i > st->store.capacity) {
			item_clear(&it);
			continue;
		}
		size_t slot = (st->store.head + st->store.count++) % st->store.capacity;

		st->store.items[slot] = it;
		st->text[slot] = t;
		store_note_time(&st->store, it.time);
	}
	return ITEM_OK;
}

/* refuse_state, the stories read so far forgotten too. */
static bool
refuse_stories(struct store *s, struct stories *st, FILE *f, const char *path,
    const char *why)
{
	if (st != NULL)
		store_clear(&st->store);
	return refuse_state(s, f, path, why);
}

bool
state_load(struct store *s, struct stories *st, const char *path)
{
	FILE *f = fopen(path, "rb");
	struct state_header h;
	uint64_t sum, stored;
	struct item it;
	enum item_read r;

	if (f == NULL) {
		if (errno == ENOENT)
			return true;	/* a first run */
		diag_warn("%s:", path);
		return false;
	}
	setvbuf(f, NULL, _IOFBF, STATE_BUFFER);
	if (fread(&h, sizeof(h), 1, f) != 1 ||
	    memcmp(h.magic, STATE_MAGIC, sizeof(h.magic)) != 0)
		return refuse_state(s, f, path, "not a wire-dedupe state file");
	if ((h.version != STATE_VERSION && h.version != STATE_VERSION_NO_STORIES) ||
	    h.bins != MINHASH_BINS || h.shingle != MINHASH_SHINGLE || h.bands != BANDS || h.rows != ROWS)
		return refuse_state(s, f, path, "made by another version of wire-dedupe");
	sum = hash_fnv1a(&h, sizeof(h), HASH_FNV_OFFSET);
	for (uint64_t i = 0; i < h.count; i++) {
		if ((r = read_item(f, &it, &sum)) != ITEM_OK)
			return refuse_state(s, f, path, corrupt_why(r));
		if (h.count - i > s->capacity) {
			item_clear(&it);
			continue;
		}
		s->items[(s->head + s->count++) % s->capacity] = it;
		store_note_time(s, it.time);
	}
	if (h.version == STATE_VERSION && (r = load_stories(st, f, &sum)) != ITEM_OK)
		return refuse_stories(s, st, f, path, corrupt_why(r));
	if (fread(&stored, 8, 1, f) != 1 || stored != sum || fgetc(f) != EOF)
		return refuse_stories(s, st, f, path, "corrupt (checksum)");
	fclose(f);
	store_file_all(s);
	if (st != NULL)
		store_file_all(&st->store);
	return true;
}

/* Whether name is prefix followed by ".tmp." and the six characters
 * mkstemp puts in place of XXXXXX: exactly the temporaries atomicfile
 * makes for this state, whatever characters the state's name holds. */
static bool
is_temporary_of(const char *name, const char *prefix)
{
	size_t n = strlen(prefix);
	const char *tail = name + n;

	return strncmp(name, prefix, n) == 0 && strncmp(tail, ".tmp.", 5) == 0 &&
	    strlen(tail + 5) == 6 &&
	    strspn(tail + 5, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	    "0123456789") == 6;
}

void
state_remove_stale_temporaries(const char *state)
{
	const char *slash = strrchr(state, '/');
	const char *base = slash != NULL ? slash + 1 : state;
	char *dir = xstrdup(slash != NULL ? state : "./");
	struct buf path = { 0 };
	struct dirent *e;
	DIR *d;

	if (slash != NULL)
		dir[slash - state + 1] = '\0';
	d = opendir(dir);

	while (d != NULL && (e = readdir(d)) != NULL) {
		if (!is_temporary_of(e->d_name, base))
			continue;
		path.len = 0;
		buf_append(&path, dir, strlen(dir));
		buf_append(&path, e->d_name, strlen(e->d_name));
		unlink(path.data);
	}
	if (d != NULL)
		closedir(d);
	buf_free(&path);
	free(dir);
}
