using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace SyscallTables.Rules;

/// <summary>The kernel's filter lists (AUDIT_FILTER_* of audit.h) as flags, so a field can name those it works on.</summary>
[Flags]
internal enum AuditFilterLists
{
    None = 0,
    User = 1,
    Task = 2,
    Exit = 4,
    Exclude = 8,
    Filesystem = 16,
    IoUring = 32,
    All = User | Task | Exit | Exclude | Filesystem | IoUring,
}

/// <summary>The operators of a rule field (the kernel's Audit_equal ... Audit_bittest) as flags.</summary>
[Flags]
internal enum AuditFieldOperators
{
    None = 0,
    Equal = 1,
    NotEqual = 2,
    Less = 4,
    Greater = 8,
    LessOrEqual = 16,
    GreaterOrEqual = 32,
    BitMask = 64,
    BitTest = 128,

    /// <summary><c>=</c> and <c>!=</c>: strings, paths, the arch and other values that have no order.</summary>
    Equality = Equal | NotEqual,

    /// <summary>Every comparison but the bit tests, which the kernel keeps for syscall arguments, pers and devminor.</summary>
    Ordered = Equality | Less | Greater | LessOrEqual | GreaterOrEqual,

    All = Ordered | BitMask | BitTest,
}

/// <summary>What a rule field's value is, which decides how auditctl reads it and how the kernel compares it.</summary>
internal enum AuditFieldValue
{
    /// <summary>A 32-bit number compared as the kernel's u32 (pid, ppid, pers, devmajor, devminor, success).</summary>
    Number,

    /// <summary>An inode number, read unsigned.</summary>
    Inode,

    /// <summary>A syscall argument (a0-a3): a number, negative allowed, compared on its low 32 bits.</summary>
    Argument,

    /// <summary>A user id, a user name or <c>unset</c>; the kernel compares kuids.</summary>
    UserId,

    /// <summary>A group id or a group name; the kernel compares kgids.</summary>
    GroupId,

    /// <summary>An LSM label the kernel hands to the security module to compare.</summary>
    SecurityLabel,

    /// <summary>An absolute path the kernel matches against a watch or an executable.</summary>
    Path,

    /// <summary>The rule's key, which labels events and filters none.</summary>
    Key,

    /// <summary>An AUDIT_ARCH_* value (<c>b64</c>, <c>b32</c> or an arch name).</summary>
    Arch,

    /// <summary>A record type (name or number).</summary>
    MessageType,

    /// <summary>A syscall's return value: a number or <c>-ERRNO</c>.</summary>
    Exit,

    /// <summary>Watch permissions, the letters rwxa as AUDIT_PERM_* bits.</summary>
    Permission,

    /// <summary>A file type name as S_IF* bits.</summary>
    FileType,

    /// <summary>A file system's magic number.</summary>
    FileSystemType,

    /// <summary>A session id or <c>unset</c>.</summary>
    SessionId,

    /// <summary>An address family below AF_MAX.</summary>
    AddressFamily,

    /// <summary>Two uid or two gid fields of the same event (<c>-C</c>).</summary>
    Comparison,
}

/// <summary>
/// One field auditctl 3.0.9 takes in <c>-F</c> (libaudit's fieldtab.h), with what the kernel makes of it.
/// </summary>
/// <param name="Name">The name the kernel field has in rules (<c>loginuid</c> is read as <c>auid</c>).</param>
/// <param name="Value">How the value is read and compared.</param>
/// <param name="Operators">The operators the kernel accepts for it (auditfilter.c audit_field_valid).</param>
/// <param name="AuditctlLists">
/// The lists auditctl lets it on: libaudit refuses fields outside the exit list (EAU_EXITONLY) and takes only the
/// cred, msgtype and exe fields on the exclude list (audit_rule_fieldpair_data).
/// </param>
/// <param name="KernelLists">The lists the kernel lets it on (audit_field_valid), which auditctl does not check.</param>
internal sealed record AuditRuleFieldInfo(string Name, AuditFieldValue Value, AuditFieldOperators Operators,
    AuditFilterLists AuditctlLists, AuditFilterLists KernelLists)
{
    /// <summary>Whether the value is a string the kernel keeps as it is (labels, paths, the key).</summary>
    public bool IsString => Value is AuditFieldValue.SecurityLabel or AuditFieldValue.Path or AuditFieldValue.Key;

    /// <summary>Whether the kernel takes <paramref name="op"/> (one of <c>= != &lt; &gt; &lt;= &gt;= &amp; &amp;=</c>) for this field.</summary>
    public bool Takes(string op) => (Operators & AuditRuleFields.Operator(op)) != 0;
}

