using System;

namespace SyscallTables.Audit.Arguments;

/// <summary>
/// Decodes a0-a3 of a SYSCALL record for its syscall, as <c>ausearch -i</c> (audit-userspace 3.0.9) does, but with
/// the constants of the record's arch (ArgumentConstants, generated from the kernel headers in tables/arguments)
/// rather than the host's. Which syscall and argument gets which decoder, and the text for values a table lacks,
/// follow ausearch; deliberate differences are listed in tests/SyscallTables.Tests/Differences/Ausearch.cs (ArgumentDifference).
/// </summary>
internal static class SyscallArgumentDecoder
{
    /// <summary>The value ausearch and the kernel use for "no id" (<c>(uid_t)-1</c>).</summary>
    private const uint UnsetId = uint.MaxValue;

    /// <summary>
    /// Writes the interpretation of argument <paramref name="index"/> of syscall <paramref name="syscall"/> (a kernel
    /// name) into <paramref name="text"/>; returns false when ausearch does not decode that argument (the caller then
    /// prints <c>0x</c> and the raw hex).
    /// </summary>
    /// <param name="arch">The record's arch: whose constants are used.</param>
    /// <param name="syscall">The kernel's name of the syscall.</param>
    /// <param name="index">0-3.</param>
    /// <param name="raw">The raw hex digits of the argument.</param>
    /// <param name="value">The argument's value.</param>
    /// <param name="a0">The record's a0 (prctl and the i386 multiplexers depend on it).</param>
    /// <param name="a1">The record's a1 (open's mode and fcntl's argument depend on it).</param>
    /// <param name="accounts">User and group names, for the setuid family; null prints <c>unknown(N)</c>.</param>
    /// <param name="text">Receives the text.</param>
    public static bool TryDecode(AuditArch arch, string syscall, int index, ReadOnlySpan<byte> raw, ulong value, ulong a0, ulong a1,
        IAccountNames? accounts, ref InterpretedText text)
    {
        if (!ArgumentConstants.Covers(arch))
        {
            return false;
        }

        // ausearch reads each argument with strtoul into a 32-bit int; the decoders see the low 32 bits.
        uint v = (uint)value;

        // Decoders return whether they wrote an interpretation; most always do (an unknown value has a text too).
        switch (ArgumentDecoders.Of(syscall)[index])
        {
            case ArgumentDecoder.Signal:
                return Signal(arch, v, raw, ref text);
            case ArgumentDecoder.DirectoryDescriptor:
                return DirectoryDescriptor(arch, v, ref text);
            case ArgumentDecoder.CloneFlags:
                return CloneFlags(arch, v, raw, ref text);
            case ArgumentDecoder.Clock:
                return Named(ArgumentConstants.Clock.Values(arch), v, limit: 7, ref text, ArgumentConstants.Clock.Text, "unknown-clk_id"u8, raw);
            case ArgumentDecoder.PtraceRequest:
                return Named(ArgumentConstants.PtraceRequest.Values(arch), v, limit: uint.MaxValue, ref text, ArgumentConstants.PtraceRequest.Text, "unknown-ptrace"u8, raw);
            case ArgumentDecoder.PrctlOption:
                return Named(ArgumentConstants.PrctlOption.Values(arch), v, limit: uint.MaxValue, ref text, ArgumentConstants.PrctlOption.Text, "unknown-prctl-option"u8, raw);
            case ArgumentDecoder.PrctlArgument:
                ReadOnlySpan<ulong> options = ArgumentConstants.PrctlOption.Values(arch);
                if ((uint)a0 == ArgumentConstants.ValueAt(options, ArgumentConstants.PrctlOption.PR_CAPBSET_READ)
                    || (uint)a0 == ArgumentConstants.ValueAt(options, ArgumentConstants.PrctlOption.PR_CAPBSET_DROP))
                {
                    return Named(ArgumentConstants.Capability.Values(arch), v, limit: uint.MaxValue, ref text, ArgumentConstants.Capability.Text, "unknown-capability"u8, raw);
                }

                if ((uint)a0 == ArgumentConstants.ValueAt(options, ArgumentConstants.PrctlOption.PR_SET_PDEATHSIG))
                {
                    Signal(arch, v, raw, ref text);
                    return true;
                }

                return false;
            case ArgumentDecoder.Rlimit:
                return Named(ArgumentConstants.Rlimit.Values(arch), v, limit: 17, ref text, ArgumentConstants.Rlimit.Text, "unknown-rlimit"u8, raw);
            case ArgumentDecoder.User:
                return Account(accounts, v, group: false, ref text);
            case ArgumentDecoder.Group:
                return Account(accounts, v, group: true, ref text);
            case ArgumentDecoder.SocketFamily:
                return Named(ArgumentConstants.SocketFamily.Values(arch), v, limit: uint.MaxValue, ref text, ArgumentConstants.SocketFamily.Text, "unknown-family"u8, raw);
            case ArgumentDecoder.SocketType:
                return Named(ArgumentConstants.SocketType.Values(arch), v & 0xFF, limit: uint.MaxValue, ref text, ArgumentConstants.SocketType.Text, "unknown-type"u8, raw, hexUnknown: false);
            case ArgumentDecoder.Protocol:
                return Named(ArgumentConstants.Protocol.Values(arch), v, limit: uint.MaxValue, ref text, ArgumentConstants.Protocol.Text, "unknown-proto"u8, raw, hexUnknown: false);
            case ArgumentDecoder.SocketLevel:
                return SocketLevel(arch, v, raw, ref text);
            case ArgumentDecoder.SocketOption:
                return SocketOption(arch, v, (uint)a1, raw, ref text);
            case ArgumentDecoder.UmountFlags:
                return Flags(ArgumentConstants.UmountFlags.Values(arch), v, ArgumentConstants.UmountFlags.Count, ArgumentConstants.UmountFlags.Text, raw, ref text);
            case ArgumentDecoder.ShmFlags:
                return ShmFlags(arch, v, ref text);
            case ArgumentDecoder.BpfCommand:
                return Named(ArgumentConstants.BpfCommand.Values(arch), v, limit: uint.MaxValue, ref text, ArgumentConstants.BpfCommand.Text, "unknown-bpf-cmd"u8, raw, hexUnknown: false);
            case ArgumentDecoder.Personality:
                return Personality(arch, v, raw, ref text);
            case ArgumentDecoder.IoctlRequest:
                int request = ArgumentConstants.IndexOf(ArgumentConstants.IoctlRequest.Values(arch), v);
                if (request < 0)
                {
                    return false;
                }

                text.Append(ArgumentConstants.IoctlRequest.Text(request));
                return true;
            case ArgumentDecoder.SocketCall:
                return Named(ArgumentConstants.SocketCall.Values(arch), v, limit: uint.MaxValue, ref text, ArgumentConstants.SocketCall.Text, "unknown-socketcall"u8, raw, hexUnknown: false);
            case ArgumentDecoder.ExitStatus:
                // ausearch names the two statuses stdlib.h defines and calls every other status UNKNOWN.
                text.Append(v switch { 0 => "EXIT_SUCCESS"u8, 1 => "EXIT_FAILURE"u8, _ => "UNKNOWN"u8 });
                return true;
            case ArgumentDecoder.OpenFlags:
                return OpenFlags(arch, v, raw, ref text);
            case ArgumentDecoder.CreateMode:
                if (((uint)a1 & ArgumentConstants.ValueAt(ArgumentConstants.OpenFlags.Values(arch), ArgumentConstants.OpenFlags.O_CREAT)) == 0)
                {
                    return false;
                }

                return ShortMode(arch, v, ref text);
            case ArgumentDecoder.ShortMode:
                return ShortMode(arch, v, ref text);
            case ArgumentDecoder.FullMode:
                return FullMode(arch, v, ref text);
            case ArgumentDecoder.AccessMode:
                return AccessMode(v, raw, ref text);
            case ArgumentDecoder.FcntlCommand:
                return Named(ArgumentConstants.FcntlCommand.Values(arch), v, limit: uint.MaxValue, ref text, ArgumentConstants.FcntlCommand.Text, "unknown-fcntl-command"u8, raw, decimalUnknown: true);
            case ArgumentDecoder.FcntlArgument:
                return FcntlArgument(arch, v, (uint)a1, accounts, ref text);
            case ArgumentDecoder.EpollOperation:
                return Named(ArgumentConstants.EpollOperation.Values(arch), v, limit: uint.MaxValue, ref text, ArgumentConstants.EpollOperation.Text, "unknown-epoll_ctl-operation"u8, raw, decimalUnknown: true);
            case ArgumentDecoder.SchedPolicy:
                return SchedPolicy(arch, v, raw, ref text);
            case ArgumentDecoder.Whence:
                return Named(ArgumentConstants.Whence.Values(arch), v & 0xFF, limit: uint.MaxValue, ref text, ArgumentConstants.Whence.Text, "unknown-whence"u8, raw, hexUnknown: false);
            case ArgumentDecoder.Protection:
                return Protection(arch, v, includeSem: false, raw, ref text);
            case ArgumentDecoder.MmapProtection:
                return Protection(arch, v, includeSem: true, raw, ref text);
            case ArgumentDecoder.MapFlags:
                return MapFlags(arch, v, raw, ref text);
            case ArgumentDecoder.MountFlags:
                return Flags(ArgumentConstants.MountFlags.Values(arch), v, ArgumentConstants.MountFlags.Count, ArgumentConstants.MountFlags.Text, raw, ref text);
            case ArgumentDecoder.MessageFlags:
                return Flags(ArgumentConstants.MessageFlags.Values(arch), v, ArgumentConstants.MessageFlags.Count, ArgumentConstants.MessageFlags.Text, raw, ref text);
            default:
                return false;
        }
    }

