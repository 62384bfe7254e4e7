/*
 * errno/powerpc/asm-errno.h: the #define and #include <...> lines of a Linux header, copied
 * verbatim (with their trailing comments and continuation lines) from the kernel
 * source. Everything else in the original (include guard, #ifndef/#endif, enums,
 * structs, free-standing comments) is left out, and this header is ours.
 *
 * Source file:    arch/powerpc/include/uapi/asm/errno.h
 * Kernel version: 6.12.117
 * Source package: linux-source-6.12 6.12.117-1~deb12u1 (Debian package)
 * Source date:    2026-11-10 (modification time of the source file)
 * Source licence: GPL-2.0 WITH Linux-syscall-note (SPDX tag of the source file)
 * Defines:        1
 *
 * Do not edit; regenerate with tables/import.
 */
#include <asm-generic/errno.h>
#define	EDEADLOCK	58	/* File locking deadlock error */
