using System.Globalization;
using SyscallTables.Rules;

namespace SyscallTables.Tests.Rules;

/// <summary>
/// <see cref="AuditctlSyscalls"/>: which syscalls auditctl 3.0.9 names per arch, from the kernel's tables and against
/// the installed ausyscall (the same audit-userspace tables auditctl resolves <c>-S</c> with).
/// </summary>
public sealed class AuditctlSyscallsTests
{
    // The arches auditctl 3.0.9 has an -F arch= value and a syscall table for, with the name ausyscall takes.
    public static TheoryData<AuditArch> ArchesAuditctlKnows =>
        [AuditArch.X86_64, AuditArch.I386, AuditArch.Aarch64, AuditArch.Arm, AuditArch.Ppc, AuditArch.Ppc64, AuditArch.Ppc64le, AuditArch.S390, AuditArch.S390x];

    [Fact]
    public void Auditctl_knows_exactly_nine_of_the_supported_arches()
    {
        AuditArch[] known = [.. Syscalls.SupportedArchs.ToArray().Where(AuditctlSyscalls.KnowsArch)];

        Assert.Equal(ArchesAuditctlKnows.Select(row => row.Data).Order(), known.Order());
        Assert.Contains(AuditArch.Riscv64, Syscalls.SupportedArchs.ToArray());
        Assert.False(AuditctlSyscalls.KnowsArch(AuditArch.Riscv64));
    }

    [Theory]
    [MemberData(nameof(ArchesAuditctlKnows))]
    public void A_named_syscall_is_one_of_the_kernel_up_to_450_under_its_audit_name(AuditArch arch)
    {
        int named = 0;
        foreach (int number in Syscalls.GetNumbers(arch))
        {
            if (!AuditctlSyscalls.IsKnown(arch, number))
            {
                continue;
            }

            named++;
            Assert.InRange(number, 0, 450);
            string name = Syscalls.GetAuditName(arch, number)!;
            Assert.True(AuditctlSyscalls.TryGetNumber(arch, name, out int back, out AuditArch table) && back == number && table == arch,
                $"{AuditArchs.GetName(arch)} {name} ({number}) is named but does not resolve back");
        }

        // Every table holds at least 300 syscalls below 451, so a rule that names only a few would be wrong.
        Assert.True(named > 300, $"only {named} {AuditArchs.GetName(arch)} syscalls named");
        Assert.False(AuditctlSyscalls.IsKnown(arch, 451));
        Assert.False(AuditctlSyscalls.IsKnown(arch, -1));
    }

    [Fact]
    public void Arches_without_an_auditctl_value_and_x32_get_numbers_only()
    {
        foreach (AuditArch arch in Syscalls.SupportedArchs)
        {
            if (AuditctlSyscalls.KnowsArch(arch))
            {
                continue;
            }

            Assert.DoesNotContain(Syscalls.GetNumbers(arch).ToArray(), n => AuditctlSyscalls.IsKnown(arch, n));
        }

        // x32 numbers live in the x86_64 table with 0x40000000 set; x32 read is 0x40000000 + 0.
        Assert.Equal("read", Syscalls.GetName(AuditArch.X86_64, 0x40000000));
        Assert.False(AuditctlSyscalls.IsKnown(AuditArch.X86_64, 0x40000000));
    }

    [Fact]
    public void Ppc64_resolves_names_from_the_ppc_table_it_shares_with_ppc()
    {
        // mmap2 is a 32-bit-only ppc syscall: the kernel's ppc64 table has no such name, auditctl's shared table does.
        Assert.False(Syscalls.TryGetNumber(AuditArch.Ppc64, "mmap2", out _));
        Assert.True(Syscalls.TryGetNumber(AuditArch.Ppc, "mmap2", out int mmap2));
        Assert.True(AuditctlSyscalls.TryGetNumber(AuditArch.Ppc64, "mmap2", out int number, out AuditArch table));
        Assert.Equal((mmap2, AuditArch.Ppc), (number, table));

        // s390x and s390 have tables of their own in auditctl: no borrowing.
        Assert.False(Syscalls.TryGetNumber(AuditArch.S390x, "mmap2", out _));
        Assert.False(AuditctlSyscalls.TryGetNumber(AuditArch.S390x, "mmap2", out _, out _));
    }

