using System;
using System.Buffers;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SyscallTables.Audit;

/// <summary>
/// Writes events as JSON Lines, one event per line:
/// <c>{"time":"2024-08-16T14:44:02.459Z","serial":2482682,"node":"web1","records":[{"type":"SYSCALL","fields":[{"name":"arch","raw":"c000003e","interpreted":"x86_64"},...],"line":"type=SYSCALL msg=audit(...): arch=c000003e ...","lineNumber":1}]}</c>.
/// </summary>
/// <remarks>
/// <para>
/// <c>time</c> is UTC ISO-8601 with milliseconds, or null with <c>seconds</c> and <c>milliseconds</c> as written when
/// the time stamp has no such form (after year 9999); <c>node</c> is present only when the records have one; an event
/// the reader cut at its limits comes in parts that carry <c>"part":1</c>, <c>2</c>, ... and <c>"lastPart":true</c> or
/// <c>false</c> (<see cref="AuditEvent.Part"/>);
/// <c>interpreted</c> only when it differs from <c>raw</c> (the value without its quotes); fields of the ENRICHED part
/// carry <c>"enriched":true</c>; a <c>msg='...'</c> field carries its inner <c>fields</c>. A record, and a
/// <c>msg='...'</c> field, carries <c>text</c> when it has text that is neither its header nor a field: AVC prose
/// (<c>avc:  denied  { read } for</c>), words the parser could not place (<c>ORPHAN</c>, <c>=value</c>, text glued to
/// a closing quote), a syslog prefix or a second <c>node=</c> or <c>type=</c>; each run of such text is one string,
/// without the blanks around it. A line that is not a record becomes <c>{"line":"...","lineNumber":N}</c>.
/// </para>
/// <para>
/// Every input byte is in the output. Each record and each other line carries the line it was read from:
/// <c>line</c>, its text; <c>lineNumber</c>, its number in the input (a piece of an over-long line counts as a line);
/// and <c>"partial":true</c> when no newline followed it in the input (a piece of a line longer than the reader's
/// limit, continued by the next line number, or an unterminated last line). JSON strings can hold only Unicode, so
/// where <c>line</c> or a field's <c>raw</c> is not valid UTF-8 its text has U+FFFD for each bad sequence and a sibling
/// <c>lineBase64</c> or <c>rawBase64</c> holds the exact bytes; valid UTF-8, control characters included, is exact in
/// the string itself. The input is rebuilt by taking every record and line object in <c>lineNumber</c> order, each
/// as the bytes of <c>lineBase64</c> when present and of <c>line</c> in UTF-8 otherwise, followed by <c>\n</c>
/// unless it is <c>partial</c>.
/// </para>
/// </remarks>
public sealed class AuditJsonWriter : IAuditEventWriter
{
    /// <summary>9999-12-31T23:59:59Z, the last second ISO-8601's four-digit years (and <see cref="DateTime"/>) reach.</summary>
    private const long LastIsoSecond = 253_402_300_799;

    // Longer strings are written in segments of this many bytes, so that the writer's buffer (up to six times a segment,
    // for escapes) stays small; a line the reader holds whole (64 KiB at most) may take several.
    private const int SegmentLength = 16 * 1024;

    private readonly AuditOutputBuffer _output;
    private readonly Utf8JsonWriter _json;
    private readonly SyscallNaming _naming;
    private readonly IAccountNames? _accounts;
    private byte[] _scratch = new byte[1024];

    // The text runs (start, length) of the record or message being written, kept until its "fields" are written.
    private int[] _runs = new int[32];
    private int _runCount;

