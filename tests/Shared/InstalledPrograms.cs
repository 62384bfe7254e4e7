namespace SyscallTables.Testing;

/// <summary>
/// Where the peers a test compares with are installed (ausyscall, ausearch, auditctl, dotnet): a test that needs one
/// skips with a printed reason when this finds none. One source file, linked into every test project that runs peers.
/// </summary>
internal static class InstalledPrograms
{
    /// <summary>The full path of <paramref name="program"/> on PATH, or <see langword="null"/> when it is not installed.</summary>
    public static string? Find(string program)
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = Path.Combine(dir, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
