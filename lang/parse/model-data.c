/*
 * The model compiled in: lang/parse/model.bin, the trainer's output
 * (make parse-model), as bytes in .rodata between parse_model_data and
 * parse_model_data_end.  The Makefile names model.bin as a prerequisite
 * of this file's object, so a new model rebuilds only this.
 */
#include "model-data.h"

__asm__(
	"	.section .rodata\n"
	"	.balign 16\n"
	"	.global parse_model_data, parse_model_data_end\n"
	"parse_model_data:\n"
	"	.incbin \"lang/parse/model.bin\"\n"
	"parse_model_data_end:\n"
	"	.byte 0\n"
	"	.previous\n");
