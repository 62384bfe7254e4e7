using System.Text;

namespace SyscallTables.Tests;

/// <summary>
/// Every generated syscall table, row for row against the kernel table in tables/ that it comes from (read by the
/// test itself): the per-table class and enum, and the <see cref="Syscalls"/> dispatcher under each audit arch the
/// table serves. One theory per check, over all tables alike.
/// </summary>
public sealed class SyscallTableTests
{
    public static TheoryData<string> Tables => [.. KernelSyscallTable.Every.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_row_resolves_from_number_to_its_kernel_name(string name)
    {
        KernelSyscallTable table = KernelSyscallTable.Named(name);
        Assert.NotEmpty(table.Rows);
        var mismatches = new List<string>();
        foreach (KernelSyscallRow row in table.Rows)
        {
            byte[] expectedUtf8 = Encoding.ASCII.GetBytes(row.Name);
            Expect(mismatches, row, "per-table GetName", row.Name, table.Class.GetName(row.Number));
            Expect(mismatches, row, "per-table GetNameUtf8", row.Name, Decode(table.Class.GetNameUtf8(row.Number)));
            foreach (AuditArch arch in table.AuditArches)
            {
                Expect(mismatches, row, $"Syscalls.GetName({arch})", row.Name, Syscalls.GetName(arch, row.Number));
                Expect(mismatches, row, $"Syscalls.GetNameUtf8({arch})", row.Name, Decode(Syscalls.GetNameUtf8(arch, row.Number).ToArray()));
                if (!Syscalls.GetNameUtf8(arch, row.Number).SequenceEqual(expectedUtf8))
                {
                    mismatches.Add($"{row.Number}: GetNameUtf8({arch}) bytes differ from ASCII '{row.Name}'");
                }
            }
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_row_resolves_from_kernel_name_to_its_number(string name)
    {
        KernelSyscallTable table = KernelSyscallTable.Named(name);
        var mismatches = new List<string>();
        foreach (KernelSyscallRow row in table.Rows)
        {
            byte[] utf8 = Encoding.ASCII.GetBytes(row.Name);
            Expect(mismatches, row, "per-table TryGetNumber(char)", (true, row.Number), table.Class.TryGetNumber(row.Name));
            Expect(mismatches, row, "per-table TryGetNumber(utf8)", (true, row.Number), table.Class.TryGetNumber(utf8));
            if (!table.NamesResolveThroughDispatcher)
            {
                continue;
            }

            foreach (AuditArch arch in table.AuditArches)
            {
                Expect(mismatches, row, $"Syscalls.TryGetNumber({arch}, char)", (true, row.Number), (Syscalls.TryGetNumber(arch, row.Name, out int n1), n1));
                Expect(mismatches, row, $"Syscalls.TryGetNumber({arch}, utf8)", (true, row.Number), (Syscalls.TryGetNumber(arch, utf8, out int n2), n2));
            }
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Count_numbers_and_bounds_match_the_table(string name)
    {
        KernelSyscallTable table = KernelSyscallTable.Named(name);
        int[] distinct = [.. table.Rows.Select(r => r.Number).Distinct().Order()];

        // One row per number within a table's ABIs: otherwise "the name of a number" would be ambiguous.
        Assert.Equal(table.Rows.Count, distinct.Length);
        Assert.Equal(distinct.Length, table.Class.Count);
        Assert.Equal(distinct, table.Class.Numbers());
        Assert.Equal(distinct[0], table.Class.MinNumber);
        Assert.Equal(distinct[^1], table.Class.MaxNumber);
    }

    [Fact]
    public void The_dispatchers_numbers_of_an_arch_are_its_tables_numbers_in_turn()
    {
        // x86_64's audit arch has x86_64's numbers, then x32's (which carry the syscall bit); every other arch one table's.
        foreach (AuditArch arch in Syscalls.SupportedArchs)
        {
            int[] expected = [.. KernelSyscallTable.Every.Where(t => t.AuditArches.Contains(arch)).SelectMany(t => t.Class.Numbers())];
            Assert.Equal(expected, Syscalls.GetNumbers(arch).ToArray());
        }
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void MaxNameLength_is_the_longest_name_the_lookups_accept(string name)
    {
        KernelSyscallTable table = KernelSyscallTable.Named(name);
        IEnumerable<string> accepted = AcceptedNames(table);

        Assert.Equal(accepted.Max(n => n.Length), table.Class.MaxNameLength);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Numbers_without_a_row_resolve_to_nothing(string name)
    {
        KernelSyscallTable table = KernelSyscallTable.Named(name);
        HashSet<int> known = [.. table.Rows.Select(r => r.Number)];
        HashSet<int> knownToArch = [.. KernelSyscallTable.Every.Where(t => t.Arch == table.Arch).SelectMany(t => t.Rows).Select(r => r.Number)];
        int min = known.Min();
        int max = known.Max();
        // 0x40000000 | (max + 100): beyond x32's numbers too, which the x86_64 audit arch also resolves.
        List<int> unknown = [int.MinValue, -1, max + 1, max + 100, 0x40000000 | (max + 100), int.MaxValue];
        unknown.AddRange(Enumerable.Range(min, max - min).Where(n => !known.Contains(n)));

        var mismatches = new List<string>();
        foreach (int number in unknown)
        {
            if (table.Class.GetName(number) is { } n1) mismatches.Add($"{number}: per-table GetName gave {n1}");
            if (table.Class.GetAuditName(number) is { } n2) mismatches.Add($"{number}: per-table GetAuditName gave {n2}");
            if (table.Class.GetNameUtf8(number).Length != 0) mismatches.Add($"{number}: per-table GetNameUtf8 not empty");
            if (knownToArch.Contains(number))
            {
                continue;
            }

            foreach (AuditArch arch in table.AuditArches)
            {
                if (Syscalls.GetName(arch, number) is { } n3) mismatches.Add($"{number}: GetName({arch}) gave {n3}");
                if (Syscalls.GetAuditName(arch, number) is { } n4) mismatches.Add($"{number}: GetAuditName({arch}) gave {n4}");
                if (!Syscalls.GetNameUtf8(arch, number).IsEmpty) mismatches.Add($"{number}: GetNameUtf8({arch}) not empty");
                if (!Syscalls.GetAuditNameUtf8(arch, number).IsEmpty) mismatches.Add($"{number}: GetAuditNameUtf8({arch}) not empty");
            }
        }

        Assert.Empty(mismatches);
        // Every table has gaps (x86_64 337..423, aarch64 244..259, i386 222/223, ...), so this is not vacuous.
        Assert.True(unknown.Count > 10, $"only {unknown.Count} unknown numbers tried");
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Names_outside_the_table_are_not_found(string name)
    {
        KernelSyscallTable table = KernelSyscallTable.Named(name);
        HashSet<string> accepted = [.. AcceptedNames(table)];
        HashSet<string> acceptedByArch = [.. KernelSyscallTable.Every.Where(t => t.Arch == table.Arch).SelectMany(AcceptedNames)];
        string someName = table.Rows[0].Name;

        // Names of the other ABIs in the same file (x32, the generic table's 32-bit and arch-specific rows) and of
        // the other tables, plus malformed spellings of a real name.
        var candidates = new List<string>(table.OtherAbiRows.Select(r => r.Name));
        candidates.AddRange(KernelSyscallTable.Every.SelectMany(t => t.Rows).Select(r => r.Name));
        candidates.AddRange(["", " ", "nosuchsyscall", someName.ToUpperInvariant(), someName + " ", " " + someName,
            someName + "\0", someName[..^1], new string('a', table.Class.MaxNameLength + 1)]);

        var mismatches = new List<string>();
        foreach (string candidate in candidates.Where(c => !accepted.Contains(c)).Distinct())
        {
            if (table.Class.TryGetNumber(candidate) is (true, int n1)) mismatches.Add($"'{candidate}' per-table (char) gave {n1}");
            if (table.Class.TryGetNumber(Encoding.UTF8.GetBytes(candidate)) is (true, int n2)) mismatches.Add($"'{candidate}' per-table (utf8) gave {n2}");
            if (acceptedByArch.Contains(candidate))
            {
                continue;
            }

            foreach (AuditArch arch in table.AuditArches)
            {
                if (Syscalls.TryGetNumber(arch, candidate, out int n3) || n3 != -1) mismatches.Add($"'{candidate}' ({arch}, char) gave {n3}");
                if (Syscalls.TryGetNumber(arch, Encoding.UTF8.GetBytes(candidate), out int n4) || n4 != -1) mismatches.Add($"'{candidate}' ({arch}, utf8) gave {n4}");
            }
        }

        // A real name followed by a non-ASCII byte, and the name's bytes with the high bit set.
        byte[] nonAscii = [.. Encoding.ASCII.GetBytes(someName), 0xC3, 0xA9];
        byte[] highBit = [.. Encoding.ASCII.GetBytes(someName).Select(b => (byte)(b | 0x80))];
        foreach (byte[] utf8 in new[] { nonAscii, highBit })
        {
            if (table.Class.TryGetNumber(utf8) is (true, int n5)) mismatches.Add($"{Convert.ToHexString(utf8)} per-table (utf8) gave {n5}");
            foreach (AuditArch arch in table.AuditArches)
            {
                if (Syscalls.TryGetNumber(arch, utf8, out int n6)) mismatches.Add($"{Convert.ToHexString(utf8)} ({arch}, utf8) gave {n6}");
            }
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Enum_members_are_the_rows(string name)
    {
        KernelSyscallTable table = KernelSyscallTable.Named(name);
        string[] expected = [.. table.Rows.Select(r => $"{r.Name}={r.Number}").Order(StringComparer.Ordinal)];
        string[] actual = [.. table.Class.EnumMembers().Select(m => $"{m.Name}={m.Value}").Order(StringComparer.Ordinal)];

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_generated_table_class_is_checked_here()
    {
        string[] generated = [.. typeof(Syscalls).Assembly.GetExportedTypes()
            .Where(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("Syscalls", StringComparison.Ordinal) && t != typeof(Syscalls)
                && t.IsDefined(typeof(System.CodeDom.Compiler.GeneratedCodeAttribute), inherit: false))
            .Select(t => t.Name).Order(StringComparer.Ordinal)];

        Assert.Equal(generated, KernelSyscallTable.Every.Select(t => t.Class.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void X32_numbers_carry_the_syscall_bit_under_the_x86_64_audit_arch()
    {
        // x32's read is the x86_64 table's row 0 of abi common, numbered with __X32_SYSCALL_BIT; its own rows start at 512.
        IReadOnlyList<KernelSyscallRow> rows = KernelSyscallTable.Named("x32").Rows;
        Assert.All(rows, row => Assert.Equal(0x40000000, row.Number & 0x40000000));
        KernelSyscallRow own = rows.First(r => r.Number > 0x40000000 + 511);
        Assert.Equal(own.Name, Syscalls.GetName(AuditArch.X86_64, own.Number));
        Assert.NotEqual(own.Name, Syscalls.GetName(AuditArch.X86_64, own.Number & ~0x40000000));
    }

    [Fact]
    public void The_dispatcher_knows_exactly_the_arches_with_kernel_tables()
    {
        AuditArch[] tabled = [.. KernelSyscallTable.Every.SelectMany(t => t.AuditArches).Distinct()];
        Assert.Equal(18, tabled.Length);
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

        // 32-bit riscv and loongarch are ABIs of the generic table the kernel builds too, but no table here serves them.
        Assert.False(Syscalls.IsSupported(AuditArch.Riscv32));
        Assert.False(Syscalls.IsSupported(AuditArch.Loongarch32));
        Assert.False(Syscalls.IsSupported((AuditArch)0));
        Assert.Null(Syscalls.GetName((AuditArch)0, 0));
    }

    // The kernel's names and, where audit-userspace names a row differently (audit-names.txt), its name too.
    private static IEnumerable<string> AcceptedNames(KernelSyscallTable table) =>
        table.Rows.Select(r => r.Name).Concat(AuditNameRow.All.Where(a => a.Arch == table.AusyscallArchName).Select(a => a.AuditName));

    private static void Expect<T>(List<string> mismatches, KernelSyscallRow row, string what, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            mismatches.Add($"{row.Number} {row.Name}: {what} gave {actual}, expected {expected}");
        }
    }

    private static string Decode(byte[] utf8) => Encoding.UTF8.GetString(utf8);
}
