using System.Text;
using System.Text.Json;
using SyscallTables.Tests.Harness;

namespace SyscallTables.Cli.Tests;

/// <summary>
/// <c>syscalls interpret --json</c> loses no input byte: random logs of hostile records (junk tokens, invalid UTF-8,
/// NUL, CR, quotes, long values, words before the header, ENRICHED parts) mixed with lines that are no records are
/// rebuilt byte for byte from the JSON, as its documentation says.
/// </summary>
public sealed class InterpretJsonFidelityTests : IDisposable
{
    private static readonly string[] Types = ["SYSCALL", "PATH", "CWD", "EOE", "USER_ACCT", "AVC", "UNKNOWN[1334]", "PROCTITLE"];

    private static readonly string[] Prefixes = ["", "", "", "node=web1 ", "Nov 25 11:45:01 myhost audispd: ", "node=h1 node=h2 ", "type=PATH ", "  ", "host=x "];

    // Bytes a hostile value is made of: quotes, separators, NUL, CR, the enrichment separator, invalid and bidi UTF-8.
    private static readonly byte[] Hostile = [.. "aZ09/._-=\"' \t{}()"u8, 0, (byte)'\r', 0x1d, 0x1b, 0xff, 0xfe, 0xc3, 0xa9, 0xe2, 0x80, 0xae, 0xed, 0xa0, 0x80];

    private readonly string _dir = Directory.CreateTempSubdirectory("syscalls-json-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void Random_hostile_logs_are_rebuilt_byte_for_byte_from_the_json(int seed)
    {
        var random = new Random(seed);
        byte[] log = RandomLog(random);
        string path = Path.Combine(_dir, $"{seed}.log");
        File.WriteAllBytes(path, log);

        CliResult result = CliRun.Syscalls("interpret", "--json", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(log, AuditJsonRebuild.Input(result.StandardOutput));
        foreach (string json in result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using JsonDocument document = JsonDocument.Parse(json);
            if (document.RootElement.TryGetProperty("records", out JsonElement records))
            {
                foreach (JsonElement record in records.EnumerateArray())
                {
                    AssertRawValuesAreIn(AuditJsonRebuild.Bytes(record, "line"), record.GetProperty("fields"));
                }
            }
        }
    }

    // Every field's exact value is bytes of the record's line, at every level of nesting.
    private static void AssertRawValuesAreIn(byte[] line, JsonElement fields)
    {
        foreach (JsonElement field in fields.EnumerateArray())
        {
            byte[] raw = AuditJsonRebuild.Bytes(field, "raw");
            Assert.True(line.AsSpan().IndexOf(raw) >= 0, $"raw {Convert.ToHexString(raw)} is not in the line {Convert.ToHexString(line)}");
            if (field.TryGetProperty("fields", out JsonElement inner))
            {
                AssertRawValuesAreIn(line, inner);
            }
        }
    }

    private static byte[] RandomLog(Random random)
    {
        var log = new List<byte>();
        int lines = random.Next(1, 150);
        for (int i = 0; i < lines; i++)
        {
            log.AddRange(random.Next(5) == 0 ? RandomBytes(random, random.Next(0, 80)) : RandomRecord(random));
            if (i < lines - 1 || random.Next(2) == 0)
            {
                log.Add((byte)'\n');
            }
        }

        return [.. log];
    }

    // A record header (times and serials from a small range, so events interleave and come out of input order) and
    // tokens of every kind the parser meets or cannot place.
    private static byte[] RandomRecord(Random random)
    {
        var record = new StringBuilder();
        record.Append(Prefixes[random.Next(Prefixes.Length)]);
        record.Append("type=").Append(Types[random.Next(Types.Length)]);
        record.Append(" msg=audit(").Append(1_700_000_000 + random.Next(6)).Append('.').Append(random.Next(1000).ToString("D3", System.Globalization.CultureInfo.InvariantCulture));
        record.Append(':').Append(random.Next(1, 6)).Append(random.Next(4) == 0 ? ")" : "):");
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(record.ToString()));
        int tokens = random.Next(0, 14);
        for (int i = 0; i < tokens; i++)
        {
            bytes.Add(random.Next(6) == 0 ? RandomSeparator(random) : (byte)' ');
            bytes.AddRange(RandomToken(random));
        }

        if (random.Next(6) == 0)
        {
            bytes.Add((byte)'\r');
        }

        return [.. bytes];
    }

    // A tab, which the parser takes for a blank, or the ENRICHED separator, twice or more in a line too.
    private static byte RandomSeparator(Random random) => random.Next(2) == 0 ? (byte)'\t' : (byte)0x1d;

    private static byte[] RandomToken(Random random) => random.Next(10) switch
    {
        0 => Encoding.UTF8.GetBytes("ORPHAN"),
        1 => Encoding.UTF8.GetBytes("=val"),
        2 => [.. "comm=\""u8, .. RandomBytes(random, random.Next(0, 12)), .. "\"TAIL"u8],
        3 => [.. "x=\""u8, .. RandomBytes(random, random.Next(0, 12))],
        4 => [.. "msg='op=x "u8, .. RandomToken(random), .. " res=success'"u8],
        5 => [.. "proctitle="u8, .. RandomBytes(random, random.Next(100, 3000))],
        6 => [.. "SADDR={ "u8, .. RandomBytes(random, random.Next(0, 12)), .. " }"u8],
        7 => RandomBytes(random, random.Next(0, 20)),
        _ => [.. "name"u8, (byte)('a' + random.Next(26)), (byte)'=', .. random.Next(2) == 0 ? "\""u8 : ""u8, .. RandomBytes(random, random.Next(0, 16))],
    };

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        for (int i = 0; i < length; i++)
        {
            bytes[i] = Hostile[random.Next(Hostile.Length)];
        }

        return bytes;
    }
}
