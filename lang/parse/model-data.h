/*
 * model-data: the bytes of the compiled-in model (model-data.c).
 */
#ifndef WIRE_PARSE_MODEL_DATA_H
#define WIRE_PARSE_MODEL_DATA_H

extern const unsigned char parse_model_data[], parse_model_data_end[];

#endif
