using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

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

/// <summary>What a rule field's value is as the kernel holds it (see <see cref="AuditRuleValue"/>).</summary>
internal enum AuditRuleValueKind
{
    /// <summary>A 32-bit number, as auditctl sends it: ids, the arch, exit codes, record types, -1 or unset as 4294967295.</summary>
    Number,

    /// <summary>A byte string: a path, an exe, an LSM label, the key.</summary>
    Text,

    /// <summary>A user or group name that auditctl looks up on the host that loads the rule, so its number is unknown here.</summary>
    AccountName,

    /// <summary>The two uid or two gid fields a <c>-C</c> compares.</summary>
    Comparison,
}

/// <summary>
/// The value of a rule field as the kernel holds it. Two values are equal when the kernel holds the same: the same
/// number however it was written (<c>root</c> and <c>0</c>, <c>-EACCES</c> and <c>-13</c>), the same bytes, the same
/// name to look up, the same pair of fields.
/// </summary>
internal readonly struct AuditRuleValue : IEquatable<AuditRuleValue>
{
    private readonly byte[]? _bytes;

    private AuditRuleValue(AuditRuleValueKind kind, uint number, byte[]? bytes, AuditRuleFieldInfo? left, AuditRuleFieldInfo? right)
    {
        Kind = kind;
        Number = number;
        _bytes = bytes;
        Left = left;
        Right = right;
    }

    public AuditRuleValueKind Kind { get; }

    /// <summary>The number of a <see cref="AuditRuleValueKind.Number"/>; 0 for the other kinds.</summary>
    public uint Number { get; }

    /// <summary>The bytes of a <see cref="AuditRuleValueKind.Text"/> or an <see cref="AuditRuleValueKind.AccountName"/>; empty for the other kinds.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>The first field of a <see cref="AuditRuleValueKind.Comparison"/>, in the order of their names.</summary>
    public AuditRuleFieldInfo? Left { get; }

    /// <summary>The second field of a <see cref="AuditRuleValueKind.Comparison"/>.</summary>
    public AuditRuleFieldInfo? Right { get; }

    public static AuditRuleValue OfNumber(uint number) => new(AuditRuleValueKind.Number, number, null, null, null);

    public static AuditRuleValue OfText(ReadOnlySpan<byte> text) => new(AuditRuleValueKind.Text, 0, text.ToArray(), null, null);

    public static AuditRuleValue OfAccountName(ReadOnlySpan<byte> name) => new(AuditRuleValueKind.AccountName, 0, name.ToArray(), null, null);

    /// <summary>
    /// A comparison of two fields. The kernel keeps one comparison for both orders (AUDIT_COMPARE_UID_TO_EUID for
    /// uid=euid and euid=uid), so the pair is held in the order of the names.
    /// </summary>
    public static AuditRuleValue OfComparison(AuditRuleFieldInfo one, AuditRuleFieldInfo other) => string.CompareOrdinal(one.Name, other.Name) < 0
        ? new(AuditRuleValueKind.Comparison, 0, null, one, other)
        : new(AuditRuleValueKind.Comparison, 0, null, other, one);

    public bool Equals(AuditRuleValue other) => Kind == other.Kind && Number == other.Number && Bytes.SequenceEqual(other.Bytes)
        && Left?.Name == other.Left?.Name && Right?.Name == other.Right?.Name;

    public override bool Equals(object? obj) => obj is AuditRuleValue other && Equals(other);

    public override int GetHashCode()
    {
        var bytes = new HashCode();
        bytes.AddBytes(Bytes);
        return HashCode.Combine(Kind, Number, bytes.ToHashCode(), Left?.Name, Right?.Name);
    }

    public static bool operator ==(AuditRuleValue left, AuditRuleValue right) => left.Equals(right);

    public static bool operator !=(AuditRuleValue left, AuditRuleValue right) => !left.Equals(right);

    /// <summary>Writes the value so that two values write the same text exactly when they are equal (bytes one char each, after their length).</summary>
    public StringBuilder AppendTo(StringBuilder builder)
    {
        switch (Kind)
        {
            case AuditRuleValueKind.Number:
                return builder.Append('#').Append(Number.ToString(CultureInfo.InvariantCulture));
            case AuditRuleValueKind.Comparison:
                return builder.Append('C').Append(Left!.Name).Append(',').Append(Right!.Name);
            default:
                builder.Append(Kind == AuditRuleValueKind.Text ? 'T' : 'N').Append(Bytes.Length.ToString(CultureInfo.InvariantCulture)).Append(':');
                foreach (byte b in Bytes)
                {
                    builder.Append((char)b);
                }

                return builder;
        }
    }
}

