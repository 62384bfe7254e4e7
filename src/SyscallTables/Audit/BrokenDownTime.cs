namespace SyscallTables.Audit;

/// <summary>
/// A calendar date and time of day as glibc's <c>struct tm</c> holds them, from seconds since the epoch and an offset
/// east of UTC, computed as glibc 2.36's <c>__offtime</c> (time/offtime.c) does: the proleptic Gregorian calendar, any
/// year whose <c>tm_year</c> (the year less 1900) fits an <see langword="int"/>. Past that, glibc's localtime fails with
/// EOVERFLOW (a time stamp after year 2,147,485,547) and ausearch prints <c>?</c> for the date.
/// </summary>
internal readonly record struct BrokenDownTime(long Year, int Month, int Day, int Hour, int Minute, int Second)
{
    private const long SecondsPerDay = 86_400;

    /// <summary>The date and time <paramref name="offset"/> seconds east of UTC at <paramref name="unixSeconds"/>; false where glibc fails.</summary>
    public static bool TryCreate(long unixSeconds, long offset, out BrokenDownTime time)
    {
        // Split before adding the offset, as glibc does: seconds near long.MaxValue plus an offset must not overflow.
        long days = unixSeconds / SecondsPerDay;
        long rest = (unixSeconds % SecondsPerDay) + offset;
        days += rest / SecondsPerDay;
        rest %= SecondsPerDay;
        if (rest < 0)
        {
            rest += SecondsPerDay;
            days--;
        }

        (long year, int month, int day) = CivilFromDays(days);
        if (year - 1900 is > int.MaxValue or < int.MinValue)
        {
            time = default;
            return false;
        }

        int seconds = (int)rest;
        time = new BrokenDownTime(year, month, day, seconds / 3600, seconds / 60 % 60, seconds % 60);
        return true;
    }

    /// <summary>The year as glibc's <c>tm_year + 1900</c> computes it in <see langword="int"/> arithmetic (wrapping past int.MaxValue).</summary>
    public int YearAsInt => unchecked((int)Year);

    // Days since 1970-01-01 to a Gregorian date: Howard Hinnant's civil_from_days ("chrono-Compatible Low-Level Date
    // Algorithms"), exact for every day a long can count here.
    private static (long Year, int Month, int Day) CivilFromDays(long days)
    {
        days += 719_468;
        long era = (days >= 0 ? days : days - 146_096) / 146_097;
        long dayOfEra = days - (era * 146_097);
        long yearOfEra = (dayOfEra - (dayOfEra / 1_460) + (dayOfEra / 36_524) - (dayOfEra / 146_096)) / 365;
        long dayOfYear = dayOfEra - ((365 * yearOfEra) + (yearOfEra / 4) - (yearOfEra / 100));
        long monthFromMarch = ((5 * dayOfYear) + 2) / 153;
        int day = (int)(dayOfYear - (((153 * monthFromMarch) + 2) / 5) + 1);
        int month = (int)(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
        long year = yearOfEra + (era * 400) + (month <= 2 ? 1 : 0);
        return (year, month, day);
    }
}
