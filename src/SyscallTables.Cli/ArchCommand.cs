using System;
using System.Collections.Generic;
using System.IO;

namespace SyscallTables.Cli;

/// <summary>
/// <c>arch [HEX|NAME]</c> and <c>arch --list</c>: audit arch names and the hex values audit records carry
/// (<c>arch=c000003e</c>), both ways. Without an argument, this machine's arch.
/// </summary>
internal static class ArchCommand
{
    private const int NameColumnWidth = 12;

    private static readonly CliOption List = new()
    {
        Name = "--list",
        Aliases = ["-l"],
        Description = "print every audit arch with its hex, marking those with a syscall table",
    };

    /// <summary>The word that names the command.</summary>
    public const string Name = "arch";

    /// <summary>The command's declaration.</summary>
    public static CliCommand Declaration { get; } = new()
    {
        Name = Name,
        Summary = "audit arch names and the hex values audit records carry, both ways",
        Examples = [new("syscalls arch c000003e", "x86_64 c000003e         (also x86_64, b32, i686)")],
        Synopses = ["[HEX|NAME]", "--list"],
        Arguments =
        [
            new("HEX", "an audit record's arch= value (c000003e, 0xC000003E)"),
            new("NAME", "an audit.h or uname -m name (x86_64, i686, arm64), x32, or b64/b32 for this machine's arches; none: this machine's arch"),
        ],
        Options = [List, CommonOptions.Help, CommonOptions.Version],
        ExitStatuses =
        [
            new(ExitCode.Success, "found"),
            new(ExitCode.NoMatch, "unknown arch"),
            new(ExitCode.Failure, "a failed write"),
            CliExitStatus.UsageError,
            CliExitStatus.OutputGone,
        ],
        Run = Run,
    };

    private static int Run(ParsedArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        List<string> operands = arguments.Operands;
        bool list = arguments.Has(List);
        if (operands.Count + (list ? 1 : 0) > 1)
        {
            return CommandLine.Usage(Declaration, stderr, "give one arch: `syscalls arch c000003e`, `syscalls arch x86_64` or `syscalls arch --list`");
        }

        if (list)
        {
            foreach (AuditArch arch in AuditArchs.All)
            {
                WriteLine(stdout, AuditArchs.GetName(arch) ?? string.Empty, arch, markTable: true);
                if (arch == AuditArch.X86_64)
                {
                    // x32 shares x86_64's audit arch (its numbers carry the syscall bit) but has a table of its own.
                    WriteLine(stdout, SyscallTable.X32.Name, arch, markTable: true);
                }
            }

            return ExitCode.Success;
        }

        if (operands.Count == 0)
        {
            if (AuditArchs.Host is not { } host)
            {
                SyscallsCli.WriteError(stderr, "this machine's architecture has no audit arch; see syscalls arch --list");
                return ExitCode.NoMatch;
            }

            WriteLine(stdout, AuditArchs.GetName(host) ?? string.Empty, host, markTable: false);
            return ExitCode.Success;
        }

        string query = operands[0];
        if (ArchText.IsX32(query))
        {
            WriteLine(stdout, SyscallTable.X32.Name, AuditArch.X86_64, markTable: false);
            return ExitCode.Success;
        }

        if (!AuditArchs.TryParse(query, out AuditArch found))
        {
            SyscallsCli.WriteError(stderr, $"unknown arch '{SyscallsCli.Quote(query)}'; see syscalls arch --list for names and hex values");
            return ExitCode.NoMatch;
        }

        WriteLine(stdout, AuditArchs.GetName(found) ?? string.Empty, found, markTable: false);
        return ExitCode.Success;
    }

    private static void WriteLine(TextWriter stdout, string name, AuditArch arch, bool markTable)
    {
        stdout.Write(name);
        for (int pad = name.Length; pad < NameColumnWidth; pad++)
        {
            stdout.Write(' ');
        }

        stdout.Write(' ');
        stdout.Write(ArchText.Hex(arch));
        if (markTable && Syscalls.IsSupported(arch))
        {
            stdout.Write("  syscall table");
        }

        stdout.Write('\n');
    }
}
