using System;

namespace SyscallTables.Audit;

/// <summary>
/// One audit record over the bytes of its line: the header (<c>node=</c>, <c>type=</c>,
/// <c>msg=audit(SECONDS.MILLISECONDS:SERIAL):</c>) is located once, the fields are read on demand by
/// <see cref="Fields"/>. Nothing is copied or allocated; the record is valid as long as the line's bytes are.
/// </summary>
/// <remarks>
/// Accepted forms: plain <c>type=SYSCALL msg=audit(...): ...</c> lines as auditd writes them; a <c>node=HOST </c>
/// prefix (auditd's <c>name_format</c>); anything before <c>type=</c>, such as a syslog prefix
/// (<c>Nov 25 11:45:01 myhost audispd: node=myhost type=SYSCALL msg=audit(...)</c>); and the ENRICHED format, where a
/// 0x1d byte separates the kernel's fields from the names auditd resolved (<c>ARCH=x86_64 SYSCALL=openat</c>).
/// </remarks>
public readonly ref struct AuditRecord
{
    /// <summary>The byte auditd's ENRICHED log format puts between the kernel's fields and its own (ASCII group separator).</summary>
    public const byte EnrichmentSeparator = 0x1d;

    // A record type is a short upper-case word or UNKNOWN[NNNN]; bounding it keeps a hostile line with many "type="
    // from making the header search quadratic.
    private const int MaxTypeLength = 64;

    private readonly AuditRecordLayout _layout;

    internal AuditRecord(ReadOnlySpan<byte> line, AuditRecordLayout layout)
    {
        Line = line;
        _layout = layout;
    }

    /// <summary>The whole line the record was read from, without its line terminator.</summary>
    public ReadOnlySpan<byte> Line { get; }

    /// <summary>The host name of a <c>node=</c> prefix; empty when the line has none.</summary>
    public ReadOnlySpan<byte> Node => Line.Slice(_layout.NodeStart, _layout.NodeLength);

    /// <summary>
    /// What the line holds before its header (<c>[node=HOST ]type=</c>): a syslog prefix such as
    /// <c>Nov 25 11:45:01 myhost audispd: </c>, or words that merely look like a header (a second <c>node=</c> or
    /// <c>type=</c>); empty for a line as auditd writes it.
    /// </summary>
    public ReadOnlySpan<byte> Prefix => Line[..HeaderStart];

    /// <summary>Offset of the header's first byte in the line: its <c>node=</c>, else its <c>type=</c>.</summary>
    internal int HeaderStart => _layout.NodeLength > 0 ? _layout.NodeStart - "node=".Length : _layout.TypeStart - "type=".Length;

    /// <summary>The record type as written: <c>SYSCALL</c>, <c>PATH</c>, or <c>UNKNOWN[1323]</c> for a number auditd had no name for.</summary>
    public ReadOnlySpan<byte> Type => Line.Slice(_layout.TypeStart, _layout.TypeLength);

    /// <summary>
    /// Seconds since the Unix epoch, from <c>msg=audit(SECONDS.MILLISECONDS:SERIAL)</c>; 0 for a record
    /// <see cref="IsInterpreted"/>, whose date and time ausearch printed in its own local zone, which the text does not name.
    /// </summary>
    public long Seconds => _layout.Seconds;

    /// <summary>The milliseconds part of the time stamp.</summary>
    public int Milliseconds => _layout.Milliseconds;

    /// <summary>The event serial number; the records of one event share it (and the time stamp).</summary>
    public ulong Serial => _layout.Serial;

    /// <summary>The kernel's (or the user-space sender's) fields: the text after <c>msg=audit(...):</c> up to the enrichment separator.</summary>
    public ReadOnlySpan<byte> Body => Line[_layout.BodyStart.._layout.BodyEnd];

    /// <summary>Offset of <see cref="Body"/>'s first byte in the line.</summary>
    internal int BodyStart => _layout.BodyStart;

    /// <summary>Offset of <see cref="Body"/>'s end in the line: the enrichment separator, or the end of the content (before a trailing <c>\r</c>).</summary>
    internal int BodyEnd => _layout.BodyEnd;

    /// <summary>The ENRICHED part after the 0x1d separator (auditd's resolved names); empty when the line has none.</summary>
    public ReadOnlySpan<byte> Enrichment => _layout.BodyEnd < _layout.End ? Line[(_layout.BodyEnd + 1).._layout.End] : default;

    /// <summary>Offset of the end of the record's text in the line: its length without a trailing <c>\r</c>.</summary>
    internal int ContentEnd => _layout.End;

    /// <summary>Whether the line carries an ENRICHED part (a 0x1d separator).</summary>
    public bool IsEnriched => _layout.BodyEnd < _layout.End;

    /// <summary>
    /// Whether the record is as <c>ausearch -i</c> prints it (<see cref="TryParseInterpreted"/>): its values are
    /// already interpreted (<c>arch=x86_64 syscall=mkdir exit=EEXIST(File exists) uid=root</c>), decoded and unquoted,
    /// so a value may hold spaces; <see cref="AuditSyscall"/> maps arch, syscall and exit back to numbers.
    /// </summary>
    public bool IsInterpreted => _layout.IsInterpreted;

    /// <summary>The record's fields in order: those of <see cref="Body"/>, then those of <see cref="Enrichment"/>.</summary>
    /// <remarks>
    /// Words that are not <c>name=value</c> (the text of an AVC record such as <c>avc:  denied  { read } for</c>) are
    /// skipped. A single-quoted <c>msg='...'</c> value is one field here; its <see cref="AuditField.Fields"/> gives the
    /// fields inside.
    /// </remarks>
    public AuditFieldEnumerator Fields => new(Line, _layout.BodyStart, _layout.BodyEnd, _layout.End, inMessage: false, _layout.IsInterpreted);

    /// <summary>Finds the first field called <paramref name="name"/> (exact, case-sensitive: <c>arch</c> is the kernel's, <c>ARCH</c> the enrichment's).</summary>
    /// <param name="name">The field name in UTF-8.</param>
    /// <param name="field">The field when found.</param>
    /// <returns>Whether the record has such a field at its top level (fields inside <c>msg='...'</c> are not searched).</returns>
    public bool TryGetField(ReadOnlySpan<byte> name, out AuditField field)
    {
        if (_layout.IsInterpreted)
        {
            return AuditFieldEnumerator.TryFindInterpreted(Line[.._layout.End], _layout.BodyStart, name, out field);
        }

        foreach (AuditField candidate in Fields)
        {
            if (candidate.Name.SequenceEqual(name))
            {
                field = candidate;
                return true;
            }
        }

        field = default;
        return false;
    }

    /// <summary>
    /// Reads the header of an audit record line. Never throws: a line without <c>type=T msg=audit(S.M:N)</c> is
    /// simply not a record.
    /// </summary>
    /// <param name="line">One line of UTF-8 (or arbitrary) bytes, without its <c>\n</c>; a trailing <c>\r</c> is ignored.</param>
    /// <param name="record">The record when the header was found.</param>
    /// <returns>Whether <paramref name="line"/> is an audit record.</returns>
    public static bool TryParse(ReadOnlySpan<byte> line, out AuditRecord record)
    {
        bool found = TryLocate(line, out AuditRecordLayout layout);
        record = found ? new AuditRecord(line, layout) : default;
        return found;
    }

    /// <summary>
    /// Reads a record as <c>ausearch -i</c> prints it: <c>[node=HOST ]type=SYSCALL msg=audit(11/25/16 02:45:01.111:5431) : arch=x86_64 ...</c>.
    /// Never throws: a line without such a header is not one. Each value runs on, spaces and all, until a word that
    /// is a field of its own (holds <c>=</c>), since ausearch separates fields with one space but prints values
    /// decoded (<c>exit=EEXIST(File exists)</c>, <c>exe=/opt/my tool</c>).
    /// </summary>
    /// <param name="line">One line of UTF-8 (or arbitrary) bytes, without its <c>\n</c>; a trailing <c>\r</c> is ignored.</param>
    /// <param name="record">The record (<see cref="IsInterpreted"/>) when the header was found.</param>
    /// <returns>Whether <paramref name="line"/> is a record as <c>ausearch -i</c> prints one.</returns>
    public static bool TryParseInterpreted(ReadOnlySpan<byte> line, out AuditRecord record)
    {
        bool found = TryLocateInterpreted(line, out AuditRecordLayout layout);
        record = found ? new AuditRecord(line, layout) : default;
        return found;
    }

    internal static bool TryLocateInterpreted(ReadOnlySpan<byte> line, out AuditRecordLayout layout) => TryLocate(line, interpreted: true, out layout);

    internal static bool TryLocate(ReadOnlySpan<byte> line, out AuditRecordLayout layout) => TryLocate(line, interpreted: false, out layout);

    private static bool TryLocate(ReadOnlySpan<byte> line, bool interpreted, out AuditRecordLayout layout)
    {
        layout = default;
        int end = line.Length;
        if (end > 0 && line[end - 1] == (byte)'\r')
        {
            end--;
        }

        ReadOnlySpan<byte> content = line[..end];
        int from = 0;
        while (from < content.Length)
        {
            int found = content[from..].IndexOf("type="u8);
            if (found < 0)
            {
                return false;
            }

            int typeKey = from + found;
            from = typeKey + 1;
            if (typeKey > 0 && content[typeKey - 1] != (byte)' ')
            {
                continue;
            }

            bool noneLater = false;
            if (interpreted ? TryLocateInterpretedFromType(content, typeKey, out layout, out noneLater) : TryLocateFromType(content, typeKey, out layout))
            {
                return true;
            }

            // A header without the ") : " that ends it has none after it either: every later one would search in vain.
            if (noneLater)
            {
                return false;
            }
        }

        return false;
    }

    // ausearch prints "type=T msg=audit(DATE TIME.mmm:SERIAL) : " (ausearch-report.c); the date is strftime's %x in
    // the locale ausearch ran in, so only the milliseconds and serial after it are read.
    private static bool TryLocateInterpretedFromType(ReadOnlySpan<byte> content, int typeKey, out AuditRecordLayout layout, out bool noneLater)
    {
        layout = default;
        noneLater = false;
        int typeStart = typeKey + "type=".Length;
        int typeLength = content[typeStart..].IndexOf((byte)' ');
        if (typeLength <= 0 || typeLength > MaxTypeLength || !content[(typeStart + typeLength)..].StartsWith(" msg=audit("u8))
        {
            return false;
        }

        int stampStart = typeStart + typeLength + " msg=audit(".Length;
        int stampLength = content[stampStart..].IndexOf(") : "u8);
        if (stampLength < 0)
        {
            noneLater = true;
            return false;
        }

        ReadOnlySpan<byte> stamp = content.Slice(stampStart, stampLength);
        int colon = stamp.LastIndexOf((byte)':');
        int dot = colon < 0 ? -1 : stamp[..colon].LastIndexOf((byte)'.');
        ulong serial = 0;
        int milliseconds = 0;
        if (colon >= 0 && TryParseDigits(stamp[(colon + 1)..], out ulong parsedSerial, out int consumed) && consumed == stamp.Length - colon - 1)
        {
            serial = parsedSerial;
        }

        if (dot >= 0 && TryParseDigits(stamp[(dot + 1)..colon], out int parsedMilliseconds, out consumed) && consumed == colon - dot - 1)
        {
            milliseconds = parsedMilliseconds;
        }

        (int nodeStart, int nodeLength) = FindNode(content[..typeKey]);
        layout = new AuditRecordLayout(nodeStart, nodeLength, typeStart, typeLength, 0, milliseconds, serial,
            stampStart + stampLength + ") : ".Length, content.Length, content.Length, IsInterpreted: true);
        return true;
    }

    private static bool TryLocateFromType(ReadOnlySpan<byte> content, int typeKey, out AuditRecordLayout layout)
    {
        layout = default;
        int typeStart = typeKey + "type=".Length;
        ReadOnlySpan<byte> rest = content[typeStart..];
        int typeLength = rest.IndexOfAny((byte)' ', AuditRecord.EnrichmentSeparator);
        if (typeLength <= 0 || typeLength > MaxTypeLength)
        {
            return false;
        }

        int position = typeStart + typeLength;
        while (position < content.Length && content[position] == (byte)' ')
        {
            position++;
        }

        if (!content[position..].StartsWith("msg=audit("u8))
        {
            return false;
        }

        position += "msg=audit(".Length;
        if (!TryParseDigits(content[position..], out ulong seconds, out int consumed) || seconds > long.MaxValue)
        {
            return false;
        }

        position += consumed;
        if (position >= content.Length || content[position] != (byte)'.')
        {
            return false;
        }

        position++;
        if (!TryParseDigits(content[position..], out int milliseconds, out consumed))
        {
            return false;
        }

        position += consumed;
        if (position >= content.Length || content[position] != (byte)':')
        {
            return false;
        }

        position++;
        if (!TryParseDigits(content[position..], out ulong serial, out consumed))
        {
            return false;
        }

        position += consumed;
        if (position >= content.Length || content[position] != (byte)')')
        {
            return false;
        }

        position++;
        if (position < content.Length && content[position] == (byte)':')
        {
            position++;
        }

        int bodyStart = position;
        int separator = content[bodyStart..].IndexOf(EnrichmentSeparator);
        int bodyEnd = separator < 0 ? content.Length : bodyStart + separator;

        (int nodeStart, int nodeLength) = FindNode(content[..typeKey]);
        layout = new AuditRecordLayout(nodeStart, nodeLength, typeStart, typeLength, (long)seconds, milliseconds, serial,
            bodyStart, bodyEnd, content.Length);
        return true;
    }

    // The "node=HOST " word right before "type=", as auditd's name_format writes it (a syslog prefix may come before
    // it). Anything else, such as a second node= or other words between node= and type=, stays in the prefix, so
    // that the header the writers print is the bytes of the line.
    private static (int Start, int Length) FindNode(ReadOnlySpan<byte> prefix)
    {
        ReadOnlySpan<byte> words = prefix.TrimEnd((byte)' ');
        int at = words.LastIndexOf((byte)' ') + 1;
        int start = at + "node=".Length;
        return words[at..].StartsWith("node="u8) && start < words.Length ? (start, words.Length - start) : (0, 0);
    }

    // Plain decimal digits only: number parsers would also accept a sign or spaces, which a time stamp never has.
    private static bool TryParseDigits(ReadOnlySpan<byte> text, out int value, out int consumed)
    {
        bool parsed = TryParseDigits(text, out ulong wide, out consumed);
        value = (int)wide;
        return parsed && wide <= int.MaxValue;
    }

    private static bool TryParseDigits(ReadOnlySpan<byte> text, out ulong value, out int consumed)
    {
        value = 0;
        consumed = 0;
        while (consumed < text.Length && (uint)(text[consumed] - '0') <= 9)
        {
            if (value > (ulong.MaxValue - 9) / 10)
            {
                return false;
            }

            value = (value * 10) + (uint)(text[consumed] - '0');
            consumed++;
        }

        return consumed > 0;
    }
}

/// <summary>Where the parts of a record lie in its line: what the reader keeps between reading a line and handing it out.</summary>
internal readonly record struct AuditRecordLayout(int NodeStart, int NodeLength, int TypeStart, int TypeLength,
    long Seconds, int Milliseconds, ulong Serial, int BodyStart, int BodyEnd, int End, bool IsInterpreted = false);
