using System.Globalization;
using System.Text;
using SyscallTables.Audit;
using SyscallTables.Rules;

namespace SyscallTables.Tests.Rules;

/// <summary>
/// Logged values chosen by an attacker (any user picks the path of the program they run) or mangled by a log's
/// journey, through <see cref="ExclusionRuleBuilder"/>: a rule filters only on what auditctl and the kernel read back
/// as exactly the logged value, leaves the rest out and says so, and no line of the output can become another line.
/// What auditctl 3.0.9 and kernel 6.12 do with each value was tried on the real ones (ExclusionRuleKernelTests load
/// what is written).
/// </summary>
public sealed class ExclusionRuleHostileValueTests
{
    private static readonly string X86_64Term = AuditArchs.Host == AuditArch.X86_64 ? "b64" : "x86_64";

    private const string Ids = "auid=1000 uid=1000 gid=1000 euid=1000 suid=1000 fsuid=1000 egid=1000 sgid=1000 fsgid=1000";

    private static string Raw(string fields, int exit = -17, string arch = "c000003e", int syscall = 83) =>
        string.Create(CultureInfo.InvariantCulture, $"type=SYSCALL msg=audit(1480041901.111:1): arch={arch} syscall={syscall} success=no exit={exit} a0=3 a1=0 a2=0 a3=0 items=0 ppid=1 pid=2 {fields}");