    /// <summary>The i386 multiplexer's sub-call for <c>syscall=</c>: <c>socketcall(connect)</c>, <c>ipc(semop)</c>; empty when none.</summary>
    public static ReadOnlySpan<byte> SubcallName(AuditArch arch, string syscall, ulong a0)
    {
        if (a0 > int.MaxValue)
        {
            return default;
        }

        if (syscall == "socketcall")
        {
            int found = ArgumentConstants.IndexOf(ArgumentConstants.SocketCall.Values(arch), (uint)a0);
            return found < 0 ? default : ArgumentConstants.SocketCall.Text(found);
        }

        if (syscall == "ipc")
        {
            int found = ArgumentConstants.IndexOf(ArgumentConstants.IpcCall.Values(arch), (uint)a0);
            return found < 0 ? default : ArgumentConstants.IpcCall.Text(found);
        }

        return default;
    }

    /// <summary>A value-to-name group: the first constant equal to <paramref name="v"/>, else <c>unknown-...(0xRAW)</c>.</summary>
    private static bool Named(ReadOnlySpan<ulong> values, uint v, uint limit, ref InterpretedText text, Func<int, ReadOnlySpan<byte>> names,
        ReadOnlySpan<byte> unknown, ReadOnlySpan<byte> raw, bool decimalUnknown = false, bool hexUnknown = true)
    {
        int found = (int)v < (int)limit || limit == uint.MaxValue ? ArgumentConstants.IndexOf(values, v) : -1;
        if (found >= 0)
        {
            text.Append(names(found));
        }
        else if (decimalUnknown)
        {
            text.Append(unknown);
            text.Append((byte)'(');
            text.AppendDecimal((int)v);
            text.Append((byte)')');
        }
        else
        {
            text.AppendUnknown(unknown, raw, hexUnknown);
        }

        return true;
    }

