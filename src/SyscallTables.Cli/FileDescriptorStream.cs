using System;
using System.IO;
using System.Runtime.InteropServices;

namespace SyscallTables.Cli;

/// <summary>
/// A write-only stream straight onto an inherited file descriptor (1 or 2) with write(2).
/// </summary>
/// <remarks>
/// Why not Console: its Unix stream initialises the terminal (terminfo, signal handlers) on the first write, about
/// 0.2 ms of the ~1.2 ms a lookup takes. Why not a FileStream over the descriptor: for a regular file it writes with
/// pwrite at its own idea of the offset and leaves the shared offset where it was, so
/// <c>{ echo a; syscalls 83; echo b; } &gt; f</c> would lose text. write(2) appends and advances the offset like any
/// C program. In the static binary, libc is linked in (DirectPInvoke in the project file).
/// </remarks>
internal sealed partial class FileDescriptorStream(int fileDescriptor) : WriteOnlyStream
{
    private const int EINTR = 4;

    public override unsafe void Write(ReadOnlySpan<byte> buffer)
    {
        fixed (byte* start = buffer)
        {
            byte* next = start;
            nuint left = (nuint)buffer.Length;
            while (left > 0)
            {
                nint written = NativeWrite(fileDescriptor, next, left);
                if (written < 0)
                {
                    if (Marshal.GetLastPInvokeError() == EINTR)
                    {
                        continue;
                    }

                    // A closed pipe (syscalls --dump | head) or a full disk: nothing more can be said; the exit code stays.
                    return;
                }

                next += written;
                left -= (nuint)written;
            }
        }
    }

    public override void Flush()
    {
    }

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static unsafe partial nint NativeWrite(int fileDescriptor, byte* buffer, nuint count);
}
