using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using SyscallTables.Audit;

namespace SyscallTables.Tests.Audit;

/// <summary>
/// arch, syscall, success and exit of every SYSCALL record in the corpus, against the real <c>ausearch -i</c> on the
/// same file. Every disagreement must be one of <see cref="AusearchDifferences"/>; each listed difference must also
/// show up, so that the list cannot go stale.
/// </summary>
public sealed partial class AusearchConformanceTests
{
    private sealed record Ours(string Arch, string Syscall, string Success, string Exit, string RawArch, string RawSyscall, string RawExit, bool ArchInterpreted, bool SyscallInterpreted, bool ExitInterpreted);

    [Fact]
    public void Syscall_fields_agree_with_ausearch_across_the_corpus()
    {
        string directory = AuditCorpus.RequireDirectory();
        Comparison comparison = CompareWithAusearch([.. AuditCorpus.Files(directory).Select(f => (f, Path.Combine(directory, f)))]);

        Assert.True(comparison.Unexplained.Count == 0, comparison.Report + string.Join('\n', comparison.Unexplained.Take(40)));
        Assert.True(comparison.RecordsCompared > 10_000, comparison.Report);
        foreach (AusearchDifference expected in AusearchDifferences.SeenInCorpus)
        {
            Assert.True(comparison.Differences.ContainsKey(expected), $"listed difference {expected} no longer shows in the corpus\n{comparison.Report}");
        }
    }

    [Fact]
    public void Differences_the_corpus_lacks_show_on_hand_written_records()
    {
        string file = Path.Combine(RepositoryLayout.Root, "tests", "data", "audit", "ausearch-differences.log");
        Comparison comparison = CompareWithAusearch([("ausearch-differences.log", file)]);

        Assert.True(comparison.Unexplained.Count == 0, comparison.Report + string.Join('\n', comparison.Unexplained));
        Assert.Equal(File.ReadLines(file).Count(l => l.StartsWith("type=SYSCALL", StringComparison.Ordinal)), comparison.RecordsCompared);
        foreach (AusearchDifference expected in AusearchDifferences.SeenInFixture)
        {
            Assert.True(comparison.Differences.ContainsKey(expected), $"listed difference {expected} does not show\n{comparison.Report}");
        }
    }

    private sealed record Comparison(int RecordsCompared, Dictionary<AusearchDifference, int> Differences, List<string> Unexplained, string Report);

    private static Comparison CompareWithAusearch(IReadOnlyList<(string Name, string Path)> files)
    {
        string? ausearch = InstalledPrograms.Find("ausearch");
        Assert.SkipWhen(ausearch is null, "ausearch (Debian package auditd) is not installed");

        var agreeing = new Dictionary<string, int> { ["arch"] = 0, ["syscall"] = 0, ["success"] = 0, ["exit"] = 0 };
        var differences = new Dictionary<AusearchDifference, int>();
        var examples = new Dictionary<AusearchDifference, string>();
        var unexplained = new List<string>();
        int recordsCompared = 0, filesCompared = 0, recordsOursOnly = 0;

        foreach ((string file, string path) in files)
        {
            Dictionary<string, Queue<Ours>> ours = ReadOurs(path);
            if (ours.Count == 0)
            {
                continue;
            }

            HostCommandResult result = HostCommand.Run(ausearch!, ["-i", "-if", path]);
            filesCompared++;
            foreach (string line in result.StandardOutput.Split('\n'))
            {
                Match header = AusearchSyscall().Match(line);
                if (!header.Success || !ours.TryGetValue(header.Groups["serial"].Value, out Queue<Ours>? queue) || queue.Count == 0)
                {
                    continue;
                }

                Ours record = queue.Dequeue();
                recordsCompared++;
                Compare("arch", record.Arch, Field(line, "arch"), record, agreeing, differences, examples, unexplained, file);
                Compare("syscall", record.Syscall, Field(line, "syscall"), record, agreeing, differences, examples, unexplained, file);
                Compare("success", record.Success, Field(line, "success"), record, agreeing, differences, examples, unexplained, file);
                Compare("exit", record.Exit, Field(line, "exit"), record, agreeing, differences, examples, unexplained, file);
            }

            recordsOursOnly += ours.Values.Sum(q => q.Count);
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo($"{filesCompared} files, {recordsCompared} SYSCALL records compared with ausearch ({recordsOursOnly} ausearch did not print)"));
        foreach ((string field, int count) in agreeing)
        {
            report.AppendLine(CultureInfo($"  {field}: {count} agree"));
        }

        foreach ((AusearchDifference difference, int count) in differences.OrderBy(d => d.Key))
        {
            report.AppendLine(CultureInfo($"  known difference {difference}: {count}, e.g. {examples[difference]}"));
        }

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        return new Comparison(recordsCompared, differences, unexplained, report.ToString());
    }