/// <summary>The rule fields by name: the one place that says what each field is.</summary>
internal static class AuditRuleFields
{
    // Everywhere but the exclude list (libaudit refuses other fields there), and only the exit list (EAU_EXITONLY).
    private const AuditFilterLists NotExclude = AuditFilterLists.All & ~AuditFilterLists.Exclude;
    private const AuditFilterLists ExitOnly = AuditFilterLists.Exit;
    private const AuditFilterLists Any = AuditFilterLists.All;

    // The kernel's filesystem list takes fstype and the key only; msgtype works only on the exclude and user lists,
    // fstype only on the filesystem list, perm anywhere but io_uring (audit_field_valid).
    private const AuditFilterLists NotFilesystem = AuditFilterLists.All & ~AuditFilterLists.Filesystem;

    private static readonly AuditRuleFieldInfo[] Fields =
    [
        new("pid", AuditFieldValue.Number, AuditFieldOperators.Ordered, Any, NotFilesystem),
        new("uid", AuditFieldValue.UserId, AuditFieldOperators.Ordered, Any, NotFilesystem),
        new("euid", AuditFieldValue.UserId, AuditFieldOperators.Ordered, NotExclude, NotFilesystem),
        new("suid", AuditFieldValue.UserId, AuditFieldOperators.Ordered, NotExclude, NotFilesystem),
        new("fsuid", AuditFieldValue.UserId, AuditFieldOperators.Ordered, NotExclude, NotFilesystem),
        new("gid", AuditFieldValue.GroupId, AuditFieldOperators.Ordered, Any, NotFilesystem),
        new("egid", AuditFieldValue.GroupId, AuditFieldOperators.Ordered, NotExclude, NotFilesystem),
        new("sgid", AuditFieldValue.GroupId, AuditFieldOperators.Ordered, NotExclude, NotFilesystem),
        new("fsgid", AuditFieldValue.GroupId, AuditFieldOperators.Ordered, NotExclude, NotFilesystem),
        new("auid", AuditFieldValue.UserId, AuditFieldOperators.Ordered, Any, NotFilesystem),
        new("pers", AuditFieldValue.Number, AuditFieldOperators.All, NotExclude, NotFilesystem),
        new("arch", AuditFieldValue.Arch, AuditFieldOperators.Equality, NotExclude, NotFilesystem),
        new("msgtype", AuditFieldValue.MessageType, AuditFieldOperators.Ordered, Any, AuditFilterLists.Exclude | AuditFilterLists.User),
        new("subj_user", AuditFieldValue.SecurityLabel, AuditFieldOperators.Equality, Any, NotFilesystem),
        new("subj_role", AuditFieldValue.SecurityLabel, AuditFieldOperators.Equality, Any, NotFilesystem),
        new("subj_type", AuditFieldValue.SecurityLabel, AuditFieldOperators.Equality, Any, NotFilesystem),
        new("subj_sen", AuditFieldValue.SecurityLabel, AuditFieldOperators.Ordered, Any, NotFilesystem),
        new("subj_clr", AuditFieldValue.SecurityLabel, AuditFieldOperators.Ordered, Any, NotFilesystem),
        new("ppid", AuditFieldValue.Number, AuditFieldOperators.Ordered, ExitOnly, NotFilesystem),
        new("obj_user", AuditFieldValue.SecurityLabel, AuditFieldOperators.Equality, ExitOnly, NotFilesystem),
        new("obj_role", AuditFieldValue.SecurityLabel, AuditFieldOperators.Equality, ExitOnly, NotFilesystem),
        new("obj_type", AuditFieldValue.SecurityLabel, AuditFieldOperators.Equality, ExitOnly, NotFilesystem),
        new("obj_lev_low", AuditFieldValue.SecurityLabel, AuditFieldOperators.Ordered, ExitOnly, NotFilesystem),
        new("obj_lev_high", AuditFieldValue.SecurityLabel, AuditFieldOperators.Ordered, ExitOnly, NotFilesystem),
        new("sessionid", AuditFieldValue.SessionId, AuditFieldOperators.Ordered, NotExclude, NotFilesystem),
        new("devmajor", AuditFieldValue.Number, AuditFieldOperators.Ordered, ExitOnly, NotFilesystem),
        new("devminor", AuditFieldValue.Number, AuditFieldOperators.All, ExitOnly, NotFilesystem),
        new("inode", AuditFieldValue.Inode, AuditFieldOperators.Ordered, ExitOnly, NotFilesystem),
        new("exit", AuditFieldValue.Exit, AuditFieldOperators.Ordered, ExitOnly, NotFilesystem),
        new("success", AuditFieldValue.Number, AuditFieldOperators.Ordered, ExitOnly, NotFilesystem),
        new("path", AuditFieldValue.Path, AuditFieldOperators.Equality, ExitOnly, NotFilesystem),
        new("perm", AuditFieldValue.Permission, AuditFieldOperators.Equality, ExitOnly, NotFilesystem & ~AuditFilterLists.IoUring),
        new("dir", AuditFieldValue.Path, AuditFieldOperators.Equality, ExitOnly, NotFilesystem),
        new("filetype", AuditFieldValue.FileType, AuditFieldOperators.Equality, ExitOnly, NotFilesystem),
        new("fstype", AuditFieldValue.FileSystemType, AuditFieldOperators.Equality, NotExclude, AuditFilterLists.Filesystem),
        new("obj_uid", AuditFieldValue.UserId, AuditFieldOperators.Ordered, NotExclude, NotFilesystem),
        new("obj_gid", AuditFieldValue.GroupId, AuditFieldOperators.Ordered, NotExclude, NotFilesystem),

        // auditctl writes -C as this field; -F field_compare= passes it a number, which the kernel checks for = and != only.
        new("field_compare", AuditFieldValue.Comparison, AuditFieldOperators.Equality, NotExclude, NotFilesystem),
        new("a0", AuditFieldValue.Argument, AuditFieldOperators.All, NotExclude, NotFilesystem),
        new("a1", AuditFieldValue.Argument, AuditFieldOperators.All, NotExclude, NotFilesystem),
        new("a2", AuditFieldValue.Argument, AuditFieldOperators.All, NotExclude, NotFilesystem),
        new("a3", AuditFieldValue.Argument, AuditFieldOperators.All, NotExclude, NotFilesystem),
        new("key", AuditFieldValue.Key, AuditFieldOperators.Equality, Any, Any),
        new("exe", AuditFieldValue.Path, AuditFieldOperators.Equality, Any, NotFilesystem),
        new("saddr_fam", AuditFieldValue.AddressFamily, AuditFieldOperators.Ordered, NotExclude, NotFilesystem),
    ];

