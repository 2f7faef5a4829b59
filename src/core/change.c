/* change.c - up, down or flat by the XmR rule (see change.h). */
#include "ssi/change.h"

const char *const change_ids[4] = { "", "flat", "up", "down" };

enum change
change_label(int64_t d, size_t k, int64_t mr_sum, int64_t floor)
{
	int64_t a = d < 0 ? -d : d;
	int over;

	if (k >= CHANGE_MIN_RANGES) {
		/* a > 3.268 * mr_sum / k, exactly, in integers; beyond
		 * int64 (never with figures of 0-100 and series that fit in
		 * memory) in long double */
		int64_t l, r;

		if (__builtin_mul_overflow(a, (int64_t)k, &l) ||
		    __builtin_mul_overflow(l, (int64_t)1000, &l) ||
		    __builtin_mul_overflow(mr_sum, (int64_t)3268, &r))
			over = a > floor && (long double)a * k * 1000 >
			    (long double)mr_sum * 3268;
		else
			over = a > floor && l > r;
	} else {
		over = a > 2 * floor;
	}
	if (!over)
		return CH_FLAT;
	return d > 0 ? CH_UP : CH_DOWN;
}

void
change_series(const int64_t *v, const unsigned char *has, size_t n,
    int64_t floor, enum change *out, int64_t *delta)
{
	int64_t prev = 0, sum = 0;
	size_t i, k = 0;
	int seen = 0;

	for (i = 0; i < n; i++) {
		int64_t d;

		out[i] = CH_NONE;
		if (delta)
			delta[i] = 0;
		if (has && !has[i])
			continue;
		if (!seen) {
			seen = 1;
			prev = v[i];
			continue;
		}
		d = v[i] - prev;
		out[i] = change_label(d, k, sum, floor);
		if (delta)
			delta[i] = d;
		sum += d < 0 ? -d : d;
		k++;
		prev = v[i];
	}
}
