using System;
using System.Globalization;
using System.IO;

namespace SyscallTables.Cli;

/// <summary>
/// <c>errno NAME|NUMBER</c>, <c>errno --list</c>, <c>errno --search WORD</c>: lines of <c>NAME NUMBER message</c>, the
/// form moreutils' errno prints, with glibc's strerror text (what ausearch --interpret shows).
/// </summary>
internal static class ErrnoCommand
{
    public static int Run(ReadOnlySpan<string> args, TextWriter stdout, TextWriter stderr)
    {
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

                foreach (int number in Errnos.Numbers)
                {
                    WriteLine(stdout, Errnos.GetName(number)!, number);
                }

                return SyscallsCli.Found;

            case "--search" or "-s":
                if (args.Length != 2)
                {
                    return Usage(stderr, "give one word to search for: `syscalls errno --search permission`");
                }

                return Search(args[1], stdout, stderr);
        }

        if (args.Length > 1)
        {
            return Usage(stderr, $"give one errno, not {args.Length}; e.g. `syscalls errno 17`");
        }

        string query = args[0];
        if (query.Length > 1 && query[0] == '-' && !char.IsAsciiDigit(query[1]))
        {
            return Usage(stderr, $"unknown option '{query}'; errno takes NAME, NUMBER, --list or --search WORD");
        }

        // Audit records carry failures as exit=-17.
        ReadOnlySpan<char> digits = query.StartsWith('-') ? query.AsSpan(1) : query;
        if (digits.Length > 0 && char.IsAsciiDigit(digits[0]))
        {
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int number))
            {
                return Usage(stderr, $"'{query}' is not an errno number; give digits such as 17 or -17, or a name such as EEXIST");
            }

            if (Errnos.GetName(number) is not { } name)
            {
                SyscallsCli.WriteError(stderr, $"unknown errno {number}; Linux errnos run from 1 to {Errnos.MaxNumber} (see syscalls errno --list)");
                return SyscallsCli.NotFound;
            }

            WriteLine(stdout, name, number);
            return SyscallsCli.Found;
        }

        string upper = query.ToUpperInvariant();
        if (!Errnos.TryGetNumber(upper, out int byName) && !TryGetLibcAlias(upper, out byName))
        {
            SyscallsCli.WriteError(stderr, $"unknown errno name '{query}'; try `syscalls errno --search {query}`");
            return SyscallsCli.NotFound;
        }

        // An alias (EWOULDBLOCK) is shown as asked, with its number and message.
        WriteLine(stdout, upper, byName);
        return SyscallsCli.Found;
    }

    // glibc's <bits/errno.h> adds ENOTSUP as another name of EOPNOTSUPP; the kernel headers the library reads do not
    // have it, but C programmers (and strerror's man page) use it.
    private static bool TryGetLibcAlias(string upper, out int number)
    {
        number = upper == "ENOTSUP" ? (int)Errno.EOPNOTSUPP : 0;
        return number != 0;
    }

    private static int Search(string word, TextWriter stdout, TextWriter stderr)
    {
        bool any = false;
        foreach (int number in Errnos.Numbers)
        {
            string name = Errnos.GetName(number)!;
            string message = Errnos.GetMessage(number) ?? string.Empty;
            if (name.Contains(word, StringComparison.OrdinalIgnoreCase) || message.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                WriteLine(stdout, name, number);
                any = true;
            }
        }

        if (!any)
        {
            SyscallsCli.WriteError(stderr, $"no errno name or message contains '{word}'; see syscalls errno --list");
            return SyscallsCli.NotFound;
        }

        return SyscallsCli.Found;
    }

    private static void WriteLine(TextWriter stdout, string name, int number)
    {
        stdout.Write(name);
        stdout.Write(' ');
        stdout.Write(number.ToString(CultureInfo.InvariantCulture));
        stdout.Write(' ');
        stdout.Write(Errnos.GetMessage(number));
        stdout.Write('\n');
    }

    private static int Usage(TextWriter stderr, string message)
    {
        SyscallsCli.WriteError(stderr, message);
        return SyscallsCli.UsageError;
    }
}
