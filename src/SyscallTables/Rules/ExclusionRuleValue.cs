using System;
using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace SyscallTables.Rules;

/// <summary>
/// A logged value that exclusion-rule groups are split by (the exe, an id, the key or comm): what a comment shows of
/// it, and what a rule's <c>-F</c> filter says when a rule can say exactly that value. Every such value is chosen by
/// someone (any user picks the path of the program they run, and a log file can hold anything), so a value is kept
/// only as far as a rule or a comment needs it: a filter of at most <see cref="MaxExeBytes"/>, a short excerpt
/// otherwise, with the value's length.
/// </summary>
internal sealed class ExclusionRuleValue : IEquatable<ExclusionRuleValue>
{
    private ExclusionRuleValue(string shown, long byteLength, bool isShortened, string? filter, string? problem)
    {
        Shown = shown;
        ByteLength = byteLength;
        IsShortened = isShortened;
        Filter = filter;
        Problem = problem;
    }

    /// <summary>The value as a comment shows it: escaped (<see cref="DisplayText"/>) and cut to an excerpt.</summary>
    public string Shown { get; }

    /// <summary>The length of the logged value in bytes (decoded from hex), said when <see cref="Shown"/> is cut.</summary>
    public long ByteLength { get; }

    /// <summary>Whether <see cref="Shown"/> is an excerpt.</summary>
    public bool IsShortened { get; }

    /// <summary>
    /// What follows <c>-F exe=</c> or <c>-F uid=</c> in a rule, read back by auditctl and the kernel as this very value;
    /// <see langword="null"/> when no rule can say it.
    /// </summary>
    public string? Filter { get; }

    /// <summary>
    /// Why there is no <see cref="Filter"/> (for the comment); <see langword="null"/> for a value that has one or only
    /// names its group (key, comm).
    /// </summary>
    public string? Problem { get; }

    /// <summary>
    /// The longest exe a rule filters on: half of <see cref="AuditctlLimits.MaxWrittenLineBytes"/>, so that the
    /// longest rule stays a written line (the rest of it, with a 256-byte key and five ids named, takes under 600
    /// bytes). The kernel itself would take <see cref="AuditctlLimits.MaxPathBytes"/>.
    /// </summary>
    internal const int MaxExeBytes = AuditctlLimits.MaxWrittenLineBytes / 2;

    /// <summary>A grouped filter field the events did not log (or logged as <c>(null)</c>): the rule cannot name it.</summary>
    internal static readonly ExclusionRuleValue Absent = new("", 0, false, null, "the events log none");

    // Excerpts in a comment, in characters: with every value cut and every note said, a comment stays inside
    // AuditctlLimits.MaxWrittenLineBytes (an escaped character is at most 3 bytes of UTF-8).
    private const int ExeExcerptChars = 200;
    private const int IdExcerptChars = 20;
    private const int LabelExcerptChars = 48;

    private const string UnwritableExe = "audit.rules cannot hold its spaces, backslashes, control or format characters or bytes that are not UTF-8";
    private const string OperatorInExe = "auditctl would read its !=, >=, <= or &= as the filter's operator";
    private static readonly string LongExe = string.Create(CultureInfo.InvariantCulture, $"a rule here names an exe of at most {MaxExeBytes:N0} bytes");
    private static readonly string NotAnExePath = string.Create(CultureInfo.InvariantCulture,
        $"the kernel takes only an absolute path of names (no empty, . or .. part, none over {AuditctlLimits.MaxNameBytes} bytes)");

    /// <summary>Why an id has no filter; one phrase for every id field, as the comment lists them together.</summary>
    internal const string UnwritableId = "a rule takes a number from 0 to 4294967294, or unset for auid only (for names, read ausearch --raw output)";

    private static readonly SearchValues<byte> HexDigits = SearchValues.Create("0123456789ABCDEFabcdef"u8);

    // An id as auditctl reads it back: unsigned, 32-bit, and -1 (4294967295) is "unset", which the kernel takes only
    // for the login uid (it turns auid=-1 into "loginuid not set"; uid, euid, gid and egid of -1 are refused with
    // EINVAL, and auditctl has no "unset" for groups at all). Larger numbers auditctl truncates without a word
    // (uid=4294967296 loads as uid=0), so they are never written. All checked on kernel 6.12 with auditctl 3.0.9.
    private const uint UnsetId = uint.MaxValue;

