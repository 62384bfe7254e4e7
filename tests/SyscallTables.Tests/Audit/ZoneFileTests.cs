using System.Buffers.Binary;
using System.Text;
using SyscallTables.Audit;

namespace SyscallTables.Tests.Audit;

/// <summary>
/// Zone files made here byte by byte: what glibc takes from each part (the first standard type before the first
/// transition, the footer rule after the last, leap seconds, posixrules' transitions moved for another zone), and
/// that a damaged or hostile file is refused without an exception, as glibc refuses it. Where date is installed the
/// same files are also read by glibc and compared.
/// </summary>
public sealed class ZoneFileTests
{
    private const long First = 1_000_000, Second = 2_000_000;

    // Type 0 is daylight time, so before the first transition glibc takes type 1, the first standard one.
    private static readonly ZoneType[] Types = [new(3600, true), new(0, false), new(7200, true)];

    [Theory]
    [InlineData(0, 0)]
    [InlineData(First - 1, 0)]
    [InlineData(First, 7200)]
    [InlineData(Second - 1, 7200)]
    [InlineData(Second, 3600)]
    [InlineData(4_000_000_000, 3600)]
    [InlineData(long.MaxValue, 3600)]
    public void Transitions_apply_between_the_first_standard_type_before_and_the_last_type_after(long seconds, long expected)
    {
        ZoneFile zone = Read(Tzif([First, Second], [2, 0], Types, footer: null));

        Assert.True(zone.TryGetOffset(seconds, out long offset, out int leap));
        Assert.Equal(expected, offset);
        Assert.Equal(0, leap);
    }

    [Theory]
    [InlineData(Second - 1, 7200)]
    [InlineData(Second, 18_000)]
    [InlineData(253_402_300_800, 18_000)]
    [InlineData(67_768_036_191_676_799, 18_000)]
    [InlineData(long.MaxValue, 3600)]
    public void The_footer_rule_applies_after_the_last_transition_while_glibc_has_a_UTC_year(long seconds, long expected)
    {
        ZoneFile zone = Read(Tzif([First, Second], [2, 0], Types, footer: "<+05>-5"));

        Assert.True(zone.TryGetOffset(seconds, out long offset, out _));
        Assert.Equal(expected, offset);
    }

    [Theory]
    [InlineData(59, "01/01/70 00:00:59")]
    [InlineData(60, "01/01/70 00:00:60")]
    [InlineData(61, "01/01/70 00:01:00")]
    [InlineData(120, "01/01/70 00:01:59")]
    [InlineData(121, "01/01/70 00:01:60")]
    [InlineData(122, "01/01/70 00:01:61")]
    [InlineData(123, "01/01/70 00:02:00")]
    public void An_inserted_leap_second_shows_as_second_60(long seconds, string expected)
    {
        // One leap second at 60, then two in a row at 121 and 122: glibc counts the run, so the second is :61.
        ZoneFile zone = Read(Tzif([], [], [new(0, false)], footer: null, leapSeconds: [(60, 1), (121, 2), (122, 3)]));

        Assert.Equal(expected, LocalTimeText.Ours(zone, seconds));
    }

    [Theory]
    [InlineData(false, false, 1_021_600, 2_000_000)]
    [InlineData(true, false, 1_021_600, 2_021_600)]
    [InlineData(false, true, 1_000_000, 2_000_000)]
    public void Posixrules_transitions_move_by_glibcs_arithmetic(bool standardTimeFlag, bool universalTimeFlag, long intoDaylight, long backToStandard)
    {
        // New York's offsets; "AAA-1BBB" asks for +1 and +2. glibc adds (stdoff - rule_stdoff) = 21600 to a
        // transition in standard wall time, and (dstoff - rule_dstoff) = 0 to one in daylight wall time, from the
        // second conversion on; none to a transition in UTC, and the standard shift to one flagged standard time.
        byte[] flags = [standardTimeFlag ? (byte)1 : (byte)0, 0];
        byte[] universal = [0, universalTimeFlag ? (byte)1 : (byte)0];
        ZoneFile rules = Read(Tzif([First, Second], [1, 0], [new(-18_000, false), new(-14_400, true)], footer: null,
            standardFlags: flags, universalFlags: universal));

        ZoneFile zone = rules.WithDefaultRules(3600, 7200)!;

        Assert.Equal(3600, Offset(zone, intoDaylight - 1));
        Assert.Equal(7200, Offset(zone, intoDaylight));
        Assert.Equal(7200, Offset(zone, backToStandard - 1));
        Assert.Equal(3600, Offset(zone, backToStandard));
    }

