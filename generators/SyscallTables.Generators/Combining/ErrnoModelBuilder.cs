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
    public static ErrnoModel? Build(ImmutableArray<DefineFile> headers, ImmutableArray<ErrnoMessage> messages, string ns)
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
