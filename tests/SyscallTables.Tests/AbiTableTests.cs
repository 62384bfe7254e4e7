using System.Globalization;

namespace SyscallTables.Tests;

/// <summary>
/// The ABIs beyond x86_64, i386 and aarch64 (issue 6): each generated table, row for row against the kernel table in
/// tables/ that it comes from, read here with the ABI list, number offset and syscall bit of tables/README.md.
/// </summary>
public sealed class AbiTableTests
{
    /// <summary>One ABI: its kernel files and ABI values, how the kernel numbers it, and what the library offers for it.</summary>
    public sealed record Abi(
        string Name,
        string[] Files,
        string[] Abis,
        int Offset,
        int Bit,
        AuditArch[] AuditArches,
        Func<int, string?> GetName,
        Func<string, (bool, int)> TryGetNumber,
        Func<int[]> Numbers)
    {
        public override string ToString() => Name;
    }

    private static readonly Abi[] s_abis =
    [
        new("riscv64", ["generic/syscall.tbl", "generic/syscall.post-6.12.tbl"], ["common", "64", "riscv", "rlimit", "memfd_secret"], 0, 0, [AuditArch.Riscv64],
            Riscv64Syscalls.GetName, n => (Riscv64Syscalls.TryGetNumber(n, out int v), v), () => Riscv64Syscalls.Numbers.ToArray()),
        new("loongarch64", ["generic/syscall.tbl", "generic/syscall.post-6.12.tbl"], ["common", "64"], 0, 0, [AuditArch.Loongarch64],
            Loongarch64Syscalls.GetName, n => (Loongarch64Syscalls.TryGetNumber(n, out int v), v), () => Loongarch64Syscalls.Numbers.ToArray()),
        new("x32", ["x86_64/syscall_64.tbl", "x86_64/syscall_64.post-6.12.tbl"], ["common", "x32"], 0, 0x40000000, [AuditArch.X86_64],
            X32Syscalls.GetName, n => (X32Syscalls.TryGetNumber(n, out int v), v), () => X32Syscalls.Numbers.ToArray()),
        new("arm", ["arm/syscall.tbl", "arm/syscall.post-6.12.tbl"], ["common"], 0, 0, [AuditArch.Arm, AuditArch.Armeb],
            ArmSyscalls.GetName, n => (ArmSyscalls.TryGetNumber(n, out int v), v), () => ArmSyscalls.Numbers.ToArray()),
        new("ppc", ["powerpc/syscall.tbl", "powerpc/syscall.post-6.12.tbl"], ["common", "nospu", "32"], 0, 0, [AuditArch.Ppc],
            PpcSyscalls.GetName, n => (PpcSyscalls.TryGetNumber(n, out int v), v), () => PpcSyscalls.Numbers.ToArray()),
        new("ppc64", ["powerpc/syscall.tbl", "powerpc/syscall.post-6.12.tbl"], ["common", "nospu", "64"], 0, 0, [AuditArch.Ppc64, AuditArch.Ppc64le],
            Ppc64Syscalls.GetName, n => (Ppc64Syscalls.TryGetNumber(n, out int v), v), () => Ppc64Syscalls.Numbers.ToArray()),
        new("s390", ["s390/syscall.tbl", "s390/syscall.post-6.12.tbl"], ["common", "32"], 0, 0, [AuditArch.S390],
            S390Syscalls.GetName, n => (S390Syscalls.TryGetNumber(n, out int v), v), () => S390Syscalls.Numbers.ToArray()),
        new("s390x", ["s390/syscall.tbl", "s390/syscall.post-6.12.tbl"], ["common", "64"], 0, 0, [AuditArch.S390x],
            S390xSyscalls.GetName, n => (S390xSyscalls.TryGetNumber(n, out int v), v), () => S390xSyscalls.Numbers.ToArray()),
        new("mips o32", ["mips/syscall_o32.tbl", "mips/syscall_o32.post-6.12.tbl"], ["o32"], 4000, 0, [AuditArch.Mips, AuditArch.Mipsel],
            MipsO32Syscalls.GetName, n => (MipsO32Syscalls.TryGetNumber(n, out int v), v), () => MipsO32Syscalls.Numbers.ToArray()),
        new("mips n64", ["mips/syscall_n64.tbl", "mips/syscall_n64.post-6.12.tbl"], ["common", "n64"], 5000, 0, [AuditArch.Mips64, AuditArch.Mipsel64],
            MipsN64Syscalls.GetName, n => (MipsN64Syscalls.TryGetNumber(n, out int v), v), () => MipsN64Syscalls.Numbers.ToArray()),
        new("mips n32", ["mips/syscall_n32.tbl", "mips/syscall_n32.post-6.12.tbl"], ["n32"], 6000, 0, [AuditArch.Mips64n32, AuditArch.Mipsel64n32],
            MipsN32Syscalls.GetName, n => (MipsN32Syscalls.TryGetNumber(n, out int v), v), () => MipsN32Syscalls.Numbers.ToArray()),
    ];

