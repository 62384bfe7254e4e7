using System;
using System.IO;

namespace SyscallTables.Cli;

/// <summary>
/// Reading or writing a file failed: which file, which way, and why, in the words of the errno (glibc's strerror
/// text, compiled into the library) rather than a .NET message, which the static binary has stripped down to a resource
/// key. The CLI prints <see cref="Exception.Message"/> as its one error line.
/// </summary>
internal sealed class IOFailureException : IOException
{
    private readonly string _reason;

    /// <summary>A failed system call, worded by its errno.</summary>
    public IOFailureException(IODirection direction, string fileName, int errno)
        : this(direction, fileName, errno, Describe(errno))
    {
    }

    /// <summary>A file refused for a reason of the CLI's own (not an errno).</summary>
    public IOFailureException(IODirection direction, string fileName, string reason)
        : this(direction, fileName, 0, reason)
    {
    }

    private IOFailureException(IODirection direction, string fileName, int errno, string reason)
        : base(null, errno)
    {
        Direction = direction;
        FileName = fileName;
        Errno = errno;
        _reason = reason;
    }

    public IODirection Direction { get; }

    /// <summary>The file as the user named it, or stdin/stdout.</summary>
    public string FileName { get; }

    /// <summary>The errno, or 0 for a refusal of the CLI's own.</summary>
    public int Errno { get; }

    /// <summary>Whether nothing reads the output any more (EPIPE): <c>syscalls ... | head -1</c> after the first line.</summary>
    public bool IsClosedPipe => Direction == IODirection.Write && Errno == (int)SyscallTables.Errno.EPIPE;

    /// <summary><c>cannot read FILE: No such file or directory</c>, with the name made safe to print.</summary>
    public override string Message =>
        $"cannot {(Direction == IODirection.Read ? "read" : "write")} {SyscallsCli.Quote(FileName)}: {_reason}";

    /// <summary>An I/O exception from a writer or stream the CLI did not open itself (a test's), as a failure to write <paramref name="fileName"/>.</summary>
    public static IOFailureException FromWrite(IOException exception, string fileName) =>
        exception as IOFailureException ?? new IOFailureException(IODirection.Write, fileName, ErrnoOf(exception));

    /// <summary>glibc's words for <paramref name="errno"/> ("No space left on device").</summary>
    public static string Describe(int errno) => Errnos.GetMessage(errno) ?? $"error {errno}";

    // On Unix, .NET raises a failed system call as an IOException whose HResult is the errno; anything else is
    // reported as EIO, the errno that says no more than "the I/O failed".
    private static int ErrnoOf(IOException exception) =>
        exception.HResult is > 0 and <= Errnos.MaxNumber ? exception.HResult : (int)SyscallTables.Errno.EIO;
}

/// <summary>Whether a file was being read or written when it failed.</summary>
internal enum IODirection
{
    Read,
    Write,
}
