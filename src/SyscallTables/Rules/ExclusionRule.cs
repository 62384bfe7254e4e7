using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Text;

namespace SyscallTables.Rules;

/// <summary>
/// One rule of <see cref="ExclusionRuleBuilder.GetRules"/> and the groups whose events it silences. Groups that differ
/// only in what a rule cannot filter on (a key or comm, a value no rule can hold) share one rule: auditctl refuses a
/// rule identical to a loaded one ("Rule exists"), and <c>auditctl -R</c> stops at the first refused line.
/// </summary>
public sealed class ExclusionRule
{
    internal ExclusionRule(string text, IReadOnlyList<ExclusionRuleGroup> groups)
    {
        Text = text;
        Groups = groups;
        long count = 0;
        foreach (ExclusionRuleGroup group in groups)
        {
            count += group.Count;
        }

        Count = count;

        // FormatRule writes a comment line exactly where there is no rule; groups that share a rule share its exe filter.
        IsRule = !text.StartsWith('#');
        FiltersOnExe = IsRule && groups[0].ExeFilter is not null;
    }

    /// <summary>
    /// The rule line (<see cref="ExclusionRuleGroup.FormatRule(string, ExclusionRulePlacement)"/>); for groups that get no rule (<see cref="IsRule"/> is
    /// <see langword="false"/>), a comment line that says why.
    /// </summary>
    public string Text { get; }

    /// <summary>The groups, most frequent first; each has its comment line above the rule.</summary>
    public IReadOnlyList<ExclusionRuleGroup> Groups { get; }

    /// <summary>How many events the groups hold together.</summary>
    public long Count { get; }

    /// <summary>
    /// Whether <see cref="Text"/> is a rule. It is not for groups whose syscall no exit rule can match
    /// (<see cref="ExclusionRuleGroup.CanExclude"/>), whose grouped value no rule can hold
    /// (<see cref="ExclusionRuleGroup.HasRule"/>), or whose exe failed <see cref="ExclusionRuleBuilder.ExeFolderCheck"/>.
    /// </summary>
    public bool IsRule { get; }

    /// <summary>
    /// Whether the rule filters on <c>-F exe=</c>: the kernel refuses such a rule where the exe's folder does not
    /// exist (No such file or directory), as it resolves the folder when the rule is added.
    /// </summary>
    public bool FiltersOnExe { get; }

    /// <summary>
    /// Writes the groups' comment lines and then <see cref="Text"/>, each ended by <c>\n</c>. Whatever was logged,
    /// every line stays well inside what auditctl reads as one line (it cuts a longer line and reads the tail as a line
    /// of its own), and no line holds a control or format character.
    /// </summary>
    /// <param name="output">Where the lines go.</param>
    public void WriteTo(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (ExclusionRuleGroup group in Groups)
        {
            output.Write(group.FormatComment());
            output.Write('\n');
        }

        output.Write(Text);
        output.Write('\n');
    }

    /// <summary>
    /// Whether <paramref name="key"/> can be a rule's key as written: 1 to 256 bytes of UTF-8 (the kernel's limit),
    /// with no whitespace (auditctl splits a line at spaces), no backslash (<c>auditctl -R</c> reads <c>\\</c> and
    /// <c>\ </c> as escapes) and no control or format character.
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="problem">Why it cannot, as a phrase for a message; <see langword="null"/> when it can.</param>
    /// <returns><see langword="true"/> when the key can be written.</returns>
    public static bool IsWritableKey(string key, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(key);
        problem = key.Length == 0 ? "a key cannot be empty"
            : ExclusionRuleValue.HasUnwritableCharacter(key) ? "a key cannot hold whitespace, a backslash, or a control or format character (auditctl splits a rule at spaces and reads backslashes as escapes)"
            : Encoding.UTF8.GetByteCount(key) > AuditctlLimits.MaxKeyBytes ? string.Create(CultureInfo.InvariantCulture, $"a key holds at most {AuditctlLimits.MaxKeyBytes} bytes (the kernel's limit)")
            : null;
        return problem is null;
    }

    internal static void ThrowIfUnwritableKey(string key)
    {
        if (!IsWritableKey(key, out string? problem))
        {
            throw new ArgumentException(problem, nameof(key));
        }
    }
}
