/*
 * arguments/generic/asm-generic-resource.h: the #define and #include <...> lines of a Linux header, copied
 * verbatim (with their trailing comments and continuation lines) from the kernel
 * source. Everything else in the original (include guard, #ifndef/#endif, enums,
 * structs, free-standing comments) is left out, and this header is ours.
 *
 * Source file:    include/uapi/asm-generic/resource.h
 * Kernel version: 6.12.117
 * Source package: linux-source-6.12 6.12.117-1~deb12u1 (Debian package)
 * Source date:    2026-11-10 (modification time of the source file)
 * Source licence: GPL-2.0 WITH Linux-syscall-note (SPDX tag of the source file)
 * Defines:        18
 *
 * Do not edit; regenerate with tables/import.
 */
#define RLIMIT_CPU		0	/* CPU time in sec */
#define RLIMIT_FSIZE		1	/* Maximum filesize */
#define RLIMIT_DATA		2	/* max data size */
#define RLIMIT_STACK		3	/* max stack size */
#define RLIMIT_CORE		4	/* max core file size */
# define RLIMIT_RSS		5	/* max resident set size */
# define RLIMIT_NPROC		6	/* max number of processes */
# define RLIMIT_NOFILE		7	/* max number of open files */
# define RLIMIT_MEMLOCK		8	/* max locked-in-memory address space */
# define RLIMIT_AS		9	/* address space limit */
#define RLIMIT_LOCKS		10	/* maximum file locks held */
#define RLIMIT_SIGPENDING	11	/* max number of pending signals */
#define RLIMIT_MSGQUEUE		12	/* maximum bytes in POSIX mqueues */
#define RLIMIT_NICE		13	/* max nice prio allowed to raise to
					   0-39 for nice level 19 .. -20 */
#define RLIMIT_RTPRIO		14	/* maximum realtime priority */
#define RLIMIT_RTTIME		15	/* timeout for RT tasks in us */
#define RLIM_NLIMITS		16
# define RLIM_INFINITY		(~0UL)
