using System;
using System.IO;

namespace SyscallTables.Cli;

/// <summary>Runs a command with its parsed arguments; returns an <see cref="ExitCode"/>.</summary>
internal delegate int CommandRun(ParsedArguments arguments, TextWriter stdout, TextWriter stderr);

/// <summary>
/// One command, declared once: the dispatch finds it by <see cref="Name"/>, <see cref="CommandLine"/> parses its
/// arguments by <see cref="Options"/>, and <see cref="HelpWriter"/> renders its <c>--help</c> and the option lists of
/// its usage errors from the same fields. Everything a man page or a shell completion needs is here too: an option is
/// added by adding it to <see cref="Options"/> and reading it in <see cref="Run"/>.
/// </summary>
internal sealed class CliCommand
{
    /// <summary>The word after <c>syscalls</c> (<c>errno</c>); empty for the syscall lookup, which has none.</summary>
    public required string Name { get; init; }

    /// <summary>One line: what the command is for.</summary>
    public required string Summary { get; init; }

    /// <summary>The forms of the command line, after the program and command name (<c>[FILE...] [--json]</c>).</summary>
    public required string[] Synopses { get; init; }

    /// <summary>Worked examples, shown first: they teach faster than the option list.</summary>
    public CliExample[] Examples { get; init; } = [];

    /// <summary>Paragraphs between the examples and the usage (what the command reads and writes).</summary>
    public string[] Description { get; init; } = [];

    /// <summary>The operands (FILE, NAME), in the order the synopses name them.</summary>
    public CliArgument[] Arguments { get; init; } = [];

    /// <summary>Every option the command takes, <c>--help</c> included.</summary>
    public required CliOption[] Options { get; init; }

    /// <summary>Paragraphs after the options (details, limits, how it differs from a peer).</summary>
    public string[] Notes { get; init; } = [];

    /// <summary>What each exit code means for this command.</summary>
    public required CliExitStatus[] ExitStatuses { get; init; }

    /// <summary>Which words that start with <c>-</c> are operands rather than options.</summary>
    public OperandStyle Operands { get; init; } = OperandStyle.Standard;

    /// <summary>The method that does the work.</summary>
    public required CommandRun Run { get; init; }

    /// <summary>The command as typed: <c>syscalls errno</c>, or <c>syscalls</c> for the lookup.</summary>
    public string CommandLine(string program) => Name.Length == 0 ? program : program + " " + Name;

    /// <summary>The option written <paramref name="name"/> (its name or an alias), or <see langword="null"/>.</summary>
    public CliOption? FindOption(ReadOnlySpan<char> name)
    {
        foreach (CliOption option in Options)
        {
            if (option.IsNamed(name))
            {
                return option;
            }
        }

        return null;
    }
}

/// <summary>Which words that start with <c>-</c> a command reads as operands.</summary>
internal enum OperandStyle
{
    /// <summary>Only <c>-</c> (stdin) and words after <c>--</c>; any other unknown <c>-word</c> is a usage error.</summary>
    Standard,

    /// <summary>As <see cref="Standard"/>, and <c>-17</c> too: audit records carry errnos as <c>exit=-17</c>.</summary>
    NegativeNumbers,

    /// <summary>
    /// Every word that is not one of the options exactly, <c>--</c> included: ausyscall has no option parser (it
    /// compares each argument with <c>--dump</c> and <c>--exact</c> and takes anything else as a name).
    /// </summary>
    Ausyscall,
}

/// <summary>Whether an option takes a value, and how.</summary>
internal enum OptionValue
{
    /// <summary>A switch: <c>--json</c>.</summary>
    None,

    /// <summary>A value, as <c>--key NAME</c> or <c>--key=NAME</c>.</summary>
    Required,

    /// <summary>
    /// A switch that may carry a value in the same word only (<c>--plugin</c> or <c>--plugin=FILE</c>): auditd's
    /// plugins.d passes few arguments, so the value must fit in one.
    /// </summary>
    Attached,
}

/// <summary>An option: its names, its value and what it does.</summary>
internal sealed class CliOption
{
    /// <summary>The long name, <c>--json</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Other names (<c>-o</c>), shown after the name.</summary>
    public string[] Aliases { get; init; } = [];

    /// <summary>Whether and how the option takes a value.</summary>
    public OptionValue Value { get; init; } = OptionValue.None;

    /// <summary>The value's placeholder in help (<c>FILE</c>); for options with a value.</summary>
    public string ValueName { get; init; } = "";

    /// <summary>What the option does, as one paragraph (wrapped when rendered).</summary>
    public required string Description { get; init; }

    /// <summary>Whether <paramref name="name"/> is the option's name or one of its aliases.</summary>
    public bool IsNamed(ReadOnlySpan<char> name)
    {
        if (name.SequenceEqual(Name))
        {
            return true;
        }

        foreach (string alias in Aliases)
        {
            if (name.SequenceEqual(alias))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>An operand of a command (<c>FILE...</c>) and what it is.</summary>
internal sealed class CliArgument(string name, string description)
{
    /// <summary>The placeholder the synopses use.</summary>
    public string Name { get; } = name;

    /// <summary>What to give, as one paragraph.</summary>
    public string Description { get; } = description;
}

/// <summary>A command line and what it prints or does.</summary>
internal sealed class CliExample(string commandLine, string result)
{
    /// <summary>The command line, as typed.</summary>
    public string CommandLine { get; } = commandLine;

    /// <summary>What it gives; lines after the first are shown as they are (sample output).</summary>
    public string Result { get; } = result;
}

/// <summary>An exit code and what it means for one command.</summary>
internal sealed class CliExitStatus(int code, string meaning)
{
    /// <summary>The usage error every command has.</summary>
    public static readonly CliExitStatus UsageError = new(ExitCode.Usage, "usage error (one line on stderr)");

    /// <summary>The status every command shares (<see cref="ExitCode.OutputClosed"/> says why 141).</summary>
    public static readonly CliExitStatus OutputGone = new(ExitCode.OutputClosed, "when the output's reader has gone (| head)");

    /// <summary>An <see cref="ExitCode"/> value.</summary>
    public int Code { get; } = code;

    /// <summary>What the code means here.</summary>
    public string Meaning { get; } = meaning;
}

/// <summary>The options several commands share: one declaration each, so their names and help agree.</summary>
internal static class CommonOptions
{
    public static readonly CliOption Help = new()
    {
        Name = "--help",
        Aliases = ["-h"],
        Description = "print this help (wins over every other argument)",
    };

    public static readonly CliOption Version = new()
    {
        Name = "--version",
        Description = "print the program's version",
    };

    public static readonly CliOption AuditNames = new()
    {
        Name = "--audit-names",
        Description = "audit-userspace's syscall names (pread, what auditctl and ausearch use) instead of the kernel's (pread64)",
    };

    public static readonly CliOption KernelNames = new()
    {
        Name = "--kernel-names",
        Description = "the kernel's syscall names (the default; undoes an --audit-names given before it, as in an alias)",
    };
}
