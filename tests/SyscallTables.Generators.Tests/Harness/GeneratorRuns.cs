using Microsoft.CodeAnalysis;

namespace SyscallTables.Generators.Tests.Harness;

/// <summary>One generator run over inputs, and its diagnostics of one id, for the tests of diagnostics.</summary>
internal static class GeneratorRuns
{
    /// <summary>Runs the generator once; fails if it threw.</summary>
    public static GeneratorRunResult Run(params TableInput[] inputs)
    {
        var run = new GeneratorHost(inputs).Run();
        Assert.Null(run.Exception);
        return run;
    }

    /// <summary>The diagnostics of one id, in file then position order.</summary>
    public static List<Diagnostic> Of(GeneratorRunResult run, string id)
        => [.. run.Diagnostics.Where(d => d.Id == id).OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start)];

    /// <summary>The text of the generated source named <paramref name="hintName"/>.</summary>
    public static string Source(GeneratorRunResult run, string hintName)
        => run.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
}
