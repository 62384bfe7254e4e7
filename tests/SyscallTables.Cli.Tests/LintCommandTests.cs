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
    public void The_hints_that_name_our_commands_are_the_clis()
    {
        string rules = Write("hints.rules",
            "-a always,exit -F arch=b32 -S accept -k net",
            "-a always,exit -F arch=b64 -S open -F exit=-EFOO -k x");
        CliResult result = CliRun.Syscalls("lint", rules);
        string[] lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Matches(@"^.*:1: error: -S accept: i386 has no syscall named accept \(only other arches such as \w+ have it; `syscalls i386 accept` and `syscalls i386 --dump` show what i386 has instead\)$", lines[0]);
        Assert.Equal($"{rules}:2: error: -F exit=-EFOO: EFOO is not an errno name (see `syscalls errno --list`)", lines[1]);
    }

    [Fact]
    public void Rules_for_other_arches_are_read_as_auditctl_3_0_9_reads_them()
    {
        // Numbers from the kernel's tables: s390x 220 is getdents64, which auditctl 3.0.9's s390x table lacks.
        string rules = Write("arches.rules",
            "-a always,exit -F arch=ppc64le -S mkdir -k dirs",
            "-a always,exit -F arch=s390x -S getdents64 -k dirs",
            "-a always,exit -F arch=s390x -S 220 -k dirs",
            "-a always,exit -F arch=40000028 -S mkdir -k dirs",
            "-a always,exit -F arch=riscv64 -S 34 -k dirs",
            "-a always,exit -F arch=ppc64 -S mmap2 -k maps");
        CliResult result = CliRun.Syscalls("lint", rules);

        Assert.Equal(1, result.ExitCode);
        string[] lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Equal($"{rules}:2: error: -S getdents64: auditctl 3.0.9 does not know getdents64 (s390x syscall 220 is missing from its s390x table); write -S 220, which every auditctl accepts for s390x", lines[0]);
        Assert.Equal($"{rules}:4: error: -F arch=40000028: auditctl reads a value that starts with a digit as a decimal number; write 0x40000028 or arm (auditctl: arch elf mapping not found)", lines[1]);
        Assert.StartsWith($"{rules}:5: error: -F arch=riscv64: auditctl 3.0.9 has no arch riscv64", lines[2], StringComparison.Ordinal);
        Assert.StartsWith($"{rules}:6: warning: -S mmap2: ppc64 has no syscall mmap2", lines[3], StringComparison.Ordinal);
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

    [Fact]
    public void Hostile_bytes_in_a_rules_file_reach_the_terminal_escaped()
    {
        string rules = Path.Combine(_directory, "hostile.rules");
        File.WriteAllBytes(rules, [.. "-a always,exit -F arch=b64 -S mkdir -F uid=\u001b]0;owned\u0008 -k x\n"u8.ToArray(),
            .. "\u001b[2J\u202e\0\xff\n"u8.ToArray(), .. "-w /etc/passwd -p wa\r\n"u8.ToArray()]);
        CliResult result = CliRun.Syscalls("lint", rules);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(3, result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain('\u001b', result.StandardOutput);
        Assert.DoesNotContain('\0', result.StandardOutput);
        Assert.DoesNotContain('\u202e', result.StandardOutput);
        Assert.DoesNotContain('\r', result.StandardOutput);
        Assert.Contains(@"\x1b]0;owned\x08", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_line_is_one_short_error()
    {
        string rules = Path.Combine(_directory, "huge.rules");
        File.WriteAllText(rules, new string('x', 20_000_000) + "\n-w /etc/shadow -p wa\n");
        CliResult result = CliRun.Syscalls("lint", rules);
        Assert.Equal(1, result.ExitCode);
        string line = Assert.Single(result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"{rules}:1: error: the line is 20,000,000 bytes", line, StringComparison.Ordinal);
        Assert.True(line.Length < 500, line);
    }
}
