using System;
using System.Runtime.CompilerServices;

namespace SyscallTables.Audit;

/// <summary>
/// One complete audit event from <see cref="AuditEventReader"/>: its records in the order they were read, and what
/// they share (time stamp, serial, node). Valid until the reader's next <see cref="AuditEventReader.Read"/>.
/// </summary>
public readonly ref struct AuditEvent
{
    private readonly AuditEventBuffer? _buffer;

    internal AuditEvent(AuditEventBuffer buffer) => _buffer = buffer;

    /// <summary>The number of records.</summary>
    public int RecordCount => _buffer?.RecordCount ?? 0;

    /// <summary>Seconds since the Unix epoch.</summary>
    public long Seconds => _buffer?.Seconds ?? 0;

    /// <summary>The milliseconds part of the time stamp.</summary>
    public int Milliseconds => _buffer?.Milliseconds ?? 0;

    /// <summary>The serial number the records share.</summary>
    public ulong Serial => _buffer?.Serial ?? 0;

    /// <summary>
    /// 1 for an event read whole and for the first part of one cut at the reader's limits
    /// (<see cref="AuditEventReader.MaxEventRecords"/>, <see cref="AuditEventReader.MaxEventBytes"/>); 2, 3, ... for
    /// the parts that follow it, which share its time stamp, serial and node.
    /// </summary>
    public int Part => _buffer?.Part ?? 1;

    /// <summary>
    /// Whether the event was cut at the reader's limits and its next records come as the next part (an event with the
    /// same time stamp, serial and node and <see cref="Part"/> one higher).
    /// </summary>
    public bool HasNextPart => _buffer?.HasNextPart ?? false;

    /// <summary>The <c>node=</c> host name the records share; empty when they have none.</summary>
    public ReadOnlySpan<byte> Node => _buffer is null ? default : _buffer.GetRecord(0).Node;

    /// <summary>The record at <paramref name="index"/>, in the order read (0 is the first).</summary>
    /// <param name="index">0 to <see cref="RecordCount"/> − 1.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public AuditRecord GetRecord(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, RecordCount);
        return _buffer!.GetRecord(index);
    }

    /// <summary>
    /// The line record <paramref name="index"/> was read from: its bytes (the record's <see cref="AuditRecord.Line"/>),
    /// its number in the input and whether a newline ended it; what rebuilds the input byte for byte.
    /// </summary>
    /// <param name="index">0 to <see cref="RecordCount"/> − 1.</param>
    /// <returns>The line, a record.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public AuditLine GetLine(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, RecordCount);
        return _buffer!.GetLine(index);
    }

    /// <summary>
    /// The context every field of <paramref name="record"/> is interpreted in: the event's arch and syscall come from
    /// its SYSCALL record (or, lacking one, a SECCOMP record, which carries both too).
    /// </summary>
    /// <param name="record">A record of this event.</param>
    /// <param name="naming">Kernel or audit-userspace syscall names.</param>
    /// <param name="accounts">Resolves ids to account names, or <see langword="null"/>.</param>
    /// <returns>The context.</returns>
    public AuditFieldContext GetFieldContext(AuditRecord record, SyscallNaming naming = SyscallNaming.Kernel, IAccountNames? accounts = null)
    {
        if (record.Type.SequenceEqual("SYSCALL"u8))
        {
            // The record carries the event's arch and syscall itself (and its a0/a1, read in the same pass).
            return AuditFieldContext.ForRecord(record, naming, accounts);
        }

        AuditArch arch = default;
        int syscall = AuditFieldContext.NoSyscall;
        for (int i = 0; i < RecordCount; i++)
        {
            AuditRecord candidate = _buffer!.GetRecord(i);
            if (candidate.Type.SequenceEqual("SYSCALL"u8) || (arch == default && candidate.Type.SequenceEqual("SECCOMP"u8)))
            {
                AuditFieldContext own = AuditFieldContext.ForRecord(candidate);
                arch = own.Arch;
                syscall = own.Syscall;
                if (candidate.Type.SequenceEqual("SYSCALL"u8))
                {
                    break;
                }
            }
        }

        return new AuditFieldContext(record, arch, syscall, naming, accounts);
    }

    /// <summary>
    /// The context of record <paramref name="index"/> for a writer that walks the whole event: other records share
    /// <paramref name="eventContext"/>'s arch and syscall (found once per event), while the SYSCALL record gets its own
    /// one-pass context, so that its a0/a1 are read once rather than again for each of a0–a3.
    /// </summary>
    internal AuditFieldContext GetFieldContext(int index, scoped in AuditFieldContext eventContext, SyscallNaming naming, IAccountNames? accounts)
    {
        AuditRecord record = GetRecord(index);
        return record.Type.SequenceEqual("SYSCALL"u8)
            ? AuditFieldContext.ForRecord(record, naming, accounts)
            : new AuditFieldContext(record, eventContext.Arch, eventContext.Syscall, naming, accounts);
    }
}

