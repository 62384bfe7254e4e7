using System.Buffers;
using CsCheck;
using SyscallTables.Audit;

namespace SyscallTables.Tests.Audit;

/// <summary>
/// Bad input, generated: real corpus lines mutated byte by byte, random bytes, NULs, invalid UTF-8, stray
/// separators. The reader must never throw and never lose or change a byte, and every field of every record must lie
/// inside its line.
/// </summary>
public sealed class AuditReaderPropertyTests
{
    private static readonly Lazy<byte[][]> SeedLines = new(LoadSeedLines);

    // Real lines of every form the corpus has, plus the hand-written syslog ones.
    private static byte[][] LoadSeedLines()
    {
        var lines = new List<byte[]>();
        lines.AddRange(AuditCorpus.SplitLines(File.ReadAllBytes(Path.Combine(RepositoryLayout.Root, "tests", "data", "audit", "syslog-audispd.log"))));
        if (AuditCorpus.Directory is { } directory)
        {
            foreach (string file in AuditCorpus.Files(directory))
            {
                List<byte[]> fileLines = AuditCorpus.SplitLines(File.ReadAllBytes(Path.Combine(directory, file)));
                lines.AddRange(fileLines.Take(3));
            }
        }

        return [.. lines];
    }

    // Bytes the format gives meaning to, so that mutations hit the parser's decisions rather than only letters.
    private static readonly byte[] Special = [(byte)' ', (byte)'=', (byte)'"', (byte)'\'', (byte)'(', (byte)')', (byte)':',
        (byte)'.', (byte)'{', (byte)'}', (byte)'\n', (byte)'\r', (byte)'\t', 0, 0x1d, 0xff, 0xc3, 0x80, (byte)'-', (byte)'9'];

    private static readonly Gen<byte> AnyByte = Gen.Frequency((3, Gen.Byte), (2, Gen.Int[0, Special.Length - 1].Select(i => Special[i])));

    private static readonly Gen<(int Kind, int Position, byte Value)> Mutation =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 4096], AnyByte);

    private static readonly Gen<byte[]> MutatedLine =
        Gen.Select(Gen.Int[0, int.MaxValue], Mutation.Array[0, 8]).Select((seed, mutations) => Mutate(SeedLines.Value[seed % SeedLines.Value.Length], mutations));

    private static readonly Gen<byte[]> Input = Gen.Frequency(
        (4, MutatedLine.Array[1, 6].Select(lines => Join(lines))),
        (1, AnyByte.Array[0, 600]),
        (1, Gen.Byte.Array[0, 600]));

    private static byte[] Mutate(byte[] line, (int Kind, int Position, byte Value)[] mutations)
    {
        var bytes = new List<byte>(line);
        foreach ((int kind, int position, byte value) in mutations)
        {
            int at = bytes.Count == 0 ? 0 : position % (bytes.Count + 1);
            switch (kind)
            {
                case 0 when at < bytes.Count: bytes[at] = value; break;
                case 1: bytes.Insert(at, value); break;
                case 2 when at < bytes.Count: bytes.RemoveAt(at); break;
                case 3 when at < bytes.Count: bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + (value % 32))); break;
            }
        }

        return [.. bytes];
    }

    private static byte[] Join(byte[][] lines)
    {
        var all = new List<byte>();
        for (int i = 0; i < lines.Length; i++)
        {
            all.AddRange(lines[i]);
            if (i < lines.Length - 1 || lines[i].Length % 2 == 0)
            {
                all.Add((byte)'\n'); // sometimes the last line is left unterminated
            }
        }

        return [.. all];
    }

    [Fact]
    public void Mutated_and_random_input_is_read_whole_without_exceptions()
    {
        Input.Sample(content =>
        {
            foreach (int maxLineLength in new[] { AuditRecordReader.DefaultMaxLineLength, 37 })
            {
                AuditRecordReaderTests.ReadResult result = AuditRecordReaderTests.ReadAll(
                    new AuditRecordReaderTests.TrickleStream(content, 1 + (content.Length % 13)), maxLineLength);
                if (!result.Reassembled.AsSpan().SequenceEqual(content))
                {
                    return false;
                }

                if (maxLineLength == AuditRecordReader.DefaultMaxLineLength && result.Lines.Count != AuditCorpus.SplitLines(content).Count)
                {
                    return false;
                }

                foreach (byte[] line in result.Lines)
                {
                    CheckRecord(line);
                }
            }

            return true;
        }, iter: 3000, seed: Environment.GetEnvironmentVariable("CSCHECK_SEED"));
    }

    [Fact]
    public void Mutated_lines_give_fields_inside_the_line_and_interpretation_never_throws()
    {
        MutatedLine.Sample(line =>
        {
            CheckRecord(line);
            return true;
        }, iter: 20000, seed: Environment.GetEnvironmentVariable("CSCHECK_SEED"));
    }

    // Fields lie inside the line, in order, and interpreting any of them with a small or large buffer neither throws nor
    // writes past what it reports.
    private static void CheckRecord(byte[] line)
    {
        if (!AuditRecord.TryParse(line, out AuditRecord record))
        {
            return;
        }

        Assert.InRange(record.Body.Length + record.Enrichment.Length, 0, line.Length);
        FieldInterpreter.TryParseArch(record.TryGetField("arch"u8, out AuditField archField) ? archField.Value : default, out AuditArch arch);
        Span<byte> small = stackalloc byte[4];
        Span<byte> large = stackalloc byte[128];
        int previousEnd = 0;
        foreach (AuditField field in record.Fields)
        {
            Assert.True(field.Start >= previousEnd && field.End <= line.Length && field.NameLength > 0);
            Assert.True(field.ValueStart > field.Start && field.ValueStart + field.ValueLength <= field.End);
            previousEnd = field.End;
            foreach (AuditField inner in field.Fields)
            {
                Assert.True(inner.Start >= field.ValueStart && inner.End <= field.ValueStart + field.ValueLength);
            }

            OperationStatus status = FieldInterpreter.Interpret(field.Name, field.Value, arch, small, out int written);
            Assert.True(status != OperationStatus.Done || written <= small.Length);
            status = FieldInterpreter.Interpret(field.Name, field.Value, arch, large, out written, SyscallNaming.AuditUserspace);
            Assert.True(status is OperationStatus.Done or OperationStatus.InvalidData && written <= large.Length);
            var hex = new byte[field.ValueLength / 2];
            field.TryDecodeHex(hex, out _);
        }
    }
}
