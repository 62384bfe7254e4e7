using System;
using System.Buffers;
using System.IO;

namespace SyscallTables.Audit;

/// <summary>
/// The bytes on their way to the output stream: one pooled buffer that the text and JSON writers fill in place
/// (interpreters write straight into it) and that goes to the stream when full or when flushed.
/// </summary>
internal sealed class AuditOutputBuffer : IBufferWriter<byte>, IDisposable
{
    private const int InitialSize = 64 * 1024;

    private readonly Stream _stream;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
    private int _count;

    public AuditOutputBuffer(Stream stream) => _stream = stream;

    /// <summary>The bytes written since the last flush.</summary>
    public ReadOnlySpan<byte> Pending => _buffer.AsSpan(0, _count);

    public void Advance(int count) => _count += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(Math.Max(sizeHint, 1));
        return _buffer.AsMemory(_count);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(Math.Max(sizeHint, 1));
        return _buffer.AsSpan(_count);
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _buffer.Length - _count)
        {
            Drain();
            if (bytes.Length > _buffer.Length)
            {
                // Larger than the whole buffer (a 20 MB line): straight through.
                _stream.Write(bytes);
                return;
            }
        }

        bytes.CopyTo(_buffer.AsSpan(_count));
        _count += bytes.Length;
    }

    public void Write(byte value)
    {
        if (_count == _buffer.Length)
        {
            Drain();
        }

        _buffer[_count++] = value;
    }

    /// <summary>Hands the pending bytes to the stream and flushes it.</summary>
    public void Flush()
    {
        Drain();
        _stream.Flush();
    }

    /// <summary>Hands the pending bytes to the stream, without flushing the stream.</summary>
    public void Drain()
    {
        if (_count > 0)
        {
            _stream.Write(_buffer, 0, _count);
            _count = 0;
        }

        if (_buffer.Length > 4 * InitialSize)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
        }
    }

    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    private void Reserve(int size)
    {
        if (_buffer.Length - _count >= size)
        {
            return;
        }

        Drain();
        if (_buffer.Length < size)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(size);
        }
    }
}