    /// <summary>Or-ed flags in group order joined by '|'; the raw value when none is set.</summary>
    private static bool Flags(ReadOnlySpan<ulong> values, uint v, int count, Func<int, ReadOnlySpan<byte>> names, ReadOnlySpan<byte> raw, ref InterpretedText text)
    {
        AppendSetFlags(values, v, count, names, ref text);
        if (text.IsEmpty)
        {
            text.Append("0x"u8);
            text.Append(raw);
        }

        return true;
    }

    private static void AppendSetFlags(ReadOnlySpan<ulong> values, uint v, int count, Func<int, ReadOnlySpan<byte>> names, ref InterpretedText text)
    {
        for (int i = 0; i < count && i < values.Length; i++)
        {
            if (values[i] != ArgumentConstants.Absent && (v & (uint)values[i]) != 0)
            {
                text.AppendItem(names(i), (byte)'|');
            }
        }
    }

    private static bool Signal(AuditArch arch, uint v, ReadOnlySpan<byte> raw, ref InterpretedText text)
    {
        if (v == 0)
        {
            // kill(pid, 0) probes for a process; no header names signal 0, ausearch calls it SIG0.
            text.Append("SIG0"u8);
            return true;
        }

        return Named(ArgumentConstants.Signal.Values(arch), v, limit: 32, ref text, ArgumentConstants.Signal.Text, "unknown-signal"u8, raw);
    }

