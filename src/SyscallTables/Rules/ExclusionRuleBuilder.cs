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
/// <example>
/// <code>
/// var builder = new ExclusionRuleBuilder(ExclusionRuleFields.Exe);
/// using var reader = new AuditRecordReader(File.OpenRead("/var/log/audit/audit.log"));
/// while (reader.Read())
/// {
///     AuditLine line = reader.Current;
///     if (line.IsRecord) builder.Add(line.Record); else if (!line.IsPiece) builder.AddInterpreted(line.Bytes);
/// }
/// foreach (ExclusionRuleGroup group in builder.GetGroups()) Console.WriteLine(group.FormatRule("exclude"));
/// </code>
/// </example>
public sealed class ExclusionRuleBuilder
{
    private readonly ExclusionRuleFields _groupBy;
    private readonly bool _includeSucceeded;
    private static readonly string?[] NoValues = new string?[ExclusionRuleGroup.FieldCount];

    private readonly Dictionary<GroupKey, ExclusionRuleGroup> _groups = [];

    /// <summary>Creates a builder.</summary>
    /// <param name="groupBy">Fields that split groups beyond arch, syscall and exit.</param>
    /// <param name="includeSucceeded">Whether successful events are grouped too (by arch and syscall, with <c>-F success=1</c>).</param>
    public ExclusionRuleBuilder(ExclusionRuleFields groupBy = ExclusionRuleFields.None, bool includeSucceeded = false)
    {
        _groupBy = groupBy;
        _includeSucceeded = includeSucceeded;
    }

    /// <summary>How many syscall events were read (grouped or not).</summary>
    public long SyscallEventCount { get; private set; }

    /// <summary>How many of them fell into a group.</summary>
    public long GroupedEventCount { get; private set; }

    /// <summary>How many syscall events had an arch without a syscall table here, so no rule can name their syscall.</summary>
    public long UnsupportedArchCount { get; private set; }

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

        string?[] values = NewValues();
        for (int i = 0; i < values.Length; i++)
        {
            if (((int)_groupBy & (1 << i)) != 0 && record.TryGetField(RawFieldName(i), out AuditField field))
            {
                values[i] = RawValue(i, field);
            }
        }

        GroupKey key = KeyOf(arch, syscall, succeeded, exit, values);
        if (!_groups.ContainsKey(key))
        {
            // The example's executable is read once per group, not per event.
            Create(key, values, record.TryGetField("exe"u8, out AuditField exeField) ? RawValue(0, exeField) : null);
        }

        return Count(key);
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

        string?[] values = NewValues();
        for (int i = 0; i < values.Length; i++)
        {
            if (((int)_groupBy & (1 << i)) != 0 && TryGetInterpreted(body, RawFieldName(i), out ReadOnlySpan<byte> value))
            {
                values[i] = PresentValue(value);
            }
        }

        GroupKey key = KeyOf(arch, syscall, succeeded, exit, values);
        if (!_groups.ContainsKey(key))
        {
            Create(key, values, TryGetInterpreted(body, "exe"u8, out ReadOnlySpan<byte> exeText) ? PresentValue(exeText) : null);
        }

        return Count(key);
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

        groups.Sort(static (a, b) =>
        {
            int order = b.Count.CompareTo(a.Count);
            order = order != 0 ? order : a.Arch.CompareTo(b.Arch);
            order = order != 0 ? order : a.Syscall.CompareTo(b.Syscall);
            order = order != 0 ? order : a.Succeeded.CompareTo(b.Succeeded);
            order = order != 0 ? order : b.Exit.CompareTo(a.Exit);
            return order != 0 ? order : string.CompareOrdinal(a.ValuesKey, b.ValuesKey);
        });
        return groups;
    }

    // Without --by every group shares one array of no values, and an event allocates nothing.
    private string?[] NewValues() => _groupBy == ExclusionRuleFields.None ? NoValues : new string?[ExclusionRuleGroup.FieldCount];

    private GroupKey KeyOf(AuditArch arch, int syscall, bool succeeded, int exit, string?[] values) =>
        new(arch, syscall, succeeded, exit, _groupBy == ExclusionRuleFields.None ? "" : string.Join('\0', values));

    private void Create(GroupKey key, string?[] values, string? exe) =>
        _groups.Add(key, new ExclusionRuleGroup(key.Arch, key.Syscall, key.Succeeded, key.Exit, values, key.Values, exe));

    private bool Count(GroupKey key)
    {
        _groups[key].Count++;
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

    private static string? RawValue(int index, AuditField field)
    {
        if (field.IsPlaceholder)
        {
            return null;
        }

        // Ids are numbers in the kernel's form; -1 (4294967295) is what auditctl calls "unset".
        if (index is >= 1 and <= 5)
        {
            return field.Value.SequenceEqual("4294967295"u8) ? "unset" : Encoding.UTF8.GetString(field.Value);
        }

        // exe, key and comm are hex-encoded when they hold spaces or other bytes the kernel would not print; a
        // key joined from several rules' keys holds 0x01 between them.
        Span<byte> decoded = field.ValueLength <= 1024 ? stackalloc byte[field.ValueLength / 2] : new byte[field.ValueLength / 2];
        if (field.TryDecodeHex(decoded, out int written))
        {
            return Encoding.UTF8.GetString(decoded[..written]).Replace('\u0001', ',');
        }

        return Encoding.UTF8.GetString(field.Value);
    }

    private static string? PresentValue(ReadOnlySpan<byte> value) =>
        value.SequenceEqual("(null)"u8) || value.SequenceEqual("(none)"u8) ? null : Encoding.UTF8.GetString(value);

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

        bool known = AuditArchs.TryParse(Encoding.UTF8.GetString(text), out arch);
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
        if (name.Length > 0 && name[0] == (byte)'E' && Errnos.TryGetNumber(Encoding.ASCII.GetString(name), out int errno))
        {
            exit = -errno;
            return true;
        }

        return TryParseWhole(name, out exit);
    }

    private static ReadOnlySpan<byte> InParentheses(ReadOnlySpan<byte> text)
    {
        int open = text.IndexOf((byte)'(');
        return open >= 0 && text[^1] == (byte)')' ? text[(open + 1)..^1] : text;
    }

    private static bool TryParseWhole(ReadOnlySpan<byte> text, out int value) =>
        Utf8Parser.TryParse(text, out value, out int consumed) && consumed == text.Length && consumed > 0;

    private readonly record struct GroupKey(AuditArch Arch, int Syscall, bool Succeeded, int Exit, string Values);
}
