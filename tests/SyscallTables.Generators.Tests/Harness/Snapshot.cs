using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using DiffPlex.Renderer;
using Microsoft.CodeAnalysis;

namespace SyscallTables.Generators.Tests.Harness;

/// <summary>
/// Snapshot checks in the manner of Verify.SourceGenerators: each generated source is compared with
/// <c>Snapshots/{Class}.{Method}#{HintName}.verified.cs</c> (hint name without its <c>.cs</c>) and the diagnostics with
/// <c>Snapshots/{Class}.{Method}.verified.txt</c>. A mismatch writes <c>.received.*</c> next to the verified file and
/// fails with a unified diff; <c>ACCEPT_SNAPSHOTS=1</c> accepts the received text instead; under <c>CI=true</c> no file
/// is ever written. A verified file that no output matches any more fails the test as stale.
/// </summary>
internal static partial class Snapshot
{
    private static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static bool Accepting => !OnCi && Environment.GetEnvironmentVariable("ACCEPT_SNAPSHOTS") == "1";

    /// <summary>
    /// Checks a generator run against its snapshots. The class name is the test file's name. <paramref name="only"/>
    /// names the generated files (hint names) the test is about; the others are checked elsewhere, and the summary
    /// still lists them.
    /// </summary>
    public static void Verify(GeneratorRunResult run, bool includeSources = true, string[]? only = null, [CallerFilePath] string testFile = "", [CallerMemberName] string method = "")
    {
        string prefix = Path.GetFileNameWithoutExtension(testFile) + "." + method;
        var expected = new List<(string File, string Text)>
        {
            (prefix + ".verified.txt", Summary(run)),
        };
        if (includeSources)
        {
            foreach (GeneratedSourceResult source in run.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal))
            {
                if (only is not null && !only.Contains(source.HintName, StringComparer.Ordinal))
                {
                    continue;
                }

                string hint = source.HintName.EndsWith(".cs", StringComparison.Ordinal) ? source.HintName[..^3] : source.HintName;
                expected.Add((prefix + "#" + hint + ".verified.cs", Scrub(source.SourceText.ToString())));
            }
        }

        var failures = new List<string>();
        foreach ((string file, string text) in expected)
        {
            Compare(file, text, failures);
        }

        var names = expected.Select(e => e.File).ToHashSet(StringComparer.Ordinal);
        if (Directory.Exists(RepoPaths.Snapshots))
        {
            foreach (string path in Directory.EnumerateFiles(RepoPaths.Snapshots, prefix + "#*.verified.*"))
            {
                string name = Path.GetFileName(path);
                if (names.Contains(name))
                {
                    continue;
                }

                if (Accepting)
                {
                    File.Delete(path);
                }
                else
                {
                    failures.Add($"Stale snapshot {name}: no generated source matches it any more (delete it, or run with ACCEPT_SNAPSHOTS=1).");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    /// <summary>What the run produced besides sources: the hint names and every diagnostic, one per line.</summary>
    public static string Summary(GeneratorRunResult run)
    {
        var sb = new StringBuilder();
        sb.Append("Generated sources:\n");
        foreach (GeneratedSourceResult source in run.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            sb.Append("  ").Append(source.HintName).Append('\n');
        }

        sb.Append("Diagnostics:\n");
        foreach (Diagnostic d in run.Diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            sb.Append("  ").Append(Describe(d)).Append('\n');
        }

        if (run.Exception is not null)
        {
            sb.Append("Exception:\n  ").Append(run.Exception.GetType().Name).Append(": ").Append(run.Exception.Message).Append('\n');
        }

        return Scrub(sb.ToString());
    }

    /// <summary><c>SCT001 Error /t/x.tbl:3:9: message</c>, with 1-based line and column as an editor shows them.</summary>
    public static string Describe(Diagnostic d)
    {
        FileLinePositionSpan span = d.Location.GetLineSpan();
        string where = d.Location == Location.None
            ? "(no location)"
            : string.Create(CultureInfo.InvariantCulture, $"{span.Path}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}");
        return $"{d.Id} {d.Severity} {where}: {d.GetMessage(CultureInfo.InvariantCulture)}";
    }

    /// <summary>Removes what changes between machines and builds: the generator version, the repository's location, CRs.</summary>
    public static string Scrub(string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        text = GeneratedCodeVersion().Replace(text, "GeneratedCode(\"SyscallTables.Generators\", \"{Version}\")");
        return text.Replace(RepositoryLayout.Root.TrimEnd('/', '\\'), "{RepoRoot}", StringComparison.Ordinal);
    }

    private static void Compare(string verifiedName, string actual, List<string> failures)
    {
        string verifiedPath = Path.Combine(RepoPaths.Snapshots, verifiedName);
        string receivedPath = verifiedPath.Replace(".verified.", ".received.", StringComparison.Ordinal);
        string? verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (verified == actual)
        {
            if (!OnCi && File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        if (Accepting)
        {
            Directory.CreateDirectory(RepoPaths.Snapshots);
            File.WriteAllText(verifiedPath, actual);
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        if (!OnCi)
        {
            Directory.CreateDirectory(RepoPaths.Snapshots);
            File.WriteAllText(receivedPath, actual);
        }

        string diff = UnidiffRenderer.GenerateUnidiff(verified ?? string.Empty, actual, verifiedName, Path.GetFileName(receivedPath), contextLines: 3);
        failures.Add(verified is null
            ? $"No snapshot {verifiedName} yet; inspect {Path.GetFileName(receivedPath)} and accept it with ACCEPT_SNAPSHOTS=1.\n{Truncate(diff)}"
            : $"{verifiedName} differs from the generated output (accept with ACCEPT_SNAPSHOTS=1 once the change is intended):\n{Truncate(diff)}");
    }

    private static string Truncate(string diff) => diff.Length <= 8000 ? diff : diff[..8000] + "\n... (diff truncated)";

    [GeneratedRegex("""GeneratedCode\("SyscallTables\.Generators", "[^"]*"\)""")]
    private static partial Regex GeneratedCodeVersion();
}