    private static string CultureInfo(FormattableString text) => FormattableString.Invariant(text);

    private static void Compare(string field, string oursValue, string? theirs, Ours record, Dictionary<string, int> agreeing,
        Dictionary<AusearchDifference, int> differences, Dictionary<AusearchDifference, string> examples, List<string> unexplained, string file)
    {
        if (theirs is null)
        {
            unexplained.Add($"{file}: ausearch printed no {field} for {record.RawArch}/{record.RawSyscall}");
            return;
        }

        if (theirs == oursValue)
        {
            agreeing[field]++;
            return;
        }

        AusearchDifference? difference = AusearchDifferences.Classify(field, oursValue, theirs, record.RawArch, record.RawSyscall, record.RawExit);
        if (difference is { } known)
        {
            differences[known] = differences.GetValueOrDefault(known) + 1;
            examples.TryAdd(known, $"{file}: {field} ours '{oursValue}' ausearch '{theirs}'");
        }
        else
        {
            unexplained.Add($"{file}: {field} ours '{oursValue}' ausearch '{theirs}' (arch={record.RawArch} syscall={record.RawSyscall} exit={record.RawExit})");
        }
    }

    // Our interpretation of each SYSCALL record with an arch= field, grouped by serial in file order.
    private static Dictionary<string, Queue<Ours>> ReadOurs(string path)
    {
        var bySerial = new Dictionary<string, Queue<Ours>>();
        using var reader = new AuditRecordReader(File.OpenRead(path));
        var buffer = new byte[256];
        while (reader.Read())
        {
            AuditLine line = reader.Current;
            if (!line.IsRecord || !line.Record.Type.SequenceEqual("SYSCALL"u8))
            {
                continue;
            }

            AuditRecord record = line.Record;
            if (!record.TryGetField("arch"u8, out AuditField arch) || !record.TryGetField("syscall"u8, out AuditField syscall)
                || !record.TryGetField("exit"u8, out AuditField exit))
            {
                continue;
            }

            // The event's context, as `syscalls interpret` builds it: a0 names i386's socketcall/ipc sub-call.
            var context = AuditFieldContext.ForRecord(record, SyscallNaming.AuditUserspace, HostAccounts.Instance);
            ReadOnlySpan<byte> bytes = line.Bytes;
            (string archText, bool archDone) = Interpret(context, arch, bytes, buffer);
            (string syscallText, bool syscallDone) = Interpret(context, syscall, bytes, buffer);
            (string exitText, bool exitDone) = Interpret(context, exit, bytes, buffer);
            string successText = record.TryGetField("success"u8, out AuditField success) ? Interpret(context, success, bytes, buffer).Text : "";
            string serial = record.Serial.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!bySerial.TryGetValue(serial, out Queue<Ours>? queue))
            {
                bySerial[serial] = queue = new Queue<Ours>();
            }

            queue.Enqueue(new Ours(archText, syscallText, successText, exitText, Encoding.UTF8.GetString(arch.Value),
                Encoding.UTF8.GetString(syscall.Value), Encoding.UTF8.GetString(exit.Value), archDone, syscallDone, exitDone));
        }

        return bySerial;
    }

    // What `syscalls interpret` would print for the field: the interpretation, or the value as the line has it
    // (quotes included).
    private static (string Text, bool Interpreted) Interpret(in AuditFieldContext context, AuditField field, ReadOnlySpan<byte> line, byte[] buffer)
    {
        OperationStatus status = FieldInterpreter.Interpret(context, field, buffer, out int written);
        return status == OperationStatus.Done
            ? (Encoding.UTF8.GetString(buffer, 0, written), true)
            : (Encoding.UTF8.GetString(line[(field.Start + field.NameLength + 1)..field.End]), false);
    }

    // A value runs to the next space, except that "NAME(message)" parts may hold spaces; ausearch's unknown errno is
    // two such parts: "(null)(Unknown error 512)".
    private static string? Field(string line, string name)
    {
        Match m = Regex.Match(line, " " + name + @"=(?<v>(?:[^ (]*\([^)]*\))+|\S+)");
        return m.Success ? m.Groups["v"].Value : null;
    }

    // ausearch -i prints each record on one line: "[node=N ]type=SYSCALL msg=audit(MM/DD/YY HH:MM:SS.mmm:SERIAL) : ...".
    [GeneratedRegex(@"type=SYSCALL msg=audit\([^)]*:(?<serial>\d+)\) : ")]
    private static partial Regex AusearchSyscall();
}
