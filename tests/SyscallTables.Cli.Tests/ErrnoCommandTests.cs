namespace SyscallTables.Cli.Tests;

/// <summary><c>syscalls errno</c>: names, numbers and messages, checked against the C library through Python's os.strerror.</summary>
public sealed class ErrnoCommandTests
{
    [Theory]
    [InlineData("17")]
    [InlineData("-17")]
    [InlineData("EEXIST")]
    [InlineData("eexist")]
    public void Number_negative_number_and_name_give_the_moreutils_line(string query)
    {
        CliResult result = CliRun.Syscalls("errno", query);
        Assert.Equal(new CliResult(0, "EEXIST 17 File exists\n", ""), result);
    }

    [Fact]
    public void An_alias_is_shown_as_asked_with_the_number_it_stands_for()
    {
        Assert.Equal("EWOULDBLOCK 11 Resource temporarily unavailable\n", CliRun.Syscalls("errno", "EWOULDBLOCK").StandardOutput);
        Assert.Equal("ENOTSUP 95 Operation not supported\n", CliRun.Syscalls("errno", "ENOTSUP").StandardOutput);
    }

    [Fact]
    public void Every_errno_the_C_library_names_matches_its_number_and_strerror()
    {
        string? python = InstalledPrograms.Find("python3");
        Assert.SkipWhen(python is null, "python3 is not installed; it is how this test asks the C library for errno names and strerror texts");
        CliResult libc = CliRun.Process(python!, "-c",
            "import errno, os\nfor n in sorted(dir(errno)):\n    if n.startswith('E'): print(n, getattr(errno, n), os.strerror(getattr(errno, n)))");
        Assert.Equal(0, libc.ExitCode);
        string[] lines = libc.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length > 120, $"python listed only {lines.Length} errnos");
        var mismatches = new List<string>();
        foreach (string line in lines)
        {
            string name = line[..line.IndexOf(' ', StringComparison.Ordinal)];
            CliResult ours = CliRun.Syscalls("errno", name);
            if (ours != new CliResult(0, line + "\n", ""))
            {
                mismatches.Add($"libc: {line}\nours: {ours}");
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void List_has_one_line_per_number_ascending_in_the_same_form()
    {
        CliResult result = CliRun.Syscalls("errno", "--list");
        Assert.Equal(0, result.ExitCode);
        string[] lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Errnos.Count, lines.Length);
        int[] numbers = lines.Select(line => int.Parse(line.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(numbers.Order().Distinct(), numbers);
        Assert.Contains("EPERM 1 Operation not permitted", lines);
        Assert.Contains("EHWPOISON 133 Memory page has hardware error", lines);
        foreach (string line in lines.Take(5))
        {
            Assert.Equal(line + "\n", CliRun.Syscalls("errno", line.Split(' ')[0]).StandardOutput);
        }
    }

    [Fact]
    public void Search_is_case_insensitive_over_names_and_messages()
    {
        CliResult byMessage = CliRun.Syscalls("errno", "--search", "PERMISSION");
        Assert.Equal(0, byMessage.ExitCode);
        Assert.Contains("EACCES 13 Permission denied\n", byMessage.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("ENOENT", byMessage.StandardOutput, StringComparison.Ordinal);

        CliResult byName = CliRun.Syscalls("errno", "--search", "exist");
        Assert.Contains("EEXIST 17 File exists\n", byName.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("ENOENT 2 No such file or directory\n", CliRun.Syscalls("errno", "-s", "noent").StandardOutput, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "errno", "999")]
    [InlineData(1, "errno", "0")]
    [InlineData(1, "errno", "ENOSUCH")]
    [InlineData(1, "errno", "--search", "xyzzy")]
    [InlineData(2, "errno")]
    [InlineData(2, "errno", "17", "18")]
    [InlineData(2, "errno", "--search")]
    [InlineData(2, "errno", "--list", "extra")]
    [InlineData(2, "errno", "--frobnicate")]
    [InlineData(2, "errno", "17x")]
    public void Failures_are_one_line_on_stderr_with_the_exit_code(int exitCode, params string[] args)
    {
        CliRun.Syscalls(args).AssertFailedWithOneLine(exitCode);
    }

    // Numbers from the arches' asm/errno.h: mips ENOMSG 35 and EDQUOT 1133, alpha EAGAIN 35, powerpc EDEADLOCK 58.
    [Theory]
    [InlineData("ENOMSG 35 No message of desired type\n", "errno", "--arch", "mips", "35")]
    [InlineData("ENOMSG 35 No message of desired type\n", "errno", "-35", "--arch", "mipsel64")]
    [InlineData("EDQUOT 1133 Disk quota exceeded\n", "errno", "--arch", "mips64n32", "EDQUOT")]
    [InlineData("EAGAIN 35 Resource temporarily unavailable\n", "errno", "--arch", "alpha", "EAGAIN")]
    [InlineData("EDEADLOCK 58 File locking deadlock error\n", "errno", "--arch", "ppc64le", "58")]
    [InlineData("EDEADLK 35 Resource deadlock avoided\n", "errno", "--arch", "x86_64", "35")]
    [InlineData("EDEADLK 35 Resource deadlock avoided\n", "errno", "35")]
    public void Arch_option_uses_the_numbers_of_that_arch(string expected, params string[] args)
    {
        Assert.Equal(new CliResult(0, expected, ""), CliRun.Syscalls(args));
    }

    [Fact]
    public void Arch_list_is_the_arch_numbering_ascending()
    {
        string[] mips = CliRun.Syscalls("errno", "--list", "--arch", "mips").StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        int[] numbers = [.. mips.Select(line => int.Parse(line.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture))];
        Assert.Equal(numbers.Order(), numbers);
        Assert.Contains("EDQUOT 1133 Disk quota exceeded", mips);
        Assert.DoesNotContain(mips, line => line.StartsWith("EDQUOT 122 ", StringComparison.Ordinal));
        Assert.Equal(["EDQUOT 1133 Disk quota exceeded"], CliRun.Syscalls("errno", "--arch", "mips", "--search", "quota").StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData(1, "errno", "--arch", "vax", "1")]
    [InlineData(2, "errno", "5", "--arch")]
    public void Arch_option_failures_are_one_line(int exitCode, params string[] args)
    {
        CliRun.Syscalls(args).AssertFailedWithOneLine(exitCode);
    }
}
