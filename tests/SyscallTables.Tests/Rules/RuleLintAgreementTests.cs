using SyscallTables.Audit;
using SyscallTables.Rules;
using SyscallTables.Tests.Audit;

namespace SyscallTables.Tests.Rules;

/// <summary>
/// The two halves of the rule workflow agree: whatever <see cref="ExclusionRuleBuilder"/> writes for the audit-log
/// corpus, <see cref="RuleLinter"/> finds no error in (both are checked against the real auditctl elsewhere; this
/// keeps them from drifting apart where no kernel is at hand).
/// </summary>
public sealed class RuleLintAgreementTests
{
    [Theory]
    [InlineData(ExclusionRuleFields.None, false, ExclusionRulePlacement.Prepend)]
    [InlineData(ExclusionRuleFields.Exe | ExclusionRuleFields.Auid | ExclusionRuleFields.Uid, true, ExclusionRulePlacement.Append)]
    public void Rules_written_for_the_corpus_lint_without_errors(ExclusionRuleFields groupBy, bool includeSucceeded, ExclusionRulePlacement placement)
    {
        string directory = AuditCorpus.RequireDirectory();
        var builder = new ExclusionRuleBuilder(groupBy, includeSucceeded);
        foreach (string file in AuditCorpus.Files(directory))
        {
            using var reader = new AuditRecordReader(File.OpenRead(Path.Combine(directory, file)));
            while (reader.Read())
            {
                if (reader.Current.IsRecord)
                {
                    builder.Add(reader.Current.Record);
                }
            }
        }

        // As syscalls rule writes them: each rule once, under the comments of the groups it silences.
        IReadOnlyList<ExclusionRule> written = builder.GetRules("exclude", placement);
        Assert.True(written.Count > 10, $"only {written.Count} rules from the corpus");
        var rules = new StringWriter();
        foreach (ExclusionRule rule in written)
        {
            rule.WriteTo(rules);
        }

        IReadOnlyList<RuleFinding> findings = RuleLinter.Lint("written.rules", new StringReader(rules.ToString()));
        RuleFinding[] errors = [.. findings.Where(f => f.Severity == RuleFindingSeverity.Error)];
        Assert.True(errors.Length == 0, string.Join('\n', errors.Take(20).Select(e => e.ToString())));
        TestContext.Current.TestOutputHelper?.WriteLine($"{written.Count} rules for {builder.GetGroups().Count} groups, {findings.Count} warnings");
    }
}
