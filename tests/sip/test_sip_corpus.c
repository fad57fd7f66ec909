// SPDX-License-Identifier: GPL-2.0
/*
 * Every SIP message of the shared corpus (pcap/sip/ and pcap/fuzz/) through
 * the parse core, the SDP parser, the edit planner and apply, under
 * ASan/UBSan, with the rewrite property of sip_prop.h in all three modes.
 *
 * UDP: every payload on any port is a candidate; what does not start with
 * a SIP start line counts as "not SIP" (RTP, RAS, ...).  TCP: streams are
 * reassembled per direction and framed by nfh_sip_tcp_frame(); a direction
 * that stops framing is reported with its reason.
 *
 * A capture passes when the property holds for every message, and at least
 * as many messages parse as the table below says (the tshark counts of
 * SOURCES.md, less the rejections documented there).  Every rejected
 * message is listed with its reason: these are the corpus findings.
 *
 * NFH_CORPUS=<dir> (default: ../shared/corpus next to the repository);
 * NFH_VERBOSE=1 lists every message.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../nf_conntrack_sip/sip_parse.c"
#include "../../nf_conntrack_sip/sip_sdp.c"
#include "../../nf_conntrack_sip/sip_plan.c"
#include "../lib/check.h"
#include "sip_pcap.h"
#include "sip_prop.h"

/*
 * Messages that must parse (and be rewritten) per capture, and why fewer
 * than tshark counts where that is so.
 */
static const struct {
	const char *capture;
	unsigned int min_ok;
	const char *note;
} expect[] = {
	{ "arkime_gtp-iphone_sip_tcp_ipv6.pcap", 17,
	  "tshark: 17" },
	{ "heplify_rtp_rtcp_sip_ipv4_udp.pcap", 14,
	  "tshark: 14" },
	{ "heplify_sip_ipv4_tcp.pcap", 7,
	  "tshark: 7" },
	{ "heplify_sip_ipv4_tcp_fragmented_port6060.pcap", 406,
	  "tshark: 406" },
	{ "heplify_sip_ipv4_tcp_retrans.pcap", 8,
	  "tshark: 8" },
	{ "heplify_sip_ipv6_udp.pcap", 6,
	  "tshark: 6; URIs with unbracketed IPv6" },
	{ "ndpi_FAX-Call-t38-CA-TDM-SIP-FB-1.pcap", 92,
	  "tshark: 92" },
	{ "ppp_sdp.pcap", 1,
	  "tshark: 1" },
	{ "ppp_sip_non_default_port.pcap", 2,
	  "tshark: 2" },
	{ "ppp_sip_not_sdp.pcap", 1,
	  "tshark: 1" },
	{ "ppp_sip_reqs.pcap", 3,
	  "tshark: 4; the BYE is snapped inside Content-Length: truncated" },
	{ "ppp_sip_resp.pcap", 7,
	  "tshark: 7" },
	{ "sngrep_aaa.pcap", 81,
	  "tshark: 81" },
	{ "sngrep_ipip_tcp.pcap", 4,
	  "tshark: 4" },
	{ "sngrep_ipv6frag.pcap", 32,
	  "tshark: 32; one with Content-Type twice (same value: tolerated)" },
	{ "sv_sip-body-large_tcp.pcap", 1,
	  "tshark: 2; the INVITE is over the 64 KiB TCP cap: too_long" },
	{ "sv_sip-options.pcap", 2,
	  "tshark: 2" },
	{ "sv_sip-sdp.pcap", 0,
	  "tshark: 2; Content-Length 272, body 418 bytes: body_length" },
	{ "sv_sip-tcp.pcap", 2,
	  "tshark: 2" },
	{ "sv_sip_compact_form.pcap", 0,
	  "tshark: 1; same crafted body as sv_sip-sdp: body_length" },
	{ "sv_sip_header_multi_val.pcap", 0,
	  "tshark: 1; To twice with different URIs: duplicate" },
	{ "ndpi_fuzz-2006-06-26-2594_sip.pcap", 1,
	  "byte-fuzzed: corrupt names, hosts, numbers" },
	{ "ndpi_h323-overflow.pcap", 0,
	  "not SIP" },
	{ "ndpi_http_on_sip_port.pcap", 0,
	  "HTTP on 5060: not_sip from the first line" },
	{ "zeek_sip-invalid-content-length.pcap", 0,
	  "Content-Length not a number: content_length" },
	{ "zeek_sip-junk-before-request.pcap", 1,
	  "the junk datagram: not_sip" },
	{ "zeek_sip-long-request-response-paths.pcap", 2,
	  "9.5 KB start lines: parsed" },
};

struct stats {
	const char *capture;
	unsigned long msgs, not_sip, ok, sdp, edits, bypassed, viol;
	unsigned long rej[NFH_SIP_RESULT_MAX], sdp_rej[NFH_SIP_RESULT_MAX];
	unsigned int listed;
	bool verbose;
	struct sip_prop *pr;
};

static void first_line(const u8 *d, size_t len, const char **out, int *n)
{
	const u8 *nl = memchr(d, '\n', len);
	size_t l = nl ? (size_t)(nl - d) : len;

	*out = check_esc(d, min_t(size_t, l, 100));
	*n = 0;
}

