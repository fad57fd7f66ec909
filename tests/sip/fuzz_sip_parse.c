// SPDX-License-Identifier: GPL-2.0
/*
 * libFuzzer target: message parser, TCP framing and SDP parser.
 *
 * The first input byte selects the family (bit 0: IPv6) and the transport
 * (bit 1: TCP); the rest is the message, or for TCP a stream cut into
 * messages by nfh_sip_tcp_frame().  Aborts when a reported token lies
 * outside the input or the lengths do not add up.
 */
#include "../../nf_conntrack_sip/sip_parse.c"
#include "../../nf_conntrack_sip/sip_sdp.c"
#include "../../nf_conntrack_sip/sip_plan.c"

#include <stdlib.h>

static void in(const struct nfh_sip_tok *t, size_t len)
{
	if (t->off > len || t->len > len - t->off)
		abort();
}

static void hp_in(const struct nfh_sip_hostport *h, size_t len)
{
	in(&h->host, len);
	in(&h->port, len);
	if (h->port.len && !h->port_val)
		abort();
}

static void one(const u8 *d, size_t len, u8 family,
		enum nfh_sip_transport t)
{
	static struct nfh_sip_media media[8];
	struct nfh_sip_sdp sdp = { .media = media, .media_cap = 8 };
	struct nfh_sip_msg m;
	unsigned int i;

	if (nfh_sip_parse(d, len, family, t, &m) != NFH_SIP_OK)
		return;
	if (m.msg_len != len || m.body_off + m.body_len != len ||
	    (m.has_clen && m.clen != m.body_len))
		abort();
	in(&m.callid, len);
	in(&m.clen_tok, len);
	in(&m.ruri.text, len);
	hp_in(&m.ruri.hp, len);
	for (i = 0; i < m.n_via; i++) {
		hp_in(&m.via[i].sent_by, len);
		hp_in(&m.via[i].received, len);
		in(&m.via[i].rport, len);
		in(&m.via[i].branch, len);
	}
	for (i = 0; i < m.n_contact; i++)
		hp_in(&m.contact[i].uri.hp, len);
	if (m.n_contact > NFH_SIP_CONTACT_MAX || m.n_via > NFH_SIP_VIA_MAX)
		abort();
	if (nfh_sip_sdp_parse(d, m.body_off, len, family, &sdp) != NFH_SIP_OK)
		return;
	if (sdp.n_media > sdp.media_cap)
		abort();
	in(&sdp.o.tok, len);
	in(&sdp.c.tok, len);
	for (i = 0; i < sdp.n_media; i++) {
		const struct nfh_sip_media *md = &media[i];

		in(&md->port_tok, len);
		in(&md->c.tok, len);
		in(&md->rtp.tok, len);
		in(&md->rtcp_port_tok, len);
		in(&md->rtcp_addr.tok, len);
		if (md->port_tok.off < m.body_off ||
		    (!md->disabled && !md->rtp.tok.len) ||
		    (md->port && md->port + 2 * (md->port_count - 1) + 1 > 65535))
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	enum nfh_sip_result r;
	size_t off = 0, flen;
	u8 ctl, family;

	if (!size)
		return 0;
	ctl = data[0];
	data++;
	size--;
	family = ctl & 1 ? AF_INET6 : AF_INET;
	if (!(ctl & 2)) {
		one(data, size, family, NFH_SIP_UDP);
		return 0;
	}
	while (off < size) {
		r = nfh_sip_tcp_frame(data + off, size - off, 0, &flen);
		if (r == NFH_SIP_KEEPALIVE || r == NFH_SIP_OK) {
			if (!flen || flen > size - off)
				abort();
			if (r == NFH_SIP_OK)
				one(data + off, flen, family, NFH_SIP_TCP);
			off += flen;
			continue;
		}
		break;
	}
	return 0;
}
