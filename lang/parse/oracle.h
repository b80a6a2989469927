/*
 * oracle: the dynamic oracle of arc-eager (Goldberg and Nivre 2012), for
 * training only: how many arcs of the gold tree each transition makes
 * unreachable from a state, so that the trainer can learn from the
 * states its own mistakes lead to.  Exact for projective gold trees
 * (the trainer projectivizes them first).
 */
#ifndef WIRE_PARSE_ORACLE_H
#define WIRE_PARSE_ORACLE_H

#include <stdint.h>

#include "parser.h"

enum { PARSE_COST_INVALID = 1 << 20 };

/*
 * cost[t] for every transition t (PARSE_COST_INVALID where t may not
 * apply), against the gold heads gold_head[1..n] (n + 1 for the root) and
 * labels gold_label[1..n].
 */
void parse_oracle_costs(const struct parse_state *st, const int *gold_head,
    const uint8_t *gold_label, int *cost);

#endif
