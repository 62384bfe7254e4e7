/*
 * arguments/generic/linux-in.h: the #define and #include <...> lines of a Linux header, copied
 * verbatim (with their trailing comments and continuation lines) from the kernel
 * source. Everything else in the original (include guard, #ifndef/#endif, enums,
 * structs, free-standing comments) is left out, and this header is ours.
 *
 * Source file:    include/uapi/linux/in.h
 * Kernel version: 6.12.117
 * Source package: linux-source-6.12 6.12.117-1~deb12u1 (Debian package)
 * Source date:    2026-11-10 (modification time of the source file)
 * Source licence: GPL-2.0+ WITH Linux-syscall-note (SPDX tag of the source file)
 * Defines:        126
 *
 * Do not edit; regenerate with tables/import.
 */
#include <linux/types.h>
#include <linux/stddef.h>
#include <linux/libc-compat.h>
#include <linux/socket.h>
#define IPPROTO_IP		IPPROTO_IP
#define IPPROTO_ICMP		IPPROTO_ICMP
#define IPPROTO_IGMP		IPPROTO_IGMP
#define IPPROTO_IPIP		IPPROTO_IPIP
#define IPPROTO_TCP		IPPROTO_TCP
#define IPPROTO_EGP		IPPROTO_EGP
#define IPPROTO_PUP		IPPROTO_PUP
#define IPPROTO_UDP		IPPROTO_UDP
#define IPPROTO_IDP		IPPROTO_IDP
#define IPPROTO_TP		IPPROTO_TP
#define IPPROTO_DCCP		IPPROTO_DCCP
#define IPPROTO_IPV6		IPPROTO_IPV6
#define IPPROTO_RSVP		IPPROTO_RSVP
#define IPPROTO_GRE		IPPROTO_GRE
#define IPPROTO_ESP		IPPROTO_ESP
#define IPPROTO_AH		IPPROTO_AH
#define IPPROTO_MTP		IPPROTO_MTP
#define IPPROTO_BEETPH		IPPROTO_BEETPH
#define IPPROTO_ENCAP		IPPROTO_ENCAP
#define IPPROTO_PIM		IPPROTO_PIM
#define IPPROTO_COMP		IPPROTO_COMP
#define IPPROTO_L2TP		IPPROTO_L2TP
#define IPPROTO_SCTP		IPPROTO_SCTP
#define IPPROTO_UDPLITE		IPPROTO_UDPLITE
#define IPPROTO_MPLS		IPPROTO_MPLS
#define IPPROTO_ETHERNET	IPPROTO_ETHERNET
#define IPPROTO_RAW		IPPROTO_RAW
#define IPPROTO_SMC		IPPROTO_SMC
#define IPPROTO_MPTCP		IPPROTO_MPTCP
#define IP_TOS		1
#define IP_TTL		2
#define IP_HDRINCL	3
#define IP_OPTIONS	4
#define IP_ROUTER_ALERT	5
#define IP_RECVOPTS	6
#define IP_RETOPTS	7
#define IP_PKTINFO	8
#define IP_PKTOPTIONS	9
#define IP_MTU_DISCOVER	10
#define IP_RECVERR	11
#define IP_RECVTTL	12
#define	IP_RECVTOS	13
#define IP_MTU		14
#define IP_FREEBIND	15
#define IP_IPSEC_POLICY	16
#define IP_XFRM_POLICY	17
#define IP_PASSSEC	18
#define IP_TRANSPARENT	19
#define IP_RECVRETOPTS	IP_RETOPTS
#define IP_ORIGDSTADDR       20
#define IP_RECVORIGDSTADDR   IP_ORIGDSTADDR
#define IP_MINTTL       21
#define IP_NODEFRAG     22
#define IP_CHECKSUM	23
#define IP_BIND_ADDRESS_NO_PORT	24
#define IP_RECVFRAGSIZE	25
#define IP_RECVERR_RFC4884	26
#define IP_PMTUDISC_DONT		0	/* Never send DF frames */
#define IP_PMTUDISC_WANT		1	/* Use per route hints	*/
#define IP_PMTUDISC_DO			2	/* Always DF		*/
#define IP_PMTUDISC_PROBE		3       /* Ignore dst pmtu      */
#define IP_PMTUDISC_INTERFACE		4
#define IP_PMTUDISC_OMIT		5
#define IP_MULTICAST_IF			32
#define IP_MULTICAST_TTL 		33
#define IP_MULTICAST_LOOP 		34
#define IP_ADD_MEMBERSHIP		35
#define IP_DROP_MEMBERSHIP		36
#define IP_UNBLOCK_SOURCE		37
#define IP_BLOCK_SOURCE			38
#define IP_ADD_SOURCE_MEMBERSHIP	39
#define IP_DROP_SOURCE_MEMBERSHIP	40
#define IP_MSFILTER			41
#define MCAST_JOIN_GROUP		42
#define MCAST_BLOCK_SOURCE		43
#define MCAST_UNBLOCK_SOURCE		44
#define MCAST_LEAVE_GROUP		45
#define MCAST_JOIN_SOURCE_GROUP		46
#define MCAST_LEAVE_SOURCE_GROUP	47
#define MCAST_MSFILTER			48
#define IP_MULTICAST_ALL		49
#define IP_UNICAST_IF			50
#define IP_LOCAL_PORT_RANGE		51
#define IP_PROTOCOL			52
#define MCAST_EXCLUDE	0
#define MCAST_INCLUDE	1
#define IP_DEFAULT_MULTICAST_TTL        1
#define IP_DEFAULT_MULTICAST_LOOP       1
#define IP_MSFILTER_SIZE(numsrc) \
	(sizeof(struct ip_msfilter) - sizeof(__u32) \
	+ (numsrc) * sizeof(__u32))
