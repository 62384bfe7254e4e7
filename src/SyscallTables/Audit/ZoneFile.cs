using System;
using System.Buffers.Binary;
using System.IO;

namespace SyscallTables.Audit;

/// <summary>
/// A compiled zone file (TZif, tzfile(5): /usr/share/zoneinfo/Europe/Berlin, /etc/localtime) read and applied as glibc
/// 2.36 does (time/tzfile.c: __tzfile_read, __tzfile_default, __tzfile_compute): its transitions, the footer rule
/// after the last one, the first standard-time type before the first one, and leap seconds (the zones under right/),
/// which make a second 60. A file glibc refuses is refused here too, and TZ is then read as a rule string.
/// </summary>
internal sealed class ZoneFile : LocalTimeZone
{
    /// <summary>
    /// The largest file read. Real zone files are a few kilobytes; glibc reads a larger one too, but TZ may name any
    /// file, and memory stays bounded.
    /// </summary>
    internal const int MaxFileBytes = 1024 * 1024;

    private const int HeaderBytes = 44;

    private readonly long[] _transitions;
    private readonly byte[] _transitionTypes;
    private readonly LocalTimeType[] _types;
    private readonly LeapSecond[] _leapSeconds;
    private readonly PosixTimeZoneRule? _footer;

    private ZoneFile(long[] transitions, byte[] transitionTypes, LocalTimeType[] types, LeapSecond[] leapSeconds, PosixTimeZoneRule? footer)
    {
        _transitions = transitions;
        _transitionTypes = transitionTypes;
        _types = types;
        _leapSeconds = leapSeconds;
        _footer = footer;
    }

    /// <summary>The zone in the file at <paramref name="path"/>, or <see langword="null"/> where glibc would not read one.</summary>
    public static ZoneFile? TryRead(string path)
    {
        byte[] data;
        int length;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
            data = new byte[Math.Min(MaxFileBytes + 1, file.CanSeek ? Math.Max(file.Length, HeaderBytes) : MaxFileBytes + 1)];
            length = file.ReadAtLeast(data, data.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Missing, a directory, unreadable, or a name .NET refuses: glibc's fopen or fread fails on each.
            return null;
        }

        return length > MaxFileBytes ? null : Parse(data.AsSpan(0, length));
    }

    /// <summary>Reads TZif bytes as __tzfile_read does; <see langword="null"/> where it gives up.</summary>
    internal static ZoneFile? Parse(ReadOnlySpan<byte> data)
    {
        var reader = new TzifReader(data);
        if (!reader.TryReadHeader(out TzifCounts counts))
        {
            return null;
        }

        int width = 4;
        if (counts.Version != 0)
        {
            // Version 2 and later repeat the data with 64-bit times after the version 1 block, then add the footer.
            width = 8;
            if (!reader.Skip(counts.Version1DataBytes) || !reader.TryReadHeader(out counts))
            {
                return null;
            }
        }

        ReadOnlySpan<byte> footer = default;
        if (width == 8)
        {
            long footerBytes = reader.Remaining - counts.DataBytes(width);
            if (footerBytes < 2)
            {
                // glibc requires a newline and at least one more byte after the data.
                return null;
            }

            footer = data[(data.Length - (int)footerBytes)..];
        }

        // Zero types is undefined in glibc (it reads types[0] regardless); no zone file has it.
        if (counts.Types == 0 || reader.Remaining < counts.DataBytes(width))
        {
            return null;
        }

        var transitions = new long[counts.Transitions];
        for (int i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadTime(width);
        }

        byte[] transitionTypes = reader.ReadBytes(counts.Transitions).ToArray();
        foreach (byte type in transitionTypes)
        {
            if (type >= counts.Types)
            {
                return null;
            }
        }

        var types = new LocalTimeType[counts.Types];
        for (int i = 0; i < types.Length; i++)
        {
            int offset = reader.ReadInt32();
            byte isDaylight = reader.ReadByte();
            byte nameIndex = reader.ReadByte();
            if (isDaylight > 1 || nameIndex > counts.NameBytes)
            {
                return null;
            }

            types[i] = new LocalTimeType(offset, isDaylight == 1, IsStandardTime: false, IsUniversalTime: false);
        }

        reader.Skip(counts.NameBytes);
        var leapSeconds = new LeapSecond[counts.LeapSeconds];
        for (int i = 0; i < leapSeconds.Length; i++)
        {
            leapSeconds[i] = new LeapSecond(reader.ReadTime(width), reader.ReadInt32());
        }

        ReadOnlySpan<byte> standardFlags = reader.ReadBytes(counts.StandardFlags);
        for (int i = 0; i < standardFlags.Length; i++)
        {
            types[i] = types[i] with { IsStandardTime = standardFlags[i] != 0 };
        }

        ReadOnlySpan<byte> universalFlags = reader.ReadBytes(counts.UniversalFlags);
        for (int i = 0; i < universalFlags.Length; i++)
        {
            types[i] = types[i] with { IsUniversalTime = universalFlags[i] != 0 };
        }

        return new ZoneFile(transitions, transitionTypes, types, leapSeconds, ReadFooter(footer));
    }

