using System.Diagnostics;
using System.Text;
using SyscallTables.Audit;

namespace SyscallTables.Cli.Tests;

/// <summary>
/// Memory stays bounded on hostile logs: the built program (the apphost) reads each, generated on the fly into its
/// stdin, under a managed heap limit (DOTNET_GCHeapHardLimit: going past it is an OutOfMemoryException, which ends the
/// run), its peak resident memory (VmHWM, sampled while it runs) stays under 100 MB, and every record comes out.
/// Without the per-line and per-event limits each of these runs dies of OutOfMemory under the heap limit.
/// </summary>
public sealed class MemoryBoundTests : IDisposable
{
    private const long HeapLimitBytes = 32 * 1024 * 1024;
    private const long MaxPeakResidentBytes = 100_000_000;
    private const long InputBytes = 16 * 1024 * 1024;
    private const int LongLineBytes = 8 * 1024 * 1024;
    private const string Record = "type=PATH msg=audit(1700000000.123:77): item=0 name=\"/x\"\n";

    private readonly string _dir = Directory.CreateTempSubdirectory("syscalls-memory-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>The hostile logs: one event that never ends; 200 interleaved events that never end; a 40 KB node=; two 8 MiB lines.</summary>
    public enum HostileLog
    {
        OneEventWithoutEnd,
        InterleavedEventsWithoutEnd,
        HugeNode,
        LongLines,
    }

    public static TheoryData<HostileLog, string> Runs()
    {
        var runs = new TheoryData<HostileLog, string>();
        foreach (HostileLog log in Enum.GetValues<HostileLog>())
        {
            runs.Add(log, "interpret");
            runs.Add(log, "interpret --json");
            runs.Add(log, "interpret --plugin=FILE");
        }

        runs.Add(HostileLog.LongLines, "rule --by exe");
        return runs;
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Memory_stays_bounded_under_a_heap_limit_and_nothing_is_lost(HostileLog log, string command)
    {
        string output = Path.Combine(_dir, "plugin.out");
        string[] args = command.Replace("FILE", output, StringComparison.Ordinal).Split(' ');
        long records = 0;

        RunResult run = Run(args, input => records = Write(log, input), command.Contains("--plugin", StringComparison.Ordinal) ? output : null);

        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}, stderr: {run.StandardError}");
        Assert.Equal("", run.StandardError);
        Assert.True(run.PeakResidentBytes is > 0 and < MaxPeakResidentBytes, $"peak resident memory {run.PeakResidentBytes:N0} bytes");
        TestContext.Current.TestOutputHelper?.WriteLine($"{log}, {command}: {records:N0} records, peak resident memory {run.PeakResidentBytes:N0} bytes");

        bool cut = log is HostileLog.OneEventWithoutEnd or HostileLog.HugeNode;
        if (command.StartsWith("rule", StringComparison.Ordinal))
        {
            // The long lines are no records, so the rule comes from the ordinary record after them alone.
            Assert.Equal(1, run.Output.Count("\n-A never,exit"));
            Assert.Equal(0, run.Output.Count("AAAAAAAA"));
        }
        else if (command.Contains("--json", StringComparison.Ordinal))
        {
            Assert.Equal(records, run.Output.Count("{\"type\":\""));
            Assert.True(!cut || run.Output.Count("\"part\":") > 1, "the parts of the cut event are not marked");
        }
        else
        {
            // Lines that are no records (the long lines, in pieces) are copied as they were: they begin with type= too.
            long passedThrough = log == HostileLog.LongLines ? 2 : 0;
            Assert.Equal(records + passedThrough, run.Output.Count("\ntype=") + run.Output.Count("\nnode="));
            Assert.True(!cut || run.Output.Count("\n---- part ") > 1, "the parts of the cut event are not marked");
            Assert.True(log != HostileLog.LongLines || run.Output.Length > 2L * LongLineBytes, $"{run.Output.Length:N0} bytes of output");
        }
    }

    /// <summary>Writes the log into the program's stdin; returns how many of its lines are records.</summary>
    private static long Write(HostileLog log, Stream input)
    {
        switch (log)
        {
            case HostileLog.OneEventWithoutEnd:
                return Repeat(input, Record);
            case HostileLog.InterleavedEventsWithoutEnd:
                var serials = new StringBuilder();
                for (int serial = 0; serial < 200; serial++)
                {
                    serials.Append(Record.Replace(":77)", $":{serial})", StringComparison.Ordinal));
                }

                return Repeat(input, serials.ToString()) * 200;
            case HostileLog.HugeNode:
                return Repeat(input, "node=" + new string('n', 40_000) + " " + Record);
            default:
                byte[] exe = new byte[LongLineBytes];
                exe.AsSpan().Fill((byte)'A');
                for (int serial = 1; serial <= 2; serial++)
                {
                    input.Write(Encoding.ASCII.GetBytes($"type=SYSCALL msg=audit(1700000000.123:{serial}): arch=c000003e syscall=83 success=no exit=-17 exe=\"/"));
                    input.Write(exe);
                    input.Write("\" key=(null)\n"u8);
                }

                input.Write("type=SYSCALL msg=audit(1700000000.123:3): arch=c000003e syscall=83 success=no exit=-17 a0=0 a1=0 a2=0 a3=0 items=0 pid=1 auid=1000 uid=1000 exe=\"/bin/mkdir\" key=(null)\n"u8);
                return 1;
        }
    }

    // Writes `text` over and over, about InputBytes in all; returns how many times.
    private static long Repeat(Stream input, string text)
    {
        byte[] once = Encoding.ASCII.GetBytes(text);
        byte[] block = new byte[once.Length * Math.Max(1, 65536 / once.Length)];
        for (int at = 0; at < block.Length; at += once.Length)
        {
            once.CopyTo(block, at);
        }

        long times = 0;
        for (long written = 0; written < InputBytes; written += block.Length)
        {
            input.Write(block);
            times += block.Length / once.Length;
        }

        return times;
    }

    private sealed record RunResult(int ExitCode, string StandardError, long PeakResidentBytes, OutputCounts Output);

    /// <summary>Runs the apphost with <paramref name="args"/> under the heap limit, its stdin written by <paramref name="writeInput"/>.</summary>
    private static RunResult Run(string[] args, Action<Stream> writeInput, string? outputFile)
    {
        string apphost = CliRun.Apphost();
        Assert.SkipUnless(File.Exists("/proc/self/status"), "no /proc/PID/status here to read the peak resident memory from");
        using Process process = CliRun.Start(apphost, args, ("DOTNET_GCHeapHardLimit", $"0x{HeapLimitBytes:X}"));
        Task<OutputCounts> stdout = Task.Run(() => OutputCounts.Of(process.StandardOutput.BaseStream));
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        Task input = Task.Run(() =>
        {
            try
            {
                using Stream stdin = process.StandardInput.BaseStream;
                writeInput(stdin);
            }
            catch (IOException)
            {
                // The program stopped reading (it died): its exit code says why.
            }
        });

        // VmHWM is the peak so far; the last reading before the exit is the peak of the run but for its last moments.
        long peak = 0;
        var clock = Stopwatch.StartNew();
        while (!process.WaitForExit(5))
        {
            peak = Math.Max(peak, PeakResidentBytes(process.Id));
            if (clock.Elapsed > TimeSpan.FromSeconds(60))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"syscalls {string.Join(' ', args)} did not finish within 60 s");
            }
        }

