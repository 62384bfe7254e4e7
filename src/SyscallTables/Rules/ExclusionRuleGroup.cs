using System;
using System.Globalization;
using System.Text;

namespace SyscallTables.Rules;

/// <summary>
/// Syscall events that one exclusion rule silences: same arch, syscall and outcome (the errno of a failure, or
/// success), and the same values of the <see cref="ExclusionRuleFields"/> they were grouped by.
/// </summary>
public sealed class ExclusionRuleGroup
{
    private readonly ExclusionRuleValue?[] _values;
    private readonly ExclusionRuleValue? _exampleExe;

    internal ExclusionRuleGroup(AuditArch arch, int syscall, bool succeeded, int exit, ExclusionRuleValue?[] values, ExclusionRuleValue? exampleExe)
    {
        Arch = arch;
        Syscall = syscall;
        Succeeded = succeeded;
        Exit = exit;
        _values = values;
        _exampleExe = exampleExe;
    }

    /// <summary>The events' arch.</summary>
    public AuditArch Arch { get; }

    /// <summary>The syscall number.</summary>
    public int Syscall { get; }

    /// <summary>Whether the events succeeded (grouped only when successful events are counted too).</summary>
    public bool Succeeded { get; }

    /// <summary>The exit value of the failing events (<c>-17</c>); 0 when <see cref="Succeeded"/>.</summary>
    public int Exit { get; }

    /// <summary>How many events fell in the group.</summary>
    public long Count { get; internal set; }

    /// <summary>
    /// The value the events share for <paramref name="field"/>: as the rule filters on it (<c>unset</c>, <c>1000</c>,
    /// <c>/bin/mkdir</c>), or, where no rule can hold it, as the comment shows it (escaped, a long value cut);
    /// <see langword="null"/> when not grouped by it or not logged.
    /// </summary>
    /// <param name="field">One of the <see cref="ExclusionRuleFields"/> flags.</param>
    /// <returns>The value, or <see langword="null"/>.</returns>
    public string? GetValue(ExclusionRuleFields field)
    {
        int index = System.Numerics.BitOperations.TrailingZeroCount((uint)field);
        ExclusionRuleValue? value = field != ExclusionRuleFields.None && ((uint)field & ((uint)field - 1)) == 0 && index < _values.Length ? _values[index] : null;
        return value is null || ReferenceEquals(value, ExclusionRuleValue.Absent) ? null : value.Filter ?? value.Shown;
    }

    /// <summary>The interpreted example of the comment line: <c>mkdir EEXIST(File exists) by /bin/mkdir</c>.</summary>
    public string Example => ShownExe is { } exe ? Outcome + " by " + exe.Shown : Outcome;

    // "mkdir EEXIST(File exists)", "openat succeeded".
    private string Outcome =>
        (Syscalls.GetName(Arch, Syscall) ?? Syscall.ToString(CultureInfo.InvariantCulture)) + (Succeeded ? " succeeded" : " " + DescribeExit(Arch, Exit));

    /// <summary>
    /// The comment line above the rule: <c># 4,211 x mkdir EEXIST(File exists) by /bin/mkdir</c>, with what the rule
    /// cannot say. Logged values are escaped (<see cref="DisplayText"/>) and long ones cut, with their length, so that
    /// the line stays one short line whatever was logged.
    /// </summary>
    /// <returns>The line, without a newline.</returns>
    public string FormatComment()
    {
        var text = new StringBuilder("# ");
        text.Append(Count.ToString("N0", CultureInfo.InvariantCulture)).Append(" x ").Append(Example);
        if (!IsHostArch(Arch) || IsX32)
        {
            text.Append(" on ").Append(AbiName);
        }

        for (int i = 1; i < ExclusionRuleFieldNames.Count; i++)
        {
            if (_values[i] is { Filter: null } value && !ReferenceEquals(value, ExclusionRuleValue.Absent))
            {
                text.Append(' ').Append(ExclusionRuleFieldNames.Name(i)).Append('=').Append(value.Shown);
            }
        }

        AppendShortened(text);
        if (_values[0] is { Problem: { } exeProblem })
        {
            text.Append(" (exe not filtered: ").Append(exeProblem).Append(')');
        }

        AppendUnfilteredIds(text);
        if (!CanExclude)
        {
            text.Append(CultureInfo.InvariantCulture, $" (syscall {Syscall} is past 2047, the last number an exit rule can match)");
        }
        else if (!AuditctlSyscalls.KnowsArch(Arch))
        {
            text.Append(CultureInfo.InvariantCulture, $" (auditctl {AuditctlSyscalls.BaselineVersion} has no arch {AuditArchs.GetName(Arch)}: load the rule with an audit-userspace that has, see `ausyscall {AuditArchs.GetName(Arch)} --dump`)");
        }
        else if (!AuditctlSyscalls.IsKnown(Arch, Syscall) && Syscalls.GetAuditName(Arch, Syscall) is { } name)
        {
            text.Append(CultureInfo.InvariantCulture, $" ({name} is {Syscall}: auditctl {AuditctlSyscalls.BaselineVersion} has no name for it)");
        }

        return text.ToString();
    }

