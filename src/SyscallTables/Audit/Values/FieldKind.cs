using System;

namespace SyscallTables.Audit.Values;

/// <summary>
/// How <c>ausearch -i</c> reads a field, decided by its name and, for names used twice, its record type. The
/// name-to-kind map (tables/audit-fields.txt) follows auparse's field type table (audit-userspace auparse/typetab.h),
/// the overrides (<see cref="FieldKinds.Classify"/>) its <c>auparse_interp_adjust_type</c>; the texts each kind prints
/// were checked against ausearch 3.0.9.
/// </summary>
internal enum FieldKind
{
    None,
    UserId,
    GroupId,
    Session,
    EscapedText,
    Key,
    ProcessTitle,
    Permission,
    FileMode,
    ShortFileMode,
    SocketAddress,
    Promiscuous,
    Capability,
    CapabilitySet,
    Result,
    Signal,
    RuleList,
    NetfilterFamily,
    IcmpType,
    Protocol,
    Personality,
    SeccompAction,
    MmapFlags,
    OpenFlags,
    TtyKeystrokes,
    ArgumentWithoutSyscall,
}

/// <summary>
/// A field's kind: by name from tables/audit-fields.txt (generated into the other half of this class as
/// <c>ByName</c>), adjusted here by record type where ausearch reads one name two ways.
/// </summary>
internal static partial class FieldKinds
{
    public static FieldKind Classify(ReadOnlySpan<byte> recordType, ReadOnlySpan<byte> name, ReadOnlySpan<byte> value,
        bool quoted)
    {
        // EXECVE's a0, a1, a2[0], ... are the argument strings (argc and a1_len are numbers).
        if (recordType.SequenceEqual("EXECVE"u8) && name.Length > 1 && name[0] == (byte)'a'
            && !name.SequenceEqual("argc"u8) && name.IndexOf("_len"u8) < 0)
        {
            return FieldKind.EscapedText;
        }

        // a0-a3 outside a SYSCALL record (SOCKETCALL's copy of the call's arguments): ausearch decodes an argument for
        // the record's own syscall field, which such a record lacks, so it prints the hex with its 0x.
        if (name.Length == 2 && name[0] == (byte)'a' && (uint)(name[1] - '0') <= 3 && !recordType.SequenceEqual("SYSCALL"u8))
        {
            return FieldKind.ArgumentWithoutSyscall;
        }

        if (name.SequenceEqual("acct"u8))
        {
            // User-space records write acct=root unquoted as well as acct="root" or hex; only the last two are encoded.
            return quoted || ValueNumbers.IsHex(value) ? FieldKind.EscapedText : FieldKind.None;
        }

        if (name.SequenceEqual("id"u8))
        {
            return recordType.SequenceEqual("ADD_GROUP"u8) || recordType.SequenceEqual("GRP_MGMT"u8)
                || recordType.SequenceEqual("DEL_GROUP"u8)
                ? FieldKind.GroupId
                : FieldKind.UserId;
        }

        if (name.SequenceEqual("saddr"u8))
        {
            // AVC and NETFILTER_PKT records carry saddr as a dotted address, not a hex sockaddr.
            return recordType.SequenceEqual("AVC"u8) || recordType.SequenceEqual("NETFILTER_PKT"u8)
                ? FieldKind.None
                : FieldKind.SocketAddress;
        }

        if (name.SequenceEqual("mode"u8))
        {
            return recordType.SequenceEqual("MQ_OPEN"u8) ? FieldKind.ShortFileMode : FieldKind.FileMode;
        }

        if (name.SequenceEqual("fp"u8) && recordType.SequenceEqual("CRYPTO_KEY_USER"u8))
        {
            return FieldKind.None; // a key fingerprint there, not file capabilities
        }

        if (name.SequenceEqual("flags"u8))
        {
            // PATH's flags are the RHEL 4 lookup flags, long gone; elsewhere the only flags= is MMAP's.
            return recordType.SequenceEqual("PATH"u8) ? FieldKind.None : FieldKind.MmapFlags;
        }

        return ByName(name);
    }

    // A constant-pattern switch over chars compiles to a length-and-character dispatch; field names are ASCII, so
    // widening them on the stack costs a few nanoseconds and no allocation.
    private static FieldKind ByName(ReadOnlySpan<byte> name)
    {
        if (name.Length > MaxNameLength)
        {
            return FieldKind.None;
        }

        Span<char> chars = stackalloc char[MaxNameLength];
        for (int i = 0; i < name.Length; i++)
        {
            chars[i] = (char)name[i];
        }

        return ByName((ReadOnlySpan<char>)chars[..name.Length]);
    }
}
