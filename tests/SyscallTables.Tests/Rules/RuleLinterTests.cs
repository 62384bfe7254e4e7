using SyscallTables.Rules;

namespace SyscallTables.Tests.Rules;

/// <summary>
/// One hand-written rules file per finding, linted as an x86_64 host (b64 = x86_64, b32 = i386) loads it. The lines
/// said to be errors are ones auditctl 3.0.9 rejects, and the clean file's rule lines are ones it accepts (checked by
/// hand with auditctl -R; the corpus test checks the same against the real auditctl on every run).
/// </summary>
public sealed class RuleLinterTests
{
    private static IReadOnlyList<RuleFinding> Lint(params string[] lines) =>
        RuleLinter.Lint("audit.rules", new StringReader(string.Join('\n', lines)), AuditArch.X86_64, AuditArch.I386);

    private static RuleFinding Single(RuleFindingSeverity severity, params string[] lines)
    {
        IReadOnlyList<RuleFinding> findings = Lint(lines);
        Assert.True(findings.Count == 1, "expected one finding, got:\n" + string.Join('\n', findings));
        Assert.Equal(severity, findings[0].Severity);
        return findings[0];
    }

    [Fact]
    public void A_clean_file_has_no_findings()
    {
        IReadOnlyList<RuleFinding> findings = Lint(
            "# comment",
            "",
            "-D",
            "-b 8192",
            "--backlog_wait_time 60000",
            "-f 1",
            "-i",
            "-a always,exit -F arch=b64 -S mkdir,rmdir -F exit=-EACCES -F auid>=1000 -F auid!=unset -k perm",
            "-a always,exit -F arch=b32 -S mkdir -S rmdir -F exit=-13 -k perm",
            "-a always,exit -F arch=b64 -S pread -F key=reads",
            "-a always,exit -F arch=aarch64 -S openat -k opens",
            "-A never,exit -F arch=b64 -S all -F subj_type=crond_t",
            "-a always,exit -F arch=b64 -S all -C auid!=obj_uid",
            "-a always,exit -F path=/usr/bin/passwd -F perm=x -k passwd",
            "-a never,exclude -F msgtype=CWD",
            "-a never,filesystem -F fstype=tracefs",
            "-w /etc/shadow -p wa -k shadow",
            "-aalways,exit -Farch=b64 -Smkdir -kdirs",
            "-e 1");
        Assert.Empty(findings);
    }

