/*
 * dateline: a wire dateline opening a story, "TARSK, Nov 25 (Meridian
 * News) - ", "PORTVALE (Wirecast) -- ", "KESSEL, March 3 - ".
 *
 * dateline_length gives how many bytes of text[0..len) the dateline
 * takes, its dash and the spaces after it included, or 0 when the text
 * opens with none; *place_end, when not NULL, is where the place's
 * capitals end.  The place is one to four words in capitals; a date
 * after a comma, an outlet in brackets, or both, come before the dash
 * (a hyphen, two, an en or em dash).  A dateline is not part of the
 * story's first sentence: it says where the story was filed.
 */
#ifndef WIRE_DATELINE_H
#define WIRE_DATELINE_H

#include <stddef.h>

size_t dateline_length(const char *text, size_t len, size_t *place_end);

/*
 * The other form, a line of its own under the headline: the place in
 * capitals and the date in digits, "TARSK 1996-08-30", perhaps with the
 * region after a comma, "VELBY , Kessia 1996-08-30", and nothing else
 * up to the line's end.  Returns where the place ends, or 0 when
 * text[0..len) does not open with such a line; *region, when region is
 * not NULL, is the region's span ({0, 0} when there is none).
 */
struct dateline_region {
	size_t start, end;
};
size_t dated_place_line(const char *text, size_t len, struct dateline_region *region);

#endif
