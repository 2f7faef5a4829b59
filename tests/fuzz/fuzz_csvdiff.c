/* fuzz_csvdiff.c - libFuzzer target: see fuzz_csvdiff() in
 * entry_csvdiff.h (the CSV fast path against libcsv). */
#include "entry_csvdiff.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_csvdiff(data, size);
}
