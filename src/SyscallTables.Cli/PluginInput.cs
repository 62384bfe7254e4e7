using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Threading;

namespace SyscallTables.Cli;

/// <summary>
/// The plugin's stdin, read with poll(2) in short waits so that a stop request (SIGTERM) ends the input like an
/// end of file: the events still open are then completed and written before the plugin exits, instead of being lost
/// in a read that never returns.
/// </summary>
internal sealed partial class PluginInput : Stream
{
    private const int StandardInput = 0;
    private const short PollIn = 0x001;
    private const int WaitMilliseconds = 200;
    private const int EINTR = 4;

    private int _stopRequested;

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
        while (Volatile.Read(ref _stopRequested) == 0)
        {
            var poll = new PollDescriptor { FileDescriptor = StandardInput, Events = PollIn };
            int ready = Poll(&poll, 1, WaitMilliseconds);
            if (ready == 0 || (ready < 0 && Marshal.GetLastPInvokeError() == EINTR))
            {
                continue;
            }

            if (ready < 0)
            {
                return 0;
            }

            fixed (byte* start = buffer)
            {
                nint read = NativeRead(StandardInput, start, (nuint)buffer.Length);
                if (read >= 0)
                {
                    return (int)read;
                }

                if (Marshal.GetLastPInvokeError() != EINTR)
                {
                    return 0;
                }
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

    [StructLayout(LayoutKind.Sequential)]
    private struct PollDescriptor
    {
        public int FileDescriptor;
        public short Events;
        public short ReturnedEvents;
    }

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    private static unsafe partial int Poll(PollDescriptor* descriptors, nuint count, int timeout);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static unsafe partial nint NativeRead(int fileDescriptor, byte* buffer, nuint count);
}
