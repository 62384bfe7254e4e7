using System;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace SyscallTables;

/// <summary>
/// Text taken from a log or a rules file, made safe to show inside a line of ours (a rule comment, a lint message, an
/// error on stderr). Every value in a log is chosen by someone: any user picks the path of the program they run and
/// the kernel logs it. Written as it is, a newline would end our line and start one of theirs, an escape sequence
/// would drive the terminal, and a bidirectional control would reorder what a reader sees after it.
/// </summary>
/// <remarks>
/// What is escaped: control characters (C0, DEL, C1), format characters (bidirectional controls such as U+202E,
/// zero-width characters), the line and paragraph separators U+2028 and U+2029, UTF-16 halves without their pair, and
/// the backslash itself, so that an escape can always be told from the text. A code point is written <c>\uXXXX</c>
/// (<c>\u202e</c>); a byte below 0x80, or one that is not part of valid UTF-8, <c>\xNN</c> (<c>\x1b</c>, <c>\xff</c>).
/// Everything else, letters of any script included, stays as it is.
/// </remarks>
public static class DisplayText
{
    /// <summary>What a cut excerpt ends with.</summary>
    private const string Ellipsis = "...";

    /// <summary>Whether <paramref name="text"/> holds anything <see cref="Escape(ReadOnlySpan{char})"/> would change.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when some character needs an escape.</returns>
    public static bool NeedsEscaping(ReadOnlySpan<char> text)
    {
        foreach (Rune rune in text.EnumerateRunes())
        {
            if (MustEscape(rune))
            {
                return true;
            }
        }

        // EnumerateRunes gives U+FFFD for a lone surrogate; a real U+FFFD is shown as it is.
        return HasLoneSurrogate(text);
    }

    /// <summary>The text with every unsafe character escaped.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(ReadOnlySpan<char> text) => Append(new StringBuilder(text.Length), text).ToString();

    /// <summary>UTF-8 bytes as text with every unsafe character escaped; a byte that is not valid UTF-8 becomes <c>\xNN</c>.</summary>
    /// <param name="utf8">The bytes.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(ReadOnlySpan<byte> utf8) => Append(new StringBuilder(utf8.Length), utf8).ToString();

    /// <summary>
    /// The text escaped as by <see cref="Escape(ReadOnlySpan{char})"/>, and cut to at most <paramref name="maxLength"/>
    /// characters: a message quotes a short excerpt of a huge value rather than all of it.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="maxLength">
    /// The longest result, at least 3. A longer text is cut at the boundary of a character or an escape and ends with
    /// <c>...</c>; a text that fits is never cut.
    /// </param>
    /// <returns>The escaped excerpt.</returns>
    public static string Excerpt(ReadOnlySpan<char> text, int maxLength) =>
        AppendCore(new StringBuilder(Math.Min(text.Length, maxLength)), text, maxLength).ToString();

    /// <summary>UTF-8 bytes escaped as by <see cref="Escape(ReadOnlySpan{byte})"/> and cut as by <see cref="Excerpt(ReadOnlySpan{char}, int)"/>.</summary>
    /// <param name="utf8">The bytes.</param>
    /// <param name="maxLength">The longest result, at least 3.</param>
    /// <returns>The escaped excerpt.</returns>
    public static string Excerpt(ReadOnlySpan<byte> utf8, int maxLength) =>
        AppendCore(new StringBuilder(Math.Min(utf8.Length, maxLength)), utf8, maxLength).ToString();

    /// <summary>Appends <paramref name="text"/> escaped.</summary>
    /// <param name="builder">Where the text goes.</param>
    /// <param name="text">The text.</param>
    /// <returns><paramref name="builder"/>.</returns>
    public static StringBuilder Append(StringBuilder builder, ReadOnlySpan<char> text) => AppendCore(builder, text, int.MaxValue);

    /// <summary>Appends UTF-8 bytes escaped; a byte that is not valid UTF-8 is written <c>\xNN</c>.</summary>
    /// <param name="builder">Where the text goes.</param>
    /// <param name="utf8">The bytes.</param>
    /// <returns><paramref name="builder"/>.</returns>
    public static StringBuilder Append(StringBuilder builder, ReadOnlySpan<byte> utf8) => AppendCore(builder, utf8, int.MaxValue);

    private static StringBuilder AppendCore(StringBuilder builder, ReadOnlySpan<char> text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, Ellipsis.Length);
        var limit = new Limit(builder, maxLength);
        int i = 0;
        while (i < text.Length)
        {
            if (Rune.DecodeFromUtf16(text[i..], out Rune rune, out int used) != OperationStatus.Done)
            {
                // A lone surrogate: no character, so it is shown by its code unit.
                if (!limit.TryAdd(CodePoint(text[i])))
                {
                    break;
                }

                i++;
                continue;
            }

            if (!limit.TryAdd(MustEscape(rune) ? CodePoint(rune.Value) : text.Slice(i, used)))
            {
                break;
            }

            i += used;
        }

        return limit.Finish(i < text.Length);
    }

    private static StringBuilder AppendCore(StringBuilder builder, ReadOnlySpan<byte> utf8, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, Ellipsis.Length);
        var limit = new Limit(builder, maxLength);
        Span<char> chars = stackalloc char[2];
        int i = 0;
        while (i < utf8.Length)
        {
            bool added;
            if (Rune.DecodeFromUtf8(utf8[i..], out Rune rune, out int used) != OperationStatus.Done)
            {
                added = limit.TryAdd(Byte(utf8[i]));
                used = 1;
            }
            else if (MustEscape(rune))
            {
                added = limit.TryAdd(rune.Value < 0x80 ? Byte((byte)rune.Value) : CodePoint(rune.Value));
            }
            else
            {
                added = limit.TryAdd(chars[..rune.EncodeToUtf16(chars)]);
            }

            if (!added)
            {
                break;
            }

            i += used;
        }

        return limit.Finish(i < utf8.Length);
    }

    private static bool MustEscape(Rune rune) =>
        rune.Value == '\\' || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate;

    // Below 0x80 a code point is also a byte, and "\x1b" is how people know ESC; above, "\u202e".
    private static string CodePoint(int value) => value < 0x80
        ? Byte((byte)value)
        : value == '\\' ? @"\\" : value <= 0xFFFF
            ? string.Create(CultureInfo.InvariantCulture, $"\\u{value:x4}")
            : string.Create(CultureInfo.InvariantCulture, $"\\U{value:x8}");

    private static string Byte(byte value) => value == '\\' ? @"\\" : string.Create(CultureInfo.InvariantCulture, $"\\x{value:x2}");

    private static bool HasLoneSurrogate(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds pieces to a builder until they pass the limit; then the text is cut back to the last piece boundary that
    /// leaves room for the ellipsis. A text that fits exactly is never cut.
    /// </summary>
    private ref struct Limit(StringBuilder builder, int maxLength)
    {
        private readonly int _start = builder.Length;
        private int _lastWithRoom = builder.Length;

        public bool TryAdd(scoped ReadOnlySpan<char> piece)
        {
            if ((long)builder.Length - _start + piece.Length > maxLength)
            {
                builder.Length = _lastWithRoom;
                return false;
            }

            builder.Append(piece);
            if (builder.Length - _start <= maxLength - Ellipsis.Length)
            {
                _lastWithRoom = builder.Length;
            }

            return true;
        }

        public readonly StringBuilder Finish(bool cut) => cut ? builder.Append(Ellipsis) : builder;
    }
}
