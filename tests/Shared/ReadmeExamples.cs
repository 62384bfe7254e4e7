using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;

namespace SyscallTables.Testing;

/// <summary>
/// The C# examples of a README, turned into code that checks them: each <c>```csharp</c> block becomes the body of
/// <c>ReadmeExample.Run()</c>, and after every line that states its result in a comment
/// (<c>string? name = Syscalls.GetName(arch, 83); // "mkdir"</c>) a check of that result is added. Shared by the test
/// projects whose READMEs ship (the library's and the root's, and the generator's), each compiling against what its
/// README describes.
/// </summary>
internal static partial class ReadmeExamples
{
    /// <summary>The text of every <c>```csharp</c> block of the README at <paramref name="path"/>.</summary>
    public static IReadOnlyList<string> CSharpBlocks(string path) =>
        [.. CSharpBlock().Matches(File.ReadAllText(path)).Select(m => m.Groups[1].Value)];

    /// <summary>The text of every <c>```xml</c> block of the README at <paramref name="path"/>.</summary>
    public static IReadOnlyList<string> XmlBlocks(string path) =>
        [.. XmlBlock().Matches(File.ReadAllText(path)).Select(m => m.Groups[1].Value)];

    /// <summary>
    /// Wraps <paramref name="block"/> into <c>public static List&lt;string&gt; ReadmeExample.Run()</c> (in
    /// <paramref name="inNamespace"/> if given, as a user's code in that project would be) that returns the stated
    /// results it did not get; also returns how many stated results it checks.
    /// </summary>
    public static (string Source, int Claims) Instrument(string block, string? inNamespace = null)
    {
        var usings = new StringBuilder("using System;\nusing System.Collections.Generic;\nusing System.IO;\n");
        var body = new StringBuilder();
        int claims = 0;
        foreach (string line in block.Split('\n'))
        {
            if (line.StartsWith("using ", StringComparison.Ordinal) && !line.Contains('(', StringComparison.Ordinal))
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

        string namespaceLine = inNamespace is null ? "" : $"namespace {inNamespace};\n";
        string source = usings + namespaceLine + """
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

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex("```xml\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex XmlBlock();

    // "TYPE name = ...; // VALUE" or "...out TYPE name); // VALUE", where VALUE is a string literal, a number or an
    // enum member, optionally followed by a remark in parentheses.
    [GeneratedRegex("""^(?:\s*[\w.<>?]+\s+(?<decl>\w+)\s*=.*|.*\bout\s+[\w.]+\s+(?<out>\w+)\).*);\s*//\s*(?<value>"[^"]*"|-?\d+|[A-Z]\w*\.\w+)(?:\s+\(.*\))?\s*$""")]
    private static partial Regex StatedResult();
}
