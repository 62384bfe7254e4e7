using System;
using System.Collections.Generic;
using System.Text;

namespace SyscallTables.Rules;

/// <summary>
/// How auditctl 3.0.9 turns a line of a rules file into arguments (auditctl.c: fileopt, preprocess, postprocess and
/// audit_strsplit), and how libaudit reads numbers in them (C's <c>strtoul</c>/<c>strtol</c> with base 0). Everything
/// works on bytes: a rules file may hold any.
/// </summary>
internal static class AuditctlText
{
    // preprocess marks "\ " and "\\" with a pair of these bytes; postprocess turns each pair back into ' ' or '\'.
    private const byte SpaceMark = 0x07;
    private const byte BackslashMark = 0x04;

    /// <summary>Whether auditctl skips the line: nothing but spaces (a tab is not a space to it).</summary>
    public static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept((byte)' ') < 0;

    /// <summary>
    /// The line's arguments as auditctl hands them to getopt. Only a space separates arguments: a tab or CR stays part
    /// of one. "\ " is a space inside an argument and "\\" a backslash, except in the first argument, which auditctl
    /// leaves marked. auditctl makes room for length/3 + 1 arguments only and silently drops the rest
    /// (<paramref name="dropped"/>), which only a line of many one-letter arguments reaches.
    /// </summary>
    public static List<byte[]> Split(ReadOnlySpan<byte> line, out int dropped)
    {
        byte[] text = line.ToArray();
        Preprocess(text);
        int room = text.Length / 3 + 1;
        var args = new List<byte[]>();
        dropped = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == ' ')
            {
                i++;
                continue;
            }

            int end = Array.IndexOf(text, (byte)' ', i);
            end = end < 0 ? text.Length : end;
            if (args.Count == room)
            {
                dropped++;
            }
            else
            {
                ReadOnlySpan<byte> arg = text.AsSpan(i, end - i);
                args.Add(args.Count == 0 ? arg.ToArray() : Postprocess(arg));
            }

            i = end;
        }

        return args;
    }

    private static void Preprocess(byte[] text)
    {
        bool escaped = false;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && !escaped)
            {
                escaped = true;
                continue;
            }

            if (escaped && text[i] is (byte)' ' or (byte)'\\')
            {
                text[i - 1] = text[i] = text[i] == ' ' ? SpaceMark : BackslashMark;
            }

            escaped = false;
        }
    }

    // Each mark byte stands for a pair: it becomes one character and the byte after it is skipped. A mark byte written
    // into the file does the same (and swallows whatever follows it).
    private static byte[] Postprocess(ReadOnlySpan<byte> arg)
    {
        var result = new byte[arg.Length];
        int length = 0;
        for (int i = 0; i < arg.Length; i++)
        {
            byte b = arg[i];
            result[length++] = b == SpaceMark ? (byte)' ' : b == BackslashMark ? (byte)'\\' : b;
            if (b is SpaceMark or BackslashMark)
            {
                i++;
            }
        }

        return result.AsSpan(0, length).ToArray();
    }

    /// <summary>C's <c>isdigit</c> of the first byte.</summary>
    public static bool StartsWithDigit(ReadOnlySpan<byte> value) => value.Length > 0 && char.IsAsciiDigit((char)value[0]);

    /// <summary>Whether libaudit reads the value as a negative number: '-' and a digit.</summary>
    public static bool StartsWithNegativeNumber(ReadOnlySpan<byte> value) => value.Length >= 2 && value[0] == '-' && char.IsAsciiDigit((char)value[1]);

    /// <summary>
    /// <c>strtoul(value, NULL, base)</c> on a 64-bit machine: optional spaces and sign, "0x" for hex and a leading 0 for
    /// octal under base 0, digits as far as they go; a value past 64 bits is ULONG_MAX.
    /// </summary>
    /// <param name="value">The text.</param>
    /// <param name="numberBase">0 (C's choice by prefix), 10 or 16.</param>
    /// <param name="used">How many bytes were read; 0 when no digit was.</param>
    /// <param name="overflow">Whether the digits went past 64 bits.</param>
    /// <returns>The number (negated modulo 2^64 after a '-', as strtoul does).</returns>
    public static ulong ParseUnsigned(ReadOnlySpan<byte> value, int numberBase, out int used, out bool overflow)
    {
        ulong magnitude = ParseMagnitude(value, numberBase, out used, out overflow, out bool negative);
        return overflow ? ulong.MaxValue : negative ? unchecked(0 - magnitude) : magnitude;
    }

    /// <summary><c>strtol(value, NULL, base)</c> on a 64-bit machine: as <see cref="ParseUnsigned"/>, clamped to long's range.</summary>
    public static long ParseSigned(ReadOnlySpan<byte> value, int numberBase, out int used, out bool overflow)
    {
        ulong magnitude = ParseMagnitude(value, numberBase, out used, out overflow, out bool negative);
        if (negative)
        {
            overflow |= magnitude > 1UL << 63;
            return overflow ? long.MinValue : unchecked(-(long)magnitude);
        }

        overflow |= magnitude > long.MaxValue;
        return overflow ? long.MaxValue : (long)magnitude;
    }

    private static ulong ParseMagnitude(ReadOnlySpan<byte> value, int numberBase, out int used, out bool overflow, out bool negative)
    {
        int i = 0;
        while (i < value.Length && value[i] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\v' or (byte)'\f' or (byte)'\r')
        {
            i++;
        }

        negative = i < value.Length && value[i] == '-';
        if (i < value.Length && value[i] is (byte)'-' or (byte)'+')
        {
            i++;
        }

        if (numberBase is 0 or 16 && i + 2 < value.Length && value[i] == '0' && value[i + 1] is (byte)'x' or (byte)'X'
            && char.IsAsciiHexDigit((char)value[i + 2]))
        {
            i += 2;
            numberBase = 16;
        }
        else if (numberBase == 0)
        {
            numberBase = i < value.Length && value[i] == '0' ? 8 : 10;
        }

        ulong result = 0;
        overflow = false;
        int start = i;
        for (; i < value.Length; i++)
        {
            int digit = DigitValue(value[i]);
            if (digit < 0 || digit >= numberBase)
            {
                break;
            }

            if (result > (ulong.MaxValue - (ulong)digit) / (ulong)numberBase)
            {
                overflow = true;
            }

            result = unchecked((result * (ulong)numberBase) + (ulong)digit);
        }

        used = i > start ? i : 0;
        return result;
    }

    private static int DigitValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'z' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'Z' => b - 'A' + 10,
        _ => -1,
    };

    /// <summary>The value's bytes one char per byte: exact for any bytes, for comparing values as the kernel does.</summary>
    public static string Exact(ReadOnlySpan<byte> value) => Encoding.Latin1.GetString(value);

    /// <summary>
    /// The value as text for looking names up (syscalls, fields, errnos): ASCII letters lowered as libaudit's tables do,
    /// and <see langword="null"/> when it holds anything but ASCII, which no name does.
    /// </summary>
    public static string? LookupName(ReadOnlySpan<byte> value) =>
        Ascii.IsValid(value) ? Encoding.ASCII.GetString(value).ToLowerInvariant() : null;
}
