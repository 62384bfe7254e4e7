using System;

namespace SyscallTables.Cli;

/// <summary>How the CLI names arches and their tables in its output and errors.</summary>
internal static class SyscallTable
{
    /// <summary>The arches with a table, comma-separated, for error messages.</summary>
    public static string SupportedNames()
    {
        ReadOnlySpan<AuditArch> supported = Syscalls.SupportedArchs;
        string[] names = new string[supported.Length];
        for (int i = 0; i < supported.Length; i++)
        {
            names[i] = AuditArchs.GetName(supported[i]) ?? supported[i].ToString();
        }

        return string.Join(", ", names) + ", " + ArchTable.X32Name;
    }

    /// <summary>The audit hex form of an arch, as an audit record's <c>arch=</c> field prints it.</summary>
    public static string Hex(AuditArch arch) => ((uint)arch).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// The table a lookup searches: an audit arch's, or x32's. x32 has no audit arch of its own: its records say
/// <c>arch=c000003e</c> like x86_64's and its numbers carry the syscall bit (0x40000000), so on the command line it is a
/// table name of its own, and <c>x86_64</c> means the 64-bit table alone (as in ausyscall).
/// </summary>
internal readonly record struct ArchTable(AuditArch Arch, bool IsX32)
{
    public const string X32Name = "x32";

    public string Name => IsX32 ? X32Name : AuditArchs.GetName(Arch) ?? SyscallTable.Hex(Arch);

    public ReadOnlySpan<int> Numbers => IsX32 ? X32Syscalls.Numbers : IsX86_64 ? X86_64Syscalls.Numbers : Syscalls.GetNumbers(Arch);

    private bool IsX86_64 => Arch == AuditArch.X86_64;

    public string? GetName(int number)
        => IsX32 ? X32Syscalls.GetName(number) : IsX86_64 ? X86_64Syscalls.GetName(number) : Syscalls.GetName(Arch, number);

    public string? GetAuditName(int number)
        => IsX32 ? X32Syscalls.GetAuditName(number) : IsX86_64 ? X86_64Syscalls.GetAuditName(number) : Syscalls.GetAuditName(Arch, number);

    public bool TryGetNumber(string name, out int number)
        => IsX32 ? X32Syscalls.TryGetNumber(name, out number) : IsX86_64 ? X86_64Syscalls.TryGetNumber(name, out number) : Syscalls.TryGetNumber(Arch, name, out number);
}
