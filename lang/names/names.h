/*
 * names: the sex a first name mostly goes with, from open data
 * (lang/names/names.tsv, made by make names; lang/names/README.md).
 *
 * The list is the United States' birth records from 1930 on: a name
 * given to at least 300 people, at least 95 in 100 of them of one sex.
 * It says what a name usually is, never what a person is: a title or
 * a pronoun already used for the person outweighs it.  The look-up
 * ignores ASCII case, allocates nothing, and is safe from any thread.
 */
#ifndef WIRE_NAMES_H
#define WIRE_NAMES_H

#include <stddef.h>

enum name_sex { NAME_UNKNOWN, NAME_FEMALE, NAME_MALE };

/* The sex the first name w[0..len) mostly goes with, or NAME_UNKNOWN. */
enum name_sex name_sex(const char *w, size_t len);

#endif
