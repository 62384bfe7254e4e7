using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace SyscallTables.Cli;

/// <summary>
/// <c>[arch] NAME|NUMBER [--exact]</c> and <c>[arch] --dump</c>, with ausyscall's grammar: arguments in any order, a
/// token that starts with a digit is a number, one that parses as an arch is the arch, anything else is a name.
/// </summary>
/// <remarks>
/// Where ausyscall answers the wrong question, this answers none: an arch without a table (sparc, alpha here)
/// is an error naming the arches with tables, not a silent fall-back to the x86_64 table. Arches ausyscall does not
/// know (riscv64, loongarch64, mips, x32) have their kernel tables here. Other deliberate differences
/// from ausyscall 3.0.9 are listed in tests/SyscallTables.Cli.Tests/Differences/Ausyscall.cs.
/// </remarks>
internal static class SyscallLookup
{
    private const string AusyscallSynopsis = "[arch] name | number | --dump | --exact";

    private const string AusyscallUsage = "usage: ausyscall " + AusyscallSynopsis;

    // ausyscall pads names to 18 columns: printf("%-18s %d\n").
    private const int NameColumnWidth = 18;

    private static readonly CliOption Exact = new()
    {
        Name = "--exact",
        Description = "NAME must be a whole name; print only its number",
    };

    private static readonly CliOption Dump = new()
    {
        Name = "--dump",
        Description = "print every syscall of ARCH",
    };

    /// <summary>The syscall lookup, which is the program's own grammar: <c>syscalls [ARCH] NAME|NUMBER</c>.</summary>
    public static CliCommand Declaration { get; } = new()
    {
        Name = "",
        Summary = "Linux audit in plain words: syscall, errno and arch lookups (a superset of ausyscall), log interpretation, exclusion rules and rule checks",
        Description = ["Audit records speak in numbers:  arch=c000003e syscall=83 success=no exit=-17"],
        Examples =
        [
            new("syscalls 83", "number -> name on this machine's arch   (mkdir)"),
            new("syscalls x86_64 mkdir", "names containing \"mkdir\", padded, then the number"),
            new("syscalls x86_64 mkdir --exact", "just the number of exactly that syscall (83)"),
            new("syscalls i386 --dump", "the whole table: header, then NUMBER<TAB>NAME"),
        ],
        Synopses = ["[ARCH] NAME|NUMBER [--exact] [--audit-names|--kernel-names]", "[ARCH] --dump [--audit-names|--kernel-names]"],
        Arguments =
        [
            new("ARCH", "every kernel ABI: x86_64, x32, i386, aarch64, arm, riscv64, loongarch64, ppc, ppc64, ppc64le, s390, s390x, mips, mipsel, mips64, mips64n32, ... (syscalls arch --list); b64/b32 = this machine's 64/32-bit arch; uname -m names (amd64, i686, arm64, armv7l); audit hex (c000003e, 40000003, c00000b7). Default: this machine's. An arch without a table is an error, never x86_64."),
            new("NAME", "matched case-insensitively as a substring, like ausyscall; kernel names (pread64) and audit-userspace names (pread) both match."),
            new("NUMBER", "a syscall number (83), printed as its name"),
        ],
        Options = [Exact, Dump, CommonOptions.AuditNames, CommonOptions.KernelNames, CommonOptions.Help, CommonOptions.Version],
        Notes =
        [
            "Invoked as `ausyscall` (ln -s syscalls ausyscall) it answers as ausyscall 3.0.9 does, with audit-userspace's names by default.",
        ],
        ExitStatuses =
        [
            new(ExitCode.Success, "found"),
            new(ExitCode.NoMatch, "not found or unknown arch"),
            new(ExitCode.Failure, "a failed write"),
            CliExitStatus.UsageError,
            CliExitStatus.OutputGone,
        ],
        Run = (arguments, stdout, stderr) => Run(arguments, stdout, stderr, asAusyscall: false),
    };

