using System.Diagnostics;
using System.Globalization;
using System.Text;
using SyscallTables.Audit;
using SyscallTables.Rules;

namespace SyscallTables.Tests.Rules;

/// <summary>
/// The rules <see cref="ExclusionRuleBuilder"/> writes, loaded into the running kernel with the real auditctl: the
/// seed's rule silences a failing mkdir and keeps a succeeding one, every rule written for the audit-log corpus
/// is accepted, an exe crafted to cut auditctl's line loads no rule of its own, and what is written for hostile logs
/// loads with <c>auditctl -R</c> and filters on exactly the values meant. Every rule added is scoped to one process's pid and a key of its own, and removed in a finally, so the
/// machine's other auditing is unaffected. Needs root, a running auditd, auditctl and ausearch; skips with the reason otherwise.
/// </summary>
[Collection(KernelAuditRules.Name)]
public sealed class ExclusionRuleKernelTests
{
    // The issue's seed record, as a syslog forwarder (audispd) wrote it.
    private const string SeedRecord = "Nov 25 11:45:01 myhost audispd: node=myhost type=SYSCALL msg=audit(1480041901.111:5431): arch=c000003e syscall=83 success=no exit=-17 a0=7ffd a1=1ff a2=0 a3=0 items=1 ppid=100 pid=101 auid=4294967295 uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 tty=(none) ses=4294967295 comm=\"mkdir\" exe=\"/bin/mkdir\" key=\"file_changes\"";

    [Theory]
    [InlineData(ExclusionRulePlacement.Prepend, false)]
    [InlineData(ExclusionRulePlacement.Append, true)]
    public void The_rule_written_for_the_seed_silences_the_failing_mkdir_only_when_placed_before_the_always_rule(
        ExclusionRulePlacement placement, bool failingMkdirStillLogged)
    {
        (string auditctl, string ausearch) = RequireAudit();
        Assert.SkipUnless(AuditArchs.Host == AuditArch.X86_64, "the seed is an x86_64 record and its rule says arch=b64");
        string? perl = InstalledPrograms.Find("perl");
        Assert.SkipWhen(perl is null, "perl (the child that calls mkdir(2) directly through glibc) is not installed");

        var builder = new ExclusionRuleBuilder();
        Assert.True(AuditRecord.TryParse(Encoding.UTF8.GetBytes(SeedRecord), out AuditRecord seed));
        Assert.True(builder.Add(seed));
        string key = "syscalltables-rule-" + Guid.NewGuid().ToString("N")[..12];
        string rule = Assert.Single(builder.GetGroups()).FormatRule(key + "-never", placement);
        string option = placement == ExclusionRulePlacement.Prepend ? "-A" : "-a";
        Assert.Equal($"{option} never,exit -F arch=b64 -S mkdir -F exit=-EEXIST -k {key}-never", rule);

        string directory = Directory.CreateTempSubdirectory("syscalltables-rule-").FullName;
        string created = Path.Combine(directory, "created");
        using Process child = StartChild(perl!,
            ["-e", "$| = 1; print \"ready $$\\n\"; <STDIN>; mkdir $ARGV[0]; mkdir $ARGV[1]; print \"done\\n\";", directory, created]);
        string pid = child.Id.ToString(CultureInfo.InvariantCulture);
        string[] always = ["always,exit", "-F", "arch=b64", "-S", "mkdir", "-F", "pid=" + pid, "-k", key];
        string[] never = ScopeToPid(rule, pid);
        try
        {
            Run(auditctl, ["-a", .. always]);
            Run(auditctl, never);
            string listed = Run(auditctl, ["-l"]);
            Assert.Contains(key + "-never", listed, StringComparison.Ordinal);

            child.StandardInput.WriteLine("go");
            child.StandardInput.Flush();
            Assert.Equal("done", child.StandardOutput.ReadLine());
            Assert.True(child.WaitForExit(TimeSpan.FromSeconds(30)), "the child did not finish within 30 s");
        }
        finally
        {
            if (!child.HasExited)
            {
                child.Kill();
            }

            HostCommand.Run(auditctl, ["-d", .. never[1..]]);
            HostCommand.Run(auditctl, ["-d", .. always]);
            Directory.Delete(directory, recursive: true);
        }

        Assert.DoesNotContain(key, Run(auditctl, ["-l"]), StringComparison.Ordinal);

        // The succeeding mkdir comes second, so once its record is in the log the failing one's would be too.
        string records = WaitForRecord(ausearch, key, $" pid={pid} ", "success=yes");
        bool failingLogged = records.Split('\n').Any(l => l.Contains($" pid={pid} ", StringComparison.Ordinal) && l.Contains("exit=-17", StringComparison.Ordinal));
        Assert.True(failingLogged == failingMkdirStillLogged,
            $"the failing mkdir was {(failingLogged ? "" : "not ")}logged with the {option} rule:\n{records}");
    }