    /// <summary>
    /// This file's transitions with another zone's offsets, as glibc's __tzfile_default makes them for a TZ string
    /// that names standard and daylight time but no rules; <see langword="null"/> where glibc does not use the file.
    /// </summary>
    /// <remarks>
    /// glibc's arithmetic is kept although it moves local-time transitions the wrong way (CET-1CEST changes at 13:00
    /// UTC, not 01:00), and the file's own footer still applies after its last transition, with the file's offsets.
    /// </remarks>
    public ZoneFile? WithDefaultRules(int standardOffset, int daylightOffset)
    {
        if (_types.Length < 2)
        {
            return null;
        }

        // rule_stdoff: the last standard offset. rule_dstoff is only read from a file without transitions; otherwise it
        // is what the previous conversion left: this path frees glibc's saved TZ, so localtime() (ausearch's) redoes it
        // every call, and from the second call on rule_dstoff is the daylight offset given. Only a process's first
        // conversion (and date, which converts with localtime_r after one tzset) sees 0 and moves the end of daylight
        // time by that offset; ausearch's output is the rule for all its records but at most the first.
        int ruleStandardOffset = _transitions.Length == 0 ? _types[0].Offset : 0;
        for (int i = _transitions.Length - 1; i >= 0; i--)
        {
            if (!_types[_transitionTypes[i]].IsDaylight)
            {
                ruleStandardOffset = _types[_transitionTypes[i]].Offset;
                break;
            }
        }

        int ruleDaylightOffset = _transitions.Length == 0 ? _types[0].Offset : daylightOffset;
        long[] transitions = (long[])_transitions.Clone();
        byte[] transitionTypes = new byte[_transitionTypes.Length];
        bool isDaylight = false;
        for (int i = 0; i < transitions.Length; i++)
        {
            LocalTimeType type = _types[_transitionTypes[i]];
            transitionTypes[i] = type.IsDaylight ? (byte)1 : (byte)0;
            if (type.IsUniversalTime)
            {
                // Already UTC.
            }
            else if (isDaylight && !type.IsStandardTime)
            {
                transitions[i] += daylightOffset - ruleDaylightOffset;
            }
            else
            {
                transitions[i] += standardOffset - ruleStandardOffset;
            }

            isDaylight = type.IsDaylight;
        }

        LocalTimeType[] types =
        [
            new(standardOffset, IsDaylight: false, IsStandardTime: false, IsUniversalTime: false),
            new(daylightOffset, IsDaylight: true, IsStandardTime: false, IsUniversalTime: false),
        ];
        return new ZoneFile(transitions, transitionTypes, types, _leapSeconds, _footer);
    }

    /// <inheritdoc/>
    public override bool TryGetOffset(long unixSeconds, out long offset, out int insertedLeapSeconds)
    {
        offset = OffsetAt(unixSeconds);
        long correction = LeapCorrection(unixSeconds, out insertedLeapSeconds);
        offset -= correction;
        return true;
    }

    private int OffsetAt(long unixSeconds)
    {
        int count = _transitions.Length;
        if (count == 0 || unixSeconds < _transitions[0])
        {
            // Before the first transition: the first standard-time type (the first type when all are daylight).
            foreach (LocalTimeType type in _types)
            {
                if (!type.IsDaylight)
                {
                    return type.Offset;
                }
            }

            return _types[0].Offset;
        }

        if (unixSeconds >= _transitions[count - 1])
        {
            // The footer takes over after the last transition, where glibc can compute the UTC year.
            return _footer is not null && _footer.TryGetOffset(unixSeconds, out long footerOffset, out _)
                ? (int)footerOffset
                : _types[_transitionTypes[count - 1]].Offset;
        }

        // The last transition at or before the time; they are in order in every file zic writes.
        int low = 0, high = count - 1;
        while (low + 1 < high)
        {
            int middle = low + ((high - low) / 2);
            if (unixSeconds < _transitions[middle])
            {
                high = middle;
            }
            else
            {
                low = middle;
            }
        }

        return _types[_transitionTypes[low]].Offset;
    }

