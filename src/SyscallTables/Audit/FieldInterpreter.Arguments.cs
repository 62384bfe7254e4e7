using System;
using System.Buffers;
using System.Buffers.Text;
using SyscallTables.Audit.Arguments;

namespace SyscallTables.Audit;

// Syscall arguments: a0-a3 of a SYSCALL record, decoded per syscall as ausearch does, and the syscall name itself
// where it depends on them (i386 socketcall/ipc).
public static partial class FieldInterpreter
{
    /// <summary>
    /// The syscall name, for the event's arch; i386's multiplexers carry their sub-call from a0 as ausearch shows
    /// them: <c>socketcall(connect)</c>, <c>ipc(semop)</c>.
    /// </summary>
    private static OperationStatus InterpretSyscall(scoped in AuditFieldContext context, ReadOnlySpan<byte> value,
        Span<byte> destination, out int bytesWritten)
    {
        OperationStatus status = InterpretSyscall(context.Arch, value, destination, out bytesWritten, context.Naming);
        string? syscall = context.Syscall < 0 ? null : Syscalls.GetName(context.Arch, context.Syscall);
        if (status != OperationStatus.Done || syscall is not ("socketcall" or "ipc") || !TryGetArgument(context, 0, out ulong a0))
        {
            return status;
        }

        ReadOnlySpan<byte> subcall = SyscallArgumentDecoder.SubcallName(context.Arch, syscall, a0);
        if (subcall.IsEmpty)
        {
            return status;
        }

        int length = bytesWritten + subcall.Length + 2;
        if (destination.Length < length)
        {
            bytesWritten = 0;
            return OperationStatus.DestinationTooSmall;
        }

        destination[bytesWritten] = (byte)'(';
        subcall.CopyTo(destination[(bytesWritten + 1)..]);
        destination[length - 1] = (byte)')';
        bytesWritten = length;
        return OperationStatus.Done;
    }

    /// <summary>
    /// One of a0-a3 (<paramref name="index"/>), decoded for the event's syscall with the constants of the event's
    /// arch (open flags, modes, signals, socket families, ...); <c>0x</c> and the raw hex where ausearch decodes
    /// nothing.
    /// </summary>
    private static OperationStatus InterpretSyscallArgument(scoped in AuditFieldContext context, int index,
        ReadOnlySpan<byte> value, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (!TryParseHex(value, out ulong number))
        {
            return OperationStatus.InvalidData;
        }

        string? syscall = context.Syscall < 0 ? null : Syscalls.GetName(context.Arch, context.Syscall);
        if (syscall is not null)
        {
            ulong a0 = index == 0 ? number : TryGetArgument(context, 0, out ulong v0) ? v0 : 0;
            ulong a1 = index == 1 ? number : TryGetArgument(context, 1, out ulong v1) ? v1 : 0;
            var text = new InterpretedText(destination);
            if (SyscallArgumentDecoder.TryDecode(context.Arch, syscall, index, value, number, a0, a1, context.Accounts, ref text))
            {
                if (text.Overflowed)
                {
                    return OperationStatus.DestinationTooSmall;
                }

                bytesWritten = text.Length;
                return OperationStatus.Done;
            }
        }

        if (destination.Length < value.Length + 2)
        {
            return OperationStatus.DestinationTooSmall;
        }

        "0x"u8.CopyTo(destination);
        value.CopyTo(destination[2..]);
        bytesWritten = value.Length + 2;
        return OperationStatus.Done;
    }

    // a0 or a1 of the context's record: parsed once per record by AuditFieldContext.ForRecord, or looked up here for a
    // context built by hand.
    private static bool TryGetArgument(scoped in AuditFieldContext context, int index, out ulong value)
    {
        RecordArguments arguments = context.Arguments;
        if (arguments.IsKnown)
        {
            value = index == 0 ? arguments.A0 : arguments.A1;
            return index == 0 ? arguments.HasA0 : arguments.HasA1;
        }

        value = 0;
        return context.Record.TryGetField(index == 0 ? "a0"u8 : "a1"u8, out AuditField field) && !field.IsQuoted
            && TryParseHex(field.Value, out value);
    }

    private static bool TryParseHex(ReadOnlySpan<byte> value, out ulong number)
    {
        number = 0;
        return !value.IsEmpty && value.Length <= 16 && !value.ContainsAnyExcept("0123456789abcdefABCDEF"u8)
            && Utf8Parser.TryParse(value, out number, out int consumed, 'x') && consumed == value.Length;
    }
}
