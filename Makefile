# SPDX-License-Identifier: GPL-2.0
#
# nfhelpers - conntrack helpers (FTP, SIP, H.323) as out-of-tree modules.
#
#   make                  modules for KDIR (default: the running kernel), or
#                         for every supported kernel when KDIR has no headers
#   make kernels          modules for every supported kernel (into .build/)
#   make install          install into /lib/modules/<ver>/updates + depmod
#   make dkms-install     register with DKMS
#   make unit fuzz        userspace tests of the parse cores
#   make vm-check         netns scenarios in qemu, both kernels (one boot each)
#   make history-vectors  the historical bug shapes as .cache/history/*.tsv,
#                         which the VM part history replays
#   make debug-kernel     the debug kernel (KASAN, kmemleak, lockdep, ...),
#                         built once per machine into a cache outside the
#                         checkout (tools/debug-kernel, Documentation/testing.rst)
#   make debug-modules    the modules for it (into .build/<its release>/)
#   make check-debug      every VM scenario on the debug kernel, with a
#                         kmemleak scan after each implementation's run
#   make conntrackd-commit  the library conntrackd needs to commit
#                         expectations whole at failover (Documentation/ha.rst)
#   make check-ha         router failover with conntrackd, both kernels,
#                         in-tree and ours (tests/vm/ha)
#   make bench            SIP parse core: MB/s and callgrind instructions/byte
#   make bench-vm         SIP router CPU per call, H.323 and FTP helper CPU
#                         per message, in-tree vs ours, both kernels in qemu
#                         (bench/README.md)
#   make bench-scale      SIP over two CPUs and against 1k-100k held calls,
#                         in-tree vs ours, both kernels (long; bench/README.md)
#   make check            everything CI runs, with the time of each stage
#   make check-full       check with long fuzzing, plus bench and bench-vm
#   make demo             FTP and SIP through NAT in a VM, shown step by step
#   make deps             install what the above need (Debian, as root)

KDIR ?= /lib/modules/$(shell uname -r)/build
NFH_VERSION := $(shell git -C $(CURDIR) describe --always --dirty 2>/dev/null || cat $(CURDIR)/VERSION)
FUZZ_SECONDS ?= 10
MODULE_SOURCES := Kbuild compat include common nf_conntrack_ftp nf_conntrack_sip \
		  nf_conntrack_h323 nf_nat_helpers
DEPMOD_CONF := dkms/nfhelpers-depmod.conf

.PHONY: debug-kernel debug-modules check-debug conntrackd-commit check-ha
.PHONY: all module kernels install dkms-install unit fuzz vm-check check check-full demo \
	deps style clean helperctl bench bench-vm bench-scale

all: h323dump helperctl conntrackd-commit
	@if [ -d "$(KDIR)" ]; then $(MAKE) module; else \
	  echo "note: no kernel headers at $(KDIR); building for every supported kernel"; \
	  $(MAKE) kernels; fi

module:
	$(MAKE) -C $(KDIR) M=$(CURDIR) NFH_VERSION=$(NFH_VERSION) modules

# What kbuild writes next to the sources.  A copy of the sources (one build
# tree per kernel, DKMS) never takes these from an in-place build: a .mod,
# .mod.c, modules.order or Module.symvers made for another kernel breaks
# modpost.  The copy keeps the objects of its own earlier build
# (incremental); its kbuild lists are removed, kbuild remakes them cheaply.
KBUILD_OBJECTS := *.o *.ko .*.cmd *.o.d
KBUILD_LISTS := *.mod *.mod.c modules.order Module.symvers .tmp_*
# $(call copy_sources,DEST): the module sources, and nothing built, in DEST
copy_sources = mkdir -p $(1); \
	rsync -a --delete $(foreach p,$(KBUILD_OBJECTS),--exclude='$(p)') \
	  $(foreach p,$(KBUILD_LISTS),--filter='-s $(p)') \
	  $(addprefix $(CURDIR)/,$(MODULE_SOURCES)) $(1)/ 2>/dev/null || \
	{ rm -rf $(1); mkdir -p $(1); \
	  cp -a $(addprefix $(CURDIR)/,$(MODULE_SOURCES)) $(1)/ && \
	  find $(1) \( $(foreach p,$(KBUILD_OBJECTS) $(KBUILD_LISTS),-name '$(p)' -o) \
	    -false \) -delete; }

