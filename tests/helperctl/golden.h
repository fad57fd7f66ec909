/* SPDX-License-Identifier: GPL-2.0 */
/* Expected nft scripts, byte for byte. */
#ifndef _HC_GOLDEN_H
#define _HC_GOLDEN_H

static const char golden_none[] =
	"table inet helperctl {}\n"
	"delete table inet helperctl\n";

static const char golden_ftp[] =
	"table inet helperctl {}\n"
	"delete table inet helperctl\n"
	"table inet helperctl {\n"
	"\tct helper ftp-tcp {\n"
	"\t\ttype \"ftp\" protocol tcp\n"
	"\t\tl3proto inet\n"
	"\t}\n"
	"\tchain prerouting {\n"
	"\t\ttype filter hook prerouting priority filter; policy accept;\n"
	"\t\ttcp dport { 21, 2121 } ct helper set \"ftp-tcp\"\n"
	"\t}\n"
	"\tchain output {\n"
	"\t\ttype filter hook output priority filter; policy accept;\n"
	"\t\ttcp dport { 21, 2121 } ct helper set \"ftp-tcp\"\n"
	"\t}\n"
	"}\n";

static const char golden_all[] =
	"table inet helperctl {}\n"
	"delete table inet helperctl\n"
	"table inet helperctl {\n"
	"\tct helper ftp-tcp {\n"
	"\t\ttype \"ftp\" protocol tcp\n"
	"\t\tl3proto inet\n"
	"\t}\n"
	"\tct helper sip-udp {\n"
	"\t\ttype \"sip\" protocol udp\n"
	"\t\tl3proto inet\n"
	"\t}\n"
	"\tct helper sip-tcp {\n"
	"\t\ttype \"sip\" protocol tcp\n"
	"\t\tl3proto inet\n"
	"\t}\n"
	"\tct helper q931-tcp {\n"
	"\t\ttype \"Q.931\" protocol tcp\n"
	"\t\tl3proto inet\n"
	"\t}\n"
	"\tct helper ras-udp {\n"
	"\t\ttype \"RAS\" protocol udp\n"
	"\t\tl3proto inet\n"
	"\t}\n"
	"\tchain prerouting {\n"
	"\t\ttype filter hook prerouting priority filter; policy accept;\n"
	"\t\ttcp dport { 21 } ct helper set \"ftp-tcp\"\n"
	"\t\tudp dport { 5060, 5080 } ct helper set \"sip-udp\"\n"
	"\t\ttcp dport { 5060, 5080 } ct helper set \"sip-tcp\"\n"
	"\t\ttcp dport { 1720 } ct helper set \"q931-tcp\"\n"
	"\t\tudp dport { 1719 } ct helper set \"ras-udp\"\n"
	"\t}\n"
	"\tchain output {\n"
	"\t\ttype filter hook output priority filter; policy accept;\n"
	"\t\ttcp dport { 21 } ct helper set \"ftp-tcp\"\n"
	"\t\tudp dport { 5060, 5080 } ct helper set \"sip-udp\"\n"
	"\t\ttcp dport { 5060, 5080 } ct helper set \"sip-tcp\"\n"
	"\t\ttcp dport { 1720 } ct helper set \"q931-tcp\"\n"
	"\t\tudp dport { 1719 } ct helper set \"ras-udp\"\n"
	"\t}\n"
	"}\n";

#endif
