/* fuzz_readings.c - libFuzzer target: see fuzz_readings() in
 * entry_readings.h. */
#include "entry_readings.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_readings(data, size);
}
