using System;

namespace SyscallTables.Audit;

/// <summary>
/// A POSIX TZ rule string, <c>std offset [dst [offset] [,start[/time],end[/time]]]</c> (<c>JST-9</c>,
/// <c>&lt;+14&gt;-14</c>, <c>EST5EDT,M3.2.0,M11.1.0</c>, <c>&lt;-03&gt;3&lt;-02&gt;,M3.5.0/-2,M10.5.0/-1</c>),
/// read and applied as glibc 2.36 does (time/tzset.c: __tzset_parse_tz, compute_change, __tz_compute), quirks
/// included, because ausearch's times come from glibc. Also the footer of a zone file, which glibc applies after the
/// file's last transition.
/// </summary>
/// <remarks>
/// glibc's quirks, each checked against its localtime here: whatever is not understood is ignored from there on, and
/// what was read stays (<c>TZ=garbage</c> is UTC, <c>TZ=abc1</c> an hour behind it, <c>JST-9,M3.2.0,M11.1.0</c> with
/// no daylight name is UTC during "daylight" time); numbers are read by sscanf's <c>%hu</c> (spaces and a sign
/// allowed, taken modulo 65536) and offsets capped at 24:59:59; a rule date that does not parse keeps what it read so
/// far; a year's changes are computed in <see langword="int"/> arithmetic, so after year 5,881,580 they wrap and
/// daylight time stops; the year whose changes apply is the UTC year.
/// </remarks>
internal sealed class PosixTimeZoneRule : LocalTimeZone
{
    /// <summary>UTC, what glibc falls back to.</summary>
    public static PosixTimeZoneRule Utc { get; } = new(0, 0, default, default, namesDaylightWithoutRules: false);

    private readonly ChangeRule _toDaylight;
    private readonly ChangeRule _toStandard;
    private YearChanges? _lastYear;

    private PosixTimeZoneRule(int standardOffset, int daylightOffset, ChangeRule toDaylight, ChangeRule toStandard, bool namesDaylightWithoutRules)
    {
        StandardOffset = standardOffset;
        DaylightOffset = daylightOffset;
        _toDaylight = toDaylight;
        _toStandard = toStandard;
        NamesDaylightWithoutRules = namesDaylightWithoutRules;
    }

    /// <summary>Standard time's offset, seconds east of UTC.</summary>
    public int StandardOffset { get; }

    /// <summary>Daylight time's offset, seconds east of UTC (standard time's when there is none).</summary>
    public int DaylightOffset { get; }

    /// <summary>
    /// Whether the string names a daylight zone but gives no rules for the change (<c>CET-1CEST</c>, <c>EST5EDT,</c>):
    /// glibc then uses the posixrules zone file when it reads, and the US rules (<c>M3.2.0,M11.1.0</c>) otherwise,
    /// which are this rule's.
    /// </summary>
    public bool NamesDaylightWithoutRules { get; }

    /// <summary>Parses a rule string; never fails, as glibc never does (see the remarks).</summary>
    public static PosixTimeZoneRule Parse(ReadOnlySpan<byte> tz)
    {
        int end = tz.IndexOf((byte)0);
        var text = new TzText(end < 0 ? tz : tz[..end]);
        int standardOffset = 0, daylightOffset = 0;
        ChangeRule toDaylight = default, toStandard = default;
        bool withoutRules = false;
        if (text.SkipName() && text.TryReadOffset(isStandard: true, out standardOffset))
        {
            if (!text.AtEnd)
            {
                if (text.SkipName())
                {
                    daylightOffset = text.TryReadOffset(isStandard: false, out int parsed) ? parsed : standardOffset + 3600;
                    withoutRules = text.AtEnd || (text.Current == ',' && text.Peek(1) == 0);
                }

                // glibc reads rules even after a daylight name it could not read; the daylight offset is then 0.
                if (text.TryReadChange(isStart: true, ref toDaylight))
                {
                    text.TryReadChange(isStart: false, ref toStandard);
                }
            }
            else
            {
                daylightOffset = standardOffset;
            }
        }

        return new PosixTimeZoneRule(standardOffset, daylightOffset, toDaylight, toStandard, withoutRules);
    }

