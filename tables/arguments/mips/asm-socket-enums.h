/*
 * arguments/mips/asm-socket-enums.h: the enum members of a Linux header, each written as
 * "#define NAME VALUE" (the kernel defines these constants in enums, not with
 * #define); a member without a value is written as the previous member + 1.
 * Everything else in the original is left out, and this header is ours.
 *
 * Source file:    arch/mips/include/asm/socket.h
 * Kernel version: 6.12.117
 * Source package: linux-source-6.12 6.12.117-1~deb12u1 (Debian package)
 * Source date:    2026-11-10 (modification time of the source file)
 * Source licence: not stated (SPDX tag of the source file)
 * Defines:        7
 *
 * Do not edit; regenerate with tables/import.
 */
#define SOCK_DGRAM 1
#define SOCK_STREAM 2
#define SOCK_RAW 3
#define SOCK_RDM 4
#define SOCK_SEQPACKET 5
#define SOCK_DCCP 6
#define SOCK_PACKET 10
