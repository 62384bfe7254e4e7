using System.Globalization;
using System.Text;
using System.Text.Json;
using SyscallTables.Audit;

namespace SyscallTables.Tests.Audit;

/// <summary>The text writer's form (checked on hand-written records) and the JSON writer's validity (on the whole corpus).</summary>
public sealed class OutputWriterTests
{
    private static string Text(string log, TimeZoneInfo? zone = null)
    {
        using var output = new MemoryStream();
        using (var reader = new AuditEventReader(new MemoryStream(Encoding.UTF8.GetBytes(log))))
        using (var writer = new AuditTextWriter(output, timeZone: zone ?? TimeZoneInfo.Utc))
        {
            while (reader.Read())
            {
                if (reader.Kind == AuditEventReaderItem.Event)
                {
                    writer.WriteEvent(reader.Event);
                }
                else
                {
                    writer.WriteLine(reader.Line);
                }
            }
        }

        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static List<string> Json(byte[] log)
    {
        using var output = new MemoryStream();
        using (var reader = new AuditEventReader(new MemoryStream(log)))
        using (var writer = new AuditJsonWriter(output))
        {
            while (reader.Read())
            {
                if (reader.Kind == AuditEventReaderItem.Event)
                {
                    writer.WriteEvent(reader.Event);
                }
                else
                {
                    writer.WriteLine(reader.Line);
                }
            }
        }

        string text = Encoding.UTF8.GetString(output.ToArray());
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        return [.. text[..^1].Split('\n')];
    }

    [Fact]
    public void Records_are_printed_last_first_after_a_separator_with_the_event_arch_and_syscall()
    {
        string log = "node=web1 type=SYSCALL msg=audit(1723819442.459:77): arch=c000003e syscall=83 success=no exit=-17 a0=1 a1=1ff a2=0 a3=0 items=1\n"
            + "node=web1 type=CWD msg=audit(1723819442.459:77):  cwd=\"/tmp\"\n"
            + "node=web1 type=EOE msg=audit(1723819442.459:77): \n";

        string[] lines = Text(log).Split('\n');

        Assert.Equal("----", lines[0]);
        Assert.Equal("node=web1 type=EOE msg=audit(08/16/24 14:44:02.459:77) : ", lines[1]);
        Assert.Equal("", lines[2]);
        Assert.StartsWith("node=web1 type=CWD msg=audit(08/16/24 14:44:02.459:77) :  cwd=", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("node=web1 type=SYSCALL msg=audit(08/16/24 14:44:02.459:77) : arch=x86_64 syscall=mkdir success=no exit=EEXIST(File exists) ", lines[4], StringComparison.Ordinal);
        Assert.EndsWith(" ", lines[4], StringComparison.Ordinal);
    }

    [Fact]
    public void Prose_between_fields_and_words_after_the_last_field_are_kept_the_enrichment_is_not()
    {
        string log = "type=AVC msg=audit(1.002:3): avc:  denied  { read } for  pid=1  tclass=dir trailing words  \n"
            + "type=SYSCALL msg=audit(1.002:4): arch=c000003e syscall=2 success=yes exit=3\u001dARCH=x86_64 SYSCALL=open\n";

        string text = Text(log);

        Assert.Contains("type=AVC msg=audit(01/01/70 00:00:01.002:3) : avc:  denied  { read } for  pid=1  tclass=dir trailing words \n", text, StringComparison.Ordinal);
        Assert.Contains("syscall=open success=yes exit=3 \n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ARCH=", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Words_before_the_header_are_printed_before_it_and_text_glued_to_a_closing_quote_after_a_space()
    {
        string log = "Nov 25 11:45:01 myhost audispd: node=h1 node=h2 type=SYSCALL msg=audit(1.000:1): arch=c000003e syscall=83 comm=\"mkdir\"TAIL x=\"a\"'b\n"
            + "    type=PATH type=CWD msg=audit(1.000:2): cwd=\"/\"\n";

        string text = Text(log);

        Assert.Contains("\nNov 25 11:45:01 myhost audispd: node=h1 node=h2 type=SYSCALL msg=audit(01/01/70 00:00:01.000:1) : arch=x86_64 syscall=mkdir comm=mkdir TAIL x=\"a\" 'b \n", text, StringComparison.Ordinal);

        // Indentation is dropped, as ausearch does when it reads an indented record.
        Assert.Contains("\ntype=PATH type=CWD msg=audit(01/01/70 00:00:01.000:2) : cwd=/ \n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_interpreted_value_ends_at_a_comma_which_becomes_a_space_as_in_ausearch()
    {
        // ausearch 3.0.9 prints "exit=EACCES(Permission denied) 7" for exit=-13,7; an uninterpreted value and a MAC
        // label keep their commas.
        string log = "type=SYSCALL msg=audit(1.000:1): arch=c000003e syscall=2 success=no exit=-13,7 x=a,b obj=u:r:t:s0:c1,c2\n";

        string text = Text(log);

        Assert.Contains(" exit=EACCES(Permission denied) 7 x=a,b obj=u:r:t:s0:c1,c2 \n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_record_lines_pass_through_byte_for_byte_where_they_were()
    {
        string log = "first\n" + "type=USER_ACCT msg=audit(1.000:1): pid=1 msg='op=x res=success'\n" + "\u00e9 last without newline";

        string text = Text(log);

        Assert.StartsWith("first\n----\ntype=USER_ACCT", text, StringComparison.Ordinal);
        Assert.EndsWith("\n\u00e9 last without newline", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_past_the_line_limit_passes_through_byte_for_byte_and_a_truncated_last_line_comes_out_whole()
    {
        string hex = string.Concat(Enumerable.Repeat("41", AuditRecordReader.DefaultMaxLineLength));
        string proctitle = "type=PROCTITLE msg=audit(1.000:9): proctitle=" + hex + "\n";
        string log = "type=SYSCALL msg=audit(1.000:9): arch=c000003e syscall=59 success=yes exit=0\n"
            + proctitle + "type=EOE msg=audit(1.000:9): \n" + "type=SYSCALL msg=audit(2.000:10): arch=c0000";

        string text = Text(log);

        // The over-long line is no record (the reader holds 64 KiB of a line), so it is copied where it was read.
        Assert.StartsWith(proctitle + "----\n", text, StringComparison.Ordinal);
        Assert.Contains("syscall=execve", text, StringComparison.Ordinal);
        Assert.EndsWith("type=SYSCALL msg=audit(01/01/70 00:00:02.000:10) : arch=c0000 \n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_part_of_a_cut_event_says_which_part_it_is_in_text_and_json()
    {
        var log = new StringBuilder();
        for (int n = 0; n <= AuditEventReader.MaxEventRecords; n++)
        {
            log.Append(CultureInfo.InvariantCulture, $"type=PATH msg=audit(1.000:9): item={n} name=\"/x\"\n");
        }

        string[] separators = Text(log.ToString()).Split('\n').Where(l => l.StartsWith("----", StringComparison.Ordinal)).ToArray();
        List<string> json = Json(Encoding.UTF8.GetBytes(log.ToString()));

        Assert.Equal(
            [
                $"---- part 1 of an event cut at {AuditEventReader.MaxEventRecords} records or {AuditEventReader.MaxEventBytes} bytes per part; part 2 follows",
                $"---- part 2 of an event cut at {AuditEventReader.MaxEventRecords} records or {AuditEventReader.MaxEventBytes} bytes per part; the last",
            ],
            separators);
        Assert.Equal(2, json.Count);
        using JsonDocument first = JsonDocument.Parse(json[0]);
        using JsonDocument second = JsonDocument.Parse(json[1]);
        Assert.Equal((1, false, AuditEventReader.MaxEventRecords), Part(first.RootElement));
        Assert.Equal((2, true, 1), Part(second.RootElement));

        static (int Part, bool Last, int Records) Part(JsonElement e) =>
            (e.GetProperty("part").GetInt32(), e.GetProperty("lastPart").GetBoolean(), e.GetProperty("records").GetArrayLength());
    }

    [Fact]
    public void An_event_read_whole_has_no_part_in_text_or_json()
    {
        const string Log = "type=SYSCALL msg=audit(1.000:9): arch=c000003e syscall=59 success=yes exit=0\n";

        Assert.StartsWith("----\n", Text(Log), StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(Assert.Single(Json(Encoding.UTF8.GetBytes(Log))));
        Assert.False(json.RootElement.TryGetProperty("part", out _));
        Assert.False(json.RootElement.TryGetProperty("lastPart", out _));
    }

    [Fact]
    public void Json_lines_parse_back_with_time_serial_node_and_fields()
    {
        byte[] log = Encoding.UTF8.GetBytes(
            "node=web1 type=SYSCALL msg=audit(1723819442.459:77): arch=c000003e syscall=83 success=no exit=-17 comm=\"mkdir\"\n"
            + "node=web1 type=EOE msg=audit(1723819442.459:77): \n" + "not a record\n");

        List<string> lines = Json(log);

        // The line that is no record comes out at once; the event when the input ends (no newer record closes it).
        Assert.Equal(2, lines.Count);
        using JsonDocument second = JsonDocument.Parse(lines[0]);
        Assert.Equal("not a record", second.RootElement.GetProperty("line").GetString());
        using JsonDocument first = JsonDocument.Parse(lines[1]);
        JsonElement root = first.RootElement;
        Assert.Equal("2024-08-16T14:44:02.459Z", root.GetProperty("time").GetString());
        Assert.Equal(77UL, root.GetProperty("serial").GetUInt64());
        Assert.Equal("web1", root.GetProperty("node").GetString());
        JsonElement fields = root.GetProperty("records")[0].GetProperty("fields");
        Assert.Equal("arch", fields[0].GetProperty("name").GetString());
        Assert.Equal("c000003e", fields[0].GetProperty("raw").GetString());
        Assert.Equal("x86_64", fields[0].GetProperty("interpreted").GetString());
        Assert.Equal("EEXIST(File exists)", fields[3].GetProperty("interpreted").GetString());
        Assert.Equal("EOE", root.GetProperty("records")[1].GetProperty("type").GetString());

        // A normal record gains only its line and its number; the other fidelity members appear when needed.
        JsonElement record = root.GetProperty("records")[0];
        Assert.Equal(["type", "fields", "line", "lineNumber"], record.EnumerateObject().Select(p => p.Name));
        Assert.Equal(Encoding.UTF8.GetString(log).Split('\n')[0], record.GetProperty("line").GetString());
        Assert.Equal(1, record.GetProperty("lineNumber").GetInt64());
        Assert.All(fields.EnumerateArray(), f => Assert.False(f.TryGetProperty("rawBase64", out _)));
        Assert.Equal(["line", "lineNumber"], second.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, second.RootElement.GetProperty("lineNumber").GetInt64());
    }

    [Fact]
    public void Json_keeps_text_the_parser_cannot_place_as_text_runs_beside_the_fields()
    {
        byte[] log = Encoding.UTF8.GetBytes(
            "Nov 25 11:45:01 myhost audispd: node=h1 node=h2 type=SYSCALL msg=audit(1.000:1): arch=c000003e ORPHAN syscall=83 x=\"a\"TAIL =val comm=\"mkdir\" trailing\n"
            + "type=AVC msg=audit(5.000:2): avc:  denied  { read } for  pid=1 tclass=dir\n"
            + "type=USER_ACCT msg=audit(9.000:3): pid=1 msg='op=x junk res=success tail'\n"
            + "type=SYSCALL msg=audit(13.000:4): arch=c000003e syscall=2 junk \u001dARCH=x86_64 MORE  SYSCALL=open\n");

        List<string> lines = Json(log);

        Assert.Equal(4, lines.Count);
        JsonElement[] records = [.. lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("records")[0])];
        Assert.Equal(["Nov 25 11:45:01 myhost audispd: node=h1", "ORPHAN", "TAIL =val", "trailing"], Strings(records[0].GetProperty("text")));
        Assert.Equal(["arch", "syscall", "x", "comm"], Strings(records[0].GetProperty("fields"), "name"));
        Assert.Equal(["avc:  denied  { read } for"], Strings(records[1].GetProperty("text")));
        Assert.False(records[2].TryGetProperty("text", out _));
        Assert.Equal(["junk", "tail"], Strings(records[2].GetProperty("fields")[1].GetProperty("text")));
        Assert.Equal(["junk", "MORE"], Strings(records[3].GetProperty("text")));
        Assert.Equal(Encoding.UTF8.GetString(log), string.Concat(records.Select(r => r.GetProperty("line").GetString() + "\n")));
    }

    [Fact]
    public void Json_values_and_lines_that_are_not_utf8_carry_their_exact_bytes_in_base64()
    {
        byte[] acct = [0xff, 0xfe, 0, (byte)'a', 0xc3, 0x28, 0xed, 0xa0, 0x80];
        byte[] valid = Encoding.UTF8.GetBytes("\u0001\u001b[31m\u00e9\u202e\r\t\\");
        byte[] line = [.. "type=USER_ACCT msg=audit(1.000:1): pid=1 acct=\""u8, .. acct, .. "\" exe=\""u8, .. valid, .. "\" res=success"u8];
        byte[] log = [.. line, (byte)'\n'];

        using JsonDocument document = JsonDocument.Parse(Json(log).Single());

        JsonElement record = document.RootElement.GetProperty("records")[0];
        JsonElement[] fields = [.. record.GetProperty("fields").EnumerateArray()];
        Assert.Equal("\ufffd\ufffd\0a\ufffd(\ufffd\ufffd\ufffd", fields[1].GetProperty("raw").GetString());
        Assert.Equal(acct, fields[1].GetProperty("rawBase64").GetBytesFromBase64());
        Assert.Equal(Encoding.UTF8.GetString(valid), fields[2].GetProperty("raw").GetString());
        Assert.False(fields[2].TryGetProperty("rawBase64", out _));
        Assert.Equal(line, record.GetProperty("lineBase64").GetBytesFromBase64());
        Assert.Equal(log, AuditJsonRebuild.Input(string.Join('\n', Json(log))));
    }

    [Fact]
    public void Json_of_long_values_written_in_segments_keeps_every_byte()
    {
        // Longer than the writer's segments (and shorter than a line the reader holds whole), with three-byte characters
        // and invalid bytes across their boundaries.
        byte[] value = [.. Enumerable.Range(0, 60_000).Select(i => i % 7 == 0 ? (byte)0xff : "\u20ac"u8[i % 3])];
        byte[] log = [.. "type=PATH msg=audit(1.000:1): name=\""u8, .. value, .. "\"\n"u8, .. value, (byte)'\n'];

        List<string> lines = Json(log);

        JsonElement record = JsonDocument.Parse(lines[1]).RootElement.GetProperty("records")[0];
        Assert.Equal(value, record.GetProperty("fields")[0].GetProperty("rawBase64").GetBytesFromBase64());
        Assert.Equal(Encoding.UTF8.GetString(value), record.GetProperty("fields")[0].GetProperty("raw").GetString());
        Assert.Equal(log, AuditJsonRebuild.Input(string.Join('\n', lines)));
    }

    [Fact]
    public void Json_lines_that_are_no_records_rebuild_byte_for_byte()
    {
        byte[] log = [.. "syslog noise\r\n"u8, 0, 0xff, (byte)'x', 0xc3, (byte)'\r', (byte)'\n', (byte)'\n', .. "\u00e9 last, no newline"u8];

        List<string> lines = Json(log);

        Assert.Equal(4, lines.Count);
        Assert.Equal("syslog noise\r", JsonDocument.Parse(lines[0]).RootElement.GetProperty("line").GetString());
        Assert.True(JsonDocument.Parse(lines[3]).RootElement.GetProperty("partial").GetBoolean());
        Assert.Equal(log, AuditJsonRebuild.Input(string.Join('\n', lines)));
    }

    [Fact]
    public void Json_pieces_of_an_over_long_line_are_partial_and_numbered_in_order()
    {
        // 8-byte pieces: the fourth and fifth split an \u00e9, so each holds invalid UTF-8.
        byte[] log = Encoding.UTF8.GetBytes("type=PATH msg=audit(1.0:1): n=\"\u00e9\"\nshort\n");

        List<string> lines = JsonOfLines(log, maxLineLength: 8);

        JsonElement[] objects = [.. lines.Select(l => JsonDocument.Parse(l).RootElement)];
        Assert.Equal([.. Enumerable.Range(1, objects.Length).Select(n => (long)n)], objects.Select(o => o.GetProperty("lineNumber").GetInt64()));
        Assert.Equal([true, true, true, true, false, false], objects.Select(o => o.TryGetProperty("partial", out _)));
        Assert.Equal([0xc3], objects[3].GetProperty("lineBase64").GetBytesFromBase64().TakeLast(1));
        Assert.Equal([0xa9, (byte)'"'], objects[4].GetProperty("lineBase64").GetBytesFromBase64());
        Assert.Equal(log, AuditJsonRebuild.Input(string.Join('\n', lines)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Json_of_random_bytes_read_in_short_pieces_rebuilds_them(int seed)
    {
        var random = new Random(seed);
        byte[] pool = [.. "ab =\"'\r\t{}"u8, 0, 0x1d, 0xff, 0xc3, 0xa9, 0xe2, 0x80, 0xae, (byte)'\n', (byte)'\n'];
        byte[] log = [.. Enumerable.Range(0, 3000).Select(_ => pool[random.Next(pool.Length)])];

        Assert.Equal(log, AuditJsonRebuild.Input(string.Join('\n', JsonOfLines(log, maxLineLength: random.Next(1, 40)))));
    }

    private static string[] Strings(JsonElement array, string? member = null) =>
        [.. array.EnumerateArray().Select(e => (member is null ? e : e.GetProperty(member)).GetString()!)];

    // Every line of `log` as AuditRecordReader gives it, records too, written as a line.
    private static List<string> JsonOfLines(byte[] log, int maxLineLength)
    {
        using var output = new MemoryStream();
        using (var reader = new AuditRecordReader(new MemoryStream(log), maxLineLength: maxLineLength))
        using (var writer = new AuditJsonWriter(output))
        {
            while (reader.Read())
            {
                writer.WriteLine(reader.Current);
            }
        }

        return [.. Encoding.UTF8.GetString(output.ToArray()).TrimEnd('\n').Split('\n')];
    }

    [Fact]
    public void Every_corpus_file_gives_one_valid_json_line_per_event_and_per_other_line()
    {
        string directory = AuditCorpus.RequireDirectory();
        int lines = 0;
        foreach (string file in AuditCorpus.Files(directory))
        {
            byte[] content = File.ReadAllBytes(Path.Combine(directory, file));
            int expected = 0;
            using (var reader = new AuditEventReader(new MemoryStream(content)))
            {
                while (reader.Read())
                {
                    expected++;
                }
            }

            List<string> json = expected == 0 ? [] : Json(content);
            Assert.Equal(expected, json.Count);
            foreach (string line in json)
            {
                using JsonDocument document = JsonDocument.Parse(line);
                Assert.True(document.RootElement.TryGetProperty("records", out _) || document.RootElement.TryGetProperty("line", out _), line);
                lines++;
            }
        }

        Assert.True(lines > 10_000, $"{lines} JSON lines");
    }

    [Fact]
    public void Invalid_utf8_and_nul_bytes_still_give_valid_json()
    {
        byte[] log = [.. "type=USER_ACCT msg=audit(1.000:1): pid=1 acct=\""u8, 0xff, 0xfe, 0, .. "\" res=success\n"u8, 0xc3, 0x28, (byte)'\n'];

        List<string> lines = Json(log);

        Assert.Equal(2, lines.Count);
        foreach (string line in lines)
        {
            using JsonDocument document = JsonDocument.Parse(line);
            Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        }
    }
}
