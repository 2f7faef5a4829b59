/* fuzz_linkedin.c - libFuzzer target: see fuzz_linkedin() in entry.h. */
#include "entry.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_linkedin(data, size);
}
