using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SyscallTables.Generators.Model;
using SyscallTables.Generators.Parsing;

namespace SyscallTables.Generators.Combining;

/// <summary>
/// Builds the errno model from the errno headers' defines and the C library's messages. A define whose value is
/// another errno name is an alias (<c>EWOULDBLOCK</c> of <c>EAGAIN</c>); the message is the C library's text
/// (what <c>strerror</c> and <c>ausearch -i</c> print), falling back to the header comment.
/// </summary>
internal static class ErrnoModelBuilder
{
    public static ErrnoModel? Build(ImmutableArray<ErrnoHeaderFile> files, ImmutableArray<ErrnoMessage> messages, string ns)
    {
        ImmutableArray<DefineFile> headers = files.IsDefault ? ImmutableArray<DefineFile>.Empty : files.Where(f => f.Arches.Count == 0).Select(f => f.Defines).ToImmutableArray();
        ErrnoModel? generic = BuildGeneric(headers, messages, ns);
        if (generic is null)
        {
            return null;
        }

        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        var tables = ImmutableArray.CreateBuilder<ErrnoArchTable>();
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in files.Where(f => f.Arches.Count > 0)
            .GroupBy(f => string.Join(" ", f.Arches), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            ErrnoHeaderFile first = group.First();
            foreach (string arch in first.Arches)
            {
                if (!claimed.Add(arch))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateErrno, SourceLocation.File(first.Defines.Path), arch, "another errno header already gives this arch's numbers"));
                }
            }

            tables.Add(BuildArch(first.Arches, group.OrderBy(f => f.Defines.Path, StringComparer.Ordinal).SelectMany(f => f.Defines.Defines), generic, diagnostics));
        }

        return generic with
        {
            Diagnostics = generic.Diagnostics.Concat(diagnostics).ToEquatableArray(),
            ArchTables = tables.ToEquatableArray(),
        };
    }

    /// <summary>
    /// An arch's errno table, as its <c>asm/errno.h</c> makes it: that header includes the generic ones and redefines
    /// some names (mips, alpha, sparc and parisc almost all of them; powerpc only <c>EDEADLOCK</c>), so a name keeps its
    /// generic number unless the arch's header gives another. A message belongs to the name (glibc's text for
    /// <c>ENOMSG</c> is the same on mips), so an overridden name keeps its generic message.
    /// </summary>
    private static ErrnoArchTable BuildArch(EquatableArray<string> arches, IEnumerable<Define> defines, ErrnoModel generic, ImmutableArray<DiagnosticInfo>.Builder diagnostics)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var messages = new Dictionary<string, string>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (ErrnoEntry entry in generic.Entries)
        {
            numbers[entry.Name] = entry.Number;
            messages[entry.Name] = entry.Message;
            order.Add(entry.Name);
        }

        var aliasOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (ErrnoEntry entry in generic.Entries.Where(e => e.AliasOf is not null))
        {
            aliasOf[entry.Name] = entry.AliasOf!;
        }

        foreach (Define define in defines)
        {
            if (define.Name.Length < 2 || define.Name[0] != 'E' || define.Value.Length == 0)
            {
                continue;
            }

            if (Chars.TryParseDecimal(define.Value, out int number) && number > 0)
            {
                numbers[define.Name] = number;
                if (aliasOf.Remove(define.Name))
                {
                    // A generic alias that becomes an errno of its own (EDEADLOCK: 58 on powerpc, 56 on mips) has its own
                    // text, which glibc takes from the same comment ("File locking deadlock error").
                    messages[define.Name] = define.Comment ?? define.Name;
                }
            }
            else if (numbers.TryGetValue(define.Value, out int target))
            {
                numbers[define.Name] = target;
                aliasOf[define.Name] = aliasOf.TryGetValue(define.Value, out string? root) ? root : define.Value;
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateErrno, define.Location, define.Name, $"its value '{define.Value}' is neither a number nor an errno defined above it"));
                continue;
            }

            if (!messages.ContainsKey(define.Name))
            {
                messages[define.Name] = define.Comment ?? define.Name;
                order.Add(define.Name);
            }
        }

        foreach (KeyValuePair<string, string> alias in aliasOf)
        {
            numbers[alias.Key] = numbers[alias.Value]; // the alias follows its target when the arch renumbers it (alpha's EAGAIN)
        }

        // The first name of a number is its name; a later name with the same number is an alias of it.
        var canonical = new Dictionary<int, string>();
        var entries = new List<ErrnoEntry>();
        foreach (string name in order.Where(n => !aliasOf.ContainsKey(n)).Concat(order.Where(aliasOf.ContainsKey)))
        {
            int number = numbers[name];
            if (canonical.TryGetValue(number, out string? first))
            {
                entries.Add(new ErrnoEntry(name, number, first, messages[first]));
            }
            else
            {
                canonical.Add(number, name);
                entries.Add(new ErrnoEntry(name, number, null, messages[name]));
            }
        }

        return new ErrnoArchTable(arches[0], arches, entries.ToEquatableArray());
    }

    private static ErrnoModel? BuildGeneric(ImmutableArray<DefineFile> headers, ImmutableArray<ErrnoMessage> messages, string ns)
    {
        if (headers.IsDefaultOrEmpty)
        {
            return null;
        }

        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        var byName = new Dictionary<string, ErrnoEntry>(StringComparer.Ordinal);
        var canonical = new Dictionary<int, string>();
        var entries = new List<ErrnoEntry>();
        var text = messages.GroupBy(m => m.Number).ToDictionary(g => g.Key, g => g.First().Message);

        foreach (Define define in headers.OrderBy(h => h.Path, StringComparer.Ordinal).SelectMany(h => h.Defines))
        {
            if (define.Name.Length < 2 || define.Name[0] != 'E' || define.Value.Length == 0)
            {
                continue; // include guards and anything that is not an errno constant
            }

            if (byName.ContainsKey(define.Name))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateErrno, define.Location, define.Name, "defined twice"));
                continue;
            }

            ErrnoEntry entry;
            if (Chars.TryParseDecimal(define.Value, out int number) && number == 0)
            {
                // 0 means success; no header defines it, and Errnos.TryGetNumber uses 0 for "not found".
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateErrno, define.Location, define.Name, "errno 0 means success and cannot be an error name"));
                continue;
            }

            if (Chars.TryParseDecimal(define.Value, out number))
            {
                if (canonical.TryGetValue(number, out string? first))
                {
                    // Two names, one number, both written as numbers: the first is the name, the second an alias.
                    entry = new ErrnoEntry(define.Name, number, first, MessageFor(number, define));
                }
                else
                {
                    canonical.Add(number, define.Name);
                    entry = new ErrnoEntry(define.Name, number, null, MessageFor(number, define));
                }
            }
            else if (byName.TryGetValue(define.Value, out ErrnoEntry? target))
            {
                entry = new ErrnoEntry(define.Name, target.Number, target.AliasOf ?? target.Name, target.Message);
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateErrno, define.Location, define.Name, $"its value '{define.Value}' is neither a number nor an errno defined above it"));
                continue;
            }

            byName.Add(define.Name, entry);
            entries.Add(entry);
        }

        foreach (ErrnoMessage message in messages)
        {
            if (!canonical.TryGetValue(message.Number, out string? name))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateErrno, message.Location, message.Name, $"the messages file gives number {message.Number}, which the headers do not define"));
            }
            else if (name != message.Name)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateErrno, message.Location, message.Name, $"the headers call number {message.Number} '{name}'"));
            }
        }

        return new ErrnoModel(ns, entries.ToEquatableArray(), diagnostics.ToEquatableArray());

        string MessageFor(int number, Define define)
            => text.TryGetValue(number, out string? m) ? m : define.Comment ?? define.Name;
    }
}