    [Fact]
    public void Posixrules_with_one_type_is_not_used()
    {
        ZoneFile rules = Read(Tzif([First], [0], [new(-18_000, false)], footer: null));

        Assert.Null(rules.WithDefaultRules(3600, 7200));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(0)]
    public void Every_cut_of_a_file_reads_or_is_refused_without_an_exception(int version)
    {
        const string Footer = "<+05>-5";
        byte[] file = Tzif([First, Second], [2, 0], Types, footer: version == 0 ? null : Footer, version: version, leapSeconds: [(60, 1)]);

        // glibc needs all the data, and after version 1 a newline and one more byte of footer.
        int shortestRead = version == 0 ? file.Length : file.Length - ("\n" + Footer + "\n").Length + 2;
        for (int length = 0; length <= file.Length; length++)
        {
            Assert.Equal(length >= shortestRead, ZoneFile.Parse(file.AsSpan(0, length)) is not null);
        }
    }

    public static TheoryData<string, byte[]> DamagedFiles => new()
    {
        { "no magic", [.. "TZig"u8, .. new byte[60]] },
        { "negative count", WithCount(Tzif([First], [0], [new(0, false)], footer: null, version: 0), 32, -1) },
        { "more transitions than bytes", WithCount(Tzif([First], [0], [new(0, false)], footer: null, version: 0), 32, int.MaxValue) },
        { "more standard flags than types", WithCount(Tzif([First], [0], [new(0, false)], footer: null, version: 0), 24, 2) },
        { "no types", Tzif([], [], [], footer: null, version: 0) },
        { "type index past the types", Tzif([First], [1], [new(0, false)], footer: null) },
        { "daylight flag 2", Tzif([First], [0], [new(0, false)], footer: null, daylightFlagOverride: 2) },
        { "no footer newline", Tzif([First], [0], [new(0, false)], footer: null, rawFooter: []) },
    };

    [Theory]
    [MemberData(nameof(DamagedFiles))]
    public void A_damaged_file_is_refused(string damage, byte[] file)
    {
        Assert.True(ZoneFile.Parse(file) is null, damage);
    }

    [Fact]
    public void A_footer_without_its_leading_newline_is_ignored_and_the_last_type_applies()
    {
        ZoneFile zone = Read(Tzif([First], [0], [new(3600, false)], footer: null, rawFooter: "<+05>-5\n"u8.ToArray()));

        Assert.Equal(3600, Offset(zone, First + 10));
    }

