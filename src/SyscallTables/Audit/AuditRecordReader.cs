using System;
using System.Buffers;
using System.IO;

namespace SyscallTables.Audit;

/// <summary>
/// Reads an audit log (or, when asked, <c>ausearch -i</c> output) from a stream line by line, in a pooled buffer that grows only as far as the longest line
/// needs (and shrinks back after it), so memory stays constant whatever the size of the log. Every line comes out:
/// as a record when it has an audit header, as a pass-through line otherwise; bad bytes never make it throw.
/// </summary>
/// <remarks>
/// A line longer than the maximum (<see cref="DefaultMaxLineLength"/>, 64 KiB, unless the constructor is given
/// another) is not held whole: it comes out in pieces of the maximum length and a last, shorter one
/// (<see cref="AuditLine.IsPiece"/>), none of them a record, so that a consumer passes them through and nothing is
/// lost. The reader then holds at most twice the maximum, whatever the input.
/// </remarks>
/// <example>
/// <code>
/// using var reader = new AuditRecordReader(File.OpenRead("/var/log/audit/audit.log"));
/// while (reader.Read())
/// {
///     AuditLine line = reader.Current;
///     if (line.IsRecord &amp;&amp; line.Record.Type.SequenceEqual("SYSCALL"u8)) { /* ... */ }
/// }
/// </code>
/// </example>
public sealed class AuditRecordReader : IDisposable
{
    /// <summary>
    /// The longest line returned whole by default (64 KiB); longer lines are returned in pieces of this size, which
    /// are never records.
    /// </summary>
    /// <remarks>
    /// No record auditd writes comes near it: auditd formats each record into a buffer of MAX_AUDIT_MESSAGE_LENGTH
    /// (8,970 bytes) plus a host name (audit-userspace 3.0.9, src/auditd-event.c, FORMAT_BUF_LEN), and the kernel
    /// keeps its own records under that: an EXECVE record is ended and another begun before 7,500 bytes of arguments
    /// (MAX_EXECVE_AUDIT_LEN, kernel/auditsc.c), a PROCTITLE carries at most 128 bytes (MAX_PROCTITLE_AUDIT_LEN).
    /// ausearch itself reads lines in pieces of that size. A syslog prefix or <c>ausearch -i</c>'s decoded values
    /// add little, so seven times the largest record leaves room for all of them.
    /// </remarks>
    public const int DefaultMaxLineLength = 64 * 1024;

    private const int InitialBufferSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly int _maxLineLength;
    private readonly bool _readsInterpreted;
    private byte[] _buffer;
    private int _dataStart;
    private int _dataEnd;
    private int _scanned;
    private bool _endOfStream;
    private int _lineStart;
    private int _lineLength;
    private bool _endsWithNewline;
    private bool _isPiece;
    private bool _lineContinues;
    private long _lineNumber;
    private bool _hasLine;
    private bool _isRecord;
    private AuditRecordLayout _layout;

