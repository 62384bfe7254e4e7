using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SyscallTables.Generators.Model;
using SyscallTables.Generators.Parsing;

namespace SyscallTables.Generators.Combining;

/// <summary>
/// Gives every constant the argument-names file lists its value on each arch, reading the headers the way the
/// kernel's includes combine them for that arch:
/// <list type="bullet">
/// <item>Every arch with a syscall table, and every arch an argument header names, is covered.</item>
/// <item>An arch sees its own headers (<c>Arch</c> metadata) and the generic ones (no <c>Arch</c>), except that its
/// <c>asm-X.h</c> stands for <c>asm/X.h</c> and so replaces the generic <c>asm-generic-X.h</c>, which then comes
/// in only if a header the arch sees includes it (<c>#include &lt;asm-generic/fcntl.h&gt;</c>): mips's own
/// signal.h has no SIGSTKFLT, and its mman.h, which includes nothing, has no MAP_SYNC.</item>
/// <item>A generic header another generic header includes (<c>asm-generic/mman-common.h</c>, through
/// <c>asm-generic/mman.h</c>) is seen only through its includers, for the same reason.</item>
/// <item>Where both define a name, the arch's definition wins (the generic headers guard theirs with
/// <c>#ifndef</c>, and the arch defines first); within one header the first definition wins (later ones sit in the
/// <c>#else</c> of a config the kernel's UAPI build does not take, e.g. <c>MSG_CMSG_COMPAT</c> 0 without
/// CONFIG_COMPAT).</item>
/// </list>
/// Arches that end up seeing the same headers form one <see cref="HeaderSet"/> and share their values.
/// </summary>
internal static class ArgumentConstantsBuilder
{
    public static ArgumentConstantsModel? Build(ImmutableArray<ArgumentHeaderFile> headers, ImmutableArray<ArgumentNameRow> rows, ImmutableArray<string> tableArches, string ns)
    {
        if (headers.IsDefaultOrEmpty || rows.IsDefaultOrEmpty)
        {
            return null;
        }

        var ordered = headers.OrderBy(h => h.Defines.Path, StringComparer.Ordinal).ToList();
        var generic = new GenericHeaders(ordered.Where(h => h.Arches.Count == 0).ToList());
        var arches = ordered.SelectMany(h => h.Arches)
            .Concat(tableArches.IsDefault ? ImmutableArray<string>.Empty : tableArches)
            .Distinct(StringComparer.Ordinal).OrderBy(a => a, StringComparer.Ordinal).ToList();

        // Arches whose headers are the same share one set; the sets keep the order of their first arch.
        var sets = new List<(List<string> Arches, List<ArgumentHeaderFile> Headers)>();
        foreach (string arch in arches)
        {
            List<ArgumentHeaderFile> seen = generic.SeenBy(ordered.Where(h => h.Arches.Contains(arch)).ToList());
            int same = sets.FindIndex(s => s.Headers.SequenceEqual(seen));
            if (same >= 0)
            {
                sets[same].Arches.Add(arch);
            }
            else
            {
                sets.Add((new List<string> { arch }, seen));
            }
        }

        var merged = sets.Select(s => Overlay(Collect(s.Headers.Where(h => h.Arches.Count == 0)), Collect(s.Headers.Where(h => h.Arches.Count > 0)))).ToList();
        var resolvers = sets.Select((s, i) => ConstantExpression.Resolver(merged[i], Macros(s.Headers))).ToList();

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

                var values = new ArchValue[sets.Count];
                bool anywhere = false;
                var failures = new List<(string Arches, string Error)>();
                for (int i = 0; i < sets.Count; i++)
                {
                    if (!merged[i].ContainsKey(row.Macro))
                    {
                        continue;
                    }

                    (ulong value, string? error) = resolvers[i](row.Macro);
                    if (error is not null)
                    {
                        failures.Add((string.Join(", ", sets[i].Arches), error));
                        continue;
                    }

                    values[i] = new ArchValue(true, value);
                    anywhere = true;
                }

                // A value one arch writes in C the evaluator does not compute (powerpc's "_IOR('t', 19, struct termios)")
                // is left undecoded there and said once, as information; a value no arch can evaluate is an error.
                foreach ((string failedArches, string error) in failures)
                {
                    diagnostics.Add(DiagnosticInfo.Create(anywhere ? DiagnosticDescriptors.ArgumentConstantNotEvaluatedForArch : DiagnosticDescriptors.UnevaluableArgumentConstant,
                        row.Location, group.Key, row.Macro, failedArches, error));
                }

                if (!anywhere && failures.Count == 0)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UndefinedArgumentConstant, row.Location, group.Key, row.Macro, arches.Count == 0 ? "none declared" : string.Join(", ", arches)));
                }

                constants.Add(new ArgumentConstant(row.Macro, row.Text, values.ToEquatableArray()));
            }

            groups.Add(new ArgumentGroup(group.Key, constants.ToEquatableArray()));
        }

        var headerSets = sets.Select(s => new HeaderSet(s.Arches.ToEquatableArray()));
        return new ArgumentConstantsModel(ns, headerSets.ToEquatableArray(), groups.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>The generic headers, indexed once, and which arch-independent headers each one pulls in.</summary>
    private sealed class GenericHeaders
    {
        private readonly List<ArgumentHeaderFile> _headers;
        private readonly Dictionary<string, ArgumentHeaderFile> _byName = new(StringComparer.Ordinal);
        private readonly HashSet<ArgumentHeaderFile> _includedByOthers;

        public GenericHeaders(List<ArgumentHeaderFile> headers)
        {
            _headers = headers;
            foreach (ArgumentHeaderFile header in headers)
            {
                _byName[FileName(header)] = header;
            }

            var none = new Dictionary<string, ArgumentHeaderFile>(StringComparer.Ordinal);
            _includedByOthers = new HashSet<ArgumentHeaderFile>(headers.SelectMany(h => h.Defines.Includes).Select(i => Resolve(i, none)).OfType<ArgumentHeaderFile>());
        }

        /// <summary>The headers an arch with headers <paramref name="own"/> sees: its own first, then the generic ones in path order.</summary>
        public List<ArgumentHeaderFile> SeenBy(List<ArgumentHeaderFile> own)
        {
            var ownByName = new Dictionary<string, ArgumentHeaderFile>(StringComparer.Ordinal);
            foreach (ArgumentHeaderFile header in own)
            {
                ownByName[FileName(header)] = header;
            }

            var seen = new HashSet<ArgumentHeaderFile>();
            var pending = new Stack<ArgumentHeaderFile>(own.Concat(_headers.Where(h => !_includedByOthers.Contains(h) && !ReplacedBy(h, ownByName))).Reverse());
            while (pending.Count > 0)
            {
                ArgumentHeaderFile header = pending.Pop();
                if (!seen.Add(header))
                {
                    continue;
                }

                foreach (string included in header.Defines.Includes)
                {
                    if (Resolve(included, ownByName) is { } next && !seen.Contains(next))
                    {
                        pending.Push(next);
                    }
                }
            }

            return own.Concat(_headers.Where(seen.Contains)).ToList();
        }

        // Which file an include names: <asm/X.h> is the arch's asm-X.h where it has one, else the generic one.
        private ArgumentHeaderFile? Resolve(string included, Dictionary<string, ArgumentHeaderFile> archHeaders)
        {
            string flat = included.Replace('/', '-');
            if (included.StartsWith("asm/", StringComparison.Ordinal))
            {
                return archHeaders.TryGetValue(flat, out ArgumentHeaderFile? mine) ? mine
                    : _byName.TryGetValue("asm-generic-" + included.Substring("asm/".Length).Replace('/', '-'), out ArgumentHeaderFile? fallback) ? fallback : null;
            }

            return _byName.TryGetValue(flat, out ArgumentHeaderFile? found) ? found : null;
        }

        // asm-generic-X.h is what asm/X.h means on an arch without its own asm-X.h.
        private static bool ReplacedBy(ArgumentHeaderFile generic, Dictionary<string, ArgumentHeaderFile> ownByName)
        {
            string name = FileName(generic);
            return name.StartsWith("asm-generic-", StringComparison.Ordinal) && ownByName.ContainsKey("asm-" + name.Substring("asm-generic-".Length));
        }
    }

    private static string FileName(ArgumentHeaderFile header)
    {
        string path = header.Defines.Path;
        int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return path.Substring(slash + 1);
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

    // Function-like macros (_IOC, _IOR, ...), the arch's own first: powerpc's asm/ioctl.h sets _IOC_SIZEBITS and friends
    // as plain defines, and the generic _IOR builds on them.
    private static Dictionary<string, FunctionMacro> Macros(List<ArgumentHeaderFile> headers)
    {
        var macros = new Dictionary<string, FunctionMacro>(StringComparer.Ordinal);
        foreach (ArgumentHeaderFile header in headers.Where(h => h.Arches.Count > 0).Concat(headers.Where(h => h.Arches.Count == 0)))
        {
            foreach (FunctionMacro macro in header.Defines.Macros)
            {
                if (!macros.ContainsKey(macro.Name))
                {
                    macros[macro.Name] = macro;
                }
            }
        }

        return macros;
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
