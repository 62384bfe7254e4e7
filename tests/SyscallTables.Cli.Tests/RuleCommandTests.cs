using System.Globalization;
using SyscallTables.Audit;
using SyscallTables.Rules;

namespace SyscallTables.Cli.Tests;

/// <summary><c>syscalls rule</c>: the rules, their comments and header, the options, and the exit status.</summary>
public sealed class RuleCommandTests : IDisposable
{
    private const string SeedRecord = "Nov 25 11:45:01 myhost audispd: node=myhost type=SYSCALL msg=audit(1480041901.111:5431): arch=c000003e syscall=83 success=no exit=-17 a0=7ffd a1=1ff a2=0 a3=0 items=1 ppid=100 pid=101 auid=4294967295 uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 tty=(none) ses=4294967295 comm=\"mkdir\" exe=\"/bin/mkdir\" key=\"file_changes\"";

    private static readonly string X86_64Term = AuditArchs.Host == AuditArch.X86_64 ? "b64" : "x86_64";

    private readonly string _dir = Directory.CreateTempSubdirectory("syscalls-rule-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Log(string name, params string[] lines)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    // ausearch skips a SYSCALL record without all of a0-a3, so the records carry them.
    private static string Record(int serial, int syscall, string success, int exit, string exe = "/bin/mkdir") =>
        $"type=SYSCALL msg=audit(1480041901.111:{serial}): arch=c000003e syscall={syscall} success={success} exit={exit} a0=3 a1=0 a2=0 a3=0 items=0 ppid=1 pid=2 auid=1000 uid=1000 gid=1000 euid=1000 suid=1000 fsuid=1000 egid=1000 sgid=1000 fsgid=1000 tty=pts0 ses=1 comm=\"x\" exe=\"{exe}\" key=(null)";

    [Fact]
    public void The_seed_record_becomes_a_prepended_rule_under_its_comment()
    {
        CliResult result = CliRun.Syscalls("rule", Log("seed.log", SeedRecord));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.StandardError);
        string[] lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("# syscalls rule: 1 exclusion rule for 1 of 1 syscall events", lines[0], StringComparison.Ordinal);
        Assert.Contains("first-match", lines[1], StringComparison.Ordinal);
        Assert.Equal("# 1 x mkdir EEXIST(File exists) by /bin/mkdir", lines[2]);
        Assert.Equal($"-A never,exit -F arch={X86_64Term} -S mkdir -F exit=-EEXIST -k exclude", lines[3]);
    }

    [Fact]
    public void Ausearch_i_output_gives_the_same_rules_as_the_raw_log()
    {
        string? ausearch = InstalledPrograms.Find("ausearch");
        Assert.SkipWhen(ausearch is null, "ausearch is not installed (Debian package auditd)");
        string raw = Log("raw.log", Record(1, 83, "no", -17), Record(2, 257, "no", -13), Record(3, 83, "no", -17), Record(4, 0, "no", -9, "/usr/bin/cat"));
        CliResult interpreted = CliRun.Process(ausearch!, "-i", "-if", raw);
        Assert.True(interpreted.ExitCode == 0, interpreted.ToString());

        CliResult fromRaw = CliRun.Syscalls("rule", "--by", "exe,auid", raw);
        CliResult fromText = CliRun.Syscalls("rule", "--by", "exe", Log("interpreted.txt", interpreted.StandardOutput));

        Assert.Equal(0, fromRaw.ExitCode);
        Assert.Equal(3, fromRaw.StandardOutput.Split('\n').Count(l => l.StartsWith("-A never,exit", StringComparison.Ordinal)));
        // auid is numeric in the raw log and a name (as this host resolves it) in ausearch's text; the rest is the same.
        Assert.Equal(fromRaw.StandardOutput.Replace(" -F auid=1000", "", StringComparison.Ordinal), fromText.StandardOutput);
    }

