using System;
using System.IO;
using System.Threading;

namespace SyscallTables.Cli;

/// <summary>
/// The plugin's stdin, read with poll(2) in short waits so that a stop request (SIGTERM) ends the input like an
/// end of file: the events still open are then completed and written before the plugin exits, instead of being lost
/// in a read that never returns. A failed read ends the input the same way, and is kept in <see cref="Failure"/> to be
/// told after those events are written.
/// </summary>
internal sealed class PluginInput(FileDescriptorStream stdin) : Stream
{
    private const int WaitMilliseconds = 200;

    private int _stopRequested;

    /// <summary>Why the input ended early, if a read failed.</summary>
    public IOFailureException? Failure { get; private set; }

    /// <summary>Makes the next read (within 200 ms) report the end of the input.</summary>
    public void RequestStop() => Interlocked.Exchange(ref _stopRequested, 1);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override unsafe int Read(Span<byte> buffer)
    {
        while (Failure is null && Volatile.Read(ref _stopRequested) == 0)
        {
            var poll = new Libc.PollDescriptor { FileDescriptor = stdin.FileDescriptor, Events = Libc.PollIn };
            int ready = Libc.Poll(&poll, 1, WaitMilliseconds);
            if (ready == 0)
            {
                continue;
            }

            if (ready < 0)
            {
                int errno = Libc.LastError;
                if (errno != (int)Errno.EINTR)
                {
                    Failure = new IOFailureException(IODirection.Read, stdin.Name, errno);
                }

                continue;
            }

            try
            {
                return stdin.Read(buffer);
            }
            catch (IOFailureException failure)
            {
                Failure = failure;
            }
        }

        return 0;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
