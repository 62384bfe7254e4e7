using System;
using System.Buffers.Text;
using System.Collections.Generic;
using System.Text;
using SyscallTables.Audit;

namespace SyscallTables.Rules;

/// <summary>
/// Groups noisy syscall events (failing ones, or all of them) by arch, syscall and exit, and optionally by
/// executable, ids, key or command, so that each group becomes one <c>never,exit</c> rule. Reads SYSCALL records
/// in the kernel's form (raw, syslog-prefixed, ENRICHED) and as <c>ausearch -i</c> prints them.
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
/// using var reader = new AuditRecordReader(File.OpenRead("/var/log/audit/audit.log"));
/// while (reader.Read())
/// {
///     AuditLine line = reader.Current;
///     if (line.IsRecord) builder.Add(line.Record); else if (!line.IsPiece) builder.AddInterpreted(line.Bytes);
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
    private static readonly ExclusionRuleValue?[] NoValues = new ExclusionRuleValue?[ExclusionRuleGroup.FieldCount];

    private readonly Dictionary<GroupKey, ExclusionRuleGroup> _groups = [];
    private readonly ExclusionRuleValues _read = new();
    private readonly ExclusionRuleValue?[] _values = new ExclusionRuleValue?[ExclusionRuleGroup.FieldCount];
    private long _heldChars;

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
    /// <param name="record">A record in the kernel's form.</param>
    /// <returns>Whether the record was a syscall event that fell into a group.</returns>
    public bool Add(AuditRecord record)
    {
        if (!record.Type.SequenceEqual("SYSCALL"u8))
        {
            return false;
        }

        SyscallEventCount++;
        if (!record.TryGetField("arch"u8, out AuditField archField) || !FieldInterpreter.TryParseArch(archField.Value, out AuditArch arch)
            || !Syscalls.IsSupported(arch))
        {
            UnsupportedArchCount++;
            return false;
        }

        if (!record.TryGetField("syscall"u8, out AuditField syscallField) || !TryParseWhole(syscallField.Value, out int syscall)
            || !record.TryGetField("success"u8, out AuditField successField))
        {
            return false;
        }

        bool succeeded = successField.Value.SequenceEqual("yes"u8);
        int exit = 0;
        if (!succeeded && (!record.TryGetField("exit"u8, out AuditField exitField) || !TryParseWhole(exitField.Value, out exit)))
        {
            return false;
        }

        if (succeeded && !_includeSucceeded)
        {
            return false;
        }

        ExclusionRuleValue?[] values = _values;
        for (int i = 0; i < values.Length; i++)
        {
            if (IsGroupedBy(i))
            {
                values[i] = record.TryGetField(RawFieldName(i), out AuditField field) && !field.IsPlaceholder ? RawValue(i, field) : AbsentValue(i);
            }
        }

        var key = new GroupKey(arch, syscall, succeeded, exit, values);
        if (_groups.TryGetValue(key, out ExclusionRuleGroup? group))
        {
            return Count(group);
        }

        // The example's executable is read once per group, not per event.
        ExclusionRuleValue? example = !IsGroupedBy(0) && record.TryGetField("exe"u8, out AuditField exeField) && !exeField.IsPlaceholder ? RawValue(0, exeField) : null;
        return Count(Create(key, example));
    }

    /// <summary>
    /// Counts a line as <c>ausearch -i</c> prints a SYSCALL record
    /// (<c>type=SYSCALL msg=audit(11/25/16 02:45:01.111:5431) : arch=x86_64 syscall=mkdir success=no exit=EEXIST(File exists) ...</c>);
    /// names are mapped back to numbers with the arch's syscall table and the errno table.
    /// </summary>
    /// <param name="line">One line of UTF-8 text, without its newline.</param>
    /// <returns>Whether the line was an interpreted syscall event that fell into a group.</returns>
    public bool AddInterpreted(ReadOnlySpan<byte> line)
    {
        int header = line.IndexOf("type=SYSCALL msg=audit("u8);
        if (header < 0 || (header > 0 && line[header - 1] != (byte)' '))
        {
            return false;
        }

        int bodyStart = line[header..].IndexOf(") : "u8);
        if (bodyStart < 0)
        {
            return false;
        }

        ReadOnlySpan<byte> body = line[(header + bodyStart + 3)..];
        SyscallEventCount++;
        if (!TryGetInterpreted(body, "arch"u8, out ReadOnlySpan<byte> archText) || !TryParseInterpretedArch(archText, out AuditArch arch, out AuditArch? namedBy)
            || !Syscalls.IsSupported(arch))
        {
            UnsupportedArchCount++;
            return false;
        }

        if (!TryGetInterpreted(body, "syscall"u8, out ReadOnlySpan<byte> syscallText) || !TryParseInterpretedSyscall(namedBy, syscallText, out int syscall)
            || !TryGetInterpreted(body, "success"u8, out ReadOnlySpan<byte> successText))
        {
            return false;
        }

        bool succeeded = successText.SequenceEqual("yes"u8);
        int exit = 0;
        if (!succeeded && (!TryGetInterpreted(body, "exit"u8, out ReadOnlySpan<byte> exitText) || !TryParseInterpretedExit(exitText, out exit)))
        {
            return false;
        }

        if (succeeded && !_includeSucceeded)
        {
            return false;
        }

        ExclusionRuleValue?[] values = _values;
        for (int i = 0; i < values.Length; i++)
        {
            if (IsGroupedBy(i))
            {
                values[i] = TryGetInterpreted(body, RawFieldName(i), out ReadOnlySpan<byte> value) ? PresentValue(i, value) : AbsentValue(i);
            }
        }

        var key = new GroupKey(arch, syscall, succeeded, exit, values);
        if (_groups.TryGetValue(key, out ExclusionRuleGroup? group))
        {
            return Count(group);
        }

        ExclusionRuleValue? example = !IsGroupedBy(0) && TryGetInterpreted(body, "exe"u8, out ReadOnlySpan<byte> exeText) ? PresentValue(0, exeText) : null;
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

    private static ReadOnlySpan<byte> RawFieldName(int index) => index switch
    {
        0 => "exe"u8,
        1 => "auid"u8,
        2 => "uid"u8,
        3 => "euid"u8,
        4 => "gid"u8,
        5 => "egid"u8,
        6 => "key"u8,
        _ => "comm"u8,
    };

    // exe, key and comm are quoted, or hex-encoded when they hold spaces or other bytes the kernel would not print.
    private ExclusionRuleValue RawValue(int index, AuditField field) =>
        _read.Get(index, field.Value, isHex: index is 0 or > 5 && !field.IsQuoted && ExclusionRuleValue.IsHex(field.Value));

    // ausearch -i prints values decoded, and "(null)" or "(none)" where the kernel logged none.
    private ExclusionRuleValue? PresentValue(int index, ReadOnlySpan<byte> value) =>
        value.SequenceEqual("(null)"u8) || value.SequenceEqual("(none)"u8) ? AbsentValue(index) : _read.Get(index, value, isHex: false);

    // A filter field the events do not log leaves the rule without that filter, which the comment says; key and comm
    // only name the group, so an absent one is simply not named.
    private static ExclusionRuleValue? AbsentValue(int index) => index <= 5 ? ExclusionRuleValue.Absent : null;

    // ausearch -i separates fields with one space but prints values decoded, spaces and all ("exit=EEXIST(File exists)",
    // "exe=/opt/my tool"), so a value runs on until a word that is a field of its own (holds '=').
    private static bool TryGetInterpreted(ReadOnlySpan<byte> body, ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        value = default;
        int from = 0;
        while (from < body.Length)
        {
            int found = body[from..].IndexOf(name);
            if (found < 0)
            {
                return false;
            }

            int start = from + found;
            from = start + 1;
            int valueStart = start + name.Length;
            if ((start > 0 && body[start - 1] != (byte)' ') || valueStart >= body.Length || body[valueStart] != (byte)'=')
            {
                continue;
            }

            ReadOnlySpan<byte> rest = body[(valueStart + 1)..].TrimEnd("\r"u8);
            int end = rest.IndexOf((byte)' ');
            while (end >= 0)
            {
                ReadOnlySpan<byte> next = rest[(end + 1)..];
                int wordEnd = next.IndexOf((byte)' ');
                ReadOnlySpan<byte> word = wordEnd < 0 ? next : next[..wordEnd];
                if (word.IsEmpty || word.Contains((byte)'='))
                {
                    break;
                }

                end = wordEnd < 0 ? rest.Length : end + 1 + wordEnd;
                if (end == rest.Length)
                {
                    break;
                }
            }

            value = end < 0 ? rest : rest[..end];
            return true;
        }

        return false;
    }

    // ausearch names an arch by audit-userspace's machine name, which for arm's 0x40000028 is "armeb" (the first of arm's
    // names; armeb's own 0x28 it does not know). An arch it has no table for is "unknown-elf-type(c00000f3)", and the
    // syscall of such a record is named from the table of the machine ausearch runs on (pause for riscv64's mkdirat 34
    // on x86_64), so it is mapped back with that table; on a machine audit-userspace does not know it stays a number.
    private static bool TryParseInterpretedArch(ReadOnlySpan<byte> text, out AuditArch arch, out AuditArch? namedBy)
    {
        if (text.SequenceEqual("armeb"u8))
        {
            arch = AuditArch.Arm;
            namedBy = arch;
            return true;
        }

        if (text.StartsWith("unknown-elf-type("u8))
        {
            bool parsed = Utf8Parser.TryParse(InParentheses(text), out uint elf, out int consumed, 'x') && consumed == InParentheses(text).Length;
            arch = (AuditArch)elf;
            namedBy = AuditArchs.Host is AuditArch host && AuditctlSyscalls.KnowsArch(host) ? host : null;
            return parsed;
        }

        Span<char> chars = stackalloc char[NameChars];
        arch = default;
        bool known = TryAsAscii(text, chars, out int length) && AuditArchs.TryParse(chars[..length], out arch);
        namedBy = arch;
        return known;
    }

    // A name (mkdir, or an audit-userspace name such as pread), a number, or ausearch's "unknown-syscall(463)".
    private static bool TryParseInterpretedSyscall(AuditArch? namedBy, ReadOnlySpan<byte> text, out int syscall)
    {
        syscall = 0;
        return (namedBy is AuditArch table && Syscalls.TryGetNumber(table, text, out syscall)) || TryParseWhole(InParentheses(text), out syscall);
    }

    // "EEXIST(File exists)"; a bare number; or, for an exit glibc has no name for, "(null)(Unknown error 512)".
    private static bool TryParseInterpretedExit(ReadOnlySpan<byte> text, out int exit)
    {
        if (text.StartsWith("(null)(Unknown error "u8) && text[^1] == (byte)')'
            && TryParseWhole(text["(null)(Unknown error ".Length..^1], out int unknown))
        {
            exit = -unknown;
            return true;
        }

        int open = text.IndexOf((byte)'(');
        ReadOnlySpan<byte> name = open < 0 ? text : text[..open];
        Span<char> chars = stackalloc char[NameChars];
        if (name.Length > 0 && name[0] == (byte)'E' && TryAsAscii(name, chars, out int length) && Errnos.TryGetNumber(chars[..length], out int errno))
        {
            exit = -errno;
            return true;
        }

        return TryParseWhole(name, out exit);
    }

    // Arch and errno names are short ASCII words, looked up without a string per event.
    private const int NameChars = 32;

    private static bool TryAsAscii(ReadOnlySpan<byte> text, Span<char> chars, out int length)
    {
        length = 0;
        if (text.Length > chars.Length || !Ascii.IsValid(text))
        {
            return false;
        }

        length = Encoding.ASCII.GetChars(text, chars);
        return true;
    }

    private static ReadOnlySpan<byte> InParentheses(ReadOnlySpan<byte> text)
    {
        int open = text.IndexOf((byte)'(');
        return open >= 0 && text[^1] == (byte)')' ? text[(open + 1)..^1] : text;
    }

    private static bool TryParseWhole(ReadOnlySpan<byte> text, out int value) =>
        Utf8Parser.TryParse(text, out value, out int consumed) && consumed == text.Length && consumed > 0;

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
