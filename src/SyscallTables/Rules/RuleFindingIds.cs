namespace SyscallTables.Rules;

/// <summary>
/// The IDs of <see cref="RuleFinding"/>s, one per check of <see cref="RuleLinter"/>. Each finding's
/// <see cref="RuleFinding.Values"/> are the values its message names, in the order given here.
/// </summary>
public static class RuleFindingIds
{
    /// <summary>auditctl's option parsing refuses the line (the message says why).</summary>
    public const string Syntax = "RL001";

    /// <summary>auditctl reads the line, but not as it looks (the message says how).</summary>
    public const string Reading = "RL002";

    /// <summary>The line is longer than auditctl -R reads as one line. Values: its length in bytes.</summary>
    public const string LineTooLong = "RL003";

    /// <summary>A NUL byte hides the rest of the line from auditctl. Values: where (1-based byte), the hidden text.</summary>
    public const string HiddenByNul = "RL004";

    /// <summary>auditctl drops arguments beyond its limit. Values: arguments kept, line length, arguments dropped.</summary>
    public const string ArgumentsDropped = "RL005";

    /// <summary>The line ends in a CR, which auditctl keeps in the last value. Values: that value.</summary>
    public const string CarriageReturn = "RL006";

    /// <summary>The line holds a tab, which auditctl keeps inside a value.</summary>
    public const string Tab = "RL007";

    /// <summary><c>-F exit=-NAME</c> names no errno. Values: the field as written, the name.</summary>
    public const string UnknownErrno = "RL008";

    /// <summary>
    /// <c>-S NAME</c> names a syscall that the rule's arch lacks and another arch has. Values: the name as written,
    /// the rule's arch, an arch that has it, the name as looked up.
    /// </summary>
    public const string SyscallOfOtherArch = "RL009";

    /// <summary>The kernel refuses a field on the rule's list. Values: the field as written.</summary>
    public const string FieldNotOnList = "RL010";

    /// <summary>The kernel refuses the field's operator. Values: the field as written, its name.</summary>
    public const string OperatorRefused = "RL011";

    /// <summary>The rule watches more than one path, dir or inode. Values: the field as written.</summary>
    public const string MoreThanOneWatch = "RL012";

    /// <summary>An exit rule names syscalls without <c>-F arch</c>, so the loading host decides its arch.</summary>
    public const string SyscallsWithoutArch = "RL013";

    /// <summary>A change after <c>-e 2</c>, which the kernel refuses. Values: the line of <c>-e 2</c>.</summary>
    public const string AfterLock = "RL014";

    /// <summary><c>-D</c> after rules, which it deletes. Values: the first and last line it deletes.</summary>
    public const string DeletesEarlierRules = "RL015";

    /// <summary>The same rule as an earlier line, which the kernel refuses. Values: the earlier line.</summary>
    public const string DuplicateRule = "RL016";

    /// <summary>A never rule behind an always rule that matches everything it would drop. Values: the always rule's line.</summary>
    public const string NeverShadowed = "RL017";

    /// <summary>The kernel refuses the field's value (a relative path, the id -1). Values: the field as written.</summary>
    public const string ValueRefused = "RL018";

    /// <summary>The rule has more than one exe field, which the kernel refuses. Values: the second as written.</summary>
    public const string MoreThanOneExe = "RL019";
}
