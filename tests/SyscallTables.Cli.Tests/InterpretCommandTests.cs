using System.Diagnostics;
using System.Text.Json;

namespace SyscallTables.Cli.Tests;

/// <summary><c>syscalls interpret</c>: files, options and errors in process; stdin and the dispatcher plugin as a real process.</summary>
public sealed class InterpretCommandTests : IDisposable
{
    internal const string MkdirEvent =
        "type=SYSCALL msg=audit(1723819442.459:77): arch=c000003e syscall=83 success=no exit=-17 a0=1 a1=1ff a2=0 a3=0 items=0 pid=7\n"
        + "type=PROCTITLE msg=audit(1723819442.459:77): proctitle=6D6B646972002F746D70\n"
        + "type=EOE msg=audit(1723819442.459:77): \n";

    private const string PreadEvent =
        "type=SYSCALL msg=audit(1723819443.000:78): arch=c000003e syscall=17 success=yes exit=5 a0=3 a1=1 a2=5 a3=0 items=0 pid=7\n"
        + "type=EOE msg=audit(1723819443.000:78): \n";

    private readonly string _dir = Directory.CreateTempSubdirectory("syscalls-interpret-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Log(string name, string content)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void A_file_is_printed_as_ausearch_prints_it_events_last_record_first()
    {
        CliResult result = CliRun.Syscalls("interpret", Log("a.log", "a note\n" + MkdirEvent));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.StandardError);
        string[] lines = result.StandardOutput.Split('\n');
        Assert.Equal("a note", lines[0]);
        Assert.Equal("----", lines[1]);
        Assert.StartsWith("type=EOE msg=audit(", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("type=PROCTITLE", lines[4], StringComparison.Ordinal);
        Assert.Contains(" : arch=x86_64 syscall=mkdir success=no exit=EEXIST(File exists) ", lines[5], StringComparison.Ordinal);
    }

    [Fact]
    public void Several_files_are_read_in_turn()
    {
        CliResult result = CliRun.Syscalls("interpret", Log("a.log", MkdirEvent), Log("b.log", PreadEvent));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.StandardOutput.Split('\n').Count(l => l == "----"));
        Assert.True(result.StandardOutput.IndexOf(":77)", StringComparison.Ordinal) < result.StandardOutput.IndexOf(":78)", StringComparison.Ordinal));
    }

