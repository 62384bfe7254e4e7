namespace SyscallTables.Cli.Tests;

/// <summary><c>syscalls arch</c>: audit arch names and the hex audit records carry, both ways.</summary>
public sealed class ArchCommandTests
{
    // AUDIT_ARCH_* values from <linux/audit.h>: EM_* | __AUDIT_ARCH_64BIT (0x80000000) | __AUDIT_ARCH_LE (0x40000000).
    [Theory]
    [InlineData("c000003e", "x86_64", "c000003e")]
    [InlineData("0xC000003E", "x86_64", "c000003e")]
    [InlineData("x86_64", "x86_64", "c000003e")]
    [InlineData("amd64", "x86_64", "c000003e")]
    [InlineData("i686", "i386", "40000003")]
    [InlineData("40000003", "i386", "40000003")]
    [InlineData("arm64", "aarch64", "c00000b7")]
    [InlineData("c00000b7", "aarch64", "c00000b7")]
    [InlineData("riscv64", "riscv64", "c00000f3")]
    [InlineData("ppc64", "ppc64", "80000015")]
    public void Name_or_hex_prints_name_and_hex(string query, string name, string hex)
    {
        CliResult result = CliRun.Syscalls("arch", query);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.StandardError);
        Assert.Equal([name, hex], result.StandardOutput.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Without_an_argument_it_is_this_machine()
    {
        Assert.SkipWhen(AuditArchs.Host is null, "this machine's architecture has no audit arch");
        string expected = AuditArchs.GetName(AuditArchs.Host!.Value)!;
        Assert.StartsWith(expected + " ", CliRun.Syscalls("arch").StandardOutput, StringComparison.Ordinal);
        Assert.Equal(CliRun.Syscalls("arch").StandardOutput, CliRun.Syscalls("arch", "b64").StandardOutput);
    }

    [Fact]
    public void List_has_every_audit_arch_plus_x32_and_marks_those_with_tables()
    {
        CliResult result = CliRun.Syscalls("arch", "--list");
        Assert.Equal(0, result.ExitCode);
        string[] lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(AuditArchs.All.Length + 1, lines.Length);
        string[] withTables = lines.Where(line => line.EndsWith("syscall table", StringComparison.Ordinal))
            .Select(line => line.Split(' ')[0]).ToArray();
        // Every ABI the kernel tables define, both byte orders where the audit arch tells them apart, and x32 (which
        // shares x86_64's audit arch and so has a line of its own).
        Assert.Equal(
            ["aarch64", "arm", "armeb", "i386", "loongarch64", "mips", "mips64", "mips64n32", "mipsel", "mipsel64", "mipsel64n32",
             "ppc", "ppc64", "ppc64le", "riscv64", "s390", "s390x", "x32", "x86_64"],
            withTables.Order(StringComparer.Ordinal));
        foreach (string line in lines)
        {
            string[] fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (fields[0] == "x32")
            {
                // x32 records carry x86_64's audit arch; its hex names x86_64, and "x32" names x32's line.
                Assert.Equal("c000003e", fields[1]);
                Assert.StartsWith("x32          c000003e", CliRun.Syscalls("arch", "x32").StandardOutput, StringComparison.Ordinal);
                continue;
            }

            // Each listed hex parses back to the listed name.
            Assert.Equal(fields[0] + " " + fields[1], string.Join(' ', CliRun.Syscalls("arch", fields[1]).StandardOutput.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        }
    }

    [Theory]
    [InlineData(1, "arch", "vax")]
    [InlineData(1, "arch", "deadbeef")]
    [InlineData(2, "arch", "x86_64", "i386")]
    [InlineData(2, "arch", "--frobnicate")]
    public void Failures_are_one_line_on_stderr_with_the_exit_code(int exitCode, params string[] args)
    {
        CliRun.Syscalls(args).AssertFailedWithOneLine(exitCode);
    }
}
