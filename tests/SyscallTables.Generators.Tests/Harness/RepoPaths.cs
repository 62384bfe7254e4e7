using System.Reflection;
using System.Runtime.CompilerServices;

namespace SyscallTables.Generators.Tests.Harness;

/// <summary>
/// This test project's folder, found from this source file's compile-time path (or, in a path-mapped CI build, the project directory recorded at build time) rather than from bin/, so that
/// snapshots are read and written next to the tests wherever the build output goes (the repository root is RepositoryLayout's).
/// </summary>
internal static class RepoPaths
{
    /// <summary>tests/SyscallTables.Generators.Tests/</summary>
    public static string TestProjectDir { get; } = FindTestProjectDir();

    public static string Snapshots { get; } = Path.Combine(TestProjectDir, "Snapshots");

    private static string FindTestProjectDir()
    {
        string fromSource = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ThisFile())!, ".."));
        if (File.Exists(Path.Combine(fromSource, "SyscallTables.Generators.Tests.csproj")))
        {
            return fromSource;
        }

        // A deterministic CI build maps source paths (/_/...), so fall back to the directory recorded at build time.
        return typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDirectory").Value!;
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
