namespace SyscallTables.Tests.Harness;

/// <summary>
/// The public audit rules corpus (../shared/rules-corpus, described in its SOURCES.md), used by path and never copied
/// into the repository. Tests that need it skip with the reason when it is absent.
/// </summary>
internal static class RulesCorpus
{
    /// <summary>The corpus folder; skips the calling test when neither ../shared/rules-corpus nor /work/shared/rules-corpus exists.</summary>
    public static string RequireDirectory()
    {
        string nextToRepository = Path.GetFullPath(Path.Combine(RepositoryLayout.Root, "..", "shared", "rules-corpus"));
        string? directory = Directory.Exists(nextToRepository) ? nextToRepository
            : Directory.Exists("/work/shared/rules-corpus") ? "/work/shared/rules-corpus" : null;
        Assert.SkipWhen(directory is null,
            "the audit rules corpus is absent (looked for ../shared/rules-corpus next to the repository and /work/shared/rules-corpus)");
        return directory!;
    }

    /// <summary>Every rules file of the corpus (all but SOURCES.md), sorted, as paths relative to the corpus folder.</summary>
    public static IReadOnlyList<string> Files(string directory) =>
        [.. Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "SOURCES.md")
            .Select(f => Path.GetRelativePath(directory, f))
            .Order(StringComparer.Ordinal)];
}
