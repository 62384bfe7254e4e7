using System;

namespace SyscallTables.Audit;

/// <summary>
/// One <c>name=value</c> field of an audit record, over the bytes of its line. Offsets are relative to the line, so a
/// rewriter can copy the text between fields unchanged and replace only the values it interprets.
/// </summary>
public readonly ref struct AuditField
{
    private readonly ReadOnlySpan<byte> _line;

    internal AuditField(ReadOnlySpan<byte> line, int start, int nameEnd, int valueStart, int valueEnd, int end,
        AuditQuoting quoting, bool isEnriched, bool isInMessage)
    {
        _line = line;
        Start = start;
        NameLength = nameEnd - start;
        ValueStart = valueStart;
        ValueLength = valueEnd - valueStart;
        End = end;
        Quoting = quoting;
        IsEnriched = isEnriched;
        IsInMessage = isInMessage;
    }

    /// <summary>The field name (<c>syscall</c>, <c>ARCH</c>).</summary>
    public ReadOnlySpan<byte> Name => _line.Slice(Start, NameLength);

    /// <summary>The raw value: without its quotes when quoted, otherwise exactly as written (hex and placeholders undecoded).</summary>
    public ReadOnlySpan<byte> Value => _line.Slice(ValueStart, ValueLength);

    /// <summary>How the value is quoted.</summary>
    public AuditQuoting Quoting { get; }

    /// <summary>Whether the value is in quotes (double or single).</summary>
    public bool IsQuoted => Quoting != AuditQuoting.None;

    /// <summary>Whether the field is in the ENRICHED part, after the 0x1d separator (names auditd resolved, such as <c>AUID="unset"</c>).</summary>
    public bool IsEnriched { get; }

    /// <summary>Whether the field sits inside a single-quoted <c>msg='...'</c> of a user-space record.</summary>
    public bool IsInMessage { get; }

    /// <summary>
    /// Whether the value is the kernel's or auditd's placeholder for a missing string: unquoted <c>(null)</c> or
    /// <c>(none)</c> (for example <c>key=(null)</c>, <c>tty=(none)</c>), which must not be taken for hex.
    /// </summary>
    public bool IsPlaceholder => Quoting == AuditQuoting.None && (Value.SequenceEqual("(null)"u8) || Value.SequenceEqual("(none)"u8));

    /// <summary>Offset of the field's first byte (its name) in the line.</summary>
    public int Start { get; }

    /// <summary>Length of the name in bytes.</summary>
    public int NameLength { get; }

    /// <summary>Offset of the value's first byte in the line (after an opening quote).</summary>
    public int ValueStart { get; }

    /// <summary>Length of the value in bytes (quotes excluded).</summary>
    public int ValueLength { get; }

    /// <summary>Offset just past the field in the line (past a closing quote).</summary>
    public int End { get; }

    /// <summary>
    /// The fields inside a single-quoted value (<c>msg='op=login id=1000 exe="/usr/sbin/sshd" res=success'</c>);
    /// empty for any other field. They report <see cref="IsInMessage"/>.
    /// </summary>
    public AuditFieldEnumerator Fields => Quoting == AuditQuoting.Single
        ? new AuditFieldEnumerator(_line, ValueStart, ValueStart + ValueLength, ValueStart + ValueLength, inMessage: true)
        : new AuditFieldEnumerator(_line, 0, 0, 0, inMessage: true);

    /// <summary>
    /// Decodes an unquoted hex-encoded value, the kernel's form for strings holding spaces, quotes or control bytes
    /// (<c>proctitle=2F62696E2F6D6B646972002D70</c>, <c>exe=</c> of a deleted binary, EXECVE arguments).
    /// </summary>
    /// <param name="destination">Receives the decoded bytes; <see cref="ValueLength"/>/2 bytes are needed.</param>
    /// <param name="bytesWritten">The number of bytes decoded.</param>
    /// <returns>
    /// Whether the value is unquoted, of even length, made only of hex digits, and fitted in
    /// <paramref name="destination"/>. A number such as <c>1000</c> also decodes: whether a field is hex is the
    /// field's business (its name), not the reader's.
    /// </returns>
    public bool TryDecodeHex(Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        ReadOnlySpan<byte> hex = Value;
        if (Quoting != AuditQuoting.None || hex.IsEmpty || (hex.Length & 1) != 0 || destination.Length < hex.Length / 2)
        {
            return false;
        }

        for (int i = 0; i < hex.Length; i += 2)
        {
            int high = HexDigit(hex[i]);
            int low = HexDigit(hex[i + 1]);
            if ((high | low) < 0)
            {
                bytesWritten = 0;
                return false;
            }

            destination[i / 2] = (byte)((high << 4) | low);
        }

        bytesWritten = hex.Length / 2;
        return true;
    }

    private static int HexDigit(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        _ => -1,
    };
}

