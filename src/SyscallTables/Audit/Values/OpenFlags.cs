using System;
using System.Buffers;
using SyscallTables.Audit.Arguments;

namespace SyscallTables.Audit.Values;

/// <summary>
/// The open flags of an MQ_OPEN record's <c>oflag</c> (hex), decoded as open(2)'s flags argument is: the O_* of the
/// event's arch (arm64 moves four of them; ausearch always uses the host's), the access mode leading as
/// <c>O_RDONLY</c> when neither write bit is set.
/// </summary>
internal static class OpenFlags
{
    public static OperationStatus Write(AuditArch arch, AuditField field, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (field.IsQuoted || !ValueNumbers.TryParseHex(field.Value, out ulong flags) || flags > uint.MaxValue)
        {
            return OperationStatus.InvalidData;
        }

        var text = new InterpretedText(destination);
        SyscallArgumentDecoder.OpenFlags(ArgumentConstants.ForRecord(arch), (uint)flags, field.Value, ref text);
        return text.Finish(out bytesWritten);
    }
}
