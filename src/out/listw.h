/*
 * listw.h - a list of items as one JSON array or as JSON Lines: the frame
 * around the objects, shared by the writers that write many at once.
 */
#ifndef SSI_LISTW_H
#define SSI_LISTW_H

#include "ssi/out.h"

/* Write item i of ctx: compact (one line) or indented as an array's. */
typedef void (*list_item_fn)(struct out *o, const void *ctx, long i,
    int compact);

/*
 * Items 0..n-1: lines set, one compact object per line; else an array,
 * "[\n  a,\n  b\n]\n" ("[]\n" when n is 0).  Stops when the output fails.
 */
void list_json(struct out *o, long n, int lines, list_item_fn item,
    const void *ctx);

#endif
