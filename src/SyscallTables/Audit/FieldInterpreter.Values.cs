using System;
using System.Buffers;

namespace SyscallTables.Audit;

// Fields interpreted by their name whatever the syscall: ids, modes, permissions, capabilities, hex strings,
// socket addresses, results.
public static partial class FieldInterpreter
{
    /// <summary>Not interpreted yet: the caller prints the value as written.</summary>
    private static OperationStatus InterpretValue(scoped in AuditFieldContext context, AuditField field,
        Span<byte> destination, out int bytesWritten)
    {
        _ = context;
        _ = field;
        _ = destination;
        bytesWritten = 0;
        return OperationStatus.InvalidData;
    }
}
