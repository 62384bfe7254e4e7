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

                    RuleFinding? error = findings.FirstOrDefault(f => f.Line == i + 1 && f.Severity == RuleFindingSeverity.Error);
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
                    .Where(f => f.Message.StartsWith("the same rule as line ", StringComparison.Ordinal)))
                {
                    int firstLine = int.Parse(duplicate.Message["the same rule as line ".Length..].Split(':')[0], System.Globalization.CultureInfo.InvariantCulture);
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

    private static string WriteLine(string directory, string name, string line)
    {
        string path = Path.Combine(directory, name);
        File.WriteAllText(path, line + "\n");
        return path;
    }

    /// <summary>The line that deletes exactly the rule <paramref name="add"/> adds: -d for -a/-A, -W for -w.</summary>
    private static string DeleteForm(string add) => (add.StartsWith("-w", StringComparison.Ordinal) ? "-W" : "-d") + add[2..];

    /// <summary>
    /// Loads one rule line and deletes it again when the kernel took it. Verdicts: accepted; rejected (for its text);
    /// host (only because this host lacks the watched path or the named user or group).
    /// </summary>
    private static (string Verdict, string Message) Load(string auditctl, string directory, string text)
    {
        // -A and -a parse alike; appending keeps a never rule from silencing other tests' rules while it is loaded.
        string add = text.StartsWith("-A", StringComparison.Ordinal) ? "-a" + text[2..] : text;
        HostCommandResult loaded = HostCommand.Run(auditctl, ["-R", WriteLine(directory, "add.rules", add)]);
        string message = string.Join(" | ", (loaded.StandardOutput + loaded.StandardError)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith("There was an error in line", StringComparison.Ordinal)));
        if (loaded.ExitCode == 0)
        {
            string delete = DeleteForm(add);
            HostCommandResult deleted = HostCommand.Run(auditctl, ["-R", WriteLine(directory, "delete.rules", delete)]);
            Assert.True(deleted.ExitCode == 0, $"could not delete the rule just added ({delete}): {deleted.StandardOutput}{deleted.StandardError}");
            return ("accepted", message);
        }

        // Someone else's identical rule is loaded: the kernel took the text (and the rule is not ours to delete).
        if (message.Contains("Rule exists", StringComparison.Ordinal))
        {
            return ("accepted", message);
        }

        // auditctl -R swallows some messages (Unknown user: chrony); the same arguments given directly print them.
        if (message.Length == 0)
        {
            HostCommandResult direct = HostCommand.Run(auditctl, add.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
            message = (direct.StandardError + direct.StandardOutput).Trim().ReplaceLineEndings(" | ");
            Assert.True(direct.ExitCode != 0, $"auditctl -R rejected but auditctl {add} took the rule; delete it by hand: auditctl -d{add[2..]}");
        }

        bool hostOnly = message.Contains("No such file or directory", StringComparison.Ordinal)
            || message.StartsWith("Unknown user", StringComparison.Ordinal) || message.StartsWith("Unknown group", StringComparison.Ordinal);
        return (hostOnly ? "host" : "rejected", message);
    }
}