    [Fact]
    public void Arm_oabi_names_are_the_oabi_rows_of_the_kernel_table()
    {
        // arch/arm/tools/syscall.tbl: "13  oabi  time  sys_time32".
        string[][] oabi = [.. File.ReadLines(RepositoryLayout.Table("arm/syscall.tbl"))
            .Where(l => !l.StartsWith('#'))
            .Select(l => l.Split(['\t', ' '], StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length >= 3 && f[1] == "oabi")];

        Assert.True(oabi.Length >= 10, $"only {oabi.Length} oabi rows in tables/arm/syscall.tbl");
        foreach (string[] row in oabi)
        {
            int number = int.Parse(row[0], CultureInfo.InvariantCulture);
            Assert.Equal(number, AuditctlSyscalls.ArmOabiNumber(row[2]));
            Assert.Null(Syscalls.GetName(AuditArch.Arm, number));
            Assert.True(AuditctlSyscalls.TryGetNumber(AuditArch.Arm, row[2], out int resolved, out _) && resolved == number);
        }

        Assert.Equal(-1, AuditctlSyscalls.ArmOabiNumber("mkdir"));
        Assert.False(AuditctlSyscalls.TryGetNumber(AuditArch.Aarch64, "time", out _, out _));
    }

    [Fact]
    public void What_ausyscall_arm_names_beyond_the_eabi_table_is_the_oabi_calls()
    {
        Dictionary<int, string> dump = AusyscallDump(AuditArch.Arm);

        string[] beyond = [.. dump.Where(e => Syscalls.GetName(AuditArch.Arm, e.Key) is null).Select(e => $"{e.Key} {e.Value}")];
        string[] oabi = [.. dump.Where(e => AuditctlSyscalls.ArmOabiNumber(e.Value) == e.Key).Select(e => $"{e.Key} {e.Value}")];
        Assert.Equal(beyond, oabi);
        Assert.NotEmpty(oabi);
    }

    [Theory]
    [MemberData(nameof(ArchesAuditctlKnows))]
    public void Named_syscalls_are_exactly_those_ausyscall_lists_under_the_same_name(AuditArch arch)
    {
        Dictionary<int, string> dump = AusyscallDump(arch);

        var wrong = new List<string>();
        foreach (int number in Syscalls.GetNumbers(arch))
        {
            string? ours = Syscalls.GetAuditName(arch, number);
            bool listed = dump.TryGetValue(number, out string? theirs) && theirs == ours;
            if (listed != AuditctlSyscalls.IsKnown(arch, number))
            {
                wrong.Add($"{number} {ours}: ausyscall {(dump.TryGetValue(number, out string? name) ? name : "-")}, IsKnown {!listed}");
            }
        }

        Assert.True(wrong.Count == 0, $"{AuditArchs.GetName(arch)}: IsKnown disagrees with ausyscall --dump for\n{string.Join('\n', wrong)}");
    }

    /// <summary><c>ausyscall ARCH --dump</c> of audit-userspace 3.0.9; skips when ausyscall is missing or of another release.</summary>
    private static Dictionary<int, string> AusyscallDump(AuditArch arch)
    {
        string? ausyscall = InstalledPrograms.Find("ausyscall");
        Assert.SkipWhen(ausyscall is null, "ausyscall is not on PATH (Debian/Ubuntu: apt-get install auditd); the cross-check needs the real peer");
        string? auditctl = InstalledPrograms.Find("auditctl") ?? (File.Exists("/usr/sbin/auditctl") ? "/usr/sbin/auditctl" : null);
        string version = auditctl is null ? "unknown" : HostCommand.Run(auditctl, ["-v"]).StandardOutput.Trim();
        Assert.SkipUnless(version == "auditctl version " + AuditctlSyscalls.BaselineVersion,
            $"IsKnown describes audit-userspace {AuditctlSyscalls.BaselineVersion}; the installed one says '{version}', so its tables are not compared");

        string archName = AuditArchs.GetName(arch)!;
        HostCommandResult result = HostCommand.Run(ausyscall!, [archName, "--dump"]);
        string[] lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // ausyscall falls back to x86_64's table for an arch it does not know and says so on its first line; it calls
        // its arm table by the first of arm's machine names, armeb.
        string expected = arch == AuditArch.Arm ? "armeb" : archName;
        Assert.True(result.ExitCode == 0 && lines.Length > 1 && lines[0] == $"Using {expected} syscall table:",
            $"ausyscall {archName} --dump: exit {result.ExitCode}, first line '{lines.FirstOrDefault()}'");
        return lines.Skip(1).Select(l => l.Split('\t')).ToDictionary(f => int.Parse(f[0], CultureInfo.InvariantCulture), f => f[1]);
    }
}
