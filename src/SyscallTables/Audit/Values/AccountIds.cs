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
        var text = new InterpretedText(destination);

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

        var text = new InterpretedText(destination);
        text.Append("unset"u8);
        return text.Finish(out bytesWritten);
    }

    // auditd's enrichment is a dozen short fields (ARCH, SYSCALL, AUID, UID, ... and perhaps SADDR); a longer one is
    // not auditd's, and searching it once per id field would make a hostile line cost quadratic time.
    private const int MaxEnrichmentLength = 4096;

    // The longest id field name (inode_uid, inode_gid).
    private const int MaxIdNameLength = 16;

    // The enrichment names a field in upper case: uid -> UID, auid -> AUID, ogid -> OGID; values are quoted.
    private static bool TryGetEnrichedName(AuditRecord record, ReadOnlySpan<byte> name, out ReadOnlySpan<byte> value)
    {
        value = default;
        ReadOnlySpan<byte> enrichment = record.Enrichment;
        if (enrichment.IsEmpty || enrichment.Length > MaxEnrichmentLength || name.Length > MaxIdNameLength)
        {
            return false;
        }

        Span<byte> key = stackalloc byte[MaxIdNameLength + 1];
        for (int i = 0; i < name.Length; i++)
        {
            key[i] = name[i] is >= (byte)'a' and <= (byte)'z' ? (byte)(name[i] - 32) : name[i];
        }

        key[name.Length] = (byte)'=';
        key = key[..(name.Length + 1)];
        for (int from = 0; from < enrichment.Length;)
        {
            int found = enrichment[from..].IndexOf(key);
            if (found < 0)
            {
                return false;
            }

            int at = from + found;
            from = at + 1;
            if (at > 0 && enrichment[at - 1] != (byte)' ')
            {
                continue;
            }

            ReadOnlySpan<byte> rest = enrichment[(at + key.Length)..];
            if (!rest.IsEmpty && rest[0] == (byte)'"')
            {
                int close = rest[1..].IndexOf((byte)'"');
                value = close < 0 ? rest[1..] : rest.Slice(1, close);
            }
            else
            {
                int space = rest.IndexOf((byte)' ');
                value = space < 0 ? rest : rest[..space];
            }

            return true;
        }

        return false;
    }
}