static void on_msg(void *ctx, const struct sip_pcap_msg *msg)
{
	struct stats *st = ctx;
	struct sip_prop *pr = st->pr;
	enum nfh_sip_transport t = msg->proto == 6 ? NFH_SIP_TCP : NFH_SIP_UDP;
	const char *fl;
	int mode, dummy;

	st->msgs++;
	for (mode = 0; mode < SIP_PROP_MODES; mode++) {
		bool ok = sip_prop_run(pr, msg->data, msg->len, msg->family,
				       t, mode);

		CHECK(ok, "%s frame %lu (%s, mode %d): %s", st->capture,
		      msg->frame, t == NFH_SIP_TCP ? "tcp" : "udp", mode,
		      pr->why);
		if (!ok) {
			st->viol++;
			return;
		}
		if (mode)
			continue;
		first_line(msg->data, msg->len, &fl, &dummy);
		if (pr->res == NFH_SIP_ENOTSIP || pr->res == NFH_SIP_KEEPALIVE) {
			st->not_sip++;
			if (t == NFH_SIP_UDP)
				return;
		}
		if (pr->res != NFH_SIP_OK) {
			st->rej[pr->res]++;
			if (st->verbose || st->listed++ < 8)
				printf("  reject %s frame %lu %s: %s [%s]\n",
				       st->capture, msg->frame,
				       t == NFH_SIP_TCP ? "tcp" :
				       "udp", nfh_sip_result_name(pr->res), fl);
			return;
		}
		if (pr->sdp_res != NFH_SIP_OK) {
			st->sdp_rej[pr->sdp_res]++;
			if (st->verbose || st->listed++ < 8)
				printf("  reject %s frame %lu SDP: %s [%s]\n",
				       st->capture, msg->frame,
				       nfh_sip_result_name(pr->sdp_res),
				       fl);
			return;
		}
		st->ok++;
		st->sdp += pr->has_sdp;
		st->edits += pr->n_edit;
		st->bypassed += !!pr->bypass;
		if (st->verbose)
			printf("  ok frame %lu: %u edits, bypass %#x%s [%s]\n",
			       msg->frame, pr->n_edit, pr->bypass,
			       pr->has_sdp ? ", SDP" : "", fl);
	}
}

static int run_capture(const char *dir, const char *name, struct sip_prop *pr,
		       bool verbose)
{
	char path[4096];
	struct sip_pcap c;
	struct stats st;
	size_t i;
	int j;

	memset(&st, 0, sizeof(st));
	st.capture = name;
	st.pr = pr;
	st.verbose = verbose;
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	printf("== %s\n", name);
	if (sip_pcap_walk(path, &c, on_msg, &st)) {
		CHECK(0, "%s: cannot read", path);
		return -1;
	}
	for (i = 0; i < c.n_stops; i++)
		printf("  tcp %s %u->%u stopped at frame %lu: %s [%s]\n",
		       name, c.stops[i].sport, c.stops[i].dport, c.stops[i].frame,
		       nfh_sip_result_name(c.stops[i].res),
		       check_esc(c.stops[i].head, c.stops[i].head_len));
	printf("  %lu frames, %lu udp payloads, %lu tcp messages "
	       "(%lu keep-alives), %lu fragments\n", c.pcap.frames,
	       c.pcap.udp, c.tcp_msgs, c.keepalives, c.pcap.frags);
	printf("  %lu parsed, %lu with SDP, %lu edits, %lu with a bypass, "
	       "%lu not SIP", st.ok, st.sdp, st.edits, st.bypassed, st.not_sip);
	for (j = 0; j < NFH_SIP_RESULT_MAX; j++) {
		if (st.rej[j])
			printf(", %lu %s", st.rej[j], nfh_sip_result_name(j));
		if (st.sdp_rej[j])
			printf(", %lu SDP %s", st.sdp_rej[j],
			       nfh_sip_result_name(j));
	}
	printf("\n");
	for (i = 0; i < ARRAY_SIZE(expect); i++) {
		if (strcmp(expect[i].capture, name))
			continue;
		CHECK(st.ok >= expect[i].min_ok,
		      "%s: %lu messages parsed, want at least %u", name, st.ok,
		      expect[i].min_ok);
		break;
	}
	CHECK(i < ARRAY_SIZE(expect), "%s: not in the expectation table",
	      name);
	sip_pcap_free(&c);
	return 0;
}

static void run_dir(const char *dir, struct sip_prop *pr, bool verbose)
{
	char *names[256];
	int n, i;

	n = nfh_pcap_list(dir, names, ARRAY_SIZE(names));
	if (n < 0) {
		CHECK(0, "%s: cannot open", dir);
		return;
	}
	for (i = 0; i < n; i++) {
		run_capture(dir, names[i], pr, verbose);
		free(names[i]);
	}
}

int main(void)
{
	bool verbose = getenv("NFH_VERBOSE") && *getenv("NFH_VERBOSE") == '1';
	struct sip_prop *pr = calloc(1, sizeof(*pr));
	char dir[4096];

	if (!pr)
		return 2;
	nfh_corpus_dir("pcap/sip", dir, sizeof(dir));
	run_dir(dir, pr, verbose);
	nfh_corpus_dir("pcap/fuzz", dir, sizeof(dir));
	run_dir(dir, pr, verbose);
	free(pr);
	return check_summary();
}