    /// <summary>
    /// Whether an exit rule can match the group's syscall at all. The kernel keeps a rule's syscalls as a mask of 2048
    /// bits and never matches a larger number, not even with <c>-S all</c>: x32 syscalls (0x40000000 and up) and every
    /// mips syscall (o32 4000-, n64 5000-, n32 6000-) are logged only by task rules or alongside other records, and no
    /// <c>never,exit</c> rule silences them.
    /// </summary>
    public bool CanExclude => Syscall is >= 0 and < 2048;

    /// <summary>
    /// The rule auditctl accepts: <c>-A never,exit -F arch=b64 -S mkdir -F exit=-EEXIST -k exclude</c>. The arch is
    /// <c>b64</c>/<c>b32</c> for the arches auditctl reads them as on this host and auditctl's arch name for others
    /// (<c>ppc64le</c>, <c>s390x</c>, <c>arm</c>, which load the same on every host); the syscall is named as
    /// audit-userspace names it, or given as its number when auditctl <see cref="AuditctlSyscalls.BaselineVersion"/>
    /// cannot name it. For an arch auditctl <see cref="AuditctlSyscalls.BaselineVersion"/> has no value for
    /// (<see cref="AuditctlSyscalls.KnowsArch"/>: riscv64, loongarch64) the arch is the kernel's value in hex
    /// (<c>0xc00000f3</c>), which a later auditctl that knows the arch reads, and the syscall its number. A group that
    /// gets no rule (<see cref="HasRule"/> is <see langword="false"/>) gets a comment line that says why instead.
    /// </summary>
    /// <param name="key">The rule's key (<c>-k</c>).</param>
    /// <param name="placement">Prepend (<c>-A</c>) or append (<c>-a</c>).</param>
    /// <returns>The rule, without a newline.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not a key an audit.rules line can hold (<see cref="ExclusionRule.IsWritableKey"/>).</exception>
    public string FormatRule(string key, ExclusionRulePlacement placement = ExclusionRulePlacement.Prepend) => FormatRule(key, placement, exeFolderProblem: null);

    /// <summary>
    /// Whether the group gets a rule. It does not when no exit rule can match its syscall (<see cref="CanExclude"/>),
    /// nor when a value it was grouped by (the exe, an id) cannot be written in a rule: a rule without that filter
    /// would silence the same calls of every other program or user, far more than the events counted here.
    /// </summary>
    public bool HasRule => CanExclude && UnwritableFilter() < 0;

    /// <summary>The rule, or the comment that says why there is none; <paramref name="exeFolderProblem"/> is why the host refuses the exe's rule.</summary>
    internal string FormatRule(string key, ExclusionRulePlacement placement, string? exeFolderProblem)
    {
        ExclusionRule.ThrowIfUnwritableKey(key);
        if (NoRuleReason(exeFolderProblem) is { } reason)
        {
            return "# no rule: " + reason;
        }

        var text = new StringBuilder(placement == ExclusionRulePlacement.Prepend ? "-A" : "-a");
        text.Append(" never,exit -F arch=").Append(ArchTerm(Arch)).Append(" -S ");
        if (AuditctlSyscalls.IsKnown(Arch, Syscall))
        {
            text.Append(Syscalls.GetAuditName(Arch, Syscall));
        }
        else
        {
            text.Append(Syscall.ToString(CultureInfo.InvariantCulture));
        }

        if (Succeeded)
        {
            text.Append(" -F success=1");
        }
        else
        {
            text.Append(" -F exit=");
            // auditctl has one errno table, the generic one: a name is written only where the record's arch means the
            // same number by it (not for mips' or sparc's own numbers, nor ppc's EDEADLOCK 58).
            if (Exit < 0 && Errnos.GetName(-Exit) is { } errno && errno == Errnos.GetName(Arch, -Exit))
            {
                text.Append('-').Append(errno);
            }
            else
            {
                text.Append(Exit.ToString(CultureInfo.InvariantCulture));
            }
        }

        // Only exe and the ids are filters (key and comm just name the group), and only with a value a rule can hold.
        for (int i = 0; i < ExclusionRuleFieldNames.Count; i++)
        {
            if (_values[i]?.Filter is { } value)
            {
                text.Append(" -F ").Append(ExclusionRuleFieldNames.Name(i)).Append('=').Append(value);
            }
        }

        return text.Append(" -k ").Append(key).ToString();
    }

    /// <summary>The exe the rule filters on (<c>-F exe=</c>), or <see langword="null"/>.</summary>
    internal string? ExeFilter => _values[0]?.Filter;

