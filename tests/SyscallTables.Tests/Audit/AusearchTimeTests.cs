using System.Globalization;
using System.Text;
using System.Text.Json;
using SyscallTables.Audit;

namespace SyscallTables.Tests.Audit;

/// <summary>
/// Record times as <c>ausearch -i</c> prints them under TZ values of every kind, at DST transitions both ways, year
/// boundaries, 2038 and after, past 9999 and at the end of what localtime can represent; and the JSON time of a time
/// stamp ISO-8601 cannot write.
/// </summary>
public sealed class AusearchTimeTests
{
    /// <summary>ausearch's largest time stamp: it adds its 2-second event timeout to the seconds (ausearch-lol.c, str2event).</summary>
    private const long AusearchLastSecond = long.MaxValue - 3;

    private static readonly long[] Edges =
    [
        0, 59, 86_399, 946_684_799, 951_782_400, 2_147_483_647, 2_147_483_648, 4_102_444_800, 253_402_300_799,
        253_402_300_800, 67_767_976_233_532_799, 67_767_976_233_532_800, 67_768_036_191_676_799 - 86_400,
        67_768_036_191_676_799, 67_768_036_191_676_800, AusearchLastSecond,
    ];

    private static readonly long[] TransitionYears = [1970, 2024, 2038, 10_000, 5_881_580];

    private static readonly long[] NewYears = [1971, 2000, 2025, 2039, 10_000];

    public static TheoryData<string> Zones => new(
    [
        .. LocalTimeText.RuleStrings,
        "CET-1CEST",
        "EST5EDT,",
        "",
        ":",
        "UTC",
        ":Europe/Berlin",
        "/usr/share/zoneinfo/Asia/Tokyo",
        "America/Sao_Paulo",
        "Australia/Lord_Howe",
        "right/UTC",
    ]);

