using System;
using System.Buffers;
using SyscallTables.Audit.Arguments;

namespace SyscallTables.Audit.Values;

/// <summary>
/// File modes (<c>mode=0100755</c> as <c>file,755</c>) and audit rule permissions (<c>perm=6</c> as
/// <c>read,write</c>), from the generated header constants of the event's arch: stat.h's file types and set-id bits
/// (the decoder of mknod(2)'s and chmod(2)'s mode writes them) and audit.h's AUDIT_PERM_*.
/// </summary>
internal static class FileModes
{
    /// <summary><c>type[,suid][,sgid][,sticky],ppp</c>; a type stat(2) does not name prints as its octal digits.</summary>
    public static OperationStatus WriteMode(AuditArch arch, AuditField field, Span<byte> destination, out int bytesWritten) =>
        WriteOctal(arch, field, shortForm: false, destination, out bytesWritten);

    /// <summary>The mode of a POSIX message queue (MQ_OPEN), which has no file type: <c>0600</c>, <c>suid,0755</c>.</summary>
    public static OperationStatus WriteShortMode(AuditArch arch, AuditField field, Span<byte> destination, out int bytesWritten) =>
        WriteOctal(arch, field, shortForm: true, destination, out bytesWritten);

    /// <summary>
    /// A watch's permissions: <c>read,write,exec,attr</c> in that order. The kernel treats 0 as all four, and so does
    /// ausearch.
    /// </summary>
    public static OperationStatus WritePermission(AuditArch arch, AuditField field, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (field.IsQuoted || !ValueNumbers.TryParseDecimal(field.Value, out ulong number) || number > int.MaxValue)
        {
            return OperationStatus.InvalidData;
        }

        ReadOnlySpan<ulong> permissions = ArgumentConstants.AuditPermission.Values(ArgumentConstants.ForRecord(arch));
        var text = new InterpretedText(destination);
        bool first = true;
        for (int i = 0; i < permissions.Length; i++)
        {
            if (number != 0 && (number & permissions[i]) == 0)
            {
                continue;
            }

            if (!first)
            {
                text.Append((byte)',');
            }

            text.Append(ArgumentConstants.AuditPermission.Text(i));
            first = false;
        }

        return text.Finish(out bytesWritten);
    }

    private static OperationStatus WriteOctal(AuditArch arch, AuditField field, bool shortForm, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (field.IsQuoted || !ValueNumbers.TryParseOctal(field.Value, out ulong mode) || mode > uint.MaxValue)
        {
            return OperationStatus.InvalidData;
        }

        var text = new InterpretedText(destination);
        if (shortForm)
        {
            SyscallArgumentDecoder.ShortMode(ArgumentConstants.ForRecord(arch), (uint)mode, ref text);
        }
        else
        {
            SyscallArgumentDecoder.FullMode(ArgumentConstants.ForRecord(arch), (uint)mode, ref text);
        }

        return text.Finish(out bytesWritten);
    }
}