    [Fact]
    public void Files_that_are_not_zone_files_are_refused_and_memory_stays_bounded()
    {
        string folder = Directory.CreateTempSubdirectory("zones").FullName;
        try
        {
            string huge = Path.Combine(folder, "huge");
            byte[] valid = Tzif([First], [0], [new(3600, false)], footer: "<+01>-1");
            using (FileStream stream = File.Create(huge))
            {
                stream.Write(valid);
                stream.Write(new byte[ZoneFile.MaxFileBytes]);
            }

            Assert.Null(ZoneFile.TryRead(huge));
            Assert.Null(ZoneFile.TryRead(folder));
            Assert.Null(ZoneFile.TryRead(Path.Combine(folder, "missing")));
            Assert.Null(ZoneFile.TryRead("/dev/zero"));
            Assert.Null(ZoneFile.TryRead("bad\0name"));
            Assert.Null(ZoneFile.TryRead(new string('a', 10_000)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Made_up_files_read_as_glibc_reads_them()
    {
        string date = LocalTimeText.RequireDate();
        string folder = Directory.CreateTempSubdirectory("zones").FullName;
        try
        {
            var files = new Dictionary<string, byte[]>
            {
                ["transitions"] = Tzif([First, Second], [2, 0], Types, footer: null),
                ["footer"] = Tzif([First, Second], [2, 0], Types, footer: "<+05>-5"),
                ["footer-rules"] = Tzif([First, Second], [2, 0], Types, footer: "EST5EDT,M3.2.0,M11.1.0"),
                ["version1"] = Tzif([First, Second], [2, 0], Types, footer: null, version: 0),
                ["leap"] = Tzif([], [], [new(0, false)], footer: null, leapSeconds: [(60, 1), (121, 2), (122, 3)]),
                ["damaged"] = Tzif([First], [1], [new(3600, false)], footer: null),
            };
            long[] times = [0, 59, 60, 61, 121, 122, 123, First - 1, First, Second - 1, Second, 1_710_054_000, 1_720_000_000, 253_402_300_800];
            foreach ((string name, byte[] bytes) in files)
            {
                string path = Path.Combine(folder, name);
                File.WriteAllBytes(path, bytes);
                LocalTimeZone zone = LocalTimeZone.FromTz(path, tzdir: null);
                Dictionary<long, string> glibc = LocalTimeText.Glibc(date, path, times);
                foreach (long time in times)
                {
                    Assert.True(glibc[time] == LocalTimeText.Ours(zone, time), $"{name} at {time}: glibc '{glibc[time]}', ours '{LocalTimeText.Ours(zone, time)}'");
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static ZoneFile Read(byte[] file) => ZoneFile.Parse(file) ?? throw new InvalidOperationException("the made-up file does not read");

    private static long Offset(LocalTimeZone zone, long seconds)
    {
        Assert.True(zone.TryGetOffset(seconds, out long offset, out _));
        return offset;
    }

    private static byte[] WithCount(byte[] file, int at, int count)
    {
        BinaryPrimitives.WriteInt32BigEndian(file.AsSpan(at), count);
        return file;
    }

    private sealed record ZoneType(int Offset, bool IsDaylight);

    // A TZif file (tzfile(5)): version 0 has the 32-bit block only; later versions repeat the data with 64-bit times
    // and end with "\n" footer "\n" (rawFooter replaces all of that).
    private static byte[] Tzif(long[] transitions, byte[] transitionTypes, ZoneType[] types, string? footer, int version = 2,
        (long At, int Correction)[]? leapSeconds = null, byte[]? standardFlags = null, byte[]? universalFlags = null,
        byte? daylightFlagOverride = null, byte[]? rawFooter = null)
    {
        leapSeconds ??= [];
        standardFlags ??= [];
        universalFlags ??= [];
        byte[] names = "ZZZ\0"u8.ToArray();
        var file = new MemoryStream();
        WriteBlock(4);
        if (version != 0)
        {
            WriteBlock(8);
            file.Write(rawFooter ?? Encoding.ASCII.GetBytes("\n" + footer + "\n"));
        }

        return file.ToArray();

        void WriteBlock(int width)
        {
            file.Write("TZif"u8);
            file.WriteByte(version == 0 ? (byte)0 : (byte)('0' + version));
            file.Write(new byte[15]);
            foreach (int count in (int[])[universalFlags.Length, standardFlags.Length, leapSeconds.Length, transitions.Length, types.Length, names.Length])
            {
                Int(count);
            }

            foreach (long transition in transitions)
            {
                Time(transition, width);
            }

            file.Write(transitionTypes);
            foreach (ZoneType type in types)
            {
                Int(type.Offset);
                file.WriteByte(daylightFlagOverride ?? (type.IsDaylight ? (byte)1 : (byte)0));
                file.WriteByte(0);
            }

            file.Write(names);
            foreach ((long at, int correction) in leapSeconds)
            {
                Time(at, width);
                Int(correction);
            }

            file.Write(standardFlags);
            file.Write(universalFlags);
        }

        void Int(int value)
        {
            Span<byte> bytes = stackalloc byte[4];
            BinaryPrimitives.WriteInt32BigEndian(bytes, value);
            file.Write(bytes);
        }

        void Time(long value, int width)
        {
            Span<byte> bytes = stackalloc byte[8];
            BinaryPrimitives.WriteInt64BigEndian(bytes, value);
            file.Write(width == 8 ? bytes : bytes[4..]);
        }
    }
}
