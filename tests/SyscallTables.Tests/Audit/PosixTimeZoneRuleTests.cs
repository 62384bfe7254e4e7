using System.Text;
using SyscallTables.Audit;

namespace SyscallTables.Tests.Audit;

/// <summary>
/// The POSIX TZ rule parser on its own, with no peer and no zone file: each expected text was printed by glibc 2.36's
/// localtime and strftime("%x %T") on Debian 12 under the same TZ (<see cref="LocalTimeGlibcTests"/> redoes the
/// comparison live wherever date is installed).
/// </summary>
public sealed class PosixTimeZoneRuleTests
{
    [Theory]
    // Fixed offsets: west is positive, a name in <> may hold digits and signs, minutes are allowed.
    [InlineData("JST-9", 0, "01/01/70 09:00:00")]
    [InlineData("<+14>-14", 0, "01/01/70 14:00:00")]
    [InlineData("<-0330>3:30", 0, "12/31/69 20:30:00")]
    // The US rules: into daylight time and back, to the second.
    [InlineData("EST5EDT,M3.2.0,M11.1.0", 1710053999, "03/10/24 01:59:59")]
    [InlineData("EST5EDT,M3.2.0,M11.1.0", 1710054000, "03/10/24 03:00:00")]
    [InlineData("EST5EDT,M3.2.0,M11.1.0", 1730613599, "11/03/24 01:59:59")]
    [InlineData("EST5EDT,M3.2.0,M11.1.0", 1730613600, "11/03/24 01:00:00")]
    // Southern hemisphere: daylight time spans the new year; the change back at 03:00 daylight time.
    [InlineData("AEST-10AEDT,M10.1.0,M4.1.0/3", 1712419199, "04/07/24 02:59:59")]
    [InlineData("AEST-10AEDT,M10.1.0,M4.1.0/3", 1712419200, "04/07/24 02:00:00")]
    [InlineData("AEST-10AEDT,M10.1.0,M4.1.0/3", 1728143999, "10/06/24 01:59:59")]
    [InlineData("AEST-10AEDT,M10.1.0,M4.1.0/3", 1728144000, "10/06/24 03:00:00")]
    // Negative times of day (Greenland's rule): the change happens the evening before.
    [InlineData("<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", 1711846799, "03/30/24 21:59:59")]
    [InlineData("<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", 1711846800, "03/30/24 23:00:00")]
    [InlineData("<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", 1729994399, "10/26/24 22:59:59")]
    [InlineData("<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", 1729994400, "10/26/24 23:00:00")]
    // All-year daylight time with a time past 24 hours; the changes that apply are those of the UTC year, so the
    // first hours of each UTC year fall back to standard time.
    [InlineData("EST5EDT,0/0,J365/25", 1704067200, "12/31/23 19:00:00")]
    [InlineData("EST5EDT,0/0,J365/25", 1735707599, "12/31/24 23:59:59")]
    [InlineData("EST5EDT,0/0,J365/25", 1735707600, "01/01/25 01:00:00")]
    // Jn never counts February 29 (J60 is March 1 in every year); n does (59 is February 29 in a leap year).
    [InlineData("XXX3YYY,J60/0,J300/167", 1709261999, "02/29/24 23:59:59")]
    [InlineData("XXX3YYY,J60/0,J300/167", 1709262000, "03/01/24 01:00:00")]
    [InlineData("XXX3YYY,J60/0,J300/167", 1677639599, "02/28/23 23:59:59")]
    [InlineData("XXX3YYY,J60/0,J300/167", 1677639600, "03/01/23 01:00:00")]
    [InlineData("XXX3YYY,J60/0,J300/167", 1730595599, "11/02/24 22:59:59")]
    [InlineData("XXX3YYY,J60/0,J300/167", 1730595600, "11/02/24 22:00:00")]
    [InlineData("XXX3YYY,59/0,300/0", 1709175599, "02/28/24 23:59:59")]
    [InlineData("XXX3YYY,59/0,300/0", 1709175600, "02/29/24 01:00:00")]
    [InlineData("XXX3YYY,59/0,300/0", 1677639599, "02/28/23 23:59:59")]
    [InlineData("XXX3YYY,59/0,300/0", 1677639600, "03/01/23 01:00:00")]
    // What glibc half-reads: no offset is UTC, an offset without DST applies, offsets cap at 24:59:59, numbers wrap
    // at 65536, a daylight zone without a name is UTC, and a rule that does not parse leaves zero rules (daylight
    // time all year but one hour of January 1 here).
    [InlineData("garbage", 1710054000, "03/10/24 07:00:00")]
    [InlineData("garbage1", 0, "12/31/69 23:00:00")]
    [InlineData("abc-25:99:99", 0, "01/02/70 00:59:59")]
    [InlineData("JST-65545", 0, "01/01/70 09:00:00")]
    [InlineData("JST-9,M3.2.0,M11.1.0", 1710054000, "03/10/24 07:00:00")]
    [InlineData("JST-9,M3.2.0,M11.1.0", 1704067200, "01/01/24 09:00:00")]
    [InlineData("EST5EDT,x", 1704081599, "12/31/23 23:59:59")]
    [InlineData("EST5EDT,x", 1704081600, "12/31/23 23:00:00")]
    [InlineData("EST5EDT,x", 1704085200, "01/01/24 01:00:00")]
    [InlineData("EST5EDT 4,M3.2.0,M11.1.0", 1720000000, "07/03/24 05:46:40")]
    // A year's changes are computed in int: from year 5,881,580 on they wrap and daylight time stops (July 15).
    [InlineData("EST5EDT,M3.2.0,M11.1.0", 185492727518400, "07/15/00 08:00:00")]
    [InlineData("EST5EDT,M3.2.0,M11.1.0", 185808297038400, "07/15/00 07:00:00")]
    public void A_time_reads_as_glibc_reads_it(string tz, long seconds, string expected)
    {
        PosixTimeZoneRule rule = PosixTimeZoneRule.Parse(Encoding.UTF8.GetBytes(tz));

        Assert.Equal(expected, LocalTimeText.Ours(rule, seconds));
    }

