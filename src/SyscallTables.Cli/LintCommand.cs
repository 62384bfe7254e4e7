using System;
using System.Collections.Generic;
using System.IO;
using SyscallTables.Rules;

namespace SyscallTables.Cli;

/// <summary>
/// <c>syscalls lint FILE...</c>: audit rules checked offline, one <c>file:line: error|warning: message</c> per finding.
/// Exit 1 when any line has an error (or a file cannot be read), 0 otherwise, 2 for usage errors.
/// </summary>
internal static class LintCommand
{
    public static int Run(ReadOnlySpan<string> args, TextWriter stdout, TextWriter stderr)
    {
        var files = new List<string>();
        if (CommandInputs.AsksForHelp(args))
        {
            stdout.Write(HelpText.Lint);
            return SyscallsCli.Found;
        }

        foreach (string arg in args)
        {
            if (arg.StartsWith('-') && arg != "-")
            {
                SyscallsCli.WriteError(stderr, $"lint: unknown option {SyscallsCli.Quote(arg)} (see syscalls lint --help)");
                return SyscallsCli.UsageError;
            }

            files.Add(arg);
        }

        if (files.Count == 0)
        {
            SyscallsCli.WriteError(stderr, "lint: name the rules files to check (audit.rules, rules.d/*.rules), or - for stdin");
            return SyscallsCli.UsageError;
        }

        CommandInputs.Check(files, outputPath: null, "name its files (rules.d/*.rules)");
        bool errors = false;
        foreach (string file in files)
        {
            // Findings are printed as they are found: a file of a million bad lines is never held in memory. A read
            // failure is an IOFailureException with the errno's words, reported once by SyscallsCli.Run.
            using Stream rules = FileDescriptorStream.OpenInput(file);
            foreach (RuleFinding finding in RuleLinter.Lint(file == "-" ? "<stdin>" : file, rules))
            {
                stdout.Write(WithHint(finding));
                stdout.Write('\n');
                errors |= finding.Severity == RuleFindingSeverity.Error;
            }
        }

        return errors ? SyscallsCli.NotFound : SyscallsCli.Found;
    }

    // The library's findings name no command; where a command of ours shows what the line should name, say which.
    private static string WithHint(RuleFinding finding)
    {
        string text = finding.ToString();
        switch (finding.Id)
        {
            case RuleFindingIds.UnknownErrno:
                return text + " (see `syscalls errno --list`)";
            case RuleFindingIds.SyscallOfOtherArch:
                // Inside the parentheses that name the other arch (values: written name, arch, other arch, name).
                string arch = finding.Values[1];
                int close = text.IndexOf(" have it)", StringComparison.Ordinal) + " have it".Length;
                return text.Insert(close, $"; `syscalls {arch} {finding.Values[3]}` and `syscalls {arch} --dump` show what {arch} has instead");
            default:
                return text;
        }
    }
}
