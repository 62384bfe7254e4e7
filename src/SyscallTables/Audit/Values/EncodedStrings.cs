using System;
using System.Buffers;

namespace SyscallTables.Audit.Values;

/// <summary>
/// Strings the kernel writes either in double quotes or, when they hold a space, a quote or a control byte, as hex
/// (<c>name="/etc/passwd"</c>, <c>proctitle=2F62696E2F7368002D63</c>). ausearch prints the text, with control bytes
/// shown as octal escapes (<c>\012</c>); so does this.
/// </summary>
internal static class EncodedStrings
{
    /// <summary>What terminates or separates the decoded text.</summary>
    private enum Shape
    {
        /// <summary>A C string: the text ends at the first NUL.</summary>
        Plain,

        /// <summary>A process title: argv joined by NULs, which are shown as spaces.</summary>
        ProcessTitle,

        /// <summary>A rule key: several keys are joined by 0x01, shown by ausearch as <c>key=a key=b</c>.</summary>
        Key,
    }

    // AUDIT_KEY_SEPARATOR in libaudit.h.
    private const byte KeySeparator = 0x01;

    public static OperationStatus WriteText(AuditField field, Span<byte> destination, out int bytesWritten) =>
        Write(field, Shape.Plain, destination, out bytesWritten);

    public static OperationStatus WriteProcessTitle(AuditField field, Span<byte> destination, out int bytesWritten) =>
        Write(field, Shape.ProcessTitle, destination, out bytesWritten);

    public static OperationStatus WriteKey(AuditField field, Span<byte> destination, out int bytesWritten) =>
        Write(field, Shape.Key, destination, out bytesWritten);

    private static OperationStatus Write(AuditField field, Shape shape, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        ReadOnlySpan<byte> value = field.Value;
        var text = new InterpretedText(destination);
        if (field.Quoting == AuditQuoting.Double)
        {
            foreach (byte c in value)
            {
                text.AppendEscaped(c);
            }

            return text.Finish(out bytesWritten);
        }

        if (field.Quoting != AuditQuoting.None)
        {
            return OperationStatus.InvalidData;
        }

        // A parenthesised word is a placeholder ((null), (none)), never hex; ausearch shows it up to its ')', which
        // also cuts off what a damaged line glued to it (key=(null)ARCH=x86_64 with the ENRICHED separator lost).
        if (value.Length > 0 && value[0] == (byte)'(')
        {
            int close = value.IndexOf((byte)')');
            if (close < 0 || close == value.Length - 1)
            {
                return OperationStatus.InvalidData;
            }

            text.Append(value[..(close + 1)]);
            return text.Finish(out bytesWritten);
        }

        // A unix socket's abstract name comes as 00 then the name; ausearch drops the leading NUL.
        if (shape == Shape.Plain && value.Length > 2 && value[0] == (byte)'0' && value[1] == (byte)'0')
        {
            value = value[2..];
        }

        if (value.Length < 2 || (value.Length & 1) != 0 || !ValueNumbers.IsHex(value))
        {
            return OperationStatus.InvalidData;
        }

        for (int i = 0; i < value.Length; i += 2)
        {
            byte c = (byte)((ValueNumbers.HexDigit(value[i]) << 4) | ValueNumbers.HexDigit(value[i + 1]));
            switch (shape)
            {
                case Shape.Plain when c == 0:
                    return text.Finish(out bytesWritten);
                case Shape.ProcessTitle when c == 0:
                    text.Append((byte)' ');
                    break;
                case Shape.Key when c == KeySeparator:
                    text.Append(" key="u8);
                    break;
                case Shape.Key when c == 0:
                    return text.Finish(out bytesWritten);
                default:
                    text.AppendEscaped(c);
                    break;
            }
        }

        return text.Finish(out bytesWritten);
    }
}
