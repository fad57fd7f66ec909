# SPDX-License-Identifier: GPL-2.0
#
# tests/lib/lib.mk - userspace tests of the shared headers under include/
# (nfh_text.h, nfh_env.h) and of the TCP stream layer (common/nfh_stream.c).  Included by the top-level Makefile; every path
# is relative to the repository root.
#
#   lib-unit    test_text, test_stream, test_srclimit under ASan+UBSan;
#               ends with "N passed, N failed"; then test_stream's negative
#               control (hold bound out of reach) must fail, and so must the
#               one whose held segments are not moved back
#               (NFH_TEST_HELD_NO_MOVE) and test_srclimit without the cap
#   lib-fuzz    fuzz_stream (libFuzzer), $(FUZZ_SECONDS) seconds
#   history-vectors  the historical bug shapes of every protocol as
#               .cache/history/<proto>.tsv (tests/lib/history_dump.c), for
#               their VM replay (tests/vm/history/run.sh)
#   lib-clean   remove what lib-unit and lib-fuzz built

include tests/lib/test.mk

LIB_BUILD	:= tests/lib/build
LIB_UNITS	:= test_text test_stream test_srclimit

.PHONY: lib-unit lib-fuzz lib-clean history-vectors

$(LIB_BUILD)/test_text: tests/lib/test_text.c include/nfh_text.h \
		include/nfh_env.h tests/lib/check.h tests/lib/test.mk
	$(NFH_UNIT_BUILD)

$(LIB_BUILD)/test_stream: tests/lib/test_stream.c common/nfh_stream.c tests/lib/tpkt_frame.h \
		include/nfh_stream.h include/nfh_env.h tests/lib/check.h \
		tests/lib/test.mk
	$(NFH_UNIT_BUILD)

$(LIB_BUILD)/test_stream_unbounded: tests/lib/test_stream.c \
		common/nfh_stream.c include/nfh_stream.h
	@mkdir -p $(@D)
	$(NFH_TEST_CC) -O1 -g $(NFH_TEST_WARN) -DNFH_STREAM_HOLD_TRIES=255 -o $@ $<

$(LIB_BUILD)/test_stream_nomove: tests/lib/test_stream.c \
		common/nfh_stream.c include/nfh_stream.h
	@mkdir -p $(@D)
	$(NFH_TEST_CC) -O1 -g $(NFH_TEST_WARN) -DNFH_TEST_HELD_NO_MOVE -o $@ $<

$(LIB_BUILD)/test_srclimit: tests/lib/test_srclimit.c include/nfh_srclimit.h \
		include/nfh_env.h tests/lib/check.h tests/lib/test.mk
	$(NFH_UNIT_BUILD)

$(LIB_BUILD)/test_srclimit_nocap: tests/lib/test_srclimit.c include/nfh_srclimit.h
	@mkdir -p $(@D)
	$(NFH_TEST_CC) -O1 -g $(NFH_TEST_WARN) -DNFH_TEST_NO_CAP -o $@ $<

lib-unit: $(addprefix $(LIB_BUILD)/,$(LIB_UNITS)) \
		$(LIB_BUILD)/test_stream_unbounded $(LIB_BUILD)/test_stream_nomove \
		$(LIB_BUILD)/test_srclimit_nocap
	@sh tests/lib/run_units.sh $(LIB_BUILD) $(LIB_UNITS)
	@if $(LIB_BUILD)/test_stream_unbounded >/dev/null; then \
	  echo "lib-unit: negative control: test_stream passes with the hold bound removed" >&2; \
	  exit 1; \
	else echo "lib-unit: negative control OK (test_stream fails without the hold bound)"; fi
	@if $(LIB_BUILD)/test_stream_nomove >/dev/null; then \
	  echo "lib-unit: negative control: test_stream passes with held segments not moved back" >&2; \
	  exit 1; \
	else echo "lib-unit: negative control OK (test_stream fails when a held line's segment is not moved back)"; fi
	@if $(LIB_BUILD)/test_srclimit_nocap >/dev/null; then \
	  echo "lib-unit: negative control: test_srclimit passes with the cap left out" >&2; \
	  exit 1; \
	else echo "lib-unit: negative control OK (test_srclimit fails without the cap)"; fi

$(LIB_BUILD)/fuzz_stream: tests/lib/fuzz_stream.c common/nfh_stream.c tests/lib/tpkt_frame.h \
		include/nfh_stream.h include/nfh_env.h tests/lib/test.mk
	$(NFH_FUZZ_BUILD)

lib-fuzz: $(LIB_BUILD)/fuzz_stream
	@sh tests/lib/run_fuzz.sh $(LIB_BUILD) $(FUZZ_SECONDS) stream

HISTORY_OUT	:= .cache/history
HISTORY_MALFORMED := tests/h323/vectors/malformed.txt

$(LIB_BUILD)/history_dump: tests/lib/history_dump.c tests/ftp/history_vectors.h \
		tests/sip/history_vectors.h tests/h323/history_vectors.h \
		include/nfh_env.h tests/lib/test.mk
	$(NFH_TOOL_BUILD)

# the guest reads these from the repository (it cannot build them)
$(HISTORY_OUT)/%.tsv: $(LIB_BUILD)/history_dump $(HISTORY_MALFORMED)
	@mkdir -p $(@D)
	$< $* $(if $(filter h323,$*),$(HISTORY_MALFORMED)) > $@.tmp && mv $@.tmp $@

history-vectors: $(addprefix $(HISTORY_OUT)/,ftp.tsv sip.tsv h323.tsv)

lib-clean:
	rm -rf $(LIB_BUILD) $(HISTORY_OUT)

clean: lib-clean
