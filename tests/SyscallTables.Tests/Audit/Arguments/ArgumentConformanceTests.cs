using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using SyscallTables.Audit;

namespace SyscallTables.Tests.Audit.Arguments;

/// <summary>
/// a0-a3 of every SYSCALL record in the corpus (and the syscall name, which carries i386's socketcall/ipc sub-call),
/// interpreted through <see cref="FieldInterpreter.Interpret(in AuditFieldContext, AuditField, Span{byte}, out int)"/>
/// and compared with the real <c>ausearch -i</c> on the same file. Every disagreement must be one of
/// <see cref="ArgumentDifference"/>; each listed difference must show, so the list cannot go stale.
/// </summary>
public sealed partial class ArgumentConformanceTests
{
    private static readonly string[] Compared = ["syscall", "a0", "a1", "a2", "a3"];

    [Fact]
    public void Arguments_agree_with_ausearch_across_the_corpus()
    {
        string directory = AuditCorpus.RequireDirectory();
        Comparison comparison = CompareWithAusearch([.. AuditCorpus.Files(directory).Select(f => (f, Path.Combine(directory, f)))]);

        Assert.True(comparison.Unexplained.Count == 0, comparison.Report + string.Join('\n', comparison.Unexplained
            .GroupBy(u => u.Split(" ours ")[0].Split(": ")[1].Split('=')[0] + " " + u.Split(" ours ")[1].Split(" ausearch ")[0].Length.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Select(g => g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture) + "x " + g.First())));
        Assert.True(comparison.RecordsCompared > 10_000, comparison.Report);
        foreach (ArgumentDifference expected in ArgumentDifferences.SeenInCorpus)
        {
            Assert.True(comparison.Differences.ContainsKey(expected), $"listed difference {expected} no longer shows in the corpus\n{comparison.Report}");
        }
    }

    [Fact]
    public void Differences_the_corpus_lacks_show_on_hand_written_records()
    {
        string file = Path.Combine(RepositoryLayout.Root, "tests", "SyscallTables.Tests", "Audit", "Arguments", "argument-differences.log");
        Comparison comparison = CompareWithAusearch([("argument-differences.log", file)]);

        Assert.True(comparison.Unexplained.Count == 0, comparison.Report + string.Join('\n', comparison.Unexplained));
        Assert.Equal(File.ReadLines(file).Count(l => l.StartsWith("type=SYSCALL", StringComparison.Ordinal)), comparison.RecordsCompared);
        foreach (ArgumentDifference expected in ArgumentDifferences.SeenInFixture)
        {
            Assert.True(comparison.Differences.ContainsKey(expected), $"listed difference {expected} does not show\n{comparison.Report}");
        }
    }

