using System;
using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace SyscallTables.Audit;

/// <summary>
/// Turns raw audit field values into what <c>ausearch --interpret</c> shows, written as UTF-8 into the caller's
/// buffer without allocating: <c>arch=c000003e</c> to <c>x86_64</c>, <c>syscall=83</c> to <c>mkdir</c>,
/// <c>exit=-17</c> to <c>EEXIST(File exists)</c>. Output is UTF-8 because audit logs are, so a log rewriter copies
/// bytes end to end without transcoding.
/// </summary>
/// <remarks>
/// Every method returns <see cref="OperationStatus.Done"/> with the interpretation,
/// <see cref="OperationStatus.DestinationTooSmall"/> when the buffer is too short (nothing useful is written), or
/// <see cref="OperationStatus.InvalidData"/> when the value has no interpretation; the caller then prints the raw
/// value, as ausearch does. Deliberate differences from ausearch 3.0.9 are listed in the conformance tests
/// (<c>tests/SyscallTables.Tests/Differences/Ausearch.cs</c>).
/// </remarks>
public static partial class FieldInterpreter
{
    /// <summary>The largest errno the kernel returns as a negative syscall result (<c>MAX_ERRNO</c> in include/linux/err.h).</summary>
    public const int MaxErrno = 4095;

    /// <summary>Parses the hex of an <c>arch=</c> field (<c>c000003e</c>) into an arch audit.h defines.</summary>
    /// <param name="value">The raw value.</param>
    /// <param name="arch">The arch when recognised.</param>
    /// <returns>Whether <paramref name="value"/> is the hex of a known <see cref="AuditArch"/>.</returns>
    public static bool TryParseArch(ReadOnlySpan<byte> value, out AuditArch arch) => AuditArchs.TryParseHex(value, out arch);

    /// <summary>Interprets an <c>arch=</c> value: <c>c000003e</c> becomes <c>x86_64</c>.</summary>
    /// <param name="value">The raw value (hex).</param>
    /// <param name="destination">Receives the UTF-8 name.</param>
    /// <param name="bytesWritten">The number of bytes written.</param>
    /// <returns>Done, DestinationTooSmall, or InvalidData for a value that is not the hex of an arch audit.h defines.</returns>
    public static OperationStatus InterpretArch(ReadOnlySpan<byte> value, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (!TryParseArch(value, out AuditArch arch))
        {
            return OperationStatus.InvalidData;
        }

        // Arch names are ASCII, so the UTF-8 encoding writes one byte per char.
        return Encoding.UTF8.TryGetBytes(AuditArchs.GetName(arch), destination, out bytesWritten)
            ? OperationStatus.Done
            : OperationStatus.DestinationTooSmall;
    }

    /// <summary>Interprets a <c>syscall=</c> value with the table of the record's arch: <c>83</c> on x86_64 becomes <c>mkdir</c>.</summary>
    /// <param name="arch">The record's arch (from its <c>arch=</c> field).</param>
    /// <param name="value">The raw value (decimal).</param>
    /// <param name="destination">Receives the UTF-8 name.</param>
    /// <param name="bytesWritten">The number of bytes written.</param>
    /// <param name="naming">Kernel names (<c>pread64</c>) or audit-userspace's (<c>pread</c>).</param>
    /// <returns>
    /// Done, DestinationTooSmall, or InvalidData when the value is not a number or the arch has no table or no
    /// syscall of that number. (ausearch falls back to the x86_64 table for arches it has no table for; that gives
    /// wrong names, so this does not.) i386's multiplexers print as plain <c>socketcall</c> and <c>ipc</c>: the call they carry is in a0, which the syscall field alone does not give.
    /// </returns>
    public static OperationStatus InterpretSyscall(AuditArch arch, ReadOnlySpan<byte> value, Span<byte> destination,
        out int bytesWritten, SyscallNaming naming = SyscallNaming.Kernel)
    {
        bytesWritten = 0;
        if (!TryParseDecimal(value, out long number) || number is < 0 or > int.MaxValue)
        {
            return OperationStatus.InvalidData;
        }

        ReadOnlySpan<byte> name = naming == SyscallNaming.AuditUserspace
            ? Syscalls.GetAuditNameUtf8(arch, (int)number)
            : Syscalls.GetNameUtf8(arch, (int)number);
        return Copy(name, destination, out bytesWritten);
    }

