using System.Text;
using SyscallTables.Audit;
using SyscallTables.Rules;

namespace SyscallTables.Tests.Rules;

/// <summary>Grouping, ordering, counting and rule text of <see cref="ExclusionRuleBuilder"/>, on hand-written records.</summary>
public sealed class ExclusionRuleBuilderTests
{
    // auditctl's b64 is this host's 64-bit arch; on another host an x86_64 rule names its arch.
    private static readonly string X86_64Term = AuditArchs.Host == AuditArch.X86_64 ? "b64" : "x86_64";

    private static int serial = 1000;

    private static string Syscall(string arch, int syscall, string success, int exit, string exe = "\"/bin/mkdir\"",
        string auid = "4294967295", string key = "\"file_changes\"") =>
        $"type=SYSCALL msg=audit(1480041901.111:{Interlocked.Increment(ref serial)}): arch={arch} syscall={syscall} success={success} exit={exit} a0=7ffd a1=1ff a2=0 a3=0 items=1 ppid=100 pid=101 auid={auid} uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 tty=(none) ses=4294967295 comm=\"mkdir\" exe={exe} key={key}";

    private static ExclusionRuleBuilder Read(ExclusionRuleBuilder builder, params string[] lines)
    {
        foreach (string line in lines)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(line);
            if (AuditRecord.TryParse(bytes, out AuditRecord record) || AuditRecord.TryParseInterpreted(bytes, out record))
            {
                builder.Add(record);
            }
        }

