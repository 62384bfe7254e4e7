using System;

namespace SyscallTables.Cli;

/// <summary>The per-arch pieces the library exposes only on the arch's own class (the list of numbers).</summary>
internal static class SyscallTable
{
    /// <summary>Every syscall number of <paramref name="arch"/>, ascending; empty for an arch without a table.</summary>
    public static ReadOnlySpan<int> Numbers(AuditArch arch) => arch switch
    {
        AuditArch.X86_64 => X86_64Syscalls.Numbers,
        AuditArch.I386 => I386Syscalls.Numbers,
        AuditArch.Aarch64 => Aarch64Syscalls.Numbers,
        _ => default,
    };

    /// <summary>The arches with a table, comma-separated, for error messages.</summary>
    public static string SupportedNames()
    {
        ReadOnlySpan<AuditArch> supported = Syscalls.SupportedArchs;
        string[] names = new string[supported.Length];
        for (int i = 0; i < supported.Length; i++)
        {
            names[i] = AuditArchs.GetName(supported[i]) ?? supported[i].ToString();
        }

        return string.Join(", ", names);
    }

    /// <summary>The audit hex form of an arch, as an audit record's <c>arch=</c> field prints it.</summary>
    public static string Hex(AuditArch arch) => ((uint)arch).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
}
