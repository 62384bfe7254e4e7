using System;
using System.Buffers;

namespace SyscallTables.Audit.Values;

/// <summary>
/// The open flags of an MQ_OPEN record's <c>oflag</c> (hex): O_* of include/uapi/asm-generic/fcntl.h, with arm64's own
/// values (arch/arm64/include/uapi/asm/fcntl.h) for the four flags it moves when the event is aarch64; ausearch always
/// uses the host's. The access mode leads as <c>O_RDONLY</c> when neither write bit is set, as ausearch shows it.
/// </summary>
/// <remarks>
/// The same names decode open(2)'s flags argument; once the argument decoder's tables are imported from the kernel
/// headers in tables/, this list belongs there.
/// </remarks>
internal static class OpenFlags
{
    public static OperationStatus Write(AuditArch arch, AuditField field, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (field.IsQuoted || !ValueNumbers.TryParseHex(field.Value, out ulong flags))
        {
            return OperationStatus.InvalidData;
        }

        bool arm64 = arch == AuditArch.Aarch64;
        var text = new ValueText(destination);
        bool first = true;
        if ((flags & 3) == 0)
        {
            text.Append("O_RDONLY"u8);
            first = false;
        }

        for (int bit = 0; bit < 32; bit++)
        {
            if ((flags & (1UL << bit)) == 0)
            {
                continue;
            }

            ReadOnlySpan<byte> name = arm64 ? Arm64Name(bit) : GenericName(bit);
            if (name.IsEmpty)
            {
                continue;
            }

            if (!first)
            {
                text.Append((byte)'|');
            }

            text.Append(name);
            first = false;
        }

        return text.Finish(out bytesWritten);
    }

    // Bit numbers of the octal values in asm-generic/fcntl.h (O_LARGEFILE, 0100000, is left out as ausearch does).
    private static ReadOnlySpan<byte> GenericName(int bit) => bit switch
    {
        0 => "O_WRONLY"u8,
        1 => "O_RDWR"u8,
        6 => "O_CREAT"u8,
        7 => "O_EXCL"u8,
        8 => "O_NOCTTY"u8,
        9 => "O_TRUNC"u8,
        10 => "O_APPEND"u8,
        11 => "O_NONBLOCK"u8,
        12 => "O_DSYNC"u8,
        13 => "O_ASYNC"u8,
        14 => "O_DIRECT"u8,
        16 => "O_DIRECTORY"u8,
        17 => "O_NOFOLLOW"u8,
        18 => "O_NOATIME"u8,
        19 => "O_CLOEXEC"u8,
        20 => "__O_SYNC"u8,
        21 => "O_PATH"u8,
        22 => "__O_TMPFILE"u8,
        _ => default,
    };

    // arm64 has O_DIRECTORY 040000, O_NOFOLLOW 0100000, O_DIRECT 0200000 and O_LARGEFILE 0400000.
    private static ReadOnlySpan<byte> Arm64Name(int bit) => bit switch
    {
        14 => "O_DIRECTORY"u8,
        15 => "O_NOFOLLOW"u8,
        16 => "O_DIRECT"u8,
        17 => default,
        _ => GenericName(bit),
    };
}