    [Fact]
    public void Append_writes_a_and_says_where_the_rules_must_go()
    {
        CliResult result = CliRun.Syscalls("rule", "--append", "--key", "quiet_mkdir", Log("seed.log", SeedRecord));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("BEFORE the always rules", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains($"\n-a never,exit -F arch={X86_64Term} -S mkdir -F exit=-EEXIST -k quiet_mkdir\n", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Min_count_and_all_choose_the_groups()
    {
        string log = Log("mixed.log", Record(1, 83, "no", -17), Record(2, 83, "no", -17), Record(3, 257, "no", -13), Record(4, 0, "yes", 5), Record(5, 0, "yes", 5));

        CliResult frequent = CliRun.Syscalls("rule", "--min-count", "2", log);
        Assert.Equal(["-A never,exit -F arch=" + X86_64Term + " -S mkdir -F exit=-EEXIST -k exclude"],
            frequent.StandardOutput.Split('\n').Where(l => l.StartsWith('-')));

        CliResult all = CliRun.Syscalls("rule", "--all", log);
        Assert.Equal(
            ["# 2 x read succeeded by /bin/mkdir", "# 2 x mkdir EEXIST(File exists) by /bin/mkdir", "# 1 x openat EACCES(Permission denied) by /bin/mkdir"],
            all.StandardOutput.Split('\n').Where(l => l.StartsWith("# ", StringComparison.Ordinal)).Skip(2));
        Assert.Contains(" -S read -F success=1 -k exclude", all.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void No_failing_event_is_exit_1_with_one_line_saying_why()
    {
        CliResult result = CliRun.Syscalls("rule", Log("ok.log", Record(1, 83, "yes", 0)));

        result.AssertFailedWithOneLine(1);
        Assert.Contains("no failing syscall events among 1 SYSCALL records", result.StandardError, StringComparison.Ordinal);
        CliRun.Syscalls("rule", Log("empty.log", "not an audit record")).AssertFailedWithOneLine(1);
        CliRun.Syscalls("rule", "--min-count", "5", Log("seed.log", SeedRecord)).AssertFailedWithOneLine(1);
        CliRun.Syscalls("rule", Path.Combine(_dir, "missing.log")).AssertFailedWithOneLine(1);
    }

    [Theory]
    [InlineData("--by", "exe,pid")]
    [InlineData("--min-count", "0")]
    [InlineData("--key", "two words")]
    [InlineData("--by")]
    [InlineData("--frobnicate")]
    public void Bad_options_are_usage_errors(params string[] options) =>
        CliRun.Syscalls(["rule", .. options, Log("seed.log", SeedRecord)]).AssertFailedWithOneLine(2);

    [Theory]
    [InlineData("a\u0001b")]
    [InlineData("k\u001b[2J")]
    [InlineData("a\\b")]
    [InlineData("a\u202eb")]
    [InlineData("a\u2028b")]
    public void A_key_auditctl_cannot_take_as_written_is_a_one_line_usage_error_with_the_key_escaped(string key)
    {
        CliResult result = CliRun.Syscalls("rule", "--key", key, Log("seed.log", SeedRecord));

        result.AssertFailedWithOneLine(2);
        Assert.StartsWith("syscalls: --key '", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("a key cannot hold whitespace, a backslash, or a control or format character", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(key, result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_longer_than_the_kernel_takes_is_a_usage_error_and_the_longest_it_takes_is_written()
    {
        string longest = new('k', 256);

        CliRun.Syscalls("rule", "--key", longest + "k", Log("seed.log", SeedRecord)).AssertFailedWithOneLine(2);
        CliResult result = CliRun.Syscalls("rule", "--key", longest, Log("seed.log", SeedRecord));
        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith($" -k {longest}\n", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void An_option_echoed_in_an_error_has_its_control_characters_escaped()
    {
        CliResult result = CliRun.Syscalls("rule", "--by", "exe,\u001b]0;owned\u0007", Log("seed.log", SeedRecord));

        result.AssertFailedWithOneLine(2);
        Assert.Contains(@"--by \x1b]0;owned\x07: not a field", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exe_crafted_to_cut_auditctl_s_line_cannot_add_a_rule_to_the_output()
    {
        // auditctl -R reads 6,143 bytes at a time; this exe once pushed the comment so far that the rule at its end
        // began the next read (control bytes are written as \x02, four bytes each).
        const string Prefix = "# 1 x mkdir EEXIST(File exists) by /tmp/";
        const string Injected = "-a never,exit -F arch=b64 -S rmdir -k INJECTED";
        int controls = (6143 - Prefix.Length) / 4;
        string exe = "/tmp/" + new string('\u0002', controls) + new string('a', 6143 - Prefix.Length - (4 * controls)) + Injected;
        string record = SeedRecord.Replace("exe=\"/bin/mkdir\"", "exe=" + Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(exe)), StringComparison.Ordinal);

        CliResult result = CliRun.Syscalls("rule", Log("crafted.log", record));

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([$"-A never,exit -F arch={X86_64Term} -S mkdir -F exit=-EEXIST -k exclude"], lines.Where(l => !l.StartsWith('#')));
        Assert.DoesNotContain(lines, l => l.Contains("INJECTED", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith(string.Create(CultureInfo.InvariantCulture, $"... (shortened: exe of {exe.Length:N0} bytes)"), StringComparison.Ordinal));
        Assert.All(lines, l => Assert.True(l.Length < 1000, l));
    }

    [Fact]
    public void Groups_that_write_the_same_rule_share_it_and_the_header_counts_rules()
    {
        // Grouped by key, two groups differ only in what no rule filters on: auditctl -R would stop at the second
        // copy of the rule ("Rule exists").
        string other = SeedRecord.Replace("key=\"file_changes\"", "key=\"other\"", StringComparison.Ordinal);
        CliResult result = CliRun.Syscalls("rule", "--by", "exe,key", Log("keys.log", SeedRecord, other, other));

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("# syscalls rule: 1 exclusion rule for 3 of 3 syscall events", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("# 1 rule filters on -F exe=, which the kernel refuses where the exe's folder is missing", lines[1], StringComparison.Ordinal);
        Assert.Equal(
            [
                "# 2 x mkdir EEXIST(File exists) by /bin/mkdir key=other",
                "# 1 x mkdir EEXIST(File exists) by /bin/mkdir key=file_changes",
                $"-A never,exit -F arch={X86_64Term} -S mkdir -F exit=-EEXIST -F exe=/bin/mkdir -k exclude",
            ],
            lines[3..]);
    }

    [Fact]
    public void Events_past_the_cap_on_groups_are_counted_in_the_header()
    {
        // Distinct exes of 1,000 bytes, each one a rule could filter on, until the groups hold all the memory they may.
        int distinct = (ExclusionRuleBuilder.MaxGroupValueBytes / sizeof(char) / 1000) + 100;
        string folder = "/" + string.Join('/', Enumerable.Repeat(new string('d', 200), 4)) + "/";
        string[] records = [.. Enumerable.Range(0, distinct).Select(i => Record(i, 83, "no", -17, folder + i.ToString("D195", CultureInfo.InvariantCulture)))];

        // The folders do not exist here; the cap is what is tested, not the host check.
        CliResult result = CliRun.Syscalls("rule", "--by", "exe", "--any-exe-folder", Log("many.log", records));

        Assert.Equal(0, result.ExitCode);
        string notGrouped = Assert.Single(result.StandardOutput.Split('\n'), l => l.Contains(" events were not grouped: ", StringComparison.Ordinal));
        int rules = result.StandardOutput.Split('\n').Count(l => l.StartsWith("-A never,exit", StringComparison.Ordinal));
        Assert.InRange(rules, 1, distinct - 100);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture,
            $"# {distinct - rules:N0} events were not grouped: they came after the first {rules:N0} groups, and rule keeps at most 20,000 groups and 16 MiB of their logged values; group --by fewer fields or read fewer logs"),
            notGrouped);
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void By_exe_an_exe_gets_a_rule_only_where_its_folder_exists_here_and_only_root_can_remove_it()
    {
        // The kernel refuses a -F exe= rule whose folder is missing, and auditctl -R stops there: a user who can remove
        // the folder of a program they ran must not be able to keep the rules after it from loading.
        Assert.SkipUnless(Environment.IsPrivilegedProcess, "who owns each folder decides, and only root can make root's test folders and give one away");
        string safe = Directory.CreateDirectory(Path.Combine(_dir, "safe")).FullName;
        string open = Directory.CreateDirectory(Path.Combine(_dir, "open")).FullName;
        Directory.CreateDirectory(Path.Combine(open, "sub"));
        File.SetUnixFileMode(open, (UnixFileMode)0x1ff);
        string owned = Directory.CreateDirectory(Path.Combine(_dir, "owned")).FullName;
        Assert.Equal(0, CliRun.Process("chown", "65534", owned).ExitCode);
        string link = Path.Combine(_dir, "link");
        File.CreateSymbolicLink(link, Path.Combine(open, "sub"));
        string missing = "/nonexistent-" + Guid.NewGuid().ToString("N");
        string log = Log("folders.log",
            Record(1, 83, "no", -17, safe + "/tool"), Record(2, 83, "no", -17, open + "/sub/tool"), Record(3, 83, "no", -17, owned + "/tool"),
            Record(4, 83, "no", -17, missing + "/tool"), Record(5, 83, "no", -17, link + "/tool"));

        string[] lines = CliRun.Syscalls("rule", "--by", "exe", log).StandardOutput.Split('\n');

        Assert.Equal([$"-A never,exit -F arch={X86_64Term} -S mkdir -F exit=-EEXIST -F exe={safe}/tool -k exclude"], lines.Where(l => l.StartsWith('-')));
        string[] noRule = [.. lines.Where(l => l.StartsWith("# no rule: the kernel refuses a -F exe= rule where the exe's folder is missing", StringComparison.Ordinal))];
        // The exe under open/ and the one through the link to it share one line, under both their comments.
        Assert.Equal(3, noRule.Length);
        Assert.Contains(noRule, l => l.EndsWith($"; users other than root can remove or rename what {open} holds (--any-exe-folder writes such rules anyway)", StringComparison.Ordinal));
        Assert.Contains(noRule, l => l.EndsWith($"; {owned} belongs to uid 65534, who can remove what it holds (--any-exe-folder writes such rules anyway)", StringComparison.Ordinal));
        Assert.Contains(noRule, l => l.EndsWith($"; the exe's folder {missing} does not exist on this host (--any-exe-folder writes such rules anyway)", StringComparison.Ordinal));
        int shared = Array.FindIndex(lines, l => l.Contains($"what {open} holds", StringComparison.Ordinal));
        Assert.Equal([$"by {link}/tool", $"by {open}/sub/tool"], lines[(shared - 2)..shared].Select(l => l[l.IndexOf("by ", StringComparison.Ordinal)..]).Order(StringComparer.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("# 4 groups have no rule: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l == "# 1 rule filters on -F exe=, which the kernel refuses where the exe's folder is missing; each folder exists here and only root can remove it, so load the rules on this host");

        string[] anyFolder = CliRun.Syscalls("rule", "--by", "exe", "--any-exe-folder", log).StandardOutput.Split('\n');
        Assert.Equal(5, anyFolder.Count(l => l.StartsWith("-A never,exit ", StringComparison.Ordinal) && l.Contains(" -F exe=", StringComparison.Ordinal)));
        Assert.Contains(anyFolder, l => l.StartsWith("# 5 rules filter on -F exe=, ", StringComparison.Ordinal) && l.EndsWith("load with auditctl -c -R to go on past it", StringComparison.Ordinal));
    }

    [Fact]
    public void Help_shows_the_rule_form_and_the_placement()
    {
        CliResult result = CliRun.Syscalls("rule", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("-A never,exit -F arch=b64 -S mkdir -F exit=-EEXIST -k exclude", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("first-match", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("syscalls rule [FILE...]", CliRun.Syscalls("--help").StandardOutput, StringComparison.Ordinal);
    }

    private static string Record(int serial, string arch, long syscall, int exit) =>
        $"type=SYSCALL msg=audit(1480041901.111:{serial}): arch={arch} syscall={syscall} success=no exit={exit} a0=3 a1=0 a2=0 a3=0 items=0 ppid=1 pid=2 auid=1000 uid=1000 gid=1000 euid=1000 suid=1000 fsuid=1000 egid=1000 sgid=1000 fsgid=1000 tty=pts0 ses=1 comm=\"x\" exe=\"/bin/mkdir\" key=(null)";

    [Fact]
    public void Records_of_several_arches_get_rules_their_hosts_load_and_lint_agrees()
    {
        Assert.SkipUnless(AuditArchs.Host == AuditArch.X86_64, "the expected rules say b64/b32 for x86_64/i386, as auditctl reads them on an x86_64 host");

        // Syscall numbers from the kernel's tables: mkdir is 83 on x86_64, 39 on i386, ppc and s390x, 4039 on mips o32
        // and 0x40000000 + 83 on x32; s390x 220 is getdents64, riscv64 34 is mkdirat.
        string log = Log("arches.log",
            Record(1, "c000003e", 83, -17), Record(2, "c000003e", 83, -17), Record(3, "40000003", 39, -17),
            Record(4, "c0000015", 39, -17), Record(5, "80000016", 220, -2), Record(6, "c00000f3", 34, -17),
            Record(7, "8", 4039, -17), Record(8, "c000003e", 0x40000053, -17));
        CliResult result = CliRun.Syscalls("rule", log);

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("# syscalls rule: 5 exclusion rules for 6 of 8 syscall events", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("# 1 rule is for an arch auditctl 3.0.9 has no value for", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("# 2 groups have no rule: x32 and mips", StringComparison.Ordinal));
        Assert.Equal(
            [
                "-A never,exit -F arch=b64 -S mkdir -F exit=-EEXIST -k exclude",
                "-A never,exit -F arch=b32 -S mkdir -F exit=-EEXIST -k exclude",
                "-A never,exit -F arch=s390x -S 220 -F exit=-ENOENT -k exclude",
                "-A never,exit -F arch=ppc64le -S mkdir -F exit=-EEXIST -k exclude",
                "-A never,exit -F arch=0xc00000f3 -S 34 -F exit=-EEXIST -k exclude",
            ],
            lines.Where(l => l.StartsWith('-')));
        Assert.Contains("# 1 x getdents64 ENOENT(No such file or directory) by /bin/mkdir on s390x (getdents64 is 220: auditctl 3.0.9 has no name for it)", lines);
        Assert.Contains(lines, l => l.StartsWith("# no rule: the kernel's exit filter cannot match mips syscall 4039", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("# no rule: the kernel's exit filter cannot match x32 syscall 1073741907", StringComparison.Ordinal));

        // lint reads the written file as auditctl 3.0.9 would: only the riscv64 rule is refused.
        CliResult lint = CliRun.Syscalls("lint", Log("written.rules", lines));
        Assert.Equal(1, lint.ExitCode);
        string error = Assert.Single(lint.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains(": error: ", StringComparison.Ordinal));
        Assert.Contains("arch=0xc00000f3: auditctl 3.0.9 has no arch riscv64", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ausearch_i_text_of_records_of_several_arches_gives_the_rules_of_the_raw_log()
    {
        string? ausearch = InstalledPrograms.Find("ausearch");
        Assert.SkipWhen(ausearch is null, "ausearch is not installed (Debian package auditd)");

        // ausearch -i calls arm's 0x40000028 "armeb", armeb's own 0x28 and riscv64 "unknown-elf-type(...)" with the
        // syscall named from this host's table, s390x 220 and x32 "unknown-syscall(N)".
        string raw = Log("arches-raw.log",
            Record(1, "40000028", 39, -17), Record(2, "28", 39, -17), Record(3, "c0000015", 39, -17), Record(4, "14", 39, -17),
            Record(5, "80000016", 220, -2), Record(6, "c00000f3", 34, -17), Record(7, "8", 4039, -17), Record(8, "c000003e", 0x40000053, -17));
        CliResult interpreted = CliRun.Process(ausearch!, "-i", "-if", raw);
        Assert.True(interpreted.ExitCode == 0, interpreted.ToString());
        Assert.Contains("arch=armeb syscall=mkdir", interpreted.StandardOutput, StringComparison.Ordinal);

        CliResult fromRaw = CliRun.Syscalls("rule", raw);
        CliResult fromText = CliRun.Syscalls("rule", Log("arches.txt", interpreted.StandardOutput));

        Assert.Equal(0, fromRaw.ExitCode);
        Assert.Contains("-A never,exit -F arch=arm -S mkdir -F exit=-EEXIST -k exclude", fromRaw.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("-A never,exit -F arch=0x28 -S 39 -F exit=-EEXIST -k exclude", fromRaw.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(fromRaw.StandardOutput, fromText.StandardOutput);
    }

    [Fact]
    public void A_line_past_the_reader_s_limit_makes_no_rule_from_its_first_piece()
    {
        // No real record comes near the limit; read whole, this one would give a rule whose exe= is cut where the
        // line was.
        string exe = "/opt/" + new string('a', AuditRecordReader.DefaultMaxLineLength);
        string raw = Record(1, 83, "no", -17, exe);
        string interpreted = "type=SYSCALL msg=audit(11/25/16 02:45:01.111:1) : arch=x86_64 syscall=mkdir success=no exit=EEXIST(File exists) a0=0x3 a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2 auid=user uid=user comm=x exe=" + exe + " key=(null)";

        CliResult result = CliRun.Syscalls("rule", "--by", "exe", Log("long.log", raw, interpreted, Record(2, 83, "no", -17)));

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("# syscalls rule: 1 exclusion rule for 1 of 1 syscall events", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("/opt/", result.StandardOutput, StringComparison.Ordinal);
    }
}