        return builder;
    }

    [Fact]
    public void Failing_events_group_by_arch_syscall_and_exit_most_frequent_first()
    {
        ExclusionRuleBuilder builder = Read(new ExclusionRuleBuilder(),
            Syscall("c000003e", 83, "no", -2),
            Syscall("c000003e", 257, "no", -13),
            Syscall("c000003e", 83, "no", -17),
            Syscall("c000003e", 83, "yes", 0),
            Syscall("c000003e", 83, "no", -17),
            Syscall("c000003e", 257, "no", -13),
            Syscall("c000003e", 83, "no", -17),
            "type=PATH msg=audit(1480041901.111:5431): item=0 name=\"/tmp/x\" nametype=PARENT");

        IReadOnlyList<ExclusionRuleGroup> groups = builder.GetGroups();
        Assert.Equal(
            [
                $"-A never,exit -F arch={X86_64Term} -S mkdir -F exit=-EEXIST -k exclude",
                $"-A never,exit -F arch={X86_64Term} -S openat -F exit=-EACCES -k exclude",
                $"-A never,exit -F arch={X86_64Term} -S mkdir -F exit=-ENOENT -k exclude",
            ],
            groups.Select(g => g.FormatRule("exclude")));
        Assert.Equal([3L, 2L, 1L], groups.Select(g => g.Count));
        Assert.Equal("# 3 x mkdir EEXIST(File exists) by /bin/mkdir", groups[0].FormatComment());
        Assert.Equal(7, builder.SyscallEventCount);
        Assert.Equal(6, builder.GroupedEventCount);
        Assert.Single(builder.GetGroups(minCount: 3));
    }

    [Fact]
    public void The_count_has_thousands_separators()
    {
        var builder = new ExclusionRuleBuilder();
        Read(builder, [.. Enumerable.Range(0, 4211).Select(_ => Syscall("c000003e", 83, "no", -17))]);

        Assert.Equal("# 4,211 x mkdir EEXIST(File exists) by /bin/mkdir", Assert.Single(builder.GetGroups()).FormatComment());
    }

    [Theory]
    [InlineData(463, "setxattrat")]
    [InlineData(452, "fchmodat2")]
    [InlineData(335, "uretprobe")]
    public void A_syscall_auditctl_cannot_name_is_written_as_its_number_with_the_name_in_the_comment(int number, string name)
    {
        ExclusionRuleGroup group = Assert.Single(Read(new ExclusionRuleBuilder(), Syscall("c000003e", number, "no", -1)).GetGroups());

        Assert.Equal($"-A never,exit -F arch={X86_64Term} -S {number} -F exit=-EPERM -k exclude", group.FormatRule("exclude"));
        Assert.Contains($"{name} is {number}: auditctl 3.0.9 has no name for it", group.FormatComment(), StringComparison.Ordinal);
        Assert.StartsWith($"# 1 x {name} EPERM(Operation not permitted)", group.FormatComment(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_rule_uses_audit_userspace_names_and_the_comment_the_kernel_s()
    {
        ExclusionRuleGroup group = Assert.Single(Read(new ExclusionRuleBuilder(), Syscall("c000003e", 17, "no", -9)).GetGroups());

        Assert.Equal($"-A never,exit -F arch={X86_64Term} -S pread -F exit=-EBADF -k exclude", group.FormatRule("exclude"));
        Assert.StartsWith("# 1 x pread64 EBADF(Bad file descriptor)", group.FormatComment(), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => group.FormatRule("two words"));
        Assert.Throws<ArgumentException>(() => group.FormatRule("key\n-D"));
    }

    [Fact]
    public void Ausearch_i_text_maps_back_to_the_same_rule_as_the_raw_record()
    {
        // As ausearch 3.0.9 -i prints the seed's record (with a PATH record before it and the event separator).
        ExclusionRuleBuilder interpreted = Read(new ExclusionRuleBuilder(ExclusionRuleFields.Exe | ExclusionRuleFields.Auid),
            "----",
            "type=PATH msg=audit(11/25/16 02:45:01.111:5431) : item=0 name=/tmp/x inode=1 dev=08:01 mode=dir,755 ouid=root ogid=root rdev=00:00 nametype=PARENT ",
            "type=SYSCALL msg=audit(11/25/16 02:45:01.111:5431) : arch=x86_64 syscall=mkdir success=no exit=EEXIST(File exists) a0=0x7ffd a1=0777 a2=0x0 a3=0x0 items=1 ppid=100 pid=101 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=mkdir exe=/bin/mkdir key=file_changes ",
            "type=SYSCALL msg=audit(11/25/16 02:45:02.111:5432) : arch=x86_64 syscall=pread success=no exit=EBADF(Bad file descriptor) a0=0x3 auid=unset exe=/bin/mkdir key=(null) ");
        ExclusionRuleBuilder raw = Read(new ExclusionRuleBuilder(ExclusionRuleFields.Exe | ExclusionRuleFields.Auid),
            Syscall("c000003e", 83, "no", -17), Syscall("c000003e", 17, "no", -9));

        Assert.Equal(2, interpreted.SyscallEventCount);
        Assert.Equal(raw.GetGroups().Select(g => g.FormatComment() + "\n" + g.FormatRule("exclude")),
            interpreted.GetGroups().Select(g => g.FormatComment() + "\n" + g.FormatRule("exclude")));
        Assert.Contains("-F exe=/bin/mkdir -F auid=unset", interpreted.GetGroups()[0].FormatRule("exclude"), StringComparison.Ordinal);
    }

    [Fact]
    public void Ausearch_i_text_of_an_unnamed_syscall_an_unnamed_errno_and_an_exe_with_a_space_maps_back()
    {
        // As ausearch 3.0.9 -i prints syscall=463 exit=-512 exe=2F6F70742F6D7920746F6F6C (hex for "/opt/my tool").
        const string Printed = "type=SYSCALL msg=audit(11/25/16 02:45:01.111:1) : arch=x86_64 syscall=unknown-syscall(463) success=no exit=(null)(Unknown error 512) a0=0x3 a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=unset uid=root comm=x exe=/opt/my tool key=(null) ";
        ExclusionRuleBuilder interpreted = Read(new ExclusionRuleBuilder(ExclusionRuleFields.Exe), Printed);
        ExclusionRuleBuilder raw = Read(new ExclusionRuleBuilder(ExclusionRuleFields.Exe),
            Syscall("c000003e", 463, "no", -512, exe: "2F6F70742F6D7920746F6F6C"));

        ExclusionRuleGroup group = Assert.Single(interpreted.GetGroups());
        Assert.Equal("/opt/my tool", group.GetValue(ExclusionRuleFields.Exe));
        Assert.Equal(Assert.Single(raw.GetGroups()).FormatComment(), group.FormatComment());

        // Grouped by an exe no rule can hold there is no rule; without --by the syscall and exit come back as numbers.
        Assert.StartsWith("# no rule: exe cannot be written in a rule", group.FormatRule("exclude"), StringComparison.Ordinal);
        Assert.Equal($"-A never,exit -F arch={X86_64Term} -S 463 -F exit=-512 -k exclude",
            Assert.Single(Read(new ExclusionRuleBuilder(), Printed).GetGroups()).FormatRule("exclude"));
    }

    [Fact]
    public void By_exe_and_auid_splits_groups_and_filters_on_them_while_key_only_names_itself()
    {
        IReadOnlyList<ExclusionRuleGroup> groups = Read(new ExclusionRuleBuilder(ExclusionRuleFields.Exe | ExclusionRuleFields.Auid | ExclusionRuleFields.Key),
            Syscall("c000003e", 83, "no", -17),
            Syscall("c000003e", 83, "no", -17, exe: "\"/usr/bin/install\"", auid: "1000"),
            Syscall("c000003e", 83, "no", -17)).GetGroups();

        Assert.Equal(2, groups.Count);
        Assert.Equal($"-A never,exit -F arch={X86_64Term} -S mkdir -F exit=-EEXIST -F exe=/bin/mkdir -F auid=unset -k quiet", groups[0].FormatRule("quiet"));
        Assert.Equal($"-A never,exit -F arch={X86_64Term} -S mkdir -F exit=-EEXIST -F exe=/usr/bin/install -F auid=1000 -k quiet", groups[1].FormatRule("quiet"));
        Assert.Equal("# 2 x mkdir EEXIST(File exists) by /bin/mkdir key=file_changes", groups[0].FormatComment());
        Assert.Equal("file_changes", groups[0].GetValue(ExclusionRuleFields.Key));
        Assert.Null(groups[0].GetValue(ExclusionRuleFields.Uid));
    }

    [Fact]
    public void A_hex_encoded_exe_is_decoded_and_one_with_a_space_gets_no_rule()
    {
        IReadOnlyList<ExclusionRuleGroup> groups = Read(new ExclusionRuleBuilder(ExclusionRuleFields.Exe),
            Syscall("c000003e", 83, "no", -17, exe: Convert.ToHexString(Encoding.UTF8.GetBytes("/opt/my tool"))),
            Syscall("c000003e", 83, "no", -17, exe: Convert.ToHexString(Encoding.UTF8.GetBytes("/opt/mytool"))),
            Syscall("c000003e", 83, "no", -17, exe: Convert.ToHexString(Encoding.UTF8.GetBytes("/opt/mytool")))).GetGroups();

        Assert.Equal($"-A never,exit -F arch={X86_64Term} -S mkdir -F exit=-EEXIST -F exe=/opt/mytool -k exclude", groups[0].FormatRule("exclude"));
        Assert.Equal("# no rule: exe cannot be written in a rule (see above), and a rule without it would silence mkdir EEXIST(File exists) for every program", groups[1].FormatRule("exclude"));
        Assert.Equal("# 1 x mkdir EEXIST(File exists) by /opt/my tool (exe not filtered: audit.rules cannot hold its spaces, backslashes, control or format characters or bytes that are not UTF-8)", groups[1].FormatComment());
    }

    [Fact]
    public void A_newline_in_a_logged_exe_cannot_add_a_line_to_the_rules()
    {
        // An attacker can name a program so that its hex-encoded exe decodes to a newline and an auditctl command.
        ExclusionRuleGroup group = Assert.Single(Read(new ExclusionRuleBuilder(ExclusionRuleFields.Exe | ExclusionRuleFields.Comm),
            Syscall("c000003e", 83, "no", -17, exe: Convert.ToHexString(Encoding.UTF8.GetBytes("/tmp/x\n-D")))).GetGroups());

        Assert.StartsWith("# no rule: exe cannot be written in a rule", group.FormatRule("exclude"), StringComparison.Ordinal);
        Assert.DoesNotContain('\n', group.FormatComment());
        Assert.Contains(@"by /tmp/x\x0a-D", group.FormatComment(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_of_a_known_group_allocates_nothing_even_grouped_by_every_field()
    {
        // A log repeats the same few programs and ids millions of times: each value is read once, not per event.
        var builder = new ExclusionRuleBuilder((ExclusionRuleFields)0xff, includeSucceeded: true);
        byte[] raw = Encoding.UTF8.GetBytes(Syscall("c000003e", 83, "no", -17, exe: Convert.ToHexString(Encoding.UTF8.GetBytes("/opt/my tool")), key: "6B3101" + "6B32"));
        byte[] text = Encoding.UTF8.GetBytes("type=SYSCALL msg=audit(11/25/16 02:45:01.111:5431) : arch=x86_64 syscall=mkdir success=no exit=EEXIST(File exists) a0=0x7ffd a1=0777 a2=0x0 a3=0x0 items=1 ppid=100 pid=101 auid=unset uid=root gid=root euid=unknown(1000) suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=mkdir exe=/bin/mkdir key=file_changes ");
        Assert.True(AuditRecord.TryParse(raw, out AuditRecord record));
        Assert.True(AuditRecord.TryParseInterpreted(text, out AuditRecord printed));
        for (int i = 0; i < 3; i++)
        {
            Assert.True(builder.Add(record));
            Assert.True(builder.Add(printed));
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            builder.Add(record);
            builder.Add(AuditRecord.TryParseInterpreted(text, out printed) ? printed : default);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal([1003L, 1003L], builder.GetGroups().Select(g => g.Count));
    }

    [Fact]
    public void A_32_bit_event_on_this_hosts_arch_is_b32()
    {
        Assert.SkipUnless(AuditArchs.Host == AuditArch.X86_64, "b32 means i386 only on an x86_64 host");
        ExclusionRuleGroup group = Assert.Single(Read(new ExclusionRuleBuilder(), Syscall("40000003", 39, "no", -17)).GetGroups());

        Assert.Equal("-A never,exit -F arch=b32 -S mkdir -F exit=-EEXIST -k exclude", group.FormatRule("exclude"));
    }

    [Fact]
    public void A_foreign_arch_is_named_and_its_own_table_names_the_syscall()
    {
        Assert.SkipWhen(AuditArchs.Host == AuditArch.Aarch64, "aarch64 is this host's b64");
        ExclusionRuleGroup group = Assert.Single(Read(new ExclusionRuleBuilder(), Syscall("c00000b7", 61, "no", -9)).GetGroups());

        Assert.Equal("-A never,exit -F arch=aarch64 -S getdents -F exit=-EBADF -k exclude", group.FormatRule("exclude"));
        Assert.StartsWith("# 1 x getdents64 EBADF(Bad file descriptor) by /bin/mkdir on aarch64", group.FormatComment(), StringComparison.Ordinal);
    }

    [Fact]
    public void Successful_events_are_grouped_only_when_asked_and_match_on_success()
    {
        string[] lines = [Syscall("c000003e", 83, "yes", 0), Syscall("c000003e", 83, "yes", 0), Syscall("c000003e", 83, "no", -17)];

        Assert.Single(Read(new ExclusionRuleBuilder(), lines).GetGroups());
        IReadOnlyList<ExclusionRuleGroup> all = Read(new ExclusionRuleBuilder(includeSucceeded: true), lines).GetGroups();
        Assert.Equal($"-a never,exit -F arch={X86_64Term} -S mkdir -F success=1 -k exclude", all[0].FormatRule("exclude", ExclusionRulePlacement.Append));
        Assert.Equal("# 2 x mkdir succeeded by /bin/mkdir", all[0].FormatComment());
    }

    [Fact]
    public void An_exit_that_is_no_errno_is_written_as_a_number_and_an_unknown_arch_is_counted()
    {
        ExclusionRuleBuilder builder = Read(new ExclusionRuleBuilder(), Syscall("c000003e", 61, "no", -512), Syscall("deadbeef", 1, "no", -1));

        Assert.Equal($"-A never,exit -F arch={X86_64Term} -S wait4 -F exit=-512 -k exclude", Assert.Single(builder.GetGroups()).FormatRule("exclude"));
        Assert.Equal(1, builder.UnsupportedArchCount);
    }

    // One failing record per arch: the arch's audit value, a syscall of the kernel's table for it, -EEXIST (17 on all).
    [Theory]
    [InlineData("40000003", 39, "-A never,exit -F arch=b32 -S mkdir -F exit=-EEXIST -k exclude", "# 1 x mkdir EEXIST(File exists) by /bin/mkdir")]
    [InlineData("c00000b7", 34, "-A never,exit -F arch=aarch64 -S mkdirat -F exit=-EEXIST -k exclude", "mkdirat EEXIST(File exists) by /bin/mkdir on aarch64")]
    [InlineData("40000028", 39, "-A never,exit -F arch=arm -S mkdir -F exit=-EEXIST -k exclude", "mkdir EEXIST(File exists) by /bin/mkdir on arm")]
    [InlineData("c0000015", 39, "-A never,exit -F arch=ppc64le -S mkdir -F exit=-EEXIST -k exclude", "mkdir EEXIST(File exists) by /bin/mkdir on ppc64le")]
    [InlineData("80000016", 39, "-A never,exit -F arch=s390x -S mkdir -F exit=-EEXIST -k exclude", "mkdir EEXIST(File exists) by /bin/mkdir on s390x")]
    // auditctl 3.0.9's tables lack s390x getdents64 and arm pselect6: the number, and the comment says why.
    [InlineData("80000016", 220, "-A never,exit -F arch=s390x -S 220 -F exit=-EEXIST -k exclude", "(getdents64 is 220: auditctl 3.0.9 has no name for it)")]
    [InlineData("40000028", 335, "-A never,exit -F arch=arm -S 335 -F exit=-EEXIST -k exclude", "(pselect6 is 335: auditctl 3.0.9 has no name for it)")]
    // auditctl 3.0.9 has no riscv64 or loongarch64: the kernel's value in hex (a later auditctl reads it), the number.
    [InlineData("c00000f3", 34, "-A never,exit -F arch=0xc00000f3 -S 34 -F exit=-EEXIST -k exclude", "on riscv64 (auditctl 3.0.9 has no arch riscv64")]
    [InlineData("c0000102", 34, "-A never,exit -F arch=0xc0000102 -S 34 -F exit=-EEXIST -k exclude", "on loongarch64 (auditctl 3.0.9 has no arch loongarch64")]
    // Exit rules hold syscalls 0-2047: mips o32 mkdir (4039) and x32 mkdir (0x40000000 + 83) get no rule.
    [InlineData("8", 4039, "# no rule: the kernel's exit filter cannot match mips syscall 4039", "mkdir EEXIST(File exists) by /bin/mkdir on mips (syscall 4039 is past 2047")]
    [InlineData("c000003e", 0x40000053, "# no rule: the kernel's exit filter cannot match x32 syscall 1073741907", "mkdir EEXIST(File exists) by /bin/mkdir on x32 (syscall 1073741907 is past 2047")]
    public void A_record_of_each_arch_gets_the_rule_that_loads_on_its_host(string arch, int syscall, string rule, string comment)
    {
        Assert.SkipUnless(AuditArchs.Host == AuditArch.X86_64, "the expected rules say b32 for i386, which is what auditctl means by it on an x86_64 host");
        ExclusionRuleGroup group = Assert.Single(Read(new ExclusionRuleBuilder(), Syscall(arch, syscall, "no", -17)).GetGroups());

        Assert.StartsWith(rule, group.FormatRule("exclude"), StringComparison.Ordinal);
        Assert.Contains(comment, group.FormatComment(), StringComparison.Ordinal);
        Assert.Equal(!rule.StartsWith('#'), group.CanExclude);
    }

    [Fact]
    public void An_errno_a_mips_or_ppc_record_numbers_differently_is_written_as_its_number()
    {
        // ppc's EDEADLOCK is 58, a number the generic table (auditctl's) has no name for.
        ExclusionRuleGroup ppc = Assert.Single(Read(new ExclusionRuleBuilder(), Syscall("c0000015", 39, "no", -58)).GetGroups());
        Assert.Equal("-A never,exit -F arch=ppc64le -S mkdir -F exit=-58 -k exclude", ppc.FormatRule("exclude"));
        Assert.StartsWith("# 1 x mkdir EDEADLOCK(", ppc.FormatComment(), StringComparison.Ordinal);

        // Generic 35 is EDEADLK on ppc too, so the name stands.
        ExclusionRuleGroup deadlk = Assert.Single(Read(new ExclusionRuleBuilder(), Syscall("c0000015", 39, "no", -35)).GetGroups());
        Assert.Contains(" -F exit=-EDEADLK ", deadlk.FormatRule("exclude"), StringComparison.Ordinal);
    }
}
