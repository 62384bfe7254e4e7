namespace SyscallTables.Rules;

/// <summary>
/// How much auditctl 3.0.9 and the kernel take in one rule. A rules file is data root loads: a line past these limits
/// does not just fail, it can load as something else, so the rule writer stays inside them and the linter reports them.
/// </summary>
internal static class AuditctlLimits
{
    /// <summary>
    /// The longest line <c>auditctl -R</c> reads whole: it reads a rules file with <c>fgets</c> into 6,144 bytes, so a
    /// longer line is cut there and its tail read as a line of its own (a comment's tail included, which is how a
    /// value in a comment could become a rule).
    /// </summary>
    public const int MaxLineBytes = 6143;

    /// <summary>
    /// The longest line the rule writer produces: well inside <see cref="MaxLineBytes"/>, so that a rule file stays
    /// readable by auditctl after an editor or a script adds to a line.
    /// </summary>
    public const int MaxWrittenLineBytes = 2048;

    /// <summary>The most <c>-F</c> fields of one rule (the kernel's <c>AUDIT_MAX_FIELDS</c>).</summary>
    public const int MaxFields = 64;

    /// <summary>The longest key, all of a rule's keys joined (the kernel's <c>AUDIT_MAX_KEY_LEN</c>).</summary>
    public const int MaxKeyBytes = 256;

    /// <summary>The longest path of <c>-F path=</c>, <c>dir=</c>, <c>exe=</c> and <c>-w</c> (the kernel's <c>PATH_MAX</c>).</summary>
    public const int MaxPathBytes = 4096;

    /// <summary>
    /// The longest name in a path (the kernel's <c>NAME_MAX</c>): the kernel refuses <c>-F exe=</c> with a longer part
    /// (ENAMETOOLONG, "File name too long"), as it resolves the exe's folder when the rule is added.
    /// </summary>
    public const int MaxNameBytes = 255;
}
