using System;
using System.Buffers;
using System.Buffers.Binary;
using SyscallTables.Audit.Arguments;

namespace SyscallTables.Audit.Values;

/// <summary>
/// A SOCKADDR record's <c>saddr</c>: the hex of the struct sockaddr a syscall passed, shown as ausearch shows it,
/// <c>{ saddr_fam=inet laddr=127.0.0.1 lport=11211 }</c>. Layouts are the kernel's (include/uapi/linux/in.h, in6.h,
/// un.h, netlink.h): the family is a little-endian u16 on the arches audited here, ports are big-endian. The family is
/// named from socket.h for the event's arch (ArgumentConstants.SocketFamily, the table socket(2)'s family uses) as
/// audit-userspace spells it (AF_UNIX is <c>local</c>).
/// </summary>
internal static class SocketAddresses
{
    private const int Inet4Length = 16;     // sizeof(struct sockaddr_in)
    private const int Inet6Length = 28;     // sizeof(struct sockaddr_in6)
    private const int NetlinkLength = 12;   // sizeof(struct sockaddr_nl)
    private const int UnixPathLength = 108; // sizeof(sun_path)

    // The longest saddr the kernel logs is a sockaddr_storage (128 bytes).
    private const int MaxLength = 128;

    public static OperationStatus Write(AuditArch arch, AuditField field, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        Span<byte> address = stackalloc byte[MaxLength];
        if (field.IsQuoted || field.ValueLength > 2 * MaxLength || !field.TryDecodeHex(address, out int length) || length < 2)
        {
            return OperationStatus.InvalidData;
        }

        address = address[..length];
        ushort family = BinaryPrimitives.ReadUInt16LittleEndian(address);
        int found = ArgumentConstants.IndexOf(ArgumentConstants.SocketFamily.Values(ArgumentConstants.ForRecord(arch)), family);
        var text = new InterpretedText(destination);
        if (found < 0)
        {
            text.Append("unknown-family("u8);
            text.AppendDecimal((ulong)family);
            text.Append((byte)')');
            return text.Finish(out bytesWritten);
        }

        text.Append("{ saddr_fam="u8);
        text.Append(ArgumentConstants.SocketFamily.Text(found));
        switch (found)
        {
            case ArgumentConstants.SocketFamily.AF_LOCAL:
                AppendUnix(ref text, address);
                break;
            case ArgumentConstants.SocketFamily.AF_INET:
                AppendInet4(ref text, address);
                break;
            case ArgumentConstants.SocketFamily.AF_INET6:
                AppendInet6(ref text, address);
                break;
            case ArgumentConstants.SocketFamily.AF_NETLINK:
                AppendNetlink(ref text, address);
                break;
            case ArgumentConstants.SocketFamily.AF_AX25 or ArgumentConstants.SocketFamily.AF_ATMPVC or ArgumentConstants.SocketFamily.AF_X25:
                // ausearch prints their raw bytes (and for ax25 no closing brace); leave as written.
                return OperationStatus.InvalidData;
            default:
                text.Append(" (unsupported) }"u8);
                break;
        }

        return text.Finish(out bytesWritten);
    }

    // sun_path up to its NUL; an abstract name (leading NUL) is shown from its second byte, as ausearch does.
    private static void AppendUnix(ref InterpretedText text, scoped ReadOnlySpan<byte> address)
    {
        if (address.Length <= 3)
        {
            text.Append(" sockaddr len too short }"u8);
            return;
        }

        ReadOnlySpan<byte> path = address[2..];
        path = path[..Math.Min(path.Length, UnixPathLength)];
        if (path[0] == 0)
        {
            path = path[1..];
        }

        int end = path.IndexOf((byte)0);
        text.Append(" path="u8);
        foreach (byte c in end < 0 ? path : path[..end])
        {
            text.AppendEscaped(c);
        }

        text.Append(" }"u8);
    }

