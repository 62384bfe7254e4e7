using System;
using System.IO;

namespace SyscallTables.Cli;

/// <summary>
/// The <c>syscalls</c> command line: ausyscall's grammar for syscall lookups, and the commands of
/// <see cref="Commands"/>. Exit codes are <see cref="ExitCode"/>'s.
/// </summary>
public static class SyscallsCli
{
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
                return ExitCode.OutputClosed;
            }

            WriteError(errors, failure.Message);
            return ExitCode.Failure;
        }
        finally
        {
            errors.Flush();
        }
    }

    /// <summary>The commands after the lookup, in the order <c>syscalls --help</c> lists them.</summary>
    internal static CliCommand[] Commands => [ErrnoCommand.Declaration, ArchCommand.Declaration, InterpretCommand.Declaration, RuleCommand.Declaration, LintCommand.Declaration];

    private static int Dispatch(string[] args, TextWriter stdout, TextWriter stderr, bool asAusyscall)
    {
        CliCommand command = asAusyscall ? SyscallLookup.AusyscallDeclaration : SyscallLookup.Declaration;
        ReadOnlySpan<string> arguments = args;
        if (!asAusyscall && args.Length > 0 && Find(args[0]) is { } named)
        {
            command = named;
            arguments = arguments[1..];
        }

        if (CommandLine.FindHelpOrVersion(command, arguments) is { } asked)
        {
            if (asked == CommonOptions.Version)
            {
                stdout.Write(asAusyscall ? AusyscallName : "syscalls");
                stdout.Write(' ');
                stdout.Write(CliVersion.Value);
                stdout.Write('\n');
            }
            else if (asAusyscall)
            {
                SyscallLookup.WriteAusyscallHelp(stdout);
            }
            else if (command == SyscallLookup.Declaration)
            {
                HelpWriter.WriteProgram(command, Commands, stdout);
            }
            else
            {
                HelpWriter.WriteCommand(command, stdout);
            }

            return ExitCode.Success;
        }

        ParsedArguments? parsed = CommandLine.Parse(command, arguments, stderr);
        return parsed is null ? ExitCode.Usage : command.Run(parsed, stdout, stderr);
    }

    /// <summary>
    /// The command the first word names: the one dispatch. Only the first word names a command, and a word not named
    /// here is the lookup's: ausyscall would search for syscalls named like "arch" (arch_prctl); after an arch, it
    /// still does. A declaration is built only when its command is named, as a lookup is nothing but start-up.
    /// </summary>
    private static CliCommand? Find(string word) => word switch
    {
        ErrnoCommand.Name => ErrnoCommand.Declaration,
        ArchCommand.Name => ArchCommand.Declaration,
        InterpretCommand.Name => InterpretCommand.Declaration,
        RuleCommand.Name => RuleCommand.Declaration,
        LintCommand.Name => LintCommand.Declaration,
        _ => null,
    };

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
