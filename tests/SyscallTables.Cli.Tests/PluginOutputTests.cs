using System.Text;

namespace SyscallTables.Cli.Tests;

/// <summary>
/// The dispatcher plugin's output when it fails: events it cannot write are held (up to
/// <see cref="PluginOutput.MaxHeldBytes"/>, newer ones dropped beyond that and counted), written in order when a
/// reopen or retry succeeds, and every step is told on stderr; only a closed stdout pipe stops the plugin.
/// </summary>
public sealed class PluginOutputTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("syscalls-plugin-").FullName;
    private readonly StringWriter _stderr = new() { NewLine = "\n" };

    public void Dispose()
    {
        _stderr.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private string LogDirectory => Path.Combine(_root, "audit");

    private string LogFile => Path.Combine(LogDirectory, "interpreted.log");

    private static byte[] Event(int serial) => Encoding.UTF8.GetBytes($"----\ntype=EOE msg=audit(08/16/24 14:44:02.459:{serial}) : \n\n");

    private static void WriteEvent(PluginOutput output, int serial)
    {
        byte[] text = Event(serial);

        // As the sink does it: the event's bytes in more than one write, then one flush that ends the event.
        output.Write(text.AsSpan(0, 5));
        output.Write(text.AsSpan(5));
        output.Flush();
    }

    private string[] StderrLines => _stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void Events_written_while_the_folder_is_gone_are_held_and_written_by_the_reopen_that_finds_it_again()
    {
        Directory.CreateDirectory(LogDirectory);
        using var stdout = new MemoryStream();
        using PluginOutput output = PluginOutput.Open(LogFile, stdout, _stderr);
        WriteEvent(output, 1);

        Directory.Delete(LogDirectory, recursive: true);
        output.Reopen();
        for (int serial = 2; serial <= 4; serial++)
        {
            WriteEvent(output, serial);
        }

        output.Reopen();
        Directory.CreateDirectory(LogDirectory);
        output.Reopen();
        WriteEvent(output, 5);

        Assert.True(output.Finish());
        Assert.Equal(string.Concat(Enumerable.Range(2, 4).Select(s => Encoding.UTF8.GetString(Event(s)))), File.ReadAllText(LogFile));
        string failure = $"syscalls: cannot write {LogFile}: No such file or directory; holding up to 4 MB of events until it can be written (tried again on SIGHUP and every 10 s)";
        Assert.Equal([failure, failure, $"syscalls: {LogFile} is written again: 3 held events written, 0 dropped"], StderrLines);
        Assert.Equal(0, stdout.Length);
    }

    [Fact]
    public void Beyond_the_bound_newer_events_are_dropped_and_counted_and_the_held_ones_keep_their_order()
    {
        Directory.CreateDirectory(LogDirectory);
        using PluginOutput output = PluginOutput.Open(LogFile, Stream.Null, _stderr);
        Directory.Delete(LogDirectory, recursive: true);
        output.Reopen();

        int eventBytes = Event(100_000).Length;
        int fitting = PluginOutput.MaxHeldBytes / eventBytes;
        const int Dropped = 100;
        for (int serial = 100_000; serial < 100_000 + fitting + Dropped; serial++)
        {
            WriteEvent(output, serial);
        }

        Directory.CreateDirectory(LogDirectory);
        output.Reopen();

        string written = File.ReadAllText(LogFile);
        Assert.Equal(fitting * eventBytes, written.Length);
        Assert.StartsWith(Encoding.UTF8.GetString(Event(100_000)), written, StringComparison.Ordinal);
        Assert.EndsWith(Encoding.UTF8.GetString(Event(100_000 + fitting - 1)), written, StringComparison.Ordinal);
        Assert.Equal(
            [
                $"syscalls: {LogFile}: 4 MB of events held; newer events are dropped until it can be written",
                $"syscalls: {LogFile} is written again: {fitting:N0} held events written, {Dropped} dropped",
            ],
            StderrLines[^2..]);
    }

    [Fact]
    public void Stdout_that_fails_holds_events_until_a_SIGHUP_retries_them()
    {
        var stdout = new SwitchableStream { Failure = new IOException("disk full", 28) };
        using PluginOutput output = PluginOutput.Open(null, stdout, _stderr);

        WriteEvent(output, 1);
        WriteEvent(output, 2);
        stdout.Failure = null;
        output.Reopen();
        WriteEvent(output, 3);

        Assert.True(output.Finish());
        Assert.Equal(Event(1).Concat(Event(2)).Concat(Event(3)), stdout.Written.ToArray());
        Assert.Equal("syscalls: cannot write stdout: No space left on device; holding up to 4 MB of events until it can be written (tried again on SIGHUP and every 10 s)", StderrLines[0]);
    }

    [Fact]
    public void Events_still_held_at_the_end_are_counted_in_one_line_and_the_plugin_fails()
    {
        using PluginOutput output = PluginOutput.Open(null, new SwitchableStream { Failure = new IOException("disk full", 28) }, _stderr);

        WriteEvent(output, 1);
        WriteEvent(output, 2);

        Assert.False(output.Finish());
        Assert.Equal("syscalls: stopping with 2 events not written (0 dropped before): cannot write stdout: No space left on device", StderrLines[^1]);
    }

    [Fact]
    public void A_closed_stdout_pipe_stops_the_plugin()
    {
        using PluginOutput output = PluginOutput.Open(null, new SwitchableStream { Failure = new IOException("Broken pipe", 32) }, _stderr);

        IOFailureException failure = Assert.Throws<IOFailureException>(() => WriteEvent(output, 1));

        Assert.True(failure.IsClosedPipe);
        Assert.Equal("", _stderr.ToString());
    }

    /// <summary>A stream that fails with <see cref="Failure"/> while it is set, and keeps what it was given otherwise.</summary>
    private sealed class SwitchableStream : MemoryStream
    {
        public IOException? Failure { get; set; }

        public MemoryStream Written => this;

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (Failure is not null)
            {
                throw Failure;
            }

            base.Write(buffer);
        }
    }
}