    /// <summary>The same lookup under the name ausyscall: its grammar, its names and its messages.</summary>
    public static CliCommand AusyscallDeclaration { get; } = new()
    {
        Name = "",
        Summary = "ausyscall's syscall lookups",
        Examples =
        [
            new("ausyscall 83", "number -> name (mkdir)"),
            new("ausyscall x86_64 mkdir", "names containing \"mkdir\" and their numbers"),
            new("ausyscall mkdir --exact", "the number of exactly mkdir"),
            new("ausyscall i386 --dump", "the whole i386 table"),
        ],
        Synopses = [AusyscallSynopsis],
        Options = [Exact, Dump, CommonOptions.Help, CommonOptions.Version],
        Notes =
        [
            "This is syscalls answering as ausyscall (audit-userspace names). Unlike ausyscall 3.0.9 it refuses an arch it has no table for instead of using the x86_64 table. Run it as syscalls for errno and arch lookups (syscalls --help).",
        ],
        ExitStatuses = [new(ExitCode.Success, "found"), new(ExitCode.NoMatch, "not found, unknown arch or a usage error, as ausyscall")],
        Operands = OperandStyle.Ausyscall,
        Run = (arguments, stdout, stderr) => Run(arguments, stdout, stderr, asAusyscall: true),
    };

    /// <summary>ausyscall's short help, in its own words (a script may show it): the usage line and examples.</summary>
    public static void WriteAusyscallHelp(TextWriter stdout)
    {
        HelpWriter.WriteBrief(AusyscallUsage, AusyscallDeclaration, stdout);
    }

