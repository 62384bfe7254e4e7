using SyscallTables.Audit;

namespace SyscallTables.Benchmarks;

/// <summary>
/// Real kernel records from the public audit-log corpus (../shared/corpus next to the repository, described in its
/// SOURCES.md), read by path and never copied into the repository.
/// </summary>
internal static class AuditCorpusRecords
{
    /// <summary>The corpus folder, or <see langword="null"/> when neither ../shared/corpus nor /work/shared/corpus exists.</summary>
    public static string? Directory { get; } = Find();

    /// <summary>Why the audit benchmarks cannot run here, or <see langword="null"/> when they can.</summary>
    public static string? UnavailableReason => Directory is null
        ? "the audit log corpus is absent (looked for ../shared/corpus beside the repository and /work/shared/corpus)"
        : null;

    /// <summary>
    /// The first <paramref name="count"/> record lines (each ending in '\n') of the corpus events that hold a SYSCALL
    /// record, files in sorted order, repeated when the corpus has fewer: the mix of SYSCALL, PATH, CWD, PROCTITLE,
    /// EXECVE, SOCKADDR and AVC records a busy machine logs.
    /// </summary>
    public static byte[] SyscallEventLines(int count)
    {
        string directory = Directory ?? throw new InvalidOperationException(UnavailableReason);
        var lines = new List<byte[]>();
        foreach (string path in System.IO.Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(p => Path.GetFileName(p) != "SOURCES.md").Order(StringComparer.Ordinal))
        {
            lines.AddRange(LinesOfSyscallEvents(path));
        }

        if (lines.Count == 0)
        {
            throw new InvalidOperationException($"no event with a SYSCALL record under {directory}");
        }

        using var output = new MemoryStream();
        for (int i = 0; i < count; i++)
        {
            output.Write(lines[i % lines.Count]);
            output.WriteByte((byte)'\n');
        }

        return output.ToArray();
    }

    // The record lines of one file whose serial also has a SYSCALL record, in file order.
    private static List<byte[]> LinesOfSyscallEvents(string path)
    {
        var records = new List<(ulong Serial, byte[] Line)>();
        var syscallSerials = new HashSet<ulong>();
        using (var reader = new AuditRecordReader(File.OpenRead(path)))
        {
            while (reader.Read())
            {
                AuditLine line = reader.Current;
                if (line.IsRecord)
                {
                    records.Add((line.Record.Serial, line.Bytes.ToArray()));
                    if (line.Record.Type.SequenceEqual("SYSCALL"u8))
                    {
                        syscallSerials.Add(line.Record.Serial);
                    }
                }
            }
        }

        return [.. records.Where(r => syscallSerials.Contains(r.Serial) && !r.Line.AsSpan().Contains((byte)'\n')).Select(r => r.Line)];
    }

    private static string? Find()
    {
        for (string? dir = Environment.CurrentDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            string candidate = Path.Combine(dir, "..", "shared", "corpus");
            if (File.Exists(Path.Combine(dir, "SyscallTables.sln")) && System.IO.Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return System.IO.Directory.Exists("/work/shared/corpus") ? "/work/shared/corpus" : null;
    }

    /// <summary>Describes <paramref name="log"/> for the benchmark's console output (size per record, for MB/s).</summary>
    public static string Describe(byte[] log, int records) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{records} corpus records, {log.Length} bytes, {(double)log.Length / records:F1} bytes per record");
}
