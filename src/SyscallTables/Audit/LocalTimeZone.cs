using System;
using System.Text;
using System.Threading;

namespace SyscallTables.Audit;

/// <summary>
/// What glibc's <c>localtime</c> adds to a UTC time stamp, for the zone <c>TZ</c> names. ausearch prints record times
/// with localtime and strftime, so ours come from the same rules: a zone file (<see cref="ZoneFile"/>), a POSIX TZ
/// rule string (<see cref="PosixTimeZoneRule"/>), or UTC; .NET's <see cref="TimeZoneInfo.Local"/> reads only zone files
/// and silently falls back to UTC for <c>TZ=JST-9</c>.
/// </summary>
internal abstract class LocalTimeZone
{
    // glibc's compiled-in defaults on Linux distributions (TZDEFAULT, TZDIR and TZDEFRULES in glibc's Makeconfig).
    private const string DefaultZoneFile = "/etc/localtime";
    private const string DefaultZoneDirectory = "/usr/share/zoneinfo";
    private const string DefaultRulesFile = "posixrules";

    private static LocalTimeZone? s_process;

    /// <summary>
    /// The zone of this process's <c>TZ</c> (and <c>TZDIR</c>), read at the first use and kept: only the code that
    /// prints a time pays for reading a zone file.
    /// </summary>
    public static LocalTimeZone Process =>
        LazyInitializer.EnsureInitialized(ref s_process, static () =>
            FromTz(Environment.GetEnvironmentVariable("TZ"), Environment.GetEnvironmentVariable("TZDIR")));

    /// <summary>
    /// The offset from UTC that localtime applies at <paramref name="unixSeconds"/>, less any leap-second correction
    /// (zones under <c>right/</c>), and the number of leap seconds being inserted at that very second, which strftime
    /// shows as second 60. False where localtime fails (the date it would need has no <c>tm_year</c>).
    /// </summary>
    public abstract bool TryGetOffset(long unixSeconds, out long offset, out int insertedLeapSeconds);

    /// <summary>The zone a <see cref="TimeZoneInfo"/> gives, for callers that choose one rather than <c>TZ</c>.</summary>
    public static LocalTimeZone From(TimeZoneInfo zone) => new SystemTimeZone(zone);

    /// <summary>
    /// The zone for a value of <c>TZ</c>, resolved as glibc 2.36's tzset does (time/tzset.c, tzset_internal): unset
    /// means /etc/localtime; empty means the zone file "Universal"; one leading ':' is dropped; then the value is tried
    /// as a zone file (a path when it starts with '/', else a name under <c>TZDIR</c>, by default /usr/share/zoneinfo),
    /// and when no zone file reads, parsed as a POSIX rule string. A default that does not read is UTC; a rule string
    /// glibc cannot parse leaves UTC too (with an offset where one parsed: <c>TZ=abc1</c> is an hour behind).
    /// </summary>
    public static LocalTimeZone FromTz(string? tz, string? tzdir)
    {
        if (tz is { Length: 0 })
        {
            tz = "Universal";
        }
        else if (tz is not null && tz[0] == ':')
        {
            tz = tz[1..];
        }

        tz ??= DefaultZoneFile;
        if (tz.Length > 0 && ZoneFile.TryRead(ZonePath(tz, tzdir)) is { } file)
        {
            return file;
        }

        if (tz.Length == 0 || tz == DefaultZoneFile)
        {
            return PosixTimeZoneRule.Utc;
        }

        PosixTimeZoneRule rule = PosixTimeZoneRule.Parse(Encoding.UTF8.GetBytes(tz));
        if (rule.NamesDaylightWithoutRules
            && ZoneFile.TryRead(ZonePath(DefaultRulesFile, tzdir))?.WithDefaultRules(rule.StandardOffset, rule.DaylightOffset) is { } defaultRules)
        {
            // A standard and a daylight zone with no rules for the change ("CET-1CEST"): glibc takes the transitions
            // of the posixrules file (America/New_York on Debian), moved by its own arithmetic.
            return defaultRules;
        }

        return rule;
    }

    private static string ZonePath(string name, string? tzdir) =>
        name[0] == '/' ? name : (string.IsNullOrEmpty(tzdir) ? DefaultZoneDirectory : tzdir) + "/" + name;

    /// <summary>A caller's <see cref="TimeZoneInfo"/>.</summary>
    private sealed class SystemTimeZone(TimeZoneInfo zone) : LocalTimeZone
    {
        // The Gregorian calendar, and with it every yearly rule, repeats every 400 years (146,097 days, whole weeks).
        private const long FourHundredYears = 146_097L * 86_400;
        private static readonly long s_first = (DateTime.MinValue.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond;
        private static readonly long s_last = (DateTime.MaxValue.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerSecond;

        public override bool TryGetOffset(long unixSeconds, out long offset, out int insertedLeapSeconds)
        {
            // TimeZoneInfo ends at year 9999: a later time takes the offset of the same moment of a year that is a
            // multiple of 400 years earlier, which is what the zone's last rule gives.
            long inRange = unixSeconds;
            if (inRange > s_last)
            {
                inRange -= (((inRange - s_last) / FourHundredYears) + 1) * FourHundredYears;
            }
            else if (inRange < s_first)
            {
                inRange += (((s_first - inRange) / FourHundredYears) + 1) * FourHundredYears;
            }

            var utc = new DateTime(DateTime.UnixEpoch.Ticks + (inRange * TimeSpan.TicksPerSecond), DateTimeKind.Utc);
            offset = zone.GetUtcOffset(utc).Ticks / TimeSpan.TicksPerSecond;
            insertedLeapSeconds = 0;
            return true;
        }
    }
}