    [Fact]
    public void Every_rule_written_for_the_corpus_is_accepted_by_auditctl()
    {
        (string auditctl, _) = RequireAudit();
        string corpus = AuditCorpus.RequireDirectory();
        var rules = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string file in AuditCorpus.Files(corpus))
        {
            foreach (ExclusionRuleFields groupBy in new[] { ExclusionRuleFields.None, ExclusionRuleFields.Exe | ExclusionRuleFields.Auid | ExclusionRuleFields.Uid | ExclusionRuleFields.Euid | ExclusionRuleFields.Gid | ExclusionRuleFields.Egid })
            {
                var builder = new ExclusionRuleBuilder(groupBy, includeSucceeded: true);
                using var reader = new AuditRecordReader(File.OpenRead(Path.Combine(corpus, file)), readsInterpreted: true);
                while (reader.Read())
                {
                    AuditLine line = reader.Current;
                    _ = line.IsRecord && builder.Add(line.Record);
                }

                rules.UnionWith(builder.GetGroups().Where(g => g.HasRule).Select(g => g.FormatRule("exclude")));
            }
        }

        Assert.True(rules.Count > 100, $"only {rules.Count} rules from the corpus: the reader or the builder lost events");

        // The rules are scoped to a process that makes no syscalls, so that nothing else is silenced while one is loaded.
        using Process sleeper = StartChild("sleep", ["600"]);
        string pid = sleeper.Id.ToString(CultureInfo.InvariantCulture);
        string key = "syscalltables-rule-" + Guid.NewGuid().ToString("N")[..12];
        var rejected = new List<string>();
        int missingExe = 0;
        try
        {
            foreach (string rule in rules)
            {
                string[] scoped = ScopeToPid(rule.Replace("-k exclude", "-k " + key, StringComparison.Ordinal), pid);
                HostCommandResult added = HostCommand.Run(auditctl, scoped);
                if (added.ExitCode == 0)
                {
                    Assert.Equal(0, HostCommand.Run(auditctl, ["-d", .. scoped[1..]]).ExitCode);
                    continue;
                }

                // The kernel resolves -F exe= on the host: a path of the log's host that this one lacks is refused with
                // ENOENT, which says nothing about the rule's text. Without the exe filter the rest must be accepted.
                if (added.StandardError.Contains("No such file or directory", StringComparison.Ordinal) && rule.Contains(" -F exe=", StringComparison.Ordinal))
                {
                    string exe = rule.Split(' ').First(w => w.StartsWith("exe=", StringComparison.Ordinal))[4..];
                    if (!Directory.Exists(Path.GetDirectoryName(exe)))
                    {
                        missingExe++;
                        string[] withoutExe = [.. scoped.Where(w => w != "exe=" + exe)];
                        withoutExe = [.. withoutExe.Where((w, i) => !(w == "-F" && i + 1 < withoutExe.Length && withoutExe[i + 1] == "-F"))];
                        if (HostCommand.Run(auditctl, withoutExe).ExitCode == 0)
                        {
                            Assert.Equal(0, HostCommand.Run(auditctl, ["-d", .. withoutExe[1..]]).ExitCode);
                            continue;
                        }
                    }
                }

                rejected.Add($"{rule}\n    auditctl: {added.StandardError.Trim()}");
            }
        }
        finally
        {
            sleeper.Kill();
            foreach (string line in HostCommand.Run(auditctl, ["-l"]).StandardOutput.Split('\n').Where(l => l.Contains(key, StringComparison.Ordinal)))
            {
                HostCommand.Run(auditctl, ["-d", .. line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]]);
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{rules.Count} distinct rules from the corpus; {missingExe} name an exe whose folder this host lacks (checked without -F exe=)");
        Assert.DoesNotContain(key, Run(auditctl, ["-l"]), StringComparison.Ordinal);
        Assert.True(rejected.Count == 0, $"{rejected.Count} of {rules.Count} rules rejected:\n{string.Join('\n', rejected.Take(20))}");
    }

