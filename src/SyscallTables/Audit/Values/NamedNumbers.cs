using System;
using System.Buffers;

namespace SyscallTables.Audit.Values;

/// <summary>
/// Numbers that stand for a name: results, signals, rule lists, netfilter families, ICMP types, IP protocols,
/// personalities, seccomp actions, mmap flags. Where a number has no name, the text is ausearch's
/// (<c>unknown-signal(64)</c>), so the two outputs stay comparable.
/// </summary>
internal static class NamedNumbers
{
    /// <summary><c>res=1</c> / <c>result=0</c> as <c>yes</c> / <c>no</c>; words (<c>res=success</c>) stay as written.</summary>
    public static OperationStatus WriteResult(AuditField field, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (field.IsQuoted || !ValueNumbers.TryParseDecimal(field.Value, out ulong number))
        {
            return OperationStatus.InvalidData;
        }

        return Write(number switch { 0 => "no"u8, 1 => "yes"u8, _ => "unset"u8 }, destination, out bytesWritten);
    }

    /// <summary>A network interface's promiscuous flag (ANOM_PROMISCUOUS): any non-zero value is <c>yes</c>.</summary>
    public static OperationStatus WritePromiscuous(AuditField field, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (field.IsQuoted || !ValueNumbers.TryParseDecimal(field.Value, out ulong number))
        {
            return OperationStatus.InvalidData;
        }

        return Write(number == 0 ? "no"u8 : "yes"u8, destination, out bytesWritten);
    }

    /// <summary>Signal numbers of include/uapi/asm-generic/signal.h (x86 and arm64 share them); 0 is ausearch's <c>SIG0</c>.</summary>
    public static OperationStatus WriteSignal(AuditField field, Span<byte> destination, out int bytesWritten) =>
        WriteDecimalName(field, "unknown-signal("u8, static n => n switch
        {
            0 => "SIG0"u8,
            1 => "SIGHUP"u8,
            2 => "SIGINT"u8,
            3 => "SIGQUIT"u8,
            4 => "SIGILL"u8,
            5 => "SIGTRAP"u8,
            6 => "SIGABRT"u8,
            7 => "SIGBUS"u8,
            8 => "SIGFPE"u8,
            9 => "SIGKILL"u8,
            10 => "SIGUSR1"u8,
            11 => "SIGSEGV"u8,
            12 => "SIGUSR2"u8,
            13 => "SIGPIPE"u8,
            14 => "SIGALRM"u8,
            15 => "SIGTERM"u8,
            16 => "SIGSTKFLT"u8,
            17 => "SIGCHLD"u8,
            18 => "SIGCONT"u8,
            19 => "SIGSTOP"u8,
            20 => "SIGTSTP"u8,
            21 => "SIGTTIN"u8,
            22 => "SIGTTOU"u8,
            23 => "SIGURG"u8,
            24 => "SIGXCPU"u8,
            25 => "SIGXFSZ"u8,
            26 => "SIGVTALRM"u8,
            27 => "SIGPROF"u8,
            28 => "SIGWINCH"u8,
            29 => "SIGIO"u8,
            30 => "SIGPWR"u8,
            31 => "SIGSYS"u8,
            _ => default,
        }, destination, out bytesWritten);

    /// <summary>
    /// The filter list of a rule change (CONFIG_CHANGE): AUDIT_FILTER_* of include/uapi/linux/audit.h. ausearch
    /// names only the lists auditctl still accepts (not the retired entry and watch lists, nor io_uring's 7).
    /// </summary>
    public static OperationStatus WriteRuleList(AuditField field, Span<byte> destination, out int bytesWritten) =>
        WriteDecimalName(field, "unknown-list("u8, static n => n switch
        {
            0 => "user"u8,
            1 => "task"u8,
            4 => "exit"u8,
            5 => "exclude"u8,
            6 => "filesystem"u8,
            _ => default,
        }, destination, out bytesWritten);

    /// <summary>The netfilter family of a NETFILTER_CFG record: NFPROTO_* of include/uapi/linux/netfilter.h.</summary>
    public static OperationStatus WriteNetfilterFamily(AuditField field, Span<byte> destination, out int bytesWritten) =>
        WriteDecimalName(field, "unknown-netfilter-protocol("u8, static n => n switch
        {
            0 => "unspecified"u8,
            1 => "inet"u8,
            2 => "ipv4"u8,
            3 => "arp"u8,
            5 => "netdev"u8,
            7 => "bridge"u8,
            10 => "ipv6"u8,
            12 => "decnet"u8,
            _ => default,
        }, destination, out bytesWritten);

