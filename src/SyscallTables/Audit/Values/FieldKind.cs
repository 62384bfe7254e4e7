using System;

namespace SyscallTables.Audit.Values;

/// <summary>
/// How <c>ausearch -i</c> reads a field, decided by its name and, for names used twice, its record type. The
/// name-to-kind map follows auparse's field type table (audit-userspace auparse/typetab.h) and the overrides of its
/// <c>auparse_interp_adjust_type</c>; the texts each kind prints were checked against ausearch 3.0.9.
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

internal static class FieldKinds
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

    // The longest name in the table below.
    private const int MaxNameLength = 15;

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

    private static FieldKind ByName(ReadOnlySpan<char> name) => name switch
    {
        "auid" or "uid" or "euid" or "suid" or "fsuid" or "ouid" or "oauid" or "old-auid" or "iuid" or "inode_uid"
            or "sauid" or "obj_uid" => FieldKind.UserId,
        "gid" or "egid" or "sgid" or "fsgid" or "ogid" or "igid" or "inode_gid" or "new_gid" or "obj_gid" => FieldKind.GroupId,
        "ses" => FieldKind.Session,
        "path" or "comm" or "exe" or "file" or "name" or "watch" or "cwd" or "cmd" or "dir" or "vm" or "old-chardev"
            or "new-chardev" or "old-disk" or "new-disk" or "old-fs" or "new-fs" or "old-net" or "new-net" or "device"
            or "cgroup" or "old-rng" or "new-rng" or "ocomm" or "grp" or "new_group" or "invalid_context" or "sw"
            or "root_dir" => FieldKind.EscapedText,
        "key" => FieldKind.Key,
        "proctitle" => FieldKind.ProcessTitle,
        "perm" or "perm_mask" => FieldKind.Permission,
        "prom" or "old_prom" => FieldKind.Promiscuous,
        "capability" => FieldKind.Capability,
        "cap_pi" or "cap_pe" or "cap_pp" or "cap_pa" or "cap_fi" or "cap_fp" or "fp" or "fi" or "old_pp" or "old_pi"
            or "old_pe" or "old_pa" or "new_pp" or "new_pi" or "new_pe" or "pp" or "pi" or "pe" or "pa" => FieldKind.CapabilitySet,
        "res" or "result" => FieldKind.Result,
        "sig" or "sigev_signo" => FieldKind.Signal,
        "list" => FieldKind.RuleList,
        "family" => FieldKind.NetfilterFamily,
        "icmptype" => FieldKind.IcmpType,
        "proto" => FieldKind.Protocol,
        "per" => FieldKind.Personality,
        "code" => FieldKind.SeccompAction,
        "oflag" => FieldKind.OpenFlags,
        "data" => FieldKind.TtyKeystrokes,
        _ => FieldKind.None,
    };
}
