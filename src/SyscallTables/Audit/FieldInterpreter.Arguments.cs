using System;
using System.Buffers;

namespace SyscallTables.Audit;

// Syscall arguments: a0-a3 of a SYSCALL record, decoded per syscall as ausearch does, and the syscall name itself
// where it depends on them (i386 socketcall/ipc).
public static partial class FieldInterpreter
{
    /// <summary>The syscall name, for the event's arch.</summary>
    private static OperationStatus InterpretSyscall(scoped in AuditFieldContext context, ReadOnlySpan<byte> value,
        Span<byte> destination, out int bytesWritten) =>
        InterpretSyscall(context.Arch, value, destination, out bytesWritten, context.Naming);

    /// <summary>One of a0-a3 (<paramref name="index"/>): for now, the raw hex with ausearch's <c>0x</c> prefix.</summary>
    private static OperationStatus InterpretSyscallArgument(scoped in AuditFieldContext context, int index,
        ReadOnlySpan<byte> value, Span<byte> destination, out int bytesWritten)
    {
        _ = context;
        _ = index;
        bytesWritten = 0;
        if (value.IsEmpty || value.ContainsAnyExcept("0123456789abcdefABCDEF"u8))
        {
            return OperationStatus.InvalidData;
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
}
