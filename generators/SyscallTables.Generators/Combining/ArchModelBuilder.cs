using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SyscallTables.Generators.Model;

namespace SyscallTables.Generators.Combining;

/// <summary>
/// Joins the table files of each arch (the imported kernel table plus any later additions) and the audit-userspace
/// names into one model per arch. Problems that only show across files are found here: duplicate numbers or names,
/// declared ABIs no table uses, audit names that do not fit the table.
/// </summary>
internal static class ArchModelBuilder
{
    public static ImmutableArray<SyscallArchModel> Build(ImmutableArray<SyscallTableFile> tables, ImmutableArray<AuditNameRow> auditNames, string ns)
    {
        var models = ImmutableArray.CreateBuilder<SyscallArchModel>();
        // Hint names (Syscalls.{Arch}.g.cs) are compared without regard to case, so arches that differ only in
        // case cannot both be emitted: the first (ordinally) wins and the other is reported.
        var emitted = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // Files keep the project's order within an arch: the imported kernel table comes before later additions,
        // so when both claim a number the kernel's row wins and the addition is the one reported.
        foreach (IGrouping<string, SyscallTableFile> arch in tables
            .GroupBy(t => t.Arch, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (emitted.TryGetValue(arch.Key, out string? other))
            {
                SyscallTableFile file = arch.First();
                DiagnosticInfo clash = DiagnosticInfo.Create(DiagnosticDescriptors.InvalidMetadata, SourceLocation.File(file.Path), "Arch", file.Path, arch.Key, $"it differs from the Arch '{other}' of other tables only in letter case, and the generated file names would clash");
                models.Add(new SyscallArchModel(ns, string.Empty, string.Empty, EquatableArray<string>.Empty, SourceLocation.File(file.Path), EquatableArray<SyscallEntry>.Empty, new EquatableArray<DiagnosticInfo>(ImmutableArray.Create(clash))));
                continue;
            }

            emitted.Add(arch.Key, arch.Key);
            models.Add(BuildArch(arch.Key, arch.ToList(), auditNames, ns));
        }

        return models.ToImmutable();
    }

    private static SyscallArchModel BuildArch(string arch, List<SyscallTableFile> files, ImmutableArray<AuditNameRow> auditNames, string ns)
    {
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        SyscallTableFile first = files[0];
        SourceLocation declaredAt = first.Declaration ?? SourceLocation.File(first.Path);
        foreach (SyscallTableFile other in files.Skip(1))
        {
            if (other.AuditArch != first.AuditArch)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InconsistentMetadata, SourceLocation.File(other.Path), arch, "AuditArch", other.AuditArch, first.AuditArch, first.Path));
            }

            if (other.NameLookup != first.NameLookup)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InconsistentMetadata, SourceLocation.File(other.Path), arch, "NameLookup", other.NameLookup.ToString(), first.NameLookup.ToString(), first.Path));
            }
        }

        var byNumber = new Dictionary<int, SyscallRow>();
        var byName = new Dictionary<string, (int Number, SyscallRow Row)>(StringComparer.Ordinal);
        var entries = new SortedDictionary<int, string>();
        foreach (SyscallTableFile file in files)
        {
            foreach (SyscallRow row in file.Rows)
            {
                long wide = ((long)row.Number + file.NumberOffset) | (long)file.SyscallBit;
                if (wide > int.MaxValue)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidMetadata, row.Location, "NumberOffset/SyscallBit", file.Path, $"{file.NumberOffset}/0x{file.SyscallBit:X}", $"syscall {row.Number} '{row.Name}' would become {wide}, beyond 2^31-1"));
                    continue;
                }

                int number = (int)wide;
                if (byNumber.TryGetValue(number, out SyscallRow? earlier))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateNumber, row.Location, number.ToString(System.Globalization.CultureInfo.InvariantCulture), arch, earlier.Name, Describe(earlier.Location), row.Name));
                    continue;
                }

                if (byName.TryGetValue(row.Name, out var named))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateName, row.Location, row.Name, arch, named.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), Describe(named.Row.Location), number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    continue;
                }

                byNumber.Add(number, row);
                byName.Add(row.Name, (number, row));
                entries.Add(number, row.Name);
            }
        }

        var allAbis = new SortedSet<string>(files.SelectMany(f => f.AbisPresent), StringComparer.Ordinal);
        foreach (string abi in files.SelectMany(f => f.Abis).Distinct(StringComparer.Ordinal))
        {
            if (!allAbis.Contains(abi))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownAbi, declaredAt, abi, arch, string.Join(", ", allAbis)));
            }
        }

        if (entries.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.EmptyTable, declaredAt, arch, string.Join(", ", first.Abis)));
        }

        var audit = new Dictionary<int, string>();
        // Name lookups accept audit names too, so one audit name on two numbers would be ambiguous (and two equal
        // constants in the generated name switch do not compile).
        var auditNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (AuditNameRow row in auditNames)
        {
            if (!string.Equals(row.Arch, arch, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            string number = row.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!entries.TryGetValue(row.Number, out string? kernelName))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AuditNameMismatch, row.Location, row.AuditName, arch, number, "the tables have no such number"));
            }
            else if (kernelName != row.KernelName)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AuditNameMismatch, row.Location, row.AuditName, arch, number, $"the kernel's name is '{kernelName}', not '{row.KernelName}'"));
            }
            else if (byName.TryGetValue(row.AuditName, out var clash) && clash.Number != row.Number)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AuditNameMismatch, row.Location, row.AuditName, arch, number, $"the kernel uses that name for syscall {clash.Number}"));
            }
            else if (audit.ContainsKey(row.Number))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AuditNameMismatch, row.Location, row.AuditName, arch, number, "an earlier row already names it"));
            }
            else if (auditNumbers.TryGetValue(row.AuditName, out int taken) && taken != row.Number)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AuditNameMismatch, row.Location, row.AuditName, arch, number, $"an earlier row gives that audit name to syscall {taken.ToString(System.Globalization.CultureInfo.InvariantCulture)}"));
            }
            else
            {
                audit.Add(row.Number, row.AuditName);
                auditNumbers[row.AuditName] = row.Number;
            }
        }

        ImmutableArray<SyscallEntry> result = entries
            .Select(e => new SyscallEntry(e.Key, e.Value, audit.TryGetValue(e.Key, out string? a) && a != e.Value ? a : null))
            .ToImmutableArray();
        return new SyscallArchModel(
            ns,
            arch,
            first.AuditArch,
            files.Select(f => FileName(f.Path)).ToEquatableArray(),
            declaredAt,
            new EquatableArray<SyscallEntry>(result),
            diagnostics.ToEquatableArray(),
            first.NameLookup);
    }

    /// <summary>"file.tbl:12", for messages that point back at an earlier row.</summary>
    internal static string Describe(SourceLocation location)
        => FileName(location.Path) + ":" + (location.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal static string FileName(string path)
    {
        int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? path : path.Substring(slash + 1);
    }
}
