using System.Text;
using SyscallTables.Audit;

namespace SyscallTables.Tests.Audit;

/// <summary>Grouping records into events: interleaved, out of order, without EOE, bounded, and lines passed through.</summary>
public sealed class EventReaderTests
{
    private const string Args = "arch=c000003e syscall=83 success=no exit=-17 a0=7ffd1000 a1=1ff a2=0 a3=0 items=1 pid=7";

    private sealed record Item(string Kind, string Key, string[] Types, string Line);

    private static List<Item> ReadAll(string log, bool inTimeOrder = true)
    {
        var items = new List<Item>();
        using var reader = new AuditEventReader(new MemoryStream(Encoding.UTF8.GetBytes(log)), inTimeOrder: inTimeOrder);
        while (reader.Read())
        {
            if (reader.Kind == AuditEventReaderItem.Line)
            {
                items.Add(new Item("line", "", [], Encoding.UTF8.GetString(reader.Line.Bytes)));
                continue;
            }

            AuditEvent e = reader.Event;
            var types = new string[e.RecordCount];
            for (int i = 0; i < e.RecordCount; i++)
            {
                types[i] = Encoding.UTF8.GetString(e.GetRecord(i).Type);
            }

            items.Add(new Item("event", $"{Encoding.UTF8.GetString(e.Node)}{(e.Node.IsEmpty ? "" : "/")}{e.Seconds}.{e.Milliseconds:D3}:{e.Serial}", types, ""));
        }

        return items;
    }

    private static string Record(string type, long seconds, int serial, string body = "", string node = "") =>
        $"{(node.Length > 0 ? "node=" + node + " " : "")}type={type} msg=audit({seconds}.100:{serial}): {body}\n";

    [Fact]
    public void Interleaved_records_of_two_events_are_grouped_each_in_its_read_order()
    {
        string log = Record("SYSCALL", 1000, 1, Args) + Record("SYSCALL", 1000, 2, Args) + Record("CWD", 1000, 2, "cwd=\"/\"")
            + Record("CWD", 1000, 1, "cwd=\"/\"") + Record("PATH", 1000, 1, "item=0 name=\"a\"") + Record("EOE", 1000, 2) + Record("EOE", 1000, 1);

        List<Item> items = ReadAll(log);

        Assert.Equal(["1000.100:1", "1000.100:2"], items.Select(i => i.Key));
        Assert.Equal(["SYSCALL", "CWD", "PATH", "EOE"], items[0].Types);
        Assert.Equal(["SYSCALL", "CWD", "EOE"], items[1].Types);
    }

    [Fact]
    public void Out_of_order_events_come_out_oldest_first_as_ausearch_prints_them()
    {
        string log = Record("SYSCALL", 1000, 12, Args) + Record("SYSCALL", 999, 11, Args) + Record("SYSCALL", 1000, 10, Args);

        Assert.Equal(["999.100:11", "1000.100:10", "1000.100:12"], ReadAll(log).Select(i => i.Key));
    }

    [Fact]
    public void An_event_without_EOE_is_complete_when_a_record_two_seconds_newer_arrives()
    {
        // Read one item at a time: the first event must come out before the third line has been read.
        string log = Record("SYSCALL", 1000, 1, Args) + Record("SYSCALL", 1002, 2, Args) + "not a record\n";
        using var reader = new AuditEventReader(new MemoryStream(Encoding.UTF8.GetBytes(log)));

        Assert.True(reader.Read());
        Assert.Equal(AuditEventReaderItem.Event, reader.Kind);
        Assert.Equal(1UL, reader.Event.Serial);
        Assert.Equal(2, reader.LineCount);
        Assert.Equal(1, reader.OpenEventCount);
    }

    [Fact]
    public void Near_the_largest_time_stamp_an_open_event_is_not_completed_by_a_wrapped_sum()
    {
        // The two-second rule compares with a subtraction: seconds + 2 would wrap past long.MaxValue and read as older.
        const long Late = long.MaxValue - 1;
        string log = Record("SYSCALL", Late, 5, Args) + Record("SYSCALL", Late, 6, Args) + Record("PATH", Late, 5, "item=0 name=\"a\"");

        List<Item> items = ReadAll(log);

        Assert.Equal([$"{Late}.100:5", $"{Late}.100:6"], items.Select(i => i.Key));
        Assert.Equal(["SYSCALL", "PATH"], items[0].Types);
    }

