using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SyscallTables.Generators.Model;

namespace SyscallTables.Generators.Combining;

/// <summary>A record type: the name ausearch prints (the define without <c>AUDIT_</c>) and its number.</summary>
internal sealed record AuditRecordTypeEntry(string Name, int Number);

/// <summary>The record types of the audit headers, sorted by name.</summary>
internal sealed record AuditRecordTypeModel(string Namespace, EquatableArray<AuditRecordTypeEntry> Entries);

/// <summary>
/// Picks the record types out of the audit headers: audit.h numbers its netlink messages 1000-2999 ("The netlink
/// messages for the audit system is divided into blocks"), and no other AUDIT_* define has a plain decimal value in
/// that range. The block markers (<c>AUDIT_FIRST_USER_MSG</c>, <c>AUDIT_LAST_KERN_ANOM_MSG</c>) name a range, not a
/// type, and are left out; within the headers the first definition of a name counts.
/// </summary>
internal static class AuditRecordTypeModelBuilder
{
    private const string Prefix = "AUDIT_";
    private const int First = 1000;
    private const int Last = 2999;

    public static AuditRecordTypeModel? Build(ImmutableArray<DefineFile> headers, string ns)
    {
        var entries = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (Define define in headers.OrderBy(h => h.Path, StringComparer.Ordinal).SelectMany(h => h.Defines))
        {
            if (!define.Name.StartsWith(Prefix, StringComparison.Ordinal)
                || define.Name.IndexOf("_FIRST_", StringComparison.Ordinal) >= 0
                || define.Name.IndexOf("_LAST_", StringComparison.Ordinal) >= 0
                || !Parsing.Chars.TryParseDecimal(define.Value.Trim(), out int number)
                || number is < First or > Last)
            {
                continue;
            }

            string name = define.Name.Substring(Prefix.Length);
            if (!entries.ContainsKey(name))
            {
                entries.Add(name, number);
            }
        }

        return entries.Count == 0
            ? null
            : new AuditRecordTypeModel(ns, entries.Select(e => new AuditRecordTypeEntry(e.Key, e.Value)).ToEquatableArray());
    }
}
