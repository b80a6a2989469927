/*
 * The cue list compiled in: lang/cues/cues.tsv as bytes in .rodata
 * between cues_data and cues_data_end (cues.c reads it).  The Makefile
 * names cues.tsv as a prerequisite of this file's object.
 */
__asm__(
	"	.section .rodata\n"
	"	.global cues_data, cues_data_end\n"
	"cues_data:\n"
	"	.incbin \"lang/cues/cues.tsv\"\n"
	"cues_data_end:\n"
	"	.byte 0\n"
	"	.previous\n");
