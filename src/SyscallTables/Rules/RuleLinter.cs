using System;
using System.Collections.Generic;
using System.IO;

namespace SyscallTables.Rules;

/// <summary>
/// Checks audit rules files (audit.rules, rules.d/*.rules) offline, line by line as auditctl 3.0.9 and the kernel
/// would take them: an error for every line auditctl rejects for its text, a warning for lines that load but do not do
/// what they seem to (a <c>never</c> rule behind the <c>always</c> rule it should silence, a duplicate, an exit value
/// that no failing call returns), that load only on some hosts (a user name) or that use an old form.
/// </summary>
public static class RuleLinter
{
    /// <summary>Checks one rules file against this host's arches (what <c>b64</c> and <c>b32</c> mean to auditctl here).</summary>
    /// <param name="path">The file's name as the findings should give it.</param>
    /// <param name="rules">The file's text.</param>
    /// <returns>The findings in line order.</returns>
    public static IReadOnlyList<RuleFinding> Lint(string path, TextReader rules) =>
        Lint(path, rules, AuditArchs.Host, AuditctlArchs.B32(AuditArchs.Host));

    /// <summary>
    /// Checks one rules file as a host would load it whose machine is <paramref name="host"/> (the arch of <c>-S</c>
    /// without <c>-F arch</c>, and <c>b64</c> where auditctl allows it) and whose <c>b32</c> is <paramref name="host32"/>.
    /// </summary>
    internal static IReadOnlyList<RuleFinding> Lint(string path, TextReader rules, AuditArch? host, AuditArch? host32)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(rules);
        var findings = new List<RuleFinding>();
        var added = new List<AuditRule>();
        int number = 0;
        int lockedAt = 0;
        while (rules.ReadLine() is string text)
        {
            number++;
            AuditRule rule = AuditRuleParser.Parse(text, number, host, host32);
            foreach ((RuleFindingSeverity severity, string message) in rule.Findings)
            {
                findings.Add(new RuleFinding(path, number, severity, message));
            }

            if (rule.HasErrors || rule.Kind == AuditRuleLineKind.Empty)
            {
                continue;
            }

            if (lockedAt > 0)
            {
                findings.Add(new RuleFinding(path, number, RuleFindingSeverity.Warning,
                    $"-e 2 on line {lockedAt} has locked the audit configuration: the kernel refuses this and every later change until reboot; put -e 2 last"));
                continue;
            }

            lockedAt = rule.LocksConfiguration ? number : 0;
            if (rule.DeletesAll && added.Count > 0)
            {
                findings.Add(new RuleFinding(path, number, RuleFindingSeverity.Warning,
                    $"-D deletes every rule loaded before it, including those of lines {added[0].Line} to {added[^1].Line}; put -D first"));
                added.Clear();
            }

            if (rule.Kind is not (AuditRuleLineKind.AddRule or AuditRuleLineKind.AddWatch))
            {
                continue;
            }

            if (FindEarlier(added, rule) is string message2)
            {
                findings.Add(new RuleFinding(path, number, RuleFindingSeverity.Warning, message2));
            }

            added.Add(rule);
        }

        return findings;
    }

    private static string? FindEarlier(List<AuditRule> added, AuditRule rule)
    {
        foreach (AuditRule earlier in added)
        {
            if (IsDuplicate(earlier, rule))
            {
                return $"the same rule as line {earlier.Line}: the kernel refuses the second copy (Rule exists), which stops auditctl -R unless -c is given; delete one";
            }
        }

        if (rule.Action != "never" || rule.Prepend)
        {
            return null;
        }

        foreach (AuditRule earlier in added)
        {
            if (earlier.Action == "always" && earlier.List == rule.List && Covers(earlier, rule))
            {
                return $"never shadowed: the always rule of line {earlier.Line} matches every event this rule would drop, and the first matching rule wins; "
                    + "move this rule above it, or load it with -A (prepend) instead of -a";
            }
        }

        return null;
    }

    private static bool IsDuplicate(AuditRule a, AuditRule b) =>
        a.Kind == b.Kind && a.List == b.List && a.Action == b.Action && a.Arch == b.Arch && a.HasArch == b.HasArch
        && a.AllSyscalls == b.AllSyscalls && a.Syscalls.SetEquals(b.Syscalls)
        && a.WatchPath == b.WatchPath && a.Permissions == b.Permissions
        && SameFields(a.Fields, b.Fields) && string.Join('\u0001', a.Keys) == string.Join('\u0001', b.Keys);

    private static bool SameFields(List<AuditRuleField> a, List<AuditRuleField> b) =>
        a.Count == b.Count && Contains(a, b) && Contains(b, a);

    private static bool Contains(List<AuditRuleField> outer, List<AuditRuleField> inner)
    {
        foreach (AuditRuleField field in inner)
        {
            if (!outer.Contains(field))
            {
                return false;
            }
        }

        return true;
    }

    // Whether every event the never rule matches also matches the always rule: the same arch, at least its syscalls,
    // and no condition the never rule lacks. Watches (-w) are left out: their matching depends on the path's inode.
    private static bool Covers(AuditRule always, AuditRule never)
    {
        if (always.Kind != AuditRuleLineKind.AddRule || always.HasArch != never.HasArch || always.Arch != never.Arch)
        {
            return false;
        }

        bool syscalls = always.AllSyscalls || (!never.AllSyscalls && always.Syscalls.IsSupersetOf(never.Syscalls));
        return syscalls && Contains(never.Fields, always.Fields);
    }
}
