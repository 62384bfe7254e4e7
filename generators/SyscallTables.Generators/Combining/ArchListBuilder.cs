using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using SyscallTables.Generators.Model;
using SyscallTables.Generators.Parsing;

namespace SyscallTables.Generators.Combining;

/// <summary>The syscall tables of every arch, each with the declaration it is read under, and the problems found joining them.</summary>
internal sealed record DeclaredTables(EquatableArray<SyscallTableFile> Tables, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>
/// Applies the rows of the arches files to the tables declared without metadata: each row reads its files with its
/// ABIs, so one file yields one <see cref="SyscallTableFile"/> per arch that reads it. Tables declared by item metadata
/// pass through. Problems found here: an arch declared twice, a row naming a file that is not a table, a table no
/// arch reads.
/// </summary>
internal static class ArchListBuilder
{
    public static DeclaredTables Build(ImmutableArray<SyscallTableFile> itemTables, ImmutableArray<KernelTableFile> kernelTables, ImmutableArray<ArchDeclaration> rows)
    {
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        var tables = ImmutableArray.CreateBuilder<SyscallTableFile>();
        var declaredAt = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (SyscallTableFile table in itemTables)
        {
            tables.Add(table);
            if (!declaredAt.ContainsKey(table.Arch))
            {
                declaredAt.Add(table.Arch, SourceLocation.File(table.Path));
            }
        }

        var byPath = new Dictionary<string, KernelTableFile>(StringComparer.Ordinal);
        foreach (KernelTableFile table in kernelTables)
        {
            byPath[ArchListParser.Normalize(table.Path)] = table;
        }

        var read = new HashSet<string>(StringComparer.Ordinal);
        foreach (ArchDeclaration row in rows)
        {
            string arch = row.Declaration.Arch;
            if (declaredAt.TryGetValue(arch, out SourceLocation earlier))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ArchDeclaredTwice, row.Location, arch, ArchModelBuilder.Describe(earlier)));
                continue;
            }

            declaredAt.Add(arch, row.Location);
            foreach (string path in row.Tables)
            {
                if (!byPath.TryGetValue(path, out KernelTableFile? table))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownTable, row.Location, arch, path));
                    continue;
                }

                read.Add(path);
                tables.Add(SyscallTableParser.Select(table, row.Declaration, row.Location));
            }
        }

        foreach (KernelTableFile table in kernelTables)
        {
            if (!read.Contains(ArchListParser.Normalize(table.Path)))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UndeclaredTable, SourceLocation.File(table.Path), table.Path));
            }
        }

        return new DeclaredTables(tables.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