    private static readonly FrozenDictionary<string, AuditRuleFieldInfo> ByName = CreateByName();

    /// <summary>Finds a field by the name auditctl takes (<c>loginuid</c> gives <c>auid</c>).</summary>
    public static AuditRuleFieldInfo? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>Gets a field the parser has already named.</summary>
    public static AuditRuleFieldInfo Get(string name) => ByName[name];

    /// <summary>Whether <paramref name="name"/> is a user id field (uid, euid, ..., obj_uid).</summary>
    public static bool IsUserId(string name) => Find(name)?.Value == AuditFieldValue.UserId;

    /// <summary>Whether <paramref name="name"/> is a group id field (gid, egid, ..., obj_gid).</summary>
    public static bool IsGroupId(string name) => Find(name)?.Value == AuditFieldValue.GroupId;

    /// <summary>The list a rule names (<c>exit</c>, <c>user</c>, ...) as a flag; <see cref="AuditFilterLists.None"/> for null.</summary>
    public static AuditFilterLists List(string? list) => list switch
    {
        "user" => AuditFilterLists.User,
        "task" => AuditFilterLists.Task,
        "exit" => AuditFilterLists.Exit,
        "exclude" => AuditFilterLists.Exclude,
        "filesystem" => AuditFilterLists.Filesystem,
        "io_uring" => AuditFilterLists.IoUring,
        _ => AuditFilterLists.None,
    };

    /// <summary>An operator's flag.</summary>
    public static AuditFieldOperators Operator(string op) => op switch
    {
        "=" => AuditFieldOperators.Equal,
        "!=" => AuditFieldOperators.NotEqual,
        "<" => AuditFieldOperators.Less,
        ">" => AuditFieldOperators.Greater,
        "<=" => AuditFieldOperators.LessOrEqual,
        ">=" => AuditFieldOperators.GreaterOrEqual,
        "&" => AuditFieldOperators.BitMask,
        "&=" => AuditFieldOperators.BitTest,
        _ => AuditFieldOperators.None,
    };

    private static FrozenDictionary<string, AuditRuleFieldInfo> CreateByName()
    {
        var names = new Dictionary<string, AuditRuleFieldInfo>(StringComparer.Ordinal);
        foreach (AuditRuleFieldInfo field in Fields)
        {
            names.Add(field.Name, field);
        }

        // libaudit's fieldtab.h names AUDIT_LOGINUID twice.
        names.Add("loginuid", names["auid"]);
        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
