// SPDX-License-Identifier: GPL-2.0
/*
 * libFuzzer target: h245 entry point of the H.323 decoder.  Every address
 * reported must be the bytes at its offsets inside the input.
 */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_one(FUZZ_H245, data, size);
}
