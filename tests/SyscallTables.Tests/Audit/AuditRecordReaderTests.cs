using System.Text;
using SyscallTables.Audit;

namespace SyscallTables.Tests.Audit;

/// <summary>
/// The reader returns every line of its input, byte for byte, whatever the input: records and pass-through lines
/// together reproduce the file exactly.
/// </summary>
public sealed class AuditRecordReaderTests
{
    /// <summary>What a reader returned: the lines, whether each ended with '\n', and how many were records.</summary>
    internal sealed record ReadResult(List<byte[]> Lines, List<bool> EndsWithNewline, int Records, byte[] Reassembled);

    internal static ReadResult ReadAll(Stream stream, int maxLineLength = AuditRecordReader.DefaultMaxLineLength)
    {
        var lines = new List<byte[]>();
        var newlines = new List<bool>();
        var reassembled = new MemoryStream();
        int records = 0;
        using var reader = new AuditRecordReader(stream, leaveOpen: false, maxLineLength);
        while (reader.Read())
        {
            AuditLine line = reader.Current;
            Assert.Equal(lines.Count + 1, line.Number);
            lines.Add(line.Bytes.ToArray());
            newlines.Add(line.EndsWithNewline);
            reassembled.Write(line.Bytes);
            if (line.EndsWithNewline)
            {
                reassembled.WriteByte((byte)'\n');
            }

            if (line.IsRecord)
            {
                records++;
                Assert.True(line.Record.Line.SequenceEqual(line.Bytes));
                foreach (AuditField field in line.Record.Fields)
                {
                    Assert.False(field.Name.IsEmpty);
                }
            }
        }

        Assert.Equal(lines.Count, reader.LineCount);
        Assert.False(reader.Read());
        return new ReadResult(lines, newlines, records, reassembled.ToArray());
    }

    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        if (AuditCorpus.Directory is { } directory)
        {
            foreach (string file in AuditCorpus.Files(directory))
            {
                data.Add(file);
            }
        }
        else
        {
            data.Add("(corpus absent)");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Every_corpus_file_is_read_whole(string relativePath)
    {
        string path = AuditCorpus.File(relativePath);
        byte[] content = File.ReadAllBytes(path);
        List<byte[]> expected = AuditCorpus.SplitLines(content);

        ReadResult result = ReadAll(new MemoryStream(content));

        Assert.Equal(expected.Count, result.Lines.Count);
        Assert.Equal(content, result.Reassembled);

        // Every line with a well-formed audit header is a record (the header check here is independent of the reader).
        int headers = expected.Count(l => HasAuditHeader(Encoding.Latin1.GetString(l)));
        Assert.Equal(headers, result.Records);
    }

    private static bool HasAuditHeader(string line) =>
        System.Text.RegularExpressions.Regex.IsMatch(line, @"(^| )type=[^ \x1d]{1,64} +msg=audit\(\d+\.\d+:\d+\)");

    [Fact]
    public void All_corpus_records_are_counted_once()
    {
        string directory = AuditCorpus.RequireDirectory();
        int lines = 0, records = 0, passThrough = 0;
        foreach (string file in AuditCorpus.Files(directory))
        {
            ReadResult result = ReadAll(File.OpenRead(Path.Combine(directory, file)));
            lines += AuditCorpus.SplitLines(File.ReadAllBytes(Path.Combine(directory, file))).Count;
            records += result.Records;
            passThrough += result.Lines.Count - result.Records;
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"corpus: {lines} lines = {records} records + {passThrough} pass-through");
        Assert.Equal(lines, records + passThrough);
        Assert.True(records > lines * 9 / 10, $"only {records} of {lines} lines read as records");
    }

    [Fact]
    public void Truncated_last_line_is_returned_without_newline()
    {
        byte[] content = "type=EOE msg=audit(1.2:3): \ntype=SYSCALL msg=audit(1.2:4): arch=c000003e sysc"u8.ToArray();

        ReadResult result = ReadAll(new MemoryStream(content));

        Assert.Equal(2, result.Lines.Count);
        Assert.Equal([true, false], result.EndsWithNewline);
        Assert.Equal(2, result.Records);
        Assert.Equal(content, result.Reassembled);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("\n\n\n")]
    [InlineData("x")]
    [InlineData("\r\n\r\n")]
    public void Degenerate_inputs_keep_every_line(string text)
    {
        byte[] content = Encoding.UTF8.GetBytes(text);

        ReadResult result = ReadAll(new MemoryStream(content));

        Assert.Equal(AuditCorpus.SplitLines(content).Count, result.Lines.Count);
        Assert.Equal(content, result.Reassembled);
    }

    [Fact]
    public void Twenty_megabyte_record_comes_in_pieces_that_are_not_records_between_ordinary_ones()
    {
        const int Size = 20 * 1024 * 1024;
        var content = new MemoryStream();
        content.Write("type=EOE msg=audit(1.2:1): \n"u8);
        content.Write("type=EXECVE msg=audit(1.2:2): argc=1 a0="u8);
        for (int i = 0; i < Size / 16; i++)
        {
            content.Write("0123456789ABCDEF"u8);
        }

        content.Write("\ntype=EOE msg=audit(1.2:3): \n"u8);
        byte[] bytes = content.ToArray();

        // A stream that hands out small pieces, as a pipe does, so the buffer has to grow while the line is open.
        ReadResult result = ReadAll(new TrickleStream(bytes, 4096));

        int pieces = (bytes.Length - 56 + AuditRecordReader.DefaultMaxLineLength - 1) / AuditRecordReader.DefaultMaxLineLength;
        Assert.Equal(pieces + 2, result.Lines.Count);
        Assert.Equal(2, result.Records);
        Assert.All(result.Lines.Skip(1).Take(pieces), line => Assert.InRange(line.Length, 1, AuditRecordReader.DefaultMaxLineLength));
        Assert.Equal(bytes, result.Reassembled);
    }

    [Fact]
    public void Pieces_are_marked_and_never_records_even_where_a_header_starts_a_piece()
    {
        // The second piece of the long line starts with a header of its own; the line after it is a record again.
        string header = "type=SYSCALL msg=audit(1.2:3): arch=c000003e syscall=83 exe=\"/x\"";
        const string Start = "type=PATH msg=audit(1.2:3): name=\"";
        string line = Start + new string('a', 100 - Start.Length) + header + "\"\n";
        byte[] content = Encoding.ASCII.GetBytes(line + header + "\n");

        var pieces = new List<(bool IsPiece, bool IsRecord, bool EndsWithNewline)>();
        using (var reader = new AuditRecordReader(new TrickleStream(content, 5), leaveOpen: false, maxLineLength: 100))
        {
            while (reader.Read())
            {
                AuditLine current = reader.Current;
                pieces.Add((current.IsPiece, current.IsRecord, current.EndsWithNewline));
            }
        }

        Assert.Equal([(true, false, false), (true, false, true), (false, true, true)], pieces);
    }

    [Fact]
    public void Line_of_exactly_the_maximum_is_whole_however_it_arrives()
    {
        string record = "type=EOE msg=audit(1.2:3): " + new string('x', 73);
        Assert.Equal(100, record.Length);
        byte[] content = Encoding.ASCII.GetBytes(record + "\n" + record);

        foreach (int pieceSize in new[] { 1, 7, 100, 101, 4096 })
        {
            ReadResult result = ReadAll(new TrickleStream(content, pieceSize), maxLineLength: 100);

            Assert.Equal(2, result.Lines.Count);
            Assert.Equal(2, result.Records);
            Assert.Equal(content, result.Reassembled);
        }
    }

    [Fact]
    public void Line_longer_than_the_maximum_comes_in_pieces_and_nothing_is_lost()
    {
        byte[] content = Encoding.ASCII.GetBytes("short\n" + new string('x', 250) + "\nafter\n" + new string('y', 100));

        ReadResult result = ReadAll(new TrickleStream(content, 7), maxLineLength: 100);

        Assert.Equal(["short", new string('x', 100), new string('x', 100), new string('x', 50), "after", new string('y', 100)],
            result.Lines.Select(Encoding.ASCII.GetString));
        Assert.Equal([true, false, false, true, true, false], result.EndsWithNewline);
        Assert.Equal(content, result.Reassembled);
    }

    [Fact]
    public void Reading_records_and_their_fields_allocates_nothing_per_line()
    {
        string directory = AuditCorpus.RequireDirectory();
        byte[] content = File.ReadAllBytes(Path.Combine(directory, "selinux-userspace/python/sepolgen/tests/test_data/httpd.log"));

        // Warm up: JIT and the pool's first rent are not per-line costs.
        long checksum = ReadFields(content);
        Assert.Equal(checksum, ReadFields(content));

        long before = GC.GetAllocatedBytesForCurrentThread();
        long again = ReadFields(content);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(checksum, again);
        int lines = AuditCorpus.SplitLines(content).Count;
        TestContext.Current.TestOutputHelper?.WriteLine($"{lines} lines, {content.Length} bytes: {allocated} bytes allocated");

        // The reader object, its stream wrapper and nothing that grows with the number of lines.
        Assert.True(allocated < 1024, $"{allocated} bytes allocated for {lines} lines");
    }

    // Sums what the reader found so that the loop has a result to check and cannot be optimised to nothing.
    private static long ReadFields(byte[] content)
    {
        long sum = 0;
        using var reader = new AuditRecordReader(new MemoryStream(content, writable: false));
        while (reader.Read())
        {
            AuditLine line = reader.Current;
            if (!line.IsRecord)
            {
                sum += 1_000_000;
                continue;
            }

            AuditRecord record = line.Record;
            sum += (long)record.Serial + record.Milliseconds + record.Type.Length + record.Node.Length;
            foreach (AuditField field in record.Fields)
            {
                sum += field.NameLength + field.ValueLength;
                foreach (AuditField inner in field.Fields)
                {
                    sum += inner.ValueLength;
                }
            }
        }

        return sum;
    }

    /// <summary>A read-only stream that returns at most a few bytes per read.</summary>
    internal sealed class TrickleStream(byte[] content, int pieceSize) : Stream
    {
        private int _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => content.Length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = Math.Min(Math.Min(count, pieceSize), content.Length - _position);
            Array.Copy(content, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
