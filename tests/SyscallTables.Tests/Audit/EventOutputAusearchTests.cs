using System.Text;
using SyscallTables.Audit;

namespace SyscallTables.Tests.Audit;

/// <summary>
/// The text output's structure against the real <c>ausearch -i -if FILE</c> on every corpus file: the same events in
/// the same order, the same records in the same order, the same headers (<c>node=</c>, type, time, serial) and the
/// same separators and empty lines, line for line. Field values are compared too, but only counted: they improve as
/// the interpreters do. Files whose structure differs for a documented reason are listed in
/// <see cref="StructuralDifferences"/>, and each must still differ, so the list cannot go stale.
/// </summary>
public sealed class EventOutputAusearchTests
{
    /// <summary>Why ausearch 3.0.9's structure differs from ours on a corpus file; each is a deliberate choice.</summary>
    private static readonly Dictionary<string, string> StructuralDifferences = new(StringComparer.Ordinal)
    {
        // Records behind a prefix that is not node= (setroubleshoot's "host=NAME "): ausearch skips them; we read them,
        // as we read syslog's "host audispd: " prefix.
        ["setroubleshoot/framework/test/data/audit/qemu_blk_image.log"] = "prefixed records",
        ["selinux-userspace/python/audit2allow/test.log"] = "prefixed records",

        // Events with an AppArmor AVC record (apparmor="DENIED" ...): ausearch 3.0.9's parser rejects the whole event
        // and prints nothing for it (<no matches> when it is the only one); we print every event.
        ["laurel/record-avc-apparmor.txt"] = "AppArmor AVC event dropped by ausearch",
        ["linux-audit-parser-rs/line-broken-avc-info.txt"] = "AppArmor AVC event dropped by ausearch",
        ["go-libaudit/auparse/audit-ubuntu16.log"] = "AppArmor AVC event dropped by ausearch",
        ["go-libaudit/aucoalesce/ubuntu-16.04-linux-4.13.0.yaml"] = "AppArmor AVC event dropped by ausearch",

        // An event of nothing but an EOE record: ausearch prints nothing; we never drop a record.
        ["linux-audit-parser-rs/line-eoe.txt"] = "standalone EOE",

        // ausearch prints the name it knows for the number in UNKNOWN[1334] (BPF); we print the type as written.
        ["linux-audit-parser-rs/line-unknown.txt"] = "UNKNOWN[N] type",

        // ausearch takes a comment line with parentheses ("#   execve(\"/bin/true\", NULL, NULL);") for a record.
        ["laurel/fork-sleep-exec.txt"] = "comment line read as a record by ausearch",
    };

    [Fact]
    public void Events_records_headers_and_separators_agree_with_ausearch_line_for_line()
    {
        string directory = AuditCorpus.RequireDirectory();
        string? ausearch = InstalledPrograms.Find("ausearch");
        Assert.SkipWhen(ausearch is null, "ausearch (Debian package auditd) is not installed");

        int filesSame = 0, linesCompared = 0, linesIdentical = 0;
        var unexplained = new List<string>();
        var stale = new List<string>();
        foreach (string file in AuditCorpus.Files(directory))
        {
            string path = Path.Combine(directory, file);
            string[] theirs = SplitOutput(HostCommand.Run("/usr/bin/env", ["TZ=UTC", ausearch!, "-i", "-if", path]).StandardOutput);
            string[] ours = SplitOutput(InterpretEventsOnly(path, TimeZoneInfo.Utc));
            bool sameStructure = theirs.Select(Skeleton).SequenceEqual(ours.Select(Skeleton));
            bool listed = StructuralDifferences.ContainsKey(file);
            if (sameStructure)
            {
                filesSame++;
                linesCompared += theirs.Length;
                linesIdentical += theirs.Zip(ours).Count(pair => pair.First == pair.Second);
                if (listed)
                {
                    stale.Add(file);
                }
            }
            else if (!listed)
            {
                unexplained.Add($"{file}: {FirstDifference(theirs, ours)}");
            }
        }

        string report = $"{filesSame} files with the same structure; their {linesCompared} lines: {linesIdentical} identical to ausearch's "
            + $"({100.0 * linesIdentical / Math.Max(1, linesCompared):F1}%); {StructuralDifferences.Count} files differ for listed reasons";
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        Assert.True(unexplained.Count == 0, report + "\n" + string.Join('\n', unexplained));
        Assert.True(stale.Count == 0, "listed differences no longer differ: " + string.Join(", ", stale));
        Assert.True(filesSame > 150, report);
    }

    [Theory]
    [InlineData("UTC")]
    [InlineData("America/New_York")]
    [InlineData("Asia/Kolkata")]
    public void Times_are_local_as_ausearch_prints_them_under_TZ(string zone)
    {
        string? ausearch = InstalledPrograms.Find("ausearch");
        Assert.SkipWhen(ausearch is null, "ausearch (Debian package auditd) is not installed");
        Assert.SkipUnless(File.Exists(Path.Combine("/usr/share/zoneinfo", zone)), $"time zone {zone} is not installed (tzdata)");
        string path = Path.Combine(RepositoryLayout.Root, "tests", "data", "audit", "event-times.log");

        string[] theirs = SplitOutput(HostCommand.Run("/usr/bin/env", ["TZ=" + zone, ausearch!, "-i", "-if", path]).StandardOutput);
        string[] ours = SplitOutput(InterpretEventsOnly(path, TimeZoneInfo.FindSystemTimeZoneById(zone)));

        Assert.True(theirs.Length > 10, string.Join('\n', theirs));
        Assert.Equal(theirs.Select(Header), ours.Select(Header));
    }

    /// <summary>Our text output of the events of <paramref name="path"/>, without the pass-through lines ausearch drops.</summary>
    internal static string InterpretEventsOnly(string path, TimeZoneInfo zone)
    {
        using var output = new MemoryStream();
        using (var reader = new AuditEventReader(File.OpenRead(path)))
        using (var writer = new AuditTextWriter(output, timeZone: zone))
        {
            while (reader.Read())
            {
                if (reader.Kind == AuditEventReaderItem.Event)
                {
                    writer.WriteEvent(reader.Event);
                }
            }
        }

        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static string[] SplitOutput(string text) => text.Split('\n') is [.. var lines, ""] ? lines : text.Split('\n');

    // A line's structure: separators and empty lines as they are, a record up to the end of its msg=audit(...) header.
    private static string Skeleton(string line)
    {
        int header = line.IndexOf("msg=audit(", StringComparison.Ordinal);
        int close = header < 0 ? -1 : line.IndexOf(')', header);
        return close < 0 ? line : line[..(close + 1)];
    }

    // The header with the text ausearch puts after it (" : " or " ").
    private static string Header(string line)
    {
        string skeleton = Skeleton(line);
        return line.Length >= skeleton.Length + 2 ? line[..(skeleton.Length + 2)] : line;
    }

    private static string FirstDifference(string[] theirs, string[] ours)
    {
        for (int i = 0; i < Math.Max(theirs.Length, ours.Length); i++)
        {
            string a = i < theirs.Length ? Skeleton(theirs[i]) : "(end)";
            string b = i < ours.Length ? Skeleton(ours[i]) : "(end)";
            if (a != b)
            {
                return $"line {i + 1}: ausearch '{a}', ours '{b}'";
            }
        }

        return "(none)";
    }
}
