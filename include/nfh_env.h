/* SPDX-License-Identifier: GPL-2.0 */
/*
 * nfh_env.h - the one environment header of the nfhelpers parse cores.
 *
 * Parse cores (FTP commands, SIP/SDP, H.323 aligned PER) include only this
 * header.  In the kernel it maps to kernel headers; in userspace (unit tests,
 * fuzzers, benchmarks, tools) it provides the few kernel types and helpers
 * the cores use.  Cores never allocate, never see an skb and never read past
 * the length they are given.
 */
#ifndef _NFH_ENV_H
#define _NFH_ENV_H

#ifdef __KERNEL__

#include <linux/types.h>
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/socket.h>
#include <linux/ctype.h>
#include <linux/minmax.h>
#include <linux/bug.h>

#else /* userspace */

#include <stdint.h>
#include <stddef.h>
#include <stdbool.h>
#include <string.h>
#include <sys/socket.h>

typedef uint8_t u8;
typedef uint16_t u16;
typedef uint32_t u32;
typedef uint64_t u64;
typedef int8_t s8;
typedef int16_t s16;
typedef int32_t s32;
typedef int64_t s64;

/* glibc's <sys/cdefs.h> has it; other C libraries may not */
#ifndef __always_inline
#define __always_inline inline __attribute__((__always_inline__))
#endif
#ifndef likely
#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
#endif
#ifndef ARRAY_SIZE
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#endif
#define min_t(type, a, b) ((type)(a) < (type)(b) ? (type)(a) : (type)(b))
#define max_t(type, a, b) ((type)(a) > (type)(b) ? (type)(a) : (type)(b))
#define BUILD_BUG_ON(cond) _Static_assert(!(cond), #cond)
#define fallthrough __attribute__((__fallthrough__))
/* a core shared by several modules exports its functions */
#define EXPORT_SYMBOL_GPL(sym) _Static_assert(1, #sym)
#ifdef NFH_DEBUG
#include <stdio.h>
#define pr_debug(...) fprintf(stderr, __VA_ARGS__)
#else
#define pr_debug(...) do { } while (0)
#endif

#endif /* __KERNEL__ */

/* Locale-free ASCII helpers: identical in both environments. */
static inline bool nfh_isdigit(u8 c)
{
	return c >= '0' && c <= '9';
}

static inline u8 nfh_tolower(u8 c)
{
	return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}

static inline int nfh_hexval(u8 c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	/* bit 5 lowercases 'A'-'F' and maps no other byte into 'a'-'f' */
	c |= 0x20;
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* Octets of an address of @family (AF_INET or AF_INET6). */
static inline unsigned int nfh_addr_len(unsigned int family)
{
	return family == AF_INET6 ? 16 : 4;
}

/* Is TCP sequence number @a after @b (modulo 2^32)? */
static inline bool nfh_seq_after(u32 a, u32 b)
{
	return (s32)(a - b) > 0;
}

#endif /* _NFH_ENV_H */
