using System;
using System.Buffers;

namespace SyscallTables.Audit;

/// <summary>
/// Builds one field's interpretation as UTF-8 in the caller's span (argument decoders and value writers alike).
/// Appends past the end set <see cref="Overflowed"/> instead of throwing, so an interpretation is written in one pass
/// and reports <see cref="OperationStatus.DestinationTooSmall"/> at the end instead of checking every append.
/// </summary>
internal ref struct InterpretedText
{
    private readonly Span<byte> _destination;
    private int _length;
    private bool _overflowed;

    public InterpretedText(Span<byte> destination)
    {
        _destination = destination;
        _length = 0;
        _overflowed = false;
    }

    public readonly int Length => _length;

    public readonly bool Overflowed => _overflowed;

    public readonly bool IsEmpty => _length == 0;

    public void Append(scoped ReadOnlySpan<byte> text)
    {
        if (_overflowed || !text.TryCopyTo(_destination[_length..]))
        {
            _overflowed = true;
            return;
        }

        _length += text.Length;
    }

    public void Append(byte value)
    {
        if (_overflowed || _length >= _destination.Length)
        {
            _overflowed = true;
            return;
        }

        _destination[_length++] = value;
    }

    /// <summary>Appends <paramref name="text"/>, preceded by <paramref name="separator"/> unless it is the first item.</summary>
    public void AppendItem(scoped ReadOnlySpan<byte> text, byte separator)
    {
        if (_length > 0)
        {
            Append(separator);
        }

        Append(text);
    }

    /// <summary>Appends <c>prefix(0xRAW)</c>: ausearch's form for a value its table lacks.</summary>
    public void AppendUnknown(scoped ReadOnlySpan<byte> prefix, scoped ReadOnlySpan<byte> raw, bool hexPrefix = true)
    {
        Append(prefix);
        Append((byte)'(');
        if (hexPrefix)
        {
            Append("0x"u8);
        }

        Append(raw);
        Append((byte)')');
    }

    public void AppendDecimal(long value)
    {
        if (value < 0)
        {
            Append((byte)'-');
            AppendDecimal((ulong)-(value + 1) + 1);
            return;
        }

        AppendDecimal((ulong)value);
    }

    public void AppendDecimal(ulong value)
    {
        Span<byte> digits = stackalloc byte[20];
        int start = digits.Length;
        do
        {
            digits[--start] = (byte)('0' + (value % 10));
            value /= 10;
        }
        while (value != 0);

        Append(digits[start..]);
    }

    /// <summary>Octal with at least <paramref name="minimumDigits"/> digits, as C's <c>%03o</c>.</summary>
    public void AppendOctal(uint value, int minimumDigits)
    {
        Span<byte> digits = stackalloc byte[11];
        int start = digits.Length;
        do
        {
            digits[--start] = (byte)('0' + (value & 7));
            value >>= 3;
        }
        while (value != 0);

        while (digits.Length - start < minimumDigits)
        {
            digits[--start] = (byte)'0';
        }

        Append(digits[start..]);
    }

    /// <summary>Lower-case hex without leading zeros, as C's <c>%x</c>.</summary>
    public void AppendHex(uint value)
    {
        Span<byte> digits = stackalloc byte[8];
        int start = digits.Length;
        do
        {
            digits[--start] = (byte)"0123456789abcdef"[(int)(value & 0xF)];
            value >>= 4;
        }
        while (value != 0);

        Append(digits[start..]);
    }

    /// <summary>
    /// Appends a decoded byte the way <c>ausearch -i</c> shows it on a terminal: control bytes (below 0x20) as a
    /// backslash and three octal digits (<c>\012</c> for a newline), everything else as it is.
    /// </summary>
    public void AppendEscaped(byte value)
    {
        if (value >= 0x20)
        {
            Append(value);
            return;
        }

        Append((byte)'\\');
        Append((byte)('0' + (value >> 6)));
        Append((byte)('0' + ((value >> 3) & 7)));
        Append((byte)('0' + (value & 7)));
    }

    public readonly OperationStatus Finish(out int bytesWritten)
    {
        bytesWritten = _overflowed ? 0 : _length;
        return _overflowed ? OperationStatus.DestinationTooSmall : OperationStatus.Done;
    }
}
