using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SyscallTables.Tests;

/// <summary>
/// The C# examples of the READMEs about the library (the repository's and the one the package ships) are compiled
/// against this build of the library, so they cannot rot; a block that states results in its comments is also run,
/// and every stated result is checked (see <see cref="ReadmeExamples"/>). A block without stated results (one that
/// reads a real audit log) is compiled only.
/// </summary>
public sealed class ReadmeExampleTests
{
    [Theory]
    [InlineData("README.md", 6)]                   // GetName 83, TryGetNumber openat, errno name and message, ...
    [InlineData("src/SyscallTables/README.md", 5)] // the package's: GetName, TryGetNumber, errno name and message, TryParse
    public void Every_csharp_block_compiles_and_gives_the_results_its_comments_state(string readme, int minimumClaims)
    {
        IReadOnlyList<string> blocks = ReadmeExamples.CSharpBlocks(RepositoryLayout.File(readme));
        Assert.NotEmpty(blocks);

        int checkedClaims = 0;
        foreach (string block in blocks)
        {
            (string source, int claims) = ReadmeExamples.Instrument(block);
            checkedClaims += claims;
            var context = new AssemblyLoadContext("readme", isCollectible: true);
            try
            {
                Assembly assembly = Compile(source, context);
                if (claims == 0)
                {
                    continue;
                }

                var failures = (List<string>)assembly.GetType("ReadmeExample")!.GetMethod("Run")!.Invoke(null, null)!;
                Assert.True(failures.Count == 0, $"{readme}: an example gave other results than its comments state:\n" + string.Join("\n", failures));
            }
            finally
            {
                context.Unload();
            }
        }

        Assert.True(checkedClaims >= minimumClaims, $"{readme}: only {checkedClaims} stated results were found to check; did its examples lose their comments?");
    }

    private static Assembly Compile(string source, AssemblyLoadContext context)
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
        return context.LoadFromStream(pe);
    }
}
