using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SyscallTables.Generators.Model;
using SyscallTables.Generators.Parsing;

namespace SyscallTables.Generators.Combining;

/// <summary>
/// Evaluates every <c>AUDIT_ARCH_*</c> define of audit.h against the <c>EM_*</c> machine numbers of elf-em.h
/// (both arrive as AuditHeader files and share one set of names), giving each audit arch its value.
/// </summary>
internal static class AuditArchModelBuilder
{
    private const string Prefix = "AUDIT_ARCH_";

    public static AuditArchModel? Build(ImmutableArray<DefineFile> headers, string ns)
    {
        if (headers.IsDefaultOrEmpty)
        {
            return null;
        }

        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Define define in headers.OrderBy(h => h.Path, StringComparer.Ordinal).SelectMany(h => h.Defines))
        {
            values[define.Name] = define.Value;
        }

        Func<string, (ulong Value, string? Error)> resolve = ConstantExpression.Resolver(values);
        var entries = new List<AuditArchEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Define define in headers.OrderBy(h => h.Path, StringComparer.Ordinal).SelectMany(h => h.Defines))
        {
            if (!define.Name.StartsWith(Prefix, StringComparison.Ordinal) || define.Name.Length == Prefix.Length || !seen.Add(define.Name))
            {
                continue;
            }

            (ulong value, string? error) = ConstantExpression.Evaluate(define.Value, resolve);
            if (error is null && value > uint.MaxValue)
            {
                error = $"0x{value:X} does not fit 32 bits";
            }

            if (error is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnparseableDefine, define.Location, define.Name, define.Value, error));
                continue;
            }

            string suffix = define.Name.Substring(Prefix.Length);
            string member = suffix.Substring(0, 1).ToUpperInvariant() + suffix.Substring(1).ToLowerInvariant();
            entries.Add(new AuditArchEntry(member, suffix.ToLowerInvariant(), (uint)value, define.Value));
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Member, b.Member));
        return new AuditArchModel(ns, entries.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