    private static bool DirectoryDescriptor(AuditArch arch, uint v, ref InterpretedText text)
    {
        ReadOnlySpan<ulong> values = ArgumentConstants.DirectoryDescriptor.Values(arch);
        if (ArgumentConstants.IndexOf(values, v) != ArgumentConstants.DirectoryDescriptor.AT_FDCWD)
        {
            return false;
        }

        text.Append(ArgumentConstants.DirectoryDescriptor.Text(ArgumentConstants.DirectoryDescriptor.AT_FDCWD));
        return true;
    }

    private static bool SocketLevel(AuditArch arch, uint v, ReadOnlySpan<byte> raw, ref InterpretedText text)
    {
        // ausearch tries SOL_SOCKET, then the protocol of that number, then the other SOL_* levels.
        ReadOnlySpan<ulong> levels = ArgumentConstants.SocketLevel.Values(arch);
        if (v == (uint)ArgumentConstants.ValueAt(levels, ArgumentConstants.SocketLevel.SOL_SOCKET))
        {
            text.Append(ArgumentConstants.SocketLevel.Text(ArgumentConstants.SocketLevel.SOL_SOCKET));
            return true;
        }

        int protocol = ArgumentConstants.IndexOf(ArgumentConstants.Protocol.Values(arch), v);
        if (protocol >= 0)
        {
            text.Append(ArgumentConstants.Protocol.Text(protocol));
            return true;
        }

        return Named(levels, v, limit: uint.MaxValue, ref text, ArgumentConstants.SocketLevel.Text, "unknown-sockopt-level"u8, raw);
    }