    /// <summary>The executable of a record: raw (quoted, or hex when it holds spaces or control bytes) or as <c>ausearch -i</c> prints it.</summary>
    /// <param name="logged">The field's value.</param>
    /// <param name="isHex">Whether the value is the kernel's hex encoding.</param>
    /// <returns>The value.</returns>
    public static ExclusionRuleValue ForExe(ReadOnlySpan<byte> logged, bool isHex)
    {
        long length = isHex ? logged.Length / 2 : logged.Length;
        Span<byte> bytes = stackalloc byte[length <= MaxExeBytes ? (int)length : ExcerptBytes(ExeExcerptChars)];
        Decode(logged, isHex, bytes);
        if (length > MaxExeBytes)
        {
            return Unfiltered(bytes, length, ExeExcerptChars, LongExe);
        }

        if (!Utf8.IsValid(bytes))
        {
            return Unfiltered(bytes, length, ExeExcerptChars, UnwritableExe);
        }

        string path = Encoding.UTF8.GetString(bytes);
        string? problem = HasUnwritableCharacter(path) ? UnwritableExe
            : !IsExePath(path) ? NotAnExePath
            : HoldsOperator(path) ? OperatorInExe
            : null;
        if (problem is not null)
        {
            return Unfiltered(bytes, length, ExeExcerptChars, problem);
        }

        // Nothing in a writable path needs escaping, so the comment shows the path itself (cut when long).
        bool shortened = path.Length > ExeExcerptChars;
        return new(shortened ? DisplayText.Excerpt(path, ExeExcerptChars) : path, length, shortened, path, null);
    }

    /// <summary>
    /// An id (auid, uid, euid, gid, egid): a number in a raw record; <c>unset</c> or <c>unknown(N)</c> as
    /// <c>ausearch -i</c> prints it. A name that <c>ausearch -i</c> printed is not written: auditctl looks it up again
    /// where the rule is loaded, where it may be another account or none ("Unknown user", and <c>auditctl -R</c> stops).
    /// </summary>
    /// <param name="logged">The field's value.</param>
    /// <param name="isLoginUid">Whether the field is auid, the one id a rule can give as <c>unset</c>.</param>
    /// <returns>The value.</returns>
    public static ExclusionRuleValue ForId(ReadOnlySpan<byte> logged, bool isLoginUid)
    {
        ReadOnlySpan<byte> number = logged.StartsWith("unknown("u8) && logged.EndsWith(")"u8) ? logged["unknown(".Length..^1] : logged;
        string? filter = null;
        if (TryParseId(number, out uint id))
        {
            filter = id != UnsetId ? id.ToString(CultureInfo.InvariantCulture) : isLoginUid ? "unset" : null;
        }
        else if (logged.SequenceEqual("unset"u8))
        {
            filter = isLoginUid ? "unset" : null;
        }

        if (filter is not null)
        {
            return new(filter, filter.Length, false, filter, null);
        }

        return Unfiltered(logged[..Math.Min(logged.Length, ExcerptBytes(IdExcerptChars))], logged.Length, IdExcerptChars, UnwritableId);
    }

    /// <summary>A value that only names its group in the comment (key, comm).</summary>
    /// <param name="logged">The field's value.</param>
    /// <param name="isHex">Whether the value is the kernel's hex encoding.</param>
    /// <param name="isKey">
    /// Whether it is a key, where the kernel joins the keys of several rules with 0x01; those are shown with commas.
    /// </param>
    /// <returns>The value.</returns>
    public static ExclusionRuleValue ForLabel(ReadOnlySpan<byte> logged, bool isHex, bool isKey)
    {
        long length = isHex ? logged.Length / 2 : logged.Length;
        Span<byte> bytes = stackalloc byte[(int)Math.Min(length, ExcerptBytes(LabelExcerptChars))];
        Decode(logged, isHex, bytes);
        if (isKey)
        {
            bytes.Replace((byte)1, (byte)',');
        }

        return Unfiltered(bytes, length, LabelExcerptChars, null);
    }

    /// <summary>Whether a value is the kernel's hex encoding (unquoted, of even length, only hex digits).</summary>
    /// <param name="value">The unquoted value.</param>
    /// <returns><see langword="true"/> when it decodes as hex.</returns>
    public static bool IsHex(ReadOnlySpan<byte> value) => !value.IsEmpty && (value.Length & 1) == 0 && !value.ContainsAnyExcept(HexDigits);

