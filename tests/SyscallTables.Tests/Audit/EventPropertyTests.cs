using System.Text.Json;
using CsCheck;
using SyscallTables.Audit;

namespace SyscallTables.Tests.Audit;

/// <summary>
/// Bad input through the whole path (grouping, text and JSON output): real records shuffled across events, mutated,
/// cut short, mixed with random bytes. Nothing throws, every line comes out once (as a record of an event or as a
/// pass-through line), and every JSON line parses.
/// </summary>
public sealed class EventPropertyTests
{
    private static readonly Lazy<byte[][]> SeedLines = new(() =>
    {
        var lines = new List<byte[]>();
        lines.AddRange(AuditCorpus.SplitLines(File.ReadAllBytes(Path.Combine(RepositoryLayout.Root, "tests", "data", "audit", "event-times.log"))));
        lines.AddRange(AuditCorpus.SplitLines(File.ReadAllBytes(Path.Combine(RepositoryLayout.Root, "tests", "data", "audit", "syslog-audispd.log"))));
        if (AuditCorpus.Directory is { } directory)
        {
            foreach (string file in AuditCorpus.Files(directory))
            {
                lines.AddRange(AuditCorpus.SplitLines(File.ReadAllBytes(Path.Combine(directory, file))).Take(8));
            }
        }

        return [.. lines];
    });

    private static readonly byte[] Special = [(byte)' ', (byte)'=', (byte)'"', (byte)'\'', (byte)')', (byte)':', (byte)'\n', 0, 0x1d, 0xff, 0xc3];

    // A real line with up to four bytes replaced (often by bytes the format gives meaning to) and maybe cut short.
    private static readonly Gen<byte[]> Line =
        Gen.Select(Gen.Int[0, int.MaxValue], Gen.Select(Gen.Int[0, 4096], Gen.Int[0, 300]).Array[0, 4], Gen.Int[0, 8]).Select((seed, edits, cut) =>
        {
            byte[] line = [.. SeedLines.Value[seed % SeedLines.Value.Length]];
            foreach ((int position, int value) in edits)
            {
                if (line.Length > 0)
                {
                    line[position % line.Length] = value < Special.Length * 10 ? Special[value % Special.Length] : (byte)value;
                }
            }

            return cut == 0 && line.Length > 1 ? line[..(line.Length / 2)] : line;
        });

    private static readonly Gen<byte[]> Input = Gen.Frequency(
        (5, Line.Array[1, 12].Select(lines => lines.SelectMany(l => l.Append((byte)'\n')).ToArray())),
        (1, Gen.Byte.Array[0, 800]));

    [Fact]
    public void Nothing_throws_and_every_line_comes_out_once_as_text_and_as_json()
    {
        Input.Sample(input =>
        {
            long lines = CountLines(input);
            (long records, long passThrough) = Walk(input, json: false);
            Assert.Equal(lines, records + passThrough);
            (records, passThrough) = Walk(input, json: true);
            Assert.Equal(lines, records + passThrough);
        }, iter: 3000);
    }

    private static long CountLines(byte[] input)
    {
        using var reader = new AuditRecordReader(new MemoryStream(input));
        while (reader.Read())
        {
        }

        return reader.LineCount;
    }

    private static (long Records, long PassThrough) Walk(byte[] input, bool json)
    {
        long records = 0, passThrough = 0;
        using var output = new MemoryStream();
        using (var reader = new AuditEventReader(new MemoryStream(input)))
        using (var text = new AuditTextWriter(output, timeZone: TimeZoneInfo.Utc))
        using (var jsonWriter = new AuditJsonWriter(output))
        {
            while (reader.Read())
            {
                if (reader.Kind == AuditEventReaderItem.Line)
                {
                    passThrough++;
                    if (json)
                    {
                        jsonWriter.WriteLine(reader.Line);
                    }
                    else
                    {
                        text.WriteLine(reader.Line);
                    }

                    continue;
                }

                records += reader.Event.RecordCount;
                if (json)
                {
                    jsonWriter.WriteEvent(reader.Event);
                    jsonWriter.Flush();
                }
                else
                {
                    text.WriteEvent(reader.Event);
                }
            }
        }

        if (json)
        {
            foreach (string line in System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                using JsonDocument document = JsonDocument.Parse(line);
            }
        }

        return (records, passThrough);
    }
}
