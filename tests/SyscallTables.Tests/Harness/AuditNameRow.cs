using System.Globalization;

namespace SyscallTables.Tests.Harness;

/// <summary>A row of tables/audit-names.txt: where audit-userspace's name for a syscall differs from the kernel's.</summary>
internal sealed record AuditNameRow(string Arch, int Number, string AuditName, string KernelName)
{
    public static IReadOnlyList<AuditNameRow> All { get; } = Load();

    private static List<AuditNameRow> Load()
    {
        var rows = new List<AuditNameRow>();
        foreach (string line in File.ReadLines(RepositoryLayout.Table("audit-names.txt")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] f = line.Split('\t');
            rows.Add(new AuditNameRow(f[0], int.Parse(f[1], NumberStyles.None, CultureInfo.InvariantCulture), f[2], f[3]));
        }

        return rows;
    }
}
