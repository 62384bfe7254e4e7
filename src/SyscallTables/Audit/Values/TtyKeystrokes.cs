using System;
using System.Buffers;

namespace SyscallTables.Audit.Values;

/// <summary>
/// What a user typed, from TTY and USER_TTY records' <c>data=</c> (hex): runs of ordinary characters in double quotes
/// and keys by name between angle brackets, comma-separated, as ausearch shows them
/// (<c>"rpm -qa | grep syslog",&lt;ret&gt;</c>). Key names follow the xterm/VT100 sequences ausearch knows: control
/// characters as <c>^C</c> (tab, nl and ret by name), <c>backspace</c> for DEL, arrows, F1-F12 and a lone <c>esc</c>.
/// Inside quotes, bytes outside printable ASCII are octal escapes and <c>\</c> and <c>"</c> are escaped.
/// </summary>
internal static class TtyKeystrokes
{
    private const byte Escape = 0x1B;

    public static OperationStatus Write(AuditField field, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        ReadOnlySpan<byte> hex = field.Value;
        if (field.IsQuoted || hex.Length < 2 || (hex.Length & 1) != 0 || !ValueNumbers.IsHex(hex))
        {
            return OperationStatus.InvalidData;
        }

        // The decoded keystrokes are at most half the hex; a record holds at most a few kilobytes of them.
        byte[]? rented = null;
        Span<byte> keys = hex.Length <= 1024 ? stackalloc byte[512] : (rented = ArrayPool<byte>.Shared.Rent(hex.Length / 2));
        try
        {
            keys = keys[..(hex.Length / 2)];
            for (int i = 0; i < keys.Length; i++)
            {
                keys[i] = (byte)((ValueNumbers.HexDigit(hex[2 * i]) << 4) | ValueNumbers.HexDigit(hex[(2 * i) + 1]));
            }

            return WriteKeys(keys, destination, out bytesWritten);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static OperationStatus WriteKeys(ReadOnlySpan<byte> keys, Span<byte> destination, out int bytesWritten)
    {
        var text = new InterpretedText(destination);
        bool quoted = false;
        int position = 0;
        while (position < keys.Length)
        {
            ReadOnlySpan<byte> name = NamedKey(keys[position..], out int length);
            if (!name.IsEmpty)
            {
                if (quoted)
                {
                    text.Append((byte)'"');
                    quoted = false;
                }

                if (text.Length > 0)
                {
                    text.Append((byte)',');
                }

                text.Append((byte)'<');
                text.Append(name);
                text.Append((byte)'>');
                position += length;
                continue;
            }

            if (!quoted)
            {
                if (text.Length > 0)
                {
                    text.Append((byte)',');
                }

                text.Append((byte)'"');
                quoted = true;
            }

            AppendQuotedByte(ref text, keys[position]);
            position++;
        }

        if (quoted)
        {
            text.Append((byte)'"');
        }

        return text.Finish(out bytesWritten);
    }

    private static void AppendQuotedByte(ref InterpretedText text, byte c)
    {
        if (c is < 0x20 or > 0x7E)
        {
            text.Append((byte)'\\');
            text.Append((byte)('0' + ((c >> 6) & 7)));
            text.Append((byte)('0' + ((c >> 3) & 7)));
            text.Append((byte)('0' + (c & 7)));
            return;
        }

        if (c is (byte)'\\' or (byte)'"')
        {
            text.Append((byte)'\\');
        }

        text.Append(c);
    }

    // The key a byte sequence starts with, if it names one; the longest escape sequences are tried before a lone ESC.
    private static ReadOnlySpan<byte> NamedKey(ReadOnlySpan<byte> keys, out int length)
    {
        length = 1;
        byte first = keys[0];
        switch (first)
        {
            case (byte)'\t':
                return "tab"u8;
            case (byte)'\n':
                return "nl"u8;
            case (byte)'\r':
                return "ret"u8;
            case >= 0x01 and <= 0x1A:
                return ControlName(first);
            case 0x7F:
                return "backspace"u8;
            case Escape:
                ReadOnlySpan<byte> name = EscapeSequence(keys, out length);
                if (!name.IsEmpty)
                {
                    return name;
                }

                length = 1;
                return "esc"u8;
            default:
                return default;
        }
    }

    private static ReadOnlySpan<byte> ControlName(byte c) => c switch
    {
        0x01 => "^A"u8, 0x02 => "^B"u8, 0x03 => "^C"u8, 0x04 => "^D"u8, 0x05 => "^E"u8, 0x06 => "^F"u8,
        0x07 => "^G"u8, 0x08 => "^H"u8, 0x0B => "^K"u8, 0x0C => "^L"u8, 0x0E => "^N"u8, 0x0F => "^O"u8,
        0x10 => "^P"u8, 0x11 => "^Q"u8, 0x12 => "^R"u8, 0x13 => "^S"u8, 0x14 => "^T"u8, 0x15 => "^U"u8,
        0x16 => "^V"u8, 0x17 => "^W"u8, 0x18 => "^X"u8, 0x19 => "^Y"u8, 0x1A => "^Z"u8,
        _ => default,
    };

    private static ReadOnlySpan<byte> EscapeSequence(ReadOnlySpan<byte> keys, out int length)
    {
        ReadOnlySpan<byte> rest = keys[1..];
        length = 3;
        if (rest.StartsWith("[A"u8)) return "up"u8;
        if (rest.StartsWith("[B"u8)) return "down"u8;
        if (rest.StartsWith("[C"u8)) return "right"u8;
        if (rest.StartsWith("[D"u8)) return "left"u8;
        if (rest.StartsWith("OP"u8)) return "F1"u8;
        if (rest.StartsWith("OQ"u8)) return "F2"u8;
        if (rest.StartsWith("OR"u8)) return "F3"u8;
        if (rest.StartsWith("OS"u8)) return "F4"u8;
        length = 5;
        if (rest.StartsWith("[15~"u8)) return "F5"u8;
        if (rest.StartsWith("[17~"u8)) return "F6"u8;
        if (rest.StartsWith("[18~"u8)) return "F7"u8;
        if (rest.StartsWith("[19~"u8)) return "F8"u8;
        if (rest.StartsWith("[20~"u8)) return "F9"u8;
        if (rest.StartsWith("[21~"u8)) return "F10"u8;
        if (rest.StartsWith("[23~"u8)) return "F11"u8;
        if (rest.StartsWith("[24~"u8)) return "F12"u8;
        length = 0;
        return default;
    }
}