    private static int Run(ParsedArguments arguments, TextWriter stdout, TextWriter stderr, bool asAusyscall)
    {
        var errors = new ErrorWriter(stderr, asAusyscall);
        List<string> operands = arguments.Operands;
        if (operands.Count + arguments.OptionCount == 0)
        {
            return asAusyscall
                ? errors.Ausyscall(AusyscallUsage)
                : errors.Usage("give a syscall NAME or NUMBER, e.g. `syscalls 83` or `syscalls x86_64 mkdir`");
        }

        if (asAusyscall && operands.Count + arguments.OptionCount > 3)
        {
            return errors.Ausyscall("Too many arguments\n" + AusyscallUsage);
        }

        bool dump = arguments.Has(Dump), exact = arguments.Has(Exact);
        bool auditNames = asAusyscall || arguments.Last(CommonOptions.AuditNames, CommonOptions.KernelNames) == CommonOptions.AuditNames;
        AuditArch? arch = null;
        bool x32 = false;
        string? archToken = null, name = null, numberToken = null;
        int number = -1, positionals = 0, namePosition = -1, numberPosition = -1;
        foreach (string arg in operands)
        {
            int position = positionals++;
            if (!asAusyscall && positionals > 2)
            {
                return errors.Usage("too many arguments: give [arch] NAME|NUMBER");
            }

            bool isX32 = !asAusyscall && ArchText.IsX32(arg);
            AuditArch hexArch = AuditArch.X86_64;
            if (isX32 || IsArchHex(arg, asAusyscall, out hexArch) || (!StartsWithDigit(arg) && AuditArchs.TryParse(arg, out hexArch)))
            {

                if (arch is not null)
                {
                    return asAusyscall
                        ? errors.Ausyscall("Two machine types not allowed\n" + AusyscallUsage)
                        : errors.Usage($"two arches given ('{SyscallsCli.Quote(archToken!)}' and '{SyscallsCli.Quote(arg)}'); give one");
                }

                arch = hexArch;
                x32 = isX32;
                archToken = arg;
            }
            else if (StartsWithDigit(arg))
            {
                if (numberToken is not null)
                {
                    return asAusyscall
                        ? errors.Ausyscall("Two syscall numbers not allowed\n" + AusyscallUsage)
                        : errors.Usage($"two syscall numbers given ('{SyscallsCli.Quote(numberToken)}' and '{SyscallsCli.Quote(arg)}'); give one");
                }

                if (!TryParseNumber(arg, asAusyscall, out number))
                {
                    return errors.Usage($"'{SyscallsCli.Quote(arg)}' is not a syscall number; give digits such as 83, or a name");
                }

                numberToken = arg;
                numberPosition = position;
            }
            else
            {
                if (name is not null)
                {
                    // Two words: the first was meant as an arch. ausyscall says "Two syscall names not allowed".
                    return namePosition == 0 ? errors.UnknownArch(name) : asAusyscall
                        ? errors.Ausyscall("Two syscall names not allowed\n" + AusyscallUsage)
                        : errors.Usage($"two syscall names given ('{SyscallsCli.Quote(name)}' and '{SyscallsCli.Quote(arg)}'); give one");
                }

                name = arg;
                namePosition = position;
            }
        }

        if (!asAusyscall && name is not null && numberToken is not null)
        {
            // ausyscall searches for the name and ignores the number; a word before a number was meant as an arch.
            return namePosition < numberPosition
                ? errors.UnknownArch(name)
                : errors.Usage($"give a syscall name or a number, not both ('{SyscallsCli.Quote(numberToken)}' and '{SyscallsCli.Quote(name)}')");
        }

        AuditArch table;
        if (arch is { } given)
        {
            table = given;
        }
        else if (AuditArchs.Host is { } host)
        {
            table = host;
        }
        else
        {
            return errors.NotFound($"cannot tell this machine's arch; give one of {ArchText.SupportedNames()}");
        }

        SyscallTable? lookup = x32 ? SyscallTable.X32 : SyscallTable.ForArch(table);
        if (lookup is null)
        {
            string which = arch is null ? "this machine's arch" : $"'{SyscallsCli.Quote(archToken!)}'";
            return errors.NotFound($"no syscall table for {which} ({AuditArchs.GetName(table)}, {ArchText.Hex(table)}); tables exist for {ArchText.SupportedNames()}");
        }

        string archName = lookup.Name;
        if (dump)
        {
            WriteTable(lookup, auditNames, archName, stdout);
            return ExitCode.Success;
        }

        if (name is not null)
        {
            return exact
                ? FindExact(lookup, name, archName, stdout, errors)
                : Search(lookup, name, auditNames, asAusyscall, archName, stdout, errors);
        }

        if (numberToken is not null)
        {
            string? found = auditNames ? lookup.GetAuditName(number) : lookup.GetName(number);
            if (found is null)
            {
                return errors.UnknownSyscall(number.ToString(CultureInfo.InvariantCulture), archName);
            }

            stdout.Write(found);
            stdout.Write('\n');
            return ExitCode.Success;
        }

        return asAusyscall
            ? errors.Ausyscall("Error - either a syscall name or number must be given with an optional arch")
            : errors.Usage("give a syscall NAME or NUMBER after the arch, e.g. `syscalls x86_64 mkdir`");
    }

    private static void WriteTable(SyscallTable table, bool auditNames, string archName, TextWriter stdout)
    {
        stdout.Write("Using ");
        stdout.Write(archName);
        stdout.Write(" syscall table:\n");
        Span<char> digits = stackalloc char[11];
        foreach (int number in table.Numbers)
        {
            number.TryFormat(digits, out int length, default, CultureInfo.InvariantCulture);
            stdout.Write(digits[..length]);
            stdout.Write('\t');
            stdout.Write(auditNames ? table.GetAuditName(number) : table.GetName(number));
            stdout.Write('\n');
        }
    }

    private static int FindExact(SyscallTable table, string name, string archName, TextWriter stdout, ErrorWriter errors)
    {
        // Syscall names are lower case; ausyscall --exact accepts MKDIR too.
        if (!table.TryGetNumber(name.ToLowerInvariant(), out int number))
        {
            return errors.UnknownSyscall(name, archName);
        }

        stdout.Write(number.ToString(CultureInfo.InvariantCulture));
        stdout.Write('\n');
        return ExitCode.Success;
    }