    /// <inheritdoc/>
    public override bool TryGetOffset(long unixSeconds, out long offset, out int insertedLeapSeconds)
    {
        insertedLeapSeconds = 0;
        if (!BrokenDownTime.TryCreate(unixSeconds, 0, out BrokenDownTime utc))
        {
            offset = 0;
            return false;
        }

        offset = IsDaylight(unixSeconds, utc.YearAsInt) ? DaylightOffset : StandardOffset;
        return true;
    }

    private bool IsDaylight(long unixSeconds, int year)
    {
        // Consecutive records share their year: its changes are computed once (glibc caches them too). The zone is
        // shared between threads; a whole record is swapped in, never half of one.
        YearChanges? changes = _lastYear;
        if (changes is null || changes.Year != year)
        {
            changes = new YearChanges(year, _toDaylight.ChangeTime(year, StandardOffset), _toStandard.ChangeTime(year, DaylightOffset));
            _lastYear = changes;
        }

        // Southern hemisphere: daylight time spans the new year.
        return changes.ToDaylight > changes.ToStandard
            ? unixSeconds < changes.ToStandard || unixSeconds >= changes.ToDaylight
            : unixSeconds >= changes.ToDaylight && unixSeconds < changes.ToStandard;
    }

    private sealed record YearChanges(int Year, long ToDaylight, long ToStandard);

    private enum ChangeKind
    {
        /// <summary><c>n</c>: the zero-based day of the year, counting February 29.</summary>
        ZeroBasedDay,

        /// <summary><c>Jn</c>: the day of the year 1-365, never counting February 29.</summary>
        JulianDay,

        /// <summary><c>Mm.w.d</c>: weekday d of week w (5: the last) of month m.</summary>
        MonthWeekDay,
    }

    /// <summary>One change (to daylight or back) as glibc's tz_rule holds it; default is what glibc's memset leaves.</summary>
    private struct ChangeRule
    {
        public ChangeKind Kind;
        public ushort Month;
        public ushort Week;
        public ushort Day;

        /// <summary>The local time of day of the change, seconds; may be negative or past 24 hours.</summary>
        public int Seconds;

        // glibc's __mon_yday: days before each month, a common year's row then a leap year's.
        private static ReadOnlySpan<ushort> DaysBeforeMonth =>
        [
            0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365,
            0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366,
        ];

        /// <summary>When the change happens in <paramref name="year"/>, as glibc's compute_change, int overflow included.</summary>
        public readonly long ChangeTime(int year, int offset)
        {
            const long SecondsPerDay = 86_400;
            long time = 0;
            if (year > 1970)
            {
                // glibc counts the days in int and only then widens; the wrap after year 5,881,580 is glibc's.
                int days = unchecked(((year - 1970) * 365) + (((year - 1) / 4) - (1970 / 4)) - (((year - 1) / 100) - (1970 / 100))
                    + (((year - 1) / 400) - (1970 / 400)));
                time = days * SecondsPerDay;
            }

            switch (Kind)
            {
                case ChangeKind.JulianDay:
                    time += (Day - 1) * SecondsPerDay;
                    if (Day >= 60 && IsLeap(year))
                    {
                        time += SecondsPerDay;
                    }

                    break;
                case ChangeKind.ZeroBasedDay:
                    time += Day * SecondsPerDay;
                    break;
                case ChangeKind.MonthWeekDay:
                    int row = IsLeap(year) ? 13 : 0;
                    int before = DaysBeforeMonthAt(row + Month - 1);
                    time += before * SecondsPerDay;

                    // Zeller's congruence for the weekday of the month's first day, in glibc's int arithmetic.
                    int m1 = ((Month + 9) % 12) + 1;
                    int yy0 = Month <= 2 ? unchecked(year - 1) : year;
                    int yy1 = yy0 / 100;
                    int yy2 = yy0 % 100;
                    int weekday = ((((26 * m1) - 2) / 10) + 1 + yy2 + (yy2 / 4) + (yy1 / 4) - (2 * yy1)) % 7;
                    if (weekday < 0)
                    {
                        weekday += 7;
                    }

                    int day = Day - weekday;
                    if (day < 0)
                    {
                        day += 7;
                    }

                    int monthLength = DaysBeforeMonthAt(row + Month) - before;
                    for (int week = 1; week < Week; week++)
                    {
                        if (day + 7 >= monthLength)
                        {
                            break;
                        }

                        day += 7;
                    }

                    time += day * SecondsPerDay;
                    break;
            }

            return time - offset + Seconds;
        }