    public static TheoryData<string> AbiNames => [.. s_abis.Select(a => a.Name)];

    [Theory]
    [MemberData(nameof(AbiNames))]
    public void Generated_table_equals_the_kernel_table_row_for_row(string name)
    {
        Abi abi = s_abis.Single(a => a.Name == name);
        List<(int Number, string Name)> rows = KernelRows(abi);
        Assert.NotEmpty(rows);
        var mismatches = new List<string>();
        foreach ((int number, string kernelName) in rows)
        {
            if (abi.GetName(number) != kernelName)
            {
                mismatches.Add($"{number}: per-arch GetName gives '{abi.GetName(number)}', the kernel '{kernelName}'");
            }

            if (abi.TryGetNumber(kernelName) != (true, number))
            {
                mismatches.Add($"{kernelName}: per-arch TryGetNumber gives {abi.TryGetNumber(kernelName)}, the kernel {number}");
            }

            foreach (AuditArch arch in abi.AuditArches)
            {
                if (Syscalls.GetName(arch, number) != kernelName)
                {
                    mismatches.Add($"{number}: Syscalls.GetName({arch}) gives '{Syscalls.GetName(arch, number)}', the kernel '{kernelName}'");
                }
            }
        }

        Assert.Empty(mismatches);
        // Nothing more than the kernel's rows: the numbers are exactly the kernel's, ascending.
        Assert.Equal(rows.Select(r => r.Number).Order(), abi.Numbers());
    }

    [Fact]
    public void Tables_of_an_arch_serve_both_byte_orders_and_only_those()
    {
        foreach (Abi abi in s_abis)
        {
            foreach (AuditArch arch in abi.AuditArches)
            {
                Assert.True(Syscalls.IsSupported(arch), $"{abi.Name}: {arch}");
            }
        }

        // 32-bit riscv and loongarch are ABIs of the generic table the kernel builds too, but no table here serves them.
        Assert.False(Syscalls.IsSupported(AuditArch.Riscv32));
        Assert.False(Syscalls.IsSupported(AuditArch.Loongarch32));
    }

    [Fact]
    public void X32_numbers_carry_the_syscall_bit_under_the_x86_64_audit_arch()
    {
        // x32's read is the x86_64 table's row 0 of abi common, numbered with __X32_SYSCALL_BIT; its own rows start at 512.
        List<(int Number, string Name)> rows = KernelRows(s_abis.Single(a => a.Name == "x32"));
        Assert.All(rows, row => Assert.Equal(0x40000000, row.Number & 0x40000000));
        (int number, string name) = rows.First(r => r.Number > 0x40000000 + 511);
        Assert.Equal(name, Syscalls.GetName(AuditArch.X86_64, number));
        Assert.NotEqual(name, Syscalls.GetName(AuditArch.X86_64, number & ~0x40000000));
    }

    [Fact]
    public void The_x86_64_audit_arch_numbers_are_x86_64s_then_x32s()
    {
        int[] expected = [.. X86_64Syscalls.Numbers.ToArray(), .. X32Syscalls.Numbers.ToArray()];
        Assert.Equal(expected, Syscalls.GetNumbers(AuditArch.X86_64).ToArray());
    }

    private static List<(int Number, string Name)> KernelRows(Abi abi)
    {
        var rows = new List<(int, string)>();
        foreach (string file in abi.Files)
        {
            foreach (string line in File.ReadLines(RepositoryLayout.Table(file)))
            {
                string[] fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length >= 3 && !fields[0].StartsWith('#') && abi.Abis.Contains(fields[1]))
                {
                    rows.Add(((int.Parse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture) + abi.Offset) | abi.Bit, fields[2]));
                }
            }
        }

        return rows;
    }
}
