using System.Text;
using SyscallTables.Rules;

namespace SyscallTables.Tests.Rules;

/// <summary>
/// The linter's verdict on every rule line of the rules corpus against the real auditctl and kernel of this host:
/// each line is loaded alone (<c>auditctl -R</c> on a one-line file) and, when accepted, deleted again with exactly
/// the same arguments (<c>-d</c>/<c>-W</c>), so the host's own rules and other tests' rules are left alone. Lines
/// auditctl rejects for their text must be lint errors; lines the kernel accepts, and lines that fail only because
/// this host lacks a watched path or a named user, must not be. Control lines (<c>-D -b -f -e -r
/// --loginuid-immutable</c>...) are never loaded: some lock the audit configuration until reboot.
/// Needs root and auditctl; skips with the reason otherwise.
/// </summary>
[Collection(KernelAuditRules.Name)]
public sealed class AuditctlConformanceTests
{
    private const string DuplicatePrefix = "the same rule as line ";

    [Fact]
    public void Lint_errors_are_exactly_the_lines_auditctl_rejects_for_their_text()
    {
        string corpus = RulesCorpus.RequireDirectory();
        string auditctl = Auditctl.Require();
        string directory = Directory.CreateTempSubdirectory("syscalltables-lint-").FullName;
        var report = new StringBuilder();
        var disagreements = new List<string>();
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        var seenDifferences = new Dictionary<string, int>(StringComparer.Ordinal);
        int checkedLines = 0, agree = 0;
        try
        {
            foreach (string file in RulesCorpus.Files(corpus))
            {
                string[] lines = File.ReadAllLines(Path.Combine(corpus, file));
                IReadOnlyList<RuleFinding> findings = RuleLinter.Lint(file, new StringReader(string.Join('\n', lines)), AuditArch.X86_64, AuditArch.I386);
                for (int i = 0; i < lines.Length; i++)
                {
                    string text = lines[i].Trim();
                    if (!(text.StartsWith("-a", StringComparison.Ordinal) || text.StartsWith("-A", StringComparison.Ordinal) || text.StartsWith("-w", StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    // A duplicate is an error of the file, not of the line: loaded alone it loads (the test below
                    // proves the kernel refuses it after the first copy).
                    RuleFinding? error = findings.FirstOrDefault(f => f.Line == i + 1 && f.Severity == RuleFindingSeverity.Error && !f.Message.StartsWith(DuplicatePrefix, StringComparison.Ordinal));
                    (string verdict, string message) = Load(auditctl, directory, text);
                    checkedLines++;
                    kinds[verdict] = kinds.GetValueOrDefault(verdict) + 1;
                    bool lintRejects = error is not null;
                    bool agrees = verdict == "rejected" ? lintRejects : !lintRejects;
                    if (agrees)
                    {
                        agree++;
                        continue;
                    }

                    string where = $"{file}:{i + 1}";
                    if (AuditctlConformanceDifferences.Known.TryGetValue(where, out string? reason))
                    {
                        seenDifferences[where] = 1;
                        report.AppendLine($"known difference {where}: {reason}");
                        continue;
                    }

                    disagreements.Add($"{where}: auditctl {verdict} ({message}), lint {(lintRejects ? "error: " + error!.Message : "no error")}\n    {text}");
                }
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        report.Insert(0, $"{checkedLines} rule lines checked, {agree} agree; auditctl: {string.Join(", ", kinds.OrderBy(k => k.Key).Select(k => $"{k.Key} {k.Value}"))}\n");
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        Assert.True(checkedLines > 1000, $"only {checkedLines} rule lines found in the corpus\n{report}");
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} lines where lint and auditctl disagree:\n{string.Join('\n', disagreements)}\n{report}");
        foreach (string stale in AuditctlConformanceDifferences.Known.Keys.Where(k => !seenDifferences.ContainsKey(k)))
        {
            Assert.Fail($"{stale} now agrees with auditctl: remove it from AuditctlConformanceDifferences.Known\n{report}");
        }
    }

    [Fact]
    public void Each_duplicate_lint_reports_is_refused_by_the_kernel_when_loaded_after_the_first()
    {
        string corpus = RulesCorpus.RequireDirectory();
        string auditctl = Auditctl.Require();
        string directory = Directory.CreateTempSubdirectory("syscalltables-lint-").FullName;
        int proven = 0;
        var failures = new List<string>();
        try
        {
            foreach (string file in RulesCorpus.Files(corpus))
            {
                string[] lines = File.ReadAllLines(Path.Combine(corpus, file));
                foreach (RuleFinding duplicate in RuleLinter.Lint(file, new StringReader(string.Join('\n', lines)), AuditArch.X86_64, AuditArch.I386)
                    .Where(f => f.Message.StartsWith(DuplicatePrefix, StringComparison.Ordinal)))
                {
                    int firstLine = int.Parse(duplicate.Message[DuplicatePrefix.Length..].Split(':')[0], System.Globalization.CultureInfo.InvariantCulture);
                    string first = lines[firstLine - 1].Trim();
                    string second = lines[duplicate.Line - 1].Trim();
                    string firstFile = WriteLine(directory, "first.rules", first);
                    HostCommandResult loaded = HostCommand.Run(auditctl, ["-R", firstFile]);
                    if (loaded.ExitCode != 0)
                    {
                        TestContext.Current.TestOutputHelper?.WriteLine($"{file}:{firstLine} does not load here, so its duplicate is not checked: {loaded.StandardOutput}{loaded.StandardError}");
                        continue;
                    }

                    try
                    {
                        HostCommandResult again = HostCommand.Run(auditctl, ["-R", WriteLine(directory, "second.rules", second)]);
                        if (again.ExitCode == 0)
                        {
                            failures.Add($"{file}:{duplicate.Line}: the kernel took it after line {firstLine}, so it is no duplicate");
                            HostCommand.Run(auditctl, ["-R", WriteLine(directory, "second-delete.rules", DeleteForm(second))]);
                        }
                        else
                        {
                            proven++;
                        }
                    }
                    finally
                    {
                        HostCommandResult deleted = HostCommand.Run(auditctl, ["-R", WriteLine(directory, "first-delete.rules", DeleteForm(first))]);
                        Assert.True(deleted.ExitCode == 0, $"could not delete the rule just added ({first}): {deleted.StandardOutput}{deleted.StandardError}");
                    }
                }
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        Assert.Empty(failures);
        Assert.True(proven > 0, "the corpus gave no duplicate that loads on this host; the finding went unchecked");
        TestContext.Current.TestOutputHelper?.WriteLine($"{proven} duplicates refused by the kernel (Rule exists)");
    }

    /// <summary>
    /// Lines that are hostile or odd in the ways auditctl -R and lint used to disagree on (tabs, CRs, NUL and control
    /// bytes, invalid UTF-8, backslash escapes, operators per field, values libaudit reads its own way, options in
    /// odd orders), each written to a file and loaded with -R as a user would. Every line that loads is deleted again.
    /// </summary>
    private static readonly string[] HostileLines =
    [
        "-a always,exit\t-F arch=b64 -S mkdir -k syscalltables-lint",
        "\t-a always,exit -F arch=b64 -S mkdir -k syscalltables-lint",
        "-w /etc/syscalltables-lint -p wa\r",
        "-a always,exit -F arch=b64 -S mkdir\r",
        "-a always,exit -F arch=b64 -S mkdir -k syscalltables-lint\r",
        "-a always,exit -F arch=b64 -S mkdir -F uid=0\r -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir -F uid&0 -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir -F inode=-1 -k syscalltables-lint",
        "-a always,exclude -F msgtype=BOGUS",
        "-a always,exclude -F msgtype>=1399",
        "-a always,exclude -F msgtype=unknown[1398]",
        "-a always,exclude -F msgtype=UNKNOWN[1398]",
        "-a always,exclude -F euid=0",
        "-a always,exclude -F msgtype=1397 -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir,,rmdir -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S MKDIR -F UID=0 -F exit=-eexist -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir -F sessionid=unset -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir -F sessionid=abc -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir -F exe=/usr/bin/a -F exe=/usr/bin/b -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir -F exe=/usr/bin/" + new string('x', AuditctlLimits.MaxPathBytes) + " -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir -F exe=/usr/bin/x\\ -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir -F exe=/usr/bin/x\\",
        "-a always,exit -F arch=b64 -S mkdir -F exe=/usr/bin/x\\ y -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir -F exe=/usr/bin/ -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S 999 -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S 4294967379 -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir -F uid=4294967296 -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir -F uid=8589934591 -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir -F auid=8589934591 -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir -F auid>=unset -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir -F uid=12abc -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir -F gid=-1 -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir -F uid=0 -F key=syscalltables-lint",
        "-a always,exit -F arch=b64 -F uid=0 -F key=syscalltables-lint",
        "-F arch=b64 -a always,exit -S mkdir -k syscalltables-lint",
        "-S mkdir -a always,exit -k syscalltables-lint",
        "-a always,io_uring -F uid=0",
        "-a exit,possible -F uid=0",
        "-a always,exit -F arch=b64 -S mkdir -C uid=uid -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir -C loginuid!=auid -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir -C auid>=uid -k syscalltables-lint",
        "-a always,user -C uid!=euid",
        "-a always,exit -F arch=b64 -S mkdir -F subj_sen<s0 -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir -F subj_user<x -k syscalltables-lint",
        "-a always,exit -F path=/etc/syscalltables-lint -p WA -k syscalltables-lint",
        "-a always,exit -F path=/etc/syscalltables-lint -p rwxaw -k syscalltables-lint",
        "-a always,exit -F path=/etc/ -k syscalltables-lint",
        "-a always,exit -F path!=/etc/syscalltables-lint -k syscalltables-lint",
        "-a always,exit -F dir=/etc/ -k syscalltables-lint",
        "-a always,exit -F path=/etc/a -F inode=1 -k syscalltables-lint",
        "-a always,exit -F path=/etc/syscalltables-lint!=x -k syscalltables-lint",
        "-w /etc/syscalltables-lint -S open -k syscalltables-lint",
        "-w /etc/syscalltables-lint -w /etc/syscalltables-lint2",
        "-p wa -w /etc/syscalltables-lint",
        "-w /etc/" + new string('n', 256) + " -k syscalltables-lint",
        "-a never,filesystem -F fstype=tracefs -k syscalltables-lint",
        "-a never,filesystem -F fstype=tracefs -F uid=0",
        "-a always,exit -F arch=b64 -S mkdir -F saddr_fam=46 -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir -F saddr_fam=45 -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir -F a0&0x10 -F pers&=1 -F devminor&2 -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir -F devmajor&2 -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir -k " + new string('k', AuditctlLimits.MaxKeyBytes),
        "-a always,exit -F arch=b64 -S mkdir -k " + new string('k', AuditctlLimits.MaxKeyBytes + 1),
        "-a always,exit -F arch=b64 -S mkdir" + string.Concat(Enumerable.Range(0, 61).Select(i => $" -F a0!={i}")) + " -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir" + string.Concat(Enumerable.Range(0, 62).Select(i => $" -F a0!={i}")) + " -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir -a always,exit -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir\0 -F uid=0 -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir -F uid=\u001b[31m -k syscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir -k syscalltables-lint-\u202e",
        "-aalways,exit -Farch=b64 -Smkdir -ksyscalltables-lint",
        "-a always,exit -F arch=b64 -S mkdir -k syscalltables-lint --",
        "-a always,exit -F arch=b64 -S mkdir -- -k syscalltables-lint",
        "-S mkdir",
    ];

    [Fact]
    public void Lint_errors_are_exactly_the_hostile_and_odd_lines_auditctl_rejects()
    {
        string auditctl = Auditctl.Require();
        string directory = Directory.CreateTempSubdirectory("syscalltables-lint-").FullName;
        var disagreements = new List<string>();
        var report = new StringBuilder();
        try
        {
            foreach (string text in HostileLines)
            {
                byte[] line = Encoding.UTF8.GetBytes(text);
                (string verdict, string message) = Load(auditctl, directory, line);
                RuleFinding? error = RuleLinter.Check("hostile.rules", new MemoryStream([.. line, (byte)'\n']), AuditArch.X86_64, AuditArch.I386)
                    .FirstOrDefault(f => f.Severity == RuleFindingSeverity.Error);
                string shown = DisplayText.Excerpt(text, 120);
                report.AppendLine($"{verdict,-8} lint {(error is null ? "loads " : "error ")} {shown}");
                if (verdict == "host" || (verdict == "rejected") == (error is not null))
                {
                    continue;
                }

                disagreements.Add($"auditctl {verdict} ({message}), lint {(error is null ? "no error" : "error: " + error.Message)}\n    {shown}");
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} lines where lint and auditctl disagree:\n{string.Join('\n', disagreements)}");
    }

    [Fact]
    public void A_line_past_auditctls_read_limit_loads_its_tail_as_a_rule_and_lint_calls_it_an_error()
    {
        string auditctl = Auditctl.Require();
        string directory = Directory.CreateTempSubdirectory("syscalltables-lint-").FullName;
        const string Tail = "-w /etc/syscalltables-lint-tail -p wa -k syscalltables-lint";
        string comment = "#" + new string('x', AuditctlLimits.MaxLineBytes - 1);
        try
        {
            string file = WriteLine(directory, "long.rules", comment + Tail);
            HostCommandResult loaded = HostCommand.Run(auditctl, ["-R", file]);
            try
            {
                Assert.Equal(0, loaded.ExitCode);
                Assert.Contains("-w /etc/syscalltables-lint-tail", HostCommand.Run(auditctl, ["-l", "-k", "syscalltables-lint"]).StandardOutput, StringComparison.Ordinal);
            }
            finally
            {
                HostCommand.Run(auditctl, ["-R", WriteLine(directory, "delete.rules", DeleteForm(Tail))]);
            }

            RuleFinding error = Assert.Single(RuleLinter.Check(file, File.OpenRead(file), AuditArch.X86_64, AuditArch.I386));
            Assert.Equal(RuleFindingSeverity.Error, error.Severity);
            Assert.Contains("starting '-w /etc/syscalltables-lint-tail", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string WriteLine(string directory, string name, string line) => WriteLine(directory, name, Encoding.UTF8.GetBytes(line));

    private static string WriteLine(string directory, string name, byte[] line)
    {
        string path = Path.Combine(directory, name);
        File.WriteAllBytes(path, [.. line, (byte)'\n']);
        return path;
    }

    /// <summary>
    /// The line that deletes exactly the rule <paramref name="add"/> adds: its first -a/-A becomes -d and its -w -W,
    /// every other byte kept (a CR or tab included).
    /// </summary>
    private static string DeleteForm(string add) => Encoding.UTF8.GetString(DeleteForm(Encoding.UTF8.GetBytes(add)));

    private static byte[] DeleteForm(byte[] add)
    {
        byte[] delete = [.. add];
        for (int i = 0; i + 1 < delete.Length; i++)
        {
            if (delete[i] == '-' && (i == 0 || delete[i - 1] == ' ') && delete[i + 1] is (byte)'a' or (byte)'A' or (byte)'w')
            {
                delete[i + 1] = delete[i + 1] == 'w' ? (byte)'W' : (byte)'d';
                break;
            }
        }

        return delete;
    }

    /// <summary>
    /// Loads one rule line and deletes it again when the kernel took it. Verdicts: accepted; rejected (for its text);
    /// host (only because this host lacks the watched path or the named user or group).
    /// </summary>
    private static (string Verdict, string Message) Load(string auditctl, string directory, string text) =>
        Load(auditctl, directory, Encoding.UTF8.GetBytes(text));

    private static (string Verdict, string Message) Load(string auditctl, string directory, byte[] text)
    {
        // -A and -a parse alike; appending keeps a never rule from silencing other tests' rules while it is loaded.
        byte[] add = text.AsSpan().StartsWith("-A"u8) ? [.. "-a"u8.ToArray(), .. text.AsSpan(2).ToArray()] : text;
        HostCommandResult loaded = HostCommand.Run(auditctl, ["-R", WriteLine(directory, "add.rules", add)]);
        string message = string.Join(" | ", (loaded.StandardOutput + loaded.StandardError)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith("There was an error in line", StringComparison.Ordinal)));
        if (loaded.ExitCode == 0)
        {
            if (add.AsSpan().IndexOf("possible"u8) < 0)
            {
                byte[] delete = DeleteForm(add);
                HostCommandResult deleted = HostCommand.Run(auditctl, ["-R", WriteLine(directory, "delete.rules", delete)]);
                Assert.True(deleted.ExitCode == 0, $"could not delete the rule just added ({Encoding.UTF8.GetString(delete)}): {deleted.StandardOutput}{deleted.StandardError}");
            }

            return ("accepted", message);
        }

        // Someone else's identical rule is loaded: the kernel took the text (and the rule is not ours to delete).
        if (message.Contains("Rule exists", StringComparison.Ordinal))
        {
            return ("accepted", message);
        }

        // auditctl -R swallows some messages (Unknown user: chrony); the same arguments given directly print them. Only
        // plain lines are given so: auditctl -R reads escapes, tabs and CRs its own way, and the shell split would not.
        if (message.Length == 0 && add.AsSpan().IndexOfAny("\\\t\r\0"u8) < 0)
        {
            string plain = Encoding.UTF8.GetString(add);
            HostCommandResult direct = HostCommand.Run(auditctl, plain.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            message = (direct.StandardError + direct.StandardOutput).Trim().ReplaceLineEndings(" | ");
            Assert.True(direct.ExitCode != 0, $"auditctl -R rejected but auditctl {plain} took the rule; delete it by hand: auditctl -d{plain[2..]}");
        }

        bool hostOnly = message.Contains("No such file or directory", StringComparison.Ordinal)
            || message.StartsWith("Unknown user", StringComparison.Ordinal) || message.StartsWith("Unknown group", StringComparison.Ordinal);
        return (hostOnly ? "host" : "rejected", message);
    }
}
