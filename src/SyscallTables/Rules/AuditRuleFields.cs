using System;
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
/// One field auditctl 3.0.9 takes in <c>-F</c> (libaudit's fieldtab.h), with what the kernel makes of it: a row of
/// tables/audit-fields.txt.
/// </summary>
/// <param name="Name">The name the kernel field has in rules (<c>loginuid</c> is read as <c>auid</c>).</param>
/// <param name="Number">The kernel's number for the field (AUDIT_* of audit.h), as auditctl sends it.</param>
/// <param name="Value">How the value is read and compared.</param>
/// <param name="Operators">The operators the kernel accepts for it (auditfilter.c audit_field_valid).</param>
/// <param name="AuditctlLists">
/// The lists auditctl lets it on: libaudit refuses fields outside the exit list (EAU_EXITONLY) and takes only the
/// cred, msgtype and exe fields on the exclude list (audit_rule_fieldpair_data).
/// </param>
/// <param name="KernelLists">The lists the kernel lets it on (audit_field_valid), which auditctl does not check.</param>
internal sealed record AuditRuleFieldInfo(string Name, uint Number, AuditFieldValue Value, AuditFieldOperators Operators,
    AuditFilterLists AuditctlLists, AuditFilterLists KernelLists)
{
    /// <summary>Whether the value is a string the kernel keeps as it is (labels, paths, the key).</summary>
    public bool IsString => Value is AuditFieldValue.SecurityLabel or AuditFieldValue.Path or AuditFieldValue.Key;

    /// <summary>Whether the kernel takes <paramref name="op"/> (one of <c>= != &lt; &gt; &lt;= &gt;= &amp; &amp;=</c>) for this field.</summary>
    public bool Takes(string op) => (Operators & AuditRuleFields.Operator(op)) != 0;
}

/// <summary>The rule fields by name, from tables/audit-fields.txt.</summary>
internal static partial class AuditRuleFields
{
    // The rows of tables/audit-fields.txt (generated into the other half of this class as Fields).
    // Built on first use, not as a field of this class: C# leaves the order of field initializers across the two
    // halves of a partial class open, and Fields is in the generated half.
    private static Dictionary<string, AuditRuleFieldInfo> ByName => Index.ByName;

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

    private static class Index
    {
        // A plain Dictionary, not a FrozenDictionary: lint looks up a few names per line, and the frozen kind's
        // builders cost the static binary ~17 KB of its 4 MB.
        public static readonly Dictionary<string, AuditRuleFieldInfo> ByName = Create();

        private static Dictionary<string, AuditRuleFieldInfo> Create()
        {
            var names = new Dictionary<string, AuditRuleFieldInfo>(StringComparer.Ordinal);
            foreach ((string name, AuditRuleFieldInfo field) in Fields)
            {
                names.Add(name, field);
            }

            return names;
        }
    }
}