    /// <summary>ICMP message types of include/uapi/linux/icmp.h, in ausearch's (iptables') spelling.</summary>
    public static OperationStatus WriteIcmpType(AuditField field, Span<byte> destination, out int bytesWritten) =>
        WriteDecimalName(field, "unknown-icmp-type("u8, static n => n switch
        {
            0 => "echo-reply"u8,
            3 => "destination-unreachable"u8,
            4 => "source-quench"u8,
            5 => "redirect"u8,
            8 => "echo"u8,
            11 => "time-exceeded"u8,
            12 => "parameter-problem"u8,
            13 => "timestamp-request"u8,
            14 => "timestamp-reply"u8,
            15 => "info-request"u8,
            16 => "info-reply"u8,
            17 => "address-mask-request"u8,
            18 => "address-mask-reply"u8,
            _ => default,
        }, destination, out bytesWritten);

    /// <summary>
    /// IP protocol numbers (IANA's registry) with the names of netbase's /etc/protocols, which ausearch reads through
    /// getprotobynumber(3); a number the file lacks is ausearch's <c>undefined protocol</c>.
    /// </summary>
    public static OperationStatus WriteProtocol(AuditField field, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (field.IsQuoted || !ValueNumbers.TryParseDecimal(field.Value, out ulong number))
        {
            return OperationStatus.InvalidData;
        }

        ReadOnlySpan<byte> name = number switch
        {
            0 => "ip"u8,
            1 => "icmp"u8,
            2 => "igmp"u8,
            4 => "ipencap"u8,
            6 => "tcp"u8,
            17 => "udp"u8,
            33 => "dccp"u8,
            41 => "ipv6"u8,
            43 => "ipv6-route"u8,
            44 => "ipv6-frag"u8,
            46 => "rsvp"u8,
            47 => "gre"u8,
            50 => "esp"u8,
            51 => "ah"u8,
            58 => "ipv6-icmp"u8,
            59 => "ipv6-nonxt"u8,
            60 => "ipv6-opts"u8,
            89 => "ospf"u8,
            94 => "ipip"u8,
            103 => "pim"u8,
            108 => "ipcomp"u8,
            112 => "vrrp"u8,
            115 => "l2tp"u8,
            132 => "sctp"u8,
            136 => "udplite"u8,
            137 => "mpls-in-ip"u8,
            143 => "ethernet"u8,
            262 => "mptcp"u8,
            _ => "undefined protocol"u8,
        };
        return Write(name, destination, out bytesWritten);
    }

    /// <summary>
    /// A process personality (hex), named by its low byte (PER_MASK) as ausearch does: the PER_* values of
    /// include/uapi/linux/personality.h that carry no flag bits (PER_LINUX, PER_BSD, PER_LINUX32, PER_RISCOS, PER_OSF4,
    /// PER_HPUX), with <c>|~ADDR_NO_RANDOMIZE</c> when address randomisation is off; ausearch's
    /// <c>unknown-personality(0x...)</c> otherwise.
    /// </summary>
    public static OperationStatus WritePersonality(AuditField field, Span<byte> destination, out int bytesWritten)
    {
        const ulong PersonalityMask = 0xFF;          // PER_MASK
        const ulong NoRandomize = 0x0040000;         // ADDR_NO_RANDOMIZE
        bytesWritten = 0;
        if (field.IsQuoted || !ValueNumbers.TryParseHex(field.Value, out ulong personality))
        {
            return OperationStatus.InvalidData;
        }

        ReadOnlySpan<byte> name = (personality & PersonalityMask) switch
        {
            0x00 => "PER_LINUX"u8,
            0x06 => "PER_BSD"u8,
            0x08 => "PER_LINUX32"u8,
            0x0C => "PER_RISCOS"u8,
            0x0F => "PER_OSF4"u8,
            0x10 => "PER_HPUX"u8,
            _ => default,
        };
        var text = new ValueText(destination);
        if (name.IsEmpty)
        {
            text.Append("unknown-personality(0x"u8);
            text.Append(field.Value);
            text.Append((byte)')');
            return text.Finish(out bytesWritten);
        }

        text.Append(name);
        if ((personality & NoRandomize) != 0)
        {
            text.Append("|~ADDR_NO_RANDOMIZE"u8);
        }

        return text.Finish(out bytesWritten);
    }

