using System.Collections.Immutable;
using SyscallTables.Generators.Tests.Harness;

namespace SyscallTables.Generators.Tests;

/// <summary>
/// The generated sources for small fixture tables, compared with Snapshots/ and compiled; what the compiled lookups
/// answer is checked against what the fixture tables say, so a snapshot cannot enshrine a wrong answer unnoticed.
/// </summary>
public sealed class SnapshotTests
{
    [Fact]
    public void Every_input_kind()
    {
        const string probe = """
            using System;
            using System.Text;
            using SyscallTables;
            public static class Probe
            {
                public static string Run()
                {
                    X86_64Syscalls.TryGetNumber("pread", out int auditNamed);
                    X86_64Syscalls.TryGetNumber("pread64", out int kernelNamed);
                    X86_64Syscalls.TryGetNumber("pread"u8, out int utf8AuditNamed);
                    bool x32Row = X86_64Syscalls.TryGetNumber("rt_sigreturn", out _);
                    Errnos.TryGetNumber("EWOULDBLOCK", out int wouldBlock);
                    return string.Join("|",
                        X86_64Syscalls.Count, X86_64Syscalls.GetName(13), X86_64Syscalls.GetName(512) ?? "none", x32Row,
                        X86_64Syscalls.GetAuditName(17), X86_64Syscalls.GetName(17), auditNamed, kernelNamed, utf8AuditNamed,
                        Encoding.UTF8.GetString(X86_64Syscalls.GetAuditNameUtf8(18)), X86_64Syscalls.GetAuditName(60),
                        (int)I386Syscall.@break, (int)I386Syscall.@lock, I386Syscalls.GetName(31), I386Syscalls.GetAuditName(180),
                        (int)Errno.EWOULDBLOCK, (int)Errno.EDEADLOCK, wouldBlock, Errnos.GetName(11), Errnos.GetMessage(35), Errnos.GetMessage(95),
                        Errnos.Count, Errnos.MaxNumber,
                        ((uint)AuditArch.X86_64).ToString("X8"), ((uint)AuditArch.I386).ToString("X8"), ((uint)AuditArch.Aarch64).ToString("X8"),
                        ((uint)AuditArch.Nds32).ToString("X8"), AuditArchs.GetName(AuditArch.X86_64),
                        Syscalls.GetName(AuditArch.I386, 17), Syscalls.GetAuditName(AuditArch.X86_64, 17), Syscalls.IsSupported(AuditArch.Mips));
                }
            }
            """;
        var host = new GeneratorHost(FixtureTables.All, probe);
        var run = host.Run();

        Assert.Null(run.Exception);
        Assert.Empty(run.Diagnostics);
        Assert.Equal(
            "6|rt_sigaction|none|False|pread|pread64|17|17|17|pwrite|exit|17|53|stty|pread|11|35|11|EAGAIN|Resource deadlock avoided|Comment only, no message row|6|95"
            + "|C000003E|40000003|C00000B7|400000A7|x86_64|break|pread|False",
            host.Invoke("Probe", "Run"));
        Snapshot.Verify(run);
    }

    [Fact]
    public void Several_files_for_one_arch()
    {
        const string probe = """
            using SyscallTables;
            public static class Probe
            {
                public static string Run() => string.Join("|", X86_64Syscalls.Count, X86_64Syscalls.GetName(0), X86_64Syscalls.GetName(464), X86_64Syscalls.MaxNumber, (int)X86_64Syscall.setxattrat);
            }
            """;
        var host = new GeneratorHost(
            [
                FixtureTables.X86_64Table(),
                TableInput.SyscallTable(FixtureTables.X86_64AdditionsPath, FixtureTables.X86_64Additions, "X86_64", "common 64"),
            ],
            probe);
        var run = host.Run();

        Assert.Empty(run.Diagnostics);
        Assert.Equal(["Syscalls.X86_64.g.cs"], run.GeneratedSources.Select(s => s.HintName));
        Assert.Equal("8|read|getxattrat|464|463", host.Invoke("Probe", "Run"));
        Snapshot.Verify(run);
    }

