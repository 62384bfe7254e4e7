using System;
using System.Buffers;
using SyscallTables.Audit.Arguments;

namespace SyscallTables.Audit.Values;

/// <summary>
/// Capabilities by number (<c>capability=1</c> in an AVC) and capability sets as bitmaps (<c>cap_pp=1ff</c>,
/// <c>new_pe=...</c>), named as ausearch names them (lower case, without CAP_) from the CAP_* of the kernel's
/// capability.h: ArgumentConstants.Capability, the table prctl(PR_CAPBSET_READ)'s argument uses.
/// </summary>
internal static class Capabilities
{
    public static OperationStatus WriteCapability(AuditArch arch, AuditField field, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (field.IsQuoted || !ValueNumbers.TryParseDecimal(field.Value, out ulong number))
        {
            return OperationStatus.InvalidData;
        }

        var text = new InterpretedText(destination);
        int found = number <= uint.MaxValue ? ArgumentConstants.IndexOf(ArgumentConstants.Capability.Values(ArgumentConstants.ForRecord(arch)), (uint)number) : -1;
        if (found < 0)
        {
            text.Append("unknown-capability("u8);
            text.AppendDecimal(number);
            text.Append((byte)')');
        }
        else
        {
            text.Append(ArgumentConstants.Capability.Text(found));
        }

        return text.Finish(out bytesWritten);
    }

    /// <summary>
    /// The names of the set bits, comma-separated in the header's order, or <c>none</c>; bits no capability has are
    /// not shown.
    /// </summary>
    public static OperationStatus WriteSet(AuditArch arch, AuditField field, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (field.IsQuoted || !ValueNumbers.TryParseHex(field.Value, out ulong set))
        {
            return OperationStatus.InvalidData;
        }

        ReadOnlySpan<ulong> capabilities = ArgumentConstants.Capability.Values(ArgumentConstants.ForRecord(arch));
        var text = new InterpretedText(destination);
        bool first = true;
        for (int i = 0; i < capabilities.Length; i++)
        {
            if (capabilities[i] >= 64 || (set & (1UL << (int)capabilities[i])) == 0)
            {
                continue;
            }

            if (!first)
            {
                text.Append((byte)',');
            }

            text.Append(ArgumentConstants.Capability.Text(i));
            first = false;
        }

        if (first)
        {
            text.Append("none"u8);
        }

        return text.Finish(out bytesWritten);
    }
}
