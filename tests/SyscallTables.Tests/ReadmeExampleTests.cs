using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SyscallTables.Tests;

/// <summary>
/// The C# examples in README.md are compiled and run against this build of the library, so they cannot rot. Where a
/// line states its result in a comment (<c>string? name = Syscalls.GetName(arch, 83); // "mkdir"</c>), the run checks it.
/// </summary>
public sealed partial class ReadmeExampleTests
{
    [Fact]
    public void Every_csharp_block_of_the_readme_compiles_runs_and_gives_the_results_its_comments_state()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryLayout.Root, "README.md"));
        List<string> blocks = [.. CSharpBlock().Matches(readme).Select(m => m.Groups[1].Value)];
        Assert.NotEmpty(blocks);

        int checkedClaims = 0;
        foreach (string block in blocks)
        {
            (string source, int claims) = Instrument(block);
            checkedClaims += claims;
            Assembly assembly = Compile(source);
            Type example = assembly.GetType("ReadmeExample")!;
            var failures = (List<string>)example.GetMethod("Run")!.Invoke(null, null)!;
            Assert.True(failures.Count == 0, "README example gave other results than its comments state:\n" + string.Join("\n", failures));
        }

        // The library example states at least these: GetName 83, TryGetNumber openat, errno name and message.
        Assert.True(checkedClaims >= 6, $"only {checkedClaims} stated results were found to check; did the README examples lose their comments?");
    }

    /// <summary>Wraps a block into a method and, after each line that states its result, adds a check of it.</summary>
    private static (string Source, int Claims) Instrument(string block)
    {
        var usings = new StringBuilder("using System;\nusing System.Collections.Generic;\n");
        var body = new StringBuilder();
        int claims = 0;
        foreach (string line in block.Split('\n'))
        {
            if (line.StartsWith("using ", StringComparison.Ordinal))
            {
                usings.AppendLine(line);
                continue;
            }

            body.AppendLine(line);
            Match claim = StatedResult().Match(line);
            if (!claim.Success)
            {
                continue;
            }

            string variable = claim.Groups["decl"].Success ? claim.Groups["decl"].Value : claim.Groups["out"].Value;
            if (variable.Length == 0)
            {
                continue;
            }

            string expected = claim.Groups["value"].Value;
            body.AppendLine($"Expect({variable}, {expected}, {SymbolDisplay.FormatLiteral(line.Trim(), true)});");
            claims++;
        }

        string source = usings + """
            public static class ReadmeExample
            {
                private static readonly List<string> Failures = new();

                private static void Expect<T>(T actual, T expected, string line)
                {
                    if (!EqualityComparer<T>.Default.Equals(actual, expected))
                    {
                        Failures.Add($"{line}  ->  got {actual}, expected {expected}");
                    }
                }

                public static List<string> Run()
                {
            """ + body + """
                    return Failures;
                }
            }
            """;
        return (source, claims);
    }

    private static Assembly Compile(string source)
    {
        string[] platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = platform.Append(typeof(Syscalls).Assembly.Location).Distinct().Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            "ReadmeExample",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var pe = new MemoryStream();
        var result = compilation.Emit(pe);
        Assert.True(result.Success, "README example does not compile:\n" + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)) + "\n" + source);
        pe.Position = 0;
        return new AssemblyLoadContext("readme", isCollectible: true).LoadFromStream(pe);
    }

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    // "TYPE name = ...; // VALUE" or "...out TYPE name); // VALUE", where VALUE is a string literal, a number or an
    // enum member, optionally followed by a remark in parentheses.
    [GeneratedRegex("""^(?:\s*[\w.<>?]+\s+(?<decl>\w+)\s*=.*|.*\bout\s+[\w.]+\s+(?<out>\w+)\).*);\s*//\s*(?<value>"[^"]*"|-?\d+|[A-Z]\w*\.\w+)(?:\s+\(.*\))?\s*$""")]
    private static partial Regex StatedResult();
}
