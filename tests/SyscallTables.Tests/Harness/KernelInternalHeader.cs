using System.Text;
using System.Text.RegularExpressions;

namespace SyscallTables.Tests.Harness;

/// <summary>
/// A kernel-internal header (include/linux/socket.h, net.h, fs.h, arch/mips/include/asm/socket.h) cut down to what a
/// compile outside the kernel tree can take: its preprocessor directives, conditionals included, without #include
/// (the kernel's include graph drags in the whole tree), and the enums that define a wanted name (mips'
/// <c>enum sock_type</c>). Structs, functions and inline code are dropped: they name kernel types, and no constant
/// compared here lives in them.
/// </summary>
internal static partial class KernelInternalHeader
{
    /// <summary>The reduced text of <paramref name="path"/>; enums are kept when they define one of <paramref name="wanted"/>.</summary>
    public static string Reduce(string path, IReadOnlySet<string> wanted)
    {
        string[] lines = JoinContinuations(StripComments(File.ReadAllText(path)));
        var output = new StringBuilder();
        output.Append("/* reduced from ").Append(path).Append(" */\n");
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (Directive().IsMatch(line))
            {
                output.Append(IncludeDirective().IsMatch(line) ? "/* dropped: " + line.Trim() + " */" : line).Append('\n');
            }
            else if (EnumStart().IsMatch(line))
            {
                int end = i;
                while (end < lines.Length && !lines[end].Contains('}', StringComparison.Ordinal))
                {
                    end++;
                }

                string[] block = lines[i..Math.Min(end + 1, lines.Length)];
                if (block.Any(l => Identifier().Matches(l).Any(m => wanted.Contains(m.Value))))
                {
                    foreach (string kept in block)
                    {
                        output.Append(kept).Append('\n');
                    }
                }

                i = end;
            }
        }

        return output.ToString();
    }

    /// <summary>Comments become blanks (newlines kept), so that a commented-out directive is not taken for one.</summary>
    private static string StripComments(string text)
    {
        var result = new StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                int end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? text.Length : end + 2;
                result.Append(' ').Append('\n', text.AsSpan(i, end - i).Count('\n'));
                i = end;
            }
            else if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }
            }
            else if (text[i] is '"' or '\'')
            {
                char quote = text[i];
                int start = i++;
                while (i < text.Length && text[i] != quote && text[i] != '\n')
                {
                    i += text[i] == '\\' ? 2 : 1;
                }

                i = Math.Min(i + 1, text.Length);
                result.Append(text, start, i - start);
            }
            else
            {
                result.Append(text[i++]);
            }
        }

        return result.ToString();
    }

    private static string[] JoinContinuations(string text) => text.Replace("\\\n", " ", StringComparison.Ordinal).Split('\n');

    [GeneratedRegex(@"^\s*#")]
    private static partial Regex Directive();

    [GeneratedRegex(@"^\s*#\s*include\b")]
    private static partial Regex IncludeDirective();

    [GeneratedRegex(@"^\s*enum\s+\w+\s*\{")]
    private static partial Regex EnumStart();

    [GeneratedRegex(@"\b[A-Za-z_]\w*\b")]
    private static partial Regex Identifier();
}
