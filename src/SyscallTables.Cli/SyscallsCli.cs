using System;
using System.IO;

namespace SyscallTables.Cli;

/// <summary>
/// The <c>syscalls</c> command line: ausyscall's grammar for syscall lookups plus the <c>errno</c> and <c>arch</c>
/// commands. Exit codes: 0 found, 1 not found, unknown arch or a failed read or write, 2 usage error, 141 the output's
/// reader went away.
/// </summary>
public static class SyscallsCli
{
    /// <summary>Exit code when the answer was found and printed.</summary>
    public const int Found = 0;

    /// <summary>Exit code when the syscall, errno or arch is unknown, or a file could not be read or written.</summary>
    public const int NotFound = 1;

    /// <summary>Exit code for arguments that do not make a question.</summary>
    public const int UsageError = 2;

    /// <summary>
    /// Exit code when the output is a pipe nobody reads any more (<c>syscalls interpret big.log | head -1</c>): the
    /// command stops at once and says nothing, like a C tool killed by SIGPIPE, and exits with the status the shell
    /// gives such a tool (128 + 13), so that scripts that already accept it from cat or grep under
    /// <c>set -o pipefail</c> accept it here, and can still tell it from a real failure (1). .NET ignores SIGPIPE, so
    /// the write fails with EPIPE instead of killing the process.
    /// </summary>
    public const int OutputClosed = 141;

    /// <summary>The file name under which the tool behaves as ausyscall (audit names, ausyscall's messages).</summary>
    public const string AusyscallName = "ausyscall";

    /// <summary>The longest quote of a file name or other user text in an error line.</summary>
    private const int MaxQuoteLength = 256;

    /// <summary>Runs one command line.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdout">Where answers go.</param>
    /// <param name="stderr">Where the one-line errors go.</param>
    /// <param name="invokedAs">The program's file name without directory (argv[0]); <c>ausyscall</c> switches to ausyscall's behaviour.</param>
    /// <returns>The process exit code.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string invokedAs)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        bool asAusyscall = string.Equals(invokedAs, AusyscallName, StringComparison.Ordinal);
        StandardTextWriter output = StandardTextWriter.ForOutput(stdout);
        StandardTextWriter errors = StandardTextWriter.ForErrors(stderr);
        try
        {
            int exitCode = Dispatch(args, output, errors, asAusyscall);
            output.Flush();
            return exitCode;
        }
        catch (IOFailureException failure)
        {
            if (failure.IsClosedPipe)
            {
                return OutputClosed;
            }

            WriteError(errors, failure.Message);
            return NotFound;
        }
        finally
        {
            errors.Flush();
        }
    }

    private static int Dispatch(string[] args, TextWriter stdout, TextWriter stderr, bool asAusyscall)
    {
        // The commands with their own options and --help come before the --help scan below, so that
        // "syscalls lint --help" is the command's help, not the general one.
        if (!asAusyscall && args.Length > 0)
        {
            switch (args[0])
            {
                case "interpret":
                    return InterpretCommand.Run(args.AsSpan(1), stdout, stderr);
                case "rule":
                    return RuleCommand.Run(args.AsSpan(1), stdout, stderr);
                case "lint":
                    return LintCommand.Run(args.AsSpan(1), stdout, stderr);
            }
        }

        foreach (string arg in args)
        {
            if (arg is "--help" or "-h")
            {
                stdout.Write(asAusyscall ? HelpText.Ausyscall : HelpText.Syscalls);
                return Found;
            }

            if (arg is "--version")
            {
                stdout.Write(asAusyscall ? AusyscallName : "syscalls");
                stdout.Write(' ');
                stdout.Write(CliVersion.Value);
                stdout.Write('\n');
                return Found;
            }
        }

        if (!asAusyscall && args.Length > 0)
        {
            // ausyscall would search for syscalls named like "arch" (arch_prctl); after an arch, it still does.
            switch (args[0])
            {
                case "errno":
                    return ErrnoCommand.Run(args.AsSpan(1), stdout, stderr);
                case "arch":
                    return ArchCommand.Run(args.AsSpan(1), stdout, stderr);
            }
        }

        return SyscallLookup.Run(args, stdout, stderr, asAusyscall);
    }

    /// <summary>
    /// A file name or other text the user gave, as an error line may quote it: escaped (a name with an ESC byte must
    /// not drive the terminal) and cut to a short excerpt.
    /// </summary>
    internal static string Quote(string text) => DisplayText.Excerpt(text, MaxQuoteLength);

    /// <summary>Writes a one-line error prefixed with the program name.</summary>
    internal static void WriteError(TextWriter stderr, string message)
    {
        stderr.Write("syscalls: ");
        stderr.Write(message);
        stderr.Write('\n');
    }
}