    /// <summary>An option name, from the table of its level (a1); other levels are not decoded, as in ausearch.</summary>
    private static bool SocketOption(AuditArch arch, uint v, uint level, ReadOnlySpan<byte> raw, ref InterpretedText text)
    {
        ReadOnlySpan<ulong> levels = ArgumentConstants.SocketLevel.Values(arch);
        ReadOnlySpan<ulong> protocols = ArgumentConstants.Protocol.Values(arch);
        if (level == (uint)ArgumentConstants.ValueAt(levels, ArgumentConstants.SocketLevel.SOL_SOCKET))
        {
            Named(ArgumentConstants.SocketOption.Values(arch), v, limit: uint.MaxValue, ref text, ArgumentConstants.SocketOption.Text, "unknown-sockopt-name"u8, raw);
        }
        else if (level == (uint)ArgumentConstants.ValueAt(protocols, ArgumentConstants.Protocol.IPPROTO_IP))
        {
            Named(ArgumentConstants.IpOption.Values(arch), v, limit: uint.MaxValue, ref text, ArgumentConstants.IpOption.Text, "unknown-ipopt-name"u8, raw);
        }
        else if (level == (uint)ArgumentConstants.ValueAt(protocols, ArgumentConstants.Protocol.IPPROTO_IPV6))
        {
            Named(ArgumentConstants.Ip6Option.Values(arch), v, limit: uint.MaxValue, ref text, ArgumentConstants.Ip6Option.Text, "unknown-ip6opt-name"u8, raw);
        }
        else if (level == (uint)ArgumentConstants.ValueAt(protocols, ArgumentConstants.Protocol.IPPROTO_TCP))
        {
            Named(ArgumentConstants.TcpOption.Values(arch), v, limit: uint.MaxValue, ref text, ArgumentConstants.TcpOption.Text, "unknown-tcpopt-name"u8, raw);
        }
        else if (level == (uint)ArgumentConstants.ValueAt(protocols, ArgumentConstants.Protocol.IPPROTO_UDP))
        {
            Named(ArgumentConstants.UdpOption.Values(arch), v, limit: uint.MaxValue, ref text, ArgumentConstants.UdpOption.Text, "unknown-udpopt-name"u8, raw);
        }
        else if (level == (uint)ArgumentConstants.ValueAt(levels, ArgumentConstants.SocketLevel.SOL_PACKET))
        {
            Named(ArgumentConstants.PacketOption.Values(arch), v, limit: uint.MaxValue, ref text, ArgumentConstants.PacketOption.Text, "unknown-pktopt-name"u8, raw);
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>shmget's flags: <c>IPC_CREAT|IPC_EXCL|SHM_HUGETLB|0666</c>, the permissions always last.</summary>
    private static bool ShmFlags(AuditArch arch, uint v, ref InterpretedText text)
    {
        AppendSetFlags(ArgumentConstants.ShmFlags.Values(arch), v, ArgumentConstants.ShmFlags.Count, ArgumentConstants.ShmFlags.Text, ref text);
        if (!text.IsEmpty)
        {
            text.Append((byte)'|');
        }

        text.Append((byte)'0');
        text.AppendOctal(v & 0x1FF, 3);

        return true;
    }

    private static bool Personality(AuditArch arch, uint v, ReadOnlySpan<byte> raw, ref InterpretedText text)
    {
        ReadOnlySpan<ulong> values = ArgumentConstants.Personality.Values(arch);
        uint noRandomize = (uint)ArgumentConstants.ValueAt(values, ArgumentConstants.Personality.ADDR_NO_RANDOMIZE);
        int found = ArgumentConstants.IndexOf(values[..ArgumentConstants.Personality.ADDR_NO_RANDOMIZE], v & ~noRandomize);
        if (found < 0)
        {
            text.AppendUnknown("unknown-personality"u8, raw);
            return true;
        }

        text.Append(ArgumentConstants.Personality.Text(found));
        if ((v & noRandomize) != 0)
        {
            text.AppendItem(ArgumentConstants.Personality.Text(ArgumentConstants.Personality.ADDR_NO_RANDOMIZE), (byte)'|');
        }

        return true;
    }

    private static bool CloneFlags(AuditArch arch, uint v, ReadOnlySpan<byte> raw, ref InterpretedText text)
    {
        AppendSetFlags(ArgumentConstants.CloneFlags.Values(arch), v, ArgumentConstants.CloneFlags.Count, ArgumentConstants.CloneFlags.Text, ref text);

        // The low byte (CSIGNAL) is the signal sent to the parent when the child exits.
        uint signal = v & 0xFF;
        int found = signal is > 0 and < 32 ? ArgumentConstants.IndexOf(ArgumentConstants.Signal.Values(arch), signal) : -1;
        if (found >= 0)
        {
            text.AppendItem(ArgumentConstants.Signal.Text(found), (byte)'|');
        }

        if (text.IsEmpty)
        {
            text.Append("0x"u8);
            text.Append(raw);
        }

        return true;
    }

    /// <summary>open(2)'s flags, also an MQ_OPEN record's <c>oflag</c>.</summary>
    internal static bool OpenFlags(AuditArch arch, uint v, ReadOnlySpan<byte> raw, ref InterpretedText text)
    {
        ReadOnlySpan<ulong> values = ArgumentConstants.OpenFlags.Values(arch);
        if ((v & (uint)ArgumentConstants.ValueAt(values, ArgumentConstants.OpenFlags.O_ACCMODE)) == 0)
        {
            text.Append("O_RDONLY"u8);
        }

        // O_ACCMODE is the mask, not a flag: leave it out of the walk.
        return Flags(values, v, ArgumentConstants.OpenFlags.O_ACCMODE, ArgumentConstants.OpenFlags.Text, raw, ref text);
    }

    private static bool Protection(AuditArch arch, uint v, bool includeSem, ReadOnlySpan<byte> raw, ref InterpretedText text)
    {
        ReadOnlySpan<ulong> values = ArgumentConstants.Protection.Values(arch);
        uint access = (uint)(ArgumentConstants.ValueAt(values, ArgumentConstants.Protection.PROT_READ) | ArgumentConstants.ValueAt(values, ArgumentConstants.Protection.PROT_WRITE)
            | ArgumentConstants.ValueAt(values, ArgumentConstants.Protection.PROT_EXEC));
        if ((v & access) == 0)
        {
            text.Append("PROT_NONE"u8);
            return true;
        }

        int count = includeSem ? ArgumentConstants.Protection.Count : ArgumentConstants.Protection.PROT_SEM;
        return Flags(values, v, count, ArgumentConstants.Protection.Text, raw, ref text);
    }

    /// <summary>mmap(2)'s flags, also an MMAP record's <c>flags</c>.</summary>
    internal static bool MapFlags(AuditArch arch, uint v, ReadOnlySpan<byte> raw, ref InterpretedText text)
    {
        ReadOnlySpan<ulong> values = ArgumentConstants.MapFlags.Values(arch);
        if ((v & (uint)ArgumentConstants.ValueAt(values, ArgumentConstants.MapFlags.MAP_TYPE)) == 0)
        {
            // MAP_FILE is 0: a mapping that is neither shared nor private has no bit to show.
            text.Append("MAP_FILE"u8);
        }

        return Flags(values, v, ArgumentConstants.MapFlags.MAP_TYPE, ArgumentConstants.MapFlags.Text, raw, ref text);
    }

    private static bool SchedPolicy(AuditArch arch, uint v, ReadOnlySpan<byte> raw, ref InterpretedText text)
    {
        ReadOnlySpan<ulong> values = ArgumentConstants.SchedPolicy.Values(arch);
        int found = ArgumentConstants.IndexOf(values[..ArgumentConstants.SchedPolicy.SCHED_RESET_ON_FORK], v & 0x0F);
        if (found < 0)
        {
            text.AppendUnknown("unknown-scheduler-policy"u8, raw);
            return true;
        }

        text.Append(ArgumentConstants.SchedPolicy.Text(found));
        if ((v & (uint)ArgumentConstants.ValueAt(values, ArgumentConstants.SchedPolicy.SCHED_RESET_ON_FORK)) != 0)
        {
            text.AppendItem(ArgumentConstants.SchedPolicy.Text(ArgumentConstants.SchedPolicy.SCHED_RESET_ON_FORK), (byte)'|');
        }

        return true;
    }

    private static bool AccessMode(uint v, ReadOnlySpan<byte> raw, ref InterpretedText text)
    {
        // R_OK, W_OK and X_OK come from POSIX's unistd.h, not from a kernel header (the kernel takes the bits as
        // MAY_READ/MAY_WRITE/MAY_EXEC internally), so they are fixed here.
        if ((v & 0xF) == 0)
        {
            text.Append("F_OK"u8);
            return true;
        }

        if ((v & 1) != 0)
        {
            text.AppendItem("X_OK"u8, (byte)'|');
        }

        if ((v & 2) != 0)
        {
            text.AppendItem("W_OK"u8, (byte)'|');
        }

        if ((v & 4) != 0)
        {
            text.AppendItem("R_OK"u8, (byte)'|');
        }

        if (text.IsEmpty)
        {
            text.Append("0x"u8);
            text.Append(raw);
        }

        return true;
    }

    private static bool FcntlArgument(AuditArch arch, uint v, uint command, IAccountNames? accounts, ref InterpretedText text)
    {
        ReadOnlySpan<ulong> commands = ArgumentConstants.FcntlCommand.Values(arch);
        if (command == (uint)ArgumentConstants.ValueAt(commands, ArgumentConstants.FcntlCommand.F_SETOWN))
        {
            // ausearch shows F_SETOWN's owner as a user, though it is a process (group) id.
            Account(accounts, v, group: false, ref text);
            return true;
        }

        if (command == (uint)ArgumentConstants.ValueAt(commands, ArgumentConstants.FcntlCommand.F_SETFD)
            && v == (uint)ArgumentConstants.ValueAt(ArgumentConstants.DescriptorFlags.Values(arch), ArgumentConstants.DescriptorFlags.FD_CLOEXEC))
        {
            text.Append(ArgumentConstants.DescriptorFlags.Text(ArgumentConstants.DescriptorFlags.FD_CLOEXEC));
            return true;
        }

        return false;
    }

    /// <summary>ausearch's short mode: <c>0644</c>, with set-id and sticky bits named first (<c>suid,0755</c>); also an MQ_OPEN record's mode.</summary>
    internal static bool ShortMode(AuditArch arch, uint v, ref InterpretedText text)
    {
        AppendSpecialBits(arch, v, ref text);
        if (!text.IsEmpty)
        {
            text.Append((byte)',');
        }

        text.Append((byte)'0');
        text.AppendOctal(v & 0x1FF, 3);

        return true;
    }

    /// <summary>ausearch's full mode: file type, set-id and sticky bits, permissions (<c>character,600</c>); also a PATH record's mode.</summary>
    internal static bool FullMode(AuditArch arch, uint v, ref InterpretedText text)
    {
        ReadOnlySpan<ulong> values = ArgumentConstants.FileType.Values(arch);
        uint typeMask = (uint)ArgumentConstants.ValueAt(values, ArgumentConstants.FileType.S_IFMT);
        int found = ArgumentConstants.IndexOf(values[..ArgumentConstants.FileType.S_IFMT], v & typeMask);
        if (found >= 0 && (v & typeMask) != 0)
        {
            text.Append(ArgumentConstants.FileType.Text(found));
        }
        else
        {
            // An unnamed type prints as the type field's own number, in octal.
            uint lowestBit = typeMask & (~typeMask + 1);
            text.AppendOctal(lowestBit == 0 ? 0 : (v & typeMask) / lowestBit, 3);
        }

        Span<byte> special = stackalloc byte[24];
        var bits = new InterpretedText(special);
        AppendSpecialBits(arch, v, ref bits);
        if (!bits.IsEmpty)
        {
            text.Append((byte)',');
            text.Append(special[..bits.Length]);
        }

        text.Append((byte)',');
        text.AppendOctal(v & 0x1FF, 3);

        return true;
    }

    private static void AppendSpecialBits(AuditArch arch, uint v, ref InterpretedText text)
    {
        ReadOnlySpan<ulong> values = ArgumentConstants.FileType.Values(arch);
        for (int i = ArgumentConstants.FileType.S_ISUID; i <= ArgumentConstants.FileType.S_ISVTX; i++)
        {
            if ((v & (uint)values[i]) != 0)
            {
                text.AppendItem(ArgumentConstants.FileType.Text(i), (byte)',');
            }
        }
    }

    private static bool Account(IAccountNames? accounts, uint id, bool group, ref InterpretedText text)
    {
        if (id == UnsetId)
        {
            text.Append("unset"u8);
            return true;
        }

        ReadOnlySpan<byte> name = accounts is null ? default : group ? accounts.GetGroupName(id) : accounts.GetUserName(id);
        if (!name.IsEmpty)
        {
            text.Append(name);
            return true;
        }

        // ausearch prints the id as a signed int: unknown(-2) for 0xfffffffe.
        text.Append("unknown("u8);
        text.AppendDecimal((int)id);
        text.Append((byte)')');

        return true;
    }
}
