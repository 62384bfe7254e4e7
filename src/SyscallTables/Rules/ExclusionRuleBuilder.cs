using System;
using System.Collections.Generic;
using SyscallTables.Audit;

namespace SyscallTables.Rules;

/// <summary>
/// Groups noisy syscall events (failing ones, or all of them) by arch, syscall and exit, and optionally by
/// executable, ids, key or command, so that each group becomes one <c>never,exit</c> rule. Reads SYSCALL records
/// in the kernel's form (raw, syslog-prefixed, ENRICHED) and as <c>ausearch -i</c> prints them
/// (<see cref="AuditRecord.IsInterpreted"/>, read by <see cref="AuditRecordReader"/> with <c>readsInterpreted</c>).
/// </summary>
/// <remarks>
/// A log is hostile input: any user chooses the path of the program they run, and the kernel logs it. The rules are
/// written so that nothing logged can change what loads: every line stays well inside what <c>auditctl -R</c> reads
/// whole, a value a rule cannot hold exactly is left out of the rule (and the comment says so), no two groups write
/// the same rule (auditctl refuses the second, and <c>auditctl -R</c> stops there), and the memory the groups hold is
/// bounded (<see cref="MaxGroups"/>, <see cref="MaxGroupValueBytes"/>).
/// </remarks>
/// <example>
/// <code>
/// var builder = new ExclusionRuleBuilder(ExclusionRuleFields.Exe);
/// using var reader = new AuditRecordReader(File.OpenRead("/var/log/audit/audit.log"), readsInterpreted: true);
/// while (reader.Read())
/// {
///     if (reader.Current.IsRecord) builder.Add(reader.Current.Record);
/// }
/// foreach (ExclusionRule rule in builder.GetRules("exclude")) rule.WriteTo(Console.Out);
/// </code>
/// </example>
public sealed class ExclusionRuleBuilder
{
    /// <summary>
    /// The most groups one builder keeps. Grouped by exe, a hostile log can hold millions of distinct values; an event
    /// that would open a group past this is counted in <see cref="UngroupedEventCount"/> instead. A group with its rule
    /// and comment costs about 2 KB at its peak, so this keeps <c>syscalls rule</c> near 60 MB; and a rules file of more
    /// exit rules than this is no help anyway, as the kernel walks the exit list for every syscall.
    /// </summary>
    public const int MaxGroups = 20_000;

    /// <summary>
    /// The most memory the logged values of all groups may take (exes, ids, keys and commands, as .NET strings); an
    /// event that would open a group past this is counted in <see cref="UngroupedEventCount"/> instead.
    /// </summary>
    public const int MaxGroupValueBytes = 16 * 1024 * 1024;

    private readonly ExclusionRuleFields _groupBy;
    private readonly bool _includeSucceeded;
    private static readonly ExclusionRuleValue?[] NoValues = new ExclusionRuleValue?[ExclusionRuleFieldNames.Count];

    private readonly Dictionary<GroupKey, ExclusionRuleGroup> _groups = [];
    private readonly ExclusionRuleValues _read = new();
    private readonly ExclusionRuleValue?[] _values = new ExclusionRuleValue?[ExclusionRuleFieldNames.Count];
    private long _heldChars;

    // The keys of an interpreted record joined as the kernel logged them; as long as the longest such record's keys.
    private byte[] _keys = [];

    /// <summary>Creates a builder.</summary>
    /// <param name="groupBy">Fields that split groups beyond arch, syscall and exit.</param>
    /// <param name="includeSucceeded">Whether successful events are grouped too (by arch and syscall, with <c>-F success=1</c>).</param>
    public ExclusionRuleBuilder(ExclusionRuleFields groupBy = ExclusionRuleFields.None, bool includeSucceeded = false)
    {
        _groupBy = groupBy;
        _includeSucceeded = includeSucceeded;
    }

    /// <summary>
    /// Checks, for each exe a rule would name, that the rule loads where it will be loaded: given the exe's path, it
    /// returns why not (a phrase for the rule's comment), or <see langword="null"/>. The kernel refuses a
    /// <c>-F exe=</c> rule whose exe folder is missing, and <c>auditctl -R</c> stops at the first refused line, so a
    /// user who can remove the folder of a program they ran could keep every later rule from loading. A group whose exe
    /// fails the check gets no rule. <see langword="null"/> (the default) checks nothing; the <c>syscalls</c> tool
    /// checks that the folder exists on its host and that only root can remove it.
    /// </summary>
    public Func<string, string?>? ExeFolderCheck { get; init; }

    /// <summary>How many syscall events were read (grouped or not).</summary>
    public long SyscallEventCount { get; private set; }

    /// <summary>How many of them fell into a group.</summary>
    public long GroupedEventCount { get; private set; }

    /// <summary>How many syscall events had an arch without a syscall table here, so no rule can name their syscall.</summary>
    public long UnsupportedArchCount { get; private set; }

    /// <summary>
    /// How many syscall events worth a rule were not grouped because their group would have been one past
    /// <see cref="MaxGroups"/> or past <see cref="MaxGroupValueBytes"/>.
    /// </summary>
    public long UngroupedEventCount { get; private set; }