    /// <summary>
    /// Every syscall of x86_64, i386 and aarch64, each argument in turn set to values that hit flag bits, small enum
    /// values, AT_FDCWD and -1: a synthetic sweep that reaches the decoders the corpus never exercises. ausearch
    /// decodes aarch64 records with the host's (x86) values, so there the arch-dependent constants differ.
    /// </summary>
    [Theory]
    [InlineData("c000003e")]
    [InlineData("40000003")]
    [InlineData("c00000b7")]
    public void Arguments_agree_with_ausearch_over_every_syscall(string arch)
    {
        string[] values = ["0", "1", "2", "3", "7", "9", "11", "40", "41", "100", "1ed", "1000", "4000", "8000", "80000", "200000", "40000000", "ffffff9c", "ffffffff"];
        AuditArch auditArch = (AuditArch)uint.Parse(arch, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
        string path = Path.Combine(Path.GetTempPath(), $"syscalltables-arguments-{arch}-{Environment.ProcessId}.log");
        var log = new StringBuilder();
        int serial = 1;
        foreach (int number in Syscalls.GetNumbers(auditArch))
        {
            if (auditArch == AuditArch.X86_64 && number >= 0x40000000)
            {
                break; // x32's numbers (syscall bit) come last; ausearch 3.0.9 has no x32 table to compare with
            }

            for (int index = 0; index < 4; index++)
            {
                foreach (string value in values)
                {
                    string[] args = ["0", "0", "0", "0"];
                    args[index] = value;
                    log.Append(FormattableString.Invariant(
                        $"type=SYSCALL msg=audit(1700000000.000:{serial++}): arch={arch} syscall={number} success=yes exit=0 a0={args[0]} a1={args[1]} a2={args[2]} a3={args[3]} items=0 ppid=1 pid=2 auid=0 uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 tty=(none) ses=1 comm=\"x\" exe=\"/x\" key=(null)\n"));
                }
            }
        }

        File.WriteAllText(path, log.ToString());
        try
        {
            Comparison comparison = CompareWithAusearch([("sweep-" + arch, path)]);
            Assert.True(comparison.Unexplained.Count == 0, comparison.Report + string.Join('\n', comparison.Unexplained
                .GroupBy(u => string.Join(' ', u.Split(" ours ")[0].Split(' ')[2..]).Split('=')[0])
                .Select(g => g.Count().ToString(System.Globalization.CultureInfo.InvariantCulture) + "x " + g.First())));
            Assert.Equal(serial - 1, comparison.RecordsCompared);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private sealed record Ours(string RawArch, string RawSyscall, string SyscallName, Dictionary<string, (string Text, string Raw)> Fields);

    private sealed record Comparison(int RecordsCompared, Dictionary<ArgumentDifference, int> Differences, List<string> Unexplained, string Report);

    private static Comparison CompareWithAusearch(IReadOnlyList<(string Name, string Path)> files)
    {
        string? ausearch = InstalledPrograms.Find("ausearch");
        Assert.SkipWhen(ausearch is null, "ausearch (Debian package auditd) is not installed");

        HostAccounts accounts = HostAccounts.Instance;
        var agreeing = Compared.ToDictionary(f => f, _ => 0);
        var differences = new Dictionary<ArgumentDifference, int>();
        var examples = new Dictionary<ArgumentDifference, string>();
        var unexplained = new List<string>();
        int recordsCompared = 0;

        foreach ((string file, string path) in files)
        {
            Dictionary<string, Queue<Ours>> ours = ReadOurs(path, accounts);
            if (ours.Count == 0)
            {
                continue;
            }

            HostCommandResult result = HostCommand.Run(ausearch!, ["-i", "-if", path]);
            foreach (string line in result.StandardOutput.Split('\n'))
            {
                Match header = AusearchSyscall().Match(line);
                if (!header.Success || !ours.TryGetValue(header.Groups["serial"].Value, out Queue<Ours>? queue) || queue.Count == 0)
                {
                    continue;
                }

                Ours record = queue.Dequeue();
                recordsCompared++;
                foreach (string field in Compared)
                {
                    string? theirs = Field(line, field);
                    if (theirs is null || !record.Fields.TryGetValue(field, out (string Text, string Raw) mine))
                    {
                        continue;
                    }

                    if (theirs == mine.Text)
                    {
                        agreeing[field]++;
                        continue;
                    }

                    ArgumentDifference? difference = ArgumentDifferences.Classify(field, mine.Text, theirs, mine.Raw, record.RawArch, record.SyscallName);
                    if (difference is { } known)
                    {
                        differences[known] = differences.GetValueOrDefault(known) + 1;
                        examples.TryAdd(known, $"{file}: {record.SyscallName} {field}={mine.Raw} ours '{mine.Text}' ausearch '{theirs}'");
                    }
                    else
                    {
                        unexplained.Add($"{file}: arch={record.RawArch} {record.SyscallName} {field}={mine.Raw} ours '{mine.Text}' ausearch '{theirs}'");
                    }
                }
            }
        }

        var report = new StringBuilder();
        report.AppendLine(FormattableString.Invariant($"{recordsCompared} SYSCALL records compared with ausearch -i"));
        foreach ((string field, int count) in agreeing)
        {
            report.AppendLine(FormattableString.Invariant($"  {field}: {count} agree"));
        }

        foreach ((ArgumentDifference difference, int count) in differences.OrderBy(d => d.Key))
        {
            report.AppendLine(FormattableString.Invariant($"  known difference {difference}: {count}, e.g. {examples[difference]}"));
        }

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        return new Comparison(recordsCompared, differences, unexplained, report.ToString());
    }

    private static Dictionary<string, Queue<Ours>> ReadOurs(string path, HostAccounts accounts)
    {
        var bySerial = new Dictionary<string, Queue<Ours>>();
        using var reader = new AuditRecordReader(File.OpenRead(path));
        var buffer = new byte[512];
        while (reader.Read())
        {
            AuditLine line = reader.Current;
            if (!line.IsRecord || !line.Record.Type.SequenceEqual("SYSCALL"u8))
            {
                continue;
            }

            AuditRecord record = line.Record;
            if (!record.TryGetField("arch"u8, out AuditField arch) || !record.TryGetField("syscall"u8, out AuditField syscall))
            {
                continue;
            }

            var context = AuditFieldContext.ForRecord(record, SyscallNaming.AuditUserspace, accounts);
            var fields = new Dictionary<string, (string, string)>();
            foreach (AuditField field in record.Fields)
            {
                string name = Encoding.UTF8.GetString(field.Name);
                if (Compared.Contains(name) && !fields.ContainsKey(name))
                {
                    string text = FieldInterpreter.Interpret(context, field, buffer, out int written) == OperationStatus.Done
                        ? Encoding.UTF8.GetString(buffer, 0, written)
                        : Encoding.UTF8.GetString(line.Bytes[field.ValueStart..field.End]);
                    fields[name] = (text, Encoding.UTF8.GetString(field.Value));
                }
            }

            string serial = record.Serial.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!bySerial.TryGetValue(serial, out Queue<Ours>? queue))
            {
                bySerial[serial] = queue = new Queue<Ours>();
            }

            string syscallName = context.Syscall >= 0 ? Syscalls.GetName(context.Arch, context.Syscall) ?? "?" : "?";
            queue.Enqueue(new Ours(Encoding.UTF8.GetString(arch.Value), Encoding.UTF8.GetString(syscall.Value), syscallName, fields));
        }

        return bySerial;
    }

    private static string? Field(string line, string name)
    {
        Match m = Regex.Match(line, " " + name + @"=(?<v>(?:[^ (]*\([^)]*\))+|\S+)");
        return m.Success ? m.Groups["v"].Value : null;
    }

    [GeneratedRegex(@"type=SYSCALL msg=audit\([^)]*:(?<serial>\d+)\) : ")]
    private static partial Regex AusearchSyscall();
}
