namespace SyscallTables.Tests.Harness;

/// <summary>
/// The public audit-log corpus (../shared/corpus, described in its SOURCES.md), used by path and never copied into
/// the repository. Tests that need it skip with the reason when it is absent.
/// </summary>
internal static class AuditCorpus
{
    private static readonly Lazy<string?> LazyDirectory = new(Find);

    /// <summary>The corpus folder, or <see langword="null"/> when neither ../shared/corpus nor /work/shared/corpus exists.</summary>
    public static string? Directory => LazyDirectory.Value;

    /// <summary>Skips the calling test, with the reason, when the corpus is absent; returns its folder otherwise.</summary>
    public static string RequireDirectory()
    {
        string? directory = Directory;
        Assert.SkipWhen(directory is null,
            "the audit log corpus is absent (looked for ../shared/corpus next to the repository and /work/shared/corpus)");
        return directory!;
    }

    /// <summary>Every data file of the corpus (all but SOURCES.md), sorted, as paths relative to the corpus folder.</summary>
    public static IReadOnlyList<string> Files(string directory) =>
        [.. System.IO.Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "SOURCES.md")
            .Select(f => Path.GetRelativePath(directory, f))
            .Order(StringComparer.Ordinal)];

    /// <summary>A corpus file's path; skips the test when the corpus is absent.</summary>
    public static string File(string relativePath)
    {
        string path = Path.Combine(RequireDirectory(), relativePath);
        Assert.True(System.IO.File.Exists(path), $"corpus file {relativePath} is missing from {Directory}");
        return path;
    }

    /// <summary>The first line of a corpus file holding <paramref name="marker"/> (bytes, without the newline).</summary>
    public static byte[] Line(string relativePath, string marker)
    {
        byte[] needle = System.Text.Encoding.UTF8.GetBytes(marker);
        foreach (byte[] line in SplitLines(System.IO.File.ReadAllBytes(File(relativePath))))
        {
            if (line.AsSpan().IndexOf(needle) >= 0)
            {
                return line;
            }
        }

        throw new InvalidOperationException($"no line with '{marker}' in {relativePath}");
    }

    /// <summary>Splits bytes at '\n' the simple way (the reference the reader is checked against).</summary>
    public static List<byte[]> SplitLines(byte[] content)
    {
        var lines = new List<byte[]>();
        int start = 0;
        for (int i = 0; i < content.Length; i++)
        {
            if (content[i] == (byte)'\n')
            {
                lines.Add(content[start..i]);
                start = i + 1;
            }
        }

        if (start < content.Length)
        {
            lines.Add(content[start..]);
        }

        return lines;
    }

    private static string? Find()
    {
        foreach (string candidate in new[] { Path.Combine(RepositoryLayout.Root, "..", "shared", "corpus"), "/work/shared/corpus" })
        {
            if (System.IO.Directory.Exists(candidate))
            {
                return Path.GetFullPath(candidate);
            }
        }

        return null;
    }
}
