using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SyscallTables.Generators.Tests.Harness;

/// <summary>
/// One additional file as MSBuild would hand it to the generator: a path, its text, and the item metadata that
/// build/SyscallTables.Generators.targets copies under Syscall* names (Abis already space-separated, as the target
/// rewrites them for the .editorconfig).
/// </summary>
internal sealed record TableInput(string Path, string Text, ImmutableDictionary<string, string> Metadata)
{
    public static TableInput SyscallTable(string path, string text, string? arch, string? abis, string? auditArch = null, string? numberOffset = null, string? syscallBit = null, string? nameLookup = null)
    {
        var metadata = ImmutableDictionary.CreateBuilder<string, string>();
        metadata["SyscallTablesKind"] = "SyscallTable";
        Add("SyscallArch", arch);
        Add("SyscallAbis", abis);
        Add("SyscallAuditArch", auditArch);
        Add("SyscallNumberOffset", numberOffset);
        Add("SyscallBit", syscallBit);
        Add("SyscallNameLookup", nameLookup);
        return new TableInput(path, text, metadata.ToImmutable());

        void Add(string key, string? value)
        {
            if (value is not null)
            {
                metadata[key] = value;
            }
        }
    }

    public static TableInput OfKind(string kind, string path, string text)
        => new(path, text, ImmutableDictionary<string, string>.Empty.Add("SyscallTablesKind", kind));

    public static TableInput ErrnoHeader(string path, string text) => OfKind("ErrnoHeader", path, text);

    public static TableInput ErrnoMessages(string path, string text) => OfKind("ErrnoMessages", path, text);

    public static TableInput AuditHeader(string path, string text) => OfKind("AuditHeader", path, text);

    public static TableInput AuditNames(string path, string text) => OfKind("AuditNames", path, text);

    /// <summary>A syscall table without Arch or Abis metadata: an arches file says which arches read it.</summary>
    public static TableInput KernelTable(string path, string text) => OfKind("SyscallTable", path, text);

    /// <summary>An arches file: <c>ARCH TABLES ABIS [NAME=VALUE...]</c> rows.</summary>
    public static TableInput Arches(string path, string text) => OfKind("SyscallArches", path, text);

    /// <summary>A file that is not ours: no SyscallTablesKind metadata.</summary>
    public static TableInput Foreign(string path, string text) => new(path, text, ImmutableDictionary<string, string>.Empty);

    public TableInput WithText(string text) => this with { Text = text };
}

/// <summary>An additional file that lives in memory.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>
/// Options as the compiler derives them from the generated .editorconfig: global build properties, and per additional
/// file the <c>build_metadata.AdditionalFiles.*</c> keys, looked up by path.
/// </summary>
internal sealed class ItemMetadataOptionsProvider(ImmutableDictionary<string, string> globalOptions, ImmutableDictionary<string, ImmutableDictionary<string, string>> fileOptions)
    : AnalyzerConfigOptionsProvider
{
    private static readonly DictionaryOptions None = new(ImmutableDictionary<string, string>.Empty);

    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(globalOptions);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => fileOptions.TryGetValue(textFile.Path, out var options) ? new DictionaryOptions(options) : None;

    public static ItemMetadataOptionsProvider For(IEnumerable<TableInput> inputs, ImmutableDictionary<string, string> globalOptions)
    {
        var files = ImmutableDictionary.CreateBuilder<string, ImmutableDictionary<string, string>>(StringComparer.Ordinal);
        foreach (TableInput input in inputs)
        {
            files[input.Path] = input.Metadata.ToImmutableDictionary(p => "build_metadata.AdditionalFiles." + p.Key, p => p.Value);
        }

        return new ItemMetadataOptionsProvider(globalOptions, files.ToImmutable());
    }

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            => values.TryGetValue(key, out value);
    }
}
