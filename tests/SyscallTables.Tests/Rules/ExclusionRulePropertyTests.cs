using System.Globalization;
using System.Text;
using SyscallTables.Rules;

namespace SyscallTables.Tests.Rules;

/// <summary>
/// Hostile logs (<see cref="HostileSyscallLog"/>) through <see cref="ExclusionRuleBuilder"/> with every kind of
/// <c>--by</c>: what comes out lints without an error, every line is a short comment or a rule, no comment holds a
/// control or bidi character, no rule is written twice, and every filter says a value some record logged. The same
/// rules loaded into the kernel: <see cref="ExclusionRuleKernelTests"/>.
/// </summary>
public sealed class ExclusionRulePropertyTests
{
    internal const int Seed = 20_250_512;

    [Fact]
    public void Rules_written_for_hostile_logs_lint_clean_stay_short_lines_and_filter_only_on_logged_values()
    {
        var log = new HostileSyscallLog(new Random(Seed));
        int rules = 0, filters = 0, shortened = 0, notFiltered = 0, noRule = 0;
        for (int i = 0; i < 400; i++)
        {
            HostileSyscallLog.Case hostile = log.NextCase();
            (_, string[] lines) = hostile.Write();
            string failure = Check(hostile, lines);
            Assert.True(failure.Length == 0, $"case {i} (seed {Seed}): {failure}\n{hostile}\n--- written\n{string.Join('\n', lines)}");
            rules += lines.Count(l => !l.StartsWith('#'));
            filters += lines.Count(l => !l.StartsWith('#') && (l.Contains(" -F exe=", StringComparison.Ordinal) || l.Contains("uid=", StringComparison.Ordinal)));
            shortened += lines.Count(l => l.Contains("(shortened: ", StringComparison.Ordinal));
            notFiltered += lines.Count(l => l.Contains(" not filtered: ", StringComparison.Ordinal));
            noRule += lines.Count(l => l.StartsWith("# no rule: ", StringComparison.Ordinal));
        }

        // The cases must reach every branch: rules with filters, values left out (and then no rule), values cut.
        string counts = $"{rules} rules, {filters} with filters, {shortened} comments cut, {notFiltered} with values left out, {noRule} groups without a rule";
        Assert.True(rules > 200 && filters > 100 && shortened > 50 && notFiltered > 200 && noRule > 100, counts);
        TestContext.Current.TestOutputHelper?.WriteLine(counts);
    }

    private static readonly (ExclusionRuleFields Flag, string Name)[] FilterFields =
    [
        (ExclusionRuleFields.Exe, "exe"), (ExclusionRuleFields.Auid, "auid"), (ExclusionRuleFields.Uid, "uid"),
        (ExclusionRuleFields.Euid, "euid"), (ExclusionRuleFields.Gid, "gid"), (ExclusionRuleFields.Egid, "egid"),
    ];

    /// <summary>What is wrong with <paramref name="lines"/> written for <paramref name="hostile"/>; empty when nothing.</summary>
    internal static string Check(HostileSyscallLog.Case hostile, string[] lines)
    {
        var problems = new StringBuilder();
        foreach (RuleFinding error in RuleLinter.Lint("hostile.rules", new StringReader(string.Join('\n', lines) + "\n")).Where(f => f.Severity == RuleFindingSeverity.Error))
        {
            problems.AppendLine(CultureInfo.InvariantCulture, $"lint: {error}");
        }

        var rules = new HashSet<string>(StringComparer.Ordinal);
        foreach (string line in lines)
        {
            if (Encoding.UTF8.GetByteCount(line) > AuditctlLimits.MaxWrittenLineBytes)
            {
                problems.AppendLine(CultureInfo.InvariantCulture, $"a line of {Encoding.UTF8.GetByteCount(line)} bytes: {line[..80]}...");
            }

            if (ExclusionRuleHostileValueTests.HoldsControlOrFormat(line))
            {
                problems.AppendLine("a control or format character: " + DisplayText.Escape(line));
            }

            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                continue;
            }

            if (!(line.StartsWith("-A never,exit ", StringComparison.Ordinal) || line.StartsWith("-a never,exit ", StringComparison.Ordinal))
                || line.Contains('\\', StringComparison.Ordinal) || !rules.Add(line))
            {
                problems.AppendLine("neither a comment nor a new rule: " + line);
                continue;
            }

            // Never broader than asked: a rule names every exe and id it was grouped by, or there is no rule.
            foreach ((ExclusionRuleFields flag, string name) in FilterFields)
            {
                if (hostile.GroupBy.HasFlag(flag) && !line.Contains($" -F {name}=", StringComparison.Ordinal))
                {
                    problems.AppendLine(CultureInfo.InvariantCulture, $"grouped by {name}, but the rule does not filter on it: {line}");
                }
            }

            foreach (string word in line.Split(' '))
            {
                int equals = word.IndexOf('=', StringComparison.Ordinal);
                string field = equals > 0 ? word[..equals] : "";
                if (field == "exe" || Array.IndexOf(HostileSyscallLog.Record.IdNames, field) >= 0)
                {
                    if (!hostile.Records.Any(r => Logged(r, field, word[(equals + 1)..])))
                    {
                        problems.AppendLine(CultureInfo.InvariantCulture, $"-F {word} is no value a record logged");
                    }
                }
            }
        }

        return problems.ToString();
    }

    /// <summary>Whether the record logged, for <paramref name="field"/>, the value a rule reads as <paramref name="written"/>.</summary>
    internal static bool Logged(HostileSyscallLog.Record record, string field, string written)
    {
        if (field == "exe")
        {
            // ausearch -i prints an exe as it is, so in its text a newline ends the line, and a space followed by a
            // word with '=' ends the value (the word reads as the next field); the rule names what the line says.
            byte[] bytes = Encoding.UTF8.GetBytes(written);
            return record.Exe.AsSpan().SequenceEqual(bytes)
                || (record.Interpreted && record.Exe.AsSpan().StartsWith(bytes) && record.Exe[bytes.Length] is (byte)'\n' or (byte)' ');
        }

        string logged = record.Ids[Array.IndexOf(HostileSyscallLog.Record.IdNames, field)];
        string number = logged.StartsWith("unknown(", StringComparison.Ordinal) && logged.EndsWith(')') ? logged[8..^1] : logged;
        bool unset = number is "4294967295" or "unset";
        return written == "unset"
            ? field == "auid" && unset
            : uint.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out uint id) && id != uint.MaxValue
                && written == id.ToString(CultureInfo.InvariantCulture)
                && ulong.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out ulong value) && value == id;
    }
}
