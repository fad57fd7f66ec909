# SPDX-License-Identifier: GPL-2.0
#
# tests/lib/lib.mk - userspace tests of the shared headers under include/
# (nfh_text.h, nfh_env.h).  Included by the top-level Makefile; every path
# is relative to the repository root.
#
#   lib-unit    test_text under ASan+UBSan; ends with "N passed, N failed"
#   lib-clean   remove what lib-unit built

include tests/lib/test.mk

LIB_BUILD	:= tests/lib/build
LIB_UNITS	:= test_text

.PHONY: lib-unit lib-clean

$(LIB_BUILD)/test_text: tests/lib/test_text.c include/nfh_text.h \
		include/nfh_env.h tests/lib/check.h tests/lib/test.mk
	$(NFH_UNIT_BUILD)

lib-unit: $(addprefix $(LIB_BUILD)/,$(LIB_UNITS))
	@sh tests/lib/run_units.sh $(LIB_BUILD) $(LIB_UNITS)

lib-clean:
	rm -rf $(LIB_BUILD)

clean: lib-clean
