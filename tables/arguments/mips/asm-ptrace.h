/*
 * arguments/mips/asm-ptrace.h: the #define and #include <...> lines of a Linux header, copied
 * verbatim (with their trailing comments and continuation lines) from the kernel
 * source. Everything else in the original (include guard, #ifndef/#endif, enums,
 * structs, free-standing comments) is left out, and this header is ours.
 *
 * Source file:    arch/mips/include/uapi/asm/ptrace.h
 * Kernel version: 6.12.117
 * Source package: linux-source-6.12 6.12.117-1~deb12u1 (Debian package)
 * Source date:    2026-11-10 (modification time of the source file)
 * Source licence: GPL-2.0 WITH Linux-syscall-note (SPDX tag of the source file)
 * Defines:        25
 *
 * Do not edit; regenerate with tables/import.
 */
#include <linux/types.h>
#define FPR_BASE	32
#define PC		64
#define CAUSE		65
#define BADVADDR	66
#define MMHI		67
#define MMLO		68
#define FPC_CSR		69
#define FPC_EIR		70
#define DSP_BASE	71		/* 3 more hi / lo register pairs */
#define DSP_CONTROL	77
#define ACX		78
#define PTRACE_GETREGS		12
#define PTRACE_SETREGS		13
#define PTRACE_GETFPREGS		14
#define PTRACE_SETFPREGS		15
#define PTRACE_OLDSETOPTIONS	21
#define PTRACE_GET_THREAD_AREA	25
#define PTRACE_SET_THREAD_AREA	26
#define PTRACE_PEEKTEXT_3264	0xc0
#define PTRACE_PEEKDATA_3264	0xc1
#define PTRACE_POKETEXT_3264	0xc2
#define PTRACE_POKEDATA_3264	0xc3
#define PTRACE_GET_THREAD_AREA_3264	0xc4
#define PTRACE_GET_WATCH_REGS	0xd0
#define PTRACE_SET_WATCH_REGS	0xd1
