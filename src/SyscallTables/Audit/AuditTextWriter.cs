using System;
using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.IO;
using System.Text.Unicode;

namespace SyscallTables.Audit;

/// <summary>
/// Writes events as <c>ausearch -i</c> prints them, UTF-8 straight to a stream with no allocation per record:
/// a <c>----</c> line before each event; its records last first; each as
/// <c>[node=N ]type=T msg=audit(MM/DD/YY HH:MM:SS.mmm:SERIAL) :</c> and the record's text with every field value
/// interpreted (<see cref="FieldInterpreter.Interpret(in AuditFieldContext, AuditField, Span{byte}, out int)"/>) and
/// a space after the last; a record without fields is followed by an empty line (as EOE is). The parts of an event
/// the reader cut at its limits (<see cref="AuditEvent.Part"/>) each begin with a line that says so:
/// <c>---- part 1 of an event cut at 1024 records or 1048576 bytes per part; part 2 follows</c>.
/// </summary>
/// <remarks>
/// The text between fields (AVC prose, double spaces, words that are no field) is copied as it is, and so are words
/// after the last field and what comes before the header (a syslog prefix, a second <c>node=</c> or <c>type=</c>),
/// which ausearch drops; the ENRICHED part is not printed (ausearch uses it for names only). Fields inside
/// <c>msg='...'</c> are interpreted one by one inside the quotes. Lines that are not records are written unchanged,
/// where they were read, which ausearch does not do (it drops them).
/// </remarks>
public sealed class AuditTextWriter : IAuditEventWriter
{
    private const int MinimumValueSpace = 512;

    private readonly AuditOutputBuffer _output;
    private readonly AusearchTime _time;
    private readonly SyscallNaming _naming;
    private readonly IAccountNames? _accounts;
    private byte[] _scratch = new byte[MinimumValueSpace];

    /// <summary>Creates a writer onto <paramref name="output"/>.</summary>
    /// <param name="output">Receives UTF-8 text; not disposed by the writer.</param>
    /// <param name="naming">Kernel or audit-userspace syscall names.</param>
    /// <param name="accounts">Resolves ids to account names, or <see langword="null"/>.</param>
    /// <param name="timeZone">
    /// The zone times are printed in; <see langword="null"/> for the zone <c>TZ</c> names, read as glibc (and so
    /// ausearch) reads it: zone names and files, and POSIX rule strings such as <c>JST-9</c> or <c>EST5EDT,M3.2.0,M11.1.0</c>.
    /// </param>
    public AuditTextWriter(Stream output, SyscallNaming naming = SyscallNaming.Kernel, IAccountNames? accounts = null, TimeZoneInfo? timeZone = null)
        : this(output, naming, accounts, timeZone is null ? null : LocalTimeZone.From(timeZone))
    {
    }