    /// <summary>How many groups there are (of any size).</summary>
    public int GroupCount => _groups.Count;

    /// <summary>Counts a record if it is a SYSCALL record (any other record is ignored).</summary>
    /// <param name="record">A record in the kernel's form, or as <c>ausearch -i</c> prints it (<see cref="AuditRecord.IsInterpreted"/>).</param>
    /// <returns>Whether the record was a syscall event that fell into a group.</returns>
    public bool Add(AuditRecord record)
    {
        AuditSyscallStatus status = AuditSyscall.TryRead(record, out AuditSyscall call);
        if (status == AuditSyscallStatus.NotSyscall)
        {
            return false;
        }

        SyscallEventCount++;
        if (status == AuditSyscallStatus.UnknownArch || !Syscalls.IsSupported(call.Arch))
        {
            UnsupportedArchCount++;
            return false;
        }

        if (status != AuditSyscallStatus.Complete || (call.Succeeded && !_includeSucceeded))
        {
            return false;
        }

        ExclusionRuleValue?[] values = _values;
        for (int i = 0; i < values.Length; i++)
        {
            if (IsGroupedBy(i))
            {
                values[i] = Read(record, i) ?? AbsentValue(i);
            }
        }

        var key = new GroupKey(call.Arch, call.Number, call.Succeeded, call.Exit, values);
        if (_groups.TryGetValue(key, out ExclusionRuleGroup? group))
        {
            return Count(group);
        }

        // The example's executable is read once per group, not per event.
        ExclusionRuleValue? example = IsGroupedBy(ExclusionRuleFieldNames.ExeIndex) ? null : Read(record, ExclusionRuleFieldNames.ExeIndex);
        return Count(Create(key, example));
    }

    /// <summary>The groups of at least <paramref name="minCount"/> events, most frequent first (ties in arch, syscall, exit order).</summary>
    /// <param name="minCount">The smallest group returned.</param>
    /// <returns>The groups.</returns>
    public IReadOnlyList<ExclusionRuleGroup> GetGroups(long minCount = 1)
    {
        var groups = new List<ExclusionRuleGroup>(_groups.Count);
        foreach (ExclusionRuleGroup group in _groups.Values)
        {
            if (group.Count >= minCount)
            {
                groups.Add(group);
            }
        }

        groups.Sort(CompareGroups);
        return groups;
    }

