using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SyscallTables.Audit;

/// <summary>
/// Writes events as JSON Lines, one event per line:
/// <c>{"time":"2024-08-16T14:44:02.459Z","serial":2482682,"node":"web1","records":[{"type":"SYSCALL","fields":[{"name":"arch","raw":"c000003e","interpreted":"x86_64"},...]}]}</c>.
/// </summary>
/// <remarks>
/// <c>time</c> is UTC ISO-8601 with milliseconds; <c>node</c> is present only when the records have one; an event the
/// reader cut at its limits comes in parts that carry <c>"part":1</c>, <c>2</c>, ... and <c>"last_part":true</c> or
/// <c>false</c> (<see cref="AuditEvent.Part"/>);
/// <c>interpreted</c> only when it differs from <c>raw</c> (the value without its quotes); fields of the ENRICHED part
/// carry <c>"enriched":true</c>; a <c>msg='...'</c> field carries its inner <c>fields</c>. A line that is not a record
/// becomes <c>{"line":"..."}</c>. Bytes that are not UTF-8 are replaced by U+FFFD, so every line parses.
/// </remarks>
public sealed class AuditJsonWriter : IDisposable
{
    private readonly AuditOutputBuffer _output;
    private readonly Utf8JsonWriter _json;
    private readonly SyscallNaming _naming;
    private readonly IAccountNames? _accounts;
    private byte[] _scratch = new byte[1024];

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
        Span<byte> time = stackalloc byte[32];
        DateTime utc = DateTime.UnixEpoch.AddSeconds(Math.Min(auditEvent.Seconds, 253_402_300_799L)).AddMilliseconds(auditEvent.Milliseconds % 1000);
        utc.TryFormat(time, out int length, "yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        _json.WriteString("time"u8, time[..length]);
        _json.WriteNumber("serial"u8, auditEvent.Serial);
        if (!auditEvent.Node.IsEmpty)
        {
            _json.WritePropertyName("node"u8);
            WriteText(auditEvent.Node);
        }

        if (auditEvent.Part > 1 || auditEvent.HasNextPart)
        {
            _json.WriteNumber("part"u8, auditEvent.Part);
            _json.WriteBoolean("last_part"u8, !auditEvent.HasNextPart);
        }

        _json.WriteStartArray("records"u8);
        AuditFieldContext first = auditEvent.RecordCount > 0 ? auditEvent.GetFieldContext(auditEvent.GetRecord(0)) : default;
        for (int i = 0; i < auditEvent.RecordCount; i++)
        {
            AuditFieldContext context = auditEvent.GetFieldContext(i, first, _naming, _accounts);
            _json.WriteStartObject();
            _json.WritePropertyName("type"u8);
            WriteText(context.Record.Type);
            _json.WriteStartArray("fields"u8);
            WriteFields(context, context.Record.Fields);
            _json.WriteEndArray();
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        _output.Write((byte)'\n');
    }

    /// <summary>Writes a line that is not a record as <c>{"line":"..."}</c>.</summary>
    /// <param name="line">The line.</param>
    public void WriteLine(AuditLine line)
    {
        _json.Reset(_output);
        _json.WriteStartObject();
        _json.WritePropertyName("line"u8);
        WriteText(line.Bytes);
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

    private void WriteFields(in AuditFieldContext context, AuditFieldEnumerator fields)
    {
        foreach (AuditField field in fields)
        {
            _json.WriteStartObject();
            _json.WritePropertyName("name"u8);
            WriteText(field.Name);
            _json.WritePropertyName("raw"u8);
            WriteText(field.Value);
            if (field.IsEnriched)
            {
                _json.WriteBoolean("enriched"u8, true);
            }

            if (field.Quoting == AuditQuoting.Single)
            {
                _json.WriteStartArray("fields"u8);
                WriteFields(context, field.Fields);
                _json.WriteEndArray();
            }
            else
            {
                WriteInterpretation(context, field);
            }

            _json.WriteEndObject();
        }
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

    private void WriteText(ReadOnlySpan<byte> utf8)
    {
        if (System.Text.Unicode.Utf8.IsValid(utf8))
        {
            _json.WriteStringValue(utf8);
        }
        else
        {
            // Rare (a corrupted log): the decoder's replacement characters keep the line valid JSON.
            _json.WriteStringValue(Encoding.UTF8.GetString(utf8));
        }
    }
}
