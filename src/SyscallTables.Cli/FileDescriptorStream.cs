using System;
using System.Globalization;
using System.IO;

namespace SyscallTables.Cli;

/// <summary>
/// A file the CLI reads or writes, straight on its descriptor with read(2) and write(2): the files it opens itself, and
/// the inherited stdin, stdout and stderr. A failure is an <see cref="IOFailureException"/> with the errno's own words.
/// </summary>
/// <remarks>
/// Why not Console: its Unix stream initialises the terminal (terminfo, signal handlers) on the first write, about
/// 0.2 ms of the ~1.2 ms a lookup takes. Why not a FileStream over the descriptor: for a regular file it writes with
/// pwrite at its own idea of the offset and leaves the shared offset where it was, so
/// <c>{ echo a; syscalls 83; echo b; } &gt; f</c> would lose text. write(2) appends and advances the offset like any
/// C program. And both word their errors with resource strings, which the static binary strips.
/// </remarks>
internal sealed class FileDescriptorStream : Stream
{
    /// <summary>What messages call stdin.</summary>
    public const string StandardInputName = "stdin";

    private readonly IODirection _direction;
    private readonly bool _owned;
    private IOFailureException? _writeFailure;
    private bool _closed;

    private FileDescriptorStream(int fileDescriptor, string name, IODirection direction, bool owned)
    {
        FileDescriptor = fileDescriptor;
        Name = name;
        _direction = direction;
        _owned = owned;
    }

    public int FileDescriptor { get; }

    /// <summary>The file as the user named it, or stdin/stdout/stderr, for messages.</summary>
    public string Name { get; }

    public override bool CanRead => _direction == IODirection.Read;

    public override bool CanSeek => false;

    public override bool CanWrite => _direction == IODirection.Write;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public static FileDescriptorStream StandardOutput() => new(1, "stdout", IODirection.Write, owned: false);

    public static FileDescriptorStream StandardError() => new(2, "stderr", IODirection.Write, owned: false);

    /// <summary>The inherited stdin, once it is known to be something that can be read to its end.</summary>
    public static FileDescriptorStream StandardInput()
    {
        if (!StandardInputIsOpen())
        {
            throw new IOFailureException(IODirection.Read, StandardInputName, "it was closed when syscalls started; name a FILE, or redirect stdin");
        }

        return new(0, StandardInputName, IODirection.Read, owned: false);
    }

    /// <summary>Opens <paramref name="path"/> for reading; <c>-</c> is stdin.</summary>
    public static FileDescriptorStream OpenInput(string path)
    {
        if (path == "-")
        {
            return StandardInput();
        }

        int fileDescriptor = Libc.Open(path, Libc.ReadOnly | Libc.CloseOnExec, 0);
        return fileDescriptor >= 0
            ? new(fileDescriptor, path, IODirection.Read, owned: true)
            : throw new IOFailureException(IODirection.Read, path, Libc.LastError);
    }

    /// <summary>Opens <paramref name="path"/> for appending, creating it if needed, or gives the errno why it cannot be.</summary>
    public static bool TryOpenOutput(string path, out FileDescriptorStream? stream, out int errno)
    {
        int fileDescriptor = Libc.Open(path, Libc.WriteOnly | Libc.Create | Libc.Append | Libc.CloseOnExec, Libc.NewFileMode);
        errno = fileDescriptor >= 0 ? 0 : Libc.LastError;
        stream = fileDescriptor >= 0 ? new(fileDescriptor, path, IODirection.Write, owned: true) : null;
        return stream is not null;
    }

    /// <summary>Opens <paramref name="path"/> for appending, creating it if needed.</summary>
    public static FileDescriptorStream OpenOutput(string path) =>
        TryOpenOutput(path, out FileDescriptorStream? stream, out int errno) ? stream! : throw new IOFailureException(IODirection.Write, path, errno);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override unsafe int Read(Span<byte> buffer)
    {
        fixed (byte* start = buffer)
        {
            while (true)
            {
                nint read = Libc.Read(FileDescriptor, start, (nuint)buffer.Length);
                if (read >= 0)
                {
                    return (int)read;
                }

                int errno = Libc.LastError;
                if (errno == (int)Errno.EAGAIN)
                {
                    Libc.WaitUntilReady(FileDescriptor, Libc.PollIn);
                }
                else if (errno != (int)Errno.EINTR)
                {
                    throw new IOFailureException(IODirection.Read, Name, errno);
                }
            }
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <summary>Writes all of <paramref name="buffer"/>, or throws the failure.</summary>
    /// <remarks>
    /// After a failure, later writes are dropped without a system call: the failure is on its way to the one error
    /// line, and the flushes on that way out must not raise it a second time.
    /// </remarks>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_writeFailure is not null)
        {
            return;
        }

        if (!TryWrite(buffer, out _, out int errno))
        {
            _writeFailure = new IOFailureException(IODirection.Write, Name, errno);
            throw _writeFailure;
        }
    }

    /// <summary>Writes all of <paramref name="buffer"/>, or tells how much was written before the failure and its errno.</summary>
    public unsafe bool TryWrite(ReadOnlySpan<byte> buffer, out int written, out int errno)
    {
        written = 0;
        errno = 0;
        fixed (byte* start = buffer)
        {
            while (written < buffer.Length)
            {
                nint count = Libc.Write(FileDescriptor, start + written, (nuint)(buffer.Length - written));
                if (count >= 0)
                {
                    written += (int)count;
                    continue;
                }

                errno = Libc.LastError;
                if (errno == (int)Errno.EAGAIN)
                {
                    // A descriptor someone left non-blocking (a terminal shared with a program that set O_NONBLOCK).
                    Libc.WaitUntilReady(FileDescriptor, Libc.PollOut);
                }
                else if (errno != (int)Errno.EINTR)
                {
                    return false;
                }
            }
        }

        errno = 0;
        return true;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override string ToString() => Name;

    protected override void Dispose(bool disposing)
    {
        if (_owned && !_closed)
        {
            _closed = true;
            Libc.Close(FileDescriptor);
        }

        base.Dispose(disposing);
    }

    // When a program starts with stdin closed (`syscalls interpret <&-`), descriptor 0 is free, and the runtime's
    // own start-up reuses it (the JIT host puts the read end of one of its pipes there, keeping the write end):
    // reading it would wait for ever. So stdin is refused when 0 is not open, is open only for writing (a file this
    // process opened took the number), or is a pipe whose write end this process holds (it could never end).
    private static bool StandardInputIsOpen()
    {
        if (!FileIdentity.TryOf(0, out FileIdentity stdin, out _)
            || (Libc.Fcntl(0, Libc.GetStatusFlags, 0) & Libc.AccessModeMask) == Libc.WriteOnly)
        {
            return false;
        }

        return stdin.Kind != FileKind.Pipe || !HoldsWriteEnd(stdin);
    }

    private static bool HoldsWriteEnd(FileIdentity pipe)
    {
        try
        {
            foreach (string entry in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
            {
                if (int.TryParse(Path.GetFileName(entry), NumberStyles.None, CultureInfo.InvariantCulture, out int fileDescriptor)
                    && fileDescriptor != 0
                    && FileIdentity.TryOf(fileDescriptor, out FileIdentity other, out _)
                    && other == pipe
                    && (Libc.Fcntl(fileDescriptor, Libc.GetStatusFlags, 0) & Libc.AccessModeMask) == Libc.WriteOnly)
                {
                    return true;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No /proc: no way to tell, so stdin is read as it is.
        }

        return false;
    }
}
