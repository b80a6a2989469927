/*
 * names: the sex a first name mostly goes with (names.h).
 *
 * names.tsv is sorted by byte, a line a name in lower case: NAME TAB
 * F|M.  A look-up is a binary search over the bytes, as look(1) does:
 * from a byte in the middle, the line that holds it.
 */
#include <ctype.h>
#include <string.h>

#include "names.h"

extern const char names_data[], names_data_end[];

/* The line's name against w[0..len) in lower case, as strcmp. */
static int
compare_line(const char *line, const char *end, const char *w, size_t len)
{
	for (size_t i = 0;; i++) {
		int a = line + i < end && line[i] != '\t' ? (unsigned char)line[i] : 0;
		int b = i < len ? tolower((unsigned char)w[i]) : 0;
		if (a != b || a == 0)
			return a - b;
	}
}

static enum name_sex
sex_of_line(const char *line, const char *end)
{
	const char *tab = memchr(line, '\t', (size_t)(end - line));

	if (tab == NULL || tab + 1 >= end)
		return NAME_UNKNOWN;
	return tab[1] == 'F' ? NAME_FEMALE : tab[1] == 'M' ? NAME_MALE : NAME_UNKNOWN;
}

enum name_sex
name_sex(const char *w, size_t len)
{
	const char *lo = names_data, *hi = names_data_end;

	if (len == 0 || len > 32)
		return NAME_UNKNOWN;
	for (size_t i = 0; i < len; i++)
		if (!isalpha((unsigned char)w[i]) && w[i] != '-' && w[i] != '\'')
			return NAME_UNKNOWN;	/* ASCII letters only in the list */
	/* lo and hi are starts of lines; a matching line is in [lo, hi). */
	while (lo < hi) {
		const char *mid = lo + (hi - lo) / 2, *eol;
		while (mid > lo && mid[-1] != '\n')
			mid--;
		eol = memchr(mid, '\n', (size_t)(hi - mid));
		if (eol == NULL)
			eol = hi;
		int c = compare_line(mid, eol, w, len);
		if (c == 0)
			return sex_of_line(mid, eol);
		if (c < 0)
			lo = eol + 1 < hi ? eol + 1 : hi;
		else
			hi = mid;
	}
	return NAME_UNKNOWN;
}
