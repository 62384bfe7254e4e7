/*
 * arguments/powerpc/asm-ioctl.h: the #define and #include <...> lines of a Linux header, copied
 * verbatim (with their trailing comments and continuation lines) from the kernel
 * source. Everything else in the original (include guard, #ifndef/#endif, enums,
 * structs, free-standing comments) is left out, and this header is ours.
 *
 * Source file:    arch/powerpc/include/uapi/asm/ioctl.h
 * Kernel version: 6.12.117
 * Source package: linux-source-6.12 6.12.117-1~deb12u1 (Debian package)
 * Source date:    2026-11-10 (modification time of the source file)
 * Source licence: GPL-2.0 WITH Linux-syscall-note (SPDX tag of the source file)
 * Defines:        5
 *
 * Do not edit; regenerate with tables/import.
 */
#define _IOC_SIZEBITS	13
#define _IOC_DIRBITS	3
#define _IOC_NONE	1U
#define _IOC_READ	2U
#define _IOC_WRITE	4U
#include <asm-generic/ioctl.h>