    // The correction of the last leap second at or before the time, and how many are being inserted at that second.
    private long LeapCorrection(long unixSeconds, out int inserted)
    {
        inserted = 0;
        int i = _leapSeconds.Length - 1;
        while (i >= 0 && unixSeconds < _leapSeconds[i].Transition)
        {
            i--;
        }

        if (i < 0)
        {
            return 0;
        }

        long correction = _leapSeconds[i].Correction;
        if (unixSeconds == _leapSeconds[i].Transition && correction > (i == 0 ? 0 : _leapSeconds[i - 1].Correction))
        {
            inserted = 1;
            while (i > 0 && _leapSeconds[i].Transition == _leapSeconds[i - 1].Transition + 1
                && _leapSeconds[i].Correction == _leapSeconds[i - 1].Correction + 1)
            {
                inserted++;
                i--;
            }
        }

        return correction;
    }

    // glibc skips the footer's leading newline and drops its last byte (the closing newline); an empty one is none.
    private static PosixTimeZoneRule? ReadFooter(ReadOnlySpan<byte> footer)
    {
        if (footer.Length < 2 || footer[0] != '\n')
        {
            return null;
        }

        ReadOnlySpan<byte> rule = footer[1..^1];
        int end = rule.IndexOf((byte)0);
        rule = end < 0 ? rule : rule[..end];
        return rule.IsEmpty ? null : PosixTimeZoneRule.Parse(rule);
    }

    private readonly record struct LocalTimeType(int Offset, bool IsDaylight, bool IsStandardTime, bool IsUniversalTime);

    private readonly record struct LeapSecond(long Transition, long Correction);

    private readonly record struct TzifCounts(byte Version, int UniversalFlags, int StandardFlags, int LeapSeconds, int Transitions, int Types, int NameBytes)
    {
        public long Version1DataBytes => (Transitions * 5L) + (Types * 6L) + NameBytes + (LeapSeconds * 8L) + StandardFlags + UniversalFlags;

        public long DataBytes(int width) =>
            (Transitions * (width + 1L)) + (Types * 6L) + NameBytes + (LeapSeconds * (width + 4L)) + StandardFlags + UniversalFlags;
    }

    /// <summary>Big-endian reads over the file; every count is checked against what is left before anything is read.</summary>
    private ref struct TzifReader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _at;

        public readonly long Remaining => _data.Length - _at;

        public bool TryReadHeader(out TzifCounts counts)
        {
            counts = default;
            if (Remaining < HeaderBytes || !_data.Slice(_at, 4).SequenceEqual("TZif"u8))
            {
                return false;
            }

            ReadOnlySpan<byte> header = _data.Slice(_at, HeaderBytes);
            _at += HeaderBytes;
            counts = new TzifCounts(header[4], Count(header, 20), Count(header, 24), Count(header, 28), Count(header, 32), Count(header, 36), Count(header, 40));

            // glibc takes the counts as size_t: a negative one is huge and fails a check or an allocation.
            return counts.UniversalFlags >= 0 && counts.StandardFlags >= 0 && counts.LeapSeconds >= 0 && counts.Transitions >= 0
                && counts.Types >= 0 && counts.NameBytes >= 0
                && counts.StandardFlags <= counts.Types && counts.UniversalFlags <= counts.Types;
        }

        public bool Skip(long bytes)
        {
            if (bytes > Remaining)
            {
                return false;
            }

            _at += (int)bytes;
            return true;
        }

        public long ReadTime(int width) => width == 8 ? BinaryPrimitives.ReadInt64BigEndian(Take(8)) : ReadInt32();

        public int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(4));

        public byte ReadByte() => Take(1)[0];

        public ReadOnlySpan<byte> ReadBytes(int count) => Take(count);

        private ReadOnlySpan<byte> Take(int count)
        {
            ReadOnlySpan<byte> taken = _data.Slice(_at, count);
            _at += count;
            return taken;
        }

        private static int Count(ReadOnlySpan<byte> header, int at) => BinaryPrimitives.ReadInt32BigEndian(header[at..]);
    }
}
