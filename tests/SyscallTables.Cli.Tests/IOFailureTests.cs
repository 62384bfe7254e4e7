using System.Diagnostics;
using System.Text;

namespace SyscallTables.Cli.Tests;

/// <summary>
/// Every command when its files fail: an input missing, unreadable, a directory, failing with EIO, or the output itself;
/// stdin closed; the output unwritable, full, over-long, or a pipe nobody reads. Each failure is one line on stderr
/// in the errno's own words and exit 1; a closed pipe stops at once, silently, with 141; nothing aborts.
/// </summary>
public sealed class IOFailureTests : IDisposable
{
    private const string FullDisk = "No space left on device";

    private readonly string _dir = Directory.CreateTempSubdirectory("syscalls-io-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Log => File(Path.Combine(_dir, "audit.log"), InterpretCommandTests.MkdirEvent);

    // A warning, so that lint has something to write and still exits 0 when the writing works.
    private string Rules => File(Path.Combine(_dir, "audit.rules"), "-a exit,always -F arch=b64 -S mkdir -k dirs\n");

    private static string File(string path, string content)
    {
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    // Every command that writes something, with {log} or {rules} for an input file.
    public static TheoryData<string[]> WritingCommands => new()
    {
        new[] { "83" },
        new[] { "--dump" },
        new[] { "x86_64", "mkdir" },
        new[] { "errno", "--list" },
        new[] { "arch", "--list" },
        new[] { "--help" },
        new[] { "interpret", "{log}" },
        new[] { "interpret", "--json", "{log}" },
        new[] { "rule", "{log}" },
        new[] { "lint", "{rules}" },
    };

    private string[] With(string[] args) => [.. args.Select(a => a switch { "{log}" => Log, "{rules}" => Rules, _ => a })];

    [Theory]
    [MemberData(nameof(WritingCommands))]
    public void Stdout_on_a_full_disk_is_one_error_line_and_exit_1(string[] args)
    {
        CliResult result = CliRun.WithRedirections("> /dev/full", With(args));

        Assert.Equal(new CliResult(1, "", $"syscalls: cannot write stdout: {FullDisk}\n"), result);
    }

    [Theory]
    [MemberData(nameof(WritingCommands))]
    public void Stdout_closed_before_the_start_is_one_error_line_and_exit_1(string[] args)
    {
        CliResult result = CliRun.WithRedirections(">&-", With(args));

        Assert.Equal(new CliResult(1, "", "syscalls: cannot write stdout: Bad file descriptor\n"), result);
    }

    [Theory]
    [MemberData(nameof(WritingCommands))]
    public void A_writer_that_fails_is_worded_by_its_errno(string[] args)
    {
        CliResult full = Run(With(args), new FailingWriter(new IOException("disk full", 28)));
        CliResult unknown = Run(With(args), new FailingWriter(new IOException("no errno")));

        Assert.Equal(new CliResult(1, "", $"syscalls: cannot write stdout: {FullDisk}\n"), full);
        Assert.Equal(new CliResult(1, "", "syscalls: cannot write stdout: Input/output error\n"), unknown);
    }

    [Theory]
    [MemberData(nameof(WritingCommands))]
    public void A_closed_pipe_stops_the_command_silently_with_141(string[] args)
    {
        CliResult result = Run(With(args), new FailingWriter(new IOException("Broken pipe", 32)));

        Assert.Equal(new CliResult(ExitCode.OutputClosed, "", ""), result);
    }

    [Fact]
    public void A_failing_stderr_changes_nothing_but_what_is_said()
    {
        using var stdout = new StringWriter();
        int exit = SyscallsCli.Run(["interpret", Path.Combine(_dir, "nosuch.log")], stdout, new FailingWriter(new IOException("disk full", 28)), "syscalls");

        Assert.Equal(1, exit);
    }

    [Fact]
    public async Task A_reader_that_goes_away_stops_interpret_at_once_though_its_input_never_ends()
    {
        CancellationToken cancel = TestContext.Current.CancellationToken;
        var start = new ProcessStartInfo(CliRun.Apphost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            ArgumentList = { "interpret" },
        };
        using Process process = Process.Start(start)!;
        Task<string> stderr = process.StandardError.ReadToEndAsync(cancel);
        Task feeding = Task.Run(() =>
        {
            try
            {
                for (long serial = 1; !process.HasExited; serial++)
                {
                    process.StandardInput.Write(InterpretCommandTests.MkdirEvent.Replace(":77)", $":{serial})", StringComparison.Ordinal));
                }
            }
            catch (IOException)
            {
                // The program has gone: its stdin is a closed pipe now.
            }
        }, cancel);

        Assert.Equal("----", await process.StandardOutput.ReadLineAsync(cancel));
        process.StandardOutput.Close(); // | head -1

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        await process.WaitForExitAsync(timeout.Token);
        Assert.Equal(ExitCode.OutputClosed, process.ExitCode);
        Assert.Equal("", await stderr);
        await feeding;
    }

    [Fact]
    public async Task A_non_blocking_stdout_loses_nothing_when_its_reader_is_slow()
    {
        // A pipe whose write end someone set O_NONBLOCK (a parent in Node.js or Python asyncio does): once it is
        // full, write(2) fails with EAGAIN until the reader catches up; that is a wait, not the end of the output.
        string log = File(Path.Combine(_dir, "many.log"), string.Concat(Enumerable.Range(1, 2000).Select(serial =>
            InterpretCommandTests.MkdirEvent.Replace(":77)", $":{serial})", StringComparison.Ordinal))));
        int[] pipe = new int[2];
        Assert.Equal(0, Pipe(pipe));
        const int SetStatusFlags = 4, NonBlocking = 0x800;
        Assert.Equal(0, Fcntl(pipe[1], SetStatusFlags, NonBlocking));
        using var reader = new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(pipe[0], ownsHandle: true), FileAccess.Read);
        // bash, not sh: dash takes only one-digit descriptors in a redirection.
        Assert.SkipUnless(System.IO.File.Exists("/bin/bash"), "no /bin/bash to hand the pipe on as stdout");
        var start = new ProcessStartInfo("/bin/bash") { RedirectStandardError = true, UseShellExecute = false };
        foreach (string arg in new[] { "-c", $"exec \"$0\" interpret \"$1\" >&{pipe[1]} {pipe[1]}>&-", CliRun.Apphost(), log })
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Assert.Equal(0, Close(pipe[1]));
        Task<string> stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);

        await Task.Delay(1000, TestContext.Current.CancellationToken); // the program fills the pipe and meets EAGAIN
        using var received = new MemoryStream();
        await reader.CopyToAsync(received, TestContext.Current.CancellationToken);

        Assert.True(process.WaitForExit(30_000));
        Assert.Equal((0, ""), (process.ExitCode, await stderr));
        Assert.Equal(Encoding.UTF8.GetByteCount(CliRun.Syscalls("interpret", log).StandardOutput), received.Length);
    }