    [Fact]
    public void Every_errno_a_rule_may_name_is_one_auditctl_knows()
    {
        (string auditctl, _) = RequireAudit();
        var builder = new ExclusionRuleBuilder();
        foreach (int errno in Errnos.Numbers)
        {
            string record = string.Create(CultureInfo.InvariantCulture,
                $"type=SYSCALL msg=audit(1480041901.111:{errno}): arch=c000003e syscall=83 success=no exit=-{errno} a0=0 a1=0 a2=0 a3=0 items=0 pid=1");
            Assert.True(AuditRecord.TryParse(Encoding.UTF8.GetBytes(record), out AuditRecord parsed) && builder.Add(parsed));
        }

        string[] rules = [.. builder.GetGroups().Select(g => g.FormatRule("exclude"))];
        Assert.Equal(Errnos.Count, rules.Length);
        Assert.All(rules, r => Assert.Matches(@" -F exit=-E[A-Z0-9]+ ", r));

        using Process sleeper = StartChild("sleep", ["600"]);
        string key = "syscalltables-rule-" + Guid.NewGuid().ToString("N")[..12];
        var rejected = new List<string>();
        try
        {
            foreach (string rule in rules)
            {
                string[] scoped = ScopeToPid(rule.Replace("-k exclude", "-k " + key, StringComparison.Ordinal), sleeper.Id.ToString(CultureInfo.InvariantCulture));
                HostCommandResult added = HostCommand.Run(auditctl, scoped);
                if (added.ExitCode != 0)
                {
                    rejected.Add($"{rule}: {added.StandardError.Trim()}");
                    continue;
                }

                Assert.Equal(0, HostCommand.Run(auditctl, ["-d", .. scoped[1..]]).ExitCode);
            }
        }
        finally
        {
            sleeper.Kill();
        }

        Assert.DoesNotContain(key, Run(auditctl, ["-l"]), StringComparison.Ordinal);
        Assert.True(rejected.Count == 0, $"auditctl has no name for these errnos; write the number for them:\n{string.Join('\n', rejected)}");
    }

    [Fact]
    public void An_exe_crafted_to_cut_auditctl_s_line_loads_nothing_but_the_rule_written()
    {
        string auditctl = Auditctl.Require();
        string key = "syscalltables-cut-" + Guid.NewGuid().ToString("N")[..12];
        string? pid = null;

        string[] loaded = LoadScopedListAndRemove(auditctl, key, sleeper =>
        {
            // The tail auditctl -R would read as a line of its own, were the comment longer than 6,143 bytes: scoped to
            // the sleeper and keyed, so that even a loaded injection touches nothing else and is found and removed.
            pid = sleeper;
            string injected = $"-a never,exit -F arch=b64 -S rmdir -F pid={sleeper} -k {key}-injected";
            const string Prefix = "# 1 x mkdir EEXIST(File exists) by /tmp/";
            int controls = (AuditctlLimits.MaxLineBytes - Prefix.Length) / 4;
            string exe = "/tmp/" + new string('\u0002', controls) + new string('a', AuditctlLimits.MaxLineBytes - Prefix.Length - (4 * controls)) + injected;
            string record = $"type=SYSCALL msg=audit(1480041901.111:1): arch=c000003e syscall=83 success=no exit=-17 a0=3 a1=0 a2=0 a3=0 items=0 ppid=1 pid=2 auid=1000 uid=1000 gid=1000 euid=1000 suid=1000 fsuid=1000 egid=1000 sgid=1000 fsgid=1000 tty=pts0 ses=1 comm=\"x\" exe={Convert.ToHexString(Encoding.UTF8.GetBytes(exe))} key=(null)";
            return ExclusionRuleHostileValueTests.Lines(ExclusionRuleHostileValueTests.Read(new ExclusionRuleBuilder(), record), key);
        });

        Assert.Equal([$"-a never,exit -F arch=b64 -S mkdir -F exit=-EEXIST -F pid={pid} -F key={key}-0"], loaded);
    }

