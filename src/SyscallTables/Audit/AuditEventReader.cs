using System;
using System.Collections.Generic;
using System.IO;

namespace SyscallTables.Audit;

/// <summary>
/// Reads an audit log as events: the records that share a time stamp, serial and node, grouped even when other
/// events' records are interleaved with them or they arrive out of order. Lines that are not records come out at once,
/// in input order, as <see cref="AuditEventReaderItem.Line"/>; no line is ever lost.
/// </summary>
/// <remarks>
/// <para>
/// An event is complete when its first record is of a type that is a whole event by
/// itself (user-space and daemon messages below 1300 and from 2100, PROCTITLE, the NetLabel MAC_* types 1406–1419,
/// KERNEL; as ausearch 3.0.9 decides, which is not what its source of 2014 says); when a record at least two seconds newer (by whole seconds) starts another event; when more than
/// <see cref="MaxOpenEvents"/> are open (the oldest is completed); or at the end of the input.
/// </para>
/// <para>
/// With <c>inTimeOrder</c> (the default) the rules are ausearch 3.0.9's, so that the output is in its order: complete
/// events come out oldest first (by seconds, milliseconds, serial), and only while the oldest open event is complete,
/// so a complete event waits behind an older one still open; and an EOE record does not complete its event (ausearch
/// waits for the two seconds, so records after the EOE still join it). Without it, events come out as soon as they are
/// complete and the EOE record completes its event at once, which suits a live stream (the dispatcher plugin).
/// </para>
/// <para>
/// Memory is bounded whatever the input: events are held as copies of their lines, at most
/// <see cref="MaxOpenEvents"/> of them and <see cref="MaxOpenEventBytes"/> together (past either bound the oldest open
/// event is completed), and a line longer than <see cref="AuditRecordReader.DefaultMaxLineLength"/> is not a record
/// but passes through in pieces (<see cref="AuditLine.IsPiece"/>). One event holds at most
/// <see cref="MaxEventRecords"/> records and <see cref="MaxEventBytes"/> bytes: a record past either limit does not
/// join it but completes it and starts its next part, an event with the same time stamp, serial and node that the
/// records after it join (<see cref="AuditEvent.Part"/>, <see cref="AuditEvent.HasNextPart"/>), so that nothing is
/// lost and the output says where an event was cut. No real event comes near the limits except an <c>execve</c> of
/// megabytes of arguments (the kernel logs them all, up to 7,500 bytes to an EXECVE record). ausearch 3.0.9 has no
/// such limit: it holds such an event, or a log that repeats one header without end, whole.
/// </para>
/// </remarks>
public sealed class AuditEventReader : IDisposable
{
    /// <summary>The most events held open at once; when one more starts, the oldest is completed.</summary>
    public const int MaxOpenEvents = 256;

    /// <summary>An event is complete when a record this many whole seconds newer starts another (ausearch's rule).</summary>
    public const int CompletionSeconds = 2;

    /// <summary>The most records one event holds; the record after them starts the event's next part.</summary>
    public const int MaxEventRecords = 1024;

    /// <summary>The most bytes of records one event holds (1 MiB); a record that would take it past them starts the event's next part.</summary>
    public const int MaxEventBytes = 1024 * 1024;

    /// <summary>
    /// The most memory the open events take together (4 MiB: their records' bytes and bookkeeping); past it the
    /// oldest open events are completed, as past <see cref="MaxOpenEvents"/>.
    /// </summary>
    public const int MaxOpenEventBytes = 4 * 1024 * 1024;

    // What the event buffers may hold together before one set aside is trimmed. Arrays grow by doubling, so the open
    // events alone may need twice MaxOpenEventBytes; room beyond that lets the parts of a cut event, and the events of
    // an ordinary log, reuse buffers without allocating, while hundreds of buffers set aside never hold megabytes each.
    private const long MaxKeptCapacity = 3L * MaxOpenEventBytes;

    private readonly AuditRecordReader _lines;
    private readonly bool _inTimeOrder;

    // Open events, oldest first by (seconds, milliseconds, serial); usually a handful, so a list with insertion is cheap.
    private readonly List<AuditEventBuffer> _open = [];

    // The open events by serial, so that a record finds its event without a walk through the open list (which is
    // ordered by time, not by arrival: after the log's clock steps back, the event being filled sits at its start).
    // Events that share a serial (other nodes, other times) are chained through AuditEventBuffer.SameSerial.
    private readonly Dictionary<ulong, AuditEventBuffer> _bySerial = [];
    private readonly Stack<AuditEventBuffer> _spare = new();

