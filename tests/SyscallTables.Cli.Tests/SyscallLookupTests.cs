namespace SyscallTables.Cli.Tests;

/// <summary><c>syscalls [arch] NAME|NUMBER</c> as <c>syscalls</c>: kernel names, arch forms, errors and exit codes.</summary>
public sealed class SyscallLookupTests
{
    // Numbers and names from the kernel's tables (arch/x86/entry/syscalls/*.tbl, scripts/syscall.tbl) and
    // audit-userspace's names for the same rows (tables/audit-names.txt).
    [Theory]
    [InlineData("x86_64", "17", "pread64", "pread")]
    [InlineData("x86_64", "83", "mkdir", "mkdir")]
    [InlineData("aarch64", "80", "fstat", "newfstat")]
    [InlineData("aarch64", "61", "getdents64", "getdents")]
    [InlineData("i386", "283", "kexec_load", "sys_kexec_load")]
    public void Kernel_names_by_default_audit_names_on_request(string arch, string number, string kernelName, string auditName)
    {
        Assert.Equal(new CliResult(0, kernelName + "\n", ""), CliRun.Syscalls(arch, number));
        Assert.Equal(new CliResult(0, auditName + "\n", ""), CliRun.Syscalls(arch, number, "--audit-names"));
        Assert.Equal(new CliResult(0, auditName + "\n", ""), CliRun.AsAusyscall(arch, number));
        Assert.Equal(new CliResult(0, number + "\n", ""), CliRun.Syscalls(arch, kernelName, "--exact"));
        Assert.Equal(new CliResult(0, number + "\n", ""), CliRun.Syscalls(arch, auditName.ToUpperInvariant(), "--exact"));
    }

    [Fact]
    public void A_search_finds_a_syscall_by_either_name_and_shows_the_chosen_one()
    {
        Assert.Equal("kexec_load         283\n", CliRun.Syscalls("i386", "SYS_KEXEC").StandardOutput);
        Assert.Equal("sys_kexec_load     283\n", CliRun.Syscalls("i386", "kexec_load", "--audit-names").StandardOutput);
        Assert.Equal("mkdir              83\nmkdirat            258\n", CliRun.Syscalls("x86_64", "MkDir").StandardOutput);
        // Names longer than the 18-column field push the number right by one space, as ausyscall's %-18s does.
        Assert.Equal("set_mempolicy_home_node 450\n", CliRun.Syscalls("x86_64", "set_mempolicy_home").StandardOutput);
    }

    [Theory]
    [InlineData("b32")]
    [InlineData("i386")]
    [InlineData("I686")]
    [InlineData("40000003")]
    [InlineData("0x40000003")]
    public void Every_arch_form_picks_the_same_table(string arch)
    {
        Assert.SkipWhen(arch == "b32" && AuditArchs.Host32 != AuditArch.I386, "b32 is i386 only on an x86 machine");
        // i386 39 is mkdir; x86_64 39 is getpid.
        Assert.Equal(new CliResult(0, "mkdir\n", ""), CliRun.Syscalls(arch, "39"));
        Assert.Equal(new CliResult(0, "mkdir\n", ""), CliRun.Syscalls("39", arch));
    }

    [Fact]
    public void Without_an_arch_it_is_this_machine()
    {
        Assert.SkipUnless(AuditArchs.Host is { } host && Syscalls.IsSupported(host), "no syscall table for this machine's arch");
        string hostName = AuditArchs.GetName(AuditArchs.Host!.Value)!;
        Assert.Equal(CliRun.Syscalls(hostName, "83"), CliRun.Syscalls("83"));
        Assert.Equal(CliRun.Syscalls(hostName, "--dump"), CliRun.Syscalls("--dump"));
        Assert.Equal(CliRun.Syscalls("b64", "open"), CliRun.Syscalls("open"));
    }

