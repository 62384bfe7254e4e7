using System.Text;

namespace SyscallTables.Tests;

/// <summary>The syscall lookups, row for row against the kernel tables in tables/ (read by the test itself).</summary>
public sealed class SyscallTableTests
{
    [Theory]
    [InlineData(AuditArch.X86_64)]
    [InlineData(AuditArch.I386)]
    [InlineData(AuditArch.Aarch64)]
    public void Every_row_resolves_from_number_to_its_kernel_name(AuditArch arch)
    {
        var mismatches = new List<string>();
        foreach (KernelSyscallRow row in KernelSyscallTable.For(arch).Rows)
        {
            byte[] expectedUtf8 = Encoding.ASCII.GetBytes(row.Name);
            Expect(mismatches, row, "Syscalls.GetName", row.Name, Syscalls.GetName(arch, row.Number));
            Expect(mismatches, row, "per-arch GetName", row.Name, ArchSyscallClasses.GetName(arch, row.Number));
            Expect(mismatches, row, "Syscalls.GetNameUtf8", row.Name, Decode(Syscalls.GetNameUtf8(arch, row.Number)));
            Expect(mismatches, row, "per-arch GetNameUtf8", row.Name, Decode(ArchSyscallClasses.GetNameUtf8(arch, row.Number)));
            if (!Syscalls.GetNameUtf8(arch, row.Number).SequenceEqual(expectedUtf8))
            {
                mismatches.Add($"{row.Number}: GetNameUtf8 bytes differ from ASCII '{row.Name}'");
            }
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData(AuditArch.X86_64)]
    [InlineData(AuditArch.I386)]
    [InlineData(AuditArch.Aarch64)]
    public void Every_row_resolves_from_kernel_name_to_its_number(AuditArch arch)
    {
        var mismatches = new List<string>();
        foreach (KernelSyscallRow row in KernelSyscallTable.For(arch).Rows)
        {
            byte[] utf8 = Encoding.ASCII.GetBytes(row.Name);
            Expect(mismatches, row, "Syscalls.TryGetNumber(char)", (true, row.Number), (Syscalls.TryGetNumber(arch, row.Name, out int n1), n1));
            Expect(mismatches, row, "Syscalls.TryGetNumber(utf8)", (true, row.Number), (Syscalls.TryGetNumber(arch, utf8, out int n2), n2));
            Expect(mismatches, row, "per-arch TryGetNumber(char)", (true, row.Number), ArchSyscallClasses.TryGetNumber(arch, row.Name));
            Expect(mismatches, row, "per-arch TryGetNumber(utf8)", (true, row.Number), ArchSyscallClasses.TryGetNumberUtf8(arch, utf8));
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData(AuditArch.X86_64)]
    [InlineData(AuditArch.I386)]
    [InlineData(AuditArch.Aarch64)]
    public void Count_numbers_and_bounds_match_the_table(AuditArch arch)
    {
        IReadOnlyList<KernelSyscallRow> rows = KernelSyscallTable.For(arch).Rows;
        int[] distinct = [.. rows.Select(r => r.Number).Distinct().Order()];

        // One row per number within an arch's ABIs: otherwise "the name of a number" would be ambiguous.
        Assert.Equal(rows.Count, distinct.Length);
        Assert.Equal(distinct.Length, ArchSyscallClasses.Count(arch));
        Assert.Equal(distinct, ArchSyscallClasses.Numbers(arch));
        // x32 shares x86_64's audit arch: the dispatcher's numbers are both tables' (AbiTableTests checks x32's part).
        Assert.Equal(distinct, Syscalls.GetNumbers(arch).ToArray().Where(n => arch != AuditArch.X86_64 || n < 0x40000000));
        Assert.Equal(distinct[0], ArchSyscallClasses.MinNumber(arch));
        Assert.Equal(distinct[^1], ArchSyscallClasses.MaxNumber(arch));
    }

    [Theory]
    [InlineData(AuditArch.X86_64)]
    [InlineData(AuditArch.I386)]
    [InlineData(AuditArch.Aarch64)]
    public void MaxNameLength_is_the_longest_name_the_lookups_accept(AuditArch arch)
    {
        string table = KernelSyscallTable.For(arch).AusyscallArchName;
        IEnumerable<string> accepted = KernelSyscallTable.For(arch).Rows.Select(r => r.Name)
            .Concat(AuditNameRow.All.Where(a => a.Arch == table).Select(a => a.AuditName));

        Assert.Equal(accepted.Max(n => n.Length), ArchSyscallClasses.MaxNameLength(arch));
    }

    [Theory]
    [InlineData(AuditArch.X86_64)]
    [InlineData(AuditArch.I386)]
    [InlineData(AuditArch.Aarch64)]
    public void Numbers_without_a_row_resolve_to_nothing(AuditArch arch)
    {
        HashSet<int> known = [.. KernelSyscallTable.For(arch).Rows.Select(r => r.Number)];
        int max = known.Max();
        // 0x40000000 | (max + 100): beyond x32's numbers too, which the x86_64 audit arch also resolves.
        List<int> unknown = [int.MinValue, -1, max + 1, max + 100, 0x40000000 | (max + 100), int.MaxValue];
        unknown.AddRange(Enumerable.Range(0, max).Where(n => !known.Contains(n)));

        var mismatches = new List<string>();
        foreach (int number in unknown)
        {
            if (Syscalls.GetName(arch, number) is { } n1) mismatches.Add($"{number}: GetName gave {n1}");
            if (ArchSyscallClasses.GetName(arch, number) is { } n2) mismatches.Add($"{number}: per-arch GetName gave {n2}");
            if (Syscalls.GetAuditName(arch, number) is { } n3) mismatches.Add($"{number}: GetAuditName gave {n3}");
            if (!Syscalls.GetNameUtf8(arch, number).IsEmpty) mismatches.Add($"{number}: GetNameUtf8 not empty");
            if (!Syscalls.GetAuditNameUtf8(arch, number).IsEmpty) mismatches.Add($"{number}: GetAuditNameUtf8 not empty");
            if (ArchSyscallClasses.GetNameUtf8(arch, number).Length != 0) mismatches.Add($"{number}: per-arch GetNameUtf8 not empty");
        }

        Assert.Empty(mismatches);
        // The table has gaps on every arch (x86_64 337..423, aarch64 244..259, i386 222/223/...), so this is not vacuous.
        Assert.True(unknown.Count > 10, $"only {unknown.Count} unknown numbers tried");
    }

    [Theory]
    [InlineData(AuditArch.X86_64)]
    [InlineData(AuditArch.I386)]
    [InlineData(AuditArch.Aarch64)]
    public void Names_outside_the_arch_are_not_found(AuditArch arch)
    {
        KernelSyscallTable table = KernelSyscallTable.For(arch);
        HashSet<string> accepted = [.. table.Rows.Select(r => r.Name),
            .. AuditNameRow.All.Where(a => a.Arch == table.AusyscallArchName).Select(a => a.AuditName)];
        string someName = table.Rows[0].Name;

        // Names of the other ABIs in the same file (x32, the generic table's 32-bit and arch-specific rows) and of
        // the other arches' tables, plus malformed spellings of a real name.
        var candidates = new List<string>(table.OtherAbiRows.Select(r => r.Name));
        candidates.AddRange(KernelSyscallTable.All.SelectMany(t => t.Rows).Select(r => r.Name));
        candidates.AddRange(["", " ", "nosuchsyscall", someName.ToUpperInvariant(), someName + " ", " " + someName,
            someName + "\0", someName[..^1], new string('a', ArchSyscallClasses.MaxNameLength(arch) + 1)]);

        var mismatches = new List<string>();
        foreach (string name in candidates.Where(c => !accepted.Contains(c)).Distinct())
        {
            if (Syscalls.TryGetNumber(arch, name, out int n1) || n1 != -1) mismatches.Add($"'{name}' (char) gave {n1}");
            if (Syscalls.TryGetNumber(arch, Encoding.UTF8.GetBytes(name), out int n2) || n2 != -1) mismatches.Add($"'{name}' (utf8) gave {n2}");
            if (ArchSyscallClasses.TryGetNumber(arch, name) is (true, int n3)) mismatches.Add($"'{name}' per-arch (char) gave {n3}");
        }

        // A real name followed by a non-ASCII byte, and the name's bytes with the high bit set.
        byte[] nonAscii = [.. Encoding.ASCII.GetBytes(someName), 0xC3, 0xA9];
        byte[] highBit = [.. Encoding.ASCII.GetBytes(someName).Select(b => (byte)(b | 0x80))];
        foreach (byte[] utf8 in new[] { nonAscii, highBit })
        {
            if (Syscalls.TryGetNumber(arch, utf8, out int n4)) mismatches.Add($"{Convert.ToHexString(utf8)} (utf8) gave {n4}");
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData(AuditArch.X86_64)]
    [InlineData(AuditArch.I386)]
    [InlineData(AuditArch.Aarch64)]
    public void Enum_members_are_the_rows(AuditArch arch)
    {
        string[] expected = [.. KernelSyscallTable.For(arch).Rows.Select(r => $"{r.Name}={r.Number}").Order(StringComparer.Ordinal)];
        string[] actual = [.. ArchSyscallClasses.EnumMembers(arch).Select(m => $"{m.Name}={m.Value}").Order(StringComparer.Ordinal)];

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_dispatcher_knows_exactly_the_arches_with_kernel_tables()
    {
        AuditArch[] tabled =
        [
            AuditArch.Aarch64, AuditArch.Arm, AuditArch.Armeb, AuditArch.I386, AuditArch.Loongarch64, AuditArch.Mips, AuditArch.Mips64,
            AuditArch.Mips64n32, AuditArch.Mipsel, AuditArch.Mipsel64, AuditArch.Mipsel64n32, AuditArch.Ppc, AuditArch.Ppc64,
            AuditArch.Ppc64le, AuditArch.Riscv64, AuditArch.S390, AuditArch.S390x, AuditArch.X86_64,
        ];
        Assert.Equal(tabled.Order(), Syscalls.SupportedArchs.ToArray().Order());
        foreach (AuditArch arch in Enum.GetValues<AuditArch>())
        {
            bool hasTable = tabled.Contains(arch);
            Assert.Equal(hasTable, Syscalls.IsSupported(arch));
            if (!hasTable)
            {
                Assert.Null(Syscalls.GetName(arch, 0));
                Assert.Null(Syscalls.GetAuditName(arch, 0));
                Assert.True(Syscalls.GetNameUtf8(arch, 0).IsEmpty);
                Assert.False(Syscalls.TryGetNumber(arch, "read", out int n1));
                Assert.Equal(-1, n1);
                Assert.False(Syscalls.TryGetNumber(arch, "read"u8, out int n2));
                Assert.Equal(-1, n2);
            }
        }

        Assert.False(Syscalls.IsSupported((AuditArch)0));
        Assert.Null(Syscalls.GetName((AuditArch)0, 0));
    }

    private static void Expect<T>(List<string> mismatches, KernelSyscallRow row, string what, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            mismatches.Add($"{row.Number} {row.Name}: {what} gave {actual}, expected {expected}");
        }
    }

    private static string Decode(ReadOnlySpan<byte> utf8) => Encoding.UTF8.GetString(utf8);
}
