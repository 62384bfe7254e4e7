using System.Xml.Linq;
using SyscallTables.Generators.Tests.Harness;

namespace SyscallTables.Generators.Tests;

/// <summary>
/// The generator README's example, as a user would follow it: the <c>SyscallTable</c> item of its XML block (arch and
/// ABIs) over the kernel's generic <c>syscall.tbl</c>, and its C# block compiled with the generated code, in the
/// project's root namespace, and run, checking every result its comments state.
/// </summary>
public sealed class ReadmeExampleTests
{
    private const string Readme = "generators/SyscallTables.Generators/README.md";

    [Fact]
    public void The_readme_example_compiles_against_the_generated_code_and_gives_the_results_its_comments_state()
    {
        XElement item = ReadmeExamples.XmlBlocks(RepositoryLayout.File(Readme))
            .Select(block => XElement.Parse(block))
            .SelectMany(group => group.Elements("SyscallTable"))
            .Single(table => table.Attribute("Arch") is not null); // the other form names its arches in an arches file
        string table = RepositoryLayout.Table("generic/syscall.tbl");
        TableInput input = TableInput.SyscallTable(table, File.ReadAllText(table), (string?)item.Attribute("Arch"), (string?)item.Attribute("Abis"));

        string block = Assert.Single(ReadmeExamples.CSharpBlocks(RepositoryLayout.File(Readme)));
        (string source, int claims) = ReadmeExamples.Instrument(block, inNamespace: "UserProject");
        var host = new GeneratorHost([input], source + ReportFailures, rootNamespace: "UserProject");
        host.Run();

        string failures = host.Invoke("UserProject.ReadmeReport", "Failures");
        Assert.True(failures.Length == 0, $"{Readme}: the example gave other results than its comments state:\n{failures}");
        Assert.True(claims >= 3, $"{Readme}: only {claims} stated results were found to check; did its example lose its comments?");
    }

    // GeneratorHost.Invoke calls a method returning a string.
    private const string ReportFailures = """

        public static class ReadmeReport
        {
            public static string Failures() => string.Join("\n", ReadmeExample.Run());
        }
        """;
}
