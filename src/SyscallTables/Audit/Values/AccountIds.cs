using System;
using System.Buffers;

namespace SyscallTables.Audit.Values;

/// <summary>
/// User and group ids (<c>uid</c>, <c>auid</c>, <c>ogid</c>, ...) and login sessions (<c>ses</c>), as ausearch shows
/// them: <c>unset</c> for the kernel's "never set" (4294967295, that is (u32)-1), the account name when there is one,
/// <c>unknown(N)</c> when there is none.
/// </summary>
internal static class AccountIds
{
    /// <summary>The kernel's value for a login uid or session that was never set (AUDIT_UID_UNSET, AUDIT_SID_UNSET).</summary>
    public const uint Unset = uint.MaxValue;

    public static OperationStatus WriteId(scoped in AuditFieldContext context, AuditField field, bool isGroup,
        Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        var text = new ValueText(destination);

        // auditd's ENRICHED format carries the names it resolved on the logging host (UID="root"): those are right
        // where this host's accounts may not be. ausearch re-resolves a name it logged as unknown-.
        if (!field.IsEnriched && TryGetEnrichedName(context.Record, field.Name, out ReadOnlySpan<byte> enriched)
            && !enriched.StartsWith("unknown-"u8))
        {
            text.Append(enriched);
            return text.Finish(out bytesWritten);
        }

        if (field.IsQuoted || !ValueNumbers.TryParseDecimal(field.Value, out ulong number) || number > uint.MaxValue)
        {
            return OperationStatus.InvalidData;
        }

        uint id = (uint)number;
        if (id == Unset)
        {
            text.Append("unset"u8);
            return text.Finish(out bytesWritten);
        }

        if (context.Accounts is not { } accounts)
        {
            return OperationStatus.InvalidData;
        }

        ReadOnlySpan<byte> name = isGroup ? accounts.GetGroupName(id) : accounts.GetUserName(id);
        if (name.IsEmpty)
        {
            // ausearch formats the id as a C int: 4294967294 shows as unknown(-2).
            text.Append("unknown("u8);
            text.AppendDecimal((long)(int)id);
            text.Append((byte)')');
        }
        else
        {
            text.Append(name);
        }

        return text.Finish(out bytesWritten);
    }

    public static OperationStatus WriteSession(AuditField field, Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        if (field.IsQuoted || !ValueNumbers.TryParseDecimal(field.Value, out ulong number) || number != Unset)
        {
            return OperationStatus.InvalidData;
        }

        var text = new ValueText(destination);
        text.Append("unset"u8);
        return text.Finish(out bytesWritten);
    }

    // The enrichment names a field in upper case: uid -> UID, auid -> AUID, ogid -> OGID.
    private static bool TryGetEnrichedName(AuditRecord record, ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        value = default;
        if (!record.IsEnriched)
        {
            return false;
        }

        foreach (AuditField candidate in record.Fields)
        {
            if (candidate.IsEnriched && candidate.Name.Length == name.Length && EqualsUpperCase(candidate.Name, name))
            {
                value = candidate.Value;
                return true;
            }
        }

        return false;
    }

    private static bool EqualsUpperCase(ReadOnlySpan<byte> upper, ReadOnlySpan<byte> lower)
    {
        for (int i = 0; i < upper.Length; i++)
        {
            byte c = lower[i];
            byte expected = c is >= (byte)'a' and <= (byte)'z' ? (byte)(c - 32) : c;
            if (upper[i] != expected)
            {
                return false;
            }
        }

        return true;
    }
}