/// <summary>The lines of one event, copied out of the reader's buffer so that other lines can be read meanwhile; reused.</summary>
internal sealed class AuditEventBuffer
{
    // What a record costs besides its bytes: its entry in _records.
    private static readonly int RecordEntrySize = Unsafe.SizeOf<RecordEntry>();

    // What a trimmed buffer keeps: enough for nearly every real event.
    private const int TrimmedBytes = 16 * 1024;
    private const int TrimmedRecords = 64;

    private byte[] _bytes = [];
    private int _length;
    private RecordEntry[] _records = new RecordEntry[8];

    public long Seconds { get; private set; }

    public int Milliseconds { get; private set; }

    public ulong Serial { get; private set; }

    public int RecordCount { get; private set; }

    public bool IsComplete { get; set; }

    public int Part { get; private set; }

    public bool HasNextPart { get; set; }

    /// <summary>The memory the event's records take: their bytes and their entries.</summary>
    public long Size => _length + ((long)RecordCount * RecordEntrySize);

    /// <summary>The memory the buffer holds, used or not.</summary>
    public long Capacity => _bytes.Length + ((long)_records.Length * RecordEntrySize);

    /// <summary>The next open event with the same serial (another node or time stamp), for the reader's index.</summary>
    public AuditEventBuffer? SameSerial { get; set; }

    /// <summary>What a record of <paramref name="length"/> bytes adds to <see cref="Size"/>.</summary>
    public static int SizeOf(int length) => length + RecordEntrySize;

    public void Start(AuditLine line, AuditRecordLayout layout, int part)
    {
        Seconds = layout.Seconds;
        Milliseconds = layout.Milliseconds;
        Serial = layout.Serial;
        Part = part;
        Append(line, layout);
    }

    /// <summary>Whether a record of <paramref name="length"/> bytes fits within the per-event limits (an empty event takes any).</summary>
    public bool CanTake(int length) =>
        RecordCount == 0 || (RecordCount < AuditEventReader.MaxEventRecords && _length + length <= AuditEventReader.MaxEventBytes);

    public void Append(AuditLine read, AuditRecordLayout layout)
    {
        ReadOnlySpan<byte> line = read.Bytes;
        if (_bytes.Length - _length < line.Length)
        {
            byte[] grown = new byte[Math.Max(_length + line.Length, Math.Clamp(_bytes.Length * 2, 1024, AuditEventReader.MaxEventBytes))];
            _bytes.AsSpan(0, _length).CopyTo(grown);
            _bytes = grown;
        }

        if (RecordCount == _records.Length)
        {
            Array.Resize(ref _records, _records.Length * 2);
        }

        line.CopyTo(_bytes.AsSpan(_length));
        _records[RecordCount++] = new RecordEntry(_length, line.Length, layout, read.Number, read.EndsWithNewline);
        _length += line.Length;
    }

