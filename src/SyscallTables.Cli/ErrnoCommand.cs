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
    public static int Run(ReadOnlySpan<string> args, TextWriter stdout, TextWriter stderr)
    {
        AuditArch arch = default; // none: the generic numbers
        int archAt = args.IndexOf("--arch");
        if (archAt >= 0)
        {
            if (archAt + 1 >= args.Length)
            {
                return Usage(stderr, "--arch needs an arch: `syscalls errno --arch mips 35`");
            }

            if (!AuditArchs.TryParse(args[archAt + 1], out arch))
            {
                SyscallsCli.WriteError(stderr, $"unknown arch '{SyscallsCli.Quote(args[archAt + 1])}'; see syscalls arch --list for names and hex values");
                return SyscallsCli.NotFound;
            }

            string[] rest = [.. args[..archAt], .. args[(archAt + 2)..]];
            args = rest;
        }

        if (args.Length == 0)
        {
            return Usage(stderr, "give an errno: `syscalls errno 17`, `syscalls errno EEXIST`, `syscalls errno --list` or `syscalls errno --search WORD`");
        }

        switch (args[0])
        {
            case "--list" or "-l":
                if (args.Length > 1)
                {
                    return Usage(stderr, "errno --list takes no further arguments");
                }

                foreach (int number in Numbers(arch))
                {
                    WriteLine(stdout, arch, Errnos.GetName(arch, number)!, number);
                }

                return SyscallsCli.Found;

            case "--search" or "-s":
                if (args.Length != 2)
                {
                    return Usage(stderr, "give one word to search for: `syscalls errno --search permission`");
                }

                return Search(arch, args[1], stdout, stderr);
        }

        if (args.Length > 1)
        {
            return Usage(stderr, $"give one errno, not {args.Length}; e.g. `syscalls errno 17`");
        }

        string query = args[0];
        if (query.Length > 1 && query[0] == '-' && !char.IsAsciiDigit(query[1]))
        {
            return Usage(stderr, $"unknown option '{SyscallsCli.Quote(query)}'; errno takes NAME, NUMBER, --list or --search WORD");
        }

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
                return SyscallsCli.NotFound;
            }

            WriteLine(stdout, arch, name, number);
            return SyscallsCli.Found;
        }

        string upper = query.ToUpperInvariant();
        if (!Errnos.TryGetNumber(arch, upper, out int byName) && !TryGetLibcAlias(arch, upper, out byName))
        {
            SyscallsCli.WriteError(stderr, $"unknown errno name '{SyscallsCli.Quote(query)}'; try `syscalls errno --search {SyscallsCli.Quote(query)}`");
            return SyscallsCli.NotFound;
        }

        // An alias (EWOULDBLOCK) is shown as asked, with its number and message.
        WriteLine(stdout, arch, upper, byName);
        return SyscallsCli.Found;
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
            return SyscallsCli.NotFound;
        }

        return SyscallsCli.Found;
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

    private static int Usage(TextWriter stderr, string message)
    {
        SyscallsCli.WriteError(stderr, message);
        return SyscallsCli.UsageError;
    }
}
