namespace SyscallTables.Cli.Tests.Harness;

/// <summary>The installed ausyscall (Debian's auditd), the peer our output is compared with.</summary>
internal static class Ausyscall
{
    private static readonly Lazy<string?> Installed = new(() => InstalledPrograms.Find("ausyscall"));

    /// <summary>The path of ausyscall; skips the calling test, with the reason printed, when it is not installed.</summary>
    public static string RequirePath()
    {
        string? path = Installed.Value;
        Assert.SkipWhen(path is null, "ausyscall is not installed (Debian/Ubuntu: apt-get install auditd); the golden comparison needs it");
        return path!;
    }

    public static CliResult Run(params string[] args) => CliRun.Process(RequirePath(), args);

    /// <summary>The arches compared, by the names ausyscall takes.</summary>
    public static TheoryData<string> Arches => new() { "x86_64", "i386", "aarch64" };
}
