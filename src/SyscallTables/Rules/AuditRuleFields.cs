using System;
using System.Collections.Generic;

namespace SyscallTables.Rules;

/// <summary>
/// A filter list of the kernel, numbered as audit.h's AUDIT_FILTER_* (the entry and watch lists are gone from the
/// kernel; auditctl 3.0.9 does not name io_uring).
/// </summary>
internal enum AuditFilterList
{
    /// <summary>AUDIT_FILTER_USER: messages from user space.</summary>
    User = 0,

    /// <summary>AUDIT_FILTER_TASK: at task creation.</summary>
    Task = 1,

    /// <summary>AUDIT_FILTER_EXIT: at syscall exit.</summary>
    Exit = 4,

    /// <summary>AUDIT_FILTER_EXCLUDE: before a record is made.</summary>
    Exclude = 5,

    /// <summary>AUDIT_FILTER_FS: at __audit_inode_child.</summary>
    Filesystem = 6,

    /// <summary>AUDIT_FILTER_URING_EXIT: at io_uring op exit.</summary>
    IoUring = 7,
}

/// <summary>A set of the kernel's filter lists (one bit per <see cref="AuditFilterList"/>), so a field can name those it works on.</summary>
[Flags]
internal enum AuditFilterLists
{
    None = 0,
    User = 1 << (int)AuditFilterList.User,
    Task = 1 << (int)AuditFilterList.Task,
    Exit = 1 << (int)AuditFilterList.Exit,
    Exclude = 1 << (int)AuditFilterList.Exclude,
    Filesystem = 1 << (int)AuditFilterList.Filesystem,
    IoUring = 1 << (int)AuditFilterList.IoUring,
    All = User | Task | Exit | Exclude | Filesystem | IoUring,
}

/// <summary>What a rule does when it matches, numbered as audit.h's AUDIT_NEVER and AUDIT_ALWAYS.</summary>
internal enum AuditRuleAction
{
    /// <summary>AUDIT_NEVER: no record.</summary>
    Never = 0,

    /// <summary>AUDIT_ALWAYS: a record.</summary>
    Always = 2,
}

/// <summary>An operator of a rule field as auditctl sends it in fieldflags (audit.h's AUDIT_EQUAL ... AUDIT_BIT_TEST).</summary>
internal enum AuditOperator
{
    /// <summary>AUDIT_EQUAL: <c>=</c>.</summary>
    Equal = 0x40000000,

    /// <summary>AUDIT_NOT_EQUAL: <c>!=</c>.</summary>
    NotEqual = 0x30000000,

    /// <summary>AUDIT_LESS_THAN: <c>&lt;</c>.</summary>
    LessThan = 0x10000000,

    /// <summary>AUDIT_GREATER_THAN: <c>&gt;</c>.</summary>
    GreaterThan = 0x20000000,

    /// <summary>AUDIT_LESS_THAN_OR_EQUAL: <c>&lt;=</c>.</summary>
    LessThanOrEqual = LessThan | Equal,

    /// <summary>AUDIT_GREATER_THAN_OR_EQUAL: <c>&gt;=</c>.</summary>
    GreaterThanOrEqual = GreaterThan | Equal,

    /// <summary>AUDIT_BIT_MASK: <c>&amp;</c>, any of the bits.</summary>
    BitMask = 0x08000000,

    /// <summary>AUDIT_BIT_TEST: <c>&amp;=</c>, all of the bits.</summary>
    BitTest = BitMask | Equal,
}

/// <summary>A set of the operators a field takes (the kernel's Audit_equal ... Audit_bittest) as flags, one per <see cref="AuditOperator"/>.</summary>
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

    /// <summary>Whether the kernel takes <paramref name="op"/> for this field.</summary>
    public bool Takes(AuditOperator op) => (Operators & AuditRuleFields.Flag(op)) != 0;
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

    /// <summary>A list's flag in <see cref="AuditFilterLists"/>.</summary>
    public static AuditFilterLists Flag(AuditFilterList list) => (AuditFilterLists)(1 << (int)list);

    /// <summary>An operator's flag in <see cref="AuditFieldOperators"/>.</summary>
    public static AuditFieldOperators Flag(AuditOperator op) => op switch
    {
        AuditOperator.Equal => AuditFieldOperators.Equal,
        AuditOperator.NotEqual => AuditFieldOperators.NotEqual,
        AuditOperator.LessThan => AuditFieldOperators.Less,
        AuditOperator.GreaterThan => AuditFieldOperators.Greater,
        AuditOperator.LessThanOrEqual => AuditFieldOperators.LessOrEqual,
        AuditOperator.GreaterThanOrEqual => AuditFieldOperators.GreaterOrEqual,
        AuditOperator.BitMask => AuditFieldOperators.BitMask,
        AuditOperator.BitTest => AuditFieldOperators.BitTest,
        _ => AuditFieldOperators.None,
    };

    /// <summary>The name auditctl gives a list in <c>-a</c> (<c>exit</c>, <c>user</c>, ...).</summary>
    public static string Name(AuditFilterList list) => list switch
    {
        AuditFilterList.User => "user",
        AuditFilterList.Task => "task",
        AuditFilterList.Exit => "exit",
        AuditFilterList.Exclude => "exclude",
        AuditFilterList.Filesystem => "filesystem",
        _ => "io_uring",
    };

    /// <summary>How an operator is written in <c>-F</c> and <c>-C</c>.</summary>
    public static string Symbol(AuditOperator op) => op switch
    {
        AuditOperator.Equal => "=",
        AuditOperator.NotEqual => "!=",
        AuditOperator.LessThan => "<",
        AuditOperator.GreaterThan => ">",
        AuditOperator.LessThanOrEqual => "<=",
        AuditOperator.GreaterThanOrEqual => ">=",
        AuditOperator.BitMask => "&",
        _ => "&=",
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
