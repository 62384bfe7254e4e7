using System;
using System.Buffers;

namespace SyscallTables.Audit.Values;

/// <summary>
/// Strict number parsing for field values: digits only, the whole value, no sign or spaces. ausearch's
/// <c>strtoul</c> reads garbage as 0 (<c>ogid=abc</c> becomes <c>root</c>); a value that is no number is left as
/// written here instead.
/// </summary>
internal static class ValueNumbers
{
    public static bool TryParseDecimal(ReadOnlySpan<byte> text, out ulong value) => TryParse(text, 10, out value);

    public static bool TryParseOctal(ReadOnlySpan<byte> text, out ulong value) => TryParse(text, 8, out value);

    /// <summary>Hex digits, with or without a <c>0x</c> prefix (the kernel writes <c>code=0x7ffc0000</c> but <c>cap_pp=1ff</c>).</summary>
    public static bool TryParseHex(ReadOnlySpan<byte> text, out ulong value)
    {
        if (text.Length > 2 && text[0] == (byte)'0' && (text[1] | 0x20) == (byte)'x')
        {
            text = text[2..];
        }

        return TryParse(text, 16, out value);
    }

    /// <summary>An unquoted hex value as <c>0x</c> and its digits; InvalidData for anything else.</summary>
    public static OperationStatus WritePrefixedHex(AuditField field, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (field.IsQuoted || field.Value.IsEmpty || !IsHex(field.Value))
        {
            return OperationStatus.InvalidData;
        }

        var text = new InterpretedText(destination);
        text.Append("0x"u8);
        text.Append(field.Value);
        return text.Finish(out bytesWritten);
    }

    public static bool IsHex(ReadOnlySpan<byte> value) => !value.ContainsAnyExcept("0123456789ABCDEFabcdef"u8);

    public static int HexDigit(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        _ => -1,
    };

    private static bool TryParse(ReadOnlySpan<byte> text, uint radix, out ulong value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 22)
        {
            return false;
        }

        foreach (byte c in text)
        {
            int digit = HexDigit(c);
            if (digit < 0 || (uint)digit >= radix || value > (ulong.MaxValue - (uint)digit) / radix)
            {
                return false;
            }

            value = (value * radix) + (uint)digit;
        }

        return true;
    }
}
