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

    private static FieldKind ByName(ReadOnlySpan<byte> name) => name switch
    {
        _ when name.SequenceEqual("auid"u8) || name.SequenceEqual("uid"u8) || name.SequenceEqual("euid"u8)
            || name.SequenceEqual("suid"u8) || name.SequenceEqual("fsuid"u8) || name.SequenceEqual("ouid"u8)
            || name.SequenceEqual("oauid"u8) || name.SequenceEqual("old-auid"u8) || name.SequenceEqual("iuid"u8)
            || name.SequenceEqual("inode_uid"u8) || name.SequenceEqual("sauid"u8) || name.SequenceEqual("obj_uid"u8)
            => FieldKind.UserId,
        _ when name.SequenceEqual("gid"u8) || name.SequenceEqual("egid"u8) || name.SequenceEqual("sgid"u8)
            || name.SequenceEqual("fsgid"u8) || name.SequenceEqual("ogid"u8) || name.SequenceEqual("igid"u8)
            || name.SequenceEqual("inode_gid"u8) || name.SequenceEqual("new_gid"u8) || name.SequenceEqual("obj_gid"u8)
            => FieldKind.GroupId,
        _ when name.SequenceEqual("ses"u8) => FieldKind.Session,
        _ when name.SequenceEqual("path"u8) || name.SequenceEqual("comm"u8) || name.SequenceEqual("exe"u8)
            || name.SequenceEqual("file"u8) || name.SequenceEqual("name"u8) || name.SequenceEqual("watch"u8)
            || name.SequenceEqual("cwd"u8) || name.SequenceEqual("cmd"u8) || name.SequenceEqual("dir"u8)
            || name.SequenceEqual("vm"u8) || name.SequenceEqual("old-chardev"u8) || name.SequenceEqual("new-chardev"u8)
            || name.SequenceEqual("old-disk"u8) || name.SequenceEqual("new-disk"u8) || name.SequenceEqual("old-fs"u8)
            || name.SequenceEqual("new-fs"u8) || name.SequenceEqual("old-net"u8) || name.SequenceEqual("new-net"u8)
            || name.SequenceEqual("device"u8) || name.SequenceEqual("cgroup"u8) || name.SequenceEqual("old-rng"u8)
            || name.SequenceEqual("new-rng"u8) || name.SequenceEqual("ocomm"u8) || name.SequenceEqual("grp"u8)
            || name.SequenceEqual("new_group"u8) || name.SequenceEqual("invalid_context"u8) || name.SequenceEqual("sw"u8)
            || name.SequenceEqual("root_dir"u8)
            => FieldKind.EscapedText,
        _ when name.SequenceEqual("key"u8) => FieldKind.Key,
        _ when name.SequenceEqual("proctitle"u8) => FieldKind.ProcessTitle,
        _ when name.SequenceEqual("perm"u8) || name.SequenceEqual("perm_mask"u8) => FieldKind.Permission,
        _ when name.SequenceEqual("prom"u8) || name.SequenceEqual("old_prom"u8) => FieldKind.Promiscuous,
        _ when name.SequenceEqual("capability"u8) => FieldKind.Capability,
        _ when name.SequenceEqual("cap_pi"u8) || name.SequenceEqual("cap_pe"u8) || name.SequenceEqual("cap_pp"u8)
            || name.SequenceEqual("cap_pa"u8) || name.SequenceEqual("cap_fi"u8) || name.SequenceEqual("cap_fp"u8)
            || name.SequenceEqual("fp"u8) || name.SequenceEqual("fi"u8) || name.SequenceEqual("old_pp"u8)
            || name.SequenceEqual("old_pi"u8) || name.SequenceEqual("old_pe"u8) || name.SequenceEqual("old_pa"u8)
            || name.SequenceEqual("new_pp"u8) || name.SequenceEqual("new_pi"u8) || name.SequenceEqual("new_pe"u8)
            || name.SequenceEqual("pp"u8) || name.SequenceEqual("pi"u8) || name.SequenceEqual("pe"u8)
            || name.SequenceEqual("pa"u8)
            => FieldKind.CapabilitySet,
        _ when name.SequenceEqual("res"u8) || name.SequenceEqual("result"u8) => FieldKind.Result,
        _ when name.SequenceEqual("sig"u8) || name.SequenceEqual("sigev_signo"u8) => FieldKind.Signal,
        _ when name.SequenceEqual("list"u8) => FieldKind.RuleList,
        _ when name.SequenceEqual("family"u8) => FieldKind.NetfilterFamily,
        _ when name.SequenceEqual("icmptype"u8) => FieldKind.IcmpType,
        _ when name.SequenceEqual("proto"u8) => FieldKind.Protocol,
        _ when name.SequenceEqual("per"u8) => FieldKind.Personality,
        _ when name.SequenceEqual("code"u8) => FieldKind.SeccompAction,
        _ when name.SequenceEqual("oflag"u8) => FieldKind.OpenFlags,
        _ when name.SequenceEqual("data"u8) => FieldKind.TtyKeystrokes,
        _ => FieldKind.None,
    };
}
