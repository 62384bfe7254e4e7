using System;
using System.Globalization;

namespace SyscallTables.Cli;

/// <summary>How the CLI names arches and their tables in its output and errors.</summary>
internal static class ArchText
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

        return string.Join(", ", names) + ", " + SyscallTable.X32.Name;
    }

    /// <summary>The audit hex form of an arch, as an audit record's <c>arch=</c> field prints it.</summary>
    public static string Hex(AuditArch arch) => ((uint)arch).ToString("x8", CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="text"/> names the x32 table, which has no audit arch of its own.</summary>
    public static bool IsX32(string text) => text.Equals(SyscallTable.X32.Name, StringComparison.OrdinalIgnoreCase);
}