    [Fact]
    public void Within_two_seconds_an_event_without_EOE_stays_open_until_the_end_of_input()
    {
        string log = Record("SYSCALL", 1000, 1, Args) + Record("SYSCALL", 1001, 2, Args) + Record("CWD", 1000, 1, "cwd=\"/\"");
        using var reader = new AuditEventReader(new MemoryStream(Encoding.UTF8.GetBytes(log)));

        Assert.True(reader.Read());
        Assert.Equal(3, reader.LineCount);
        Assert.Equal(2, reader.Event.RecordCount);
    }

    [Fact]
    public void In_a_live_stream_EOE_completes_an_event_at_once()
    {
        string log = Record("SYSCALL", 1000, 1, Args) + Record("EOE", 1000, 1) + Record("SYSCALL", 1000, 2, Args);
        using var reader = new AuditEventReader(new MemoryStream(Encoding.UTF8.GetBytes(log)), inTimeOrder: false);

        Assert.True(reader.Read());
        Assert.Equal(2, reader.LineCount);
        Assert.Equal(1UL, reader.Event.Serial);
    }

    [Fact]
    public void In_time_order_EOE_does_not_complete_an_event_as_in_ausearch_so_later_records_still_join_it()
    {
        string log = Record("SYSCALL", 1000, 1, Args) + Record("EOE", 1000, 1) + Record("PATH", 1000, 1, "item=0 name=\"a\"");

        List<Item> items = ReadAll(log);

        Assert.Single(items);
        Assert.Equal(["SYSCALL", "EOE", "PATH"], items[0].Types);
    }

    [Theory]
    [InlineData("USER_ACCT", true)]
    [InlineData("LOGIN", true)]
    [InlineData("PROCTITLE", true)]
    [InlineData("MAC_IPSEC_EVENT", true)]
    [InlineData("KERNEL", true)]
    [InlineData("ANOM_LOGIN_FAILURES", true)]
    [InlineData("CRYPTO_KEY_USER", true)]
    [InlineData("UNKNOWN[1107]", true)]
    [InlineData("UNKNOWN[3000]", true)]
    [InlineData("SYSCALL", false)]
    [InlineData("AVC", false)]
    [InlineData("ANOM_PROMISCUOUS", false)]
    [InlineData("ANOM_ABEND", false)]
    [InlineData("INTEGRITY_RULE", false)]
    [InlineData("UNKNOWN[1334]", false)]
    [InlineData("UNKNOWN[1999]", false)]
    public void Whole_event_types_complete_with_their_first_record_as_ausearch_3_0_9_groups_them(string type, bool whole)
    {
        string log = Record(type, 1000, 1, "pid=1") + Record("CWD", 1000, 1, "cwd=\"/\"");

        List<Item> items = ReadAll(log);

        Assert.Equal(whole ? 2 : 1, items.Count);
        Assert.Equal(type, items[0].Types[0]);
    }

    [Fact]
    public void Records_of_other_nodes_with_the_same_serial_are_other_events()
    {
        string log = Record("SYSCALL", 1000, 1, Args, node: "a") + Record("SYSCALL", 1000, 1, Args, node: "b")
            + Record("CWD", 1000, 1, "cwd=\"/\"", node: "a") + Record("SYSCALL", 1000, 1, Args);

        List<Item> items = ReadAll(log);

        Assert.Equal(["a/1000.100:1", "b/1000.100:1", "1000.100:1"], items.Select(i => i.Key));
        Assert.Equal(["SYSCALL", "CWD"], items[0].Types);
    }

    [Fact]
    public void Records_find_their_event_among_many_open_ones_that_share_serials_after_the_clock_steps_back()
    {
        // Fifty events, then the clock steps back and fifty more reuse the serials (another boot), then a third node's
        // event with one of them; their second records arrive afterwards, newest event first.
        var log = new StringBuilder();
        for (int serial = 1; serial <= 50; serial++)
        {
            log.Append(Record("SYSCALL", 2000, serial, Args));
        }

        for (int serial = 1; serial <= 50; serial++)
        {
            log.Append(Record("SYSCALL", 1000, serial, Args));
        }

        log.Append(Record("SYSCALL", 1000, 7, Args, node: "x"));
        for (int serial = 50; serial >= 1; serial--)
        {
            log.Append(Record("CWD", 1000, serial, "cwd=\"/\"")).Append(Record("CWD", 2000, serial, "cwd=\"/\""));
        }

        log.Append(Record("PATH", 1000, 7, "item=0", node: "x"));

        List<Item> items = ReadAll(log.ToString());

        Assert.Equal(101, items.Count);
        Assert.All(items, item => Assert.Equal(item.Key.StartsWith("x/", StringComparison.Ordinal) ? ["SYSCALL", "PATH"] : ["SYSCALL", "CWD"], item.Types));
        Assert.Equal(101, items.Select(i => i.Key).Distinct().Count());
        Assert.Equal(51, items.TakeWhile(i => i.Key.Contains("1000.100:", StringComparison.Ordinal)).Count());
    }