    /// <summary>Interprets a <c>success=</c> value. The kernel already writes <c>yes</c>/<c>no</c>; anything else is not interpreted.</summary>
    /// <param name="value">The raw value.</param>
    /// <param name="destination">Receives the UTF-8 text.</param>
    /// <param name="bytesWritten">The number of bytes written.</param>
    /// <returns>Done, DestinationTooSmall, or InvalidData for a value other than <c>yes</c> and <c>no</c>.</returns>
    public static OperationStatus InterpretSuccess(ReadOnlySpan<byte> value, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        return value.SequenceEqual("yes"u8) || value.SequenceEqual("no"u8)
            ? Copy(value, destination, out bytesWritten)
            : OperationStatus.InvalidData;
    }

    /// <summary>
    /// Interprets an <c>exit=</c> value: an errno the kernel returned (−1 to −4095) becomes <c>ENAME(message)</c>, with
    /// glibc's C-locale <c>strerror</c> text as ausearch prints it (<c>-17</c> to <c>EEXIST(File exists)</c>).
    /// </summary>
    /// <param name="value">The raw value (decimal).</param>
    /// <param name="destination">Receives the UTF-8 text.</param>
    /// <param name="bytesWritten">The number of bytes written.</param>
    /// <returns>
    /// Done, DestinationTooSmall, or InvalidData for a value that is not an errno: zero and positive results, negative
    /// values below −4095 (addresses, such as i386 <c>mmap2</c> results above 2 GiB), and numbers with no errno name
    /// (the kernel-internal 512–530). ausearch prints <c>(null)(Unknown error N)</c> for the last two; the number
    /// itself says more.
    /// </returns>
    public static OperationStatus InterpretExit(ReadOnlySpan<byte> value, Span<byte> destination, out int bytesWritten)
        => InterpretExit(default, value, destination, out bytesWritten);

    /// <summary>
    /// Interprets an <c>exit=</c> value of a record of <paramref name="arch"/>: as <see cref="InterpretExit(ReadOnlySpan{byte}, Span{byte}, out int)"/>,
    /// with the errno numbers of that arch (mips, alpha, sparc, parisc and powerpc number some errnos their own way:
    /// <c>exit=-35</c> of a mips record is <c>ENOMSG</c>, of an x86_64 record <c>EDEADLK</c>).
    /// </summary>
    /// <param name="arch">The record's arch; an arch without numbers of its own (or none) uses the generic ones.</param>
    /// <param name="value">The raw value (decimal).</param>
    /// <param name="destination">Receives the UTF-8 text.</param>
    /// <param name="bytesWritten">The number of bytes written.</param>
    /// <returns>Done, DestinationTooSmall, or InvalidData for a value that is not an errno of the arch.</returns>
    public static OperationStatus InterpretExit(AuditArch arch, ReadOnlySpan<byte> value, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (!TryParseDecimal(value, out long number) || number is >= 0 or < -MaxErrno)
        {
            return OperationStatus.InvalidData;
        }

        int errno = (int)-number;
        ReadOnlySpan<byte> name = Errnos.GetNameUtf8(arch, errno);
        ReadOnlySpan<byte> message = Errnos.GetMessageUtf8(arch, errno);
        if (name.IsEmpty || message.IsEmpty)
        {
            return OperationStatus.InvalidData;
        }

        int length = name.Length + message.Length + 2;
        if (destination.Length < length)
        {
            return OperationStatus.DestinationTooSmall;
        }

        name.CopyTo(destination);
        destination[name.Length] = (byte)'(';
        message.CopyTo(destination[(name.Length + 1)..]);
        destination[length - 1] = (byte)')';
        bytesWritten = length;
        return OperationStatus.Done;
    }

    /// <summary>
    /// Interprets the four fields that need no more than the record's arch: <c>arch</c>, <c>syscall</c>, <c>success</c>
    /// and <c>exit</c>; every other name gives InvalidData (print the raw value). The overload taking an
    /// <see cref="AuditFieldContext"/> interprets every field.
    /// </summary>
    /// <param name="name">The field name (<see cref="AuditField.Name"/>).</param>
    /// <param name="value">The raw value (<see cref="AuditField.Value"/>).</param>
    /// <param name="arch">The record's arch, needed for <c>syscall</c>; see <see cref="TryParseArch"/>.</param>
    /// <param name="destination">Receives the UTF-8 text.</param>
    /// <param name="bytesWritten">The number of bytes written.</param>
    /// <param name="naming">Kernel or audit-userspace syscall names.</param>
    /// <returns>Done, DestinationTooSmall, or InvalidData.</returns>
    public static OperationStatus Interpret(ReadOnlySpan<byte> name, ReadOnlySpan<byte> value, AuditArch arch,
        Span<byte> destination, out int bytesWritten, SyscallNaming naming = SyscallNaming.Kernel)
    {
        bytesWritten = 0;
        return name switch
        {
            _ when name.SequenceEqual("arch"u8) => InterpretArch(value, destination, out bytesWritten),
            _ when name.SequenceEqual("syscall"u8) => InterpretSyscall(arch, value, destination, out bytesWritten, naming),
            _ when name.SequenceEqual("success"u8) => InterpretSuccess(value, destination, out bytesWritten),
            _ when name.SequenceEqual("exit"u8) => InterpretExit(arch, value, destination, out bytesWritten),
            _ => OperationStatus.InvalidData,
        };
    }

