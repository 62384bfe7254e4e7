using System;
using System.Collections.Generic;
using System.IO;

namespace SyscallTables.Rules;

/// <summary>
/// Checks audit rules files (audit.rules, rules.d/*.rules) offline, line by line as auditctl 3.0.9 and the kernel
/// would take them: an error for every line <c>auditctl -R</c> rejects (it stops loading there), a warning for lines
/// that load but do not do what they seem to (a <c>never</c> rule behind the <c>always</c> rule it should silence, an
/// exit value that no failing call returns, a value auditctl reads as another), that load only on some hosts (a user
/// name) or that use an old form. Text quoted from the file is escaped and cut short (<see cref="DisplayText"/>).
/// </summary>
/// <remarks>
/// A file is read once, in bounded memory: a line is held up to auditctl's own limit only, and earlier rules are kept
/// indexed, so each line costs the same however many came before it.
/// </remarks>
public static class RuleLinter
{
    /// <summary>Checks one rules file against this host's arches (what <c>b64</c> and <c>b32</c> mean to auditctl here).</summary>
    /// <param name="path">The file's name as the findings should give it.</param>
    /// <param name="rules">The file's text.</param>
    /// <returns>The findings in line order.</returns>
    public static IReadOnlyList<RuleFinding> Lint(string path, TextReader rules) =>
        Lint(path, rules, AuditArchs.Host, AuditctlArchs.B32(AuditArchs.Host));

    /// <summary>
    /// Checks one rules file as auditctl reads it, byte for byte, against this host's arches. The findings come as the
    /// file is read, so a caller can print each at once and keep none.
    /// </summary>
    /// <param name="path">The file's name as the findings should give it.</param>
    /// <param name="rules">The file's bytes.</param>
    /// <returns>The findings in line order, found as they are enumerated.</returns>
    public static IEnumerable<RuleFinding> Lint(string path, Stream rules)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(rules);
        return Check(path, rules, AuditArchs.Host, AuditctlArchs.B32(AuditArchs.Host));
    }

    /// <summary>
    /// Checks one rules file as a host would load it whose machine is <paramref name="host"/> (the arch of <c>-S</c>
    /// without <c>-F arch</c>, and <c>b64</c> where auditctl allows it) and whose <c>b32</c> is <paramref name="host32"/>.
    /// </summary>
    internal static IReadOnlyList<RuleFinding> Lint(string path, TextReader rules, AuditArch? host, AuditArch? host32)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(rules);
        return [.. Check(path, new RulesFileReader.TextStream(rules), host, host32)];
    }

    /// <summary>As <see cref="Lint(string, Stream)"/> for a host whose arches are given.</summary>
    internal static IEnumerable<RuleFinding> Check(string path, Stream rules, AuditArch? host, AuditArch? host32)
    {
        var reader = new RulesFileReader(rules);
        var loaded = new LoadedRules();
        int lockedAt = 0;
        while (reader.Read())
        {
            int number = reader.LineNumber;
            if (reader.Length > AuditctlLimits.MaxLineBytes)
            {
                bool comment = reader.Line.TrimStart((byte)' ').StartsWith("#"u8);
                yield return Finding(path, number, RuleChecks.LineTooLong(reader.Length, comment, reader.Tail));
                continue;
            }

            AuditRule rule = AuditRuleParser.Parse(reader.Line, number, host, host32);
            RuleChecks.CheckRule(rule);
            RuleChecks.CheckText(rule);
            foreach (RuleNote note in rule.Findings)
            {
                yield return Finding(path, number, note);
            }

            if (rule.HasErrors || rule.Kind == AuditRuleLineKind.Empty)
            {
                continue;
            }

            if (lockedAt > 0)
            {
                yield return Finding(path, number, RuleChecks.AfterLock(lockedAt));
                continue;
            }

            lockedAt = rule.LocksConfiguration ? number : 0;
            if (rule.DeletesAll)
            {
                (int first, int last) = loaded.DeleteAll(rule.Key);
                if (first > 0)
                {
                    yield return Finding(path, number, RuleChecks.DeletesEarlierRules(first, last));
                }

                continue;
            }

            if (rule.Kind is AuditRuleLineKind.DeleteRule or AuditRuleLineKind.DeleteWatch)
            {
                loaded.Remove(rule);
                continue;
            }

            if (rule.Kind is not (AuditRuleLineKind.AddRule or AuditRuleLineKind.AddWatch))
            {
                continue;
            }

            if (loaded.FindDuplicate(rule) is int earlier and > 0)
            {
                yield return Finding(path, number, RuleChecks.DuplicateRule(earlier));
                continue;
            }

            if (rule.Kind == AuditRuleLineKind.AddRule && rule.Action == AuditRuleAction.Never && !rule.Prepend && loaded.FindShadowing(rule) is int always and > 0)
            {
                yield return Finding(path, number, RuleChecks.NeverShadowed(always));
            }

            loaded.Add(rule);
        }
    }

    private static RuleFinding Finding(string path, int line, RuleNote note) =>
        new(path, line, note.Severity, note.Id, note.Message, note.Values);
}