    [Theory]
    [MemberData(nameof(Zones))]
    public void Times_agree_with_ausearch_under_TZ(string tz)
    {
        string ausearch = RequireAusearch();
        LocalTimeText.SkipUnlessZoneInstalled(tz);
        LocalTimeZone zone = LocalTimeZone.FromTz(tz, tzdir: null);
        var times = new SortedSet<long>(Edges);
        foreach (long year in TransitionYears)
        {
            foreach (long transition in LocalTimeText.Transitions(zone, year))
            {
                times.UnionWith([transition - 1, transition, transition + 1]);
            }
        }

        foreach (long year in NewYears)
        {
            times.UnionWith([LocalTimeText.StartOfYear(year) - 1, LocalTimeText.StartOfYear(year)]);
        }

        string log = WriteLog(times.Select(t => (t, 0)));
        try
        {
            string[] theirs = Headers(RunAusearch(ausearch, tz, log));
            string[] ours = Headers(Interpret(File.ReadAllText(log), zone));

            Assert.Equal(times.Count, theirs.Length);
            Assert.Equal(theirs, ours);
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Fact]
    public void Years_past_9999_print_as_strftime_does_and_past_localtimes_range_a_question_mark()
    {
        // Values from glibc 2.36's localtime and strftime("%x %T") here, which ausearch prints.
        LocalTimeZone utc = PosixTimeZoneRule.Utc;
        LocalTimeZone tokyo = PosixTimeZoneRule.Parse("JST-9"u8);

        Assert.Equal("12/31/99 23:59:59", LocalTimeText.Ours(utc, 253_402_300_799));
        Assert.Equal("01/01/00 00:00:00", LocalTimeText.Ours(utc, 253_402_300_800));
        Assert.Equal("01/01/00 09:00:00", LocalTimeText.Ours(tokyo, 253_402_300_800));
        Assert.Equal("12/31/47 23:59:59", LocalTimeText.Ours(utc, 67_767_976_233_532_799));
        Assert.Equal("12/31/47 23:59:59", LocalTimeText.Ours(utc, 67_768_036_191_676_799));
        Assert.Equal("?", LocalTimeText.Ours(utc, 67_768_036_191_676_800));
        Assert.Equal("?", LocalTimeText.Ours(tokyo, 67_768_036_191_676_799));
        Assert.Equal("?", LocalTimeText.Ours(utc, long.MaxValue));
        Assert.Equal("?", LocalTimeText.Ours(LocalTimeZone.From(TimeZoneInfo.Utc), long.MaxValue));
    }

    [Fact]
    public void A_time_past_localtimes_range_prints_a_question_mark_in_the_header_as_ausearch_does()
    {
        string log = "type=USER_ACCT msg=audit(67768036191676800.250:7): pid=1 uid=0 msg='op=x res=success'\n"
            + "type=USER_ACCT msg=audit(9223372036854775804.999:8): pid=1 uid=0 msg='op=x res=success'\n";

        string text = Interpret(log, PosixTimeZoneRule.Utc);

        Assert.Contains("type=USER_ACCT msg=audit(?.250:7) : ", text, StringComparison.Ordinal);
        Assert.Contains("type=USER_ACCT msg=audit(?.999:8) : ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_gives_the_raw_time_stamp_and_no_date_for_a_time_iso_8601_cannot_write()
    {
        string log = "type=USER_ACCT msg=audit(253402300799.999:1): pid=1\n"
            + "type=USER_ACCT msg=audit(253402300800.000:2): pid=1\n"
            + "type=USER_ACCT msg=audit(9223372036854775807.000:3): pid=1\n"
            + "type=USER_ACCT msg=audit(1723819442.1500:4): pid=1\n";

        JsonElement[] events = [.. Json(log).Select(line => JsonDocument.Parse(line).RootElement)];

        Assert.Equal("9999-12-31T23:59:59.999Z", events[0].GetProperty("time").GetString());
        Assert.False(events[0].TryGetProperty("seconds", out _));
        AssertRaw(events[1], 253_402_300_800, 0);
        AssertRaw(events[2], long.MaxValue, 0);
        AssertRaw(events[3], 1_723_819_442, 1500);

        static void AssertRaw(JsonElement auditEvent, long seconds, int milliseconds)
        {
            Assert.Equal(JsonValueKind.Null, auditEvent.GetProperty("time").ValueKind);
            Assert.Equal(seconds, auditEvent.GetProperty("seconds").GetInt64());
            Assert.Equal(milliseconds, auditEvent.GetProperty("milliseconds").GetInt32());
        }
    }

    public static TheoryData<AusearchTimeDifference> TimeDifferences => new(Enum.GetValues<AusearchTimeDifference>());

    [Theory]
    [MemberData(nameof(TimeDifferences))]
    public void A_listed_time_difference_from_ausearch_still_holds(AusearchTimeDifference difference)
    {
        string ausearch = RequireAusearch();
        string record = AusearchDifferences.TimeExample(difference) + "\n";
        string log = WriteLog(record);
        string? locales = null;
        try
        {
            string[] environment = ["-u", "TZDIR", "TZ=UTC"];
            if (difference == AusearchTimeDifference.LocaleDateFormat)
            {
                locales = Directory.CreateTempSubdirectory("locales").FullName;
                CompileGermanLocale(locales);
                environment = [.. environment, "LOCPATH=" + locales, "LC_ALL=de_DE"];
            }

            HostCommandResult result = HostCommand.Run("/usr/bin/env", [.. environment, ausearch, "-i", "-if", log]);
            string ours = Interpret(record, PosixTimeZoneRule.Utc, passThrough: true);

            Assert.True(AusearchDifferences.ShowsTimeDifference(difference, result.StandardOutput + result.StandardError, ours),
                $"{difference} no longer differs:\nausearch: {result.StandardOutput}{result.StandardError}\nours: {ours}");
        }
        finally
        {
            File.Delete(log);
            if (locales is not null)
            {
                Directory.Delete(locales, recursive: true);
            }
        }
    }

    // A German locale compiled into a folder of ours (no root-wide locale is installed or needed); ASCII keeps it quick.
    private static void CompileGermanLocale(string folder)
    {
        string? localedef = InstalledPrograms.Find("localedef");
        Assert.SkipWhen(localedef is null || !File.Exists("/usr/share/i18n/locales/de_DE"), "localedef or the de_DE locale source (locales) is not installed");
        HostCommand.Run(localedef!, ["-c", "-i", "de_DE", "-f", "ANSI_X3.4-1968", Path.Combine(folder, "de_DE")]);
        Assert.SkipUnless(Directory.Exists(Path.Combine(folder, "de_DE")), "localedef could not compile de_DE");
    }

    private static string Interpret(string log, LocalTimeZone zone, bool passThrough = false)
    {
        using var output = new MemoryStream();
        using (var reader = new AuditEventReader(new MemoryStream(Encoding.UTF8.GetBytes(log))))
        using (var writer = new AuditTextWriter(output, SyscallNaming.Kernel, accounts: null, zone))
        {
            while (reader.Read())
            {
                if (reader.Kind == AuditEventReaderItem.Event)
                {
                    writer.WriteEvent(reader.Event);
                }
                else if (passThrough)
                {
                    writer.WriteLine(reader.Line);
                }
            }
        }

        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static List<string> Json(string log)
    {
        using var output = new MemoryStream();
        using (var reader = new AuditEventReader(new MemoryStream(Encoding.UTF8.GetBytes(log))))
        using (var writer = new AuditJsonWriter(output))
        {
            while (reader.Read())
            {
                Assert.Equal(AuditEventReaderItem.Event, reader.Kind);
                writer.WriteEvent(reader.Event);
            }
        }

        return [.. Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }

    private static string RequireAusearch()
    {
        string? ausearch = InstalledPrograms.Find("ausearch") ?? (File.Exists("/usr/sbin/ausearch") ? "/usr/sbin/ausearch" : null);
        Assert.SkipWhen(ausearch is null, "ausearch (Debian package auditd) is not installed");
        return ausearch!;
    }

    private static string RunAusearch(string ausearch, string tz, string log)
    {
        HostCommandResult result = HostCommand.Run("/usr/bin/env", ["-u", "TZDIR", "TZ=" + tz, ausearch, "-i", "-if", log]);
        return result.StandardOutput + result.StandardError;
    }

    // One single-record event per time stamp, each its own serial, in time order.
    private static string WriteLog(IEnumerable<(long Seconds, int Milliseconds)> stamps)
    {
        var text = new StringBuilder();
        int serial = 1;
        foreach ((long seconds, int milliseconds) in stamps)
        {
            text.Append(CultureInfo.InvariantCulture, $"type=USER_ACCT msg=audit({seconds}.{milliseconds:D3}:{serial++}): pid=1 uid=0 auid=4294967295 ses=4294967295 msg='op=x res=success'\n");
        }

        return WriteLog(text.ToString());
    }

    private static string WriteLog(string text)
    {
        string path = Path.GetTempFileName();
        File.WriteAllText(path, text);
        return path;
    }

    // Each record's "msg=audit(...)" as printed, in order.
    private static string[] Headers(string output) =>
        [.. output.Split('\n').Where(line => line.Contains("msg=audit(", StringComparison.Ordinal))
            .Select(line => line[line.IndexOf("msg=audit(", StringComparison.Ordinal)..(line.IndexOf(')', StringComparison.Ordinal) + 1)])];
}
