using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SyscallTables.Tests;

/// <summary>
/// The library's public surface as written by hand, apart from the ~6,000 lines of generated enums and per-table
/// classes that fill PublicAPI.Unshipped.txt, so that a change to it is seen in review: src/SyscallTables/
/// PublicAPI.HandWritten.txt holds every tracked line (Shipped and Unshipped) of a type declared in a hand-written
/// source file, and this test fails when the two drift apart. The public API analyzer still checks every line against
/// the code; this only keeps the hand-written part readable on its own.
/// </summary>
public sealed class PublicApiTests
{
    private const string Library = "src/SyscallTables";
    private const string Snapshot = Library + "/PublicAPI.HandWritten.txt";

    [Fact]
    public void The_hand_written_public_surface_is_the_one_checked_in()
    {
        HashSet<string> handWrittenTypes = HandWrittenPublicTypes();
        Assert.Contains("SyscallTables.Audit.AuditEventReader", handWrittenTypes);

        var expected = new StringBuilder();
        expected.Append("# The public API of the hand-written types of src/SyscallTables (PublicAPI.Shipped.txt and\n")
            .Append("# PublicAPI.Unshipped.txt, less the generated enums and per-table classes). Written by PublicApiTests\n")
            .Append("# (ACCEPT_SNAPSHOTS=1 rewrites it); edit the code and the tracked files, not this.\n");
        IEnumerable<string> lines = new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" }
            .SelectMany(file => File.ReadLines(RepositoryLayout.File($"{Library}/{file}")))
            .Where(line => line.Length > 0 && !line.StartsWith('#') && handWrittenTypes.Contains(DeclaringType(line, handWrittenTypes) ?? ""))
            .Order(StringComparer.Ordinal);
        foreach (string line in lines)
        {
            expected.Append(line).Append('\n');
        }

        string path = RepositoryLayout.File(Snapshot);
        string? actual = File.Exists(path) ? File.ReadAllText(path) : null;
        if (actual == expected.ToString())
        {
            return;
        }

        bool accept = Environment.GetEnvironmentVariable("ACCEPT_SNAPSHOTS") == "1" && Environment.GetEnvironmentVariable("CI") != "true";
        if (accept)
        {
            File.WriteAllText(path, expected.ToString());
            return;
        }

        string[] was = actual?.Split('\n') ?? [];
        string[] now = expected.ToString().Split('\n');
        Assert.Fail($"{Snapshot} differs from the tracked public API; rerun with ACCEPT_SNAPSHOTS=1 to rewrite it, and review the change.\n"
            + string.Join("\n", now.Except(was).Select(l => "+ " + l).Concat(was.Except(now).Select(l => "- " + l))));
    }

    /// <summary>Full names (namespace and enclosing types) of the public types declared in the library's own .cs files.</summary>
    private static HashSet<string> HandWrittenPublicTypes()
    {
        string root = RepositoryLayout.File(Library);
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(root, file);
            if (relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                || relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            SyntaxNode tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file), new CSharpParseOptions(LanguageVersion.Latest)).GetRoot();
            foreach (BaseTypeDeclarationSyntax type in tree.DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
            {
                if (type.Modifiers.Any(SyntaxKind.PublicKeyword))
                {
                    types.Add(FullName(type));
                }
            }

            foreach (DelegateDeclarationSyntax type in tree.DescendantNodes().OfType<DelegateDeclarationSyntax>())
            {
                if (type.Modifiers.Any(SyntaxKind.PublicKeyword))
                {
                    types.Add(FullName(type));
                }
            }
        }

        return types;
    }

    private static string FullName(MemberDeclarationSyntax type)
    {
        var parts = new List<string>();
        for (SyntaxNode? node = type; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case BaseTypeDeclarationSyntax t:
                    parts.Add(t.Identifier.Text + (t is TypeDeclarationSyntax { TypeParameterList: { } p } ? $"<{string.Join(", ", p.Parameters.Select(x => x.Identifier.Text))}>" : ""));
                    break;
                case DelegateDeclarationSyntax d:
                    parts.Add(d.Identifier.Text);
                    break;
                case BaseNamespaceDeclarationSyntax n:
                    parts.Add(n.Name.ToString());
                    break;
            }
        }

        parts.Reverse();
        return string.Join('.', parts);
    }

    /// <summary>
    /// The longest of <paramref name="types"/> that the line's symbol (its first dotted name, after any modifiers)
    /// is or is a member of; null for none.
    /// </summary>
    private static string? DeclaringType(string line, HashSet<string> types)
    {
        int start = line.IndexOf("SyscallTables.", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        int end = start;
        while (end < line.Length && line[end] is not ('(' or ' ' or '['))
        {
            end++;
        }

        string symbol = line[start..end];
        for (string candidate = symbol; ; candidate = candidate[..candidate.LastIndexOf('.')])
        {
            if (types.Contains(candidate))
            {
                return candidate;
            }

            if (!candidate.Contains('.', StringComparison.Ordinal))
            {
                return null;
            }
        }
    }
}