    /// <summary>Creates a writer that prints times in <paramref name="zone"/>, or in <c>TZ</c>'s zone when it is null.</summary>
    internal AuditTextWriter(Stream output, SyscallNaming naming, IAccountNames? accounts, LocalTimeZone? zone)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = new AuditOutputBuffer(output);
        _time = new AusearchTime(zone);
        _naming = naming;
        _accounts = accounts;
    }

    /// <summary>Writes one event: the separator line, then its records last first.</summary>
    /// <param name="auditEvent">The event.</param>
    public void WriteEvent(AuditEvent auditEvent)
    {
        WriteSeparator(auditEvent);
        if (auditEvent.RecordCount == 0)
        {
            return;
        }

        AuditFieldContext first = auditEvent.GetFieldContext(auditEvent.GetRecord(0));
        for (int i = auditEvent.RecordCount - 1; i >= 0; i--)
        {
            AuditFieldContext context = auditEvent.GetFieldContext(i, first, _naming, _accounts);
            WriteRecord(context, auditEvent);
        }

        // After a huge value (a 20 MB proctitle), do not keep its buffer.
        if (_scratch.Length > 1024 * 1024)
        {
            _scratch = new byte[MinimumValueSpace];
        }
    }

    // ausearch's "----" before each event; a part of an event cut at the reader's limits says so on the same line, so
    // that tools which split ausearch's text at "----" still find every event.
    private void WriteSeparator(AuditEvent auditEvent)
    {
        if (auditEvent.Part == 1 && !auditEvent.HasNextPart)
        {
            _output.Write("----\n"u8);
            return;
        }

        Span<byte> line = _output.GetSpan(160);
        bool written = auditEvent.HasNextPart
            ? Utf8.TryWrite(line, CultureInfo.InvariantCulture, $"---- part {auditEvent.Part} of an event cut at {AuditEventReader.MaxEventRecords} records or {AuditEventReader.MaxEventBytes} bytes per part; part {auditEvent.Part + 1} follows\n", out int length)
            : Utf8.TryWrite(line, CultureInfo.InvariantCulture, $"---- part {auditEvent.Part} of an event cut at {AuditEventReader.MaxEventRecords} records or {AuditEventReader.MaxEventBytes} bytes per part; the last\n", out length);
        _output.Advance(written ? length : 0);
    }

    /// <summary>Writes a line that is not a record exactly as it was read (with its newline when it had one).</summary>
    /// <param name="line">The line.</param>
    public void WriteLine(AuditLine line)
    {
        _output.Write(line.Bytes);
        if (line.EndsWithNewline)
        {
            _output.Write((byte)'\n');
        }
    }

    /// <summary>Sends what is buffered to the stream and flushes it (per event, in a dispatcher plugin).</summary>
    public void Flush() => _output.Flush();

    /// <summary>Flushes and returns the buffer to the pool; the stream stays open.</summary>
    public void Dispose()
    {
        _output.Drain();
        _output.Dispose();
    }

    private void WriteRecord(in AuditFieldContext context, AuditEvent auditEvent)
    {
        AuditRecord record = context.Record;
        ReadOnlySpan<byte> node = record.Node;
        ReadOnlySpan<byte> type = record.Type;
        // What precedes the header (a syslog prefix, a second node=) is kept; ausearch reads an indented record too,
        // and drops the indentation.
        _output.Write(record.Prefix.TrimStart(" \t"u8));
        Span<byte> head = _output.GetSpan(node.Length + type.Length + 96);
        int at = 0;
        if (!node.IsEmpty)
        {
            at += Put(head, at, "node="u8);
            at += Put(head, at, node);
            head[at++] = (byte)' ';
        }

        at += Put(head, at, "type="u8);
        at += Put(head, at, type);
        at += Put(head, at, " msg=audit("u8);
        at += _time.Write(auditEvent.Seconds, auditEvent.Milliseconds, head[at..]);
        head[at++] = (byte)':';
        Utf8Formatter.TryFormat(record.Serial, head[at..], out int digits);
        at += digits;
        ReadOnlySpan<byte> line = record.Line;
        ReadOnlySpan<byte> body = record.Body;
        int bodyStart = body.IsEmpty || !line.Overlaps(body, out int offset) ? record.Line.Length - record.Enrichment.Length : offset;

        // ausearch prints ") " and then what followed the ')': "): arch=" becomes ") : arch=", ") config" becomes ")  config".
        bool colon = bodyStart > 0 && bodyStart <= line.Length && line[bodyStart - 1] == (byte)':';
        at += Put(head, at, colon ? ") :"u8 : ") "u8);
        _output.Advance(at);
        if (!colon && body.IsEmpty)
        {
            // A header and nothing else ("msg=audit(...)" with no colon): ausearch ends the line there.
            _output.Write((byte)'\n');
            return;
        }
        if (!WriteFields(context, line, bodyStart, record.BodyEnd, record.Fields))
        {
            // No name=value at all (EOE, an empty PROCTITLE): ausearch prints the text and an empty line.
            _output.Write(body);
            _output.Write("\n\n"u8);
            return;
        }

        _output.Write(" \n"u8);
    }

    // Writes the text from `from` to `to` without its trailing blanks, each value interpreted; returns whether there was
    // a field. Text is copied in runs: a value without interpretation stays in the run, so most fields cost no write of
    // their own.
    private bool WriteFields(in AuditFieldContext context, ReadOnlySpan<byte> line, int from, int to, AuditFieldEnumerator fields)
    {
        bool any = false;
        int run = from;
        int end = from;
        foreach (AuditField field in fields)
        {
            if (field.IsEnriched)
            {
                break;
            }

            any = true;
            if (field.Quoting == AuditQuoting.Single)
            {
                _output.Write(line[run..field.ValueStart]);
                if (!WriteFields(context, line, field.ValueStart, field.ValueStart + field.ValueLength, field.Fields))
                {
                    _output.Write(field.Value);
                }

                _output.Write((byte)'\'');
                run = field.End;
            }
            else if (TryInterpret(context, field, line, out int length))
            {
                _output.Write(line[run..(field.Start + field.NameLength + 1)]);
                _output.Write(_scratch.AsSpan(0, length));
                run = field.End;
            }

            end = field.End;
            if (field.IsQuoted && end < to && line[end] is not ((byte)' ' or (byte)'\t'))
            {
                // Text glued to a closing quote (x="a"TAIL) is no part of the value: like ausearch, print the space it
                // prints after every value; unlike ausearch, which puts that space over the text's first byte, keep it.
                _output.Write(line[run..end]);
                _output.Write((byte)' ');
                run = end;
            }
        }

        if (any)
        {
            // Words after the last field (ausearch drops them); blanks alone are the separator ausearch prints anyway.
            end += line[end..to].TrimEnd(" \t"u8).Length;
            _output.Write(line[run..end]);
        }

        return any;
    }

    // The interpretation of a value into _scratch. ausearch ends an unquoted value at a comma (old PAM records:
    // "hostname=?, addr=?, terminal=?"): a value it interprets is printed interpreted, the comma becomes a space and the
    // rest stays as text; a value it does not interpret, and a MAC label (s0:c0,c1023), keeps its comma.
    private bool TryInterpret(in AuditFieldContext context, AuditField field, ReadOnlySpan<byte> line, out int length)
    {
        int comma = field.IsQuoted ? -1 : field.Value.IndexOf((byte)',');
        if (comma >= 0 && !IsMacLabel(field.Name))
        {
            int cut = field.ValueStart + comma;
            var head = new AuditField(line, field.Start, field.Start + field.NameLength, field.ValueStart, cut, cut,
                AuditQuoting.None, field.IsEnriched, field.IsInMessage);
            if (TryInterpretWhole(context, head, out length))
            {
                ReadOnlySpan<byte> rest = line[(cut + 1)..field.End];
                EnsureScratch(length + 1 + rest.Length);
                _scratch[length] = (byte)' ';
                rest.CopyTo(_scratch.AsSpan(length + 1));
                length += 1 + rest.Length;
                return true;
            }
        }

        return TryInterpretWhole(context, field, out length);
    }

    private bool TryInterpretWhole(in AuditFieldContext context, AuditField field, out int length)
    {
        // Most interpretations are no longer than the value (hex decodes to half); a longer one asks again.
        EnsureScratch(field.ValueLength + 256);
        for (int attempt = 0; attempt < 3; attempt++)
        {
            OperationStatus status = FieldInterpreter.Interpret(context, field, _scratch, out length);
            if (status == OperationStatus.Done)
            {
                return true;
            }

            if (status != OperationStatus.DestinationTooSmall)
            {
                break;
            }

            EnsureScratch(_scratch.Length * 4);
        }

        length = 0;
        return false;
    }

    private void EnsureScratch(int size)
    {
        if (_scratch.Length < size)
        {
            _scratch = new byte[Math.Max(size, MinimumValueSpace)];
        }
    }

    // SELinux and AppArmor labels, whose commas separate categories (ausearch's MAC_LABEL fields).
    private static bool IsMacLabel(ReadOnlySpan<byte> name) =>
        name.SequenceEqual("subj"u8) || name.SequenceEqual("obj"u8) || name.IndexOf("context"u8) >= 0
        || name.IndexOf("label"u8) >= 0 || name.IndexOf("ctx"u8) >= 0 || name.EndsWith("_subj"u8) || name.EndsWith("_obj"u8);

    private static int Put(Span<byte> destination, int at, ReadOnlySpan<byte> text)
    {
        text.CopyTo(destination[at..]);
        return text.Length;
    }
}
