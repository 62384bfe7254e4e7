using System.Text;

namespace SyscallTables.Tests;

/// <summary>
/// Hostile text from a log or a rules file shown inside a line of ours: nothing in it may end the line, drive the
/// terminal or reorder what a reader sees, and every escape must be tellable from the text.
/// </summary>
public sealed class DisplayTextTests
{
    [Theory]
    [InlineData("/usr/bin/mkdir", "/usr/bin/mkdir")]
    [InlineData("/opt/x\n-D", "/opt/x\\x0a-D")]
    [InlineData("a\rb\tc\0d", "a\\x0db\\x09c\\x00d")]
    [InlineData("\u001b[31mred\u001b[0m", "\\x1b[31mred\\x1b[0m")]
    [InlineData("del\u007f", "del\\x7f")]
    [InlineData("c1\u0085\u009b", "c1\\u0085\\u009b")]
    [InlineData("/tmp/\u202egpj.exe", "/tmp/\\u202egpj.exe")]
    [InlineData("iso\u2066x\u2069", "iso\\u2066x\\u2069")]
    [InlineData("line\u2028para\u2029", "line\\u2028para\\u2029")]
    [InlineData("zero\u200bwidth\ufeff", "zero\\u200bwidth\\ufeff")]
    [InlineData("C:\\x1b", "C:\\\\x1b")]
    [InlineData("/home/jürgen/日本/🐧", "/home/jürgen/日本/🐧")]
    public void Unsafe_characters_are_escaped_and_others_kept(string text, string expected)
    {
        Assert.Equal(expected, DisplayText.Escape(text));
        Assert.Equal(expected, DisplayText.Escape(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(expected != text, DisplayText.NeedsEscaping(text));
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_are_written_as_bytes()
    {
        byte[] bytes = [(byte)'/', 0xff, 0xc3, (byte)'x', 0xe2, 0x80, 0xae, 0xed, 0xa0, 0x80];
        Assert.Equal("/\\xff\\xc3x\\u202e\\xed\\xa0\\x80", DisplayText.Escape(bytes));
    }

    [Fact]
    public void A_lone_surrogate_is_written_by_its_code_unit()
    {
        Assert.Equal("a\\ud800b", DisplayText.Escape("a\ud800b"));
        Assert.True(DisplayText.NeedsEscaping("a\udc00"));
        Assert.False(DisplayText.NeedsEscaping("\ufffd"));
    }

    [Fact]
    public void An_escaped_text_has_no_character_that_needs_escaping()
    {
        var random = new Random(12);
        for (int round = 0; round < 2000; round++)
        {
            byte[] bytes = new byte[random.Next(0, 40)];
            random.NextBytes(bytes);
            string escaped = DisplayText.Escape(bytes);
            Assert.False(DisplayText.NeedsEscaping(escaped.Replace("\\", "", StringComparison.Ordinal)), escaped);
            Assert.DoesNotContain('\n', escaped);
        }
    }

    [Fact]
    public void An_excerpt_is_cut_at_an_escape_boundary_and_says_so()
    {
        Assert.Equal("abcdefghij", DisplayText.Excerpt("abcdefghij", 10));
        Assert.Equal("abcdefg...", DisplayText.Excerpt("abcdefghijk", 10));
        Assert.Equal("ab\\x1b...", DisplayText.Excerpt("ab\u001b\u001b\u001b", 10));
        Assert.Equal("ab...", DisplayText.Excerpt("ab\u001b\u001b\u001b", 8));

        string huge = new('A', 300_000_000 / 1000);
        Assert.Equal(80, DisplayText.Excerpt(huge, 80).Length);
        Assert.EndsWith("...", DisplayText.Excerpt(Encoding.UTF8.GetBytes(huge), 80), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => DisplayText.Excerpt("abc", 2));
    }
}