    /// <summary>
    /// Whether text holds what no audit.rules line can hold as it is: whitespace (auditctl splits at spaces and other
    /// readers at any whitespace), a backslash (auditctl -R reads <c>\\</c> and <c>\ </c> as escapes), and whatever
    /// <see cref="DisplayText"/> escapes (control and format characters, separators, lone surrogates), which would
    /// also fool a reader of the file.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when the text cannot go into a rule as it is.</returns>
    public static bool HasUnwritableCharacter(ReadOnlySpan<char> text)
    {
        foreach (Rune rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                return true;
            }
        }

        return DisplayText.NeedsEscaping(text);
    }

    /// <summary>The characters this value holds in a group: what a budget on the memory of groups counts.</summary>
    public int HeldChars => Shown.Length + (Filter is null || ReferenceEquals(Filter, Shown) ? 0 : Filter.Length);

    public bool Equals(ExclusionRuleValue? other) =>
        other is not null && ByteLength == other.ByteLength && IsShortened == other.IsShortened && Shown == other.Shown
        && Filter == other.Filter && Problem == other.Problem;

    public override bool Equals(object? obj) => Equals(obj as ExclusionRuleValue);

    public override int GetHashCode() => HashCode.Combine(Shown, ByteLength, Filter);

    /// <summary>Orders values of equal groups: by filter, else by what is shown.</summary>
    /// <param name="a">A value or null.</param>
    /// <param name="b">Another.</param>
    /// <returns>The order.</returns>
    public static int Compare(ExclusionRuleValue? a, ExclusionRuleValue? b) =>
        string.CompareOrdinal(a?.Filter ?? a?.Shown, b?.Filter ?? b?.Shown);

    // A comment excerpt of N characters needs at most 3N bytes (a character of the Basic Multilingual Plane is 3
    // bytes of UTF-8 and one char); a few more make sure that a cut value is seen as cut.
    private static int ExcerptBytes(int chars) => (3 * chars) + 4;

    private static ExclusionRuleValue Unfiltered(ReadOnlySpan<byte> kept, long length, int excerptChars, string? problem)
    {
        // An empty value is shown as "" so that the comment does not read as if the next word were the value.
        string escaped = length == 0 ? "\"\"" : DisplayText.Escape(kept);
        bool shortened = length > kept.Length || escaped.Length > excerptChars;
        return new(shortened ? DisplayText.Excerpt(kept, excerptChars) : escaped, length, shortened, null, problem);
    }

    // Fills bytes with the start of the value, decoded from hex where it is hex.
    private static void Decode(ReadOnlySpan<byte> logged, bool isHex, Span<byte> bytes)
    {
        if (isHex)
        {
            Convert.FromHexString(logged[..(2 * bytes.Length)], bytes, out _, out _);
        }
        else
        {
            logged[..bytes.Length].CopyTo(bytes);
        }
    }

    // What d_path logs and the kernel's audit_alloc_mark takes: an absolute path whose folder it can resolve. It
    // refuses a relative path or one ending in '/' (EINVAL), a last part of "." or ".." (EINVAL) and a part over
    // NAME_MAX (ENAMETOOLONG); an empty, "." or ".." part elsewhere loads but is never what the kernel logs.
    private static bool IsExePath(ReadOnlySpan<char> path)
    {
        if (path.Length < 2 || path[0] != '/')
        {
            return false;
        }

        foreach (Range range in path[1..].Split('/'))
        {
            ReadOnlySpan<char> part = path[1..][range];
            if (part.IsEmpty || part is "." or ".." || Encoding.UTF8.GetByteCount(part) > AuditctlLimits.MaxNameBytes)
            {
                return false;
            }
        }

        return true;
    }

    // auditctl's audit_rule_fieldpair_data looks for "!=", ">=", "<=" and "&=" anywhere in "exe=PATH" before it looks
    // for "=", so such a path splits into an unknown field ("-F unknown field: exe=/tmp/a").
    private static bool HoldsOperator(ReadOnlySpan<char> path) =>
        path.Contains("!=", StringComparison.Ordinal) || path.Contains(">=", StringComparison.Ordinal)
        || path.Contains("<=", StringComparison.Ordinal) || path.Contains("&=", StringComparison.Ordinal);

    // Digits only: auditctl reads a value starting with a digit by strtoul with base 0 (so 010 is 8 and 0x10 is 16),
    // and the kernel logs ids in decimal, so the number is parsed here and written back without leading zeros.
    private static bool TryParseId(ReadOnlySpan<byte> text, out uint id)
    {
        id = 0;
        if (text.IsEmpty || text.ContainsAnyExceptInRange((byte)'0', (byte)'9'))
        {
            return false;
        }

        text = text.TrimStart((byte)'0');
        return text.IsEmpty || uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id);
    }
}
