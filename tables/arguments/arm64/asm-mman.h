/*
 * arguments/arm64/asm-mman.h: the #define and #include <...> lines of a Linux header, copied
 * verbatim (with their trailing comments and continuation lines) from the kernel
 * source. Everything else in the original (include guard, #ifndef/#endif, enums,
 * structs, free-standing comments) is left out, and this header is ours.
 *
 * Source file:    arch/arm64/include/uapi/asm/mman.h
 * Kernel version: 6.12.117
 * Source package: linux-source-6.12 6.12.117-1~deb12u1 (Debian package)
 * Source date:    2026-11-10 (modification time of the source file)
 * Source licence: GPL-2.0 WITH Linux-syscall-note (SPDX tag of the source file)
 * Defines:        5
 *
 * Do not edit; regenerate with tables/import.
 */
#include <asm-generic/mman.h>
#define PROT_BTI	0x10		/* BTI guarded page */
#define PROT_MTE	0x20		/* Normal Tagged mapping */
#define PKEY_DISABLE_EXECUTE	0x4
#define PKEY_DISABLE_READ	0x8
#define PKEY_ACCESS_MASK       (PKEY_DISABLE_ACCESS |\
				PKEY_DISABLE_WRITE  |\
				PKEY_DISABLE_READ   |\
				PKEY_DISABLE_EXECUTE)