    [Theory]
    [InlineData("dir", "Is a directory")]
    [InlineData("nosuch/out.log", "No such file or directory")]
    [InlineData("/dev/full", FullDisk)]
    public void An_output_file_that_cannot_be_written_is_one_error_line_and_exit_1(string output, string reason)
    {
        string path = output.StartsWith('/') ? output : Path.Combine(_dir, output);
        Directory.CreateDirectory(Path.Combine(_dir, "dir"));

        Assert.Equal(new CliResult(1, "", $"syscalls: cannot write {path}: {reason}\n"), CliRun.Syscalls("interpret", "--output", path, Log));
        if (output != "/dev/full")
        {
            // /dev/full opens: a plugin's failed writes are held, not fatal (InterpretCommandTests).
            Assert.Equal(new CliResult(1, "", $"syscalls: cannot write {path}: {reason}\n"), CliRun.Syscalls("interpret", "--plugin=" + path));
        }
    }

    [Fact]
    public void An_over_long_output_path_is_named_in_an_excerpt()
    {
        string path = Path.Combine(_dir, new string('x', 4000));

        CliResult result = CliRun.Syscalls("interpret", "--output", path, Log);

        result.AssertFailedWithOneLine(1);
        Assert.EndsWith("...: File name too long\n", result.StandardError, StringComparison.Ordinal);
        Assert.True(result.StandardError.Length < 400, "the name is quoted whole: " + result.StandardError);
    }

    [Theory]
    [InlineData("interpret")]
    [InlineData("rule")]
    [InlineData("lint")]
    public void An_input_that_fails_to_read_says_why_in_the_errnos_words(string command)
    {
        // Reading /proc/self/mem at offset 0 fails with EIO: nothing is mapped there.
        CliResult eio = CliRun.Syscalls(command, "/proc/self/mem");
        CliResult missing = CliRun.Syscalls(command, Path.Combine(_dir, "nosuch"));
        CliResult directory = CliRun.Syscalls(command, _dir);

        Assert.Equal(new CliResult(1, "", "syscalls: cannot read /proc/self/mem: Input/output error\n"), eio);
        Assert.Equal(new CliResult(1, "", $"syscalls: cannot read {_dir}/nosuch: No such file or directory\n"), missing);
        directory.AssertFailedWithOneLine(1, $"syscalls: cannot read {_dir}: it is a directory; ");
    }