    [Fact]
    public void Rules_written_for_hostile_logs_load_with_auditctl_R_and_filter_on_the_values_meant()
    {
        string auditctl = Auditctl.Require();
        string key = "syscalltables-hostile-" + Guid.NewGuid().ToString("N")[..12];
        string folder = Directory.CreateTempSubdirectory("syscalltables-exe-").FullName;

        // Exes under a folder of this test, whose folders are made before loading: the kernel refuses -F exe= where
        // the folder is missing, which says nothing about the rule's text.
        var rules = new List<string>();
        string[] loaded;
        try
        {
            var log = new HostileSyscallLog(new Random(ExclusionRulePropertyTests.Seed), folder + "/");
            var written = new List<string>();
            for (int i = 0; i < 50; i++)
            {
                HostileSyscallLog.Case hostile = log.NextCase() with { Key = key };
                (_, string[] lines) = hostile.Write();
                string failure = ExclusionRulePropertyTests.Check(hostile, lines);
                Assert.True(failure.Length == 0, $"case {i}: {failure}\n{hostile}");
                written.AddRange(lines);
                rules.AddRange(lines.Where(l => !l.StartsWith('#')));
            }

            foreach (string rule in rules)
            {
                if (rule.Split(' ').FirstOrDefault(w => w.StartsWith("exe=", StringComparison.Ordinal)) is { } exe)
                {
                    Assert.StartsWith(folder + "/", exe[4..], StringComparison.Ordinal);
                    Directory.CreateDirectory(Path.GetDirectoryName(exe[4..])!);
                }
            }

            loaded = LoadScopedListAndRemove(auditctl, key, _ => [.. written]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        Assert.Equal(rules.Count, loaded.Length);
        for (int i = 0; i < rules.Count; i++)
        {
            string listed = Assert.Single(loaded, l => l.EndsWith($" -F key={key}-{i}", StringComparison.Ordinal));
            Assert.Equal(Filters(rules[i]), Filters(listed));
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{rules.Count} rules loaded, {rules.Count(r => r.Contains(" -F exe=", StringComparison.Ordinal))} with -F exe=");
    }

    // Writes the lines (made for a pid) to a root-owned file with every rule scoped to the pid of a sleeping process
    // and keyed KEY-N (N counts the rules), loads it with auditctl -R (which stops at the first line it cannot load),
    // and returns what auditctl -l then lists with KEY; the rules are removed again in any case.
    private static string[] LoadScopedListAndRemove(string auditctl, string key, Func<string, string[]> linesFor)
    {
        using Process sleeper = StartChild("sleep", ["600"]);
        string pid = sleeper.Id.ToString(CultureInfo.InvariantCulture);
        string file = Path.GetTempFileName();
        try
        {
            int rule = 0;
            string[] scoped = [.. linesFor(pid).Select(l => l.StartsWith('#') ? l : string.Create(CultureInfo.InvariantCulture, $"{l[..l.LastIndexOf(" -k ", StringComparison.Ordinal)]} -F pid={pid} -k {key}-{rule++}"))];
            File.WriteAllText(file, string.Join('\n', scoped) + "\n");
            HostCommandResult loaded = HostCommand.Run(auditctl, ["-R", file]);
            Assert.True(loaded.ExitCode == 0, $"auditctl -R failed: {loaded.StandardError.Trim()}");
            return Listed(auditctl, key);
        }
        finally
        {
            sleeper.Kill();
            File.Delete(file);
            HostCommand.Run(auditctl, ["-D", "-k", key]);
            Assert.Empty(Listed(auditctl, key));
        }
    }

    // The rules auditctl -l lists with a key holding KEY.
    private static string[] Listed(string auditctl, string key) =>
        [.. HostCommand.Run(auditctl, ["-l"]).StandardOutput.Split('\n').Where(l => l.Contains("key=" + key, StringComparison.Ordinal))];

    // The exe and id filters of a rule as values the kernel compares: auditctl -l lists ids as signed 32-bit numbers
    // and auid=unset as -1.
    private static string[] Filters(string rule) =>
        [.. rule.Split(' ').Where(w => w.StartsWith("exe=", StringComparison.Ordinal) || w.Contains("id=", StringComparison.Ordinal) && !w.StartsWith("pid=", StringComparison.Ordinal))
            .Select(w => w.Split('=', 2) is [string name, string value] && name != "exe"
                ? $"{name}={(value == "unset" ? uint.MaxValue : unchecked((uint)long.Parse(value, CultureInfo.InvariantCulture)))}"
                : w)];

    // "-A never,exit ... -k KEY" as auditctl arguments, with "-F pid=PID" before the key.
    private static string[] ScopeToPid(string rule, string pid)
    {
        string[] words = rule.Split(' ');
        int keyAt = Array.IndexOf(words, "-k");
        return [.. words[..keyAt], "-F", "pid=" + pid, .. words[keyAt..]];
    }

    private static Process StartChild(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        Process child = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + program);
        if (program == "sleep")
        {
            return child;
        }

        string? ready = child.StandardOutput.ReadLine();
        Assert.Equal("ready " + child.Id.ToString(CultureInfo.InvariantCulture), ready);
        return child;
    }

    private static string Run(string program, string[] arguments)
    {
        HostCommandResult result = HostCommand.Run(program, arguments);
        Assert.True(result.ExitCode == 0, $"{program} {string.Join(' ', arguments)} failed: {result.StandardError.Trim()}");
        return result.StandardOutput;
    }

    // auditd writes the log asynchronously: poll ausearch for the record that must come.
    private static string WaitForRecord(string ausearch, string key, string pidField, string marker)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            HostCommandResult found = HostCommand.Run(ausearch, ["-k", key, "--raw"]);
            if (found.StandardOutput.Split('\n').Any(l => l.Contains(pidField, StringComparison.Ordinal) && l.Contains(marker, StringComparison.Ordinal)))
            {
                return found.StandardOutput;
            }

            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(15),
                $"no record with {marker} of the child reached the audit log within 15 s (ausearch -k {key}: {found.StandardError.Trim()})");
            Thread.Sleep(200);
        }
    }

    private static (string Auditctl, string Ausearch) RequireAudit()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "the kernel's audit subsystem is Linux only");
        Assert.SkipUnless(Environment.IsPrivilegedProcess, "loading audit rules needs root; run the tests as root");
        string? auditctl = InstalledPrograms.Find("auditctl");
        string? ausearch = InstalledPrograms.Find("ausearch");
        Assert.SkipWhen(auditctl is null || ausearch is null, "auditctl/ausearch are not installed (Debian package auditd)");
        HostCommandResult status = HostCommand.Run(auditctl!, ["-s"]);
        Assert.SkipWhen(status.ExitCode != 0, $"'auditctl -s' failed (no audit support in this kernel or container?): {status.StandardError.Trim()}");
        string[] lines = status.StandardOutput.Split('\n');
        Assert.SkipWhen(lines.Contains("enabled 2"), "audit rules are locked (auditctl -s: enabled 2) until reboot");
        Assert.SkipUnless(lines.Contains("enabled 1") && !lines.Contains("pid 0"),
            "the audit daemon is not running (auditctl -s); as root: 'service auditd start'");
        return (auditctl!, ausearch!);
    }
}
