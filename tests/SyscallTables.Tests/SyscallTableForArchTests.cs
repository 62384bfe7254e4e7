namespace SyscallTables.Tests;

/// <summary><see cref="SyscallTable"/>: one table per arch with a table, x32 apart from x86_64.</summary>
public sealed class SyscallTableForArchTests
{
    [Theory]
    [InlineData(AuditArch.X86_64)]
    [InlineData(AuditArch.I386)]
    [InlineData(AuditArch.Aarch64)]
    public void A_table_answers_as_the_kernel_table_of_its_arch(AuditArch arch)
    {
        SyscallTable table = SyscallTable.ForArch(arch)!;
        KernelSyscallTable kernel = KernelSyscallTable.For(arch);

        Assert.Equal(arch, table.Arch);
        Assert.False(table.IsX32);
        Assert.Equal(kernel.AusyscallArchName, table.Name);
        Assert.Equal([.. kernel.Rows.Select(r => r.Number).Order()], table.Numbers.ToArray());
        foreach (KernelSyscallRow row in kernel.Rows)
        {
            Assert.Equal(row.Name, table.GetName(row.Number));
            Assert.True(table.TryGetNumber(row.Name, out int number));
            Assert.Equal(row.Number, number);
        }
    }

    [Fact]
    public void Every_supported_arch_has_a_table_and_others_none()
    {
        foreach (AuditArch arch in AuditArchs.All)
        {
            SyscallTable? table = SyscallTable.ForArch(arch);
            Assert.Equal(Syscalls.IsSupported(arch), table is not null);
            if (table is not null)
            {
                // Syscalls.GetNumbers(X86_64) holds x32's numbers too; the x86_64 table is the 64-bit ABI alone.
                int[] expected = arch == AuditArch.X86_64 ? X86_64Syscalls.Numbers.ToArray() : Syscalls.GetNumbers(arch).ToArray();
                Assert.Equal(expected, table.Numbers.ToArray());
            }
        }

        Assert.Null(SyscallTable.ForArch(AuditArch.Sparc));
    }

    [Fact]
    public void X32_is_a_table_of_its_own_under_x86_64s_audit_arch()
    {
        SyscallTable x32 = SyscallTable.X32;
        SyscallTable x86_64 = SyscallTable.ForArch(AuditArch.X86_64)!;

        Assert.Equal("x32", x32.Name);
        Assert.Equal(AuditArch.X86_64, x32.Arch);
        Assert.True(x32.IsX32);
        Assert.True(x32.TryGetNumber("mkdir", out int mkdir));
        Assert.Equal(0x40000000 + 83, mkdir);
        Assert.Equal("mkdir", x32.GetName(mkdir));
        Assert.Null(x86_64.GetName(mkdir));
        Assert.Null(x32.GetName(83));
        Assert.All(x32.Numbers.ToArray(), n => Assert.True(n >= 0x40000000));
        Assert.All(x86_64.Numbers.ToArray(), n => Assert.True(n < 0x40000000));
    }

    [Fact]
    public void Kernel_and_audit_userspace_names_both_find_a_syscall()
    {
        SyscallTable table = SyscallTable.ForArch(AuditArch.X86_64)!;

        Assert.Equal("pread64", table.GetName(17));
        Assert.Equal("pread", table.GetAuditName(17));
        Assert.True(table.TryGetNumber("pread64", out int byKernelName));
        Assert.True(table.TryGetNumber("pread", out int byAuditName));
        Assert.Equal([17, 17], new[] { byKernelName, byAuditName });
        Assert.False(table.TryGetNumber("no_such_syscall", out _));
        Assert.Null(table.GetName(-1));
    }
}
