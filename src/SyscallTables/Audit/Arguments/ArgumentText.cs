using System;

namespace SyscallTables.Audit.Arguments;

/// <summary>
/// Builds one argument's interpretation in the caller's buffer. Appends past the end set <see cref="Overflowed"/>
/// instead of throwing, so a decoder writes straight through and the caller checks once.
/// </summary>
internal ref struct ArgumentText
{
    private readonly Span<byte> _destination;

    public ArgumentText(Span<byte> destination) => _destination = destination;

    public int Length { get; private set; }

    public bool Overflowed { get; private set; }

    public readonly bool IsEmpty => Length == 0;

    public void Append(scoped ReadOnlySpan<byte> text)
    {
        if (Overflowed || !text.TryCopyTo(_destination[Length..]))
        {
            Overflowed = true;
            return;
        }

        Length += text.Length;
    }

    public void Append(byte c)
    {
        if (Overflowed || Length >= _destination.Length)
        {
            Overflowed = true;
            return;
        }

        _destination[Length++] = c;
    }

    /// <summary>Appends <paramref name="text"/>, preceded by <paramref name="separator"/> unless it is the first item.</summary>
    public void AppendItem(scoped ReadOnlySpan<byte> text, byte separator)
    {
        if (Length > 0)
        {
            Append(separator);
        }

        Append(text);
    }

    /// <summary>Appends <paramref name="value"/> in octal, zero-padded to at least <paramref name="digits"/> digits.</summary>
    public void AppendOctal(uint value, int digits)
    {
        Span<byte> buffer = stackalloc byte[11];
        int start = buffer.Length;
        do
        {
            buffer[--start] = (byte)('0' + (value & 7));
            value >>= 3;
        }
        while (value != 0);

        while (buffer.Length - start < digits)
        {
            buffer[--start] = (byte)'0';
        }

        Append(buffer[start..]);
    }

    /// <summary>Appends <paramref name="value"/> in decimal.</summary>
    public void AppendDecimal(long value)
    {
        Span<byte> buffer = stackalloc byte[20];
        if (value.TryFormat(buffer, out int written, default, System.Globalization.CultureInfo.InvariantCulture))
        {
            Append(buffer[..written]);
        }
        else
        {
            Overflowed = true;
        }
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
}