    [Fact]
    public void Lines_that_are_not_records_come_out_at_once_in_input_order()
    {
        string log = Record("SYSCALL", 1000, 1, Args) + "garbage one\n" + "\n" + Record("EOE", 1000, 1) + "\u0000\u00ff tail";

        List<Item> items = ReadAll(log);

        // The event is still open (no record two seconds newer) when the last line comes: lines do not wait for it.
        Assert.Equal(["line", "line", "line", "event"], items.Select(i => i.Kind));
        Assert.Equal("garbage one", items[0].Line);
        Assert.Equal("", items[1].Line);
    }

    [Fact]
    public void Memory_stays_bounded_however_many_events_are_open()
    {
        // 10,000 events in one second, none closed: at most MaxOpenEvents are held; all come out, none lost.
        var log = new StringBuilder();
        for (int serial = 10_000; serial > 0; serial--)
        {
            log.Append(Record("SYSCALL", 1000, serial, Args));
        }

        int events = 0, maxOpen = 0;
        using var reader = new AuditEventReader(new MemoryStream(Encoding.UTF8.GetBytes(log.ToString())));
        while (reader.Read())
        {
            events++;
            maxOpen = Math.Max(maxOpen, reader.OpenEventCount);
        }

        Assert.Equal(10_000, events);
        Assert.InRange(maxOpen, 1, AuditEventReader.MaxOpenEvents);
    }

    [Fact]
    public void Without_time_order_a_complete_event_does_not_wait_for_an_older_open_one()
    {
        string log = Record("SYSCALL", 1000, 1, Args) + Record("SYSCALL", 1000, 2, Args) + Record("EOE", 1000, 2);
        using var reader = new AuditEventReader(new MemoryStream(Encoding.UTF8.GetBytes(log)), inTimeOrder: false);

        Assert.True(reader.Read());
        Assert.Equal(2UL, reader.Event.Serial);
        Assert.Equal(3, reader.LineCount);
    }

    [Fact]
    public void Every_corpus_record_comes_out_in_exactly_one_event_and_every_other_line_as_a_line()
    {
        string directory = AuditCorpus.RequireDirectory();
        long records = 0, lines = 0, expectedRecords = 0, expectedLines = 0;
        foreach (string file in AuditCorpus.Files(directory))
        {
            byte[] content = File.ReadAllBytes(Path.Combine(directory, file));
            foreach (byte[] line in AuditCorpus.SplitLines(content))
            {
                if (AuditRecord.TryParse(line, out _))
                {
                    expectedRecords++;
                }
                else
                {
                    expectedLines++;
                }
            }

            using var reader = new AuditEventReader(new MemoryStream(content));
            while (reader.Read())
            {
                if (reader.Kind == AuditEventReaderItem.Line)
                {
                    lines++;
                }
                else
                {
                    records += reader.Event.RecordCount;
                }
            }
        }

        Assert.Equal(expectedRecords, records);
        Assert.Equal(expectedLines, lines);
    }