    // The event the previous record joined or started: the next record nearly always belongs to it too.
    private AuditEventBuffer? _lastFilled;
    private AuditEventBuffer? _current;
    private long _openSize;
    private long _capacity;
    private bool _currentIsLine;
    private bool _inputEnded;

    /// <summary>Creates a reader over <paramref name="stream"/>.</summary>
    /// <param name="stream">The log, read forward only.</param>
    /// <param name="leaveOpen">Whether <see cref="Dispose"/> leaves the stream open.</param>
    /// <param name="inTimeOrder">
    /// Whether events come out oldest first, as ausearch prints them (<see langword="true"/>), or as soon as each is
    /// complete (<see langword="false"/>, for live streams).
    /// </param>
    public AuditEventReader(Stream stream, bool leaveOpen = false, bool inTimeOrder = true)
    {
        _lines = new AuditRecordReader(stream, leaveOpen);
        _inTimeOrder = inTimeOrder;
    }

    /// <summary>What <see cref="Read"/> last produced.</summary>
    public AuditEventReaderItem Kind => _currentIsLine ? AuditEventReaderItem.Line : _current is null ? AuditEventReaderItem.None : AuditEventReaderItem.Event;

    /// <summary>The event, when <see cref="Kind"/> is <see cref="AuditEventReaderItem.Event"/>; valid until the next <see cref="Read"/>.</summary>
    public AuditEvent Event => !_currentIsLine && _current is not null ? new AuditEvent(_current) : default;

    /// <summary>The line that is not a record, when <see cref="Kind"/> is <see cref="AuditEventReaderItem.Line"/>; valid until the next <see cref="Read"/>.</summary>
    public AuditLine Line => _currentIsLine ? _lines.Current : default;

    /// <summary>The number of events currently open (held until complete).</summary>
    public int OpenEventCount => _open.Count;

    /// <summary>The number of input lines read so far.</summary>
    public long LineCount => _lines.LineCount;

    /// <summary>
    /// Advances to the next complete event or pass-through line. Reads input only as far as needed: an event that is
    /// complete (for example by its EOE) comes out before the next line is read.
    /// </summary>
    /// <returns><see langword="false"/> when the input is exhausted and every event has come out.</returns>
    /// <exception cref="IOException">The stream failed; malformed content never throws.</exception>
    public bool Read()
    {
        Release();
        while (true)
        {
            if (TryTakeComplete())
            {
                return true;
            }

            if (_inputEnded)
            {
                if (_open.Count == 0)
                {
                    return false;
                }

                // End of input completes whatever is still open.
                foreach (AuditEventBuffer open in _open)
                {
                    open.IsComplete = true;
                }

                continue;
            }

            if (!_lines.Read())
            {
                _inputEnded = true;
                continue;
            }

            // A piece of an over-long line is no record, so it passes through too.
            AuditLine line = _lines.Current;
            if (!line.IsRecord)
            {
                _currentIsLine = true;
                return true;
            }

            Add(line);
        }
    }

    /// <summary>
    /// Completes every open event, as the end of input would, so that the next <see cref="Read"/> calls return them
    /// without waiting for more input (a plugin told to stop).
    /// </summary>
    public void CompleteAll()
    {
        foreach (AuditEventBuffer open in _open)
        {
            open.IsComplete = true;
        }
    }

    /// <summary>Disposes the underlying reader (and, unless left open, the stream).</summary>
    public void Dispose() => _lines.Dispose();

    private void Release()
    {
        _currentIsLine = false;
        if (_current is not null)
        {
            _current.Clear();
            if (_capacity > MaxKeptCapacity)
            {
                _capacity -= _current.Capacity;
                _current.Trim();
                _capacity += _current.Capacity;
            }

            _spare.Push(_current);
            _current = null;
        }
    }

    private bool TryTakeComplete()
    {
        for (int i = 0; i < _open.Count; i++)
        {
            AuditEventBuffer open = _open[i];
            if (open.IsComplete)
            {
                _open.RemoveAt(i);
                _openSize -= open.Size;
                Unlink(open);
                _current = open;
                return true;
            }

            if (_inTimeOrder)
            {
                return false;
            }
        }

        return false;
    }

