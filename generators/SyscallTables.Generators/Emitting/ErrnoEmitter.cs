using System.Globalization;
using System.Linq;
using SyscallTables.Generators.Model;

namespace SyscallTables.Generators.Emitting;

/// <summary>Emits <c>enum Errno</c> (aliases included) and <c>static class Errnos</c> with name and message lookups.</summary>
internal static class ErrnoEmitter
{
    public const string HintName = "Errnos.g.cs";

    public static string Emit(ErrnoModel model)
    {
        var canonical = model.Entries.Where(e => e.AliasOf is null).OrderBy(e => e.Number).ToList();
        var w = new SourceWriter();
        w.FileHeader(model.Namespace);

        w.Line("/// <summary>The kernel's errno values; an audit record's <c>exit=-17</c> is <see cref=\"EEXIST\"/>.</summary>");
        w.Line(SourceWriter.GeneratedCodeAttribute);
        w.Open("public enum Errno");
        foreach (ErrnoEntry e in model.Entries)
        {
            if (e.AliasOf is null)
            {
                w.Line($"/// <summary>{SourceWriter.Xml(e.Message)} ({N(e.Number)}).</summary>");
                w.Line($"{e.Name} = {N(e.Number)},");
            }
            else
            {
                w.Line($"/// <summary>Another name for <see cref=\"{e.AliasOf}\"/>: {SourceWriter.Xml(e.Message)} ({N(e.Number)}).</summary>");
                w.Line($"{e.Name} = {e.AliasOf},");
            }
        }

        w.Close();
        w.Line();

        w.Line("/// <summary>Errno lookups compiled into switches: number to name and message, name to number.</summary>");
        w.Line(SourceWriter.GeneratedCodeAttribute);
        w.Open("public static partial class Errnos");
        w.Line("/// <summary>How many distinct errno numbers there are (aliases not counted).</summary>");
        w.Line($"public const int Count = {N(canonical.Count)};");
        w.Line();
        w.Line("/// <summary>The highest errno number.</summary>");
        w.Line($"public const int MaxNumber = {N(canonical.Count == 0 ? 0 : canonical[canonical.Count - 1].Number)};");
        w.Line();

        w.Line("/// <summary>The name of errno <paramref name=\"number\"/> (<c>EEXIST</c> for 17), or <see langword=\"null\"/> when it has none.</summary>");
        w.Line("/// <param name=\"number\">A positive errno; negate an audit record's <c>exit=</c> value first.</param>");
        w.Line("public static string? GetName(int number) => number switch");
        w.Line("{");
        foreach (ErrnoEntry e in canonical)
        {
            w.Line($"    {N(e.Number)} => {SourceWriter.Literal(e.Name)},");
        }

        w.Line("    _ => null,");
        w.Line("};");
        w.Line();

        w.Line("/// <summary>The name of errno <paramref name=\"number\"/> as UTF-8; empty when it has none.</summary>");
        w.Line("/// <param name=\"number\">A positive errno.</param>");
        w.Open("public static global::System.ReadOnlySpan<byte> GetNameUtf8(int number)");
        w.Open("switch (number)");
        foreach (ErrnoEntry e in canonical)
        {
            w.Line($"case {N(e.Number)}: return {SourceWriter.Literal(e.Name)}u8;");
        }

        w.Line("default: return default;");
        w.Close();
        w.Close();
        w.Line();

        w.Line("/// <summary>");
        w.Line("/// The message for errno <paramref name=\"number\"/> as the C library's <c>strerror</c> gives it in the C locale");
        w.Line("/// (what <c>ausearch -i</c> prints), or <see langword=\"null\"/> when the number is not an errno.");
        w.Line("/// </summary>");
        w.Line("/// <param name=\"number\">A positive errno.</param>");
        w.Line("public static string? GetMessage(int number) => number switch");
        w.Line("{");
        foreach (ErrnoEntry e in canonical)
        {
            w.Line($"    {N(e.Number)} => {SourceWriter.Literal(e.Message)},");
        }

        w.Line("    _ => null,");
        w.Line("};");
        w.Line();

        w.Line("/// <summary>The message for errno <paramref name=\"number\"/> as UTF-8; empty when the number is not an errno.</summary>");
        w.Line("/// <param name=\"number\">A positive errno.</param>");
        w.Open("public static global::System.ReadOnlySpan<byte> GetMessageUtf8(int number)");
        w.Open("switch (number)");
        foreach (ErrnoEntry e in canonical)
        {
            w.Line($"case {N(e.Number)}: return {SourceWriter.Literal(e.Message)}u8;");
        }

        w.Line("default: return default;");
        w.Close();
        w.Close();
        w.Line();

        w.Line("/// <summary>Finds an errno by name, aliases included (<c>EWOULDBLOCK</c> gives 11); exact and case-sensitive.</summary>");
        w.Line("/// <param name=\"name\">A name such as <c>EEXIST</c>.</param>");
        w.Line("/// <param name=\"number\">The errno when found; otherwise 0.</param>");
        w.Line("/// <returns><see langword=\"true\"/> when the name is an errno.</returns>");
        w.Open("public static bool TryGetNumber(global::System.ReadOnlySpan<char> name, out int number)");
        w.Line("number = name switch");
        w.Line("{");
        foreach (ErrnoEntry e in model.Entries)
        {
            w.Line($"    {SourceWriter.Literal(e.Name)} => {N(e.Number)},");
        }

        w.Line("    _ => 0,");
        w.Line("};");
        w.Line("return number != 0;");
        w.Close();
        w.Line();

        w.Line("/// <summary>Every errno number, ascending.</summary>");
        w.Line("public static global::System.ReadOnlySpan<int> Numbers => new int[]");
        w.Line("{");
        foreach (var chunk in canonical.Select((e, i) => (e, i)).GroupBy(x => x.i / 16))
        {
            w.Line("    " + string.Join(", ", chunk.Select(x => N(x.e.Number))) + ",");
        }

        w.Line("};");
        w.Close();
        return w.ToString();
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
