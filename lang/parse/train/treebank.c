/*
 * treebank: reading CoNLL-U for the trainer (treebank.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "treebank.h"

int
names_index(struct names *names, const char *name, bool grow)
{
	for (size_t i = 0; i < names->n; i++)
		if (strcmp(names->v[i], name) == 0)
			return (int)i;
	if (!grow)
		return -1;
	names->v = xgrow(names->v, &names->cap, names->n + 1, sizeof(*names->v));
	names->v[names->n] = xstrdup(name);
	return (int)names->n++;
}

static void
end_sentence(struct treebank *tb, struct tb_word *w, int n)
{
	if (n == 0)
		return;
	tb->s = xgrow(tb->s, &tb->cap, tb->n + 1, sizeof(*tb->s));
	tb->s[tb->n].w = xmalloc((size_t)n * sizeof(*w));
	memcpy(tb->s[tb->n].w, w, (size_t)n * sizeof(*w));
	tb->s[tb->n].n = n;
	tb->n++;
	tb->words += (size_t)n;
}

void
tb_read(const char *path, struct treebank *tb, struct names *tags,
    struct names *labels, bool grow)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0, lineno = 0, wcap = 0;
	struct tb_word *w = NULL;
	int n = 0;
	ssize_t len;

	if (f == NULL)
		diag_fatal("%s:", path);
	while ((len = getline(&line, &cap, f)) >= 0) {
		char *col[10], *p = line;
		char tag[256];

		lineno++;
		if (len > 0 && line[len - 1] == '\n')
			line[--len] = '\0';
		if (len == 0) {
			end_sentence(tb, w, n);
			n = 0;
			continue;
		}
		if (line[0] == '#')
			continue;
		for (int c = 0; c < 10; c++) {
			col[c] = p;
			p = strchr(p, '\t');
			if (p == NULL && c < 9)
				diag_fatal("%s:%zu: fewer than 10 columns", path, lineno);
			if (p != NULL)
				*p++ = '\0';
		}
		if (strchr(col[0], '-') || strchr(col[0], '.'))
			continue;
		if (atoi(col[0]) != n + 1)
			diag_fatal("%s:%zu: word IDs out of order", path, lineno);
		w = xgrow(w, &wcap, (size_t)n + 1, sizeof(*w));
		snprintf(tag, sizeof(tag), "%s\t%s", col[3], col[4]);
		w[n] = (struct tb_word){
			.form = xstrdup(col[1]), .lemma = xstrdup(col[2]),
			.len = strlen(col[1]), .lemma_len = strlen(col[2]),
			.tag = names_index(tags, tag, grow),
			.head = atoi(col[6]),
			.label = names_index(labels, col[7], grow),
		};
		n++;
	}
	end_sentence(tb, w, n);
	free(w);
	free(line);
	fclose(f);
}

/* Whether h dominates d (h is d or one of its ancestors). */
static bool
dominates(const int *head, int h, int d)
{
	for (int steps = 0; d != 0 && steps < 100000; steps++) {
		if (d == h)
			return true;
		d = head[d];
	}
	return h == 0;
}

static bool
projective_arc(int n, const int *head, int d)
{
	int h = head[d];
	int lo = h < d ? h : d, hi = h < d ? d : h;

	(void)n;
	for (int k = lo + 1; k < hi; k++)
		if (!dominates(head, h, k))
			return false;
	return true;
}

int
tb_projectivize(int n, int *head)
{
	int lifted = 0;

	for (;;) {
		int worst = 0, span = 0;

		/* Lift the shortest non-projective arc first. */
		for (int d = 1; d <= n; d++) {
			int len = abs(head[d] - d);

			if (head[d] != 0 && !projective_arc(n, head, d) &&
			    (worst == 0 || len < span)) {
				worst = d;
				span = len;
			}
		}
		if (worst == 0)
			return lifted;
		head[worst] = head[head[worst]];
		lifted++;
	}
}
