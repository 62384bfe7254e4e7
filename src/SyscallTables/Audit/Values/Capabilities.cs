using System;
using System.Buffers;

namespace SyscallTables.Audit.Values;

/// <summary>
/// Capabilities by number (<c>capability=1</c> in an AVC) and capability sets as bitmaps (<c>cap_pp=1ff</c>,
/// <c>new_pe=...</c>), named as ausearch names them: the CAP_* names of include/uapi/linux/capability.h (Linux 6.12)
/// in lower case without the prefix.
/// </summary>
internal static class Capabilities
{
    /// <summary>CAP_LAST_CAP of Linux 6.12 (CAP_CHECKPOINT_RESTORE).</summary>
    public const int LastCapability = 40;

    public static ReadOnlySpan<byte> GetName(int capability) => capability switch
    {
        0 => "chown"u8,
        1 => "dac_override"u8,
        2 => "dac_read_search"u8,
        3 => "fowner"u8,
        4 => "fsetid"u8,
        5 => "kill"u8,
        6 => "setgid"u8,
        7 => "setuid"u8,
        8 => "setpcap"u8,
        9 => "linux_immutable"u8,
        10 => "net_bind_service"u8,
        11 => "net_broadcast"u8,
        12 => "net_admin"u8,
        13 => "net_raw"u8,
        14 => "ipc_lock"u8,
        15 => "ipc_owner"u8,
        16 => "sys_module"u8,
        17 => "sys_rawio"u8,
        18 => "sys_chroot"u8,
        19 => "sys_ptrace"u8,
        20 => "sys_pacct"u8,
        21 => "sys_admin"u8,
        22 => "sys_boot"u8,
        23 => "sys_nice"u8,
        24 => "sys_resource"u8,
        25 => "sys_time"u8,
        26 => "sys_tty_config"u8,
        27 => "mknod"u8,
        28 => "lease"u8,
        29 => "audit_write"u8,
        30 => "audit_control"u8,
        31 => "setfcap"u8,
        32 => "mac_override"u8,
        33 => "mac_admin"u8,
        34 => "syslog"u8,
        35 => "wake_alarm"u8,
        36 => "block_suspend"u8,
        37 => "audit_read"u8,
        38 => "perfmon"u8,
        39 => "bpf"u8,
        40 => "checkpoint_restore"u8,
        _ => default,
    };

    public static OperationStatus WriteCapability(AuditField field, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (field.IsQuoted || !ValueNumbers.TryParseDecimal(field.Value, out ulong number))
        {
            return OperationStatus.InvalidData;
        }

        var text = new ValueText(destination);
        ReadOnlySpan<byte> name = number <= LastCapability ? GetName((int)number) : default;
        if (name.IsEmpty)
        {
            text.Append("unknown-capability("u8);
            text.AppendDecimal(number);
            text.Append((byte)')');
        }
        else
        {
            text.Append(name);
        }

        return text.Finish(out bytesWritten);
    }

    /// <summary>The names of the set bits, comma-separated, or <c>none</c>; bits above the last capability are not shown.</summary>
    public static OperationStatus WriteSet(AuditField field, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (field.IsQuoted || !ValueNumbers.TryParseHex(field.Value, out ulong set))
        {
            return OperationStatus.InvalidData;
        }

        var text = new ValueText(destination);
        bool first = true;
        for (int capability = 0; capability <= LastCapability; capability++)
        {
            if ((set & (1UL << capability)) == 0)
            {
                continue;
            }

            if (!first)
            {
                text.Append((byte)',');
            }

            text.Append(GetName(capability));
            first = false;
        }

        if (first)
        {
            text.Append("none"u8);
        }

        return text.Finish(out bytesWritten);
    }
}