    [Fact]
    public void Audit_names_switches_syscall_names_to_audit_userspace()
    {
        string path = Log("p.log", PreadEvent);

        Assert.Contains("syscall=pread64 ", CliRun.Syscalls("interpret", path).StandardOutput, StringComparison.Ordinal);
        Assert.Contains("syscall=pread ", CliRun.Syscalls("interpret", "--audit-names", path).StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Records_of_other_arches_read_with_their_own_numbers()
    {
        // mips o32 kill(pid, 16) failing with mips's ESRCH 3; ppc64le open(path, 0x4000) failing with ENOENT 2: kernel facts
        // of those arches (syscall tables, asm/signal.h, asm/fcntl.h), where x86_64 would read SIGSTKFLT and O_DIRECT.
        string log = "type=SYSCALL msg=audit(1723819444.000:79): arch=00000008 syscall=4037 success=no exit=-3 a0=4d2 a1=10 a2=0 a3=0 items=0 pid=7\n"
            + "type=SYSCALL msg=audit(1723819445.000:80): arch=c0000015 syscall=5 success=no exit=-2 a0=7fff0000 a1=4000 a2=0 a3=0 items=1 pid=8\n";

        CliResult result = CliRun.Syscalls("interpret", Log("abi.log", log));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("arch=mips syscall=kill success=no exit=ESRCH(No such process) a0=0x4d2 a1=SIGUSR1 ", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("arch=ppc64le syscall=open success=no exit=ENOENT(No such file or directory) a0=0x7fff0000 a1=O_RDONLY|O_DIRECTORY ", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_gives_one_parsable_event_per_line()
    {
        CliResult result = CliRun.Syscalls("interpret", "--json", Log("j.log", MkdirEvent + PreadEvent));

        Assert.Equal(0, result.ExitCode);
        string[] lines = result.StandardOutput.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        using JsonDocument first = JsonDocument.Parse(lines[0]);
        Assert.Equal(77, first.RootElement.GetProperty("serial").GetInt32());
        Assert.Equal("2024-08-16T14:44:02.459Z", first.RootElement.GetProperty("time").GetString());
        Assert.Equal(3, first.RootElement.GetProperty("records").GetArrayLength());
    }

    [Fact]
    public void A_missing_file_fails_with_one_line_and_exit_1()
    {
        CliRun.Syscalls("interpret", Path.Combine(_dir, "nosuch.log")).AssertFailedWithOneLine(1);
        CliRun.Syscalls("interpret", _dir).AssertFailedWithOneLine(1);
    }

    [Theory]
    [InlineData("--nosuch")]
    [InlineData("--output")]
    [InlineData("--plugin", "file.log")]
    [InlineData("--plugin=")]
    public void Usage_errors_fail_with_one_line_and_exit_2(params string[] args)
    {
        CliRun.Syscalls(["interpret", .. args]).AssertFailedWithOneLine(2);
    }

    [Fact]
    public void Help_teaches_the_forms_and_the_plugin()
    {
        CliResult result = CliRun.Syscalls("interpret", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("syscalls interpret [FILE...]", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("--plugin", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("syscalls interpret", CliRun.Syscalls("--help").StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Stdin_is_read_when_no_file_or_dash_is_given()
    {
        string program = CliRun.Apphost();
        foreach (string[] args in new[] { new[] { "interpret" }, ["interpret", "-"] })
        {
            using Process process = Start(program, args, zone: null);
            process.StandardInput.Write(MkdirEvent);
            process.StandardInput.Close();
            string output = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(30_000));
            Assert.Equal(0, process.ExitCode);
            Assert.Equal(CliRun.Syscalls("interpret", Log("s.log", MkdirEvent)).StandardOutput, output);
        }
    }

    [Fact]
    public void As_a_dispatcher_plugin_each_event_is_written_when_complete_before_the_next_arrives()
    {
        // The dispatcher writes one record per line into the plugin's stdin and keeps it open.
        using Process process = Start(CliRun.Apphost(), ["interpret", "--plugin"]);
        var output = new OutputCollector(process);

        process.StandardInput.Write(MkdirEvent);
        process.StandardInput.Flush();
        string first = output.WaitFor(":77)", "syscall=mkdir");
        Assert.DoesNotContain(":78)", first, StringComparison.Ordinal);

        // Records trickle in: the event is not complete (no EOE) after its first line, and is after its EOE.
        process.StandardInput.Write(PreadEvent.Split('\n')[0] + "\n");
        process.StandardInput.Flush();
        Thread.Sleep(300);
        Assert.DoesNotContain(":78)", output.Text, StringComparison.Ordinal);
        process.StandardInput.Write(PreadEvent.Split('\n')[1] + "\n");
        process.StandardInput.Flush();
        output.WaitFor(":78)", "syscall=pread64");

        process.StandardInput.Close();
        Assert.True(process.WaitForExit(30_000));
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public void As_a_plugin_SIGTERM_ends_it_cleanly_and_SIGHUP_reopens_its_file()
    {
        string file = Path.Combine(_dir, "interpreted.log");
        using Process process = Start(CliRun.Apphost(), ["interpret", "--plugin=" + file]);

        process.StandardInput.Write(MkdirEvent);
        process.StandardInput.Flush();
        WaitUntil(() => File.Exists(file) && File.ReadAllText(file).Contains("syscall=mkdir", StringComparison.Ordinal));

        // logrotate moves the file, then auditd passes SIGHUP on: the next event goes to a new file of the old name.
        File.Move(file, file + ".1");
        Signal(process, "HUP");
        Thread.Sleep(300);
        process.StandardInput.Write(PreadEvent);
        process.StandardInput.Flush();
        WaitUntil(() => File.Exists(file) && File.ReadAllText(file).Contains("syscall=pread64", StringComparison.Ordinal));
        Assert.DoesNotContain("syscall=pread64", File.ReadAllText(file + ".1"), StringComparison.Ordinal);

        // An event still open (no EOE yet) when auditd stops the plugin is written before it exits.
        process.StandardInput.Write(MkdirEvent.Replace(":77)", ":79)", StringComparison.Ordinal).Split('\n')[0] + "\n");
        process.StandardInput.Flush();
        Thread.Sleep(300);
        Assert.DoesNotContain(":79)", File.ReadAllText(file), StringComparison.Ordinal);
        Signal(process, "TERM");
        Assert.True(process.WaitForExit(30_000), "the plugin did not stop on SIGTERM");
        Assert.Equal(0, process.ExitCode);
        Assert.Contains(":79)", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void As_a_plugin_it_survives_its_folder_vanishing_and_writes_the_held_events_when_SIGHUP_finds_it_again()
    {
        string folder = Path.Combine(_dir, "audit");
        string file = Path.Combine(folder, "interpreted.log");
        Directory.CreateDirectory(folder);
        using Process process = Start(CliRun.Apphost(), ["interpret", "--plugin=" + file]);
        void Feed(int first, int last)
        {
            for (int serial = first; serial <= last; serial++)
            {
                process.StandardInput.Write(MkdirEvent.Replace(":77)", $":{serial})", StringComparison.Ordinal));
            }

            process.StandardInput.Flush();
        }

        Feed(1, 2);
        WaitUntil(() => File.Exists(file) && File.ReadAllText(file).Contains(":2)", StringComparison.Ordinal));

        // The log folder is removed, then auditd passes on a SIGHUP: the reopen fails, and the plugin holds events.
        Directory.Delete(folder, recursive: true);
        Signal(process, "HUP");
        Thread.Sleep(300);
        Feed(3, 5);
        Thread.Sleep(300);
        Assert.False(process.HasExited, "the plugin died when its output could not be reopened");

        Directory.CreateDirectory(folder);
        Signal(process, "HUP");
        Thread.Sleep(300);
        Feed(6, 7);
        WaitUntil(() => File.Exists(file) && File.ReadAllText(file).Contains(":7)", StringComparison.Ordinal));
        Signal(process, "TERM");
        Assert.True(process.WaitForExit(30_000), "the plugin did not stop on SIGTERM");

        Assert.Equal(0, process.ExitCode);
        string written = File.ReadAllText(file);
        Assert.Equal(5, written.Split("syscall=mkdir").Length - 1);
        int[] order = [.. Enumerable.Range(3, 5).Select(serial => written.IndexOf($":{serial})", StringComparison.Ordinal))];
        Assert.Equal(order.Order(), order);
        Assert.Equal(
            [
                $"syscalls: cannot write {file}: No such file or directory; holding up to 4 MB of events until it can be written (tried again on SIGHUP and every 10 s)",
                $"syscalls: {file} is written again: 3 held events written, 0 dropped",
            ],
            process.StandardError.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("UTC")]
    [InlineData("America/New_York")]
    [InlineData(":Europe/Berlin")]
    [InlineData("/usr/share/zoneinfo/Asia/Tokyo")]
    [InlineData("JST-9")]
    [InlineData("<+14>-14")]
    [InlineData("EST5EDT,M3.2.0,M11.1.0")]
    [InlineData("AEST-10AEDT,M10.1.0,M4.1.0/3")]
    [InlineData("garbage1")]
    [InlineData("")]
    public void The_program_prints_times_in_the_zone_TZ_names_as_ausearch_does(string zone)
    {
        string? ausearch = InstalledPrograms.Find("ausearch") ?? (File.Exists("/usr/sbin/ausearch") ? "/usr/sbin/ausearch" : null);
        Assert.SkipWhen(ausearch is null, "ausearch (Debian package auditd) is not installed");
        string zoneFile = zone.TrimStart(':');
        bool namesZoneFile = (zoneFile.Contains('/', StringComparison.Ordinal) && !zoneFile.Contains(',', StringComparison.Ordinal)) || zoneFile is "UTC";
        Assert.SkipWhen(namesZoneFile && !File.Exists(Path.Combine("/usr/share/zoneinfo", zoneFile)), $"time zone {zone} is not installed (tzdata)");
        string log = Path.Combine(RepositoryLayout.Root, "tests", "data", "audit", "event-times.log");

        string ours = RunWithZone(CliRun.Apphost(), zone, ["interpret", log]);
        string theirs = RunWithZone(ausearch!, zone, ["-i", "-if", log]);

        static IEnumerable<string> Headers(string text) => text.Split('\n').Select(l => l.Contains(") :", StringComparison.Ordinal) ? l[..(l.IndexOf(") :", StringComparison.Ordinal) + 3)] : l);
        Assert.Contains("msg=audit(", theirs, StringComparison.Ordinal);
        Assert.Equal(Headers(theirs), Headers(ours));
    }

    private static string RunWithZone(string program, string zone, string[] args)
    {
        using Process process = Start(program, args, zone);
        process.StandardInput.Close();
        string output = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(60_000));
        return output;
    }

    private static Process Start(string program, string[] args, string? zone = "UTC") =>
        zone is null ? CliRun.Start(program, args) : CliRun.Start(program, args, ("TZ", zone));

    private static void Signal(Process process, string signal)
    {
        using Process kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    private static void WaitUntil(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "the expected output did not appear within 30 s");
            Thread.Sleep(20);
        }
    }

    /// <summary>Collects a process's stdout as it arrives, so a test can wait for text without closing stdin.</summary>
    private sealed class OutputCollector
    {
        private readonly System.Text.StringBuilder _text = new();

        public OutputCollector(Process process)
        {
            process.OutputDataReceived += (_, e) =>
            {
                lock (_text)
                {
                    _text.Append(e.Data).Append('\n');
                }
            };
            process.BeginOutputReadLine();
        }

        public string Text
        {
            get
            {
                lock (_text)
                {
                    return _text.ToString();
                }
            }
        }

        public string WaitFor(params string[] fragments)
        {
            string text = "";
            WaitUntil(() => fragments.All((text = Text).Contains));
            return text;
        }
    }
}
