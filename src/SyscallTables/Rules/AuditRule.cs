using System.Collections.Generic;

namespace SyscallTables.Rules;

/// <summary>What a line of an audit rules file does.</summary>
internal enum AuditRuleLineKind
{
    /// <summary>Blank or a comment.</summary>
    Empty,

    /// <summary><c>-a</c>/<c>-A</c>: adds a rule to a filter list.</summary>
    AddRule,

    /// <summary><c>-d</c>: deletes a rule.</summary>
    DeleteRule,

    /// <summary><c>-w</c>: adds a file watch.</summary>
    AddWatch,

    /// <summary><c>-W</c>: deletes a file watch.</summary>
    DeleteWatch,

    /// <summary>Anything else auditctl does: <c>-D -b -f -e -r -i -c --backlog_wait_time --loginuid-immutable</c>...</summary>
    Control,
}

/// <summary>
/// One field of a rule as the kernel gets it, in the rule's order: <c>-F</c> fields (arch included), <c>-C</c>
/// comparisons, the path and permissions of a watch, and the key, which auditctl adds last. Two fields are equal when
/// the kernel holds the same (<c>uid=root</c> and <c>uid=0</c>, <c>exit=-EACCES</c> and <c>exit=-13</c>).
/// </summary>
/// <param name="Name">The field's name, one per kernel field (<c>loginuid</c> is <c>auid</c>).</param>
/// <param name="Operator">One of <c>= != &lt; &gt; &lt;= &gt;= &amp; &amp;=</c>.</param>
/// <param name="Value">
/// The value the kernel gets: a number in decimal; a string's bytes one char per byte (Latin-1, so that any bytes
/// compare exactly); for a comparison its two fields in a fixed order; a name auditctl looks up on the host that loads
/// the rule (a user), as written.
/// </param>
/// <param name="IsComparison">Whether it came from <c>-C</c>.</param>
internal readonly record struct AuditRuleField(string Name, string Operator, string Value, bool IsComparison)
{
    /// <summary>Whether the field decides which events match (the key only labels them).</summary>
    public bool Filters => Name != "key";
}

/// <summary>A parsed line of an audit rules file: the rule it adds and what auditctl would make of it.</summary>
internal sealed class AuditRule
{
    public AuditRule(int line) => Line = line;

    /// <summary>The 1-based line number.</summary>
    public int Line { get; }

    public AuditRuleLineKind Kind { get; set; }

    /// <summary>The filter list (<c>exit</c>, <c>user</c>, <c>exclude</c>, <c>filesystem</c>, <c>task</c>, <c>io_uring</c>).</summary>
    public string? List { get; set; }

    /// <summary><c>always</c> or <c>never</c>.</summary>
    public string? Action { get; set; }

    /// <summary>Whether the rule was added with <c>-A</c>, at the head of its list.</summary>
    public bool Prepend { get; set; }

    /// <summary>The arch the syscall names were resolved against: <c>-F arch</c>, else the host's.</summary>
    public AuditArch? Arch { get; set; }

    /// <summary>Whether <c>-F arch=</c> was given.</summary>
    public bool HasArch { get; set; }

    /// <summary>Whether <c>-S all</c> was given.</summary>
    public bool AllSyscalls { get; set; }

    /// <summary>The syscall numbers of <c>-S</c>, sorted, without repeats.</summary>
    public SortedSet<int> Syscalls { get; } = [];

    /// <summary>Whether any <c>-S</c> was given.</summary>
    public bool HasSyscalls => AllSyscalls || Syscalls.Count > 0;

    /// <summary>The fields in the kernel's order (see <see cref="AuditRuleField"/>).</summary>
    public List<AuditRuleField> Fields { get; } = [];

    /// <summary>The key as the kernel gets it: every <c>-k</c> and <c>-F key=</c> joined by \x01, one char per byte; empty without one.</summary>
    public string Key { get; set; } = "";

    /// <summary>Whether the line is <c>-D</c>, which deletes every rule loaded so far (with <see cref="Key"/>, those with that key).</summary>
    public bool DeletesAll { get; set; }

    /// <summary>Whether the line is <c>-e 2</c>, which locks the audit configuration until reboot.</summary>
    public bool LocksConfiguration { get; set; }

    /// <summary>Whether auditctl sends the line's rule to the kernel once its options are read.</summary>
    public bool SendsRule { get; set; }

    /// <summary>How each of <see cref="Fields"/> was written, for messages about it.</summary>
    public List<string> FieldTexts { get; } = [];

    /// <summary>What auditctl makes of the line's bytes (null for a blank line or a comment).</summary>
    public AuditRuleText? Text { get; set; }

    /// <summary>What is wrong with the line on its own.</summary>
    public List<RuleNote> Findings { get; } = [];

    public bool HasErrors { get; private set; }

    public void Add(RuleNote note)
    {
        Findings.Add(note);
        HasErrors |= note.Severity == RuleFindingSeverity.Error;
    }

    /// <summary>Adds an error of auditctl's option parsing.</summary>
    public void Error(string message) => Add(new(RuleFindingIds.Syntax, RuleFindingSeverity.Error, message, []));

    /// <summary>Adds a warning about how auditctl reads an option.</summary>
    public void Warning(string message) => Add(new(RuleFindingIds.Reading, RuleFindingSeverity.Warning, message, []));

    /// <summary>Adds the cause behind the line's first error to its message.</summary>
    public void Explain(string cause)
    {
        int first = Findings.FindIndex(f => f.Severity == RuleFindingSeverity.Error);
        Findings[first] = Findings[first] with { Message = Findings[first].Message + " (" + cause + ")" };
    }
}

/// <summary>
/// What auditctl makes of a line's bytes that a reader of the line may not see: a NUL that ends it early, arguments
/// beyond its limit, a CR or a tab kept inside a value.
/// </summary>
/// <param name="Length">The line's length in bytes, up to a NUL.</param>
/// <param name="NulAt">Where a NUL ends the line (0-based), or -1.</param>
/// <param name="Hidden">What follows that NUL when it is not blank, else null.</param>
/// <param name="Arguments">How many arguments auditctl keeps.</param>
/// <param name="Dropped">How many it drops beyond its limit.</param>
/// <param name="LastArgument">The last argument it keeps.</param>
/// <param name="EndsInCarriageReturn">Whether the line ends in a CR.</param>
/// <param name="HasTab">Whether the line holds a tab.</param>
internal sealed record AuditRuleText(int Length, int NulAt, byte[]? Hidden, int Arguments, int Dropped, byte[] LastArgument,
    bool EndsInCarriageReturn, bool HasTab);