    /// <summary>
    /// The action of a seccomp filter's verdict (SECCOMP record <c>code=</c>): SECCOMP_RET_* of
    /// include/uapi/linux/seccomp.h, taken from the action bits the way ausearch does (kill covers both kill actions).
    /// </summary>
    public static OperationStatus WriteSeccompAction(AuditField field, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (field.IsQuoted || !ValueNumbers.TryParseHex(field.Value, out ulong code) || code > uint.MaxValue)
        {
            return OperationStatus.InvalidData;
        }

        ReadOnlySpan<byte> name = (code & 0x7FFF0000) switch
        {
            0x00000000 => "kill"u8,       // SECCOMP_RET_KILL_THREAD (and KILL_PROCESS, 0x80000000)
            0x00030000 => "trap"u8,       // SECCOMP_RET_TRAP
            0x00050000 => "errno"u8,      // SECCOMP_RET_ERRNO
            0x7FF00000 => "trace"u8,      // SECCOMP_RET_TRACE
            0x7FFC0000 => "log"u8,        // SECCOMP_RET_LOG
            0x7FFF0000 => "allow"u8,      // SECCOMP_RET_ALLOW
            _ => default,
        };
        var text = new ValueText(destination);
        if (name.IsEmpty)
        {
            text.Append("unknown-seccomp-code("u8);
            text.Append(field.Value);
            text.Append((byte)')');
        }
        else
        {
            text.Append(name);
        }

        return text.Finish(out bytesWritten);
    }

    /// <summary>
    /// The flags of an MMAP record (hex): MAP_* of include/uapi/asm-generic/mman-common.h and the x86 mman.h, joined by
    /// <c>|</c>, led by ausearch's <c>MAP_FILE</c> when neither shared nor private is set.
    /// </summary>
    public static OperationStatus WriteMmapFlags(AuditField field, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (field.IsQuoted || !ValueNumbers.TryParseHex(field.Value, out ulong flags))
        {
            return OperationStatus.InvalidData;
        }

        var text = new ValueText(destination);
        bool first = true;
        if ((flags & 0x0F) == 0)
        {
            text.Append("MAP_FILE"u8);
            first = false;
        }

        for (ulong bit = 1; bit <= 0x4000000; bit <<= 1)
        {
            ReadOnlySpan<byte> name = (flags & bit) == 0 ? default : bit switch
            {
                0x00001 => "MAP_SHARED"u8,
                0x00002 => "MAP_PRIVATE"u8,
                0x00010 => "MAP_FIXED"u8,
                0x00020 => "MAP_ANONYMOUS"u8,
                0x00040 => "MAP_32BIT"u8,
                0x00100 => "MAP_GROWSDOWN"u8,
                0x00800 => "MAP_DENYWRITE"u8,
                0x01000 => "MAP_EXECUTABLE"u8,
                0x02000 => "MAP_LOCKED"u8,
                0x04000 => "MAP_NORESERVE"u8,
                0x08000 => "MAP_POPULATE"u8,
                0x10000 => "MAP_NONBLOCK"u8,
                0x20000 => "MAP_STACK"u8,
                0x40000 => "MAP_HUGETLB"u8,
                0x80000 => "MAP_SYNC"u8,
                0x100000 => "MAP_FIXED_NOREPLACE"u8,
                0x4000000 => "MAP_UNINITIALIZED"u8,
                _ => default,
            };
            if (name.IsEmpty)
            {
                continue;
            }

            if (!first)
            {
                text.Append((byte)'|');
            }

            text.Append(name);
            first = false;
        }

        if (first)
        {
            text.Append("0x"u8);
            text.Append(field.Value);
        }

        return text.Finish(out bytesWritten);
    }

    private static OperationStatus WriteDecimalName(AuditField field, ReadOnlySpan<byte> unknownPrefix,
        Func<ulong, ReadOnlySpan<byte>> names, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (field.IsQuoted || !ValueNumbers.TryParseDecimal(field.Value, out ulong number))
        {
            return OperationStatus.InvalidData;
        }

        var text = new ValueText(destination);
        ReadOnlySpan<byte> name = names(number);
        if (name.IsEmpty)
        {
            text.Append(unknownPrefix);
            text.AppendDecimal(number);
            text.Append((byte)')');
        }
        else
        {
            text.Append(name);
        }

        return text.Finish(out bytesWritten);
    }

    private static OperationStatus Write(ReadOnlySpan<byte> name, Span<byte> destination, out int bytesWritten)
    {
        var text = new ValueText(destination);
        text.Append(name);
        return text.Finish(out bytesWritten);
    }
}
