using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SyscallTables.Generators.Model;
using SyscallTables.Generators.Parsing;

namespace SyscallTables.Generators.Combining;

/// <summary>
/// Gives each rule field of the audit-fields file its number from audit.h's <c>AUDIT_*</c> defines, and reports
/// names given twice and defines audit.h lacks.
/// </summary>
internal static class AuditFieldsModelBuilder
{
    public static AuditFieldsModel? Build(ImmutableArray<AuditFieldRow> rows, ImmutableArray<DefineFile> headers, string ns)
    {
        if (rows.IsDefaultOrEmpty)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Define define in headers.OrderBy(h => h.Path, StringComparer.Ordinal).SelectMany(h => h.Defines))
        {
            values[define.Name] = define.Value;
        }

        Func<string, (ulong Value, string? Error)> resolve = ConstantExpression.Resolver(values);
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        var records = ImmutableArray.CreateBuilder<AuditFieldRow>();
        var ruleFields = ImmutableArray.CreateBuilder<AuditRuleFieldEntry>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var kernelNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (AuditFieldRow row in rows)
        {
            if (!names.Add(row.Name))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedAuditField, row.Location, $"'{row.Name}' has a row already", row.Name));
                continue;
            }

            if (row.RecordKind is not null)
            {
                records.Add(row);
            }

            if (row.Rule is not AuditRuleFieldRow rule)
            {
                continue;
            }

            (ulong value, string? error) = values.ContainsKey(rule.Define) ? resolve(rule.Define) : (0, "audit.h does not define it");
            if (error is null && value > uint.MaxValue)
            {
                error = $"0x{value:X} does not fit 32 bits";
            }

            if (error is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownAuditFieldDefine, row.Location, row.Name, rule.Define, error));
                continue;
            }

            if (!kernelNames.TryGetValue(rule.Define, out string? kernelName))
            {
                kernelName = row.Name;
                kernelNames.Add(rule.Define, kernelName);
            }

            ruleFields.Add(new AuditRuleFieldEntry(row.Name, kernelName, (uint)value, rule));
        }

        return new AuditFieldsModel(ns, records.ToEquatableArray(), ruleFields.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
