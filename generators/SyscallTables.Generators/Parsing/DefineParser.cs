using System.Collections.Immutable;
using System.Linq;
using System.Text;
using SyscallTables.Generators.Model;

namespace SyscallTables.Generators.Parsing;

/// <summary>
/// Collects <c>#define NAME VALUE</c> lines from a C header, joining backslash continuations and separating the
/// trailing comment (errno.h keeps each error's description there), and the paths of its <c>#include &lt;...&gt;</c>
/// lines. Everything else in the header is ignored: the generator needs the constants, not the C.
/// </summary>
internal static class DefineParser
{
    public static DefineFile Parse(string path, string text)
    {
        var defines = ImmutableArray.CreateBuilder<Define>();
        var includes = ImmutableArray.CreateBuilder<string>();
        var macros = ImmutableArray.CreateBuilder<FunctionMacro>();
        TextLine? first = null;
        var logical = new StringBuilder();

        foreach (TextLine line in TextLine.Split(path, text))
        {
            string body = line.Text;
            if (first is null)
            {
                string t = body.TrimStart();
                if (!t.StartsWith("#", System.StringComparison.Ordinal))
                {
                    continue;
                }

                string directive = t.Substring(1).TrimStart();
                if (IncludedPath(directive) is { } included)
                {
                    includes.Add(included);
                    continue;
                }

                if (!directive.StartsWith("define", System.StringComparison.Ordinal))
                {
                    continue;
                }

                first = line;
            }

            // A define goes on after a trailing backslash, and also while a comment it opened is not closed
            // (elf-em.h: "#define EM_NDS32 167 /* Andes ... \n ... family */").
            bool continues = body.EndsWith("\\", System.StringComparison.Ordinal);
            logical.Append(continues ? body.Substring(0, body.Length - 1) : body).Append(' ');
            if (continues || HasOpenComment(logical.ToString()))
            {
                continue;
            }

            Define? define = ParseLogicalLine(logical.ToString(), first.Value, out FunctionMacro? macro);
            if (define is not null)
            {
                defines.Add(define);
            }
            else if (macro is not null)
            {
                macros.Add(macro);
            }

            logical.Clear();
            first = null;
        }

        return new DefineFile(path, defines.ToEquatableArray(), includes.ToEquatableArray(), macros.ToEquatableArray());
    }

    // "include <asm-generic/mman.h>" -> "asm-generic/mman.h"; quoted includes name files of the kernel's own tree
    // layout, which the imported headers never use, so only the angle-bracket form counts.
    private static string? IncludedPath(string directive)
    {
        if (!directive.StartsWith("include", System.StringComparison.Ordinal))
        {
            return null;
        }

        string rest = directive.Substring("include".Length).Trim();
        int end = rest.IndexOf('>');
        return rest.Length > 2 && rest[0] == '<' && end > 1 ? rest.Substring(1, end - 1).Trim() : null;
    }

    private static bool HasOpenComment(string text)
    {
        // Scan like the preprocessor: a "/*" after "//" opens nothing.
        bool inBlock = false;
        for (int i = 0; i + 1 < text.Length; i++)
        {
            if (!inBlock && text[i] == '/' && text[i + 1] == '/')
            {
                return false;
            }

            if (!inBlock && text[i] == '/' && text[i + 1] == '*')
            {
                inBlock = true;
                i++;
            }
            else if (inBlock && text[i] == '*' && text[i + 1] == '/')
            {
                inBlock = false;
                i++;
            }
        }

        return inBlock;
    }

    private static Define? ParseLogicalLine(string text, TextLine first, out FunctionMacro? macro)
    {
        macro = null;
        string comment = string.Empty;
        var code = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                int end = text.IndexOf("*/", i + 2, System.StringComparison.Ordinal);
                string c = end < 0 ? text.Substring(i + 2) : text.Substring(i + 2, end - i - 2);
                comment = comment.Length == 0 ? c.Trim() : comment + " " + c.Trim();
                code.Append(' ');
                i = end < 0 ? text.Length : end + 1;
            }
            else if (text[i] == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                comment = text.Substring(i + 2).Trim();
                break;
            }
            else
            {
                code.Append(text[i]);
            }
        }

        // "#  define NAME value" -> skip '#', the word define, then the name.
        string rest = code.ToString().Trim().Substring(1).TrimStart().Substring("define".Length);
        if (rest.Length == 0 || !Chars.IsBlank(rest[0]))
        {
            return null;
        }

        rest = rest.Trim();
        int nameEnd = 0;
        while (nameEnd < rest.Length && !Chars.IsBlank(rest[nameEnd]) && rest[nameEnd] != '(')
        {
            nameEnd++;
        }

        if (nameEnd < rest.Length && rest[nameEnd] == '(')
        {
            // A function-like macro is no constant, but constants may be written with it.
            int close = rest.IndexOf(')', nameEnd);
            string macroName = rest.Substring(0, nameEnd);
            if (close > nameEnd && Chars.IsIdentifier(macroName))
            {
                var parameters = rest.Substring(nameEnd + 1, close - nameEnd - 1).Split(',').Select(p => p.Trim()).Where(p => p.Length > 0);
                macro = new FunctionMacro(macroName, parameters.ToEquatableArray(), CollapseBlanks(rest.Substring(close + 1).Trim()));
            }

            return null;
        }

        string name = rest.Substring(0, nameEnd);
        if (!Chars.IsIdentifier(name))
        {
            return null;
        }

        string value = CollapseBlanks(rest.Substring(nameEnd).Trim());
        int column = first.Text.IndexOf(name, System.StringComparison.Ordinal);
        SourceLocation location = column >= 0 ? first.Span(column, name.Length) : first.Location;
        // A comment continued on the next line keeps that line's indentation; one blank between words is the text.
        comment = CollapseBlanks(comment);
        return new Define(name, value, comment.Length == 0 ? null : comment, location);
    }

    private static string CollapseBlanks(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool blank = false;
        foreach (char c in s)
        {
            if (Chars.IsBlank(c))
            {
                blank = true;
                continue;
            }

            if (blank && sb.Length > 0)
            {
                sb.Append(' ');
            }

            blank = false;
            sb.Append(c);
        }

        return sb.ToString();
    }
}