    private static void AppendInet4(ref InterpretedText text, scoped ReadOnlySpan<byte> address)
    {
        if (address.Length < Inet4Length)
        {
            text.Append(" sockaddr len too short }"u8);
            return;
        }

        text.Append(" laddr="u8);
        AppendDottedQuad(ref text, address.Slice(4, 4));
        text.Append(" lport="u8);
        text.AppendDecimal((ulong)BinaryPrimitives.ReadUInt16BigEndian(address[2..]));
        text.Append(" }"u8);
    }

    private static void AppendInet6(ref InterpretedText text, scoped ReadOnlySpan<byte> address)
    {
        if (address.Length < Inet6Length)
        {
            text.Append(" sockaddr6 len too short }"u8);
            return;
        }

        text.Append(" laddr="u8);
        AppendInet6Address(ref text, address.Slice(8, 16));
        uint scope = BinaryPrimitives.ReadUInt32LittleEndian(address[24..]);
        if (scope != 0)
        {
            text.Append((byte)'%');
            text.AppendDecimal((ulong)scope);
        }

        text.Append(" lport="u8);
        text.AppendDecimal((ulong)BinaryPrimitives.ReadUInt16BigEndian(address[2..]));
        text.Append(" }"u8);
    }

    private static void AppendNetlink(ref InterpretedText text, scoped ReadOnlySpan<byte> address)
    {
        if (address.Length < NetlinkLength)
        {
            text.Append(" len too short }"u8);
            return;
        }

        // ausearch's nlnk-fam is the address family itself (always 16), not the netlink protocol.
        text.Append(" nlnk-fam="u8);
        text.AppendDecimal((ulong)BinaryPrimitives.ReadUInt16LittleEndian(address));
        text.Append(" nlnk-pid="u8);
        text.AppendDecimal((ulong)BinaryPrimitives.ReadUInt32LittleEndian(address[4..]));
        text.Append(" }"u8);
    }

    private static void AppendDottedQuad(ref InterpretedText text, scoped ReadOnlySpan<byte> address)
    {
        for (int i = 0; i < 4; i++)
        {
            if (i > 0)
            {
                text.Append((byte)'.');
            }

            text.AppendDecimal((ulong)address[i]);
        }
    }

    /// <summary>
    /// RFC 5952 text (lower-case hex, the longest run of two or more zero groups, the first of equal runs, as
    /// <c>::</c>), with glibc inet_ntop's dotted tail for IPv4-mapped (<c>::ffff:127.0.0.1</c>) and IPv4-compatible
    /// (<c>::1.2.3.4</c>) addresses.
    /// </summary>
    public static void AppendInet6Address(ref InterpretedText text, scoped ReadOnlySpan<byte> address)
    {
        Span<ushort> groups = stackalloc ushort[8];
        for (int i = 0; i < 8; i++)
        {
            groups[i] = BinaryPrimitives.ReadUInt16BigEndian(address[(2 * i)..]);
        }

        int bestStart = -1, bestLength = 0;
        for (int i = 0; i < 8;)
        {
            if (groups[i] != 0)
            {
                i++;
                continue;
            }

            int start = i;
            while (i < 8 && groups[i] == 0)
            {
                i++;
            }

            if (i - start > bestLength)
            {
                bestStart = start;
                bestLength = i - start;
            }
        }

        if (bestLength < 2)
        {
            bestStart = -1;
        }

        bool dottedTail = bestStart == 0 && (bestLength == 6 || (bestLength == 5 && groups[5] == 0xFFFF));
        int groupCount = dottedTail ? 6 : 8;
        for (int i = 0; i < groupCount; i++)
        {
            if (i == bestStart)
            {
                text.Append((byte)':');
                if (i + bestLength >= groupCount)
                {
                    text.Append((byte)':');
                }

                i += bestLength - 1;
                continue;
            }

            if (i > 0)
            {
                text.Append((byte)':');
            }

            text.AppendHex(groups[i]);
        }

        if (dottedTail)
        {
            if (bestLength == 5)
            {
                text.Append((byte)':');
            }

            AppendDottedQuad(ref text, address.Slice(12, 4));
        }
    }
}