    [Fact]
    public void Search_name_lookup()
    {
        // NameLookup="Search": the same answers as the switches, from a sorted name index. Every name of the fixture
        // (kernel and audit-userspace) both as chars and as UTF-8, then misses of each kind: a prefix, a longer name,
        // a case change, a name only x32 has, names sorting before and after all others, non-ASCII, and empty.
        const string probe = """
            using System.Text;
            using SyscallTables;
            public static class Probe
            {
                public static string Hits() => Look("read write rt_sigaction pread64 pread pwrite64 pwrite exit".Split(' '));

                public static string Misses() => Look(["rea", "read64", "Read", "rt_sigreturn", "a", "zzz", "r\u00e9ad", "exit\u0100", ""]);

                private static string Look(string[] names)
                {
                    var sb = new StringBuilder();
                    foreach (string name in names)
                    {
                        bool found = X86_64Syscalls.TryGetNumber(name, out int number);
                        bool foundUtf8 = X86_64Syscalls.TryGetNumber(Encoding.UTF8.GetBytes(name), out int numberUtf8);
                        sb.Append(found).Append(':').Append(number).Append('/').Append(foundUtf8).Append(':').Append(numberUtf8).Append(' ');
                    }

                    return sb.ToString().TrimEnd();
                }
            }
            """;
        TableInput[] inputs = [TableInput.SyscallTable(FixtureTables.X86_64Path, FixtureTables.X86_64, "X86_64", "common 64", nameLookup: "Search"), .. FixtureTables.All.Skip(1)];
        var host = new GeneratorHost(inputs, probe);
        var run = host.Run();

        Assert.Null(run.Exception);
        Assert.Empty(run.Diagnostics);
        Assert.DoesNotContain("NumberOfLength", run.GeneratedSources.Single(s => s.HintName == "Syscalls.X86_64.g.cs").SourceText.ToString(), StringComparison.Ordinal);

        // From the fixture table and audit names: read 0, write 1, rt_sigaction 13 (not the x32 row 512),
        // pread64 and pread 17, pwrite64 and pwrite 18, exit 60.
        int[] expected = [0, 1, 13, 17, 17, 18, 18, 60];
        Assert.Equal(string.Join(" ", expected.Select(n => $"True:{n}/True:{n}")), host.Invoke("Probe", "Hits"));
        Assert.Equal(string.Join(" ", Enumerable.Repeat("False:-1/False:-1", 9)), host.Invoke("Probe", "Misses"));
        Snapshot.Verify(run, only: ["Syscalls.I386.g.cs", "Syscalls.X86_64.g.cs"]);
    }

    [Fact]
    public void One_table_for_both_byte_orders_and_errno_numbers_per_arch()
    {
        // A table's AuditArch may list members (mips and mipsel share the o32 numbers); an ErrnoHeader with Arch metadata
        // renumbers the generic errnos by name for those arches only (mips: EDEADLK 45, EDEADLOCK its own 56).
        const string probe = """
            using SyscallTables;
            public static class Probe
            {
                public static string Run()
                {
                    Errnos.TryGetNumber(AuditArch.Mipsel, "EDEADLK", out int mipsDeadlk);
                    Errnos.TryGetNumber(AuditArch.Mips, "EWOULDBLOCK", out int mipsWouldBlock);
                    return string.Join("|",
                        Syscalls.GetName(AuditArch.Mips, 4003), Syscalls.GetName(AuditArch.Mipsel, 4003), Syscalls.IsSupported(AuditArch.Mipsel),
                        Errnos.GetName(AuditArch.Mips, 45), Errnos.GetName(AuditArch.X86_64, 45) ?? "none", Errnos.GetName(45) ?? "none",
                        Errnos.GetName(AuditArch.Mipsel, 56), Errnos.GetMessage(AuditArch.Mips, 45), mipsDeadlk, mipsWouldBlock,
                        Errnos.GetName(AuditArch.Mips, 35) ?? "none", Errnos.GetName(AuditArch.X86_64, 35));
                }
            }
            """;
        var host = new GeneratorHost(
            [
                TableInput.SyscallTable(FixtureTables.MipsPath, FixtureTables.Mips, "Mips", "o32", auditArch: "Mips Mipsel", numberOffset: "4000"),
                FixtureTables.AuditHeader,
                FixtureTables.ElfEmHeader,
                TableInput.AuditHeader("/fixtures/audit/audit-mipsel.h", "#define AUDIT_ARCH_MIPSEL\t(EM_MIPS|__AUDIT_ARCH_LE)\n"),
                .. FixtureTables.ErrnoInputs,
                TableInput.ErrnoHeader("/fixtures/errno/mips/asm-errno.h", "#define\tEDEADLK\t\t45\t/* Resource deadlock would occur */\n#define\tEDEADLOCK\t56\t/* File locking deadlock error */\n")
                    with { Metadata = ImmutableDictionary<string, string>.Empty.Add("SyscallTablesKind", "ErrnoHeader").Add("SyscallArch", "Mips Mipsel") },
            ],
            probe);
        var run = host.Run();

        Assert.Empty(run.Diagnostics);
        Assert.Equal("read|read|True|EDEADLK|none|none|EDEADLOCK|Resource deadlock avoided|45|11|none|EDEADLK", host.Invoke("Probe", "Run"));
        Snapshot.Verify(run);
    }

