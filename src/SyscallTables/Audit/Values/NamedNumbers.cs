using System;
using System.Buffers;
using SyscallTables.Audit.Arguments;

namespace SyscallTables.Audit.Values;

/// <summary>
/// Numbers that stand for a name: results, signals, rule lists, netfilter families, ICMP types, IP protocols,
/// personalities, seccomp actions, mmap flags. Every name a kernel header defines is looked up in the generated
/// ArgumentConstants for the event's arch (tables/argument-names.txt); only yes/no words and netbase-only protocol
/// names are written here. Where a number has no name, the text is ausearch's
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

    /// <summary>
    /// A signal number (<c>sig=</c>), named from the signal.h of the event's arch (ArgumentConstants.Signal, the table
    /// kill(2)'s argument uses); 0 is ausearch's <c>SIG0</c>, as no header names it.
    /// </summary>
    public static OperationStatus WriteSignal(AuditArch arch, AuditField field, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (field.IsQuoted || !ValueNumbers.TryParseDecimal(field.Value, out ulong number))
        {
            return OperationStatus.InvalidData;
        }

        int found = number is > 0 and < 32 ? ArgumentConstants.IndexOf(ArgumentConstants.Signal.Values(ArgumentConstants.ForRecord(arch)), (uint)number) : -1;
        ReadOnlySpan<byte> name = number == 0 ? "SIG0"u8 : found < 0 ? default : ArgumentConstants.Signal.Text(found);
        return WriteName(name, number, "unknown-signal("u8, destination, out bytesWritten);
    }

    /// <summary>
    /// The filter list of a rule change (CONFIG_CHANGE): AUDIT_FILTER_* of audit.h (ArgumentConstants.RuleList), only
    /// the lists ausearch names (not the retired entry and watch lists, nor io_uring's).
    /// </summary>
    public static OperationStatus WriteRuleList(AuditArch arch, AuditField field, Span<byte> destination, out int bytesWritten) =>
        WriteDecimalName(field, ArgumentConstants.RuleList.Values(ArgumentConstants.ForRecord(arch)), ArgumentConstants.RuleList.Text,
            "unknown-list("u8, destination, out bytesWritten);

    /// <summary>The netfilter family of a NETFILTER_CFG record: NFPROTO_* of netfilter.h (ArgumentConstants.NetfilterFamily).</summary>
    public static OperationStatus WriteNetfilterFamily(AuditArch arch, AuditField field, Span<byte> destination, out int bytesWritten) =>
        WriteDecimalName(field, ArgumentConstants.NetfilterFamily.Values(ArgumentConstants.ForRecord(arch)), ArgumentConstants.NetfilterFamily.Text,
            "unknown-netfilter-protocol("u8, destination, out bytesWritten);

    /// <summary>ICMP message types of icmp.h (ArgumentConstants.IcmpType), in ausearch's (iptables') spelling.</summary>
    public static OperationStatus WriteIcmpType(AuditArch arch, AuditField field, Span<byte> destination, out int bytesWritten) =>
        WriteDecimalName(field, ArgumentConstants.IcmpType.Values(ArgumentConstants.ForRecord(arch)), ArgumentConstants.IcmpType.Text,
            "unknown-icmp-type("u8, destination, out bytesWritten);

    /// <summary>
    /// An IP protocol number, by the IPPROTO_* of the kernel's in.h and in6.h (ArgumentConstants.Protocol, the table
    /// socket(2)'s protocol uses) in netbase's /etc/protocols spelling, which ausearch reads through getprotobynumber(3);
    /// a number neither knows is ausearch's <c>undefined protocol</c>.
    /// </summary>
    public static OperationStatus WriteProtocol(AuditArch arch, AuditField field, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (field.IsQuoted || !ValueNumbers.TryParseDecimal(field.Value, out ulong number))
        {
            return OperationStatus.InvalidData;
        }

        int found = number <= uint.MaxValue ? ArgumentConstants.IndexOf(ArgumentConstants.Protocol.Values(ArgumentConstants.ForRecord(arch)), (uint)number) : -1;
        ReadOnlySpan<byte> name = found >= 0 ? ArgumentConstants.Protocol.Text(found) : number switch
        {
            // Protocols netbase names that no kernel header defines a constant for (94 is the kernel's
            // IPPROTO_BEETPH, but /etc/protocols calls it ipip, and so does ausearch).
            89 => "ospf"u8,
            94 => "ipip"u8,
            112 => "vrrp"u8,
            _ => "undefined protocol"u8,
        };
        return Write(name, destination, out bytesWritten);
    }

    /// <summary>
    /// A process personality (hex), named by its low byte (PER_MASK) as ausearch does: the personality.h constants
    /// (ArgumentConstants.Personality, the table personality(2)'s argument uses) whose value is that byte alone, so
    /// personas that carry flag bits never match; <c>|~ADDR_NO_RANDOMIZE</c> when address randomisation is off;
    /// ausearch's <c>unknown-personality(0x...)</c> otherwise.
    /// </summary>
    public static OperationStatus WritePersonality(AuditArch arch, AuditField field, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (field.IsQuoted || !ValueNumbers.TryParseHex(field.Value, out ulong personality))
        {
            return OperationStatus.InvalidData;
        }

        ReadOnlySpan<ulong> values = ArgumentConstants.Personality.Values(ArgumentConstants.ForRecord(arch));
        ulong persona = personality & ArgumentConstants.ValueAt(values, ArgumentConstants.Personality.PER_MASK);
        int found = ArgumentConstants.IndexOf(values[..ArgumentConstants.Personality.ADDR_NO_RANDOMIZE], (uint)persona);
        var text = new InterpretedText(destination);
        if (found < 0)
        {
            text.Append("unknown-personality(0x"u8);
            text.Append(field.Value);
            text.Append((byte)')');
            return text.Finish(out bytesWritten);
        }

        text.Append(ArgumentConstants.Personality.Text(found));
        ulong noRandomize = ArgumentConstants.ValueAt(values, ArgumentConstants.Personality.ADDR_NO_RANDOMIZE);
        if (noRandomize != ArgumentConstants.Absent && (personality & noRandomize) != 0)
        {
            text.Append((byte)'|');
            text.Append(ArgumentConstants.Personality.Text(ArgumentConstants.Personality.ADDR_NO_RANDOMIZE));
        }

        return text.Finish(out bytesWritten);
    }

    /// <summary>
    /// The action of a seccomp filter's verdict (SECCOMP record <c>code=</c>): SECCOMP_RET_* of seccomp.h
    /// (ArgumentConstants.SeccompAction), taken from the bits of SECCOMP_RET_ACTION as ausearch does, so kill covers
    /// both kill actions.
    /// </summary>
    public static OperationStatus WriteSeccompAction(AuditArch arch, AuditField field, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (field.IsQuoted || !ValueNumbers.TryParseHex(field.Value, out ulong code) || code > uint.MaxValue)
        {
            return OperationStatus.InvalidData;
        }

        ReadOnlySpan<ulong> actions = ArgumentConstants.SeccompAction.Values(ArgumentConstants.ForRecord(arch));
        uint mask = (uint)ArgumentConstants.ValueAt(actions, ArgumentConstants.SeccompAction.SECCOMP_RET_ACTION);
        int found = ArgumentConstants.IndexOf(actions[..ArgumentConstants.SeccompAction.SECCOMP_RET_ACTION], (uint)code & mask);
        var text = new InterpretedText(destination);
        if (found < 0)
        {
            text.Append("unknown-seccomp-code("u8);
            text.Append(field.Value);
            text.Append((byte)')');
        }
        else
        {
            text.Append(ArgumentConstants.SeccompAction.Text(found));
        }

        return text.Finish(out bytesWritten);
    }

    /// <summary>
    /// The flags of an MMAP record (hex), decoded as mmap(2)'s flags argument is: the MAP_* of the event's arch,
    /// joined by <c>|</c>, led by ausearch's <c>MAP_FILE</c> when neither shared nor private is set.
    /// </summary>
    public static OperationStatus WriteMmapFlags(AuditArch arch, AuditField field, Span<byte> destination, out int bytesWritten) =>
        WriteFlags(SyscallArgumentDecoder.MapFlags, arch, field, destination, out bytesWritten);

    /// <summary>
    /// The open flags of an MQ_OPEN record's <c>oflag</c> (hex), decoded as open(2)'s flags argument is: the O_* of the
    /// event's arch (arm64 moves four of them; ausearch always uses the host's), the access mode leading as
    /// <c>O_RDONLY</c> when neither write bit is set.
    /// </summary>
    public static OperationStatus WriteOpenFlags(AuditArch arch, AuditField field, Span<byte> destination, out int bytesWritten) =>
        WriteFlags(SyscallArgumentDecoder.OpenFlags, arch, field, destination, out bytesWritten);

    // A record field holding the same flags as a syscall argument is written by that argument's decoder (one table of
    // names, the event's arch's values). The delegates are static method groups, cached by the compiler.
    private static OperationStatus WriteFlags(ArgumentFlagsDecoder decode, AuditArch arch, AuditField field, Span<byte> destination,
        out int bytesWritten)
    {
        bytesWritten = 0;
        if (field.IsQuoted || !ValueNumbers.TryParseHex(field.Value, out ulong flags) || flags > uint.MaxValue)
        {
            return OperationStatus.InvalidData;
        }

        var text = new InterpretedText(destination);
        decode(ArgumentConstants.ForRecord(arch), (uint)flags, field.Value, ref text);
        return text.Finish(out bytesWritten);
    }

    private delegate bool ArgumentFlagsDecoder(AuditArch arch, uint flags, ReadOnlySpan<byte> raw, ref InterpretedText text);

    /// <summary>A decimal value named by a group's first constant of that value, or <c>unknown-...(N)</c>.</summary>
    private static OperationStatus WriteDecimalName(AuditField field, ReadOnlySpan<ulong> values, Func<int, ReadOnlySpan<byte>> names,
        ReadOnlySpan<byte> unknownPrefix, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (field.IsQuoted || !ValueNumbers.TryParseDecimal(field.Value, out ulong number))
        {
            return OperationStatus.InvalidData;
        }

        int found = number <= uint.MaxValue ? ArgumentConstants.IndexOf(values, (uint)number) : -1;
        return WriteName(found < 0 ? default : names(found), number, unknownPrefix, destination, out bytesWritten);
    }

    /// <summary><paramref name="name"/>, or <c>unknown-...(N)</c> when it is empty.</summary>
    private static OperationStatus WriteName(ReadOnlySpan<byte> name, ulong number, ReadOnlySpan<byte> unknownPrefix,
        Span<byte> destination, out int bytesWritten)
    {
        var text = new InterpretedText(destination);
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
        var text = new InterpretedText(destination);
        text.Append(name);
        return text.Finish(out bytesWritten);
    }
}
