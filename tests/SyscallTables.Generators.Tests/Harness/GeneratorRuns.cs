using Microsoft.CodeAnalysis;

namespace SyscallTables.Generators.Tests.Harness;

/// <summary>Runs the generator over in-memory inputs and picks out what a diagnostic test looks at.</summary>
internal static class GeneratorRuns
{
    public static GeneratorRunResult Run(params TableInput[] inputs)
    {
        var run = new GeneratorHost(inputs).Run();
        Assert.Null(run.Exception);
        return run;
    }

    /// <summary>The diagnostics of one id, in file then position order.</summary>
    public static List<Diagnostic> Of(GeneratorRunResult run, string id)
        => [.. run.Diagnostics.Where(d => d.Id == id).OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start)];

    public static string Source(GeneratorRunResult run, string hintName)
        => run.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
}