# $(call build_for,SERIES,REL,KDIR) (shell variables): the modules for
# one kernel, built in their own copy of the sources, into .build/REL/
build_for = src=$(CURDIR)/.build/src-$(2); \
	  $(call copy_sources,$$src); \
	  echo "== $(1) ($(2))"; \
	  $(MAKE) -s -C $(3) M=$$src NFH_VERSION=$(NFH_VERSION) modules; \
	  mkdir -p .build/$(2); rm -f .build/$(2)/*.ko; \
	  find $$src -name '*.ko' -exec cp {} .build/$(2)/ \; ; \
	  ls .build/$(2)

# One build tree per kernel: kbuild writes objects next to the sources.
kernels:
	@set -e; tools/kernels list | while read -r series rel ver; do \
	  kdir=/usr/src/linux-headers-$$rel; \
	  [ -d $$kdir ] || { echo "headers for $$rel missing: run 'make deps'" >&2; exit 1; }; \
	  $(call build_for,$$series,$$rel,$$kdir); \
	done

# The debug kernel (Documentation/testing.rst): built once per machine,
# cached outside the checkout; never part of make check.
debug-kernel:
	tools/debug-kernel build

debug-modules: debug-kernel
	@set -e; rel=$$(tools/debug-kernel release); kdir=$$(tools/debug-kernel kdir); \
	  $(call build_for,debug,$$rel,$$kdir)

# Every VM scenario on the debug kernel: 4 to 9 times slower than on
# Debian's, hence the longer budget per boot (suite.sh and lib.sh lengthen
# their own budgets and waits on the debug kernel), and three
# guests at once, each a group of parts of about the same length ('+'
# between groups, tests/vm/run-all).  PARTS (default: every suite part,
# the faults part included) limits it.  Our helpers only, unless
# DIFF_IMPLS="intree ours": the in-tree runs would double the time.
DEBUG_PARTS = sip h323 history + ftp replay helperctl + faults
DEBUG_JOBS ?= 3
check-debug: debug-modules helperctl h323dump history-vectors
	VMRUN_TIMEOUT=$${VMRUN_TIMEOUT:-28800} \
	  DIFF_IMPLS=$${DIFF_IMPLS:-ours} tests/vm/run-all --kernel debug --jobs $(DEBUG_JOBS) $(or $(PARTS),$(DEBUG_PARTS))

install: module
	$(MAKE) -C $(KDIR) M=$(CURDIR) INSTALL_MOD_DIR=updates modules_install
	install -D -m 644 $(DEPMOD_CONF) $(DESTDIR)/etc/depmod.d/nfhelpers.conf
	depmod -a $(shell basename $$(dirname $(KDIR)))

dkms-install:
	install -D -m 644 $(DEPMOD_CONF) /etc/depmod.d/nfhelpers.conf
	rm -rf /usr/src/nfhelpers-$(NFH_VERSION)
	$(call copy_sources,/usr/src/nfhelpers-$(NFH_VERSION))
	cp dkms.conf /usr/src/nfhelpers-$(NFH_VERSION)/
	sed -i 's/@VERSION@/$(NFH_VERSION)/' /usr/src/nfhelpers-$(NFH_VERSION)/dkms.conf
	dkms install nfhelpers/$(NFH_VERSION)

helperctl:
	$(MAKE) -C tools/helperctl

conntrackd-commit:
	$(MAKE) -C tools/conntrackd-commit

# Failover (Documentation/ha.rst): two routers synced by conntrackd, one
# boot per kernel; about 3 minutes each.
check-ha: kernels conntrackd-commit
	tests/vm/run-all ha

# userspace tests of the shared headers (lib-unit: include/nfh_text.h)
include tests/lib/lib.mk
unit: lib-unit ftp-unit sip-unit h323-unit h323-diff
	$(MAKE) -C tests/helperctl check

fuzz: ftp-fuzz sip-fuzz h323-fuzz lib-fuzz

vm-check: kernels helperctl h323dump history-vectors
	tests/vm/run-all

# Benchmarks (bench/README.md): figures, never pass/fail on timings.
# (sip.mk is included below: name its targets in the recipe, not as
# prerequisites)
bench:
	$(MAKE) $(SIP_BUILD)/sip_bench
	@bench/sip/parser.sh $(SIP_BUILD)/sip_bench $(SIP_PCAPS)

# BENCH_ARGS: passed to bench/sip/percall.sh, e.g. "--calls 1000 --rounds 2";
# H323_BENCH_ARGS to bench/h323/permsg.sh, e.g. "--calls 200 --rounds 2"
bench-vm: kernels
	@set -e; tools/kernels list | while read -r series rel ver; do \
	  echo "== $$series ($$rel)"; \
	  tests/vm/vmrun --kernel $$series --smp 2 -- bench/sip/percall.sh $(BENCH_ARGS); \
	  tests/vm/vmrun --kernel $$series --smp 2 -- bench/h323/permsg.sh $(H323_BENCH_ARGS); \
	  tests/vm/vmrun --kernel $$series --smp 2 -- bench/ftp/permsg.sh $(FTP_BENCH_ARGS); \
	done

# How the SIP helper scales (issue 14), per kernel, one guest at a time
# on an otherwise idle host: over two CPUs (bench/sip/cores.sh, two
# vCPUs) and against held calls (bench/sip/concurrency.sh, default levels
# 1,000, 10,000 and 100,000).  CORES_ARGS, CONC_ARGS: passed to each.
bench-scale: kernels
	@set -e; tools/kernels list | while read -r series rel ver; do \
	  echo "== $$series ($$rel)"; \
	  tests/vm/vmrun --kernel $$series --smp 2 -- bench/sip/cores.sh $(CORES_ARGS); \
	  tests/vm/vmrun --kernel $$series --mem 8192 -- bench/sip/concurrency.sh $(CONC_ARGS); \
	done

# deps first: a newcomer may run `make check` before `make demo`.  The
# stages (deps, unit, fuzz, build, vm) and their times: tools/check.
check:
	@MAKE="$(MAKE)" tools/check

# check, fuzzing FULL_FUZZ_SECONDS (600) per target, then bench and bench-vm
check-full:
	@MAKE="$(MAKE)" tools/check --full

demo:
	tools/demo

deps:
	tools/deps

# Debian's header packages lack checkpatch.pl: take it from linux-source.
CHECKPATCH := .cache/checkpatch/checkpatch.pl
$(CHECKPATCH):
	tools/fetch-checkpatch

# Exceptions, each with its reason:
#  compat/compat.h  LINUX_VERSION_CODE, CONSTANT_COMPARISON: its one version
#                   test is the supported floor (6.1), refused with #error;
#                   the differences between kernels are probed by feature.
#  include/nfh_nat.h  MACRO_WITH_FLOW_CONTROL: NFH_NAT_HALF() writes a NAT
#                   half's module init function, which returns, as the
#                   kernel's own module_driver() does.
#  include/nfh_env.h  COMPLEX_MACRO, PREFER_DEFINED_ATTRIBUTE_MACRO: the
#                   userspace shim defines the kernel's __always_inline
#                   where the C library does not.
#  tools/helperctl/helperctl.h  PREFER_DEFINED_ATTRIBUTE_MACRO: userspace
#                   defines the kernel's __printf/__noreturn spellings.
STYLE_IGNORE_compat/compat.h := LINUX_VERSION_CODE,CONSTANT_COMPARISON
STYLE_IGNORE_include/nfh_nat.h := MACRO_WITH_FLOW_CONTROL
STYLE_IGNORE_include/nfh_env.h := COMPLEX_MACRO,PREFER_DEFINED_ATTRIBUTE_MACRO
STYLE_IGNORE_tools/helperctl/helperctl.h := PREFER_DEFINED_ATTRIBUTE_MACRO
style: $(CHECKPATCH)
	@for f in $$(git ls-files '*.c' '*.h' | grep -v '^tests/'); do \
	  ign=$$(make -s --no-print-directory style-ignore F=$$f); \
	  perl $(CHECKPATCH) --no-tree --terse $$ign -f $$f | grep -v '^total' || true; done

style-ignore:
	@$(if $(STYLE_IGNORE_$(F)),echo --ignore=$(STYLE_IGNORE_$(F)),true)

clean: ftp-clean sip-clean h323-clean
	rm -rf .build
	-$(MAKE) -C $(KDIR) M=$(CURDIR) clean 2>/dev/null
	-$(MAKE) -C tools/helperctl clean 2>/dev/null
	-$(MAKE) -C tools/conntrackd-commit clean 2>/dev/null
	-$(MAKE) -C tests/helperctl clean 2>/dev/null

# userspace targets of the FTP parse core (ftp-unit, ftp-fuzz)
include nf_conntrack_ftp/ftp.mk
# userspace targets of the H.323 decoder (h323dump, h323-unit, h323-diff, ...)
include nf_conntrack_h323/h323.mk
# userspace targets of the SIP/SDP parse core (sip-unit, sip-fuzz, sip-bench)
include nf_conntrack_sip/sip.mk
