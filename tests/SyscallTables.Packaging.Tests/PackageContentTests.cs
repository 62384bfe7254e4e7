using System.Xml.Linq;

namespace SyscallTables.Packaging.Tests;

/// <summary>What the packed .nupkg files contain: the layout NuGet and the compiler expect of each kind of package.</summary>
public sealed class PackageContentTests(PackedFeed feed)
{
    [Fact]
    public void Library_package_has_the_assembly_docs_readme_license_and_a_symbols_package()
    {
        foreach (CommandResult pack in feed.PackResults)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"{pack.CommandLine}: {pack.Elapsed.TotalSeconds:F1} s");
        }

        string nupkg = feed.PackagePath("SyscallTables");
        IReadOnlyList<string> entries = PackedFeed.ReadEntries(nupkg);
        Assert.Contains("lib/net10.0/SyscallTables.dll", entries);
        Assert.Contains("lib/net10.0/SyscallTables.xml", entries);
        Assert.Contains("README.md", entries);

        XElement metadata = Metadata(nupkg);
        XNamespace ns = metadata.Name.Namespace;
        Assert.Equal("MIT", (string?)metadata.Element(ns + "license"));
        Assert.Equal("expression", (string?)metadata.Element(ns + "license")?.Attribute("type"));
        Assert.Equal("README.md", (string?)metadata.Element(ns + "readme"));
        Assert.Contains("syscall", ((string?)metadata.Element(ns + "tags") ?? "").Split(' '));
        // The generator runs when the library is built; a consumer of the library must not receive it.
        Assert.DoesNotContain(metadata.Descendants(ns + "dependency"), d => ((string?)d.Attribute("id") ?? "").Contains("Generators", StringComparison.Ordinal));

        Assert.Contains("lib/net10.0/SyscallTables.pdb", PackedFeed.ReadEntries(feed.PackagePath("SyscallTables", "snupkg")));
    }

    [Fact]
    public void Generator_package_is_an_analyzer_with_build_transitive_items_and_nothing_for_lib()
    {
        string nupkg = feed.PackagePath("SyscallTables.Generators");
        IReadOnlyList<string> entries = PackedFeed.ReadEntries(nupkg);
        Assert.Contains("analyzers/dotnet/cs/SyscallTables.Generators.dll", entries);
        Assert.Contains("buildTransitive/SyscallTables.Generators.props", entries);
        Assert.Contains("buildTransitive/SyscallTables.Generators.targets", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("ref/", StringComparison.Ordinal));
        // Roslyn is the compiler's own; PolySharp and the analyzers are build-time only.
        Assert.DoesNotContain(entries, e => e.EndsWith(".dll", StringComparison.Ordinal) && !e.EndsWith("/SyscallTables.Generators.dll", StringComparison.Ordinal));

        XElement metadata = Metadata(nupkg);
        XNamespace ns = metadata.Name.Namespace;
        Assert.Equal("true", (string?)metadata.Element(ns + "developmentDependency"));
        Assert.Empty(metadata.Descendants(ns + "dependency"));
        Assert.Equal("README.md", (string?)metadata.Element(ns + "readme"));
        Assert.Equal("MIT", (string?)metadata.Element(ns + "license"));
    }

    private static XElement Metadata(string nupkg)
    {
        XElement package = PackedFeed.ReadNuspec(nupkg).Root!;
        return package.Element(package.Name.Namespace + "metadata")!;
    }
}
