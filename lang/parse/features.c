/*
 * features: the templates of the tagger and the parser (features.h).
 */
#include <stdbool.h>

#include "features.h"
#include "hash.h"

/* The atoms of the words beyond either end of a sentence. */
static const struct parse_atoms atoms_before = {
	0x7374617274ULL, 0x7374617274ULL, 0x7374617274ULL,
	{ 0x7374617274ULL, 0x7374617274ULL, 0x7374617274ULL },
	{ 0x7374617274ULL, 0x7374617274ULL, 0x7374617274ULL, 0x7374617274ULL }, 0
};
static const struct parse_atoms atoms_after = {
	0x656e64ULL, 0x656e64ULL, 0x656e64ULL,
	{ 0x656e64ULL, 0x656e64ULL, 0x656e64ULL },
	{ 0x656e64ULL, 0x656e64ULL, 0x656e64ULL, 0x656e64ULL }, 0
};

static int
char_class(unsigned char c)
{
	if (c >= 'A' && c <= 'Z')
		return 'X';
	if (c >= 'a' && c <= 'z')
		return 'x';
	if (c >= '0' && c <= '9')
		return 'd';
	if (c >= 0x80)
		return 'u';	/* any byte of a non-ASCII character */
	return c;
}

/* The hash of the lower-case bytes form[from..to). */
static uint64_t
lower_hash(const char *form, size_t from, size_t to)
{
	uint64_t h = HASH_FNV_OFFSET;

	for (size_t i = from; i < to; i++) {
		unsigned char c = parse_lower((unsigned char)form[i]);

		h = hash_fnv1a(&c, 1, h);
	}
	return h;
}

void
parse_atoms_of(const char *form, size_t len, struct parse_atoms *out)
{
	uint64_t shape = HASH_FNV_OFFSET;
	int last = -1;
	size_t letters = 0, capitals = 0;

	out->form = hash_fnv1a(form, len, HASH_FNV_OFFSET);
	out->lower = lower_hash(form, 0, len);
	out->flags = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)form[i];
		int cls = char_class(c);

		/* Runs of one class are one symbol: "Xx", "d,d", "X.X." */
		if (cls != last) {
			unsigned char sym = (unsigned char)cls;

			shape = hash_fnv1a(&sym, 1, shape);
		}
		last = cls;
		if (cls == 'X' || cls == 'x')
			letters++;
		if (cls == 'X')
			capitals++;
		if (cls == 'd')
			out->flags |= PARSE_FLAG_DIGIT;
		if (c == '-')
			out->flags |= PARSE_FLAG_HYPHEN;
	}
	out->shape = shape;
	if (len > 0 && char_class((unsigned char)form[0]) == 'X')
		out->flags |= PARSE_FLAG_CAP;
	if (capitals >= 2 && capitals == letters)
		out->flags |= PARSE_FLAG_CAPS;
	if (letters > 0)
		out->flags |= PARSE_FLAG_LETTER;
	for (size_t k = 0; k < 3; k++)
		out->prefix[k] = lower_hash(form, 0, k + 1 < len ? k + 1 : len);
	for (size_t k = 0; k < 4; k++)
		out->suffix[k] = lower_hash(form, len > k + 1 ? len - (k + 1) : 0, len);
}

static inline uint64_t
f1(unsigned t, uint64_t a)
{
	return parse_mix(parse_mix((uint64_t)t * 0x9e3779b97f4a7c15ULL + 1, a), t);
}

static inline uint64_t
f2(unsigned t, uint64_t a, uint64_t b)
{
	return parse_mix(f1(t, a), b);
}

static inline uint64_t
f3(unsigned t, uint64_t a, uint64_t b, uint64_t c)
{
	return parse_mix(f2(t, a, b), c);
}

static inline uint64_t
f4(unsigned t, uint64_t a, uint64_t b, uint64_t c, uint64_t d)
{
	return parse_mix(f3(t, a, b, c), d);
}

static const struct parse_atoms *
atoms_at(const struct parse_atoms *a, size_t n, size_t i, int offset)
{
	ptrdiff_t j = (ptrdiff_t)i + offset;

	if (j < 0)
		return &atoms_before;
	if ((size_t)j >= n)
		return &atoms_after;
	return &a[j];
}

