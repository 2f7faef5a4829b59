/* fuzz_ssipage.c - libFuzzer target: see fuzz_ssipage() in
 * entry_ssipage.h. */
#include "entry_ssipage.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_ssipage(data, size);
}
