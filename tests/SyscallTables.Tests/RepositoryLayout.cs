using System.Runtime.CompilerServices;

namespace SyscallTables.Tests;

/// <summary>Where the repository's input data lives, found from the test sources rather than a configured path.</summary>
internal static class RepositoryLayout
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root: the folder holding <c>SyscallTables.sln</c> and <c>tables/</c>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The generator's input folder, <c>tables/</c>.</summary>
    public static string Tables => Path.Combine(Root, "tables");

    /// <summary>A path under <c>tables/</c>, given with forward slashes.</summary>
    public static string Table(string relativePath) => Path.Combine(Tables, relativePath);

    private static string FindRoot()
    {
        // The compiler records this file's path; under ContinuousIntegrationBuild that path is mapped to "/_/..."
        // and does not exist, so the test binary's own folder is the fallback starting point.
        foreach (string? start in new[] { Path.GetDirectoryName(ThisSourceFile()), AppContext.BaseDirectory })
        {
            for (string? dir = start; dir is not null; dir = Path.GetDirectoryName(dir))
            {
                if (File.Exists(Path.Combine(dir, "SyscallTables.sln")) && Directory.Exists(Path.Combine(dir, "tables")))
                {
                    return dir;
                }
            }
        }

        throw new InvalidOperationException("Cannot find the repository root (SyscallTables.sln next to tables/) above "
            + ThisSourceFile() + " or " + AppContext.BaseDirectory);
    }

    private static string ThisSourceFile([CallerFilePath] string path = "") => path;
}
