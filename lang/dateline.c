/*
 * dateline: a wire dateline opening a story (dateline.h).
 */
#include <stdbool.h>
#include <string.h>

#include "dateline.h"

enum { PLACE_WORDS = 4, DATE_MAX = 32, OUTLET_MAX = 48 };

/* The place's capitals from text[0]: words of capital letters (and the
 * dots, hyphens and apostrophes of "ST. ALBANS", "AL-QAIM"), single
 * spaces apart.  Returns their end, or 0. */
static size_t
place(const char *text, size_t len)
{
	size_t i = 0, end = 0, words = 0;

	while (words < PLACE_WORDS) {
		size_t letters = 0, w = i;

		for (; w < len; w++) {
			char c = text[w];

			if (c >= 'A' && c <= 'Z')
				letters++;
			else if (c != '.' && c != '-' && c != '\'')
				break;
		}
		if (letters < 2 || (w < len && text[w] >= 'a' && text[w] <= 'z'))
			break;
		end = w;
		words++;
		if (w + 1 >= len || text[w] != ' ' || !(text[w + 1] >= 'A' && text[w + 1] <= 'Z'))
			break;
		i = w + 1;
	}
	return end;
}

/* The length of a dash at text[0..len) ("-", "--", en or em dash), or 0. */
static size_t
dash(const char *text, size_t len)
{
	if (len >= 3 && (memcmp(text, "\xe2\x80\x94", 3) == 0 ||
	    memcmp(text, "\xe2\x80\x93", 3) == 0))
		return 3;
	if (len >= 2 && text[0] == '-' && text[1] == '-')
		return 2;
	return len >= 1 && text[0] == '-' ? 1 : 0;
}

/* Whether text[i] is a hyphen between two digits ("1996-08-30"), no
 * dash. */
static bool
digit_hyphen_digit(const char *text, size_t len, size_t i)
{
	return text[i] == '-' && i > 0 && i + 1 < len &&
	    text[i - 1] >= '0' && text[i - 1] <= '9' && text[i + 1] >= '0' && text[i + 1] <= '9';
}

/* Skips the date after a comma: up to DATE_MAX bytes before a bracket
 * or a dash, on one line, that look like a date: with a digit ("Nov
 * 25"), or one or two words and no comma ("Monday").  Returns where it
 * ends, or i when there is none. */
static size_t
date(const char *text, size_t len, size_t i)
{
	size_t start = i, spaces = 0;
	bool digit = false, comma = false;

	while (i < len && i - start < DATE_MAX && text[i] != '(' && text[i] != '\n' &&
	    (dash(text + i, len - i) == 0 || digit_hyphen_digit(text, len, i))) {
		digit |= text[i] >= '0' && text[i] <= '9';
		comma |= text[i] == ',';
		spaces += text[i] == ' ';
		i++;
	}
	if (i >= len || i - start >= DATE_MAX || !(digit || (!comma && spaces <= 3)))
		return start;
	return i;
}

size_t
dateline_length(const char *text, size_t len, size_t *place_end)
{
	size_t i = place(text, len), end = i, d;
	bool dated = false, sourced = false;

	if (i == 0)
		return 0;
	if (i < len && text[i] == ',') {
		size_t j = date(text, len, i + 1);
		dated = j > i + 1;
		i = j;
	}
	while (i < len && text[i] == ' ')
		i++;
	if (i < len && text[i] == '(') {
		const char *close = memchr(text + i, ')', len - i < OUTLET_MAX ? len - i : OUTLET_MAX);
		if (close == NULL)
			return 0;
		i = (size_t)(close - text) + 1;
		sourced = true;
	}
	while (i < len && text[i] == ' ')
		i++;
	if ((!dated && !sourced) || (d = dash(text + i, len - i)) == 0)
		return 0;
	i += d;
	while (i < len && text[i] == ' ')
		i++;
	if (place_end != NULL)
		*place_end = end;
	return i;
}

/* An ISO date, "1996-08-30", at text[0..len): its length, or 0. */
static size_t
iso_date(const char *text, size_t len)
{
	static const char form[] = "dddd-dd-dd";

	if (len < sizeof form - 1)
		return 0;
	for (size_t k = 0; k < sizeof form - 1; k++)
		if (form[k] == 'd' ? !(text[k] >= '0' && text[k] <= '9') : text[k] != form[k])
			return 0;
	return sizeof form - 1;
}

/* Words that open with a capital, single spaces apart, up to four
 * ("Kessia", "United Arab Emirates"), then a space: the region a dated
 * place line names after its comma.  Returns where the date starts
 * (text[0..len) then has one there), or 0. */
static size_t
region_before_date(const char *text, size_t len)
{
	size_t i = 0;

	for (int words = 0; words < PLACE_WORDS; words++) {
		if (i >= len || !(text[i] >= 'A' && text[i] <= 'Z'))
			return 0;
		while (i < len && text[i] != ' ' && text[i] != '\n' && text[i] != ',')
			i++;
		if (i + 1 >= len || text[i] != ' ')
			return 0;
		i++;
		if (iso_date(text + i, len - i) > 0)
			return i;
	}
	return 0;
}

size_t
dated_place_line(const char *text, size_t len, struct dateline_region *region)
{
	size_t end = place(text, len), i = end, d;

	if (region != NULL)
		*region = (struct dateline_region){ 0, 0 };
	if (end == 0)
		return 0;
	/* "VELBY , Kessia 1996-08-30": the region after a comma. */
	if (i + 1 < len && text[i] == ' ' && text[i + 1] == ',')
		i++;
	if (i + 1 < len && text[i] == ',' && text[i + 1] == ' ') {
		size_t r = region_before_date(text + i + 2, len - i - 2);
		if (r == 0)
			return 0;
		if (region != NULL)
			*region = (struct dateline_region){ i + 2, i + 2 + r - 1 };
		i += 2 + r;
	} else if (i + 1 < len && text[i] == ' ') {
		i++;
	} else {
		return 0;
	}
	if ((d = iso_date(text + i, len - i)) == 0)
		return 0;
	i += d;
	while (i < len && (text[i] == ' ' || text[i] == '\r'))
		i++;
	if (i == len || text[i] == '\n')
		return end;
	if (region != NULL)
		*region = (struct dateline_region){ 0, 0 };
	return 0;
}