    [Theory]
    [InlineData("CET-1CEST", true)]
    [InlineData("EST5EDT,", true)]
    [InlineData("EST5EDT4", true)]
    [InlineData("EST5EDT,M3.2.0,M11.1.0", false)]
    [InlineData("JST-9", false)]
    [InlineData("JST-9,", false)]
    [InlineData("garbage", false)]
    public void Only_a_daylight_zone_without_rules_asks_for_the_posixrules_file(string tz, bool asks)
    {
        Assert.Equal(asks, PosixTimeZoneRule.Parse(Encoding.UTF8.GetBytes(tz)).NamesDaylightWithoutRules);
    }

    [Fact]
    public void Without_posixrules_a_daylight_zone_takes_the_US_rules()
    {
        // TZDIR points at an empty folder: no posixrules file, so glibc's built-in M3.2.0,M11.1.0 apply.
        string empty = Directory.CreateTempSubdirectory("tzdir").FullName;
        try
        {
            LocalTimeZone zone = LocalTimeZone.FromTz("CET-1CEST", empty);

            Assert.IsType<PosixTimeZoneRule>(zone);
            Assert.Equal("03/10/24 01:59:59", LocalTimeText.Ours(zone, 1710032399));
            Assert.Equal("03/10/24 03:00:00", LocalTimeText.Ours(zone, 1710032400));
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Fact]
    public void A_time_whose_UTC_year_glibc_cannot_hold_has_no_offset()
    {
        PosixTimeZoneRule rule = PosixTimeZoneRule.Parse("JST-9"u8);

        Assert.True(rule.TryGetOffset(67_768_036_191_676_799, out long offset, out _));
        Assert.Equal(32_400, offset);
        Assert.False(rule.TryGetOffset(67_768_036_191_676_800, out _, out _));
    }

    [Fact]
    public void Any_bytes_parse_without_an_exception()
    {
        var random = new Random(12);
        byte[] alphabet = "JMEST<>+-,./:0123456789 \t\0x"u8.ToArray();
        for (int i = 0; i < 20_000; i++)
        {
            byte[] tz = new byte[random.Next(0, 40)];
            for (int j = 0; j < tz.Length; j++)
            {
                tz[j] = random.Next(4) == 0 ? (byte)random.Next(256) : alphabet[random.Next(alphabet.Length)];
            }

            PosixTimeZoneRule rule = PosixTimeZoneRule.Parse(tz);
            foreach (long seconds in (long[])[0, 1_710_054_000, 253_402_300_800, long.MaxValue])
            {
                if (rule.TryGetOffset(seconds, out long offset, out int leap))
                {
                    Assert.InRange(offset, -90_000, 90_000);
                    Assert.Equal(0, leap);
                }
            }
        }
    }
}