size_t
parse_tagger_features(const struct parse_atoms *a, size_t n, size_t i,
    int tag1, int tag2, uint64_t *out)
{
	const struct parse_atoms *w = &a[i];
	const struct parse_atoms *p1 = atoms_at(a, n, i, -1), *p2 = atoms_at(a, n, i, -2);
	const struct parse_atoms *n1 = atoms_at(a, n, i, 1), *n2 = atoms_at(a, n, i, 2);
	uint64_t t1 = (uint64_t)tag1, t2 = (uint64_t)tag2;
	uint64_t first = i == 0;
	size_t k = 0;
	unsigned t = 0;

	out[k++] = f1(t++, 0);
	out[k++] = f1(t++, w->lower);
	out[k++] = f1(t++, w->form);
	for (int s = 0; s < 4; s++)
		out[k++] = f1(t++, w->suffix[s]);
	for (int s = 0; s < 3; s++)
		out[k++] = f1(t++, w->prefix[s]);
	out[k++] = f1(t++, w->shape);
	out[k++] = f2(t++, w->flags, first);
	out[k++] = f1(t++, p1->lower);
	out[k++] = f1(t++, p2->lower);
	out[k++] = f1(t++, n1->lower);
	out[k++] = f1(t++, n2->lower);
	out[k++] = f1(t++, p1->suffix[2]);
	out[k++] = f1(t++, n1->suffix[2]);
	out[k++] = f1(t++, p1->shape);
	out[k++] = f1(t++, n1->shape);
	out[k++] = f1(t++, t1);
	out[k++] = f2(t++, t2, t1);
	out[k++] = f2(t++, t1, w->lower);
	out[k++] = f2(t++, t1, w->suffix[2]);
	out[k++] = f2(t++, t1, n1->lower);
	out[k++] = f2(t++, w->lower, n1->lower);
	out[k++] = f2(t++, p1->lower, w->lower);
	out[k++] = f2(t++, n1->lower, n2->lower);
	out[k++] = f3(t++, p1->shape, w->shape, n1->shape);
	out[k++] = f2(t++, w->lower, n1->suffix[2]);
	out[k++] = f2(t++, first, w->form);
	out[k++] = f1(t++, n2->suffix[2]);
	out[k++] = f2(t++, p1->lower, w->suffix[2]);
	return k;
}

size_t
parse_tagger2_features(const struct parse_atoms *a, size_t n, size_t i,
    int tag1, int tag2, const uint8_t *first, uint64_t *out)
{
	size_t k = parse_tagger_features(a, n, i, tag1, tag2, out);
	uint64_t r0 = first[i];
	uint64_t r1 = i + 1 < n ? first[i + 1] : PARSE_TAG_NONE;
	uint64_t r2 = i + 2 < n ? first[i + 2] : PARSE_TAG_NONE;
	const struct parse_atoms *w = &a[i], *n1 = atoms_at(a, n, i, 1);
	uint64_t t1 = (uint64_t)tag1;
	unsigned t = 500;

	out[k++] = f1(t++, r0);
	out[k++] = f1(t++, r1);
	out[k++] = f1(t++, r2);
	out[k++] = f2(t++, r1, r2);
	out[k++] = f2(t++, t1, r1);
	out[k++] = f3(t++, t1, r0, r1);
	out[k++] = f2(t++, r0, w->lower);
	out[k++] = f2(t++, r1, w->lower);
	out[k++] = f2(t++, r1, n1->lower);
	out[k++] = f2(t++, r0, w->suffix[2]);
	out[k++] = f3(t++, w->lower, r1, r2);
	return k;
}

/* The distance from s0 to n0 as ZN11 use it, bucketed. */
static uint64_t
distance(const struct parse_state *st, int s0, int n0)
{
	int d;

	if (s0 == 0)
		return 20;
	if (n0 == st->n + 1)
		return 21;
	d = n0 - s0;
	return d <= 5 ? (uint64_t)d : d <= 10 ? 6 : d <= 20 ? 7 : 8;
}

