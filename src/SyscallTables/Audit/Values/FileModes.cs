using System;
using System.Buffers;

namespace SyscallTables.Audit.Values;

/// <summary>
/// File modes (<c>mode=0100755</c> as <c>file,755</c>) and audit rule permissions (<c>perm=6</c> as
/// <c>read,write</c>). The bits are stat(2)'s (S_IFMT and the file types, S_ISUID, S_ISGID, S_ISVTX) and
/// include/uapi/linux/audit.h's AUDIT_PERM_*.
/// </summary>
internal static class FileModes
{
    private const uint TypeMask = 0xF000;          // S_IFMT, 0170000
    private const uint SetUid = 0x800;             // S_ISUID, 04000
    private const uint SetGid = 0x400;             // S_ISGID, 02000
    private const uint Sticky = 0x200;             // S_ISVTX, 01000
    private const uint PermissionBits = 0x1FF;     // S_IRWXU | S_IRWXG | S_IRWXO, 0777

    private const uint PermExec = 1;               // AUDIT_PERM_EXEC
    private const uint PermWrite = 2;              // AUDIT_PERM_WRITE
    private const uint PermRead = 4;               // AUDIT_PERM_READ
    private const uint PermAttr = 8;               // AUDIT_PERM_ATTR

    /// <summary><c>type[,suid][,sgid][,sticky],ppp</c>; a type stat(2) does not name prints as its octal digits.</summary>
    public static OperationStatus WriteMode(AuditField field, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (field.IsQuoted || !ValueNumbers.TryParseOctal(field.Value, out ulong number) || number > uint.MaxValue)
        {
            return OperationStatus.InvalidData;
        }

        uint mode = (uint)number;
        var text = new ValueText(destination);
        ReadOnlySpan<byte> type = (mode & TypeMask) switch
        {
            0x8000 => "file"u8,        // S_IFREG
            0x4000 => "dir"u8,         // S_IFDIR
            0xA000 => "link"u8,        // S_IFLNK
            0xC000 => "socket"u8,      // S_IFSOCK
            0x2000 => "character"u8,   // S_IFCHR
            0x6000 => "block"u8,       // S_IFBLK
            0x1000 => "fifo"u8,        // S_IFIFO
            _ => default,
        };
        if (type.IsEmpty)
        {
            text.AppendOctal((mode & TypeMask) >> 12, 3);
        }
        else
        {
            text.Append(type);
        }

        AppendSpecialBits(ref text, mode, leadingComma: true);
        text.Append((byte)',');
        text.AppendOctal(mode & PermissionBits, 3);
        return text.Finish(out bytesWritten);
    }

    /// <summary>The mode of a POSIX message queue (MQ_OPEN), which has no file type: <c>0600</c>, <c>suid,0755</c>.</summary>
    public static OperationStatus WriteShortMode(AuditField field, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (field.IsQuoted || !ValueNumbers.TryParseOctal(field.Value, out ulong number) || number > uint.MaxValue)
        {
            return OperationStatus.InvalidData;
        }

        uint mode = (uint)number;
        var text = new ValueText(destination);
        AppendSpecialBits(ref text, mode, leadingComma: false);
        if (text.Length > 0)
        {
            text.Append((byte)',');
        }

        text.Append((byte)'0');
        text.AppendOctal(mode & PermissionBits, 3);
        return text.Finish(out bytesWritten);
    }

    /// <summary>
    /// A watch's permissions: <c>read,write,exec,attr</c> in that order. The kernel treats 0 as all four, and so does
    /// ausearch.
    /// </summary>
    public static OperationStatus WritePermission(AuditField field, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (field.IsQuoted || !ValueNumbers.TryParseDecimal(field.Value, out ulong number) || number > int.MaxValue)
        {
            return OperationStatus.InvalidData;
        }

        uint perm = number == 0 ? PermRead | PermWrite | PermExec | PermAttr : (uint)number;
        var text = new ValueText(destination);
        bool first = true;
        AppendFlag(ref text, perm, PermRead, "read"u8, ref first);
        AppendFlag(ref text, perm, PermWrite, "write"u8, ref first);
        AppendFlag(ref text, perm, PermExec, "exec"u8, ref first);
        AppendFlag(ref text, perm, PermAttr, "attr"u8, ref first);
        return text.Finish(out bytesWritten);
    }

    private static void AppendSpecialBits(ref ValueText text, uint mode, bool leadingComma)
    {
        bool first = !leadingComma;
        AppendFlag(ref text, mode, SetUid, "suid"u8, ref first);
        AppendFlag(ref text, mode, SetGid, "sgid"u8, ref first);
        AppendFlag(ref text, mode, Sticky, "sticky"u8, ref first);
    }

    private static void AppendFlag(ref ValueText text, uint value, uint bit, ReadOnlySpan<byte> name, ref bool first)
    {
        if ((value & bit) == 0)
        {
            return;
        }

        if (!first)
        {
            text.Append((byte)',');
        }

        text.Append(name);
        first = false;
    }
}
