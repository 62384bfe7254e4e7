namespace SyscallTables.Tests;

/// <summary>audit-userspace's names (tables/audit-names.txt) next to the kernel's.</summary>
public sealed class AuditNameTests
{
    [Fact]
    public void Every_audit_name_row_resolves_both_ways()
    {
        Assert.NotEmpty(AuditNameRow.All);
        var mismatches = new List<string>();
        foreach (AuditNameRow row in AuditNameRow.All)
        {
            AuditArch arch = ArchOf(row.Arch);
            string at = $"{row.Arch} {row.Number}";
            if (Syscalls.GetAuditName(arch, row.Number) != row.AuditName) mismatches.Add($"{at}: GetAuditName gave {Syscalls.GetAuditName(arch, row.Number)}");
            if (KernelSyscallTable.For(arch).Class.GetAuditName(row.Number) != row.AuditName) mismatches.Add($"{at}: per-arch GetAuditName gave {KernelSyscallTable.For(arch).Class.GetAuditName(row.Number)}");
            if (!Syscalls.GetAuditNameUtf8(arch, row.Number).SequenceEqual(System.Text.Encoding.ASCII.GetBytes(row.AuditName))) mismatches.Add($"{at}: GetAuditNameUtf8 differs");
            if (!KernelSyscallTable.For(arch).Class.GetAuditNameUtf8(row.Number).AsSpan().SequenceEqual(System.Text.Encoding.ASCII.GetBytes(row.AuditName))) mismatches.Add($"{at}: per-arch GetAuditNameUtf8 differs");

            // The kernel name stays the canonical one, and both names find the number.
            if (Syscalls.GetName(arch, row.Number) != row.KernelName) mismatches.Add($"{at}: GetName gave {Syscalls.GetName(arch, row.Number)}, file says kernel name {row.KernelName}");
            if (!Syscalls.TryGetNumber(arch, row.AuditName, out int n1) || n1 != row.Number) mismatches.Add($"{at}: TryGetNumber({row.AuditName}) gave {n1}");
            if (!Syscalls.TryGetNumber(arch, System.Text.Encoding.ASCII.GetBytes(row.AuditName), out int n2) || n2 != row.Number) mismatches.Add($"{at}: TryGetNumber(utf8 {row.AuditName}) gave {n2}");
            if (!Syscalls.TryGetNumber(arch, row.KernelName, out int n3) || n3 != row.Number) mismatches.Add($"{at}: TryGetNumber({row.KernelName}) gave {n3}");
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData(AuditArch.X86_64)]
    [InlineData(AuditArch.I386)]
    [InlineData(AuditArch.Aarch64)]
    public void Other_numbers_have_the_kernel_name_as_audit_name(AuditArch arch)
    {
        KernelSyscallTable table = KernelSyscallTable.For(arch);
        HashSet<int> renamed = [.. AuditNameRow.All.Where(r => r.Arch == table.AusyscallArchName).Select(r => r.Number)];
        var mismatches = new List<string>();

        // Every number of the range and around it, known or not: unknown ones must be null on both sides.
        for (int number = -2; number <= table.Rows.Max(r => r.Number) + 2; number++)
        {
            if (renamed.Contains(number))
            {
                continue;
            }

            if (Syscalls.GetAuditName(arch, number) != Syscalls.GetName(arch, number)) mismatches.Add($"{number}: audit {Syscalls.GetAuditName(arch, number)} vs kernel {Syscalls.GetName(arch, number)}");
            if (!Syscalls.GetAuditNameUtf8(arch, number).SequenceEqual(Syscalls.GetNameUtf8(arch, number))) mismatches.Add($"{number}: UTF-8 audit name differs from kernel name");
        }

        Assert.Empty(mismatches);
    }

    // ausyscall's arch names are audit.h's (arm, ppc64, s390x, ...).
    internal static AuditArch ArchOf(string ausyscallArchName)
        => AuditArchs.TryGetByName(ausyscallArchName, out AuditArch arch) ? arch : throw new ArgumentException($"'{ausyscallArchName}' is no audit.h arch name");
}
