/* SPDX-License-Identifier: GPL-2.0 */
/*
 * tpkt_frame.h - the TPKT framer (03 00 <length, 2 octets, header
 * included>) the stream layer's unit test and fuzzer drive nfh_stream
 * with; written without the H.323 decoder, so a framing bug there cannot
 * hide one here.
 */
#ifndef _NFH_TEST_TPKT_FRAME_H
#define _NFH_TEST_TPKT_FRAME_H

#include "nfh_stream.h"

static enum nfh_stream_frame tpkt(const u8 *buf, u32 len, u32 *flen)
{
	*flen = 0;
	if (len >= 1 && buf[0] != 3)
		return NFH_STREAM_BAD;
	if (len < 4)
		return NFH_STREAM_PART;
	*flen = buf[2] << 8 | buf[3];
	if (*flen < 4)
		return NFH_STREAM_BAD;
	return *flen <= len ? NFH_STREAM_WHOLE : NFH_STREAM_PART;
}

#endif /* _NFH_TEST_TPKT_FRAME_H */
