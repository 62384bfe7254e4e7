using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;

namespace SyscallTables.Packaging.Tests.Harness;

/// <summary>
/// The repository's packages, packed once per test run into a folder that serves as a NuGet source, with a version
/// no earlier run used (so no cache can answer in their place), and everything a consumer needs around it: a
/// nuget.config naming that folder, a private global-packages folder (our test versions never reach the user's
/// cache) and a temporary root that no Directory.Build.* of an enclosing folder reaches.
/// </summary>
public sealed class PackedFeed : IAsyncLifetime
{
    // The packable projects; the CLI pack also builds the other two, so they follow as no-op builds.
    private static readonly string[] PackedProjects =
    [
        "src/SyscallTables.Cli/SyscallTables.Cli.csproj",
        "src/SyscallTables/SyscallTables.csproj",
        "generators/SyscallTables.Generators/SyscallTables.Generators.csproj",
    ];

    public PackedFeed()
    {
        Root = Path.Combine(Path.GetTempPath(), "syscalltables-packaging-" + Guid.NewGuid().ToString("N")[..12]);
        Version = "0.1.0-test." + DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The temporary folder holding everything below; deleted after the run.</summary>
    public string Root { get; }

    /// <summary>The version every package of this run carries.</summary>
    public string Version { get; }

    /// <summary>The folder <c>dotnet pack -o</c> wrote to, the NuGet source consumers restore from.</summary>
    public string FeedFolder => Path.Combine(Root, "feed");

    /// <summary>The consumers' NUGET_PACKAGES.</summary>
    public string PackagesFolder => Path.Combine(Root, "packages");

    public string NuGetConfig => Path.Combine(Root, "nuget.config");

    /// <summary>The pack commands and what they printed.</summary>
    public IReadOnlyList<CommandResult> PackResults { get; private set; } = [];

    public ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(FeedFolder);
        Directory.CreateDirectory(PackagesFolder);

        // Consumers live below Root: these stop MSBuild's upward search for the repository's (or anyone's) settings.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(NuGetConfig, NuGetConfigText());

        // Build output goes under Root too (artifacts layout), so the pack neither reads nor disturbs the bin/ and obj/
        // of a build or test run going on in the repository at the same time.
        var results = new List<CommandResult>();
        foreach (string project in PackedProjects)
        {
            CommandResult pack = DotnetCommand.Dotnet(RepositoryLayout.Root, PackagesFolderForPack, "pack",
                RepositoryLayout.File(project), "-c", "Release", "-o", FeedFolder, "-p:Version=" + Version,
                "-p:UseArtifactsOutput=true", "-p:ArtifactsPath=" + Path.Combine(Root, "artifacts"),
                "--disable-build-servers", "-tl:off", "-nologo");
            results.Add(pack);
            if (pack.ExitCode != 0)
            {
                throw new InvalidOperationException("dotnet pack failed:\n" + pack);
            }
        }

        PackResults = results;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        if (Environment.GetEnvironmentVariable("KEEP_PACKAGING_TEMP") != "1")
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A consumer process may still hold a file; the folder is under the temp path and named as ours.
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>The path of <c>{id}.{Version}.nupkg</c> (or .snupkg) in the feed, whether or not it exists.</summary>
    public string PackagePath(string id, string extension = "nupkg") => Path.Combine(FeedFolder, $"{id}.{Version}.{extension}");

    /// <summary>The nuspec of a packed package.</summary>
    public static XDocument ReadNuspec(string nupkg)
    {
        using ZipArchive zip = ZipFile.OpenRead(nupkg);
        ZipArchiveEntry entry = zip.Entries.Single(e => !e.FullName.Contains('/', StringComparison.Ordinal)
            && e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
        using Stream stream = entry.Open();
        return XDocument.Load(stream);
    }

    /// <summary>The file names inside a package.</summary>
    public static IReadOnlyList<string> ReadEntries(string nupkg)
    {
        using ZipArchive zip = ZipFile.OpenRead(nupkg);
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    /// <summary>A fresh, empty folder for one consumer project below <see cref="Root"/>.</summary>
    public string CreateConsumerFolder(string name)
    {
        string folder = Path.Combine(Root, "consumers", name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Runs dotnet in a consumer folder against the packed feed and the private package folder.</summary>
    public CommandResult Dotnet(string workingDirectory, params string[] arguments)
        => DotnetCommand.Dotnet(workingDirectory, PackagesFolder, arguments);

    // The pack restores the repository's own dependencies; it uses the user's global cache like any repository
    // build, since nothing of this run's version enters it.
    private static string PackagesFolderForPack =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private string NuGetConfigText()
    {
        // The user's global package folder is a valid local source in NuGet's folder layout: offering it first spares
        // the private package folder a download of what this machine already has (the NativeAOT compiler is large).
        string userCache = PackagesFolderForPack;
        string cacheSource = Directory.Exists(userCache)
            ? $"    <add key=\"machine-cache\" value=\"{userCache}\" />\n"
            : "";
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<configuration>\n"
            + "  <packageSources>\n"
            + "    <clear />\n"
            + $"    <add key=\"packed\" value=\"{FeedFolder}\" />\n"
            + cacheSource
            + "    <add key=\"nuget.org\" value=\"https://api.nuget.org/v3/index.json\" />\n"
            + "  </packageSources>\n"
            + "</configuration>\n";
    }
}
