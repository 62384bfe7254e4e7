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

    public static TheoryData<string> RuleStrings => new(LocalTimeText.RuleStrings);

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
        LocalTimeText.SkipUnlessZoneInstalled(tz);
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