    private static int Search(SyscallTable table, string query, bool auditNames, bool asAusyscall, string archName, TextWriter stdout, ErrorWriter errors)
    {
        bool any = false;
        Span<char> digits = stackalloc char[11];

        // Syscall names are lower-case ASCII, so one lower-casing of the query makes every comparison ordinal (and
        // vectorised), which is what ausyscall's strcasestr amounts to.
        string lowerQuery = query.ToLowerInvariant();
        foreach (int number in table.Numbers)
        {
            string shown = (auditNames ? table.GetAuditName(number) : table.GetName(number))!;
            bool matches = shown.Contains(lowerQuery, StringComparison.Ordinal);
            if (!matches && !asAusyscall)
            {
                // Either name finds the syscall (pread64 and pread); ausyscall itself only knows its own names.
                string other = (auditNames ? table.GetName(number) : table.GetAuditName(number))!;
                matches = other.Contains(lowerQuery, StringComparison.Ordinal);
            }

            if (!matches)
            {
                continue;
            }

            any = true;
            stdout.Write(shown);
            for (int pad = shown.Length; pad < NameColumnWidth; pad++)
            {
                stdout.Write(' ');
            }

            stdout.Write(' ');
            number.TryFormat(digits, out int length, default, CultureInfo.InvariantCulture);
            stdout.Write(digits[..length]);
            stdout.Write('\n');
        }

        return any ? ExitCode.Success : errors.UnknownSyscall(query, archName);
    }

    private static bool StartsWithDigit(string arg) => arg.Length > 0 && char.IsAsciiDigit(arg[0]);

    // The audit hex of i386 (40000003) starts with a digit; eight hex digits naming an arch are the arch, not a
    // syscall number (no table comes near 40000000 syscalls). So is 0x40000003, except as ausyscall, which reads
    // "0x10" as syscall 0 (strtol stops at the x).
    private static bool IsArchHex(string arg, bool asAusyscall, out AuditArch arch)
    {
        arch = default;
        bool hexShaped = arg.Length == 8 || (!asAusyscall && arg.StartsWith("0x", StringComparison.OrdinalIgnoreCase));
        return hexShaped && StartsWithDigit(arg) && AuditArchs.TryParseValue(arg, out arch);
    }

    private static bool TryParseNumber(string arg, bool asAusyscall, out int number)
    {
        if (!asAusyscall)
        {
            return int.TryParse(arg, NumberStyles.None, CultureInfo.InvariantCulture, out number);
        }

        // ausyscall reads the leading digits (strtol) and ignores the rest: "83abc" is 83.
        long value = 0;
        foreach (char c in arg)
        {
            if (!char.IsAsciiDigit(c))
            {
                break;
            }

            value = Math.Min(value * 10 + (c - '0'), int.MaxValue);
        }

        number = (int)value;
        return true;
    }

    /// <summary>Error lines in the voice of the tool invoked: ausyscall's own messages, or one line of syscalls'.</summary>
    private readonly struct ErrorWriter(TextWriter stderr, bool asAusyscall)
    {
        public int Ausyscall(string lines)
        {
            stderr.Write(lines);
            stderr.Write('\n');
            return ExitCode.NoMatch;
        }

        public int Usage(string message) => CommandLine.Usage(Declaration, stderr, message);

        public int NotFound(string message)
        {
            if (asAusyscall)
            {
                stderr.Write("ausyscall: ");
                stderr.Write(message);
                stderr.Write('\n');
            }
            else
            {
                SyscallsCli.WriteError(stderr, message);
            }

            return ExitCode.NoMatch;
        }

        public int UnknownArch(string token) => NotFound(
            $"unknown arch '{SyscallsCli.Quote(token)}'; syscall tables exist for {ArchText.SupportedNames()} (also b64, b32, amd64, i686, arm64, or audit hex such as c000003e)");

        // The same words as ausyscall, which scripts may match on.
        public int UnknownSyscall(string what, string archName)
        {
            stderr.Write("Unknown syscall ");
            stderr.Write(SyscallsCli.Quote(what));
            stderr.Write(" using ");
            stderr.Write(archName);
            stderr.Write(" lookup table\n");
            return ExitCode.NoMatch;
        }
    }
}