        input.Wait();
        OutputCounts output = outputFile is null ? stdout.Result : OutputCounts.Of(File.OpenRead(outputFile));
        return new RunResult(process.ExitCode, stderr.Result, peak, output);
    }

    private static long PeakResidentBytes(int pid)
    {
        try
        {
            foreach (string line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // Gone between the check and the read.
        }

        return 0;
    }

    /// <summary>How often a few strings occur in a stream read once (a line start is "\n" + text; the stream counts as starting with one).</summary>
    private sealed class OutputCounts
    {
        private static readonly string[] Patterns = ["\ntype=", "\nnode=", "\n---- part ", "{\"type\":\"", "\"part\":", "\n-A never,exit", "AAAAAAAA"];

        private readonly long[] _counts = new long[Patterns.Length];

        public long Length { get; private set; }

        public long Count(string pattern) => _counts[Array.IndexOf(Patterns, pattern)];

        public static OutputCounts Of(Stream stream)
        {
            using (stream)
            {
                var counts = new OutputCounts();
                byte[][] patterns = Patterns.Select(Encoding.ASCII.GetBytes).ToArray();
                int overlap = patterns.Max(p => p.Length) - 1;
                byte[] buffer = new byte[overlap + 65536];
                buffer[overlap - 1] = (byte)'\n';
                int carried = 1;
                int read;
                while ((read = stream.Read(buffer, overlap, buffer.Length - overlap)) > 0)
                {
                    // A match counts once: when its last byte has just been read.
                    Span<byte> window = buffer.AsSpan((overlap - carried)..(overlap + read));
                    for (int p = 0; p < patterns.Length; p++)
                    {
                        counts._counts[p] += CountEndingAfter(window, patterns[p], carried);
                    }

                    counts.Length += read;
                    carried = Math.Min(overlap, carried + read);
                    buffer.AsSpan(overlap + read - carried, carried).CopyTo(buffer.AsSpan(overlap - carried));
                }

                return counts;
            }
        }

        private static long CountEndingAfter(ReadOnlySpan<byte> window, ReadOnlySpan<byte> pattern, int from)
        {
            long count = 0;
            int start = Math.Max(0, from - pattern.Length + 1);
            for (int at; (at = window[start..].IndexOf(pattern)) >= 0; start += at + 1)
            {
                count++;
            }

            return count;
        }
    }
}
