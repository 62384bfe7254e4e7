using System;
using System.IO;
using System.Text;

namespace SyscallTables.Rules;

/// <summary>
/// Reads a rules file line by line as bytes, the way <c>auditctl -R</c> sees it: only '\n' ends a line (a CR stays
/// part of it), and no line is held past <see cref="AuditctlLimits.MaxLineBytes"/>. auditctl reads with
/// <c>fgets</c> into 6,144 bytes, so a longer line is cut there and its tail read as a line of its own; such a line is
/// an error whatever it holds, so only its head and the start of its tail are kept. Memory stays bounded on any input
/// (<c>/dev/zero</c> included).
/// </summary>
internal sealed class RulesFileReader
{
    /// <summary>How much of a cut line's tail is kept, to quote where auditctl's next "line" would start.</summary>
    public const int TailExcerptBytes = 64;

    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly byte[] _line = new byte[AuditctlLimits.MaxLineBytes + TailExcerptBytes];
    private int _start;
    private int _end;
    private bool _endOfStream;

    public RulesFileReader(Stream stream) => _stream = stream;

    /// <summary>The 1-based number of the line last read.</summary>
    public int LineNumber { get; private set; }

    /// <summary>The line last read, without its '\n', cut at <see cref="AuditctlLimits.MaxLineBytes"/>.</summary>
    public ReadOnlySpan<byte> Line => _line.AsSpan(0, (int)Math.Min(_length, AuditctlLimits.MaxLineBytes));

    /// <summary>The first bytes after <see cref="AuditctlLimits.MaxLineBytes"/> of a line that is too long; empty otherwise.</summary>
    public ReadOnlySpan<byte> Tail => _length <= AuditctlLimits.MaxLineBytes
        ? []
        : _line.AsSpan(AuditctlLimits.MaxLineBytes, (int)Math.Min(_length - AuditctlLimits.MaxLineBytes, TailExcerptBytes));

    /// <summary>The whole line's length in bytes, however long.</summary>
    public long Length => _length;

    private long _length;

    /// <summary>Reads the next line.</summary>
    /// <returns><see langword="false"/> at the end of the file.</returns>
    public bool Read()
    {
        _length = 0;
        bool any = false;
        while (true)
        {
            if (_start == _end)
            {
                if (_endOfStream || !Fill())
                {
                    if (any)
                    {
                        LineNumber++;
                    }

                    return any;
                }
            }

            any = true;
            ReadOnlySpan<byte> available = _buffer.AsSpan(_start, _end - _start);
            int newline = available.IndexOf((byte)'\n');
            ReadOnlySpan<byte> piece = newline >= 0 ? available[..newline] : available;
            Keep(piece);
            _start += newline >= 0 ? newline + 1 : piece.Length;
            if (newline >= 0)
            {
                LineNumber++;
                return true;
            }
        }
    }

    private void Keep(ReadOnlySpan<byte> piece)
    {
        if (_length < _line.Length)
        {
            int room = (int)(_line.Length - _length);
            piece[..Math.Min(room, piece.Length)].CopyTo(_line.AsSpan((int)_length));
        }

        _length += piece.Length;
    }

    private bool Fill()
    {
        _start = 0;
        _end = _stream.Read(_buffer, 0, _buffer.Length);
        _endOfStream = _end == 0;
        return !_endOfStream;
    }

    /// <summary>
    /// A rules text given as characters, read as the UTF-8 bytes a file of it would hold, a block at a time (lone
    /// surrogates become U+FFFD, as any UTF-8 writer would write them).
    /// </summary>
    internal sealed class TextStream(TextReader reader) : Stream
    {
        private readonly char[] _chars = new char[4096];
        private readonly Encoder _encoder = new UTF8Encoding(false).GetEncoder();
        private int _charCount;
        private int _charStart;
        private bool _done;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            while (true)
            {
                if (_charStart == _charCount && !_done)
                {
                    _charCount = reader.Read(_chars, 0, _chars.Length);
                    _charStart = 0;
                    _done = _charCount == 0;
                }

                // Leave room for one whole character's bytes, so that the encoder always makes progress.
                if (buffer.Length < 8)
                {
                    throw new ArgumentException("read at least 8 bytes at a time", nameof(buffer));
                }

                _encoder.Convert(_chars.AsSpan(_charStart, _charCount - _charStart), buffer, _done, out int used, out int written, out _);
                _charStart += used;
                if (written > 0 || _done)
                {
                    return written;
                }
            }
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
