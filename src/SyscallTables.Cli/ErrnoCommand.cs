using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace SyscallTables.Cli;

/// <summary>
/// <c>errno NAME|NUMBER</c>, <c>errno --list</c>, <c>errno --search WORD</c>: lines of <c>NAME NUMBER message</c>, the
/// form moreutils' errno prints, with glibc's strerror text (what ausearch --interpret shows). <c>--arch ARCH</c> (anywhere)
/// uses that arch's numbers: mips, alpha, sparc, parisc and powerpc number some errnos their own way.
/// </summary>
internal static class ErrnoCommand
{
    private static readonly CliOption List = new()
    {
        Name = "--list",
        Aliases = ["-l"],
        Description = "print every errno of ARCH (or the generic numbers)",
    };

    private static readonly CliOption SearchFor = new()
    {
        Name = "--search",
        Aliases = ["-s"],
        Value = OptionValue.Required,
        ValueName = "WORD",
        Description = "print the errnos whose name or message contains WORD (any case)",
    };

    private static readonly CliOption Arch = new()
    {
        Name = "--arch",
        Value = OptionValue.Required,
        ValueName = "ARCH",
        Description = "that arch's numbers (anywhere on the line): mips, alpha, sparc, parisc and powerpc number some errnos their own way",
    };

    /// <summary>The word that names the command.</summary>
    public const string Name = "errno";

    /// <summary>The command's declaration.</summary>
    public static CliCommand Declaration { get; } = new()
    {
        Name = Name,
        Summary = "errno names, numbers and messages, both ways",
        Examples =
        [
            new("syscalls errno 17", "EEXIST 17 File exists   (also -17 and EEXIST)"),
            new("syscalls errno --search permission", "every errno whose name or message says permission"),
            new("syscalls errno --arch mips 1133", "EDQUOT 1133 Disk quota exceeded"),
        ],
        Synopses = ["NAME|NUMBER [--arch ARCH]", "--list [--arch ARCH]", "--search WORD [--arch ARCH]"],
        Arguments =
        [
            new("NAME", "an errno name, any case (EEXIST, eexist; glibc's ENOTSUP too)"),
            new("NUMBER", "an errno number as audit records carry it, 17 or -17 (exit=-17)"),
        ],
        Options = [List, SearchFor, Arch, CommonOptions.Help, CommonOptions.Version],
        Notes = ["Each line is NAME NUMBER message, the form moreutils' errno prints, with glibc's strerror text (what ausearch --interpret shows)."],
        ExitStatuses =
        [
            new(ExitCode.Success, "found"),
            new(ExitCode.NoMatch, "no such errno or unknown arch"),
            new(ExitCode.Failure, "a failed write"),
            CliExitStatus.UsageError,
            CliExitStatus.OutputGone,
        ],
        Operands = OperandStyle.NegativeNumbers,
        Run = Run,
    };

    private static int Run(ParsedArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        AuditArch arch = default; // none: the generic numbers
        if (arguments.Value(Arch) is { } archName && !AuditArchs.TryParse(archName, out arch))
        {
            SyscallsCli.WriteError(stderr, $"unknown arch '{SyscallsCli.Quote(archName)}'; see syscalls arch --list for names and hex values");
            return ExitCode.NoMatch;
        }

        List<string> operands = arguments.Operands;
        string? word = arguments.Value(SearchFor);
        if (arguments.Has(List))
        {
            if (operands.Count > 0 || word is not null)
            {
                return Usage(stderr, "errno --list takes no further arguments");
            }

            foreach (int number in Numbers(arch))
            {
                WriteLine(stdout, arch, Errnos.GetName(arch, number)!, number);
            }

            return ExitCode.Success;
        }

        if (word is not null)
        {
            return operands.Count == 0
                ? Search(arch, word, stdout, stderr)
                : Usage(stderr, "give one word to search for: `syscalls errno --search permission`");
        }

        if (operands.Count == 0)
        {
            return Usage(stderr, "give an errno: `syscalls errno 17`, `syscalls errno EEXIST`, `syscalls errno --list` or `syscalls errno --search WORD`");
        }

        if (operands.Count > 1)
        {
            return Usage(stderr, $"give one errno, not {operands.Count}; e.g. `syscalls errno 17`");
        }

        string query = operands[0];
        // Audit records carry failures as exit=-17.
        ReadOnlySpan<char> digits = query.StartsWith('-') ? query.AsSpan(1) : query;
        if (digits.Length > 0 && char.IsAsciiDigit(digits[0]))
        {
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int number))
            {
                return Usage(stderr, $"'{SyscallsCli.Quote(query)}' is not an errno number; give digits such as 17 or -17, or a name such as EEXIST");
            }

            if (Errnos.GetName(arch, number) is not { } name)
            {
                SyscallsCli.WriteError(stderr, $"unknown errno {number}; Linux errnos run from 1 to {Errnos.MaxNumber} (see syscalls errno --list)");
                return ExitCode.NoMatch;
            }

            WriteLine(stdout, arch, name, number);
            return ExitCode.Success;
        }

        string upper = query.ToUpperInvariant();
        if (!Errnos.TryGetNumber(arch, upper, out int byName) && !TryGetLibcAlias(arch, upper, out byName))
        {
            SyscallsCli.WriteError(stderr, $"unknown errno name '{SyscallsCli.Quote(query)}'; try `syscalls errno --search {SyscallsCli.Quote(query)}`");
            return ExitCode.NoMatch;
        }

        // An alias (EWOULDBLOCK) is shown as asked, with its number and message.
        WriteLine(stdout, arch, upper, byName);
        return ExitCode.Success;
    }

    // glibc's <bits/errno.h> adds ENOTSUP as another name of EOPNOTSUPP; the kernel headers the library reads do not
    // have it, but C programmers (and strerror's man page) use it.
    private static bool TryGetLibcAlias(AuditArch arch, string upper, out int number)
    {
        number = 0;
        return upper == "ENOTSUP" && Errnos.TryGetNumber(arch, "EOPNOTSUPP", out number);
    }

    // The numbers of an arch, ascending: the generic list, or the arch's own (which can reach 1133, mips EDQUOT).
    private static List<int> Numbers(AuditArch arch)
    {
        var numbers = new List<int>();
        for (int number = 1; number <= 4095; number++)
        {
            if (Errnos.GetName(arch, number) is not null)
            {
                numbers.Add(number);
            }
        }

        return numbers;
    }

    private static int Search(AuditArch arch, string word, TextWriter stdout, TextWriter stderr)
    {
        bool any = false;
        foreach (int number in Numbers(arch))
        {
            string name = Errnos.GetName(arch, number)!;
            string message = Errnos.GetMessage(arch, number) ?? string.Empty;
            if (name.Contains(word, StringComparison.OrdinalIgnoreCase) || message.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                WriteLine(stdout, arch, name, number);
                any = true;
            }
        }

        if (!any)
        {
            SyscallsCli.WriteError(stderr, $"no errno name or message contains '{SyscallsCli.Quote(word)}'; see syscalls errno --list");
            return ExitCode.NoMatch;
        }

        return ExitCode.Success;
    }

    private static void WriteLine(TextWriter stdout, AuditArch arch, string name, int number)
    {
        stdout.Write(name);
        stdout.Write(' ');
        stdout.Write(number.ToString(CultureInfo.InvariantCulture));
        stdout.Write(' ');
        stdout.Write(Errnos.GetMessage(arch, number));
        stdout.Write('\n');
    }

    private static int Usage(TextWriter stderr, string message) => CommandLine.Usage(Declaration, stderr, message);
}
