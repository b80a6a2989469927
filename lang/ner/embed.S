/*
 * The tagger's data, compiled into wire-tag-entities so that the program
 * needs no files at run time.  Each blob is followed by a NUL.
 */
	.section .rodata
	.global ner_model_text, ner_model_text_end
	.global ner_gazetteer_text, ner_gazetteer_text_end
	.global ner_aliases_text, ner_aliases_text_end
ner_model_text:
	.incbin "lang/ner/model.txt"
ner_model_text_end:
	.byte 0
ner_gazetteer_text:
	.incbin "lang/ner/gazetteer.tsv"
ner_gazetteer_text_end:
	.byte 0
ner_aliases_text:
	.incbin "lang/ner/aliases.tsv"
ner_aliases_text_end:
	.byte 0
	.section .note.GNU-stack,"",@progbits
