using System.Runtime.CompilerServices;

namespace SyscallTables.Generators.Tests.Harness;

/// <summary>
/// Folders of the repository, found from this source file's compile-time path rather than from bin/, so that
/// snapshots are read and written next to the tests and the real tables are found wherever the build output goes.
/// </summary>
internal static class RepoPaths
{
    /// <summary>tests/SyscallTables.Generators.Tests/</summary>
    public static string TestProjectDir { get; } = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ThisFile())!, ".."));

    /// <summary>The repository root (holds tables/ and SyscallTables.sln).</summary>
    public static string Root { get; } = Path.GetFullPath(Path.Combine(TestProjectDir, "..", ".."));

    public static string Snapshots { get; } = Path.Combine(TestProjectDir, "Snapshots");

    public static string Tables { get; } = Path.Combine(Root, "tables");

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
