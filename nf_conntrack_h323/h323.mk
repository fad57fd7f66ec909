# SPDX-License-Identifier: GPL-2.0
#
# nf_conntrack_h323/h323.mk - userspace targets of the H.323 decoder.
# Included by the top-level Makefile; every path is relative to the
# repository root.  See Documentation/h323.rst.
#
#   h323dump     build tools/h323dump/h323dump (libpcap)
#   h323-unit    unit and history tests under ASan+UBSan, the history
#                vectors' negative control, h323dump --explain
#   h323-diff    differential against Wireshark (tshark)
#   h323-fuzz    libFuzzer targets, $(FUZZ_SECONDS) seconds each
#   h323-tables  regenerate nf_conntrack_h323/h323_tables.[ch]
#   h323-gen     regenerate the Erlang-encoded vectors and pcap (slow: erlc)
#   h323-bench   decoder throughput (messages/s) over the Erlang vectors
#   h323-clean   remove what the targets above built
#
# Test targets end with "N passed, N failed" and fail when N failed > 0.

include tests/lib/test.mk

H323_DIR	:= nf_conntrack_h323
H323_SRCS	:= $(H323_DIR)/h323_per.c $(H323_DIR)/h323_parse.c \
		   $(H323_DIR)/h323_tables.c
H323_HDRS	:= $(H323_DIR)/h323_parse.h $(H323_DIR)/h323_per.h \
		   $(H323_DIR)/h323_tables.h include/nfh_env.h
H323_TEST_HDRS	:= $(wildcard tests/h323/*.h) tests/lib/check.h \
		   tests/lib/hex.h tests/lib/pcap.h
H323_DEPS	:= $(H323_SRCS) $(H323_HDRS) $(H323_TEST_HDRS) tests/lib/test.mk
H323_CORPUS	?= $(NFH_CORPUS)
H323_ASN1	?= $(H323_CORPUS)/asn1
H323_BUILD	:= tests/h323/build
H323_FUZZERS	:= q931 ras h245

.PHONY: h323dump h323-unit h323-diff h323-fuzz h323-tables h323-gen \
	h323-bench h323-clean

h323dump: tools/h323dump/h323dump

# h323dump links the decoder; the tests include its sources instead.
tools/h323dump/h323dump: tools/h323dump/h323dump.c $(H323_DEPS)
	$(NFH_TEST_CC) -O2 -g $(NFH_TEST_WARN) -o $@ $< $(H323_SRCS) -lpcap

$(H323_BUILD)/h323dump-san: tools/h323dump/h323dump.c $(H323_DEPS)
	@mkdir -p $(@D)
	$(NFH_TEST_CC) -O1 -g $(NFH_TEST_WARN) $(NFH_TEST_SAN) -o $@ $< \
		$(H323_SRCS) -lpcap

$(H323_BUILD)/test_h323_%: tests/h323/test_h323_%.c $(H323_DEPS)
	$(NFH_UNIT_BUILD)

$(H323_BUILD)/h323_bench $(H323_BUILD)/h323_seeds: $(H323_BUILD)/%: \
		tests/h323/%.c $(H323_DEPS)
	$(NFH_TOOL_BUILD)

$(H323_BUILD)/fuzz_%: tests/h323/fuzz_%.c $(H323_DEPS)
	$(NFH_FUZZ_BUILD)

# (the unit test finds tests/h323/vectors from the repository root)
h323-unit: $(H323_BUILD)/test_h323_unit $(H323_BUILD)/test_h323_history \
		$(H323_BUILD)/h323dump-san
	@sh tests/lib/run_units.sh $(H323_BUILD) test_h323_unit test_h323_history
	@sh tests/lib/history_negative.sh h323
	@sh tests/h323/explain_test.sh $(H323_BUILD)/h323dump-san

h323-diff: $(H323_BUILD)/h323dump-san
	H323DUMP=$(H323_BUILD)/h323dump-san python3 tests/h323/h323_diff.py \
		$(H323_CORPUS)/pcap/h323/ndpi_h323.pcap \
		$(H323_CORPUS)/pcap/sip/heplify_rtp_rtcp_sip_ipv4_udp.pcap \
		$(H323_CORPUS)/generated/*.pcap tests/h323/generated/*.pcap \
		--reject $(H323_CORPUS)/pcap/fuzz/ndpi_h323-overflow.pcap

h323-fuzz: $(addprefix $(H323_BUILD)/fuzz_,$(H323_FUZZERS)) \
		$(H323_BUILD)/h323_seeds
	@for t in $(H323_FUZZERS); do \
	  $(H323_BUILD)/h323_seeds $$t tests/h323/vectors/erlang.txt \
	    $(H323_BUILD)/corpus_$$t $(wildcard $(H323_CORPUS)/pcap/h323/*.pcap \
	    $(H323_CORPUS)/generated/*.pcap $(H323_CORPUS)/pcap/fuzz/*h323*.pcap \
	    tests/h323/generated/*.pcap) || exit 1; done
	@FUZZ_FLAGS="-max_len=4096" sh tests/lib/run_fuzz.sh $(H323_BUILD) \
		$(FUZZ_SECONDS) $(H323_FUZZERS)

h323-tables:
	python3 tools/h323gen/h323gen.py $(H323_ASN1) $(H323_DIR)

h323-bench: $(H323_BUILD)/h323_bench
	$(H323_BUILD)/h323_bench tests/h323/vectors

h323-gen: tools/h323dump/h323dump
	sh tests/h323/gen/gen.sh $(H323_ASN1) $(H323_BUILD)

h323-clean:
	rm -rf $(H323_BUILD) tools/h323dump/h323dump