    /// <summary>
    /// Interprets one field of a record the way <c>ausearch -i</c> shows it, with what the event knows
    /// (<paramref name="context"/>): the syscall fields, <c>a0</c>–<c>a3</c> of a SYSCALL record decoded for its
    /// syscall, and every other field by its name (ids, modes, permissions, capabilities, hex strings, addresses).
    /// </summary>
    /// <param name="context">The record, the event's arch and syscall, naming and account names.</param>
    /// <param name="field">A field of <see cref="AuditFieldContext.Record"/>.</param>
    /// <param name="destination">Receives the UTF-8 text.</param>
    /// <param name="bytesWritten">The number of bytes written.</param>
    /// <returns>
    /// Done; DestinationTooSmall; or InvalidData when the field has no interpretation, in which case the caller
    /// prints the value exactly as the line has it (quotes included).
    /// </returns>
    public static OperationStatus Interpret(scoped in AuditFieldContext context, AuditField field, Span<byte> destination,
        out int bytesWritten)
    {
        ReadOnlySpan<byte> name = field.Name;
        ReadOnlySpan<byte> value = field.Value;
        if (field.IsQuoted || field.IsEnriched)
        {
            return InterpretValue(context, field, destination, out bytesWritten);
        }

        if (name.SequenceEqual("arch"u8))
        {
            return InterpretArch(value, destination, out bytesWritten);
        }

        if (name.SequenceEqual("syscall"u8))
        {
            return InterpretSyscall(context, value, destination, out bytesWritten);
        }

        if (name.SequenceEqual("success"u8))
        {
            return InterpretSuccess(value, destination, out bytesWritten);
        }

        if (name.SequenceEqual("exit"u8))
        {
            return InterpretExit(context.Arch, value, destination, out bytesWritten);
        }

        if (name.Length == 2 && name[0] == (byte)'a' && (uint)(name[1] - '0') <= 3 && context.RecordType.SequenceEqual("SYSCALL"u8))
        {
            return InterpretSyscallArgument(context, name[1] - '0', value, destination, out bytesWritten);
        }

        return InterpretValue(context, field, destination, out bytesWritten);
    }

    /// <summary>Writes a field's interpretation to <paramref name="writer"/>, or its raw value when it has none.</summary>
    /// <param name="writer">Receives UTF-8.</param>
    /// <param name="name">The field name.</param>
    /// <param name="value">The raw value.</param>
    /// <param name="arch">The record's arch.</param>
    /// <param name="naming">Kernel or audit-userspace syscall names.</param>
    /// <returns>Whether an interpretation (rather than the raw value) was written.</returns>
    public static bool WriteInterpreted(IBufferWriter<byte> writer, ReadOnlySpan<byte> name, ReadOnlySpan<byte> value,
        AuditArch arch, SyscallNaming naming = SyscallNaming.Kernel)
    {
        ArgumentNullException.ThrowIfNull(writer);

        // The longest interpretation is an errno name and message (under 70 bytes); 128 is ample headroom.
        Span<byte> span = writer.GetSpan(Math.Max(128, value.Length));
        if (Interpret(name, value, arch, span, out int written, naming) == OperationStatus.Done)
        {
            writer.Advance(written);
            return true;
        }

        value.CopyTo(span);
        writer.Advance(value.Length);
        return false;
    }

    private static OperationStatus Copy(ReadOnlySpan<byte> text, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (text.IsEmpty)
        {
            return OperationStatus.InvalidData;
        }

        if (!text.TryCopyTo(destination))
        {
            return OperationStatus.DestinationTooSmall;
        }

        bytesWritten = text.Length;
        return OperationStatus.Done;
    }

    private static bool TryParseDecimal(ReadOnlySpan<byte> value, out long number)
    {
        number = 0;
        return !value.IsEmpty && value[0] is (byte)'-' or (>= (byte)'0' and <= (byte)'9')
            && Utf8Parser.TryParse(value, out number, out int consumed) && consumed == value.Length;
    }
}
