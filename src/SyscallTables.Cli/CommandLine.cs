using System;
using System.Collections.Generic;
using System.IO;

namespace SyscallTables.Cli;

/// <summary>
/// The one argument parser of every command: options by their declarations (<c>--opt value</c>, <c>--opt=value</c>,
/// aliases, repeated options kept in order), operands in order (<c>-</c> is stdin, everything after <c>--</c> is an
/// operand), and one usage line for an unknown option or a missing value.
/// </summary>
internal static class CommandLine
{
    /// <summary>
    /// The help or version option among <paramref name="args"/>, if any: it wins over every other argument (a
    /// mistyped option next to <c>--help</c> still gets the help), the first one given when both are.
    /// </summary>
    public static CliOption? FindHelpOrVersion(CliCommand command, ReadOnlySpan<string> args)
    {
        foreach (string arg in args)
        {
            if ((CommonOptions.Help.IsNamed(arg) || CommonOptions.Version.IsNamed(arg)) && command.FindOption(arg) is { } option)
            {
                return option;
            }
        }

        return null;
    }

    /// <summary>Parses <paramref name="args"/> for <paramref name="command"/>; on a usage error, writes its one line and returns <see langword="null"/>.</summary>
    public static ParsedArguments? Parse(CliCommand command, ReadOnlySpan<string> args, TextWriter stderr)
    {
        var parsed = new ParsedArguments();
        bool onlyOperands = false;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (onlyOperands || arg.Length < 2 || arg[0] != '-')
            {
                parsed.Operands.Add(arg);
                continue;
            }

            if (command.Operands == OperandStyle.Ausyscall)
            {
                if (command.FindOption(arg) is { } exact)
                {
                    parsed.Add(exact, null);
                }
                else
                {
                    parsed.Operands.Add(arg);
                }

                continue;
            }

            if (arg == "--")
            {
                onlyOperands = true;
                continue;
            }

            if (command.Operands == OperandStyle.NegativeNumbers && char.IsAsciiDigit(arg[1]))
            {
                parsed.Operands.Add(arg);
                continue;
            }

            // --opt=value; a short option never carries its value in the same word.
            int equals = arg.StartsWith("--", StringComparison.Ordinal) ? arg.IndexOf('=', StringComparison.Ordinal) : -1;
            ReadOnlySpan<char> name = equals < 0 ? arg : arg.AsSpan(0, equals);
            string? attached = equals < 0 ? null : arg[(equals + 1)..];
            if (command.FindOption(name) is not { } option)
            {
                return Fail(command, stderr, $"unknown option '{SyscallsCli.Quote(arg)}'{For(command)}; {HelpWriter.OptionList(command)}");
            }

            if (attached is { Length: 0 })
            {
                return Fail(command, stderr, $"{option.Name}= needs {ValueWanted(option)} after '='");
            }

            switch (option.Value)
            {
                case OptionValue.None when attached is not null:
                    return Fail(command, stderr, $"{option.Name} takes no value ('{SyscallsCli.Quote(arg)}')");
                case OptionValue.Required when attached is null:
                    if (i + 1 >= args.Length)
                    {
                        return Fail(command, stderr, $"{SyscallsCli.Quote(arg)} needs {ValueWanted(option)}");
                    }

                    attached = args[++i];
                    break;
            }

            parsed.Add(option, attached);
        }

        return parsed;
    }

    /// <summary>Writes a usage error of <paramref name="command"/>, which ends by saying where its help is.</summary>
    public static int Usage(CliCommand command, TextWriter stderr, string message)
    {
        SyscallsCli.WriteError(stderr, message + "; see " + command.CommandLine("syscalls") + " --help");
        return ExitCode.Usage;
    }

    private static ParsedArguments? Fail(CliCommand command, TextWriter stderr, string message)
    {
        Usage(command, stderr, message);
        return null;
    }

    private static string For(CliCommand command) => command.Name.Length == 0 ? "" : " for " + command.Name;

    private static string ValueWanted(CliOption option) => "a value (" + option.ValueName + ")";
}

/// <summary>What a command line gave: the options in the order given, with their values, and the operands.</summary>
internal sealed class ParsedArguments
{
    private readonly List<CliOption> _options = [];
    private readonly List<string?> _values = [];

    /// <summary>The operands, in order.</summary>
    public List<string> Operands { get; } = [];

    /// <summary>How many options were given (each time counts).</summary>
    public int OptionCount => _options.Count;

    /// <summary>Whether <paramref name="option"/> was given.</summary>
    public bool Has(CliOption option) => _options.Contains(option);

    /// <summary>The value of the last <paramref name="option"/> given, or <see langword="null"/>.</summary>
    public string? Value(CliOption option)
    {
        for (int i = _options.Count - 1; i >= 0; i--)
        {
            if (_options[i] == option)
            {
                return _values[i];
            }
        }

        return null;
    }

    /// <summary>The values of every <paramref name="option"/> given, in order (repeated options add up).</summary>
    public List<string> Values(CliOption option)
    {
        var values = new List<string>();
        for (int i = 0; i < _options.Count; i++)
        {
            if (_options[i] == option && _values[i] is { } value)
            {
                values.Add(value);
            }
        }

        return values;
    }

    /// <summary>Which of <paramref name="first"/> and <paramref name="second"/> was given last (the one that wins), or <see langword="null"/>.</summary>
    public CliOption? Last(CliOption first, CliOption second)
    {
        for (int i = _options.Count - 1; i >= 0; i--)
        {
            if (_options[i] == first || _options[i] == second)
            {
                return _options[i];
            }
        }

        return null;
    }

    /// <summary>The last value given to either option (both name one thing, as --plugin=FILE and --output FILE), or <see langword="null"/>.</summary>
    public string? LastValue(CliOption first, CliOption second)
    {
        for (int i = _options.Count - 1; i >= 0; i--)
        {
            if ((_options[i] == first || _options[i] == second) && _values[i] is { } value)
            {
                return value;
            }
        }

        return null;
    }

    internal void Add(CliOption option, string? value)
    {
        _options.Add(option);
        _values.Add(value);
    }
}
