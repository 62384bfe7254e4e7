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
    /// <summary>The word that names the command.</summary>
    public const string Name = "lint";

    /// <summary>The command's declaration.</summary>
    public static CliCommand Declaration { get; } = new()
    {
        Name = Name,
        Summary = "audit rules checked offline, as auditctl and the kernel would take them",
        Examples =
        [
            new("syscalls lint audit.rules", "what auditctl would reject, and never rules that come too late"),
        ],
        Description =
        [
            """
              syscalls lint /etc/audit/rules.d/*.rules
              audit.rules:12: error: -S open: aarch64 has no syscall named open (...)
              audit.rules:40: warning: never shadowed: the always rule of line 7 matches every event ...
            """,
        ],
        Synopses = ["FILE..."],
        Arguments = [new("FILE", "rules files (audit.rules, rules.d/*.rules), each line as auditctl -R reads it; - reads stdin")],
        Options = [CommonOptions.Help],
        Notes =
        [
            "An error is a line auditctl 3.0.9 rejects (auditctl -R stops there unless -c); a warning is a line that loads but does not do what it seems to, loads only on some hosts, or uses an old form. b64 and b32 mean what auditctl makes of them on this machine; -F arch= takes what auditctl 3.0.9 takes (arch names of x86_64, i386, aarch64, arm, ppc, ppc64, ppc64le, s390, s390x; hex with 0x; a value starting with a digit is decimal), and -S names are checked against that arch's table as auditctl 3.0.9 has it.",
        ],
        ExitStatuses =
        [
            new(ExitCode.Success, "no errors"),
            new(ExitCode.Failure, "errors: lines auditctl would reject"),
            new(ExitCode.Failure, "a failed read or write"),
            CliExitStatus.UsageError,
            CliExitStatus.OutputGone,
        ],
        Run = Run,
    };

    private static int Run(ParsedArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        List<string> files = arguments.Operands;
        if (files.Count == 0)
        {
            return CommandLine.Usage(Declaration, stderr, "lint: name the rules files to check (audit.rules, rules.d/*.rules), or - for stdin");
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

        return errors ? ExitCode.Failure : ExitCode.Success;
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
