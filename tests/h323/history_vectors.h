/* SPDX-License-Identifier: GPL-2.0 */
/*
 * history_vectors.h - H.323 decoder bug shapes of the in-tree helper's past
 * (issues 10 and 13), one row each: a message of
 * tests/h323/vectors/malformed.txt (by its name there), the public fix or
 * CVE it mirrors, and the decoder result it must give (the glue counts a
 * rejected message as error_<result> and passes it unmodified).
 *
 * Run by test_h323_history (make h323-unit).
 * tests/lib/history_negative.sh removes each row's guard from a copy of the
 * sources (tests/h323/history_mutants) and checks that the row then fails.
 * Documentation/h323.rst, "Historical bugs", has the same list.
 */
#ifndef _NFH_H323_HISTORY_VECTORS_H
#define _NFH_H323_HISTORY_VECTORS_H

struct h323_hist {
	const char *name;
	const char *mirrors;	/* CVE or kernel commit title */
	const char *vector;	/* its name in malformed.txt */
	const char *res;	/* nfh_h323_result_name() */
};

static const struct h323_hist h323_hist[] = {
	{ "choice_index_31",
	  "CVE-2007-3642: decode_choice() out-of-range CHOICE index (2.6.22)",
	  "grq_choice_index_31", "range" },
	{ "cons_int_cut",
	  "nf_conntrack_h323: fix OOB read in decode_int() CONS case (1e3a359)",
	  "rrq_cut_inside_ttl", "truncated" },
	{ "length_at_end",
	  "nf_conntrack_h323: fix OOB read in decode_choice() (baed0d9; UUIE PER 08 00)",
	  "setup_uuie_per_0800", "truncated" },
	{ "exact_end_valid",
	  "nf_conntrack_h323: restore boundary check correctness (2019: a wrong bound check refused valid messages)",
	  "rrq_ttl_uncut", "ok" },
	{ "ext_bitmap_40",
	  "CVE-2024-26851: nf_conntrack_h323: Add protection for bmp length out of range (7671466)",
	  "ucf_ext_bitmap_40", "ok" },
	{ "ext_bitmap_big_form",
	  "CVE-2024-26851: nf_conntrack_h323: Add protection for bmp length out of range (7671466)",
	  "ucf_ext_bitmap_big_form", "too_many_extensions" },
	{ "uuie_len_0",
	  "CVE-2026-23455: nf_conntrack_h323: check for zero length in DecodeQ931()",
	  "setup_uuie_len0", "uuie" },
	{ "uuie_len_1",
	  "CVE-2026-23455: nf_conntrack_h323: check for zero length in DecodeQ931()",
	  "setup_uuie_len1", "uuie" },
};

#endif /* _NFH_H323_HISTORY_VECTORS_H */