    [Fact]
    public void Dump_lists_every_syscall_with_kernel_names_by_default()
    {
        CliResult kernel = CliRun.Syscalls("x86_64", "--dump");
        CliResult audit = CliRun.Syscalls("--dump", "x86_64", "--audit-names");
        string[] kernelRows = kernel.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Using x86_64 syscall table:", kernelRows[0]);
        Assert.Equal(X86_64Syscalls.Count, kernelRows.Length - 1);
        Assert.Contains("17\tpread64", kernelRows);
        Assert.Contains("17\tpread\n", audit.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("\n471\trseq_slice_yield\n", kernel.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Arch_and_errno_are_commands_only_in_first_place()
    {
        Assert.Contains("c000003e", CliRun.Syscalls("arch", "x86_64").StandardOutput, StringComparison.Ordinal);
        Assert.Equal("arch_prctl         158\n", CliRun.Syscalls("x86_64", "arch").StandardOutput);
        Assert.Equal("arch_prctl         158\n", CliRun.AsAusyscall("arch").StandardOutput);
    }

    [Theory]
    [InlineData(true, "sparc64", "mkdir")]
    [InlineData(true, "parisc", "83")]
    [InlineData(true, "riscv32", "--dump")]
    [InlineData(true, "riscvx", "mkdir")]
    // As ausyscall, "foo 83" keeps ausyscall's answer ("Unknown syscall foo"): a search for foo, not a wrong table.
    [InlineData(false, "foo", "83")]
    public void An_arch_without_a_table_is_an_error_naming_the_arches_with_tables(bool alsoAsAusyscall, params string[] args)
    {
        foreach (CliResult result in alsoAsAusyscall ? [CliRun.Syscalls(args), CliRun.AsAusyscall(args)] : new[] { CliRun.Syscalls(args) })
        {
            result.AssertFailedWithOneLine(1, prefix: null);
            Assert.Contains("aarch64, arm, armeb, i386, loongarch64, mips,", result.StandardError, StringComparison.Ordinal);
            Assert.Contains(", x86_64, x32", result.StandardError, StringComparison.Ordinal);
            Assert.Contains($"'{args[0]}'", result.StandardError, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("nosuch", "Unknown syscall nosuch using x86_64 lookup table\n")]
    [InlineData("9999", "Unknown syscall 9999 using x86_64 lookup table\n")]
    public void Unknown_syscalls_keep_ausyscalls_message_and_exit_1(string query, string message)
    {
        Assert.Equal(new CliResult(1, "", message), CliRun.Syscalls("x86_64", query));
        Assert.Equal(new CliResult(1, "", message), CliRun.Syscalls("x86_64", query, "--exact"));
    }

    [Theory]
    [InlineData]
    [InlineData("x86_64")]
    [InlineData("--exact")]
    [InlineData("--dmp")]
    [InlineData("-h2")]
    [InlineData("83", "mkdir")]
    [InlineData("83", "84")]
    [InlineData("x86_64", "i386", "83")]
    [InlineData("x86_64", "mkdir", "extra")]
    [InlineData("83abc")]
    [InlineData("99999999999")]
    public void Usage_errors_are_one_actionable_line_and_exit_2(params string[] args)
    {
        CliRun.Syscalls(args).AssertFailedWithOneLine(2);
    }

    [Fact]
    public void Help_teaches_with_the_auditd_workflow_and_version_prints_the_version()
    {
        CliResult help = CliRun.Syscalls("--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Equal("", help.StandardError);
        foreach (string example in new[] { "syscalls 83", "syscalls x86_64 mkdir", "syscalls errno 17", "syscalls arch c000003e", "--audit-names", "--exact", "--dump", "Exit status" })
        {
            Assert.Contains(example, help.StandardOutput, StringComparison.Ordinal);
        }

        Assert.Equal(help, CliRun.Syscalls("x86_64", "-h"));
        CliResult version = CliRun.Syscalls("--version");
        Assert.Matches(@"^syscalls \d+\.\d+\.\d+\S*\n$", version.StandardOutput);
    }
}