    [Fact]
    public void Number_offset_and_syscall_bit()
    {
        // x32 shares AUDIT_ARCH_X86_64 with x86_64 and is told apart by bit 30 of the number; mips o32 starts at 4000.
        const string probe = """
            using SyscallTables;
            public static class Probe
            {
                public static string Run()
                {
                    Syscalls.TryGetNumber(AuditArch.X86_64, "read", out int read);
                    Syscalls.TryGetNumber(AuditArch.X86_64, "rt_sigreturn", out int x32Only);
                    Syscalls.TryGetNumber(AuditArch.Mips, "read"u8, out int mipsRead);
                    return string.Join("|",
                        Syscalls.GetName(AuditArch.X86_64, 13), Syscalls.GetName(AuditArch.X86_64, 0x40000000 | 512), Syscalls.GetName(AuditArch.X86_64, 0x40000000) ,
                        Syscalls.GetName(AuditArch.X86_64, 512) ?? "none", read, x32Only.ToString("X"), X32Syscalls.MinNumber.ToString("X"),
                        Syscalls.GetName(AuditArch.Mips, 4003), mipsRead, MipsSyscalls.MinNumber, MipsSyscalls.GetName(3) ?? "none",
                        Syscalls.IsSupported(AuditArch.I386), Syscalls.SupportedArchs.Length,
                        Covers(Syscalls.GetNumbers(AuditArch.X86_64), X86_64Syscalls.Count + X32Syscalls.Count, X86_64Syscalls.MinNumber, X32Syscalls.MaxNumber),
                        Covers(Syscalls.GetNumbers(AuditArch.Mips), MipsSyscalls.Count, MipsSyscalls.MinNumber, MipsSyscalls.MaxNumber),
                        Syscalls.GetNumbers(AuditArch.I386).Length);
                }

                // The union of a shared audit arch's tables: every number once, ascending, from the lowest to the highest.
                private static bool Covers(System.ReadOnlySpan<int> numbers, int count, int min, int max)
                {
                    for (int i = 1; i < numbers.Length; i++)
                    {
                        if (numbers[i] <= numbers[i - 1])
                        {
                            return false;
                        }
                    }

                    return numbers.Length == count && numbers[0] == min && numbers[numbers.Length - 1] == max;
                }
            }
            """;
        var host = new GeneratorHost(
            [
                FixtureTables.X86_64Table(),
                TableInput.SyscallTable("/fixtures/x86_64/syscall_x32.tbl", FixtureTables.X86_64, "X32", "common x32", auditArch: "X86_64", syscallBit: "0x40000000"),
                TableInput.SyscallTable(FixtureTables.MipsPath, FixtureTables.Mips, "Mips", "o32", numberOffset: "4000"),
                FixtureTables.AuditHeader,
                FixtureTables.ElfEmHeader,
            ],
            probe);
        var run = host.Run();

        Assert.Empty(run.Diagnostics);
        Assert.Equal("rt_sigaction|rt_sigaction|read|none|0|40000201|40000000|read|4003|4000|none|False|2|True|True|0", host.Invoke("Probe", "Run"));

        // The table named like the audit arch is asked first, the one that shares it after.
        string dispatcher = run.GeneratedSources.Single(s => s.HintName == "Syscalls.g.cs").SourceText.ToString();
        Assert.Contains("AuditArch.X86_64 => X86_64Syscalls.GetName(number) ?? X32Syscalls.GetName(number),", dispatcher, StringComparison.Ordinal);
        Assert.Contains("return X86_64Syscalls.TryGetNumber(name, out number) || X32Syscalls.TryGetNumber(name, out number);", dispatcher, StringComparison.Ordinal);
        Snapshot.Verify(run, only: ["Syscalls.Mips.g.cs", "Syscalls.X32.g.cs", "Syscalls.X86_64.g.cs", "Syscalls.g.cs"]);
    }

    [Fact]
    public void SyscallTablesNamespace_wins_over_RootNamespace()
    {
        var host = new GeneratorHost([FixtureTables.X86_64Table()], "public static class Probe { public static string Run() => Contoso.Kernel.X86_64Syscalls.GetName(1)!; }", rootNamespace: "Contoso.App", syscallTablesNamespace: "Contoso.Kernel");
        host.Run();

        Assert.Equal("write", host.Invoke("Probe", "Run"));
    }

    [Fact]
    public void RootNamespace_is_used_without_SyscallTablesNamespace()
    {
        var host = new GeneratorHost([FixtureTables.X86_64Table()], "public static class Probe { public static string Run() => Contoso.App.X86_64Syscalls.GetName(1)!; }", rootNamespace: "Contoso.App");
        host.Run();

        Assert.Equal("write", host.Invoke("Probe", "Run"));
    }
}