        // A month outside 1-12 comes only from a rule that failed to parse; glibc then reads past its table
        // (undefined), taken here as 0.
        private static int DaysBeforeMonthAt(int index) => (uint)index < (uint)DaysBeforeMonth.Length ? DaysBeforeMonth[index] : 0;

        private static bool IsLeap(int year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /// <summary>A cursor over the rule string, with glibc's readers; 0 past the end stands for C's terminating NUL.</summary>
    private ref struct TzText(ReadOnlySpan<byte> text)
    {
        private readonly ReadOnlySpan<byte> _text = text;
        private int _at;

        public readonly bool AtEnd => _at >= _text.Length;

        public readonly byte Current => Peek(0);

        public readonly byte Peek(int ahead) => _at + ahead < _text.Length ? _text[_at + ahead] : (byte)0;

        /// <summary>glibc's parse_tzname: three or more letters, or <c>&lt;</c> three or more of [A-Za-z0-9+-] <c>&gt;</c>.</summary>
        public bool SkipName()
        {
            int at = _at;
            while (IsLetter(At(at)))
            {
                at++;
            }

            if (at - _at < 3)
            {
                at = _at;
                if (At(at++) != '<')
                {
                    return false;
                }

                int start = at;
                while (IsLetter(At(at)) || IsDigit(At(at)) || At(at) == '+' || At(at) == '-')
                {
                    at++;
                }

                if (At(at++) != '>' || at - 1 - start < 3)
                {
                    return false;
                }
            }

            _at = at;
            return true;
        }

        /// <summary>
        /// glibc's parse_offset: [+-]hh[:mm[:ss]], west positive, capped at 24:59:59; returns seconds east. The
        /// standard offset must start with a sign or a digit; a daylight offset that does not read leaves the cursor
        /// after any sign (and the caller takes an hour more than standard time).
        /// </summary>
        public bool TryReadOffset(bool isStandard, out int secondsEast)
        {
            secondsEast = 0;
            byte first = Current;
            if (isStandard && first is not ((byte)'+' or (byte)'-') && !IsDigit(first))
            {
                return false;
            }

            int sign = first == '-' ? 1 : -1;
            if (first is (byte)'+' or (byte)'-')
            {
                _at++;
            }

            if (ScanClock(out ushort hours, out ushort minutes, out ushort seconds) == 0)
            {
                return false;
            }

            // glibc multiplies the sign by an unsigned number and stores the result in an int: the same number.
            secondsEast = sign * ((Math.Min((int)hours, 24) * 3600) + (Math.Min((int)minutes, 59) * 60) + Math.Min((int)seconds, 59));
            return true;
        }

        /// <summary>glibc's parse_rule: [,](Jn|n|Mm.w.d)[/[-]hh[:mm[:ss]]]; what it set before failing stays in <paramref name="rule"/>.</summary>
        public bool TryReadChange(bool isStart, ref ChangeRule rule)
        {
            // glibc accepts rules without the leading comma (early POSIX.1 printings).
            if (Current == ',')
            {
                _at++;
            }

            byte first = Current;
            if (first == 'J' || IsDigit(first))
            {
                rule.Kind = first == 'J' ? ChangeKind.JulianDay : ChangeKind.ZeroBasedDay;
                if (first == 'J' && !IsDigit(Peek(1)))
                {
                    return false;
                }

                int at = first == 'J' ? _at + 1 : _at;
                ulong day = 0;
                while (IsDigit(At(at)) && day <= 365)
                {
                    day = (day * 10) + (ulong)(At(at) - '0');
                    at++;
                }

                if (day > 365 || (rule.Kind == ChangeKind.JulianDay && day == 0))
                {
                    return false;
                }

                rule.Day = (ushort)day;
                _at = at;
            }
            else if (first == 'M')
            {
                rule.Kind = ChangeKind.MonthWeekDay;
                int at = _at + 1;
                if (!Scan(ref at, out rule.Month) || At(at++) != '.' || !Scan(ref at, out rule.Week) || At(at++) != '.'
                    || !Scan(ref at, out rule.Day)
                    || rule.Month is < 1 or > 12 || rule.Week is < 1 or > 5 || rule.Day > 6)
                {
                    return false;
                }

                _at = at;
            }
            else if (AtEnd)
            {
                // No rules at all: the US rules since 2007, as glibc has them built in.
                rule.Kind = ChangeKind.MonthWeekDay;
                (rule.Month, rule.Week, rule.Day) = isStart ? ((ushort)3, (ushort)2, (ushort)0) : ((ushort)11, (ushort)1, (ushort)0);
            }
            else
            {
                return false;
            }

            byte next = Current;
            if (next is not (0 or (byte)'/' or (byte)','))
            {
                return false;
            }

            if (next != '/')
            {
                rule.Seconds = 2 * 3600;
            }
            else
            {
                _at++;
                if (AtEnd)
                {
                    return false;
                }

                bool negative = Current == '-';
                if (negative)
                {
                    _at++;
                }

                ScanClock(out ushort hours, out ushort minutes, out ushort seconds, defaultHours: 2);
                rule.Seconds = (negative ? -1 : 1) * ((hours * 3600) + (minutes * 60) + seconds);
            }

            return true;
        }

        // sscanf(s, "%hu%n:%hu%n:%hu%n"): how many numbers were read; the cursor moves past the last one read.
        private int ScanClock(out ushort hours, out ushort minutes, out ushort seconds, ushort defaultHours = 0)
        {
            hours = defaultHours;
            minutes = 0;
            seconds = 0;
            int at = _at;
            if (!Scan(ref at, out ushort value))
            {
                return 0;
            }

            hours = value;
            _at = at;
            if (At(at++) != ':' || !Scan(ref at, out value))
            {
                return 1;
            }

            minutes = value;
            _at = at;
            if (At(at++) != ':' || !Scan(ref at, out value))
            {
                return 2;
            }

            seconds = value;
            _at = at;
            return 3;
        }

        // One sscanf "%hu": white space, a sign, digits; strtoul's value (ULONG_MAX on overflow, negated when signed)
        // truncated to 16 bits.
        private readonly bool Scan(ref int at, out ushort value)
        {
            value = 0;
            int position = at;
            while (At(position) is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\v' or (byte)'\f' or (byte)'\r')
            {
                position++;
            }

            bool negative = At(position) == '-';
            if (At(position) is (byte)'-' or (byte)'+')
            {
                position++;
            }

            if (!IsDigit(At(position)))
            {
                return false;
            }

            ulong number = 0;
            bool overflow = false;
            while (IsDigit(At(position)))
            {
                ulong digit = (ulong)(At(position) - '0');
                if (number > (ulong.MaxValue - digit) / 10)
                {
                    overflow = true;
                }
                else
                {
                    number = (number * 10) + digit;
                }

                position++;
            }

            number = overflow ? ulong.MaxValue : negative ? unchecked(0 - number) : number;
            value = unchecked((ushort)number);
            at = position;
            return true;
        }

        private readonly byte At(int index) => index < _text.Length ? _text[index] : (byte)0;

        private static bool IsLetter(byte c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

        private static bool IsDigit(byte c) => (uint)(c - '0') <= 9;
    }
}
