using System.Buffers;
using BenchmarkDotNet.Attributes;
using SyscallTables.Audit;

namespace SyscallTables.Benchmarks;

/// <summary>
/// Per-record cost of reading an audit log and interpreting it, over <see cref="Records"/> real kernel records from
/// the corpus (<see cref="AuditCorpusRecords.SyscallEventLines"/>) in a <see cref="MemoryStream"/>, so no disk is
/// measured. Three steps, each including the ones before: splitting lines and headers (<see cref="Read"/>), finding
/// every field (<see cref="ReadFields"/>), and interpreting every field as <c>ausearch -i</c> does into a buffer
/// (<see cref="ReadAndInterpret"/>). Figures are per record (OperationsPerInvoke). <see cref="ReadEventsAndWriteText"/>
/// and <see cref="ReadEventsAndWriteJson"/> are what <c>syscalls interpret</c> does end to end: records grouped into
/// events by <see cref="AuditEventReader"/>, written by <see cref="AuditTextWriter"/> (ausearch's form) or
/// <see cref="AuditJsonWriter"/> into <see cref="Stream.Null"/>.
/// </summary>
[MemoryDiagnoser]
public class AuditInterpretBenchmarks
{
    /// <summary>Records per invocation.</summary>
    public const int Records = 10_000;

    private readonly byte[] _destination = new byte[64 * 1024];
    private byte[] _log = [];

    [GlobalSetup]
    public void Setup()
    {
        _log = AuditCorpusRecords.SyscallEventLines(Records);
        Console.WriteLine("// " + AuditCorpusRecords.Describe(_log, Records));
        if (ReadAndInterpret() == 0)
        {
            throw new InvalidOperationException("the interpretation wrote nothing");
        }

        if (ReadEventsAndWriteText() == 0 || ReadEventsAndWriteJson() == 0)
        {
            throw new InvalidOperationException("the event reader found no event");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Records)]
    public long Read()
    {
        long total = 0;
        using var reader = new AuditRecordReader(new MemoryStream(_log, writable: false));
        while (reader.Read())
        {
            AuditLine line = reader.Current;
            total += line.IsRecord ? (long)line.Record.Serial : line.Bytes.Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public long ReadFields()
    {
        long total = 0;
        using var reader = new AuditRecordReader(new MemoryStream(_log, writable: false));
        while (reader.Read())
        {
            AuditLine line = reader.Current;
            if (line.IsRecord)
            {
                foreach (AuditField field in line.Record.Fields)
                {
                    total += field.ValueLength;
                }
            }
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public long ReadAndInterpret()
    {
        long total = 0;
        ulong eventSerial = ulong.MaxValue;
        AuditArch eventArch = default;
        int eventSyscall = AuditFieldContext.NoSyscall;
        using var reader = new AuditRecordReader(new MemoryStream(_log, writable: false));
        while (reader.Read())
        {
            AuditLine line = reader.Current;
            if (!line.IsRecord)
            {
                continue;
            }

            // An event's records follow its SYSCALL record in these logs; they take its arch and syscall.
            AuditRecord record = line.Record;
            if (record.Serial != eventSerial || record.Type.SequenceEqual("SYSCALL"u8))
            {
                AuditFieldContext own = AuditFieldContext.ForRecord(record, SyscallNaming.Kernel);
                (eventSerial, eventArch, eventSyscall) = (record.Serial, own.Arch, own.Syscall);
            }

            var context = new AuditFieldContext(record, eventArch, eventSyscall, SyscallNaming.Kernel);
            foreach (AuditField field in record.Fields)
            {
                total += FieldInterpreter.Interpret(context, field, _destination, out int written) == OperationStatus.Done
                    ? written
                    : field.End - field.Start;
            }
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public long ReadEventsAndWriteText()
    {
        // UTC: the figure must not depend on the machine's zone (ausearch's local time costs the same either way).
        using var writer = new AuditTextWriter(Stream.Null, SyscallNaming.Kernel, accounts: null, TimeZoneInfo.Utc);
        return WriteEvents(writer.WriteEvent, writer.WriteLine);
    }

    [Benchmark(OperationsPerInvoke = Records)]
    public long ReadEventsAndWriteJson()
    {
        using var writer = new AuditJsonWriter(Stream.Null);
        return WriteEvents(writer.WriteEvent, writer.WriteLine);
    }

    private long WriteEvents(EventWriter writeEvent, LineWriter writeLine)
    {
        long events = 0;
        using var reader = new AuditEventReader(new MemoryStream(_log, writable: false));
        while (reader.Read())
        {
            if (reader.Kind == AuditEventReaderItem.Event)
            {
                writeEvent(reader.Event);
                events++;
            }
            else
            {
                writeLine(reader.Line);
            }
        }

        return events;
    }

    private delegate void EventWriter(AuditEvent auditEvent);

    private delegate void LineWriter(AuditLine line);
}
