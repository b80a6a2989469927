/*
 * The name list compiled in: lang/names/names.tsv as bytes in .rodata
 * between names_data and names_data_end (names.c reads it).  The
 * Makefile names names.tsv as a prerequisite of this file's object.
 */
__asm__(
	"	.section .rodata\n"
	"	.global names_data, names_data_end\n"
	"names_data:\n"
	"	.incbin \"lang/names/names.tsv\"\n"
	"names_data_end:\n"
	"	.byte 0\n"
	"	.previous\n");
