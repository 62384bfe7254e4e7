using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SyscallTables.Generators.Model;
using SyscallTables.Generators.Parsing;

namespace SyscallTables.Generators.Combining;

/// <summary>
/// Gives every constant the argument-names file lists its value on each arch. An arch sees the generic headers
/// (no <c>Arch</c> metadata) with its own headers' defines on top: arm64's fcntl.h redefines <c>O_DIRECTORY</c>,
/// <c>O_NOFOLLOW</c>, <c>O_DIRECT</c> and <c>O_LARGEFILE</c>, so an aarch64 record is decoded with arm64's numbers.
/// Within one header the first definition wins (later ones sit in the <c>#else</c> of a config the kernel's UAPI
/// build does not take, e.g. <c>MSG_CMSG_COMPAT</c> 0 without CONFIG_COMPAT).
/// </summary>
internal static class ArgumentConstantsBuilder
{
    public static ArgumentConstantsModel? Build(ImmutableArray<ArgumentHeaderFile> headers, ImmutableArray<ArgumentNameRow> rows, string ns)
    {
        if (headers.IsDefaultOrEmpty || rows.IsDefaultOrEmpty)
        {
            return null;
        }

        var ordered = headers.OrderBy(h => h.Defines.Path, StringComparer.Ordinal).ToList();
        var arches = ordered.SelectMany(h => h.Arches).Distinct(StringComparer.Ordinal).OrderBy(a => a, StringComparer.Ordinal).ToList();
        var generic = Collect(ordered.Where(h => h.Arches.Count == 0));
        var perArch = arches.Select(arch => Overlay(generic, Collect(ordered.Where(h => h.Arches.Contains(arch))))).ToList();
        var resolvers = perArch.Select(ConstantExpression.Resolver).ToList();

        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        var groups = new List<ArgumentGroup>();
        foreach (IGrouping<string, ArgumentNameRow> group in rows.GroupBy(r => r.Group, StringComparer.Ordinal))
        {
            var constants = new List<ArgumentConstant>();
            var listed = new HashSet<string>(StringComparer.Ordinal);
            foreach (ArgumentNameRow row in group)
            {
                if (!listed.Add(row.Macro))
                {
                    // Each macro becomes an index constant of the group's class; a second one would not compile.
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedArgumentName, row.Location, $"'{row.Macro}' is already listed in group {group.Key}", row.Macro));
                    continue;
                }

                var values = new ArchValue[arches.Count];
                bool anywhere = false;
                for (int i = 0; i < arches.Count; i++)
                {
                    if (!perArch[i].ContainsKey(row.Macro))
                    {
                        continue;
                    }

                    (ulong value, string? error) = resolvers[i](row.Macro);
                    if (error is not null)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnevaluableArgumentConstant, row.Location, group.Key, row.Macro, arches[i], error));
                        continue;
                    }

                    values[i] = new ArchValue(true, value);
                    anywhere = true;
                }

                if (!anywhere && !diagnostics.Any(d => d.Location == row.Location))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UndefinedArgumentConstant, row.Location, group.Key, row.Macro, arches.Count == 0 ? "none declared" : string.Join(", ", arches)));
                }

                constants.Add(new ArgumentConstant(row.Macro, row.Text, values.ToEquatableArray()));
            }

            groups.Add(new ArgumentGroup(group.Key, constants.ToEquatableArray()));
        }

        return new ArgumentConstantsModel(ns, arches.ToEquatableArray(), groups.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static Dictionary<string, string> Collect(IEnumerable<ArgumentHeaderFile> headers)
    {
        var defines = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ArgumentHeaderFile header in headers)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (Define define in header.Defines.Defines)
            {
                // "#define IPPROTO_IP IPPROTO_IP" marks an enum member for #ifdef tests; the value is the enum's.
                if (define.Value != define.Name && seen.Add(define.Name))
                {
                    defines[define.Name] = define.Value;
                }
            }
        }

        return defines;
    }

    private static Dictionary<string, string> Overlay(Dictionary<string, string> generic, Dictionary<string, string> own)
    {
        var merged = new Dictionary<string, string>(generic, StringComparer.Ordinal);
        foreach (KeyValuePair<string, string> pair in own)
        {
            merged[pair.Key] = pair.Value;
        }

        return merged;
    }
}
