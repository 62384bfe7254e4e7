using System;

namespace SyscallTables.Audit;

/// <summary>
/// The time stamp as <c>ausearch -i</c> prints it: <c>MM/DD/YY HH:MM:SS.mmm</c> in local time (strftime's
/// <c>%x %T</c> in the C locale), honouring <c>TZ</c>. The text of the last second is cached: consecutive records
/// almost always share it, and the time-zone conversion is the expensive part.
/// </summary>
internal sealed class AusearchTime
{
    /// <summary>The length of <c>MM/DD/YY HH:MM:SS</c>.</summary>
    public const int SecondsLength = 17;

    private readonly TimeZoneInfo _zone;
    private readonly byte[] _text = new byte[SecondsLength];
    private long _cachedSecond = long.MinValue;

    public AusearchTime(TimeZoneInfo zone) => _zone = zone;

    /// <summary>Writes <c>MM/DD/YY HH:MM:SS.mmm</c> (21 bytes, more for a millisecond field above 999) for the given time stamp.</summary>
    public int Write(long seconds, int milliseconds, Span<byte> destination)
    {
        if (seconds != _cachedSecond)
        {
            Format(seconds);
            _cachedSecond = seconds;
        }

        _text.CopyTo(destination);
        destination[SecondsLength] = (byte)'.';
        // ausearch prints the parsed number with at least three digits (%03u).
        System.Buffers.Text.Utf8Formatter.TryFormat((uint)milliseconds, destination[(SecondsLength + 1)..], out int digits,
            new System.Buffers.StandardFormat('D', 3));
        return SecondsLength + 1 + digits;
    }

    private void Format(long seconds)
    {
        DateTime local;
        try
        {
            DateTime utc = DateTime.UnixEpoch.AddSeconds(seconds);
            local = TimeZoneInfo.ConvertTimeFromUtc(utc, _zone);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Beyond year 9999: no calendar date; keep the digits visible rather than fail.
            local = DateTime.MaxValue;
        }

        Span<byte> t = _text;
        TwoDigits(t, 0, local.Month);
        t[2] = (byte)'/';
        TwoDigits(t, 3, local.Day);
        t[5] = (byte)'/';
        TwoDigits(t, 6, local.Year % 100);
        t[8] = (byte)' ';
        TwoDigits(t, 9, local.Hour);
        t[11] = (byte)':';
        TwoDigits(t, 12, local.Minute);
        t[14] = (byte)':';
        TwoDigits(t, 15, local.Second);
    }

    private static void TwoDigits(Span<byte> destination, int at, int value)
    {
        destination[at] = (byte)('0' + (value / 10));
        destination[at + 1] = (byte)('0' + (value % 10));
    }
}
