using System.Text;
using SyscallTables.Audit;

namespace SyscallTables.Tests.Audit;

/// <summary>
/// A time stamp's date and time as ausearch prints them (<c>%x %T</c>): ours, and glibc's through <c>date</c>, whose
/// localtime and strftime are the ones ausearch uses.
/// </summary>
internal static class LocalTimeText
{
    /// <summary>Our text for <paramref name="seconds"/> in <paramref name="zone"/>, without the milliseconds.</summary>
    public static string Ours(LocalTimeZone zone, long seconds)
    {
        Span<byte> text = stackalloc byte[AusearchTime.MaxLength];
        int length = new AusearchTime(zone).Write(seconds, 0, text);
        return Encoding.ASCII.GetString(text[..(length - ".000".Length)]);
    }

    /// <summary>The path of <c>date</c>, or a skip with the reason.</summary>
    public static string RequireDate()
    {
        string? date = HostCommand.FindOnPath("date");
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