    /// <summary>Creates a writer onto <paramref name="output"/>.</summary>
    /// <param name="output">Receives UTF-8 JSON Lines; not disposed by the writer.</param>
    /// <param name="naming">Kernel or audit-userspace syscall names.</param>
    /// <param name="accounts">Resolves ids to account names, or <see langword="null"/>.</param>
    public AuditJsonWriter(Stream output, SyscallNaming naming = SyscallNaming.Kernel, IAccountNames? accounts = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = new AuditOutputBuffer(output);

        // Relaxed escaping keeps paths and non-ASCII readable; the output is data, never embedded in HTML.
        _json = new Utf8JsonWriter(_output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true });
        _naming = naming;
        _accounts = accounts;
    }

    /// <summary>Writes one event as one line.</summary>
    /// <param name="auditEvent">The event.</param>
    public void WriteEvent(AuditEvent auditEvent)
    {
        _json.Reset(_output);
        _json.WriteStartObject();
        WriteTime(auditEvent.Seconds, auditEvent.Milliseconds);
        _json.WriteNumber("serial"u8, auditEvent.Serial);
        if (!auditEvent.Node.IsEmpty)
        {
            _json.WritePropertyName("node"u8);
            WriteText(auditEvent.Node);
        }

        if (auditEvent.Part > 1 || auditEvent.HasNextPart)
        {
            _json.WriteNumber("part"u8, auditEvent.Part);
            _json.WriteBoolean("lastPart"u8, !auditEvent.HasNextPart);
        }

        _json.WriteStartArray("records"u8);
        AuditFieldContext first = auditEvent.RecordCount > 0 ? auditEvent.GetFieldContext(auditEvent.GetRecord(0)) : default;
        for (int i = 0; i < auditEvent.RecordCount; i++)
        {
            AuditFieldContext context = auditEvent.GetFieldContext(i, first, _naming, _accounts);
            AuditRecord record = context.Record;
            ReadOnlySpan<byte> line = record.Line;
            _json.WriteStartObject();
            _json.WritePropertyName("type"u8);
            WriteText(record.Type);
            _runCount = 0;
            AddRun(line, 0, record.HeaderStart);
            _json.WriteStartArray("fields"u8);
            WriteFields(context, line, record.Fields, record.BodyStart, record.BodyEnd, record.ContentEnd);
            _json.WriteEndArray();
            WriteRuns(line, 0);
            WriteLineMembers(auditEvent.GetLine(i));
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        _output.Write((byte)'\n');
    }

    // ISO-8601 has four-digit years and the kernel writes milliseconds 000-999: a time stamp past 9999 or with more
    // milliseconds has no true ISO form, so "time" is null and the stamp's numbers are given as written, never a date
    // that is not the record's.
    private void WriteTime(long seconds, int milliseconds)
    {
        if (seconds is < 0 or > LastIsoSecond || milliseconds > 999)
        {
            _json.WriteNull("time"u8);
            _json.WriteNumber("seconds"u8, seconds);
            _json.WriteNumber("milliseconds"u8, milliseconds);
            return;
        }

        Span<byte> time = stackalloc byte[32];
        var utc = new DateTime(DateTime.UnixEpoch.Ticks + (seconds * TimeSpan.TicksPerSecond) + (milliseconds * TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
        utc.TryFormat(time, out int length, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        _json.WriteString("time"u8, time[..length]);
    }

    /// <summary>Writes a line that is not a record as <c>{"line":"...","lineNumber":N}</c>.</summary>
    /// <param name="line">The line.</param>
    public void WriteLine(AuditLine line)
    {
        _json.Reset(_output);
        _json.WriteStartObject();
        WriteLineMembers(line);
        _json.WriteEndObject();
        _json.Flush();
        _output.Write((byte)'\n');
    }

    /// <summary>Sends what is buffered to the stream and flushes it.</summary>
    public void Flush() => _output.Flush();

    /// <summary>Flushes and returns the buffers; the stream stays open.</summary>
    public void Dispose()
    {
        _json.Dispose();
        _output.Drain();
        _output.Dispose();
    }

    // The fields from `from` (a record's body, a message's value) and, past the 0x1d at `bodyEnd`, those of the ENRICHED
    // part up to `end`; the text between them is kept as runs for the "text" member.
    private void WriteFields(in AuditFieldContext context, ReadOnlySpan<byte> line, AuditFieldEnumerator fields, int from, int bodyEnd, int end)
    {
        int position = from;
        foreach (AuditField field in fields)
        {
            if (field.IsEnriched && position <= bodyEnd)
            {
                AddRun(line, position, bodyEnd);
                position = bodyEnd + 1;
            }

            AddRun(line, position, field.Start);
            position = field.End;
            _json.WriteStartObject();
            _json.WritePropertyName("name"u8);
            WriteText(field.Name);
            WriteBytes("raw"u8, "rawBase64"u8, field.Value);
            if (field.IsEnriched)
            {
                _json.WriteBoolean("enriched"u8, true);
            }

            if (field.Quoting == AuditQuoting.Single)
            {
                int runs = _runCount;
                int valueEnd = field.ValueStart + field.ValueLength;
                _json.WriteStartArray("fields"u8);
                WriteFields(context, line, field.Fields, field.ValueStart, valueEnd, valueEnd);
                _json.WriteEndArray();
                WriteRuns(line, runs);
            }
            else
            {
                WriteInterpretation(context, field);
            }

            _json.WriteEndObject();
        }

        if (position <= bodyEnd)
        {
            AddRun(line, position, bodyEnd);
            position = bodyEnd + 1;
        }

        AddRun(line, position, end);
    }

    private void AddRun(ReadOnlySpan<byte> line, int start, int end)
    {
        if (start >= end)
        {
            return;
        }

        ReadOnlySpan<byte> text = line[start..end];
        int leading = text.IndexOfAnyExcept(" \t"u8);
        if (leading < 0)
        {
            return;
        }

        if (_runCount + 2 > _runs.Length)
        {
            Array.Resize(ref _runs, _runs.Length * 2);
        }

        _runs[_runCount++] = start + leading;
        _runs[_runCount++] = text[leading..].TrimEnd(" \t"u8).Length;
    }

    // Writes the runs kept since `mark` as "text" (when there are any) and forgets them.
    private void WriteRuns(ReadOnlySpan<byte> line, int mark)
    {
        if (_runCount == mark)
        {
            return;
        }

        _json.WriteStartArray("text"u8);
        for (int i = mark; i < _runCount; i += 2)
        {
            WriteText(line.Slice(_runs[i], _runs[i + 1]));
        }

        _json.WriteEndArray();
        _runCount = mark;
    }

    private void WriteLineMembers(AuditLine line)
    {
        WriteBytes("line"u8, "lineBase64"u8, line.Bytes);
        if (!line.EndsWithNewline)
        {
            _json.WriteBoolean("partial"u8, true);
        }

        _json.WriteNumber("lineNumber"u8, line.Number);
    }

    private void WriteInterpretation(in AuditFieldContext context, AuditField field)
    {
        int needed = Math.Max(512, (field.ValueLength * 4) + 64);
        if (_scratch.Length < needed)
        {
            _scratch = new byte[needed];
        }

        if (FieldInterpreter.Interpret(context, field, _scratch, out int written) == OperationStatus.Done
            && !_scratch.AsSpan(0, written).SequenceEqual(field.Value))
        {
            _json.WritePropertyName("interpreted"u8);
            WriteText(_scratch.AsSpan(0, written));
        }
    }

    // "name": the bytes as text; and, when they are not UTF-8, "base64Name": the bytes themselves.
    private void WriteBytes(ReadOnlySpan<byte> name, ReadOnlySpan<byte> base64Name, ReadOnlySpan<byte> bytes)
    {
        _json.WritePropertyName(name);
        WriteText(bytes);
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return;
        }

        _json.WritePropertyName(base64Name);
        if (bytes.Length <= SegmentLength)
        {
            _json.WriteBase64StringValue(bytes);
        }
        else
        {
            WriteSegments(bytes, base64: true);
        }
    }

    // Utf8JsonWriter writes U+FFFD for each invalid sequence.
    private void WriteText(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length <= SegmentLength)
        {
            _json.WriteStringValue(utf8);
        }
        else
        {
            WriteSegments(utf8, base64: false);
        }
    }

    // A long string goes in segments: written whole, the writer would ask for a buffer of six times its length (the
    // longest escape of a byte).
    private void WriteSegments(ReadOnlySpan<byte> bytes, bool base64)
    {
        for (int at = 0; at < bytes.Length; at += SegmentLength)
        {
            ReadOnlySpan<byte> segment = bytes[at..Math.Min(at + SegmentLength, bytes.Length)];
            bool last = at + segment.Length == bytes.Length;
            if (base64)
            {
                _json.WriteBase64StringSegment(segment, last);
            }
            else
            {
                _json.WriteStringValueSegment(segment, last);
            }
        }
    }
}