/// <summary>Enumerates the <c>name=value</c> fields of a record (or of a nested <c>msg='...'</c>), allocation-free.</summary>
public ref struct AuditFieldEnumerator
{
    private readonly ReadOnlySpan<byte> _line;
    private readonly int _enrichmentEnd;
    private readonly bool _inMessage;
    private readonly bool _interpreted;
    private int _position;
    private int _segmentEnd;
    private bool _inEnrichment;

    internal AuditFieldEnumerator(ReadOnlySpan<byte> line, int start, int bodyEnd, int enrichmentEnd, bool inMessage, bool interpreted = false)
    {
        _line = line;
        _interpreted = interpreted;
        _position = start;
        _segmentEnd = bodyEnd;
        _enrichmentEnd = enrichmentEnd;
        _inMessage = inMessage;
        Current = default;
    }

    /// <summary>The current field.</summary>
    public AuditField Current { get; private set; }

    /// <summary>Returns this enumerator, so that <c>foreach</c> works on <see cref="AuditRecord.Fields"/>.</summary>
    /// <returns>This enumerator.</returns>
    public readonly AuditFieldEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next field.</summary>
    /// <returns>Whether there is one.</returns>
    public bool MoveNext()
    {
        ReadOnlySpan<byte> line = _line;
        while (true)
        {
            if (_position >= _segmentEnd)
            {
                // The body ends at the 0x1d separator (when there is one); the enrichment runs from after it to the end.
                if (!_inEnrichment && _segmentEnd < _enrichmentEnd)
                {
                    _inEnrichment = true;
                    _position = _segmentEnd + 1;
                    _segmentEnd = _enrichmentEnd;
                    continue;
                }

                return false;
            }

            byte first = line[_position];
            if (first == (byte)' ' || (first == (byte)'\t' && !_interpreted))
            {
                _position++;
                continue;
            }

            if (_interpreted)
            {
                if (TryReadInterpreted(line[.._segmentEnd], _position, out AuditField field))
                {
                    _position = field.End;
                    Current = field;
                    return true;
                }

                int blank = line[_position.._segmentEnd].IndexOf((byte)' ');
                _position = blank < 0 ? _segmentEnd : _position + blank;
                continue;
            }

            int start = _position;
            ReadOnlySpan<byte> segment = line[start.._segmentEnd];
            int word = segment.IndexOfAny((byte)' ', (byte)'\t', (byte)'=');
            if (word < 0 || segment[word] != (byte)'=' || word == 0)
            {
                // Not name=value (AVC prose, a stray '='): skip the word.
                int space = segment.IndexOfAny((byte)' ', (byte)'\t');
                _position = space < 0 ? _segmentEnd : start + space;
                continue;
            }

            int nameEnd = start + word;
            int valueStart = nameEnd + 1;
            int valueEnd;
            int end;
            AuditQuoting quoting = AuditQuoting.None;
            byte open = valueStart < _segmentEnd ? line[valueStart] : (byte)0;
            if (open is (byte)'"' or (byte)'\'')
            {
                quoting = open == (byte)'"' ? AuditQuoting.Double : AuditQuoting.Single;
                valueStart++;
                // A user-space message (msg='op=... acct="x('y')" res=failed') may quote inside its double-quoted
                // values; like ausearch, take its last single quote as the end, since the message closes the body.
                int close = open == (byte)'\'' && line[start..nameEnd].SequenceEqual("msg"u8)
                    ? line[valueStart.._segmentEnd].LastIndexOf(open)
                    : line[valueStart.._segmentEnd].IndexOf(open);
                valueEnd = close < 0 ? _segmentEnd : valueStart + close;
                end = close < 0 ? _segmentEnd : valueEnd + 1;
            }
            else if (open == (byte)'{')
            {
                // The enrichment writes a decoded socket address as SADDR={ saddr_fam=inet laddr=... }: one value,
                // whose path may hold braces itself (/tmp/.{FD2D...}); it ends at the last '}' before the next
                // upper-case NAME= or the end.
                int next = NextEnrichedName(line[valueStart.._segmentEnd]);
                int close = line[valueStart..(next < 0 ? _segmentEnd : valueStart + next)].LastIndexOf((byte)'}');
                valueEnd = close < 0 ? _segmentEnd : valueStart + close + 1;
                end = valueEnd;
            }
            else
            {
                int space = line[valueStart.._segmentEnd].IndexOfAny((byte)' ', (byte)'\t');
                valueEnd = space < 0 ? _segmentEnd : valueStart + space;
                end = valueEnd;
            }

            _position = end;
            Current = new AuditField(line, start, nameEnd, valueStart, valueEnd, end, quoting, _inEnrichment, _inMessage);
            return true;
        }
    }

    // ausearch -i separates fields with one space and prints values decoded and unquoted, spaces and all
    // ("exit=EEXIST(File exists)", "exe=/opt/my tool"), so a value runs on until a word that holds '=' (a field of
    // its own) or an empty word (two spaces). A word that is not name=value is no field.
    // In ausearch -i text every word that holds '=' starts a field, so the first " name=" (or "name=" at the start)
    // is the field's start; found with a vectorised search rather than field by field.
    internal static bool TryFindInterpreted(ReadOnlySpan<byte> body, int bodyStart, ReadOnlySpan<byte> name, out AuditField field)
    {
        field = default;
        if (name.IsEmpty || name.Contains((byte)' ') || name.Contains((byte)'='))
        {
            return false;
        }

        int from = bodyStart;
        while (from < body.Length)
        {
            int found = body[from..].IndexOf(name);
            if (found < 0)
            {
                return false;
            }

            int start = from + found;
            from = start + 1;
            int equals = start + name.Length;
            if (equals < body.Length && body[equals] == (byte)'=' && (start == bodyStart || body[start - 1] == (byte)' '))
            {
                return TryReadInterpreted(body, start, out field);
            }
        }

        return false;
    }

    private static bool TryReadInterpreted(ReadOnlySpan<byte> body, int start, out AuditField field)
    {
        field = default;
        ReadOnlySpan<byte> word = body[start..];
        int equals = word.IndexOfAny((byte)' ', (byte)'=');
        if (equals <= 0 || word[equals] != (byte)'=')
        {
            return false;
        }

        int valueStart = start + equals + 1;
        ReadOnlySpan<byte> rest = body[valueStart..];
        int end = rest.IndexOf((byte)' ');
        while (end >= 0)
        {
            ReadOnlySpan<byte> next = rest[(end + 1)..];
            int wordEnd = next.IndexOf((byte)' ');
            ReadOnlySpan<byte> following = wordEnd < 0 ? next : next[..wordEnd];
            if (following.IsEmpty || following.Contains((byte)'='))
            {
                break;
            }

            end = wordEnd < 0 ? rest.Length : end + 1 + wordEnd;
            if (end == rest.Length)
            {
                break;
            }
        }

        int valueEnd = end < 0 ? body.Length : valueStart + end;
        int fieldEnd = valueEnd;

        // A value ausearch could not interpret it prints as logged, quotes and all (tty="(none)", success="yes" of a
        // record written by hand), so those quotes come off as the raw reader takes them off.
        AuditQuoting quoting = AuditQuoting.None;
        if (valueEnd - valueStart >= 2 && body[valueStart] == (byte)'"' && body[valueEnd - 1] == (byte)'"'
            && !body[(valueStart + 1)..(valueEnd - 1)].Contains((byte)'"'))
        {
            quoting = AuditQuoting.Double;
            valueStart++;
            valueEnd--;
        }

        field = new AuditField(body, start, start + equals, valueStart, valueEnd, fieldEnd, quoting, isEnriched: false, isInMessage: false);
        return true;
    }

    // The offset of the blank before the next " NAME=" whose name is upper case (an ENRICHED field), or -1.
    private static int NextEnrichedName(ReadOnlySpan<byte> text)
    {
        for (int blank = text.IndexOf((byte)' '); blank >= 0;)
        {
            int nameStart = blank + 1;
            int nameLength = text[nameStart..].IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"u8);
            if (nameLength > 0 && text[nameStart + nameLength] == (byte)'=')
            {
                return blank;
            }

            int further = text[nameStart..].IndexOf((byte)' ');
            blank = further < 0 ? -1 : nameStart + further;
        }

        return -1;
    }
}