    private static string Text(string fields) =>
        $"type=SYSCALL msg=audit(11/25/16 02:45:01.111:1) : arch=x86_64 syscall=mkdir success=no exit=EEXIST(File exists) a0=0x3 a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 {fields} ";

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes);

    private static string Hex(string text) => Convert.ToHexString(Encoding.UTF8.GetBytes(text));

    internal static ExclusionRuleBuilder Read(ExclusionRuleBuilder builder, params string[] lines)
    {
        foreach (string line in lines)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(line);
            _ = (AuditRecord.TryParse(bytes, out AuditRecord record) || AuditRecord.TryParseInterpreted(bytes, out record)) && builder.Add(record);
        }

        return builder;
    }

    private static ExclusionRuleGroup Single(ExclusionRuleFields by, string line) => Assert.Single(Read(new ExclusionRuleBuilder(by), line).GetGroups());

    /// <summary>What the builder writes for its rules, as <c>syscalls rule</c> writes it below its header.</summary>
    internal static string[] Lines(ExclusionRuleBuilder builder, string key = "exclude", ExclusionRulePlacement placement = ExclusionRulePlacement.Prepend)
    {
        var output = new StringWriter();
        foreach (ExclusionRule rule in builder.GetRules(key, placement))
        {
            rule.WriteTo(output);
        }

        return output.ToString().Split('\n')[..^1];
    }

    /// <summary>Whether a line holds a character that would act on a terminal or reorder what a reader sees.</summary>
    internal static bool HoldsControlOrFormat(string line)
    {
        foreach (Rune rune in line.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate || rune == Rune.ReplacementChar)
            {
                return true;
            }
        }

        return false;
    }

    [Fact]
    public void An_exe_that_would_cut_auditctl_s_line_into_a_rule_of_its_own_is_shortened_in_the_comment()
    {
        // auditctl -R reads 6,143 bytes at a time: an exe that pushed the comment past that, with a rule at the cut, got
        // the rule loaded. Control bytes are escaped to four bytes each, so 1,500 of them went a long way.
        const string Prefix = "# 1 x mkdir EEXIST(File exists) by /tmp/";
        const string Injected = "-a never,exit -F arch=b64 -S rmdir -k INJECTED";
        int controls = (AuditctlLimits.MaxLineBytes - Prefix.Length) / 4;
        string exe = "/tmp/" + new string('\u0002', controls) + new string('a', AuditctlLimits.MaxLineBytes - Prefix.Length - (4 * controls)) + Injected;

        string[] lines = Lines(Read(new ExclusionRuleBuilder(), Raw($"{Ids} comm=\"x\" exe={Hex(exe)} key=(null)")));

        Assert.All(lines, l => Assert.InRange(Encoding.UTF8.GetByteCount(l), 1, AuditctlLimits.MaxWrittenLineBytes));
        Assert.Equal([$"-A never,exit -F arch={X86_64Term} -S mkdir -F exit=-EEXIST -k exclude"], lines.Where(l => !l.StartsWith('#')));
        string comment = Assert.Single(lines, l => l.StartsWith('#'));
        Assert.StartsWith(@"# 1 x mkdir EEXIST(File exists) by /tmp/\x02\x02", comment, StringComparison.Ordinal);
        Assert.EndsWith(string.Create(CultureInfo.InvariantCulture, $"... (shortened: exe of {Encoding.UTF8.GetByteCount(exe):N0} bytes)"), comment, StringComparison.Ordinal);
        Assert.DoesNotContain("INJECTED", comment, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("auid", "4294967295", "unset")]
    [InlineData("auid", "4294967294", "4294967294")]
    [InlineData("uid", "0", "0")]
    [InlineData("uid", "0100", "100")]
    [InlineData("uid", "4294967295", null)]
    [InlineData("euid", "4294967295", null)]
    [InlineData("gid", "4294967295", null)]
    [InlineData("egid", "4294967295", null)]
    [InlineData("uid", "4294967296", null)]
    [InlineData("auid", "4294967296", null)]
    [InlineData("uid", "-1", null)]
    [InlineData("uid", "0x10", null)]
    [InlineData("uid", "99999999999999999999", null)]
    [InlineData("euid", "unset", null)]
    [InlineData("uid", "abc", null)]
    public void A_raw_id_is_filtered_only_as_a_number_the_kernel_reads_back_as_logged(string field, string logged, string? written)
    {
        ExclusionRuleFields by = Enum.Parse<ExclusionRuleFields>(field, ignoreCase: true);
        string fields = string.Join(' ', Ids.Split(' ').Select(f => f.StartsWith(field + "=", StringComparison.Ordinal) ? $"{field}={logged}" : f));

        AssertIdWritten(Single(by, Raw($"{fields} comm=\"x\" exe=\"/bin/mkdir\" key=(null)")), field, logged, written);
    }

    [Theory]
    [InlineData("auid", "unknown(99999)", "99999")]
    [InlineData("auid", "unset", "unset")]
    [InlineData("uid", "unknown(4294967296)", null)]
    [InlineData("euid", "unset", null)]
    [InlineData("gid", "unset", null)]
    [InlineData("uid", "root", null)]
    [InlineData("uid", "conversion error(99999999999999999999)", null)]
    public void An_ausearch_i_id_is_mapped_back_to_its_number_and_a_name_is_not_filtered(string field, string printed, string? written)
    {
        ExclusionRuleFields by = Enum.Parse<ExclusionRuleFields>(field, ignoreCase: true);

        AssertIdWritten(Single(by, Text($"{field}={printed} comm=x exe=/bin/mkdir key=(null)")), field, printed, written);
    }

    private static void AssertIdWritten(ExclusionRuleGroup group, string field, string logged, string? written)
    {
        string rule = group.FormatRule("exclude");
        string comment = group.FormatComment();
        if (written is not null)
        {
            Assert.Contains($" -F {field}={written} -k ", rule, StringComparison.Ordinal);
            Assert.DoesNotContain("not filtered", comment, StringComparison.Ordinal);
        }
        else
        {
            // Without the filter the rule would silence every user's failing mkdir: the group gets no rule.
            Assert.False(group.HasRule);
            Assert.Equal($"# no rule: {field} cannot be written in a rule (see above), and a rule without it would silence mkdir EEXIST(File exists) for every {(field.Contains("gid", StringComparison.Ordinal) ? "group" : "user")}", rule);
            // A long value is shown cut, with its length.
            Assert.Contains($" {field}={logged[..Math.Min(logged.Length, 12)]}", comment, StringComparison.Ordinal);
            Assert.Contains($" ({field} not filtered: {ExclusionRuleValue.UnwritableId})", comment, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/usr/bin/mkdir", true)]
    [InlineData("/opt/café/€/𝄞", true)]
    [InlineData("/tmp/a<b", true)]
    [InlineData("/tmp/a=b", true)]
    [InlineData("/tmp/a\"b", true)]
    [InlineData("/x", true)]
    [InlineData("/opt/x\\", false)]
    [InlineData("/opt/a\\\\b", false)]
    [InlineData("/opt/a\\b", false)]
    [InlineData("", false)]
    [InlineData("?", false)]
    [InlineData("(null)", false)]
    [InlineData("relative/x", false)]
    [InlineData("/", false)]
    [InlineData("/tmp/", false)]
    [InlineData("/tmp/.", false)]
    [InlineData("/tmp/../x", false)]
    [InlineData("//x", false)]
    [InlineData("/tmp/a!=b", false)]
    [InlineData("/tmp/a>=b", false)]
    [InlineData("/tmp/a<=b", false)]
    [InlineData("/tmp/a&=b", false)]
    [InlineData("/opt/my tool", false)]
    [InlineData("/usr/bin/x (deleted)", false)]
    [InlineData("/tmp/a\tb", false)]
    [InlineData("/tmp/a\u0004b", false)]
    [InlineData("/tmp/a\u0007b", false)]
    [InlineData("/tmp/a\u007fb", false)]
    [InlineData("/tmp/a\u0085b", false)]
    [InlineData("/tmp/a\u00a0b", false)]
    [InlineData("/tmp/\u202eabc", false)]
    [InlineData("/tmp/a\u2028b", false)]
    [InlineData("/tmp/a\u200bb", false)]
    [InlineData("/tmp/\n-D", false)]
    public void An_exe_is_filtered_only_when_auditctl_and_the_kernel_read_back_the_same_bytes(string exe, bool filtered)
    {
        // The kernel logs an exe in quotes, or in hex when it holds a space, a quote or a byte outside 0x21-0x7e.
        string logged = exe.Length > 0 && exe.All(c => c is > ' ' and < '\u007f' and not '"') ? $"\"{exe}\"" : Hex(exe);
        AssertExeWritten(Single(ExclusionRuleFields.Exe, Raw($"{Ids} comm=\"x\" exe={logged} key=(null)")), exe, filtered);
    }

    [Theory]
    [InlineData(255, true)]
    [InlineData(256, false)]
    public void An_exe_with_a_name_longer_than_the_kernel_s_NAME_MAX_is_not_filtered(int nameLength, bool filtered)
    {
        string exe = "/tmp/" + new string('a', nameLength);
        AssertExeWritten(Single(ExclusionRuleFields.Exe, Raw($"{Ids} comm=\"x\" exe=\"{exe}\" key=(null)")), exe, filtered);
    }

    [Theory]
    [InlineData(ExclusionRuleValue.MaxExeBytes, true)]
    [InlineData(ExclusionRuleValue.MaxExeBytes + 1, false)]
    [InlineData(AuditctlLimits.MaxPathBytes + 1, false)]
    [InlineData(10_000, false)]
    public void A_long_exe_is_filtered_up_to_what_keeps_the_rule_a_short_line(int length, bool filtered)
    {
        // Folders of 99 bytes, so that no name is longer than the kernel takes.
        var exe = new StringBuilder();
        while (exe.Length < length)
        {
            int name = Math.Min(99, length - exe.Length - 1);
            exe.Append('/').Append('d', name);
        }

        ExclusionRuleGroup group = Single(ExclusionRuleFields.Exe, Raw($"{Ids} comm=\"x\" exe=\"{exe}\" key=(null)"));
        AssertExeWritten(group, exe.ToString(), filtered);
        Assert.Equal(length > 200, group.FormatComment().Contains(string.Create(CultureInfo.InvariantCulture, $"(shortened: exe of {length:N0} bytes)"), StringComparison.Ordinal));
    }

    [Fact]
    public void An_exe_of_bytes_that_are_not_utf8_is_not_filtered_and_shown_byte_by_byte()
    {
        ExclusionRuleGroup group = Single(ExclusionRuleFields.Exe, Raw($"{Ids} comm=\"x\" exe={Hex([.. "/tmp/a"u8, 0xff, 0xc3, (byte)'b'])} key=(null)"));

        Assert.DoesNotContain("-F exe=", group.FormatRule("exclude"), StringComparison.Ordinal);
        Assert.Contains(@"by /tmp/a\xff\xc3b (exe not filtered: ", group.FormatComment(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/opt/x\\", false)]
    [InlineData("/tmp/a\\012b", false)]
    [InlineData("(null)", false)]
    [InlineData("/usr/bin/mkdir", true)]
    public void An_exe_as_ausearch_i_prints_it_is_filtered_only_when_it_is_the_logged_path(string printed, bool filtered)
    {
        // ausearch -i prints a control byte as \NNN and a backslash as it is, so a backslash leaves the path unknown.
        ExclusionRuleGroup group = Single(ExclusionRuleFields.Exe, Text($"auid=unset uid=root comm=x exe={printed} key=(null)"));

        Assert.Equal(filtered, group.FormatRule("exclude").Contains($" -F exe={printed} ", StringComparison.Ordinal));
        Assert.Equal(!filtered, group.FormatComment().Contains("(exe not filtered: ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_exe_the_events_do_not_log_gets_no_rule_and_the_comment_says_why()
    {
        ExclusionRuleGroup group = Single(ExclusionRuleFields.Exe, Raw($"{Ids} comm=\"kworker\" exe=(null) key=(null)"));

        Assert.Equal("# no rule: exe cannot be written in a rule (see above), and a rule without it would silence mkdir EEXIST(File exists) for every program", group.FormatRule("exclude"));
        Assert.Equal("# 1 x mkdir EEXIST(File exists) (exe not filtered: the events log none)", group.FormatComment());
    }

    private static void AssertExeWritten(ExclusionRuleGroup group, string exe, bool filtered)
    {
        string rule = group.FormatRule("exclude");
        string comment = group.FormatComment();
        if (filtered)
        {
            Assert.Equal($"-A never,exit -F arch={X86_64Term} -S mkdir -F exit=-EEXIST -F exe={exe} -k exclude", rule);
            Assert.DoesNotContain("not filtered", comment, StringComparison.Ordinal);
        }
        else
        {
            // Without the filter the rule would silence every program's failing mkdir: the group gets no rule.
            Assert.False(group.HasRule);
            Assert.Equal("# no rule: exe cannot be written in a rule (see above), and a rule without it would silence mkdir EEXIST(File exists) for every program", rule);
            Assert.Contains("(exe not filtered: ", comment, StringComparison.Ordinal);
        }

        Assert.False(HoldsControlOrFormat(comment), comment);
        Assert.InRange(Encoding.UTF8.GetByteCount(comment), 1, AuditctlLimits.MaxWrittenLineBytes);
    }

    [Fact]
    public void Bidi_controls_and_line_separators_of_a_logged_exe_key_or_comm_are_escaped_in_the_comment()
    {
        string raw = Raw($"{Ids} comm={Hex("a\u202eb")} exe={Hex("/tmp/\u202eabc\u2028x")} key={Hex("k1\u0001k2\u001b[31m\u2029")}");
        string text = Text("auid=unset uid=root comm=a\u202eb exe=/tmp/\u202eabc\u2028x key=k\u2066y");
        const ExclusionRuleFields By = ExclusionRuleFields.Exe | ExclusionRuleFields.Key | ExclusionRuleFields.Comm;

        string fromRaw = Single(By, raw).FormatComment();
        string fromText = Single(By, text).FormatComment();

        Assert.StartsWith(@"# 1 x mkdir EEXIST(File exists) by /tmp/\u202eabc\u2028x key=k1,k2\x1b[31m\u2029 comm=a\u202eb (exe not filtered: ", fromRaw, StringComparison.Ordinal);
        Assert.StartsWith(@"# 1 x mkdir EEXIST(File exists) by /tmp/\u202eabc\u2028x key=k\u2066y comm=a\u202eb (exe not filtered: ", fromText, StringComparison.Ordinal);
        Assert.False(HoldsControlOrFormat(fromRaw), fromRaw);
        Assert.False(HoldsControlOrFormat(fromText), fromText);
    }

    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("key\n-D")]
    [InlineData("a\u0001b")]
    [InlineData("a\tb")]
    [InlineData("a\\b")]
    [InlineData("trailing\\")]
    [InlineData("a\u202eb")]
    [InlineData("a\u2028b")]
    [InlineData("a\u00a0b")]
    [InlineData("a\u200bb")]
    public void A_key_a_rule_cannot_hold_as_written_is_refused_with_one_reason_everywhere(string key)
    {
        ExclusionRuleBuilder builder = Read(new ExclusionRuleBuilder(), Raw($"{Ids} comm=\"x\" exe=\"/bin/mkdir\" key=(null)"));

        Assert.False(ExclusionRule.IsWritableKey(key, out string? problem));
        Assert.Equal(problem, Assert.Throws<ArgumentException>(() => builder.GetGroups()[0].FormatRule(key)).Message.Split(" (Parameter")[0]);
        Assert.Equal(problem, Assert.Throws<ArgumentException>(() => builder.GetRules(key)).Message.Split(" (Parameter")[0]);
    }

    [Fact]
    public void A_key_may_hold_up_to_the_kernel_s_256_bytes()
    {
        string longest = new('é', AuditctlLimits.MaxKeyBytes / 2);

        Assert.True(ExclusionRule.IsWritableKey(longest, out _));
        Assert.True(ExclusionRule.IsWritableKey("quiet_mkdir-1.2,x#y", out _));
        Assert.False(ExclusionRule.IsWritableKey(longest + "a", out string? problem));
        Assert.Contains("256 bytes", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Groups_that_differ_only_in_what_a_rule_cannot_say_share_one_line_under_all_their_comments()
    {
        // auditctl refuses a rule identical to one it has loaded ("Rule exists"), and auditctl -R stops at that line.
        ExclusionRuleBuilder builder = Read(new ExclusionRuleBuilder(ExclusionRuleFields.Exe | ExclusionRuleFields.Key),
            Raw($"{Ids} comm=\"x\" exe=\"/bin/mkdir\" key=\"one\""),
            Raw($"{Ids} comm=\"x\" exe=\"/bin/mkdir\" key=\"two\""),
            Raw($"{Ids} comm=\"x\" exe=\"/bin/mkdir\" key=\"two\""),
            Raw($"{Ids} comm=\"x\" exe={Hex("/opt/my tool")} key=\"one\""),
            Raw($"{Ids} comm=\"x\" exe={Hex("/opt/other tool")} key=\"one\""),
            Raw($"{Ids} comm=\"x\" exe={Hex("/opt/other tool")} key=\"one\""),
            Raw($"{Ids} comm=\"x\" exe={Hex("/opt/x\\")} key=\"one\""),
            Raw($"{Ids} comm=\"x\" exe=\"/usr/bin/install\" key=\"one\""));

        IReadOnlyList<ExclusionRule> rules = builder.GetRules("exclude");

        Assert.Equal(6, builder.GetGroups().Count);
        Assert.Equal(
            [
                "# no rule: exe cannot be written in a rule (see above), and a rule without it would silence mkdir EEXIST(File exists) for every program",
                $"-A never,exit -F arch={X86_64Term} -S mkdir -F exit=-EEXIST -F exe=/bin/mkdir -k exclude",
                $"-A never,exit -F arch={X86_64Term} -S mkdir -F exit=-EEXIST -F exe=/usr/bin/install -k exclude",
            ],
            rules.Select(r => r.Text));
        Assert.Equal([4L, 3L, 1L], rules.Select(r => r.Count));
        Assert.Equal([3, 2, 1], rules.Select(r => r.Groups.Count));
        string[] lines = Lines(builder);
        Assert.Equal(lines.Length, lines.Distinct().Count());
        Assert.Equal(
            [
                "# 2 x mkdir EEXIST(File exists) by /opt/other tool key=one (exe not filtered: audit.rules cannot hold its spaces, backslashes, control or format characters or bytes that are not UTF-8)",
                "# 1 x mkdir EEXIST(File exists) by /opt/my tool key=one (exe not filtered: audit.rules cannot hold its spaces, backslashes, control or format characters or bytes that are not UTF-8)",
                @"# 1 x mkdir EEXIST(File exists) by /opt/x\\ key=one (exe not filtered: audit.rules cannot hold its spaces, backslashes, control or format characters or bytes that are not UTF-8)",
                rules[0].Text,
                "# 2 x mkdir EEXIST(File exists) by /bin/mkdir key=two",
                "# 1 x mkdir EEXIST(File exists) by /bin/mkdir key=one",
                rules[1].Text,
            ],
            lines[..7]);
        Assert.Equal([false, true, true], rules.Select(r => r.FiltersOnExe));
        Assert.Equal([false, true, true], rules.Select(r => r.IsRule));
    }

    [Fact]
    public void The_longest_rule_stays_a_short_line()
    {
        // The longest syscall name auditctl knows, on an arch it names; a 256-byte key; every id at its longest.
        (AuditArch arch, int syscall, int nameLength) = (AuditArch.X86_64, 0, 0);
        foreach (AuditArch candidate in Syscalls.SupportedArchs)
        {
            foreach (int number in Syscalls.GetNumbers(candidate))
            {
                if (AuditctlSyscalls.IsKnown(candidate, number) && Syscalls.GetAuditName(candidate, number)!.Length > nameLength)
                {
                    (arch, syscall, nameLength) = (candidate, number, Syscalls.GetAuditName(candidate, number)!.Length);
                }
            }
        }

        string exe = "/" + string.Join('/', Enumerable.Repeat(new string('e', 99), 11))[..(ExclusionRuleValue.MaxExeBytes - 1)];
        string ids = "auid=4294967294 uid=4294967294 gid=4294967294 euid=4294967294 egid=4294967294";
        ExclusionRuleFields all = ExclusionRuleFields.Exe | ExclusionRuleFields.Auid | ExclusionRuleFields.Uid | ExclusionRuleFields.Euid | ExclusionRuleFields.Gid | ExclusionRuleFields.Egid;
        ExclusionRuleGroup group = Single(all, Raw($"{ids} comm=\"x\" exe=\"{exe}\" key=(null)", exit: int.MinValue, arch: ((uint)arch).ToString("x", CultureInfo.InvariantCulture), syscall: syscall));

        string rule = group.FormatRule(new string('k', AuditctlLimits.MaxKeyBytes));

        Assert.Contains($" -F exe={exe} ", rule, StringComparison.Ordinal);
        Assert.Contains(" -F egid=4294967294 ", rule, StringComparison.Ordinal);
        Assert.InRange(Encoding.UTF8.GetByteCount(rule), 1, AuditctlLimits.MaxWrittenLineBytes);
        TestContext.Current.TestOutputHelper?.WriteLine($"{Encoding.UTF8.GetByteCount(rule)} bytes: {rule[..120]}...");
    }

    [Fact]
    public void The_longest_comment_stays_a_short_line()
    {
        // Every value long and of 3-byte characters, on an arch auditctl cannot name, for every errno's message.
        string huge = new('€', 3000);
        ExclusionRuleFields all = (ExclusionRuleFields)0xff;
        var builder = new ExclusionRuleBuilder(all);
        foreach (int errno in Errnos.Numbers)
        {
            Read(builder, Raw($"auid={huge} uid={huge} gid={huge} euid={huge} egid={huge} comm={Hex(huge)} exe={Hex("/" + huge)} key={Hex(huge + "\u0001" + huge)}", exit: -errno, arch: "c0000102", syscall: 34));
        }

        IReadOnlyList<ExclusionRuleGroup> groups = builder.GetGroups();
        Assert.Equal(Errnos.Count, groups.Count);
        int longest = groups.Max(g => Encoding.UTF8.GetByteCount(g.FormatComment()));
        Assert.InRange(longest, 1, AuditctlLimits.MaxWrittenLineBytes);
        Assert.Contains("(shortened: exe of 9,001 bytes, auid of 9,000 bytes, uid of 9,000 bytes, euid of 9,000 bytes, gid of 9,000 bytes, egid of 9,000 bytes, key of 18,001 bytes, comm of 9,000 bytes)", groups[0].FormatComment(), StringComparison.Ordinal);
        TestContext.Current.TestOutputHelper?.WriteLine($"longest comment: {longest} bytes");
    }

    [Fact]
    public void Past_the_group_cap_events_are_counted_not_grouped_and_known_groups_keep_counting()
    {
        var builder = new ExclusionRuleBuilder();
        for (int i = 1; i <= ExclusionRuleBuilder.MaxGroups + 5; i++)
        {
            Read(builder, Raw($"{Ids} comm=\"x\" exe=\"/bin/mkdir\" key=(null)", exit: -i));
        }

        Read(builder, Raw($"{Ids} comm=\"x\" exe=\"/bin/mkdir\" key=(null)", exit: -1));

        Assert.Equal(ExclusionRuleBuilder.MaxGroups, builder.GroupCount);
        Assert.Equal(5, builder.UngroupedEventCount);
        Assert.Equal(ExclusionRuleBuilder.MaxGroups + 1, builder.GroupedEventCount);
        Assert.Equal(ExclusionRuleBuilder.MaxGroups + 6, builder.SyscallEventCount);
    }

    [Fact]
    public void Past_the_memory_cap_of_grouped_values_events_are_counted_not_grouped()
    {
        // Distinct exes of 1,000 bytes, each one a rule could filter on, so each is kept whole.
        var builder = new ExclusionRuleBuilder(ExclusionRuleFields.Exe);
        int distinct = (ExclusionRuleBuilder.MaxGroupValueBytes / sizeof(char) / 1000) + 100;
        string folder = "/" + new string('d', 200) + "/" + new string('d', 200) + "/" + new string('d', 200) + "/" + new string('d', 200) + "/";
        for (int i = 0; i < distinct; i++)
        {
            Read(builder, Raw($"{Ids} comm=\"x\" exe=\"{folder}{i.ToString("D195", CultureInfo.InvariantCulture)}\" key=(null)"));
        }

        Assert.InRange(builder.GroupCount, ExclusionRuleBuilder.MaxGroupValueBytes / (2 * sizeof(char) * 1000), distinct - 100);
        Assert.Equal(distinct - builder.GroupCount, builder.UngroupedEventCount);
        Assert.Equal(1000, builder.GetGroups()[0].GetValue(ExclusionRuleFields.Exe)!.Length);
    }
}