    /// <summary>Creates a reader over <paramref name="stream"/>, with a bound on the memory one line may take.</summary>
    /// <param name="stream">The log, read forward only.</param>
    /// <param name="leaveOpen">Whether <see cref="Dispose"/> leaves the stream open.</param>
    /// <param name="maxLineLength">
    /// The longest line returned whole; a longer one is returned in pieces of this length whose
    /// <see cref="AuditLine.EndsWithNewline"/> is <see langword="false"/> and a last, shorter one, all with
    /// <see cref="AuditLine.IsPiece"/>, so nothing is lost and memory stays bounded.
    /// </param>
    /// <param name="readsInterpreted">
    /// Whether a line as <c>ausearch -i</c> prints a record is a record too (<see cref="AuditRecord.IsInterpreted"/>),
    /// so that one reader takes a raw log, <c>ausearch -i</c> output or a mix; a line that is a record in the
    /// kernel's form is read as one first. Without it such a line is passed through, as any line that is not a record.
    /// </param>
    public AuditRecordReader(Stream stream, bool leaveOpen = false, int maxLineLength = DefaultMaxLineLength, bool readsInterpreted = false)
    {
        _readsInterpreted = readsInterpreted;
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineLength, 1);
        _stream = stream;
        _leaveOpen = leaveOpen;
        _maxLineLength = maxLineLength;
        _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
    }

    /// <summary>The line <see cref="Read"/> last returned <see langword="true"/> for; empty before the first and after the last.</summary>
    public AuditLine Current
    {
        get
        {
            if (!_hasLine)
            {
                return default;
            }

            ReadOnlySpan<byte> bytes = _buffer.AsSpan(_lineStart, _lineLength);
            return new AuditLine(bytes, _endsWithNewline, _isPiece, _lineNumber, _isRecord, _isRecord ? new AuditRecord(bytes, _layout) : default);
        }
    }

    /// <summary>The number of lines read so far.</summary>
    public long LineCount => _lineNumber;

    /// <summary>Advances to the next line.</summary>
    /// <returns><see langword="false"/> at the end of the stream.</returns>
    /// <exception cref="IOException">The stream failed; malformed content never throws.</exception>
    public bool Read()
    {
        ObjectDisposedException.ThrowIf(_buffer.Length == 0, this);
        if (_hasLine)
        {
            _dataStart = _lineStart + _lineLength + (_endsWithNewline ? 1 : 0);
            _hasLine = false;
        }

        if (_scanned < _dataStart)
        {
            _scanned = _dataStart;
        }

        ShrinkAfterLongLine();
        while (true)
        {
            int newline = _buffer.AsSpan(_scanned, _dataEnd - _scanned).IndexOf((byte)'\n');
            if (newline >= 0 && _scanned + newline - _dataStart <= _maxLineLength)
            {
                return Take(_scanned + newline - _dataStart, endsWithNewline: true);
            }

            // Split only once a byte past the maximum is known not to end the line, so that a line of exactly the
            // maximum comes out whole however the stream hands its bytes over.
            int pending = _dataEnd - _dataStart;
            if (pending > _maxLineLength)
            {
                return Take(_maxLineLength, endsWithNewline: false, splitsLine: true);
            }

            _scanned = _dataEnd;
            if (_endOfStream)
            {
                return pending > 0 && Take(pending, endsWithNewline: false);
            }

            Fill();
        }
    }

    /// <summary>Returns the buffer to the pool and, unless asked not to, disposes the stream.</summary>
    public void Dispose()
    {
        if (_buffer.Length == 0)
        {
            return;
        }

        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        _hasLine = false;
        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }

    private bool Take(int length, bool endsWithNewline, bool splitsLine = false)
    {
        _lineStart = _dataStart;
        _lineLength = length;
        _endsWithNewline = endsWithNewline;
        _lineNumber++;
        _hasLine = true;

        // A piece of an over-long line is never a record: the first piece would be one cut short (a truncated exe=
        // value that a rule would then name), and a later piece may hold a header that is no record's beginning.
        _isPiece = splitsLine || _lineContinues;
        _lineContinues = splitsLine;
        ReadOnlySpan<byte> line = _buffer.AsSpan(_lineStart, _lineLength);
        _isRecord = !_isPiece && (AuditRecord.TryLocate(line, out _layout) || (_readsInterpreted && AuditRecord.TryLocateInterpreted(line, out _layout)));
        return true;
    }

    private void Fill()
    {
        if (_dataEnd == _buffer.Length)
        {
            int pending = _dataEnd - _dataStart;

            // Move the unfinished line to the front rather than grow: the buffer only grows for long lines.
            MovePendingTo(_dataStart > 0 && pending <= _buffer.Length / 2
                ? _buffer
                : ArrayPool<byte>.Shared.Rent((int)Math.Min((long)_buffer.Length * 2, Array.MaxLength)));
        }

        int read = _stream.Read(_buffer, _dataEnd, _buffer.Length - _dataEnd);
        if (read == 0)
        {
            _endOfStream = true;
        }

        _dataEnd += read;
    }

    // After a 20 MB line the buffer would otherwise stay 32 MB for the rest of the log.
    private void ShrinkAfterLongLine()
    {
        int pending = _dataEnd - _dataStart;
        if (_buffer.Length <= 4 * InitialBufferSize || pending > InitialBufferSize / 2)
        {
            return;
        }

        MovePendingTo(ArrayPool<byte>.Shared.Rent(InitialBufferSize));
    }

    /// <summary>
    /// Moves the bytes not yet returned to the start of <paramref name="target"/> (the current buffer, or a pooled
    /// one that then replaces it) and shifts the read positions with them.
    /// </summary>
    private void MovePendingTo(byte[] target)
    {
        int pending = _dataEnd - _dataStart;
        _buffer.AsSpan(_dataStart, pending).CopyTo(target);
        if (!ReferenceEquals(target, _buffer))
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = target;
        }

        _scanned -= _dataStart;
        _dataStart = 0;
        _dataEnd = pending;
    }
}
