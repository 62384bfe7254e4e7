using System;
using System.IO;
using System.Text;

namespace SyscallTables.Cli;

/// <summary>
/// Renders <c>--help</c> from the command declarations: examples, description, usage, operands, options, notes and
/// exit status, wrapped to <see cref="Width"/> columns. Nothing here knows a command; the words are in the declarations.
/// </summary>
internal static class HelpWriter
{
    /// <summary>The widest line the help writes (a terminal of 100 columns shows it unbroken).</summary>
    private const int Width = 100;

    // Option and operand names up to this long share a line with their description; longer ones go above it.
    private const int TermColumn = 18;

    // Where an example's result starts.
    private const int ExampleColumn = 31;

    private const string Program = "syscalls";

    /// <summary>The help of one command.</summary>
    public static void WriteCommand(CliCommand command, TextWriter output)
    {
        var text = new StringBuilder();
        text.Append(command.CommandLine(Program)).Append(" - ").Append(command.Summary).Append("\n\n");
        AppendExamples(text, command.Examples, "");
        text.Append('\n');
        AppendParagraphs(text, command.Description);
        AppendBody(text, command);
        output.Write(text.ToString());
    }

    /// <summary>
    /// The program's help: the lookup's, with every other command's usage and an example of each, so that one
    /// <c>syscalls --help</c> shows the whole workflow.
    /// </summary>
    public static void WriteProgram(CliCommand lookup, CliCommand[] commands, TextWriter output)
    {
        var text = new StringBuilder();
        text.Append(Program).Append(" - ").Append(lookup.Summary).Append("\n\n");
        AppendParagraphs(text, lookup.Description);
        AppendExamples(text, lookup.Examples, "");
        foreach (CliCommand command in commands)
        {
            AppendExamples(text, command.Examples.AsSpan(0, Math.Min(1, command.Examples.Length)), "");
        }

        text.Append('\n');
        text.Append("Usage:\n");
        AppendSynopses(text, lookup);
        foreach (CliCommand command in commands)
        {
            AppendSynopses(text, command);
        }

        text.Append("\nCommands (each with its own --help):\n");
        foreach (CliCommand command in commands)
        {
            Wrap(text, "  " + command.CommandLine(Program), command.Summary, TermColumn + 2);
        }

        text.Append('\n');
        AppendTerms(text, lookup);
        AppendParagraphs(text, lookup.Notes);
        AppendExitStatus(text, lookup);
        output.Write(text.ToString());
    }

    /// <summary>A short help: a usage line, the examples and the notes (what ausyscall's personality prints).</summary>
    public static void WriteBrief(string usage, CliCommand command, TextWriter output)
    {
        var text = new StringBuilder(usage).Append('\n');
        AppendExamples(text, command.Examples, "");
        foreach (string note in command.Notes)
        {
            Wrap(text, "", note, 0);
        }

        output.Write(text.Append('\n').ToString());
    }

    /// <summary>The options of a command, for the line that reports an unknown one: "options are --json, ...".</summary>
    public static string OptionList(CliCommand command)
    {
        var text = new StringBuilder("options are ");
        for (int i = 0; i < command.Options.Length; i++)
        {
            text.Append(i == 0 ? "" : ", ").Append(command.Options[i].Name);
        }

        return text.ToString();
    }

    private static void AppendBody(StringBuilder text, CliCommand command)
    {
        text.Append("Usage:\n");
        AppendSynopses(text, command);
        text.Append('\n');
        AppendTerms(text, command);
        AppendParagraphs(text, command.Notes);
        AppendExitStatus(text, command);
    }

    private static void AppendSynopses(StringBuilder text, CliCommand command)
    {
        foreach (string synopsis in command.Synopses)
        {
            Wrap(text, "", command.CommandLine(Program) + " " + synopsis, 2, hangingIndent: 4 + command.CommandLine(Program).Length);
        }
    }

    private static void AppendTerms(StringBuilder text, CliCommand command)
    {
        foreach (CliArgument argument in command.Arguments)
        {
            Wrap(text, argument.Name, argument.Description, TermColumn);
        }

        foreach (CliOption option in command.Options)
        {
            Wrap(text, Label(option), option.Description, TermColumn);
        }

        text.Append('\n');
    }

    /// <summary><c>--output FILE, -o FILE</c>, <c>--plugin[=FILE]</c>, <c>--help, -h</c>.</summary>
    private static string Label(CliOption option)
    {
        string value = option.Value switch
        {
            OptionValue.Required => " " + option.ValueName,
            OptionValue.Attached => "[=" + option.ValueName + "]",
            _ => "",
        };
        var label = new StringBuilder(option.Name).Append(value);
        foreach (string alias in option.Aliases)
        {
            label.Append(", ").Append(alias).Append(option.Value == OptionValue.Required ? value : "");
        }

        return label.ToString();
    }

    private static void AppendExamples(StringBuilder text, ReadOnlySpan<CliExample> examples, string indent)
    {
        foreach (CliExample example in examples)
        {
            string[] lines = example.Result.Split('\n');
            Wrap(text, indent + "  " + example.CommandLine, lines[0], ExampleColumn);
            for (int i = 1; i < lines.Length; i++)
            {
                text.Append(' ', ExampleColumn).Append(lines[i]).Append('\n');
            }
        }
    }

    private static void AppendParagraphs(StringBuilder text, string[] paragraphs)
    {
        foreach (string paragraph in paragraphs)
        {
            // A paragraph that starts with spaces is sample text, shown as written.
            if (paragraph.StartsWith(' '))
            {
                text.Append(paragraph).Append('\n');
            }
            else
            {
                Wrap(text, "", paragraph, 0);
            }

            text.Append('\n');
        }
    }

    private static void AppendExitStatus(StringBuilder text, CliCommand command)
    {
        var line = new StringBuilder("Exit status: ");
        for (int i = 0; i < command.ExitStatuses.Length; i++)
        {
            CliExitStatus status = command.ExitStatuses[i];
            line.Append(i == 0 ? "" : ", ").Append(status.Code).Append(' ').Append(status.Meaning);
        }

        Wrap(text, "", line.Append('.').ToString(), 0);
        text.Append('\n');
    }

    /// <summary>
    /// Writes <paramref name="term"/> and then <paramref name="body"/> from column <paramref name="column"/>, wrapped at
    /// spaces; a term that reaches the column gets a line of its own.
    /// </summary>
    private static void Wrap(StringBuilder text, string term, string body, int column, int hangingIndent = -1)
    {
        int indent = hangingIndent < 0 ? column : hangingIndent;
        int lineStart = text.Length;
        if (term.Length > 0)
        {
            text.Append(term);
            if (term.Length + 1 > column)
            {
                text.Append('\n');
                lineStart = text.Length;
                text.Append(' ', column);
            }
            else
            {
                text.Append(' ', column - term.Length);
            }
        }
        else
        {
            text.Append(' ', column);
        }

        bool first = true;
        foreach (string word in body.Split(' '))
        {
            if (!first && text.Length - lineStart + 1 + word.Length > Width)
            {
                text.Append('\n');
                lineStart = text.Length;
                text.Append(' ', indent);
            }
            else if (!first)
            {
                text.Append(' ');
            }

            text.Append(word);
            first = false;
        }

        text.Append('\n');
    }
}
