using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using SyscallTables.Audit;

namespace SyscallTables.Tests.Audit.Values;

/// <summary>
/// Every field of every record in the corpus other than the syscall's own (arch, syscall, success, exit and SYSCALL
/// a0-a3, compared in <see cref="AusearchConformanceTests"/>), against the real <c>ausearch -i</c> on the same file,
/// with the same host accounts. Records are paired by node, serial, type and occurrence (ausearch prints an event's
/// records last first), fields by name in order. Every disagreement must be one of
/// <see cref="AusearchFieldDifferences"/>; each listed difference must also show up, so the list cannot go stale.
/// </summary>
public sealed partial class AusearchFieldConformanceTests
{
    private static readonly HashSet<string> SyscallOwnFields = ["arch", "syscall", "success", "exit"];

    [Fact]
    public void Field_values_agree_with_ausearch_across_the_corpus()
    {
        string directory = AuditCorpus.RequireDirectory();
        Comparison comparison = Compare([.. AuditCorpus.Files(directory).Select(f => (f, Path.Combine(directory, f)))]);

        Assert.True(comparison.Unexplained.Count == 0, comparison.Report + string.Join('\n', comparison.Unexplained.Take(40)));
        Assert.True(comparison.Interpreted > 100_000, comparison.Report);
        foreach (AusearchFieldDifference expected in AusearchFieldDifferences.SeenInCorpus)
        {
            Assert.True(comparison.Differences.ContainsKey(expected), $"listed difference {expected} no longer shows in the corpus\n{comparison.Report}");
        }
    }

    [Fact]
    public void Field_values_agree_with_ausearch_on_hand_written_records()
    {
        // Records of kinds the corpus lacks or has few of: every socket family form, permissions, signals, protocols,
        // netfilter families, seccomp actions, message-queue modes, capability sets, control bytes in names.
        string file = Path.Combine(RepositoryLayout.Root, "tests", "SyscallTables.Tests", "Audit", "Values", "ausearch-values.log");
        Comparison comparison = Compare([("ausearch-values.log", file)]);

        Assert.True(comparison.Unexplained.Count == 0, comparison.Report + string.Join('\n', comparison.Unexplained));
        Assert.True(comparison.Interpreted > 500, comparison.Report);
        foreach (AusearchFieldDifference expected in AusearchFieldDifferences.SeenInFixture)
        {
            Assert.True(comparison.Differences.ContainsKey(expected), $"listed difference {expected} does not show\n{comparison.Report}");
        }
    }

    private sealed record Comparison(int Interpreted, Dictionary<AusearchFieldDifference, int> Differences, List<string> Unexplained, string Report);

    /// <summary>One field as we would print it: name, the value as written, our text, and whether we interpreted it.</summary>
    /// <remarks>
    /// <see cref="Prose"/> is the text between this field and the next that is no field (<c>old</c> in LOGIN's
    /// <c>uid=0 old auid=700 new auid=701</c>, <c>:</c> in old PAM messages); ausearch prints it after the value.
    /// <see cref="Enrichment"/> is the record's ENRICHED value for the field (<c>UID="root"</c> for uid), if any.
    /// </remarks>
    private sealed record OurField(string Name, string Raw, string Text, bool Interpreted, bool InMessage, bool Compared,
        string Prose = "", string? Enrichment = null);

    private sealed record OurRecord(string Key, string Type, List<OurField> Fields, bool SpacedSubject);