    public AuditRecord GetRecord(int index)
    {
        ref readonly RecordEntry entry = ref _records[index];
        return new AuditRecord(_bytes.AsSpan(entry.Start, entry.Length), entry.Layout);
    }

    public AuditLine GetLine(int index)
    {
        AuditRecord record = GetRecord(index);
        return new AuditLine(record.Line, _records[index].EndsWithNewline, isPiece: false, _records[index].LineNumber, isRecord: true, record);
    }

    public bool Matches(long seconds, int milliseconds, ulong serial, ReadOnlySpan<byte> node) =>
        Serial == serial && Seconds == seconds && Milliseconds == milliseconds && GetRecord(0).Node.SequenceEqual(node);

    public bool IsOlderThan(AuditEventBuffer other) =>
        Seconds != other.Seconds ? Seconds < other.Seconds
        : Milliseconds != other.Milliseconds ? Milliseconds < other.Milliseconds
        : Serial < other.Serial;

    public void Clear()
    {
        RecordCount = 0;
        _length = 0;
        IsComplete = false;
        HasNextPart = false;
    }

    /// <summary>Lets go of arrays larger than a common event needs.</summary>
    public void Trim()
    {
        if (_bytes.Length > TrimmedBytes)
        {
            _bytes = [];
        }

        if (_records.Length > TrimmedRecords)
        {
            _records = new RecordEntry[8];
        }
    }

    /// <summary>Where a record's bytes are, its layout, and the input line it was read from.</summary>
    private readonly record struct RecordEntry(int Start, int Length, AuditRecordLayout Layout, long LineNumber, bool EndsWithNewline);
}

/// <summary>
/// Which record types are a whole event by themselves, as ausearch 3.0.9 decides when grouping. The names and numbers
/// are generated from tables/audit (audit.h and the AppArmor types audit-userspace adds).
/// </summary>
internal static partial class AuditRecordTypes
{
    /// <summary>
    /// Whether an event whose first record has this type is complete with it. ausearch 3.0.9 turns the type into a
    /// number (audit_name_to_msg_type: a name it knows, <c>UNKNOWN[N]</c>, or leading digits; anything else is -1)
    /// and judges the number (ausearch-lol.c): user-space and daemon messages (below 1300 and from 2100), PROCTITLE,
    /// the NetLabel types 1406-1419 and KERNEL (2000) are whole; the kernel's other types from 1300 to 2099 (SYSCALL,
    /// AVC, APPARMOR_*, ANOM_*, INTEGRITY_*) are not.
    /// </summary>
    public static bool IsWholeEvent(ReadOnlySpan<byte> type)
    {
        int number = GetNumber(type);
        if (number < 0)
        {
            number = ParseNumber(type);
        }

        return number is < 1300 or 1327 or (>= 1406 and <= 1419) or 2000 or >= 2100;
    }

    /// <summary>The number in <c>UNKNOWN[N]</c> (its first seven characters) or in leading digits, as audit_name_to_msg_type reads it, or -1.</summary>
    private static int ParseNumber(ReadOnlySpan<byte> type)
    {
        if (type.StartsWith("UNKNOWN["u8))
        {
            int close = type.IndexOf((byte)']');
            if (close < 0)
            {
                return -1;
            }

            ReadOnlySpan<byte> inner = type["UNKNOWN[".Length..close];
            return LeadingNumber(inner[..Math.Min(inner.Length, 7)]);
        }

        return !type.IsEmpty && type[0] is >= (byte)'0' and <= (byte)'9' ? LeadingNumber(type) : -1;
    }

    /// <summary>strtol's reading: the leading digits, whatever follows them ignored (none: 0); saturating, not wrapping.</summary>
    private static int LeadingNumber(ReadOnlySpan<byte> text)
    {
        long number = 0;
        for (int i = 0; i < text.Length && text[i] is >= (byte)'0' and <= (byte)'9'; i++)
        {
            number = Math.Min((number * 10) + (text[i] - '0'), int.MaxValue);
        }

        return (int)number;
    }
}
