using System.Globalization;
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
        Assert.Contains("i386 has no syscall named accept (only other arches such as ", finding.Message, StringComparison.Ordinal);

        // The library names no command of the CLI; it hands over the values for the CLI's hint.
        Assert.DoesNotContain("syscalls", finding.Message, StringComparison.Ordinal);
        Assert.Equal(RuleFindingIds.SyscallOfOtherArch, finding.Id);
        Assert.Equal("accept", finding.Values[0]);
        Assert.Equal("i386", finding.Values[1]);
        Assert.True(AuditArchs.TryParse(finding.Values[2], out AuditArch other) && Syscalls.TryGetNumber(other, "accept", out _), finding.Values[2] + " has no accept");
        Assert.Equal("accept", finding.Values[3]);
    }

    [Fact]
    public void An_unknown_errno_names_no_command_to_list_them()
    {
        RuleFinding finding = Single(RuleFindingSeverity.Error, "-a always,exit -F arch=b64 -S open -F exit=-EFOO -k x");
        Assert.Equal("-F exit=-EFOO: EFOO is not an errno name", finding.Message);
        Assert.Equal(RuleFindingIds.UnknownErrno, finding.Id);
        Assert.Equal(["-F exit=-EFOO", "EFOO"], finding.Values);
    }

    [Fact]
    public void The_kernel_checks_a_line_only_once_auditctl_has_read_all_of_it()
    {
        // auditctl refuses the unknown field before it sends the rule, so the kernel never sees the relative dir
        // (auditctl -R: "-F unknown field: obj").
        RuleFinding finding = Single(RuleFindingSeverity.Error, "-a always,exit -F arch=b32 -S connect -F dir=+ -F obj=/opt/x -k net");
        Assert.Equal(RuleFindingIds.UnknownField, finding.Id);
        Assert.StartsWith("-F obj=/opt/x: auditctl knows no field 'obj'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Checks_of_the_kernel_and_the_file_carry_their_ids()
    {
        Assert.Equal(RuleFindingIds.OperatorRefused, Single(RuleFindingSeverity.Error, "-a always,exit -F arch=b64 -S open -F uid&1 -k x").Id);
        Assert.Equal(RuleFindingIds.FieldNotOnList, Single(RuleFindingSeverity.Error, "-a always,filesystem -F uid=1").Id);
        Assert.Equal(RuleFindingIds.DuplicateRule, Single(RuleFindingSeverity.Error, "-w /etc/shadow -p wa", "-w /etc/shadow -p wa").Id);
        Assert.Equal(RuleFindingIds.SyscallsWithoutArch, Single(RuleFindingSeverity.Warning, "-a always,exit -S open -k x").Id);
        Assert.Equal(RuleFindingIds.Syntax, Single(RuleFindingSeverity.Error, "-a always,exit -Q").Id);
        Assert.Equal(RuleFindingIds.ValueRefused, Single(RuleFindingSeverity.Error, "-a always,exit -F arch=b64 -S open -F exe=bin/sh -k x").Id);
        Assert.Equal(RuleFindingIds.ValueRefused, Single(RuleFindingSeverity.Error, "-a always,exit -F arch=b64 -S open -F uid=-1 -k x").Id);
        Assert.Equal(RuleFindingIds.MoreThanOneExe, Single(RuleFindingSeverity.Error, "-a always,exit -F exe=/bin/a -F exe=/bin/b -k x").Id);
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

    [Theory]
    [InlineData("-a always,exit\t-F arch=b64 -S mkdir -k dirs", "tab")]
    [InlineData("-w /etc/passwd -p wa\r", "CR")]
    [InlineData("-a always,exit -F arch=b64 -S mkdir\r", "CR")]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -F uid&0", "& and &= only for a0-a3")]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -F inode=-1", "inode takes a number")]
    [InlineData("-a never,exclude -F msgtype=BOGUS", "no record type")]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -F exe=/usr/bin/a -F exe=/usr/bin/b", "one exe")]
    [InlineData("-a never,exit -F arch=b64 -S mkdir -F exe=/opt/x\\ -k exclude", "'exclude' is a parameter without an option")]
    [InlineData("-a always,exit -F arch=b64 -F uid=0 -F key=root", "Key field needs")]
    [InlineData("-F arch=b64 -a always,exit -S mkdir", "auditctl needs the list first")]
    [InlineData("-a always,io_uring -F uid=0", "knows the lists exit, task, user, exclude and filesystem")]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -C uid=uid", "two different uid fields")]
    [InlineData("-w /etc/passwd -p rwxaw", "at most four letters")]
    [InlineData("-a always,exit -F path=/etc/ -k etc", "ends in '/'")]
    [InlineData("-a always,exclude -F euid=0", "exclude list filters only on")]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -F subj_user<x", "takes only = or !=")]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -F auid>=unset", "only with = or !=")]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -a always,exit", "one rule")]
    [InlineData("-w /etc/passwd -w /etc/shadow", "a watch cannot share a line")]
    [InlineData("-p wa -w /etc/passwd", "comes before the watch")]
    [InlineData("-S mkdir", "no list specified")]
    [InlineData("-a always,user -C uid!=euid", "only on the exit list")]
    [InlineData("-a never,filesystem -F fstype=tracefs -F uid=0", "filesystem list takes only fstype")]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -F path=/a -F dir=/b", "at most one path=")]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -F saddr_fam=46", "address families stop at 45")]
    [InlineData("-a always,task -F arch=b64 -F exit=-13", "only on the exit list")]
    [InlineData("-h", "help")]
    public void Lines_auditctl_3_0_9_rejects_whatever_they_hold_are_errors(string line, string expected)
    {
        IReadOnlyList<RuleFinding> errors = [.. Lint(line).Where(f => f.Severity == RuleFindingSeverity.Error)];
        RuleFinding error = Assert.Single(errors);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-a always,exit -F arch=b64 -S mkdir,,rmdir -k dirs")]
    [InlineData("-a always,exit -F arch=b64 -S ,mkdir, -k dirs")]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -F sessionid=unset")]
    [InlineData("-a never,exclude -F msgtype>=1300")]
    [InlineData("-a never,exclude -F msgtype=cwd")]
    [InlineData("-a never,exclude -F msgtype=UNKNOWN[1399]")]
    [InlineData("-a always,exit -F arch=b64 -S MKDIR -F UID=0 -F exit=-eexist -k dirs")]
    [InlineData("-a never,filesystem -F fstype=tracefs -k trace")]
    [InlineData("-w /etc/passwd -S open -k passwd")]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -F subj_sen<s0 -k mls")]
    [InlineData("-a always,exit -F path=/etc/passwd -p WA -k passwd")]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -F uid=0 -F key=root")]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -F exe=/opt/with\\ space -k exe")]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -F exe=/opt/x\\")]
    [InlineData("-S mkdir -a always,exit -k dirs")]
    [InlineData("-a always,exit -F arch=b64 -S all -F a0&0x10 -F pers&=1 -F devminor&2")]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -F loginuid=1000 -C loginuid!=uid")]
    [InlineData("--backlog_wait=60000")]
    [InlineData("-ic")]
    public void Lines_auditctl_3_0_9_loads_are_no_errors(string line)
    {
        IReadOnlyList<RuleFinding> findings = Lint(line);
        Assert.True(findings.All(f => f.Severity == RuleFindingSeverity.Warning), string.Join('\n', findings));
    }

    [Fact]
    public void More_fields_than_auditctl_makes_room_for_are_an_error()
    {
        string fields = string.Concat(Enumerable.Range(0, 61).Select(i => $" -F a0!={i}"));
        Assert.Empty(Lint("-a always,exit -F arch=b64 -S mkdir" + fields + " -k k"));
        RuleFinding error = Single(RuleFindingSeverity.Error, "-a always,exit -F arch=b64 -S mkdir" + fields + " -F a1=0 -k k");
        Assert.Contains("at most 63 fields", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exe_longer_than_path_max_is_an_error()
    {
        string exe = "/" + new string('x', AuditctlLimits.MaxPathBytes);
        RuleFinding error = Single(RuleFindingSeverity.Error, $"-a always,exit -F arch=b64 -S mkdir -F exe={exe}");
        Assert.Contains("at most 4096", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 400, error.Message);
    }

    [Fact]
    public void A_line_past_auditctls_read_limit_is_an_error_that_quotes_the_tail_auditctl_would_load()
    {
        // auditctl -R reads 6,143 bytes at a time: the rest of a longer comment loads as a rule of its own.
        string comment = "#" + new string('x', AuditctlLimits.MaxLineBytes - 1);
        IReadOnlyList<RuleFinding> findings = Lint(comment, comment + "-D", comment[..^1] + "x");
        RuleFinding error = Assert.Single(findings);
        Assert.Equal((2, RuleFindingSeverity.Error), (error.Line, error.Severity));
        Assert.Contains("as a line of its own (no longer part of the comment), starting -D", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_syscall_number_the_table_lacks_is_a_warning_that_the_rule_matches_only_enosys_calls()
    {
        RuleFinding warning = Single(RuleFindingSeverity.Warning, "-a always,exit -F arch=b64 -S 999 -k probe");
        Assert.Contains("the kernel still audits calls of that number, which fail with ENOSYS", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("never matches", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -F uid=4294967296", "the kernel gets 0")]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -F uid=12abc", "ignores abc")]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -F uid=010", "octal, so the kernel gets 8")]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -k dirs\r", "ends in a CR")]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -k a\tb", "tab")]
    [InlineData("-a always,exit -F arch=b64 -S mkdir\0 -F uid=0", "NUL byte at byte 36")]
    [InlineData("-a exit,possible", "possible")]
    public void Values_auditctl_loads_as_something_else_are_warnings(string line, string expected)
    {
        IReadOnlyList<RuleFinding> findings = Lint(line);
        Assert.All(findings, f => Assert.Equal(RuleFindingSeverity.Warning, f.Severity));
        Assert.Contains(findings, f => f.Message.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -F uid=0 -k k", "-a always,exit -F arch=b64 -S mkdir -F uid=root -k k", true)]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -F exit=-13", "-a always,exit -F arch=b64 -S mkdir -F exit=-EACCES", true)]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -k a -k b", "-a always,exit -F arch=b64 -S mkdir -F key=a -k b", true)]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -F auid=0", "-a always,exit -F arch=b64 -S mkdir -F loginuid=0", true)]
    [InlineData("-w /etc/passwd -p wa", "-a always,exit -F path=/etc/passwd -F perm=wa", true)]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -C uid!=euid", "-a always,exit -F arch=b64 -S mkdir -C euid!=uid", true)]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -C uid!=euid", "-a always,exit -F arch=b64 -S mkdir -C uid=euid", false)]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -F uid=alice", "-a always,exit -F arch=b64 -S mkdir -F uid=bob", false)]
    [InlineData("-a always,exit -F arch=b64 -S mkdir", "-A always,exit -F arch=b64 -S mkdir", false)]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -F uid=0 -F gid=0", "-a always,exit -F arch=b64 -S mkdir -F gid=0 -F uid=0", false)]
    [InlineData("-a always,exit -F arch=b64 -S mkdir -k a", "-a always,exit -F arch=b64 -S mkdir -k b", false)]
    public void Duplicates_are_the_rules_the_kernel_holds_as_the_same(string first, string second, bool duplicate)
    {
        IReadOnlyList<RuleFinding> errors = [.. Lint(first, second).Where(f => f.Severity == RuleFindingSeverity.Error)];
        Assert.Equal(duplicate ? 1 : 0, errors.Count);
    }

    [Fact]
    public void A_rule_deleted_again_is_no_duplicate()
    {
        Assert.Empty(Lint("-a always,exit -F arch=b64 -S mkdir -k k", "-d always,exit -F arch=b64 -S mkdir -k k", "-a always,exit -F arch=b64 -S mkdir -k k"));
        Assert.Empty(Lint("-a always,exit -F arch=b64 -S mkdir -k k", "-D -k k", "-a always,exit -F arch=b64 -S mkdir -k k"));
        Assert.Single(Lint("-a always,exit -F arch=b64 -S mkdir -k k", "-D -k other", "-a always,exit -F arch=b64 -S mkdir -k k"));
    }

    [Fact]
    public void An_always_rule_without_arch_shadows_a_never_rule_for_one_arch()
    {
        // The kernel matches a rule's syscall mask against the call's number whatever its arch.
        RuleFinding warning = Single(RuleFindingSeverity.Warning, "-a always,exit -S mkdir,rmdir -S all -k all", "-a never,exit -F arch=b64 -S mkdir -F exit=-EEXIST");
        Assert.Contains("always rule of line 1", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_escape_every_control_and_bidi_character_from_the_file_and_quote_huge_values_short()
    {
        string[] hostile = ["\u001b[2J", "\0", "\u202e", "\u2028", "\u0085", "\u200b", "\u0007", "\b"];
        var lines = new List<string>();
        foreach (string h in hostile)
        {
            lines.Add($"x{h}y");
            lines.Add($"-a always,exit -F arch=b64 -S mk{h}dir");
            lines.Add($"-a always,exit -F arch=b64 -S mkdir -F uid=a{h}b");
            lines.Add($"-a always,exit -F arch=b64 -S mkdir -F {h}=1");
            lines.Add($"-a always,exit -F arch=b64 -S mkdir -k x -{h}");
            lines.Add($"-w /etc/{h} -p {h}");
            lines.Add($"-a always,exit -F arch=b64 -S mkdir -F uid={h}1 -k {h}");
        }

        lines.Add("-a always,exit -F arch=b64 -S mkdir -F uid=" + new string('\u202e', 5000));
        IReadOnlyList<RuleFinding> findings = Lint([.. lines]);
        Assert.True(findings.Count >= lines.Count - hostile.Length, string.Join('\n', findings));
        foreach (RuleFinding finding in findings)
        {
            foreach (char c in finding.Message)
            {
                UnicodeCategory category = char.GetUnicodeCategory(c);
                Assert.False(category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate,
                    $"U+{(int)c:x4} in line {finding.Line}: {finding}");
            }

            Assert.True(finding.Message.Length < 700, finding.ToString());
        }
    }

    [Fact]
    public void Invalid_utf8_in_a_file_is_quoted_as_its_bytes()
    {
        byte[] file = [.. "-a always,exit -F arch=b64 -S mkdir -F uid="u8.ToArray(), 0xff, 0xfe, (byte)'\n'];
        RuleFinding error = Assert.Single(RuleLinter.Check("audit.rules", new MemoryStream(file), AuditArch.X86_64, AuditArch.I386));
        Assert.Contains("'\\xff\\xfe'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_that_never_ends_is_read_in_bounded_memory_and_reported_once()
    {
        // 64 MB without a newline, as from /dev/zero: held only up to auditctl's limit.
        var endless = new EndlessStream(64L * 1024 * 1024, (byte)'x');
        RuleFinding error = Assert.Single(RuleLinter.Check("zero", endless, AuditArch.X86_64, AuditArch.I386));
        Assert.Contains("67,108,864 bytes", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length < 400, error.Message);
    }

    [Fact]
    public void Findings_come_as_the_file_is_read()
    {
        // An endless file of bad lines: the first findings arrive without reading it all.
        var endless = new EndlessStream(long.MaxValue, "-Z\n"u8.ToArray());
        Assert.Equal([1, 2, 3], RuleLinter.Check("endless", endless, AuditArch.X86_64, AuditArch.I386).Take(3).Select(f => f.Line));
    }

    /// <summary>A stream of one byte pattern repeated up to a length.</summary>
    private sealed class EndlessStream(long length, params byte[] pattern) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = (int)Math.Min(count, length - _position);
            for (int i = 0; i < n; i++)
            {
                buffer[offset + i] = pattern[(int)((_position + i) % pattern.Length)];
            }

            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