#define GROUP_FILTER_SIZE(numsrc) \
	(sizeof(struct group_filter) - sizeof(struct __kernel_sockaddr_storage) \
	+ (numsrc) * sizeof(struct __kernel_sockaddr_storage))
#define __SOCK_SIZE__	16		/* sizeof(struct sockaddr)	*/
#define sin_zero	__pad		/* for BSD UNIX comp. -FvK	*/
#define	IN_CLASSA(a)		((((long int) (a)) & 0x80000000) == 0)
#define	IN_CLASSA_NET		0xff000000
#define	IN_CLASSA_NSHIFT	24
#define	IN_CLASSA_HOST		(0xffffffff & ~IN_CLASSA_NET)
#define	IN_CLASSA_MAX		128
#define	IN_CLASSB(a)		((((long int) (a)) & 0xc0000000) == 0x80000000)
#define	IN_CLASSB_NET		0xffff0000
#define	IN_CLASSB_NSHIFT	16
#define	IN_CLASSB_HOST		(0xffffffff & ~IN_CLASSB_NET)
#define	IN_CLASSB_MAX		65536
#define	IN_CLASSC(a)		((((long int) (a)) & 0xe0000000) == 0xc0000000)
#define	IN_CLASSC_NET		0xffffff00
#define	IN_CLASSC_NSHIFT	8
#define	IN_CLASSC_HOST		(0xffffffff & ~IN_CLASSC_NET)
#define	IN_CLASSD(a)		((((long int) (a)) & 0xf0000000) == 0xe0000000)
#define	IN_MULTICAST(a)		IN_CLASSD(a)
#define	IN_MULTICAST_NET	0xe0000000
#define	IN_BADCLASS(a)		(((long int) (a) ) == (long int)0xffffffff)
#define	IN_EXPERIMENTAL(a)	IN_BADCLASS((a))
#define	IN_CLASSE(a)		((((long int) (a)) & 0xf0000000) == 0xf0000000)
#define	IN_CLASSE_NET		0xffffffff
#define	IN_CLASSE_NSHIFT	0
#define	INADDR_ANY		((unsigned long int) 0x00000000)
#define	INADDR_BROADCAST	((unsigned long int) 0xffffffff)
#define	INADDR_NONE		((unsigned long int) 0xffffffff)
#define	INADDR_DUMMY		((unsigned long int) 0xc0000008)
#define	IN_LOOPBACKNET		127
#define	INADDR_LOOPBACK		0x7f000001	/* 127.0.0.1   */
#define	IN_LOOPBACK(a)		((((long int) (a)) & 0xff000000) == 0x7f000000)
#define INADDR_UNSPEC_GROUP		0xe0000000U	/* 224.0.0.0   */
#define INADDR_ALLHOSTS_GROUP		0xe0000001U	/* 224.0.0.1   */
#define INADDR_ALLRTRS_GROUP		0xe0000002U	/* 224.0.0.2 */
#define INADDR_ALLSNOOPERS_GROUP	0xe000006aU	/* 224.0.0.106 */
#define INADDR_MAX_LOCAL_GROUP		0xe00000ffU	/* 224.0.0.255 */
#include <asm/byteorder.h> 
