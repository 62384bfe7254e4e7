using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SyscallTables.Generators.Model;

namespace SyscallTables.Generators.Parsing;

/// <summary>
/// Turns one additional file and its item metadata into a <see cref="ParsedInput"/>. This is the only place that
/// touches Roslyn's <see cref="AdditionalText"/>; what leaves here is plain, equatable data.
/// </summary>
internal static class InputParser
{
    private const string MetadataPrefix = "build_metadata.AdditionalFiles.";

    public static ParsedInput? Parse(AdditionalText file, AnalyzerConfigOptions options, CancellationToken cancellationToken)
    {
        if (!options.TryGetValue(MetadataPrefix + "SyscallTablesKind", out string? kindText) || string.IsNullOrWhiteSpace(kindText))
        {
            return null; // someone else's additional file
        }

        string path = file.Path;
        try
        {
            if (!TryParseKind(kindText.Trim(), out InputKind kind))
            {
                return Failed(InputKind.SyscallTable, path, DiagnosticInfo.Create(DiagnosticDescriptors.UnknownKind, SourceLocation.File(path), path, kindText));
            }

            SourceText? source = file.GetText(cancellationToken);
            string text = source?.ToString() ?? string.Empty;
            return kind switch
            {
                InputKind.SyscallTable => ParseTable(path, text, options),
                InputKind.ErrnoHeader => ParseErrnoHeader(path, text, options),
                InputKind.AuditHeader => ParseAuditHeader(path, text),
                InputKind.ErrnoMessages => ParseErrnoMessages(path, text),
                InputKind.ArgumentHeader => new ParsedInput(kind, path, null, null, default, default, EquatableArray<DiagnosticInfo>.Empty,
                    new ArgumentHeaderFile(DefineParser.Parse(path, text), SplitArches(Get(options, "SyscallArch")))),
                InputKind.ArgumentNames => ParseArgumentNames(path, text),
                InputKind.AuditFields => ParseAuditFields(path, text),
                InputKind.SyscallArches => ParseArches(path, text),
                _ => ParseAuditNames(path, text),
            };
        }
        catch (System.Exception ex) when (ex is not System.OperationCanceledException)
        {
            return Failed(InputKind.SyscallTable, path, DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, SourceLocation.File(path), $"reading '{path}'", ex.GetType().Name + ": " + ex.Message));
        }
    }

    // audit.h names argument values too (AUDIT_FILTER_* of CONFIG_CHANGE's list=, AUDIT_PERM_*): the same parsed
    // defines serve as a generic argument header, so one file needs no second copy or second item.
    private static ParsedInput ParseAuditHeader(string path, string text)
    {
        DefineFile defines = DefineParser.Parse(path, text);
        return new ParsedInput(InputKind.AuditHeader, path, null, defines, default, default, EquatableArray<DiagnosticInfo>.Empty,
            new ArgumentHeaderFile(defines, EquatableArray<string>.Empty));
    }

    private static ParsedInput ParseErrnoHeader(string path, string text, AnalyzerConfigOptions options)
    {
        DefineFile defines = DefineParser.Parse(path, text);
        return new ParsedInput(InputKind.ErrnoHeader, path, null, defines, default, default, EquatableArray<DiagnosticInfo>.Empty,
            ErrnoHeader: new ErrnoHeaderFile(defines, SplitArches(Get(options, "SyscallArch"))));
    }

    private static bool TryParseKind(string text, out InputKind kind)
    {
        foreach (InputKind k in new[] { InputKind.SyscallTable, InputKind.ErrnoHeader, InputKind.ErrnoMessages, InputKind.AuditHeader, InputKind.AuditNames, InputKind.ArgumentHeader, InputKind.ArgumentNames, InputKind.AuditFields, InputKind.SyscallArches })
        {
            if (string.Equals(k.ToString(), text, System.StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }

    private static ParsedInput ParseTable(string path, string text, AnalyzerConfigOptions options)
    {
        var metadata = new TableMetadata(
            Get(options, "SyscallArch"),
            Get(options, "SyscallAbis"),
            Get(options, "SyscallAuditArch"),
            Get(options, "SyscallNumberOffset"),
            Get(options, "SyscallBit"),
            Get(options, "SyscallNameLookup"));
        if (metadata.Arch is null && metadata.Abis is null)
        {
            // Declared by an arches file, which says which arches read it with which ABIs: keep every row.
            var found = ImmutableArray.CreateBuilder<DiagnosticInfo>();
            KernelTableFile rows = SyscallTableParser.ParseRows(path, text, found);
            return new ParsedInput(InputKind.SyscallTable, path, null, null, default, default, found.ToEquatableArray(), KernelTable: rows);
        }

        (SyscallTableFile? table, ImmutableArray<DiagnosticInfo> diagnostics) = SyscallTableParser.Parse(path, text, metadata);
        return new ParsedInput(InputKind.SyscallTable, path, table, null, default, default, new EquatableArray<DiagnosticInfo>(diagnostics));
    }

    private static ParsedInput ParseErrnoMessages(string path, string text)
    {
        var (rows, diagnostics) = RowFileParser.ParseErrnoMessages(path, text);
        return new ParsedInput(InputKind.ErrnoMessages, path, null, null, new EquatableArray<ErrnoMessage>(rows), default, new EquatableArray<DiagnosticInfo>(diagnostics));
    }

    private static ParsedInput ParseAuditNames(string path, string text)
    {
        var (rows, diagnostics) = RowFileParser.ParseAuditNames(path, text);
        return new ParsedInput(InputKind.AuditNames, path, null, null, default, new EquatableArray<AuditNameRow>(rows), new EquatableArray<DiagnosticInfo>(diagnostics));
    }

    private static ParsedInput ParseArgumentNames(string path, string text)
    {
        var (rows, diagnostics) = RowFileParser.ParseArgumentNames(path, text);
        return new ParsedInput(InputKind.ArgumentNames, path, null, null, default, default, new EquatableArray<DiagnosticInfo>(diagnostics), null, new EquatableArray<ArgumentNameRow>(rows));
    }

    private static ParsedInput ParseAuditFields(string path, string text)
    {
        var (rows, diagnostics) = AuditFieldsParser.Parse(path, text);
        return new ParsedInput(InputKind.AuditFields, path, null, null, default, default, new EquatableArray<DiagnosticInfo>(diagnostics), AuditFields: new EquatableArray<AuditFieldRow>(rows));
    }

    private static ParsedInput ParseArches(string path, string text)
    {
        var (rows, diagnostics) = ArchListParser.Parse(path, text);
        return new ParsedInput(InputKind.SyscallArches, path, null, null, default, default, new EquatableArray<DiagnosticInfo>(diagnostics), Arches: new EquatableArray<ArchDeclaration>(rows));
    }

    private static EquatableArray<string> SplitArches(string? text)
        => (text ?? string.Empty).Split([' ', '\t'], System.StringSplitOptions.RemoveEmptyEntries).ToEquatableArray();

    private static ParsedInput Failed(InputKind kind, string path, DiagnosticInfo diagnostic)
        => new(kind, path, null, null, default, default, new EquatableArray<DiagnosticInfo>(ImmutableArray.Create(diagnostic)));

    private static string? Get(AnalyzerConfigOptions options, string name)
        => options.TryGetValue(MetadataPrefix + name, out string? value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