    // The first filter field the group was split by whose value no rule can hold, or -1.
    private int UnwritableFilter()
    {
        for (int i = 0; i < ExclusionRuleFieldNames.FilterCount; i++)
        {
            if (_values[i] is { Filter: null })
            {
                return i;
            }
        }

        return -1;
    }

    private string? NoRuleReason(string? exeFolderProblem)
    {
        if (!CanExclude)
        {
            return $"the kernel's exit filter cannot match {AbiName} syscall {Syscall.ToString(CultureInfo.InvariantCulture)} "
                + "(rules hold syscalls 0-2047); these events come from a task rule (-a always,task) or with another record, so exclude them there";
        }

        if (UnwritableFilter() is int i and >= 0)
        {
            return $"{ExclusionRuleFieldNames.Name(i)} cannot be written in a rule (see above), and a rule without it would silence {Outcome} for every {(i == 0 ? "program" : i <= 3 ? "user" : "group")}";
        }

        return exeFolderProblem is null ? null
            : $"the kernel refuses a -F exe= rule where the exe's folder is missing, and auditctl -R stops at a refused line; {exeFolderProblem}";
    }

    /// <summary>Orders groups of equal count, arch, syscall and exit by their values.</summary>
    internal static int CompareValues(ExclusionRuleGroup a, ExclusionRuleGroup b)
    {
        for (int i = 0; i < ExclusionRuleFieldNames.Count; i++)
        {
            int order = ExclusionRuleValue.Compare(a._values[i], b._values[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    private ExclusionRuleValue? ShownExe => _values[0] is { } exe && !ReferenceEquals(exe, ExclusionRuleValue.Absent) ? exe : _exampleExe;

    // " (shortened: exe of 6,144 bytes, key of 900 bytes)" for the values the comment shows cut.
    private void AppendShortened(StringBuilder text)
    {
        string separator = " (shortened: ";
        for (int i = 0; i < ExclusionRuleFieldNames.Count; i++)
        {
            ExclusionRuleValue? value = i == 0 ? ShownExe : _values[i];
            if (value is { IsShortened: true } && (i == 0 || value.Filter is null))
            {
                text.Append(separator).Append(ExclusionRuleFieldNames.Name(i)).Append(CultureInfo.InvariantCulture, $" of {value.ByteLength:N0} bytes");
                separator = ", ";
            }
        }

        if (separator == ", ")
        {
            text.Append(')');
        }
    }

    // " (uid, euid not filtered: ...)": ids left out for the same reason are named together.
    private void AppendUnfilteredIds(StringBuilder text)
    {
        for (int i = 1; i < ExclusionRuleFieldNames.FilterCount; i++)
        {
            string? problem = _values[i]?.Problem;
            if (problem is null || IsIdProblemSaid(i, problem))
            {
                continue;
            }

            text.Append(" (").Append(ExclusionRuleFieldNames.Name(i));
            for (int j = i + 1; j < ExclusionRuleFieldNames.FilterCount; j++)
            {
                if (_values[j]?.Problem == problem)
                {
                    text.Append(", ").Append(ExclusionRuleFieldNames.Name(j));
                }
            }

            text.Append(" not filtered: ").Append(problem).Append(')');
        }
    }

    private bool IsIdProblemSaid(int index, string problem)
    {
        for (int i = 1; i < index; i++)
        {
            if (_values[i]?.Problem == problem)
            {
                return true;
            }
        }

        return false;
    }

    private static string DescribeExit(AuditArch arch, int exit) =>
        exit < 0 && Errnos.GetName(arch, -exit) is { } name
            ? $"{name}({Errnos.GetMessage(arch, -exit)})"
            : exit.ToString(CultureInfo.InvariantCulture);

    // x32 shares x86_64's audit arch; its syscalls carry 0x40000000 (__X32_SYSCALL_BIT).
    private bool IsX32 => Arch == AuditArch.X86_64 && Syscall >= 0x40000000;

    private string? AbiName => IsX32 ? "x32" : AuditArchs.GetName(Arch);

    private static bool IsHostArch(AuditArch arch) => arch == AuditArchs.Host || arch == AuditctlArchs.B32(AuditArchs.Host);

    // auditctl reads b64/b32 as this host's own arches; another arch goes by the machine name auditctl knows it by
    // (x86_64, i386, aarch64, arm, ppc, ppc64, ppc64le, s390, s390x), and one auditctl has no name for by the kernel's
    // value with 0x, which auditctl reads as a C number (without 0x a value starting with a digit is taken as decimal).
    private static string ArchTerm(AuditArch arch)
    {
        AuditArch? host = AuditArchs.Host;
        if (AuditctlArchs.B64(host) == arch)
        {
            return "b64";
        }

        if (AuditctlArchs.B32(host) == arch)
        {
            return "b32";
        }

        return AuditctlArchs.NameOf(arch) ?? "0x" + ((uint)arch).ToString("x", CultureInfo.InvariantCulture);
    }
}
