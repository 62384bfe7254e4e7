using SyscallTables.Audit;

namespace SyscallTables.Tests.Audit;

/// <summary>
/// Our local times against glibc's (through <c>date</c>, which calls the same localtime and strftime as ausearch)
/// under TZ values of every kind: zone names and paths, POSIX rule strings with each form of rule, the strings glibc
/// half-parses, and times from 1970 to the last second localtime can represent.
/// </summary>
public sealed class LocalTimeGlibcTests
{
    /// <summary>Every transition of these years is checked to the second, and every 6 hours between.</summary>
    private static readonly long[] Years = [1970, 1971, 1996, 2000, 2007, 2024, 2025, 2037, 2038, 2039, 2100, 9999, 10000, 5_881_580, 5_881_581];

    /// <summary>Edges: the epoch, 2^31, the last second of year 9999, and the end of localtime's range.</summary>
    private static readonly long[] Edges =
    [
        0, 1, 86_399, 2_147_483_647, 2_147_483_648, 4_294_967_295, 253_402_300_799, 253_402_300_800,
        67_767_976_233_532_799, 67_767_976_233_532_800, 67_768_036_191_676_799, 67_768_036_191_676_800,
        67_768_036_191_676_799 - 86_400, 9_223_372_036_854_775_807,
    ];

    public static TheoryData<string> RuleStrings => new()
    {
        "JST-9",
        "<+14>-14",
        "<-0330>3:30",
        "EST5EDT,M3.2.0,M11.1.0",
        "AEST-10AEDT,M10.1.0,M4.1.0/3",
        "<-03>3<-02>,M3.5.0/-2,M10.5.0/-1",
        "EST5EDT,0/0,J365/25",
        "XXX3YYY,J60/0,J300/167",
        "ABC-5:30DEF,59/1:30,300/-1:15",
        "NZST-12NZDT-13,M9.5.0,M4.1.0/3",
        "IST-1GMT0,M10.5.0,M3.5.0/1",
        "CET-1CEST,M3.5.0,M10.5.0/3",
        "CET-1CEST",
        "EST5EDT,",
        "EST5EDT4,M3.2.0/02:00:00,M11.1.0/02:00:00",
        "garbage",
        "garbage1",
        "abc-25:99:99",
        "JST-9,M3.2.0,M11.1.0",
        "JST-9x",
        "EST5EDT,x",
        "EST5EDT,M3.2.0",
        "EST5EDT,M3.2.0/x,M11.1.0",
        "EST5EDT,M13.1.0,M11.1.0",
        "EST5EDT,J0,J100",
        "EST5EDT,M3.2.0,M11.1.0/",
        "ab",
        "<ab>5",
        "EST +5",
        "EST5 EDT",
        "EST5EDT 4,M3.2.0,M11.1.0",
        "EST5EDT-+4,M 3.2.0,M11.1.0/ +3",
        "EST5EDT,M3.2.0,M11.1.0/65538",
        "JST-65545",
        "EST5EDT,M3.2.0/-99999999999999999999,M11.1.0",
    };

    public static TheoryData<string> ZoneNames => new()
    {
        "UTC",
        "Europe/Berlin",
        ":Europe/Berlin",
        "/usr/share/zoneinfo/Asia/Tokyo",
        "America/New_York",
        "America/Sao_Paulo",
        "Australia/Lord_Howe",
        "Australia/Sydney",
        "Pacific/Kiritimati",
        "Pacific/Chatham",
        "Asia/Kolkata",
        "America/St_Johns",
        "Antarctica/Troll",
        "Africa/Casablanca",
        "Europe/Dublin",
        "EST5EDT",
        "right/UTC",
        "right/Europe/London",
        "posixrules",
    };

    [Theory]
    [MemberData(nameof(RuleStrings))]
    public void A_rule_string_gives_glibcs_times(string tz)
    {
        string date = LocalTimeText.RequireDate();
        Compare(date, tz);
    }

    [Theory]
    [MemberData(nameof(ZoneNames))]
    public void A_zone_file_gives_glibcs_times(string tz)
    {
        string date = LocalTimeText.RequireDate();
        string path = tz.TrimStart(':');
        Assert.SkipUnless(File.Exists(path.StartsWith('/') ? path : Path.Combine("/usr/share/zoneinfo", path)), $"{tz} is not installed (tzdata)");
        Compare(date, tz);
    }

    [Theory]
    [InlineData("")]
    [InlineData(":")]
    [InlineData(null)]
    [InlineData("/usr/share/zoneinfo")]
    [InlineData("/nonexistent/zone")]
    [InlineData("../../../../etc/localtime")]
    public void Empty_unset_and_unreadable_values_fall_back_as_glibcs_do(string? tz)
    {
        string date = LocalTimeText.RequireDate();
        Compare(date, tz);
    }

    private static void Compare(string date, string? tz)
    {
        LocalTimeZone zone = LocalTimeZone.FromTz(tz, tzdir: null);
        var times = new SortedSet<long>(Edges);
        foreach (long year in Years)
        {
            times.UnionWith(LocalTimeText.Through(year, 6 * 3600));
            foreach (long transition in LocalTimeText.Transitions(zone, year))
            {
                times.UnionWith([transition - 1, transition, transition + 1]);
            }
        }

        Dictionary<long, string> glibc = LocalTimeText.Glibc(date, tz, times);
        var wrong = times.Where(t => LocalTimeText.Ours(zone, t) != glibc[t]).Take(10)
            .Select(t => $"{t}: glibc '{glibc[t]}', ours '{LocalTimeText.Ours(zone, t)}'").ToList();
        Assert.True(wrong.Count == 0, $"TZ={tz}: {times.Count} times compared\n" + string.Join('\n', wrong));
    }
}
