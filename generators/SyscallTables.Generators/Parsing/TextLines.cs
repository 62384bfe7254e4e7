using System.Collections.Generic;
using SyscallTables.Generators.Model;

namespace SyscallTables.Generators.Parsing;

/// <summary>One physical line of an input file, with the offsets a diagnostic needs.</summary>
internal readonly record struct TextLine(string Path, int Index, int Start, string Text)
{
    /// <summary>The whole line (without its line break) as a location.</summary>
    public SourceLocation Location => new(Path, Start, Text.Length, Index, 0, Text.Length);

    /// <summary>Part of the line as a location.</summary>
    public SourceLocation Span(int column, int length) => new(Path, Start + column, length, Index, column, column + length);

    /// <summary>Splits a file into lines, accepting <c>\n</c>, <c>\r\n</c> and <c>\r</c>.</summary>
    public static IEnumerable<TextLine> Split(string path, string text)
    {
        int index = 0, start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r')
            {
                yield return new TextLine(path, index++, start, text.Substring(start, i - start));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return new TextLine(path, index, start, text.Substring(start));
        }
    }
}

/// <summary>Small character tests shared by the parsers.</summary>
internal static class Chars
{
    public static bool IsIdentifier(string s)
    {
        if (s.Length == 0 || !(IsAsciiLetter(s[0]) || s[0] == '_'))
        {
            return false;
        }

        foreach (char c in s)
        {
            if (!(IsAsciiLetter(c) || IsAsciiDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    public static bool IsBlank(char c) => c is ' ' or '\t';

    /// <summary>Parses a non-negative decimal number that fits an <see cref="int"/>; no sign, no spaces.</summary>
    public static bool TryParseDecimal(string s, out int value)
    {
        value = 0;
        if (s.Length == 0 || s.Length > 10)
        {
            return false;
        }

        long v = 0;
        foreach (char c in s)
        {
            if (!IsAsciiDigit(c))
            {
                return false;
            }

            v = (v * 10) + (c - '0');
        }

        if (v > int.MaxValue)
        {
            return false;
        }

        value = (int)v;
        return true;
    }

    /// <summary>
    /// The blank-separated fields of a row of tables/'s hand-kept data files, where <c>#</c> starts a comment; none for
    /// a blank or comment line.
    /// </summary>
    public static List<(string Text, int Column)> DataFields(string line)
    {
        int hash = line.IndexOf('#');
        string data = hash < 0 ? line : line.Substring(0, hash);
        return data.Trim().Length == 0 ? [] : Fields(data);
    }

    /// <summary>Splits on runs of blanks, returning each field with its column.</summary>
    public static List<(string Text, int Column)> Fields(string line)
    {
        var fields = new List<(string, int)>();
        int i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && IsBlank(line[i]))
            {
                i++;
            }

            int start = i;
            while (i < line.Length && !IsBlank(line[i]))
            {
                i++;
            }

            if (i > start)
            {
                fields.Add((line.Substring(start, i - start), start));
            }
        }

        return fields;
    }
}