    private static Comparison Compare(IReadOnlyList<(string Name, string Path)> files)
    {
        string? ausearch = InstalledPrograms.Find("ausearch");
        Assert.SkipWhen(ausearch is null, "ausearch (Debian package auditd) is not installed");

        var agree = new SortedDictionary<string, (int Interpreted, int AsWritten)>(StringComparer.Ordinal);
        var differences = new Dictionary<AusearchFieldDifference, int>();
        var examples = new Dictionary<AusearchFieldDifference, string>();
        var unexplained = new List<string>();
        int recordsPaired = 0, recordsUnpaired = 0, interpreted = 0;

        foreach ((string file, string path) in files)
        {
            Dictionary<string, Queue<OurRecord>> ours = ReadOurs(path);
            if (ours.Count == 0)
            {
                continue;
            }

            foreach ((string key, string body) in AusearchRecords(HostCommand.Run(ausearch!, ["-i", "-if", path]).StandardOutput))
            {
                if (!ours.TryGetValue(key, out Queue<OurRecord>? queue) || queue.Count == 0)
                {
                    recordsUnpaired++;
                    continue;
                }

                OurRecord record = queue.Dequeue();
                string?[] theirs = TheirValues(body, record.Fields);
                recordsPaired++;
                for (int i = 0; i < record.Fields.Count; i++)
                {
                    OurField field = record.Fields[i];
                    if (!field.Compared)
                    {
                        continue;
                    }

                    string? their = theirs[i];
                    if (their == field.Text.TrimEnd(' '))
                    {
                        (int inter, int written) = agree.GetValueOrDefault(field.Name);
                        agree[field.Name] = field.Interpreted ? (inter + 1, written) : (inter, written + 1);
                        interpreted += field.Interpreted ? 1 : 0;
                        continue;
                    }

                    AusearchFieldDifference? difference = their is null ? null
                        : AusearchFieldDifferences.Classify(new FieldComparison(record.Type, field.Name, field.Raw, field.Text,
                            their, field.InMessage, field.Enrichment, record.SpacedSubject));
                    if (difference is { } known)
                    {
                        differences[known] = differences.GetValueOrDefault(known) + 1;
                        examples.TryAdd(known, $"{file}: {record.Type} {field.Name} ours '{field.Text}' ausearch '{their}'");
                    }
                    else
                    {
                        unexplained.Add($"{file}: {record.Type} {field.Name}={field.Raw} ours '{field.Text}' ausearch '{their ?? "(not found)"}'");
                    }
                }
            }
        }

        var report = new StringBuilder();
        report.AppendLine(Invariant($"{recordsPaired} records paired with ausearch's ({recordsUnpaired} of ausearch's unpaired); {interpreted} interpreted values agree"));
        foreach ((string name, (int inter, int written)) in agree)
        {
            report.AppendLine(Invariant($"  {name}: {inter + written} agree ({inter} interpreted, {written} as written)"));
        }

        foreach ((AusearchFieldDifference difference, int count) in differences.OrderBy(d => d.Key))
        {
            report.AppendLine(Invariant($"  known difference {difference}: {count}, e.g. {examples[difference]}"));
        }

        report.AppendLine(Invariant($"  unexplained: {unexplained.Count}"));
        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        return new Comparison(interpreted, differences, unexplained, report.ToString());
    }

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);

    // Our records in log order, keyed as ausearch's are paired: node, serial, type.
    private static Dictionary<string, Queue<OurRecord>> ReadOurs(string path)
    {
        var byKey = new Dictionary<string, Queue<OurRecord>>();
        using var reader = new AuditRecordReader(File.OpenRead(path));
        var buffer = new byte[1 << 16];
        while (reader.Read())
        {
            AuditLine line = reader.Current;
            if (!line.IsRecord)
            {
                continue;
            }

            AuditRecord record = line.Record;
            AuditFieldContext context = AuditFieldContext.ForRecord(record, SyscallNaming.AuditUserspace, HostAccounts.Instance);
            bool isSyscall = record.Type.SequenceEqual("SYSCALL"u8);
            var fields = new List<OurField>();
            var enrichment = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (AuditField field in record.Fields)
            {
                if (field.IsEnriched)
                {
                    enrichment.TryAdd(Encoding.UTF8.GetString(field.Name).ToLowerInvariant(), Encoding.UTF8.GetString(field.Value));
                }
            }

            int previousEnd = -1;
            foreach (AuditField field in record.Fields)
            {
                if (field.IsEnriched)
                {
                    continue; // ausearch uses the enrichment but does not print it
                }

                AddProse(fields, record.Line, ref previousEnd, field.Start, field.End);

                if (field.Quoting == AuditQuoting.Single)
                {
                    // The message's fields are printed inside msg='...'; msg itself only delimits.
                    fields.Add(new OurField("msg", "", "", false, false, Compared: false));
                    int innerEnd = -1;
                    foreach (AuditField inner in field.Fields)
                    {
                        AddProse(fields, record.Line, ref innerEnd, inner.Start, inner.End);
                        fields.Add(Ours(context, record, inner, buffer, compared: true));
                    }

                    AddProse(fields, record.Line, ref innerEnd, field.End - 1, field.End);

                    continue;
                }

                string name = Encoding.UTF8.GetString(field.Name);
                bool syscallOwn = (SyscallOwnFields.Contains(name) && !field.IsQuoted)
                    || (isSyscall && name is "a0" or "a1" or "a2" or "a3");
                fields.Add(Ours(context, record, field, buffer, compared: !syscallOwn));
            }

            string key = $"{Encoding.UTF8.GetString(record.Node)}|{record.Serial}|{Encoding.UTF8.GetString(record.Type)}";
            if (!byKey.TryGetValue(key, out Queue<OurRecord>? queue))
            {
                byKey[key] = queue = new Queue<OurRecord>();
            }

            for (int i = 0; i < fields.Count; i++)
            {
                if (enrichment.TryGetValue(fields[i].Name, out string? enriched))
                {
                    fields[i] = fields[i] with { Enrichment = enriched };
                }
            }

            bool spacedSubject = SpacedSubject().IsMatch(Encoding.UTF8.GetString(record.Body));
            queue.Enqueue(new OurRecord(key, Encoding.UTF8.GetString(record.Type), fields, spacedSubject));
        }

        return byKey;
    }

    // Records the words between the previous field and this one as the previous field's trailing prose.
    private static void AddProse(List<OurField> fields, ReadOnlySpan<byte> line, ref int previousEnd, int start, int end)
    {
        if (previousEnd >= 0 && fields.Count > 0 && start > previousEnd)
        {
            string prose = Encoding.UTF8.GetString(line[previousEnd..start]).Trim();
            if (prose.Length > 0)
            {
                fields[^1] = fields[^1] with { Prose = prose };
            }
        }

        previousEnd = end;
    }

    private static OurField Ours(in AuditFieldContext context, AuditRecord record, AuditField field, byte[] buffer, bool compared)
    {
        int rawStart = field.Start + field.NameLength + 1;
        string raw = Encoding.UTF8.GetString(record.Line[rawStart..field.End]);
        OperationStatus status = FieldInterpreter.Interpret(context, field, buffer, out int written);
        bool done = status == OperationStatus.Done;
        return new OurField(Encoding.UTF8.GetString(field.Name), raw, done ? Encoding.UTF8.GetString(buffer, 0, written) : raw,
            done, field.IsInMessage, compared);
    }

    // ausearch -i's records in log order: each event (between "----" lines) is printed last record first.
    private static IEnumerable<(string Key, string Body)> AusearchRecords(string output)
    {
        var evt = new List<(string, string)>();
        foreach (string line in output.Split('\n'))
        {
            if (line.StartsWith("----", StringComparison.Ordinal))
            {
                for (int i = evt.Count - 1; i >= 0; i--)
                {
                    yield return evt[i];
                }

                evt.Clear();
                continue;
            }

            Match m = AusearchHeader().Match(line);
            if (m.Success)
            {
                evt.Add(($"{m.Groups["node"].Value}|{m.Groups["serial"].Value}|{m.Groups["type"].Value}", m.Groups["body"].Value));
            }
        }

        for (int i = evt.Count - 1; i >= 0; i--)
        {
            yield return evt[i];
        }
    }

    // Values may hold spaces (exit=EACCES(Permission denied), saddr={ ... }, decoded strings), so a value runs from
    // after "name=" to the next field of ours that follows (" next=" or "'next=" inside msg='...').
    private static string?[] TheirValues(string body, List<OurField> fields)
    {
        var values = new string?[fields.Count];
        int position = 0;
        for (int i = 0; i < fields.Count; i++)
        {
            int start = FindName(body, fields[i].Name, position);
            if (start < 0)
            {
                return values;
            }

            int valueStart = start + fields[i].Name.Length + 1;
            int end = body.Length;
            if (i + 1 < fields.Count)
            {
                int next = FindName(body, fields[i + 1].Name, valueStart);
                if (next < 0)
                {
                    return values;
                }

                end = next - 1;
            }

            string value = body[valueStart..Math.Max(valueStart, end)].TrimEnd(' ');
            if (fields[i].InMessage && (i + 1 == fields.Count || !fields[i + 1].InMessage) && value.EndsWith('\''))
            {
                value = value[..^1].TrimEnd(' ');
            }

            if (fields[i].Prose.Length > 0 && value.EndsWith(" " + fields[i].Prose, StringComparison.Ordinal))
            {
                value = value[..^(fields[i].Prose.Length + 1)].TrimEnd(' ');
            }

            values[i] = value;
            position = Math.Max(valueStart, end);
        }

        return values;
    }

    private static int FindName(string body, string name, int from)
    {
        string needle = name + "=";
        for (int at = body.IndexOf(needle, from, StringComparison.Ordinal); at >= 0; at = body.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || body[at - 1] is ' ' or '\'')
            {
                return at;
            }
        }

        return -1;
    }

    // AppArmor writes its label with a space (subj=/usr/sbin/cupsd (enforce)); see AusearchFieldDifference.SpacedSubject.
    [GeneratedRegex(@"(?:^| )subj=\S+ \(")]
    private static partial Regex SpacedSubject();

    [GeneratedRegex(@"^(?:node=(?<node>\S+) )?type=(?<type>\S+) msg=audit\([^)]*:(?<serial>\d+)\) : (?<body>.*)$")]
    private static partial Regex AusearchHeader();
}