    [Theory]
    [InlineData("interpret")]
    [InlineData("rule")]
    [InlineData("lint")]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void An_unreadable_file_is_permission_denied_not_a_resource_key(string command)
    {
        Assert.SkipUnless(Environment.UserName == "root" && InstalledPrograms.Find("setpriv") is not null, "needs root and setpriv (util-linux) to run the program as nobody");

        string log = Log;
        System.IO.File.SetUnixFileMode(log, UnixFileMode.None);

        CliResult result = CliRun.Process("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", CliRun.Apphost(), command, log);

        Assert.Equal(new CliResult(1, "", $"syscalls: cannot read {log}: Permission denied\n"), result);
    }

    [Theory]
    [InlineData("interpret")]
    [InlineData("rule")]
    [InlineData("lint", "-")]
    public void Stdin_closed_before_the_start_is_one_error_line_not_a_wait_for_ever(params string[] args)
    {
        CliResult result = CliRun.WithRedirections("<&-", args);

        Assert.Equal(new CliResult(1, "", "syscalls: cannot read stdin: it was closed when syscalls started; name a FILE, or redirect stdin\n"), result);
    }

    [Fact]
    public void Stdin_that_is_a_directory_is_one_error_line()
    {
        CliResult result = CliRun.WithRedirections("< " + _dir, "interpret");

        result.AssertFailedWithOneLine(1, "syscalls: cannot read stdin: it is a directory; ");
    }

    [Fact]
    public void An_output_that_is_one_of_the_inputs_is_refused_before_anything_is_written()
    {
        string log = Log;
        string link = Path.Combine(_dir, "link.log");
        System.IO.File.CreateSymbolicLink(link, log);
        long size = new FileInfo(log).Length;
        const string Reason = "it is also the output file, which would be read back as it grows; write the output to another file\n";

        Assert.Equal(new CliResult(1, "", $"syscalls: cannot read {log}: {Reason}"), CliRun.Syscalls("interpret", "--output", log, log));
        Assert.Equal(new CliResult(1, "", $"syscalls: cannot read {link}: {Reason}"), CliRun.Syscalls("interpret", "--output", log, File(Path.Combine(_dir, "other.log"), ""), link));
        Assert.Equal(new CliResult(1, "", $"syscalls: cannot read stdin: {Reason}"), CliRun.WithRedirections($"< '{log}'", "interpret", "--output", log));
        Assert.Equal(new CliResult(1, "", $"syscalls: cannot read stdin: {Reason}"), CliRun.WithRedirections($"< '{log}'", "interpret", "--plugin=" + log));
        Assert.Equal(new CliResult(1, "", $"syscalls: cannot read {log}: {Reason}"), CliRun.WithRedirections($">> '{log}'", "interpret", log));
        Assert.Equal(new CliResult(1, "", $"syscalls: cannot read {log}: {Reason}"), CliRun.WithRedirections($">> '{log}'", "rule", log));
        Assert.Equal(size, new FileInfo(log).Length);
    }

    [Fact]
    public void A_file_name_with_control_characters_is_escaped_in_the_error()
    {
        string name = Path.Combine(_dir, "evil\u001b[2J\u202e.log");

        CliResult result = CliRun.Syscalls("interpret", name);

        Assert.Equal(new CliResult(1, "", $"syscalls: cannot read {_dir}/evil\\x1b[2J\\u202e.log: No such file or directory\n"), result);
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "pipe", SetLastError = true)]
    private static extern int Pipe(int[] fileDescriptors);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static extern int Fcntl(int fileDescriptor, int command, int argument);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int fileDescriptor);

    private static CliResult Run(string[] args, TextWriter stdout)
    {
        using var stderr = new StringWriter { NewLine = "\n" };
        int exit = SyscallsCli.Run(args, stdout, stderr, "syscalls");
        return new CliResult(exit, "", stderr.ToString());
    }

    /// <summary>stdout whose every write and flush fails as <paramref name="failure"/> says.</summary>
    private sealed class FailingWriter(IOException failure) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw failure;

        public override void Write(string? value) => throw failure;

        public override void Write(ReadOnlySpan<char> buffer) => throw failure;

        public override void Write(char[] buffer, int index, int count) => throw failure;

        public override void Flush() => throw failure;
    }
}