    [Fact]
    public void Findings_carry_the_file_and_line_in_compiler_form()
    {
        RuleFinding finding = Single(RuleFindingSeverity.Error, "", "-a always,exit -F arch=aarch64 -S open -k opens");
        Assert.Equal(2, finding.Line);
        Assert.StartsWith("audit.rules:2: error: -S open: aarch64 has no syscall named open", finding.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_syscall_of_another_arch_is_an_error_that_points_to_this_archs_names()
    {
        RuleFinding finding = Single(RuleFindingSeverity.Error, "-a always,exit -F arch=b32 -S accept -k net");
        Assert.Contains("i386 has no syscall named accept", finding.Message, StringComparison.Ordinal);
        Assert.Contains("`syscalls i386 accept`", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kernel_name_auditctl_spells_differently_is_an_error_with_its_audit_name()
    {
        RuleFinding finding = Single(RuleFindingSeverity.Error, "-a always,exit -F arch=b64 -S pread64 -k reads");
        Assert.Contains("write -S pread or -S 17", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fchmodat2", "452")]
    [InlineData("lsm_set_self_attr", "460")]
    public void A_name_only_newer_auditctl_knows_is_an_error_that_gives_the_number(string name, string number)
    {
        // The numbers come from the kernel table, not from our output: unistd_64.h of Linux 6.8+ has these.
        RuleFinding finding = Single(RuleFindingSeverity.Error, $"-a always,exit -F arch=b64 -S chmod,{name} -k perm");
        Assert.Contains($"auditctl {AuditctlSyscalls.BaselineVersion} does not know {name}", finding.Message, StringComparison.Ordinal);
        Assert.Contains($"write -S {number}", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_newer_auditctl_would_name_is_accepted() =>
        Assert.Empty(Lint("-a always,exit -F arch=b64 -S 452 -k perm"));

    [Fact]
    public void Syscalls_without_an_arch_are_a_warning_that_says_to_add_it()
    {
        RuleFinding finding = Single(RuleFindingSeverity.Warning, "-a always,exit -S mkdir -k dirs");
        Assert.Contains("write -F arch=b64", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_arch_after_the_syscalls_is_an_error_as_in_auditctl()
    {
        RuleFinding finding = Single(RuleFindingSeverity.Error, "-a always,exit -S mkdir -F arch=b64 -k dirs");
        Assert.Contains("must come before -S", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-F exit=-EFOO", "EFOO is not an errno name")]
    [InlineData("-F exit=yes", "exit takes a number or -ERRNO")]
    public void An_exit_value_that_is_not_an_errno_is_an_error(string field, string expected)
    {
        RuleFinding finding = Single(RuleFindingSeverity.Error, $"-a never,exit -F arch=b64 -S mkdir {field}");
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-F exit=EEXIST", "write -F exit=-EEXIST")]
    [InlineData("-F exit=-4000", "4000 is not an errno")]
    public void An_exit_value_no_failing_call_returns_is_a_warning(string field, string expected)
    {
        RuleFinding finding = Single(RuleFindingSeverity.Warning, $"-a never,exit -F arch=b64 -S mkdir {field}");
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_never_rule_after_the_always_rule_it_should_silence_is_shadowed()
    {
        IReadOnlyList<RuleFinding> findings = Lint(
            "-a always,exit -F arch=b64 -S mkdir -k file_changes",
            "-a never,exit -F arch=b64 -S mkdir -F exit=-EEXIST -k exclude");
        RuleFinding finding = Assert.Single(findings);
        Assert.Equal(2, finding.Line);
        Assert.Contains("always rule of line 1", finding.Message, StringComparison.Ordinal);
        Assert.Contains("-A", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-A never,exit -F arch=b64 -S mkdir -F exit=-EEXIST", "prepended: it goes before the always rule")]
    [InlineData("-a never,exit -F arch=b32 -S mkdir -F exit=-EEXIST", "another arch")]
    [InlineData("-a never,exit -F arch=b64 -S mkdir,rmdir -F exit=-EEXIST", "rmdir is not covered")]
    [InlineData("-a never,exclude -F msgtype=CWD", "another list")]
    public void A_never_rule_the_always_rule_does_not_cover_is_not_shadowed(string never, string why)
    {
        IReadOnlyList<RuleFinding> findings = Lint("-a always,exit -F arch=b64 -S mkdir -F auid>=1000 -k changes", never.Replace("-F exit", "-F auid>=1000 -F exit", StringComparison.Ordinal));
        Assert.True(findings.Count == 0, why + ":\n" + string.Join('\n', findings));
    }

    [Fact]
    public void A_never_rule_with_fewer_conditions_than_the_always_rule_is_not_shadowed() =>
        Assert.Empty(Lint("-a always,exit -F arch=b64 -S mkdir -F auid>=1000", "-a never,exit -F arch=b64 -S mkdir -F exit=-EEXIST"));

    [Fact]
    public void A_duplicate_rule_is_an_error_naming_the_first()
    {
        IReadOnlyList<RuleFinding> findings = Lint(
            "-w /etc/passwd -p wa -k identity",
            "-a always,exit -F arch=b64 -S open,openat -k opens",
            "-w /etc/passwd -p wa -k identity",
            "-a always,exit -F arch=b64 -S openat -S open -k opens");
        // auditctl -R stops at the kernel's "Rule exists" and loads nothing after it, as for any line it rejects.
        Assert.Equal([3, 4], findings.Select(f => f.Line));
        Assert.All(findings, f => Assert.Equal(RuleFindingSeverity.Error, f.Severity));
        Assert.Contains("same rule as line 1", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("same rule as line 2", findings[1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-a always,exit -F arch=b64 -S all -F foo=1", "knows no field 'foo'")]
    [InlineData("-a always,exit -F arch=b64 -S all -F obj=/opt/x", "knows no field 'obj'")]
    [InlineData("-a always,exit -F arch=b64 -S all -F subj_type>x_t", "takes only = or !=")]
    [InlineData("-a always,exit -F arch=b64 -S all -F auid", "write a field, an operator and a value")]
    [InlineData("-a always,exit -F arch=b64 -S all -C auid<obj_uid", "comparisons take only = or !=")]
    [InlineData("-a always,exit -F arch=b64 -S all -C auid!=obj_gid", "two different uid fields or two different gid fields")]
    public void Unknown_fields_and_operators_are_errors(string line, string expected)
    {
        RuleFinding finding = Single(RuleFindingSeverity.Error, line);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_list_action_order_is_an_old_form_worth_updating()
    {
        RuleFinding finding = Single(RuleFindingSeverity.Warning, "-a exit,always -F arch=b64 -S mkdir -k dirs");
        Assert.Contains("write -a always,exit", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-a entry,always -F arch=b64 -S mkdir", "entry list was removed")]
    [InlineData("-a always,exit arch=b64 -S mkdir", "'arch=b64' is a parameter without an option")]
    [InlineData("-a always,exit -F path=/usr/bin/x -F perm=x -k -F T1078", "'T1078' is a parameter without an option")]
    [InlineData("-a always,exit -F arch=b64 -F uid=0 -k root", "-k root comes before any -S")]
    [InlineData("-w /var/log/tallylog -p -wa -k logins", "permissions are letters of rwxa")]
    [InlineData("-w var/log/tallylog -p wa", "absolute path")]
    [InlineData("-a always,exit -F arch=b64 -S openat -F path=/etc/a -F path=/etc/b", "at most one path=")]
    [InlineData("-a always,exit -F arch=b64 -S openat -F msgtype=SYSCALL", "exclude and user lists")]
    [InlineData("-a always,user -F uid=0 -S openat", "only exit rules name syscalls")]
    [InlineData("-a always,exit -F arch=b64 -S openat -F uid=unset", "only auid")]
    [InlineData("-a always,exit -F arch=b64 -S openat -F a0=abc", "a0 takes a number")]
    [InlineData("-a always,exit -F arch=b64 -S openat -F filetype=blah", "unknown file type")]
    [InlineData("-a always,exit -F arch=b64 -S 9999", "stop at 2047")]
    [InlineData("-a always,exit -F arch=b99 -S openat", "unknown arch")]
    [InlineData("-Z", "no option -Z")]
    [InlineData("--frobnicate", "no option --frobnicate")]
    public void Lines_auditctl_rejects_are_errors(string line, string expected)
    {
        RuleFinding finding = Single(RuleFindingSeverity.Error, line);
        Assert.Contains(expected, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_name_is_a_warning_because_only_some_hosts_have_it()
    {
        RuleFinding finding = Single(RuleFindingSeverity.Warning, "-a never,exit -F arch=b64 -S adjtimex -F uid=chrony");
        Assert.Contains("'chrony'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Changes_after_the_configuration_is_locked_are_a_warning_naming_the_lock()
    {
        IReadOnlyList<RuleFinding> findings = Lint("-w /etc/shadow -p wa -k shadow", "-e 2", "-w /etc/passwd -p wa -k identity");
        RuleFinding finding = Assert.Single(findings);
        Assert.Equal(3, finding.Line);
        Assert.Contains("-e 2 on line 2", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Delete_all_after_rules_is_a_warning_and_forgets_them()
    {
        IReadOnlyList<RuleFinding> findings = Lint(
            "-w /etc/shadow -p wa -k shadow",
            "-a always,exit -F arch=b64 -S mkdir -k dirs",
            "-D",
            "-w /etc/shadow -p wa -k shadow");
        RuleFinding finding = Assert.Single(findings);
        Assert.Equal(3, finding.Line);
        Assert.Contains("lines 1 to 2", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-a always,exit -F arch=ppc64le -S mkdir -k dirs")]
    [InlineData("-a always,exit -F arch=s390x -S 220 -k dirs")]
    [InlineData("-a always,exit -F arch=armeb -S mkdir -k dirs")]
    [InlineData("-a always,exit -F arch=0x40000028 -S mkdir -k dirs")]
    [InlineData("-a always,exit -F arch=c0000015 -S mkdir -k dirs")]
    [InlineData("-a always,exit -F arch=aarch64 -S pread -k reads")]
    public void Rules_for_arches_auditctl_knows_lint_clean(string line) => Assert.Empty(Lint(line));

    [Theory]
    // s390x 220 is getdents64 in the kernel's table and missing from auditctl 3.0.9's.
    [InlineData("-a always,exit -F arch=s390x -S getdents64 -k dirs", "auditctl 3.0.9 does not know getdents64 (s390x syscall 220")]
    [InlineData("-a always,exit -F arch=arm -S pselect6 -k io", "write -S 335")]
    [InlineData("-a always,exit -F arch=riscv64 -S 34 -k dirs", "auditctl 3.0.9 has no arch riscv64")]
    [InlineData("-a always,exit -F arch=0xc00000f3 -S 34 -k dirs", "auditctl 3.0.9 has no arch riscv64")]
    [InlineData("-a always,exit -F arch=40000028 -S 39 -k dirs", "write 0x40000028 or arm")]
    [InlineData("-a always,exit -F arch=arm64 -S mkdirat -k dirs", "write aarch64")]
    [InlineData("-a always,exit -F arch=b64 -S 1073741907 -k dirs", "stop at 2047")]
    public void Arch_values_and_names_auditctl_refuses_are_errors(string line, string message)
    {
        RuleFinding finding = Single(RuleFindingSeverity.Error, line);
        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_32_bit_ppc_name_under_ppc64_loads_but_is_a_warning()
    {
        // auditctl resolves ppc64's names in the table it shares with ppc: mmap2 is 192, which ppc64 does not serve.
        RuleFinding finding = Single(RuleFindingSeverity.Warning, "-a always,exit -F arch=ppc64 -S mmap2 -k maps");
        Assert.Contains("192", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void B64_on_a_32_bit_host_and_any_syscall_on_a_host_auditctl_has_no_table_for_are_errors()
    {
        IReadOnlyList<RuleFinding> onI386 = RuleLinter.Lint("audit.rules", new StringReader("-a always,exit -F arch=b64 -S mkdir"), AuditArch.I386, AuditArch.I386);
        Assert.Contains("refuses b64 on a 32-bit machine", Assert.Single(onI386).Message, StringComparison.Ordinal);

        IReadOnlyList<RuleFinding> onRiscv = RuleLinter.Lint("audit.rules", new StringReader("-a always,exit -S 34 -k dirs\n-a always,exit -F arch=b64 -S 34"), AuditArch.Riscv64, null);
        Assert.Equal(2, onRiscv.Count(f => f.Severity == RuleFindingSeverity.Error));
    }

    [Fact]
    public void B32_on_a_ppc64le_host_is_a_warning_that_it_means_ppc64le()
    {
        IReadOnlyList<RuleFinding> findings = RuleLinter.Lint("audit.rules", new StringReader("-a always,exit -F arch=b32 -S mkdir -k dirs"),
            AuditArch.Ppc64le, AuditctlArchs.B32(AuditArch.Ppc64le));
        RuleFinding finding = Assert.Single(findings);
        Assert.Equal(RuleFindingSeverity.Warning, finding.Severity);
        Assert.Contains("reads b32 as ppc64le itself", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_oabi_only_arm_name_loads_but_is_a_warning()
    {
        // time is 13 in the kernel's arm table, an oabi row: auditctl's arm table names it, EABI does not serve it.
        RuleFinding finding = Single(RuleFindingSeverity.Warning, "-a always,exit -F arch=arm -S time -k clock");
        Assert.Contains("OABI call time (13)", finding.Message, StringComparison.Ordinal);
    }
}
