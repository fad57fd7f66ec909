// SPDX-License-Identifier: GPL-2.0
/*
 * The SIP historical bug shapes (history_vectors.h): each message, from an
 * exact-size heap copy (ASan sees a read past it), must give its result at
 * its step.  "RUN <name>" before each row and the name in every failure
 * let tests/lib/history_negative.sh tell which row caught a mutant, crash
 * or not; an argument runs only the row of that name.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../nf_conntrack_sip/sip_parse.c"
#include "../../nf_conntrack_sip/sip_sdp.c"
#include "../../nf_conntrack_sip/sip_plan.c"
#include "../lib/check.h"
#include "history_vectors.h"

#define MEDIA_MAX 8
#define EDIT_MAX 64

static const char *const to_names[] = {
	[NFH_SIP_TO_SENDER] = "sender",
	[NFH_SIP_TO_PUBLIC] = "public",
	[NFH_SIP_TO_OTHER] = "other",
};

static struct nfh_sip_msg m;
static struct nfh_sip_media media[MEDIA_MAX];
static struct nfh_sip_sdp sdp;
static struct nfh_sip_xlat x;
static struct nfh_sip_edit edit[EDIT_MAX];
static u8 rbuf[4096], out[NFH_SIP_MSG_MAX];
static struct nfh_sip_plan plan;

/* The message through parse (and SDP): the first result that is not OK. */
static enum nfh_sip_result parse_sdp(const u8 *b, size_t len, bool with_sdp)
{
	enum nfh_sip_result r;

	memset(&m, 0, sizeof(m));
	r = nfh_sip_parse(b, len, AF_INET, NFH_SIP_UDP, &m);
	if (r != NFH_SIP_OK || !with_sdp)
		return r;
	memset(&sdp, 0, sizeof(sdp));
	sdp.media = media;
	sdp.media_cap = MEDIA_MAX;
	return nfh_sip_sdp_parse(b, m.body_off, m.body_off + m.body_len,
				 AF_INET, &sdp);
}

/* Rewrite 192.168.100.200 to 1.2.3.4 (ports kept); *olen bytes in out. */
static enum nfh_sip_result rewrite(const u8 *b, size_t len, size_t *olen)
{
	enum nfh_sip_result r = parse_sdp(b, len, true);

	if (r != NFH_SIP_OK)
		return r;
	memset(&x, 0, sizeof(x));
	x.n_map = 1;
	x.map[0].family = AF_INET;
	inet_pton(AF_INET, "192.168.100.200", x.map[0].old_addr);
	inet_pton(AF_INET, "1.2.3.4", x.map[0].new_addr);
	x.classes = nfh_sip_default_classes(&m);
	memset(&plan, 0, sizeof(plan));
	plan.edit = edit;
	plan.edit_cap = EDIT_MAX;
	plan.rbuf = rbuf;
	plan.rbuf_cap = sizeof(rbuf);
	r = nfh_sip_plan(&m, &sdp, &x, &plan);
	if (r != NFH_SIP_OK)
		return r;
	return nfh_sip_apply(b, len, &plan, out, sizeof(out), olen);
}

int main(int argc, char **argv)
{
	u8 sender[4], public[4];
	size_t i;

	inet_pton(AF_INET, "192.168.1.2", sender);
	inet_pton(AF_INET, "203.0.113.7", public);
	for (i = 0; i < ARRAY_SIZE(sip_hist); i++) {
		const struct sip_hist *h = &sip_hist[i];
		enum nfh_sip_media_to to = NFH_SIP_TO_SENDER;
		enum nfh_sip_result r;
		u8 *copy = malloc(h->len);
		size_t flen = 0, olen = 0;

		if (argc > 1 && strcmp(argv[1], h->name))
			continue;
		printf("RUN %s\n", h->name);
		fflush(stdout);
		if (!copy)
			abort();
		memcpy(copy, h->msg, h->len);
		switch (h->step) {
		case SIP_H_FRAME:
			r = nfh_sip_tcp_frame(copy, h->len, 0, &flen);
			break;
		case SIP_H_PARSE:
			r = parse_sdp(copy, h->len, false);
			break;
		case SIP_H_SDP:
			r = parse_sdp(copy, h->len, true);
			break;
		case SIP_H_MEDIA_TO:
			r = parse_sdp(copy, h->len, true);
			if (r == NFH_SIP_OK && sdp.n_media)
				to = nfh_sip_media_to(&media[0], AF_INET,
						      sender, public, true);
			break;
		default:
			r = rewrite(copy, h->len, &olen);
			break;
		}
		CHECK(r == h->res && to == h->to,
		      "%s: %s/%s, want %s/%s (%s; mirrors %s)", h->name,
		      nfh_sip_result_name(r), to_names[to],
		      nfh_sip_result_name(h->res), to_names[h->to],
		      h->counter, h->mirrors);
		if (h->want)
			CHECK(r == NFH_SIP_OK && olen == strlen(h->want) &&
			      !memcmp(out, h->want, olen),
			      "%s: rewritten to\n%s\nwant\n%s", h->name,
			      check_esc(out, olen),
			      check_esc(h->want, strlen(h->want)));
		free(copy);
	}
	return check_summary();
}
