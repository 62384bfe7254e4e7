using System.Reflection;
using System.Runtime.CompilerServices;

namespace SyscallTables.Generators.Tests.Harness;

/// <summary>
/// Folders of the repository, found from this source file's compile-time path (or, in a path-mapped CI build, the project directory recorded at build time) rather than from bin/, so that
/// snapshots are read and written next to the tests and the real tables are found wherever the build output goes.
/// </summary>
internal static class RepoPaths
{
    /// <summary>tests/SyscallTables.Generators.Tests/</summary>
    public static string TestProjectDir { get; } = FindTestProjectDir();

    /// <summary>The repository root (holds tables/ and SyscallTables.sln).</summary>
    public static string Root { get; } = Path.GetFullPath(Path.Combine(TestProjectDir, "..", ".."));

    public static string Snapshots { get; } = Path.Combine(TestProjectDir, "Snapshots");

    public static string Tables { get; } = Path.Combine(Root, "tables");

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
