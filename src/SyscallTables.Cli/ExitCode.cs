namespace SyscallTables.Cli;

/// <summary>
/// The process exit codes, named for what they mean. <see cref="NoMatch"/> and <see cref="Failure"/> share 1, as
/// ausearch and grep use it, but are named apart: a script cannot tell them by the code, a reader of the code can.
/// </summary>
internal static class ExitCode
{
    /// <summary>The command did what was asked (an answer printed, rules written, no lint errors).</summary>
    public const int Success = 0;

    /// <summary>Nothing answers the question: an unknown syscall, errno or arch, no event to exclude.</summary>
    public const int NoMatch = 1;

    /// <summary>The rules fail their check (lint errors), a file or the output cannot be read or written, or an internal error (one line on stderr says which).</summary>
    public const int Failure = 1;

    /// <summary>The arguments do not make a question (one line on stderr says what to give).</summary>
    public const int Usage = 2;

    /// <summary>
    /// The output is a pipe nobody reads any more (<c>syscalls interpret big.log | head -1</c>): the command stops at
    /// once and says nothing, like a C tool killed by SIGPIPE, and exits with the status the shell gives such a tool
    /// (128 + 13), so that scripts that already accept it from cat or grep under <c>set -o pipefail</c> accept it here,
    /// and can still tell it from a real failure (1). .NET ignores SIGPIPE, so the write fails with EPIPE instead of
    /// killing the process.
    /// </summary>
    public const int OutputClosed = 141;
}