    /// <summary>Each event's part, whether another follows, and its records' first field values (which say where each record was in the log).</summary>
    private static List<(int Part, bool HasNextPart, string[] Records)> ReadParts(string log, bool inTimeOrder)
    {
        var parts = new List<(int, bool, string[])>();
        using var reader = new AuditEventReader(new MemoryStream(Encoding.UTF8.GetBytes(log)), inTimeOrder: inTimeOrder);
        while (reader.Read())
        {
            Assert.Equal(AuditEventReaderItem.Event, reader.Kind);
            AuditEvent e = reader.Event;
            var records = new string[e.RecordCount];
            for (int i = 0; i < records.Length; i++)
            {
                AuditRecord record = e.GetRecord(i);
                records[i] = Encoding.UTF8.GetString(record.Type) + ":" + (record.TryGetField("n"u8, out AuditField n) ? Encoding.UTF8.GetString(n.Value) : "");
            }

            parts.Add((e.Part, e.HasNextPart, records));
        }

        return parts;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_event_that_never_ends_is_cut_into_parts_at_the_record_limit_and_no_record_is_lost(bool inTimeOrder)
    {
        const int Records = (2 * AuditEventReader.MaxEventRecords) + 100;
        var log = new StringBuilder();
        for (int n = 0; n < Records; n++)
        {
            log.Append(Record("SYSCALL", 1000, 7, $"n={n} " + Args));
        }

        List<(int Part, bool HasNextPart, string[] Records)> parts = ReadParts(log.ToString(), inTimeOrder);

        Assert.Equal([(1, true), (2, true), (3, false)], parts.Select(p => (p.Part, p.HasNextPart)));
        Assert.Equal([AuditEventReader.MaxEventRecords, AuditEventReader.MaxEventRecords, 100], parts.Select(p => p.Records.Length));
        Assert.Equal(Enumerable.Range(0, Records).Select(n => $"SYSCALL:{n}"), parts.SelectMany(p => p.Records));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_event_is_cut_at_the_byte_limit_before_the_record_that_would_pass_it(bool inTimeOrder)
    {
        string filler = new('f', 10_000);
        int perPart = AuditEventReader.MaxEventBytes / Record("EXECVE", 1000, 7, "n=10 a0=" + filler).Length;
        var log = new StringBuilder();
        for (int n = 0; n < perPart + 10; n++)
        {
            log.Append(Record("EXECVE", 1000, 7, $"n={n + 10} a0={filler}"));
        }

        List<(int Part, bool HasNextPart, string[] Records)> parts = ReadParts(log.ToString(), inTimeOrder);

        Assert.Equal([(1, true), (2, false)], parts.Select(p => (p.Part, p.HasNextPart)));
        Assert.Equal([perPart, 10], parts.Select(p => p.Records.Length));
    }

    [Fact]
    public void A_later_part_is_not_a_whole_event_because_of_its_first_record_s_type()
    {
        // PROCTITLE alone is a whole event; starting part 2, it continues the cut event, which the PATH still joins.
        var log = new StringBuilder();
        for (int n = 0; n < AuditEventReader.MaxEventRecords; n++)
        {
            log.Append(Record("PATH", 1000, 7, $"n={n} item={n}"));
        }

        log.Append(Record("PROCTITLE", 1000, 7, "n=p proctitle=6C73")).Append(Record("PATH", 1000, 7, "n=q item=0"));

        List<(int Part, bool HasNextPart, string[] Records)> parts = ReadParts(log.ToString(), inTimeOrder: true);

        Assert.Equal(2, parts.Count);
        Assert.Equal(["PROCTITLE:p", "PATH:q"], parts[1].Records);
    }

    [Fact]
    public void Interleaved_events_that_never_end_are_held_within_the_byte_bound_and_all_come_out()
    {
        // 64 events in one second, none ending, whose records together far exceed MaxOpenEventBytes: the oldest are
        // completed as the bound is reached, so the records read and not yet given out never exceed it by more than
        // one event's worth.
        const int Events = 64, Rounds = 24;
        string filler = new('f', 8_000);
        var lines = new List<string>();
        for (int round = 0; round < Rounds; round++)
        {
            for (int serial = 1; serial <= Events; serial++)
            {
                lines.Add(Record("EXECVE", 1000, serial, $"n={round} a0={filler}"));
            }
        }

        long[] readUpTo = new long[lines.Count + 1];
        for (int i = 0; i < lines.Count; i++)
        {
            readUpTo[i + 1] = readUpTo[i] + lines[i].Length - 1;
        }

        Assert.True(readUpTo[^1] > 2L * AuditEventReader.MaxOpenEventBytes);
        long givenOut = 0, maxHeld = 0, records = 0;
        using var reader = new AuditEventReader(new MemoryStream(Encoding.UTF8.GetBytes(string.Concat(lines))));
        while (reader.Read())
        {
            AuditEvent e = reader.Event;
            for (int i = 0; i < e.RecordCount; i++)
            {
                givenOut += e.GetRecord(i).Line.Length;
            }

            records += e.RecordCount;
            maxHeld = Math.Max(maxHeld, readUpTo[reader.LineCount] - givenOut);
        }

        Assert.Equal(lines.Count, records);
        Assert.InRange(maxHeld, 1, AuditEventReader.MaxOpenEventBytes);
    }
}