size_t
parse_parser_features(const struct parse_state *st, uint64_t *out)
{
	const uint64_t *W = st->word;
	const uint8_t *P = st->tag;
	int n = st->n;
	int s0 = st->depth > 0 ? st->stack[st->depth - 1] : 0;
	int s1 = st->depth > 1 ? st->stack[st->depth - 2] : 0;
	int n0 = st->b <= n + 1 ? st->b : 0;
	int n1 = n0 != 0 && n0 + 1 <= n + 1 ? n0 + 1 : 0;
	int n2 = n1 != 0 && n1 + 1 <= n + 1 ? n1 + 1 : 0;
	int s0h = s0 != 0 && st->head[s0] >= 0 ? st->head[s0] : 0;
	int s0h2 = s0h != 0 && s0h <= n && st->head[s0h] >= 0 ? st->head[s0h] : 0;
	int s0l = s0 ? st->left1[s0] : 0, s0l2 = s0 ? st->left2[s0] : 0;
	int s0r = s0 ? st->right1[s0] : 0, s0r2 = s0 ? st->right2[s0] : 0;
	int n0l = n0 ? st->left1[n0] : 0, n0l2 = n0 ? st->left2[n0] : 0;
#define L(x) ((uint64_t)((x) != 0 && (x) <= n && st->head[x] >= 0 ? st->label[x] : 255))
	uint64_t s0w = W[s0], s0p = P[s0], n0w = W[n0], n0p = P[n0];
	uint64_t n1w = W[n1], n1p = P[n1], n2w = W[n2], n2p = P[n2];
	uint64_t s1w = W[s1], s1p = P[s1];
	uint64_t d = distance(st, s0, n0);
	uint64_t s0vl = s0 ? st->nleft[s0] : 0, s0vr = s0 ? st->nright[s0] : 0;
	uint64_t n0vl = n0 ? st->nleft[n0] : 0;
	uint64_t s0sl = s0 ? st->left_labels[s0] : 0, s0sr = s0 ? st->right_labels[s0] : 0;
	uint64_t n0sl = n0 ? st->left_labels[n0] : 0;
	size_t k = 0;
	unsigned t = 1000;

	/* single words */
	out[k++] = f2(t++, s0w, s0p);
	out[k++] = f1(t++, s0w);
	out[k++] = f1(t++, s0p);
	out[k++] = f2(t++, n0w, n0p);
	out[k++] = f1(t++, n0w);
	out[k++] = f1(t++, n0p);
	out[k++] = f2(t++, n1w, n1p);
	out[k++] = f1(t++, n1w);
	out[k++] = f1(t++, n1p);
	out[k++] = f2(t++, n2w, n2p);
	out[k++] = f1(t++, n2w);
	out[k++] = f1(t++, n2p);
	/* pairs */
	out[k++] = f4(t++, s0w, s0p, n0w, n0p);
	out[k++] = f3(t++, s0w, s0p, n0w);
	out[k++] = f3(t++, s0w, n0w, n0p);
	out[k++] = f3(t++, s0w, s0p, n0p);
	out[k++] = f3(t++, s0p, n0w, n0p);
	out[k++] = f2(t++, s0w, n0w);
	out[k++] = f2(t++, s0p, n0p);
	out[k++] = f2(t++, n0p, n1p);
	/* triples of tags */
	out[k++] = f3(t++, n0p, n1p, n2p);
	out[k++] = f3(t++, s0p, n0p, n1p);
	out[k++] = f3(t++, P[s0h], s0p, n0p);
	out[k++] = f3(t++, s0p, P[s0l], n0p);
	out[k++] = f3(t++, s0p, P[s0r], n0p);
	out[k++] = f3(t++, s0p, n0p, P[n0l]);
	/* distance */
	out[k++] = f2(t++, s0w, d);
	out[k++] = f2(t++, s0p, d);
	out[k++] = f2(t++, n0w, d);
	out[k++] = f2(t++, n0p, d);
	out[k++] = f3(t++, s0w, n0w, d);
	out[k++] = f3(t++, s0p, n0p, d);
	/* valency */
	out[k++] = f2(t++, s0w, s0vr);
	out[k++] = f2(t++, s0p, s0vr);
	out[k++] = f2(t++, s0w, s0vl);
	out[k++] = f2(t++, s0p, s0vl);
	out[k++] = f2(t++, n0w, n0vl);
	out[k++] = f2(t++, n0p, n0vl);
	/* unigrams of the second order */
	out[k++] = f1(t++, W[s0h]);
	out[k++] = f1(t++, P[s0h]);
	out[k++] = f1(t++, L(s0));
	out[k++] = f1(t++, W[s0l]);
	out[k++] = f1(t++, P[s0l]);
	out[k++] = f1(t++, L(s0l));
	out[k++] = f1(t++, W[s0r]);
	out[k++] = f1(t++, P[s0r]);
	out[k++] = f1(t++, L(s0r));
	out[k++] = f1(t++, W[n0l]);
	out[k++] = f1(t++, P[n0l]);
	out[k++] = f1(t++, L(n0l));
	/* third order */
	out[k++] = f1(t++, W[s0h2]);
	out[k++] = f1(t++, P[s0h2]);
	out[k++] = f1(t++, L(s0h));
	out[k++] = f1(t++, W[s0l2]);
	out[k++] = f1(t++, P[s0l2]);
	out[k++] = f1(t++, L(s0l2));
	out[k++] = f1(t++, W[s0r2]);
	out[k++] = f1(t++, P[s0r2]);
	out[k++] = f1(t++, L(s0r2));
	out[k++] = f1(t++, W[n0l2]);
	out[k++] = f1(t++, P[n0l2]);
	out[k++] = f1(t++, L(n0l2));
	out[k++] = f3(t++, s0p, P[s0l], P[s0l2]);
	out[k++] = f3(t++, s0p, P[s0r], P[s0r2]);
	out[k++] = f3(t++, s0p, P[s0h], P[s0h2]);
	out[k++] = f3(t++, n0p, P[n0l], P[n0l2]);
	/* label sets */
	out[k++] = f2(t++, s0w, s0sr);
	out[k++] = f2(t++, s0p, s0sr);
	out[k++] = f2(t++, s0w, s0sl);
	out[k++] = f2(t++, s0p, s0sl);
	out[k++] = f2(t++, n0w, n0sl);
	out[k++] = f2(t++, n0p, n0sl);
	/* the second word of the stack */
	out[k++] = f2(t++, s1w, s1p);
	out[k++] = f1(t++, s1p);
	out[k++] = f3(t++, s1p, s0p, n0p);
	out[k++] = f2(t++, s1w, s0w);
	out[k++] = f3(t++, s1p, s0p, L(s0));
	out[k++] = f1(t++, 0);
#undef L
	return k;
}