    /// <summary>
    /// The rules for the groups of at least <paramref name="minCount"/> events, most frequent first. Groups that
    /// differ only in what a rule cannot filter on (a key or comm they were grouped by, a value no rule can hold) share
    /// one rule, under the comments of all of them: auditctl refuses a rule identical to one loaded ("Rule exists"),
    /// and <c>auditctl -R</c> stops at the first refused line.
    /// </summary>
    /// <param name="key">The rules' key (<c>-k</c>); see <see cref="ExclusionRule.IsWritableKey"/>.</param>
    /// <param name="placement">Prepend (<c>-A</c>) or append (<c>-a</c>).</param>
    /// <param name="minCount">The smallest group taken.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not a key an audit.rules line can hold.</exception>
    public IReadOnlyList<ExclusionRule> GetRules(string key, ExclusionRulePlacement placement = ExclusionRulePlacement.Prepend, long minCount = 1)
    {
        ExclusionRule.ThrowIfUnwritableKey(key);
        var byText = new Dictionary<string, List<ExclusionRuleGroup>>(StringComparer.Ordinal);
        var order = new List<string>();
        var folderProblems = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (ExclusionRuleGroup group in GetGroups(minCount))
        {
            string? folderProblem = null;
            if (ExeFolderCheck is { } check && group.HasRule && group.ExeFilter is { } exe
                && !folderProblems.TryGetValue(exe, out folderProblem))
            {
                folderProblem = check(exe);
                folderProblems.Add(exe, folderProblem);
            }

            string text = group.FormatRule(key, placement, folderProblem);
            if (!byText.TryGetValue(text, out List<ExclusionRuleGroup>? sharing))
            {
                sharing = [];
                byText.Add(text, sharing);
                order.Add(text);
            }

            sharing.Add(group);
        }

        // Most frequent first; rules of equal count in the order of their most frequent group.
        var rules = new List<ExclusionRule>(order.Count);
        foreach (string text in order)
        {
            rules.Add(new ExclusionRule(text, byText[text]));
        }

        rules.Sort(static (a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : CompareGroups(a.Groups[0], b.Groups[0]));
        return rules;
    }

    // Most frequent first; ties in arch, syscall, outcome and value order, so that the output is stable.
    private static int CompareGroups(ExclusionRuleGroup a, ExclusionRuleGroup b)
    {
        int order = b.Count.CompareTo(a.Count);
        order = order != 0 ? order : a.Arch.CompareTo(b.Arch);
        order = order != 0 ? order : a.Syscall.CompareTo(b.Syscall);
        order = order != 0 ? order : a.Succeeded.CompareTo(b.Succeeded);
        order = order != 0 ? order : b.Exit.CompareTo(a.Exit);
        return order != 0 ? order : ExclusionRuleGroup.CompareValues(a, b);
    }

    private bool IsGroupedBy(int index) => ((int)_groupBy & (1 << index)) != 0;

    // An event's values are looked up in one reused array; a new group copies them (without --by every group shares
    // one array of no values), so that an event of a known group allocates nothing.
    private ExclusionRuleGroup? Create(GroupKey key, ExclusionRuleValue? example)
    {
        long held = example?.HeldChars ?? 0;
        foreach (ExclusionRuleValue? value in key.Values)
        {
            held += value?.HeldChars ?? 0;
        }

        if (_groups.Count >= MaxGroups || (_heldChars + held) * sizeof(char) > MaxGroupValueBytes)
        {
            return null;
        }

        _heldChars += held;
        ExclusionRuleValue?[] values = _groupBy == ExclusionRuleFields.None ? NoValues : (ExclusionRuleValue?[])key.Values.Clone();
        var group = new ExclusionRuleGroup(key.Arch, key.Syscall, key.Succeeded, key.Exit, values, example);
        _groups.Add(new GroupKey(key.Arch, key.Syscall, key.Succeeded, key.Exit, values), group);
        return group;
    }

    private bool Count(ExclusionRuleGroup? group)
    {
        if (group is null)
        {
            UngroupedEventCount++;
            return false;
        }

        group.Count++;
        GroupedEventCount++;
        return true;
    }

    // The value of field index as the record logged it, or null when it logged none: the kernel writes "(null)" or
    // "(none)" for a missing string, and ausearch -i prints those as they are. The kernel quotes exe, key and comm, or
    // hex-encodes them when they hold spaces or other bytes it would not print; ausearch -i prints them decoded.
    private ExclusionRuleValue? Read(AuditRecord record, int index)
    {
        if (!record.TryGetField(ExclusionRuleFieldNames.Utf8Name(index), out AuditField field) || field.IsPlaceholder)
        {
            return null;
        }

        if (record.IsInterpreted && index == ExclusionRuleFieldNames.KeyIndex)
        {
            return _read.Get(index, JoinInterpretedKeys(record, field), isHex: false);
        }

        bool isHex = !record.IsInterpreted && ExclusionRuleFieldNames.IsString(index) && !field.IsQuoted && ExclusionRuleValue.IsHex(field.Value);
        return _read.Get(index, field.Value, isHex);
    }

    // The kernel logs the keys of several matching rules as one value joined by 0x01 (AUDIT_KEY_SEPARATOR); ausearch
    // -i prints each as a field of its own ("key=k1 key=k2", ausearch-report.c), so they are joined back as logged.
    private ReadOnlySpan<byte> JoinInterpretedKeys(AuditRecord record, AuditField first)
    {
        if (record.Line[first.End..].IndexOf(" key="u8) < 0)
        {
            return first.Value;
        }

        int length = 0;
        bool several = false;
        foreach (AuditField field in record.Fields)
        {
            if (field.Name.SequenceEqual("key"u8))
            {
                several |= length > 0;
                length += field.ValueLength + 1;
            }
        }

        if (!several)
        {
            return first.Value;
        }

        if (_keys.Length < length)
        {
            _keys = new byte[Math.Max(length, 2 * _keys.Length)];
        }

        int at = 0;
        foreach (AuditField field in record.Fields)
        {
            if (field.Name.SequenceEqual("key"u8))
            {
                if (at > 0)
                {
                    _keys[at++] = 1;
                }

                field.Value.CopyTo(_keys.AsSpan(at));
                at += field.ValueLength;
            }
        }

        return _keys.AsSpan(0, at);
    }

    // A filter field the events do not log leaves the rule without that filter, which the comment says; key and comm
    // only name the group, so an absent one is simply not named.
    private static ExclusionRuleValue? AbsentValue(int index) => index < ExclusionRuleFieldNames.FilterCount ? ExclusionRuleValue.Absent : null;

    /// <summary>What a group is: arch, syscall, outcome and the values of the fields grouped by (compared by value).</summary>
    private readonly struct GroupKey(AuditArch arch, int syscall, bool succeeded, int exit, ExclusionRuleValue?[] values) : IEquatable<GroupKey>
    {
        public AuditArch Arch => arch;

        public int Syscall => syscall;

        public bool Succeeded => succeeded;

        public int Exit => exit;

        public ExclusionRuleValue?[] Values => values;

        public bool Equals(GroupKey other)
        {
            if (arch != other.Arch || syscall != other.Syscall || succeeded != other.Succeeded || exit != other.Exit)
            {
                return false;
            }

            for (int i = 0; i < values.Length; i++)
            {
                if (!Equals(values[i], other.Values[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is GroupKey other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(arch);
            hash.Add(syscall);
            hash.Add(succeeded);
            hash.Add(exit);
            foreach (ExclusionRuleValue? value in values)
            {
                hash.Add(value);
            }

            return hash.ToHashCode();
        }
    }
}
