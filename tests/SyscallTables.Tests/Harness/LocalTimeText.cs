using System.Text;
using SyscallTables.Audit;

namespace SyscallTables.Tests.Harness;

/// <summary>
/// A time stamp's date and time as ausearch prints them (<c>%x %T</c>): ours, and glibc's through <c>date</c>, whose
/// localtime and strftime are the ones ausearch uses.
/// </summary>
internal static class LocalTimeText
{
    /// <summary>
    /// Rule strings of every form glibc reads, and of the forms it half-reads. Not here: those naming daylight time
    /// without rules ("CET-1CEST"), which glibc answers from the posixrules file differently in a process's first
    /// conversion, the only one date makes; ausearch makes many, and <see cref="AusearchTimeTests"/> compares those.
    /// </summary>
    public static readonly string[] RuleStrings =
    [
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
    ];

    /// <summary>Our text for <paramref name="seconds"/> in <paramref name="zone"/>, without the milliseconds.</summary>
    public static string Ours(LocalTimeZone zone, long seconds)
    {
        Span<byte> text = stackalloc byte[AusearchTime.MaxLength];
        int length = new AusearchTime(zone).Write(seconds, 0, text);
        return Encoding.ASCII.GetString(text[..(length - ".000".Length)]);
    }

    /// <summary>Skips when <paramref name="tz"/> names a zone file (not a rule string) that tzdata has not installed.</summary>
    public static void SkipUnlessZoneInstalled(string tz)
    {
        string name = tz.TrimStart(':');
        bool namesFile = (name.Contains('/', StringComparison.Ordinal) && !name.Contains(',', StringComparison.Ordinal)) || name is "UTC" or "EST5EDT" or "posixrules";
        Assert.SkipWhen(namesFile && !File.Exists(name.StartsWith('/') ? name : Path.Combine("/usr/share/zoneinfo", name)), $"{tz} is not installed (tzdata)");
    }

    /// <summary>The path of <c>date</c>, or a skip with the reason.</summary>
    public static string RequireDate()
    {
        string? date = InstalledPrograms.Find("date");
        Assert.SkipWhen(date is null, "date (coreutils) is not installed: glibc's localtime cannot be asked");
        return date!;
    }

    /// <summary>
    /// glibc's text for each time under <c>TZ=<paramref name="tz"/></c> (unset when null), from one run of
    /// <c>date -f</c>: <c>?</c> where localtime fails (date says "out of range"), as ausearch prints then.
    /// </summary>
    public static Dictionary<long, string> Glibc(string date, string? tz, IEnumerable<long> seconds, string? tzdir = null)
    {
        long[] times = [.. seconds.Distinct()];
        string input = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(input, times.Select(t => "@" + t.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            // env's options come before its assignments.
            List<string> arguments = tz is null ? ["-u", "TZ"] : [];
            arguments.AddRange(tzdir is null ? ["-u", "TZDIR"] : ["TZDIR=" + tzdir]);
            if (tz is not null)
            {
                arguments.Add("TZ=" + tz);
            }

            arguments.AddRange([date, "-f", input, "+%x %T"]);
            HostCommandResult result = HostCommand.Run("/usr/bin/env", arguments);
            var outOfRange = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(line => line.Split('\''))
                .Where(parts => parts.Length == 3 && parts[2].Contains("out of range", StringComparison.Ordinal))
                .Select(parts => long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture))
                .ToHashSet();
            Assert.True(result.ExitCode == 0 || outOfRange.Count > 0, $"date failed: {result.StandardError}");
            string[] printed = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var texts = new Dictionary<long, string>();
            int next = 0;
            foreach (long time in times)
            {
                texts[time] = outOfRange.Contains(time) ? "?" : printed[next++];
            }

            Assert.Equal(printed.Length, next);
            return texts;
        }
        finally
        {
            File.Delete(input);
        }
    }

    /// <summary>Where <paramref name="zone"/> changes offset in <paramref name="year"/>, to the second, found from 6-hour steps.</summary>
    public static IEnumerable<long> Transitions(LocalTimeZone zone, long year)
    {
        long start = StartOfYear(year), end = StartOfYear(year + 1);
        const long Step = 6 * 3600;
        for (long t = start; t < end; t += Step)
        {
            if (Offset(zone, t) != Offset(zone, t + Step))
            {
                long low = t, high = t + Step;
                while (high - low > 1)
                {
                    long middle = low + ((high - low) / 2);
                    if (Offset(zone, middle) == Offset(zone, t))
                    {
                        low = middle;
                    }
                    else
                    {
                        high = middle;
                    }
                }

                yield return high;
            }
        }
    }

    /// <summary>Every <paramref name="step"/> seconds through a year, from its first second in UTC.</summary>
    public static IEnumerable<long> Through(long year, long step)
    {
        for (long t = StartOfYear(year); t < StartOfYear(year + 1); t += step)
        {
            yield return t;
        }
    }

    /// <summary>The first second of a year, UTC, for any year after 1 (proleptic Gregorian).</summary>
    public static long StartOfYear(long year)
    {
        long y = year - 1;
        long days = (y * 365) + (y / 4) - (y / 100) + (y / 400) - 719_162;
        return days * 86_400;
    }

    private static long? Offset(LocalTimeZone zone, long t) => zone.TryGetOffset(t, out long offset, out _) ? offset : null;
}
