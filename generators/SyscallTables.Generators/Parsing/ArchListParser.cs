using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using SyscallTables.Generators.Model;

namespace SyscallTables.Generators.Parsing;

/// <summary>
/// Reads an arches file (tables/arches.txt): one row per arch, <c>ARCH TABLES ABIS [NAME=VALUE...]</c>, blank-separated,
/// <c>#</c> to the end of the line a comment. TABLES and ABIS are comma-separated; a table path is relative to the
/// arches file. The NAME=VALUE options are the SyscallTable item metadata of the same names (AuditArch, NumberOffset,
/// SyscallBit, NameLookup), so one kernel file serves several arches, each with its own ABIs, without a second copy.
/// </summary>
internal static class ArchListParser
{
    private static readonly string[] Options = ["AuditArch", "NumberOffset", "SyscallBit", "NameLookup"];

    public static (ImmutableArray<ArchDeclaration> Rows, ImmutableArray<DiagnosticInfo> Diagnostics) Parse(string path, string text)
    {
        var rows = ImmutableArray.CreateBuilder<ArchDeclaration>();
        var diagnostics = ImmutableArray.CreateBuilder<DiagnosticInfo>();
        string folder = Folder(path);
        foreach (TextLine line in TextLine.Split(path, text))
        {
            List<(string Text, int Column)> fields = Chars.DataFields(line.Text);
            if (fields.Count == 0)
            {
                continue;
            }
            if (fields.Count < 3)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedArchRow, line.Location, "fewer than three fields", line.Text));
                continue;
            }

            var options = new Dictionary<string, string>(StringComparer.Ordinal);
            string? problem = null;
            for (int i = 3; i < fields.Count && problem is null; i++)
            {
                string field = fields[i].Text;
                int equals = field.IndexOf('=');
                string name = equals < 0 ? field : field.Substring(0, equals);
                if (equals <= 0 || Array.IndexOf(Options, name) < 0)
                {
                    problem = $"'{field}' is not one of {string.Join("=, ", Options)}=";
                }
                else if (options.ContainsKey(name))
                {
                    problem = $"{name} is given twice";
                }
                else
                {
                    options.Add(name, field.Substring(equals + 1));
                }
            }

            if (problem is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MalformedArchRow, line.Location, problem, line.Text));
                continue;
            }

            var tables = ImmutableArray.CreateBuilder<string>();
            foreach (string table in SyscallTableParser.SplitList(fields[1].Text))
            {
                tables.Add(Resolve(folder, table));
            }

            string subject = $"the arches row of '{fields[0].Text}'";
            var metadata = new TableMetadata(
                fields[0].Text,
                fields[2].Text,
                Option(options, "AuditArch"),
                Option(options, "NumberOffset"),
                Option(options, "SyscallBit"),
                Option(options, "NameLookup"));
            TableDeclaration? declaration = SyscallTableParser.Declare(metadata, subject, line.Location, diagnostics);
            if (declaration is not null)
            {
                rows.Add(new ArchDeclaration(declaration, tables.ToEquatableArray(), line.Location));
            }
        }

        return (rows.ToImmutable(), diagnostics.ToImmutable());
    }

    /// <summary>A path in the form used to match rows with tables: '/' as the separator, whatever the host's.</summary>
    public static string Normalize(string path) => path.Replace('\\', '/');

    private static string Folder(string path)
    {
        string normalized = Normalize(path);
        int slash = normalized.LastIndexOf('/');
        return slash < 0 ? string.Empty : normalized.Substring(0, slash + 1);
    }

    private static string Resolve(string folder, string relative)
    {
        string normalized = Normalize(relative);
        return normalized.StartsWith("/", StringComparison.Ordinal) ? normalized : folder + normalized;
    }

    private static string? Option(Dictionary<string, string> options, string name)
        => options.TryGetValue(name, out string? value) ? value : null;
}