    private void Add(AuditLine read)
    {
        ReadOnlySpan<byte> line = read.Bytes;
        if (!AuditRecord.TryLocate(line, out AuditRecordLayout layout))
        {
            return;
        }

        ReadOnlySpan<byte> node = line.Slice(layout.NodeStart, layout.NodeLength);
        ReadOnlySpan<byte> type = line.Slice(layout.TypeStart, layout.TypeLength);

        int part = 1;
        AuditEventBuffer? open = FindOpen(layout, node);
        if (open is not null && open.CanTake(line.Length))
        {
            _capacity -= open.Capacity;
            open.Append(read, layout);
            _capacity += open.Capacity;
            _openSize += AuditEventBuffer.SizeOf(line.Length);
            if (!_inTimeOrder && type.SequenceEqual("EOE"u8))
            {
                open.IsComplete = true;
            }

            CompleteOldestPastBounds();
            return;
        }

        if (open is not null)
        {
            // The event is at its limit: it is complete as it stands, and this record starts its next part.
            open.IsComplete = true;
            open.HasNextPart = true;
            part = open.Part + 1;
        }

        // A record two seconds newer than an open event means that event has had all its records (ausearch's rule).
        // The list is oldest first, so the scan stops at the first event young enough.
        foreach (AuditEventBuffer older in _open)
        {
            // Subtracted, not added: a time stamp near the largest the parser takes must not wrap and complete its event.
            if (older.Seconds > layout.Seconds - CompletionSeconds)
            {
                break;
            }

            older.IsComplete = true;
        }

        AuditEventBuffer created = TakeSpare();
        created.Start(read, layout, part);
        _capacity += created.Capacity;

        // A later part continues its event, so its first record's type does not make it a whole event.
        created.IsComplete = (part == 1 && AuditRecordTypes.IsWholeEvent(type)) || (!_inTimeOrder && type.SequenceEqual("EOE"u8));
        _openSize += created.Size;
        Insert(created);
        created.SameSerial = _bySerial.TryGetValue(created.Serial, out AuditEventBuffer? chain) ? chain : null;
        _bySerial[created.Serial] = created;
        _lastFilled = created;
        CompleteOldestPastBounds();
    }

    // A buffer set aside by an earlier event, or a new one. Its arrays leave the count here and come back into it with
    // what Start makes of them.
    private AuditEventBuffer TakeSpare()
    {
        if (!_spare.TryPop(out AuditEventBuffer? spare))
        {
            return new AuditEventBuffer();
        }

        _capacity -= spare.Capacity;
        return spare;
    }

    // Bounded memory: past either bound the oldest open events are complete, whatever they still wait for. They are
    // taken oldest first before another line is read, which brings the open events back within both bounds.
    private void CompleteOldestPastBounds()
    {
        int count = _open.Count;
        long size = _openSize;
        for (int i = 0; i < _open.Count && (count > MaxOpenEvents || size > MaxOpenEventBytes); i++)
        {
            _open[i].IsComplete = true;
            count--;
            size -= _open[i].Size;
        }
    }

    // The open event a record with this header belongs to. At most one open event that is not yet complete has a
    // given (time stamp, serial, node): a record starts a new one only when none is.
    private AuditEventBuffer? FindOpen(AuditRecordLayout layout, ReadOnlySpan<byte> node)
    {
        if (_lastFilled is { IsComplete: false } last && last.Matches(layout.Seconds, layout.Milliseconds, layout.Serial, node))
        {
            return last;
        }

        for (AuditEventBuffer? candidate = _bySerial.GetValueOrDefault(layout.Serial); candidate is not null; candidate = candidate.SameSerial)
        {
            if (!candidate.IsComplete && candidate.Matches(layout.Seconds, layout.Milliseconds, layout.Serial, node))
            {
                _lastFilled = candidate;
                return candidate;
            }
        }

        return null;
    }

    private void Unlink(AuditEventBuffer taken)
    {
        if (_lastFilled == taken)
        {
            _lastFilled = null;
        }

        AuditEventBuffer? head = _bySerial[taken.Serial];
        if (head == taken)
        {
            if (taken.SameSerial is null)
            {
                _bySerial.Remove(taken.Serial);
            }
            else
            {
                _bySerial[taken.Serial] = taken.SameSerial;
            }
        }
        else
        {
            while (head!.SameSerial != taken)
            {
                head = head.SameSerial;
            }

            head.SameSerial = taken.SameSerial;
        }

        taken.SameSerial = null;
    }

    // The open list stays in time order: the new event goes after every event it is not older than. Binary search,
    // because a log whose clock steps back puts each new event at the start of a full list.
    private void Insert(AuditEventBuffer created)
    {
        int low = 0;
        int high = _open.Count;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (created.IsOlderThan(_open[middle]))
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        _open.Insert(low, created);
    }
}

/// <summary>What <see cref="AuditEventReader.Read"/> produced.</summary>
public enum AuditEventReaderItem
{
    /// <summary>Nothing yet, or the input is exhausted.</summary>
    None,

    /// <summary>A complete event: <see cref="AuditEventReader.Event"/>.</summary>
    Event,

    /// <summary>A line that is not an audit record, to be passed through unchanged: <see cref="AuditEventReader.Line"/>.</summary>
    Line,
}
