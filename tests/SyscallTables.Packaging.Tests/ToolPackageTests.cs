using System.Xml.Linq;

namespace SyscallTables.Packaging.Tests;

/// <summary>The <c>syscalls</c> .NET tool package, installed into a temporary tool path as a user would.</summary>
public sealed class ToolPackageTests(PackedFeed feed)
{
    [Fact]
    public void Tool_installs_into_a_tool_path_and_answers_a_lookup()
    {
        string nupkg = feed.PackagePath("syscalls");
        Assert.SkipUnless(File.Exists(nupkg),
            $"the CLI package is not produced yet: no {Path.GetFileName(nupkg)} in the pack folder (src/SyscallTables.Cli does not pack as the 'syscalls' tool)");
        XNamespace ns = PackedFeed.ReadNuspec(nupkg).Root!.Name.Namespace;
        bool isTool = PackedFeed.ReadNuspec(nupkg).Descendants(ns + "packageType").Any(t => (string?)t.Attribute("name") == "DotnetTool");
        Assert.SkipUnless(isTool,
            $"the CLI package is not produced yet as a tool: {Path.GetFileName(nupkg)} has no DotnetTool package type (src/SyscallTables.Cli/SyscallTables.Cli.csproj lacks PackAsTool=true)");

        string toolPath = feed.CreateConsumerFolder("tool-path");
        CommandResult install = feed.Dotnet(feed.Root, "tool", "install", "--tool-path", toolPath, "--add-source", feed.FeedFolder,
            "--configfile", feed.NuGetConfig, "syscalls", "--version", feed.Version);
        TestContext.Current.TestOutputHelper?.WriteLine(install.ToString());
        Assert.True(install.ExitCode == 0, install.ToString());

        string table = RepositoryLayout.File("tables/x86_64/syscall_64.tbl");
        CommandResult lookup = DotnetCommand.Run(Path.Combine(toolPath, "syscalls"), feed.Root, feed.PackagesFolder, "x86_64", "83");
        Assert.True(lookup.ExitCode == 0, lookup.ToString());
        Assert.Equal(KernelTables.SyscallName(table, 83, "common", "64") + "\n", lookup.Output);
    }
}