/// <summary>
/// One field of a rule as the kernel gets it, in the rule's order: <c>-F</c> fields (arch included), <c>-C</c>
/// comparisons, the path and permissions of a watch, and the key, which auditctl adds last. Two fields are equal when
/// the kernel holds the same (<c>uid=root</c> and <c>uid=0</c>, <c>exit=-EACCES</c> and <c>exit=-13</c>).
/// </summary>
/// <param name="Info">The kernel field: its number, value kind, operators and lists (<c>loginuid</c> is <c>auid</c>).</param>
/// <param name="Operator">The operator.</param>
/// <param name="Value">The value the kernel gets.</param>
internal readonly record struct AuditRuleField(AuditRuleFieldInfo Info, AuditOperator Operator, AuditRuleValue Value)
{
    /// <summary>The field's name, one per kernel field.</summary>
    public string Name => Info.Name;

    /// <summary>Whether it came from <c>-C</c>.</summary>
    public bool IsComparison => Value.Kind == AuditRuleValueKind.Comparison;

    /// <summary>Whether the field decides which events match (the key only labels them).</summary>
    public bool Filters => Info.Value != AuditFieldValue.Key;

    // By the kernel's field number, not the row: auditctl's loginuid is the kernel's auid.
    public bool Equals(AuditRuleField other) => Info.Number == other.Info.Number && Operator == other.Operator && Value.Equals(other.Value);

    public override int GetHashCode() => HashCode.Combine(Info.Number, Operator, Value);
}

/// <summary>
/// A parsed line of an audit rules file: the rule it adds and what auditctl would make of it. The parser fills the
/// model; the checks only add to <see cref="Findings"/>.
/// </summary>
internal sealed class AuditRule
{
    private static readonly SortedSet<int> NoSyscalls = [];

    private readonly RuleNotes _notes;

    /// <summary>A line that adds no rule (blank, a comment, one with an error before its options were read).</summary>
    public AuditRule(int line, RuleNotes notes)
        : this(line, notes, [], [], NoSyscalls)
    {
    }

    /// <summary>A line with the fields, their texts and the syscalls the parser read from it.</summary>
    public AuditRule(int line, RuleNotes notes, IReadOnlyList<AuditRuleField> fields, IReadOnlyList<string> fieldTexts, SortedSet<int> syscalls)
    {
        Line = line;
        _notes = notes;
        Fields = fields;
        FieldTexts = fieldTexts;
        Syscalls = syscalls;
    }

    /// <summary>The 1-based line number.</summary>
    public int Line { get; }

    public AuditRuleLineKind Kind { get; init; }

    /// <summary>The filter list of a rule or a watch (a watch is on the exit list); null for other lines.</summary>
    public AuditFilterList? List { get; init; }

    /// <summary>What the rule does when it matches (a watch always records); null for other lines.</summary>
    public AuditRuleAction? Action { get; init; }

    /// <summary>Whether the rule was added with <c>-A</c>, at the head of its list.</summary>
    public bool Prepend { get; init; }

    /// <summary>The arch the syscall names were resolved against: <c>-F arch</c>, else the host's.</summary>
    public AuditArch? Arch { get; init; }

    /// <summary>Whether <c>-F arch=</c> was given.</summary>
    public bool HasArch { get; init; }

    /// <summary>Whether <c>-S all</c> was given.</summary>
    public bool AllSyscalls { get; init; }

    /// <summary>The syscall numbers of <c>-S</c>, sorted, without repeats (not to be changed).</summary>
    public SortedSet<int> Syscalls { get; }

    /// <summary>Whether any <c>-S</c> was given.</summary>
    public bool HasSyscalls => AllSyscalls || Syscalls.Count > 0;

    /// <summary>The fields in the kernel's order (see <see cref="AuditRuleField"/>).</summary>
    public IReadOnlyList<AuditRuleField> Fields { get; }

    /// <summary>The key as the kernel gets it: every <c>-k</c> and <c>-F key=</c> joined by \x01, one char per byte; empty without one.</summary>
    public string Key { get; init; } = "";

    /// <summary>Whether the line is <c>-D</c>, which deletes every rule loaded so far (with <see cref="Key"/>, those with that key).</summary>
    public bool DeletesAll { get; init; }

    /// <summary>Whether the line is <c>-e 2</c>, which locks the audit configuration until reboot.</summary>
    public bool LocksConfiguration { get; init; }

    /// <summary>Whether auditctl sends the line's rule to the kernel once its options are read.</summary>
    public bool SendsRule { get; init; }

    /// <summary>How each of <see cref="Fields"/> was written, for messages about it.</summary>
    public IReadOnlyList<string> FieldTexts { get; }

    /// <summary>What auditctl makes of the line's bytes (null for a blank line or a comment).</summary>
    public AuditRuleText? Text { get; init; }

    /// <summary>What is wrong with the line, found by the parser and then by the checks.</summary>
    public IReadOnlyList<RuleNote> Findings => _notes.All;

    public bool HasErrors => _notes.HasErrors;

    public void Add(RuleNote note) => _notes.Add(note);

    /// <inheritdoc cref="RuleNotes.Explain"/>
    public void Explain(string cause) => _notes.Explain(cause);
}

/// <summary>What is wrong with a line, in the order found.</summary>
internal sealed class RuleNotes
{
    private readonly List<RuleNote> _notes = [];

    public IReadOnlyList<RuleNote> All => _notes;

    public bool HasErrors { get; private set; }

    public void Add(RuleNote note)
    {
        _notes.Add(note);
        HasErrors |= note.Severity == RuleFindingSeverity.Error;
    }

    /// <summary>Adds the cause behind the line's first error to its message.</summary>
    public void Explain(string cause)
    {
        int first = _notes.FindIndex(f => f.Severity == RuleFindingSeverity.Error);
        _notes[first] = _notes[first] with { Message = _notes[first].Message + " (" + cause + ")" };
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
