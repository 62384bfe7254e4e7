using System;

namespace SyscallTables.Rules;

/// <summary>
/// Record fields that split the groups of <see cref="ExclusionRuleBuilder"/> beyond arch, syscall and exit
/// (<c>syscalls rule --by exe,auid</c>).
/// </summary>
[Flags]
public enum ExclusionRuleFields
{
    /// <summary>Arch, syscall and exit only.</summary>
    None = 0,

    /// <summary>The executable; the rule gets <c>-F exe=</c>.</summary>
    Exe = 1,

    /// <summary>The login uid; the rule gets <c>-F auid=</c> (<c>unset</c> for 4294967295).</summary>
    Auid = 2,

    /// <summary>The real uid; the rule gets <c>-F uid=</c>.</summary>
    Uid = 4,

    /// <summary>The effective uid; the rule gets <c>-F euid=</c>.</summary>
    Euid = 8,

    /// <summary>The real gid; the rule gets <c>-F gid=</c>.</summary>
    Gid = 16,

    /// <summary>The effective gid; the rule gets <c>-F egid=</c>.</summary>
    Egid = 32,

    /// <summary>
    /// The key of the rule that logged the event. Groups only: the kernel matches <c>-F key=</c> against the rule's
    /// own key, never against the key a later rule would give, so the key is named in the comment, not filtered on.
    /// </summary>
    Key = 64,

    /// <summary>The command name. Groups only: auditctl has no <c>comm</c> field, so it is named in the comment.</summary>
    Comm = 128,
}

/// <summary>How a written exclusion rule enters the kernel's exit list.</summary>
public enum ExclusionRulePlacement
{
    /// <summary>
    /// <c>-A never,exit ...</c>: at the head of the list, before any <c>always</c> rule, wherever the line stands.
    /// Exit rules are first-match, so this is the form that works without editing the rest of audit.rules.
    /// </summary>
    Prepend,

    /// <summary><c>-a never,exit ...</c>: at the end; works only when placed before the <c>always</c> rules it silences.</summary>
    Append,
}
