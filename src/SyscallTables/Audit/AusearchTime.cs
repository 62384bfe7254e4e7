using System;
using System.Buffers;
using System.Buffers.Text;

namespace SyscallTables.Audit;

/// <summary>
/// The time stamp as <c>ausearch -i</c> prints it: <c>MM/DD/YY HH:MM:SS.mmm</c>, glibc's localtime formatted by
/// strftime's <c>%x %T</c> in the C locale, in the zone <c>TZ</c> names (<see cref="LocalTimeZone"/>). A time
/// localtime cannot represent (after year 2,147,485,547) prints <c>?</c> for the date and time, as ausearch does;
/// years past 9999 print their last two digits, as <c>%y</c> does. The text of the last second is cached: consecutive
/// records almost always share it.
/// </summary>
internal sealed class AusearchTime
{
    /// <summary>The longest text written for the seconds: <c>MM/DD/YY HH:MM:</c> and an int's digits.</summary>
    private const int MaxSecondsLength = 15 + 10;

    /// <summary>The longest text <see cref="Write"/> writes: the seconds, a dot and an int's digits.</summary>
    public const int MaxLength = MaxSecondsLength + 1 + 10;

    private LocalTimeZone? _zone;
    private readonly byte[] _text = new byte[MaxSecondsLength];
    private int _textLength;
    private long _cachedSecond;
    private bool _cached;

    /// <summary>Prints times in <paramref name="zone"/>, or in the zone of this process's <c>TZ</c> when it is null (looked up at the first time printed).</summary>
    public AusearchTime(LocalTimeZone? zone) => _zone = zone;

    /// <summary>Writes the time stamp, at most <see cref="MaxLength"/> bytes, and returns how many.</summary>
    public int Write(long seconds, int milliseconds, Span<byte> destination)
    {
        if (!_cached || seconds != _cachedSecond)
        {
            _textLength = Format(seconds, _zone ??= LocalTimeZone.Process, _text);
            _cachedSecond = seconds;
            _cached = true;
        }

        _text.AsSpan(0, _textLength).CopyTo(destination);
        destination[_textLength] = (byte)'.';

        // ausearch prints the parsed number with at least three digits (%03u).
        Utf8Formatter.TryFormat((uint)milliseconds, destination[(_textLength + 1)..], out int digits, new StandardFormat('D', 3));
        return _textLength + 1 + digits;
    }

    private static int Format(long seconds, LocalTimeZone zone, Span<byte> text)
    {
        if (!zone.TryGetOffset(seconds, out long offset, out int insertedLeapSeconds)
            || !BrokenDownTime.TryCreate(seconds, offset, out BrokenDownTime local))
        {
            text[0] = (byte)'?';
            return 1;
        }

        // %y is the year modulo 100 for any year, in glibc's strftime.
        int year = (int)(((local.Year % 100) + 100) % 100);
        TwoDigits(text, 0, local.Month);
        text[2] = (byte)'/';
        TwoDigits(text, 3, local.Day);
        text[5] = (byte)'/';
        TwoDigits(text, 6, year);
        text[8] = (byte)' ';
        TwoDigits(text, 9, local.Hour);
        text[11] = (byte)':';
        TwoDigits(text, 12, local.Minute);
        text[14] = (byte)':';

        // A leap second being inserted shows as second 60: glibc adds it to tm_sec, and %S prints at least two digits.
        Utf8Formatter.TryFormat((uint)(local.Second + insertedLeapSeconds), text[15..], out int digits, new StandardFormat('D', 2));
        return 15 + digits;
    }

    private static void TwoDigits(Span<byte> destination, int at, int value)
    {
        destination[at] = (byte)('0' + (value / 10));
        destination[at + 1] = (byte)('0' + (value % 10));
    }
}
