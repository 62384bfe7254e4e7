/*
 * arguments/generic/linux-netfilter-enums.h: the enum members of a Linux header, each written as
 * "#define NAME VALUE" (the kernel defines these constants in enums, not with
 * #define); a member without a value is written as the previous member + 1.
 * Everything else in the original is left out, and this header is ours.
 *
 * Source file:    include/uapi/linux/netfilter.h
 * Kernel version: 6.12.117
 * Source package: linux-source-6.12 6.12.117-1~deb12u1 (Debian package)
 * Source date:    2026-11-10 (modification time of the source file)
 * Source licence: GPL-2.0 WITH Linux-syscall-note (SPDX tag of the source file)
 * Defines:        19
 *
 * Do not edit; regenerate with tables/import.
 */
#define NF_INET_PRE_ROUTING 0
#define NF_INET_LOCAL_IN (NF_INET_PRE_ROUTING + 1)
#define NF_INET_FORWARD (NF_INET_LOCAL_IN + 1)
#define NF_INET_LOCAL_OUT (NF_INET_FORWARD + 1)
#define NF_INET_POST_ROUTING (NF_INET_LOCAL_OUT + 1)
#define NF_INET_NUMHOOKS (NF_INET_POST_ROUTING + 1)
#define NF_INET_INGRESS NF_INET_NUMHOOKS
#define NF_NETDEV_INGRESS 0
#define NF_NETDEV_EGRESS (NF_NETDEV_INGRESS + 1)
#define NF_NETDEV_NUMHOOKS (NF_NETDEV_EGRESS + 1)
#define NFPROTO_UNSPEC 0
#define NFPROTO_INET 1
#define NFPROTO_IPV4 2
#define NFPROTO_ARP 3
#define NFPROTO_NETDEV 5
#define NFPROTO_BRIDGE 7
#define NFPROTO_IPV6 10
#define NFPROTO_DECNET 12
#define NFPROTO_NUMPROTO (NFPROTO_DECNET + 1)
