using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SyscallTables.Generators.Tests.Harness;

/// <summary>
/// Runs <see cref="SyscallTableGenerator"/> the way the compiler does: a <see cref="CSharpGeneratorDriver"/> over a
/// compilation of a small user source, in-memory additional files with their item metadata, and step tracking on, so
/// that tests can look at what each step produced and whether it ran again.
/// </summary>
internal sealed class GeneratorHost
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>Reference assemblies of the running runtime, so generated code compiles against the real BCL.</summary>
    private static readonly Lazy<ImmutableArray<MetadataReference>> RuntimeReferences = new(() =>
    {
        string runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string tpa = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return [.. tpa.Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.Ordinal) && string.Equals(Path.GetDirectoryName(p), runtimeDir, StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    });

    private readonly Dictionary<string, AdditionalText> _texts = new(StringComparer.Ordinal);

    public GeneratorHost(IEnumerable<TableInput> inputs, string userSource = "", string? rootNamespace = "SyscallTables", string? syscallTablesNamespace = null)
    {
        var list = inputs.ToList();
        var global = ImmutableDictionary.CreateBuilder<string, string>();
        if (rootNamespace is not null)
        {
            global["build_property.RootNamespace"] = rootNamespace;
        }

        if (syscallTablesNamespace is not null)
        {
            global["build_property.SyscallTablesNamespace"] = syscallTablesNamespace;
        }

        foreach (TableInput input in list)
        {
            _texts[input.Path] = new InMemoryAdditionalText(input.Path, input.Text);
        }

        Compilation = CSharpCompilation.Create(
            "GeneratorTestAssembly",
            [CSharpSyntaxTree.ParseText(userSource, ParseOptions, path: "UserSource.cs")],
            RuntimeReferences.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        Driver = CSharpGeneratorDriver.Create(
            [new SyscallTableGenerator().AsSourceGenerator()],
            [.. _texts.Values],
            ParseOptions,
            ItemMetadataOptionsProvider.For(list, global.ToImmutable()),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public GeneratorDriver Driver { get; private set; }

    public CSharpCompilation Compilation { get; private set; }

    public Compilation? OutputCompilation { get; private set; }

    /// <summary>Runs (or re-runs) the generator and returns this run's result.</summary>
    public GeneratorRunResult Run()
    {
        Driver = Driver.RunGeneratorsAndUpdateCompilation(Compilation, out Compilation output, out _);
        OutputCompilation = output;
        return Driver.GetRunResult().Results.Single();
    }

    public void AddSyntaxTree(string source, string path)
        => Compilation = Compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, ParseOptions, path: path));

    /// <summary>Replaces an additional file's text, as an IDE does when a table is edited (same path, new text).</summary>
    public void ReplaceText(string path, string text)
    {
        AdditionalText old = _texts[path];
        var replacement = new InMemoryAdditionalText(path, text);
        Driver = Driver.ReplaceAdditionalText(old, replacement);
        _texts[path] = replacement;
    }

    /// <summary>
    /// Errors of the compilation with the generated sources added, plus warnings inside the generated sources (the
    /// user source may be sloppy; the generated code may not).
    /// </summary>
    public IReadOnlyList<Diagnostic> OutputProblems()
    {
        Compilation output = OutputCompilation ?? throw new InvalidOperationException("Run the generator first.");
        return [.. output.GetDiagnostics().Where(d =>
            d.Severity == DiagnosticSeverity.Error
            || (d.Severity == DiagnosticSeverity.Warning && d.Location.SourceTree is { } tree && !Compilation.SyntaxTrees.Contains(tree)))];
    }

    /// <summary>Fails unless the generated sources together with the user source compile cleanly.</summary>
    public void AssertOutputCompiles()
    {
        var problems = OutputProblems();
        Assert.True(problems.Count == 0, "The generated code does not compile:\n" + string.Join("\n", problems.Take(30).Select(d => d.ToString())));
    }

    /// <summary>
    /// Compiles the output, loads it into a collectible context and calls a public static method returning a string,
    /// so tests can observe what the generated lookups answer, not only what they look like.
    /// </summary>
    public string Invoke(string typeName, string methodName)
    {
        AssertOutputCompiles();
        using var image = new MemoryStream();
        var emit = OutputCompilation!.Emit(image);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        image.Position = 0;
        var context = new AssemblyLoadContext("generated", isCollectible: true);
        try
        {
            Assembly assembly = context.LoadFromStream(image);
            MethodInfo method = assembly.GetType(typeName, throwOnError: true)!.GetMethod(methodName, BindingFlags.Public | BindingFlags.Static)!;
            return (string)method.Invoke(null, null)!;
        }
        finally
        {
            context.Unload();
        }
    }
}
