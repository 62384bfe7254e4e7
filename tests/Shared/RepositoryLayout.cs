using System.Runtime.CompilerServices;

namespace SyscallTables.Testing;

/// <summary>
/// Where the repository's files live, found from this source file rather than a configured path. One source file,
/// linked into every test project (see their csproj), so that each finds the root the same way.
/// </summary>
internal static class RepositoryLayout
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The repository root: the folder holding <c>SyscallTables.sln</c> and <c>tables/</c>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The generator's input folder, <c>tables/</c>.</summary>
    public static string Tables => Path.Combine(Root, "tables");

    /// <summary>A path under <c>tables/</c>, given with forward slashes.</summary>
    public static string Table(string relativePath) => Path.Combine(Tables, relativePath);

    /// <summary>A path under the repository root, given with forward slashes.</summary>
    public static string File(string relativePath) => Path.Combine(Root, relativePath);

    private static string FindRoot()
    {
        // The compiler records this file's path; under ContinuousIntegrationBuild that path is mapped to "/_/..."
        // and does not exist, so the test binary's own folder (always below the root's bin/) is the fallback.
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
