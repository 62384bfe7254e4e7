namespace SyscallTables.Cli.Tests;

/// <summary><c>syscalls lint FILE...</c>: findings on stdout in compiler form, exit 1 on errors, one-line usage and file errors.</summary>
public sealed class LintCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("syscalltables-lint-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, params string[] lines)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }

    [Fact]
    public void An_error_is_printed_with_file_and_line_and_exits_1()
    {
        string rules = Write("audit.rules",
            "# arm64 host",
            "-a always,exit -F arch=aarch64 -S open -k opens");
        CliResult result = CliRun.Syscalls("lint", rules);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.StandardError);
        string line = Assert.Single(result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"{rules}:2: error: -S open: aarch64 has no syscall named open", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_alone_exit_0()
    {
        string rules = Write("audit.rules",
            "-a always,exit -F arch=b64 -S mkdir -k file_changes",
            "-a never,exit -F arch=b64 -S mkdir -F exit=-EEXIST -k exclude");
        CliResult result = CliRun.Syscalls("lint", rules);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith($"{rules}:2: warning: never shadowed: the always rule of line 1", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_files_print_nothing_and_every_file_is_checked()
    {
        string clean = Write("10-base.rules", "-D", "-b 8192", "-w /etc/shadow -p wa -k shadow");
        string other = Write("20-exit.rules", "-a always,exit -F arch=b64 -S 452 -k perm");
        Assert.Equal(new CliResult(0, "", ""), CliRun.Syscalls("lint", clean, other));

        string broken = Write("30-broken.rules", "-a always,exit -F arch=b64 -S fchmodat2 -k perm");
        CliResult result = CliRun.Syscalls("lint", clean, broken);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("write -S 452", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_one_line_error() =>
        CliRun.Syscalls("lint", Path.Combine(_directory, "absent.rules")).AssertFailedWithOneLine(1);

    [Fact]
    public void A_directory_is_a_one_line_error_that_says_to_name_its_files()
    {
        CliResult result = CliRun.Syscalls("lint", _directory);
        result.AssertFailedWithOneLine(1);
        Assert.Contains("rules.d/*.rules", result.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("--frobnicate")]
    public void Usage_errors_are_one_line_and_exit_2(params string[] args) =>
        CliRun.Syscalls(["lint", .. args]).AssertFailedWithOneLine(2);

    [Fact]
    public void Help_shows_the_usage()
    {
        CliResult result = CliRun.Syscalls("lint", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("syscalls lint FILE...", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("syscalls lint FILE...", CliRun.Syscalls("--help").StandardOutput, StringComparison.Ordinal);
    }
}
