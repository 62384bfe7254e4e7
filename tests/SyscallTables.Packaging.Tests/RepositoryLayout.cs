using System.Runtime.CompilerServices;

namespace SyscallTables.Packaging.Tests;

/// <summary>The repository these tests pack, found from the test sources or, failing that, the test binary.</summary>
internal static class RepositoryLayout
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding <c>SyscallTables.sln</c> and <c>tables/</c>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>A path under the repository root, given with forward slashes.</summary>
    public static string File(string relativePath) => Path.Combine(Root, relativePath);

    private static string FindRoot()
    {
        // Under ContinuousIntegrationBuild the compiler records "/_/..." as this file's path, which does not exist.
        foreach (string? start in new[] { Path.GetDirectoryName(ThisSourceFile()), AppContext.BaseDirectory })
        {
            for (string? dir = start; dir is not null; dir = Path.GetDirectoryName(dir))
            {
                if (System.IO.File.Exists(Path.Combine(dir, "SyscallTables.sln")) && Directory.Exists(Path.Combine(dir, "tables")))
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
