using System;
using System.IO;

namespace SyscallTables.Cli;

/// <summary>
/// The <c>syscalls</c> command line: ausyscall's grammar for syscall lookups plus the <c>errno</c> and <c>arch</c>
/// commands. Exit codes: 0 found, 1 not found or unknown arch, 2 usage error.
/// </summary>
public static class SyscallsCli
{
    /// <summary>Exit code when the answer was found and printed.</summary>
    public const int Found = 0;

    /// <summary>Exit code when the syscall, errno or arch is unknown.</summary>
    public const int NotFound = 1;

    /// <summary>Exit code for arguments that do not make a question.</summary>
    public const int UsageError = 2;

    /// <summary>The file name under which the tool behaves as ausyscall (audit names, ausyscall's messages).</summary>
    public const string AusyscallName = "ausyscall";

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
        try
        {
            return Dispatch(args, stdout, stderr, asAusyscall);
        }
        finally
        {
            stdout.Flush();
            stderr.Flush();
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

    /// <summary>Writes a one-line error prefixed with the program name.</summary>
    internal static void WriteError(TextWriter stderr, string message)
    {
        stderr.Write("syscalls: ");
        stderr.Write(message);
        stderr.Write('\n');
    }
}
