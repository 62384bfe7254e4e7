using System;
using System.IO;

namespace SyscallTables.Cli;

/// <summary>
/// <c>arch [HEX|NAME]</c> and <c>arch --list</c>: audit arch names and the hex values audit records carry
/// (<c>arch=c000003e</c>), both ways. Without an argument, this machine's arch.
/// </summary>
internal static class ArchCommand
{
    private const int NameColumnWidth = 12;

    public static int Run(ReadOnlySpan<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length > 1)
        {
            SyscallsCli.WriteError(stderr, "give one arch: `syscalls arch c000003e`, `syscalls arch x86_64` or `syscalls arch --list`");
            return SyscallsCli.UsageError;
        }

        if (args.Length == 1 && args[0] is "--list" or "-l")
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

            return SyscallsCli.Found;
        }

        if (args.Length == 0)
        {
            if (AuditArchs.Host is not { } host)
            {
                SyscallsCli.WriteError(stderr, "this machine's architecture has no audit arch; see syscalls arch --list");
                return SyscallsCli.NotFound;
            }

            WriteLine(stdout, AuditArchs.GetName(host) ?? string.Empty, host, markTable: false);
            return SyscallsCli.Found;
        }

        string query = args[0];
        if (query.Length > 1 && query[0] == '-')
        {
            SyscallsCli.WriteError(stderr, $"unknown option '{SyscallsCli.Quote(query)}'; arch takes HEX, NAME or --list");
            return SyscallsCli.UsageError;
        }

        if (ArchText.IsX32(query))
        {
            WriteLine(stdout, SyscallTable.X32.Name, AuditArch.X86_64, markTable: false);
            return SyscallsCli.Found;
        }

        if (!AuditArchs.TryParse(query, out AuditArch found))
        {
            SyscallsCli.WriteError(stderr, $"unknown arch '{SyscallsCli.Quote(query)}'; see syscalls arch --list for names and hex values");
            return SyscallsCli.NotFound;
        }

        WriteLine(stdout, AuditArchs.GetName(found) ?? string.Empty, found, markTable: false);
        return SyscallsCli.Found;
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
