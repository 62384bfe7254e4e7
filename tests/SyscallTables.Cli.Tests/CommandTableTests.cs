namespace SyscallTables.Cli.Tests;

/// <summary>
/// The command table: every command's help is rendered from its declaration, and one parser reads every command's
/// options (<c>--opt value</c>, <c>--opt=value</c>, repeats, <c>--</c>) and words every unknown option the same way.
/// </summary>
public sealed class CommandTableTests : IDisposable
{
    private const string MkdirRecord = "type=SYSCALL msg=audit(1480041901.111:1): arch=c000003e syscall=83 success=no exit=-17 a0=3 a1=0 a2=0 a3=0 items=0 ppid=1 pid=2 auid=1000 uid=1000 gid=1000 euid=1000 suid=1000 fsuid=1000 egid=1000 sgid=1000 fsgid=1000 tty=pts0 ses=1 comm=\"x\" exe=\"/bin/mkdir\" key=(null)";

    private readonly string _dir = Directory.CreateTempSubdirectory("syscalls-table-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string> CommandNames() => [.. SyscallsCli.Commands.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void A_commands_help_names_every_option_operand_and_exit_code_it_declares(string name)
    {
        CliCommand command = SyscallsCli.Commands.Single(c => c.Name == name);
        CliResult help = CliRun.Syscalls(name, "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Equal("", help.StandardError);
        Assert.StartsWith($"syscalls {name} - {command.Summary}\n", help.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(help, CliRun.Syscalls(name, "-h"));
        foreach (CliOption option in command.Options)
        {
            Assert.Contains(option.Name, help.StandardOutput, StringComparison.Ordinal);
            Assert.All(option.Aliases, alias => Assert.Contains(", " + alias, help.StandardOutput, StringComparison.Ordinal));
        }

        Assert.All(command.Arguments, argument => Assert.Contains("\n" + argument.Name + " ", help.StandardOutput, StringComparison.Ordinal));
        string exitStatus = help.StandardOutput[help.StandardOutput.IndexOf("Exit status:", StringComparison.Ordinal)..].ReplaceLineEndings(" ");
        Assert.Contains(" 2 usage error", exitStatus, StringComparison.Ordinal);
        Assert.Contains(" 141 when the output's reader has gone", exitStatus, StringComparison.Ordinal);
        Assert.All(help.StandardOutput.Split('\n'), line => Assert.True(line.Length <= 100, line));
    }

    [Fact]
    public void The_program_help_lists_every_command_and_documents_kernel_names()
    {
        string help = CliRun.Syscalls("--help").StandardOutput;

        Assert.All(SyscallsCli.Commands, command => Assert.Contains($"\n  syscalls {command.Name} ", help, StringComparison.Ordinal));
        Assert.Contains("\n--kernel-names ", help, StringComparison.Ordinal);
        Assert.Contains("\n--kernel-names ", CliRun.Syscalls("interpret", "--help").StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Kernel_names_undoes_audit_names_given_before_it_in_lookups_and_interpret()
    {
        Assert.Equal("pread\n", CliRun.Syscalls("x86_64", "17", "--audit-names").StandardOutput);
        Assert.Equal("pread64\n", CliRun.Syscalls("x86_64", "17", "--audit-names", "--kernel-names").StandardOutput);

        string log = Path.Combine(_dir, "pread.log");
        File.WriteAllText(log, MkdirRecord.Replace("syscall=83", "syscall=17", StringComparison.Ordinal) + "\n");
        Assert.Contains("syscall=pread ", CliRun.Syscalls("interpret", "--audit-names", log).StandardOutput, StringComparison.Ordinal);
        Assert.Contains("syscall=pread64 ", CliRun.Syscalls("interpret", "--audit-names", "--kernel-names", log).StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Option_values_read_the_same_in_one_word_or_two_and_repeats_add_up()
    {
        string log = Path.Combine(_dir, "mkdir.log");
        File.WriteAllText(log, MkdirRecord + "\n");
        CliResult expected = CliRun.Syscalls("rule", "--by", "exe,auid", "--key", "quiet", log);

        Assert.Equal(0, expected.ExitCode);
        Assert.Contains("-F exe=/bin/mkdir", expected.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("-F auid=1000", expected.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(expected, CliRun.Syscalls("rule", "--by=exe", "--by", "auid", "--key=quiet", log));
        Assert.Equal(expected, CliRun.Syscalls("rule", log, "--key", "first", "--by", "auid,exe", "--key", "quiet"));
        Assert.Equal(CliRun.Syscalls("errno", "--arch", "mips", "1133"), CliRun.Syscalls("errno", "1133", "--arch=mips"));
    }

    [Fact]
    public void After_a_double_dash_every_word_is_an_operand()
    {
        CliResult result = CliRun.Syscalls("lint", "--", "--help-me");

        result.AssertFailedWithOneLine(1);
        Assert.Contains("--help-me", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("No such file", result.StandardError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unknown option '--jsn' for interpret; options are --json, --audit-names", "interpret", "--jsn")]
    [InlineData("unknown option '-x' for errno; options are --list, --search, --arch", "errno", "-x")]
    [InlineData("unknown option '--exakt'; options are --exact, --dump", "--exakt", "mkdir")]
    [InlineData("--json takes no value ('--json=yes')", "interpret", "--json=yes")]
    [InlineData("--key needs a value (NAME)", "rule", "--key")]
    [InlineData("--output= needs a value (FILE) after '='", "interpret", "--output=")]
    public void Usage_errors_come_from_the_declarations_and_point_to_the_commands_help(string message, params string[] args)
    {
        CliResult result = CliRun.Syscalls(args);

        result.AssertFailedWithOneLine(2);
        Assert.StartsWith("syscalls: " + message, result.StandardError, StringComparison.Ordinal);
        string command = args[0].StartsWith('-') ? "syscalls" : "syscalls " + args[0];
        Assert.EndsWith($"; see {command} --help\n", result.StandardError, StringComparison.Ordinal);
    }
}
