using System.Collections.Generic;
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

        w.Line("/// <summary>Errno lookups compiled into the assembly: number to name and message, name to number.</summary>");
        w.Line(SourceWriter.GeneratedCodeAttribute);
        w.Open("public static partial class Errnos");
        w.Line("/// <summary>How many distinct errno numbers there are (aliases not counted).</summary>");
        w.Line($"public const int Count = {N(canonical.Count)};");
        w.Line();
        w.Line("/// <summary>The highest errno number.</summary>");
        w.Line($"public const int MaxNumber = {N(canonical.Count == 0 ? 0 : canonical[canonical.Count - 1].Number)};");
        w.Line();

        var names = canonical.Select(e => (e.Number, e.Name)).ToList();
        var messages = canonical.Select(e => (e.Number, e.Message)).ToList();
        var lookupNames = model.Entries.Select(e => (e.Name, e.Number)).ToList();

        w.Line("/// <summary>The name of errno <paramref name=\"number\"/> (<c>EEXIST</c> for 17), or <see langword=\"null\"/> when it has none.</summary>");
        w.Line("/// <param name=\"number\">A positive errno; negate an audit record's <c>exit=</c> value first.</param>");
        LookupWriter.NumberToString(w, "public static string? GetName(int number)", "s_names", names);
        w.Line();

        w.Line("/// <summary>The name of errno <paramref name=\"number\"/> as UTF-8; empty when it has none.</summary>");
        w.Line("/// <param name=\"number\">A positive errno.</param>");
        LookupWriter.NumberToUtf8(w, "public static global::System.ReadOnlySpan<byte> GetNameUtf8(int number)", "NamesUtf8", names);
        w.Line();

        w.Line("/// <summary>");
        w.Line("/// The message for errno <paramref name=\"number\"/> as the C library's <c>strerror</c> gives it in the C locale");
        w.Line("/// (what <c>ausearch -i</c> prints), or <see langword=\"null\"/> when the number is not an errno.");
        w.Line("/// </summary>");
        w.Line("/// <param name=\"number\">A positive errno.</param>");
        LookupWriter.NumberToString(w, "public static string? GetMessage(int number)", "s_messages", messages);
        w.Line();

        w.Line("/// <summary>The message for errno <paramref name=\"number\"/> as UTF-8; empty when the number is not an errno.</summary>");
        w.Line("/// <param name=\"number\">A positive errno.</param>");
        LookupWriter.NumberToUtf8(w, "public static global::System.ReadOnlySpan<byte> GetMessageUtf8(int number)", "MessagesUtf8", messages);
        w.Line();

        w.Line("/// <summary>Finds an errno by name, aliases included (<c>EWOULDBLOCK</c> gives 11); exact and case-sensitive.</summary>");
        w.Line("/// <param name=\"name\">A name such as <c>EEXIST</c>.</param>");
        w.Line("/// <param name=\"number\">The errno when found; otherwise 0.</param>");
        w.Line("/// <returns><see langword=\"true\"/> when the name is an errno.</returns>");
        w.Open("public static bool TryGetNumber(global::System.ReadOnlySpan<char> name, out int number)");
        LookupWriter.NameToNumberBody(w, "name", "NumberOfLength", lookupNames, 0);
        w.Line("return number != 0;");
        w.Close();
        LookupWriter.NameToNumberHelpers(w, "NumberOfLength", lookupNames, 0);
        w.Line();

        LookupWriter.Numbers(w, "Every errno number, ascending.", canonical.Select(e => e.Number));
        if (model.ArchTables.Count > 0)
        {
            EmitArchTables(w, model);
        }

        w.Close();
        return w.ToString();
    }

    // Per-arch numbers (mips, alpha, sparc, parisc, powerpc): an overload taking the record's AuditArch dispatches to the
    // arch's own table, and every other arch to the generic one above.
    private static void EmitArchTables(SourceWriter w, ErrnoModel model)
    {
        const string ArchParam = "/// <param name=\"arch\">The audit arch of the record (its <c>arch=</c> field); arches without numbers of their own use the generic ones.</param>";
        w.Line();
        w.Line("/// <summary>The name of errno <paramref name=\"number\"/> on <paramref name=\"arch\"/> (mips, alpha, sparc, parisc and powerpc number some errnos their own way), or <see langword=\"null\"/>.</summary>");
        w.Line(ArchParam);
        w.Line("/// <param name=\"number\">A positive errno; negate an audit record's <c>exit=</c> value first.</param>");
        Dispatch(w, model, "string?", "GetName(AuditArch arch, int number)", "GetName{0}(number)", "GetName(number)");
        w.Line("/// <summary>The name of errno <paramref name=\"number\"/> on <paramref name=\"arch\"/> as UTF-8; empty when it has none.</summary>");
        w.Line(ArchParam);
        w.Line("/// <param name=\"number\">A positive errno.</param>");
        Dispatch(w, model, "global::System.ReadOnlySpan<byte>", "GetNameUtf8(AuditArch arch, int number)", "GetNameUtf8{0}(number)", "GetNameUtf8(number)");
        w.Line("/// <summary>The C library's message for errno <paramref name=\"number\"/> on <paramref name=\"arch\"/>, or <see langword=\"null\"/>.</summary>");
        w.Line(ArchParam);
        w.Line("/// <param name=\"number\">A positive errno.</param>");
        Dispatch(w, model, "string?", "GetMessage(AuditArch arch, int number)", "GetMessage{0}(number)", "GetMessage(number)");
        w.Line("/// <summary>The C library's message for errno <paramref name=\"number\"/> on <paramref name=\"arch\"/> as UTF-8; empty when the number is not an errno there.</summary>");
        w.Line(ArchParam);
        w.Line("/// <param name=\"number\">A positive errno.</param>");
        Dispatch(w, model, "global::System.ReadOnlySpan<byte>", "GetMessageUtf8(AuditArch arch, int number)", "GetMessageUtf8{0}(number)", "GetMessageUtf8(number)");
        w.Line("/// <summary>Finds an errno of <paramref name=\"arch\"/> by name, aliases included; exact and case-sensitive.</summary>");
        w.Line(ArchParam);
        w.Line("/// <param name=\"name\">A name such as <c>EEXIST</c>.</param>");
        w.Line("/// <param name=\"number\">The errno when found; otherwise 0.</param>");
        w.Line("/// <returns><see langword=\"true\"/> when the name is an errno.</returns>");
        w.Line("public static bool TryGetNumber(AuditArch arch, global::System.ReadOnlySpan<char> name, out int number) => arch switch");
        w.Line("{");
        foreach (ErrnoArchTable table in model.ArchTables)
        {
            w.Line($"    {Cases(table)} => TryGetNumber{table.Key}(name, out number),");
        }

        w.Line("    _ => TryGetNumber(name, out number),");
        w.Line("};");

        var generic = model.Entries.Where(e => e.AliasOf is null).ToDictionary(e => e.Name, e => e, System.StringComparer.Ordinal);
        foreach (ErrnoArchTable table in model.ArchTables)
        {
            EmitArchNumbers(w, table, generic);
            var lookupNames = table.Entries.Select(e => (e.Name, e.Number)).ToList();
            string k = table.Key;
            w.Line();
            // The arch variants are searched, not switched: each switch set is ~9 KB of machine code, and records of
            // these arches are rare enough that a binary search over a few hundred bytes costs nothing that shows.
            w.Open($"private static bool TryGetNumber{k}(global::System.ReadOnlySpan<char> name, out int number)");
            w.Line($"number = NumberOfName{k}(name);");
            w.Line("return number != 0;");
            w.Close();
            LookupWriter.NameSearch(w, $"NumberOfName{k}", lookupNames, 0, utf8: false);
        }
    }

    // An arch's errnos are mostly the generic ones under other numbers. So its number-to-name and -message lookups
    // are data over the generic ones: s_genericNumbers{k}[n] is the generic errno with the name and message of the
    // arch's errno n (0, which no lookup knows, where there is none), and the few errnos the generic table lacks
    // (mips EINIT, sparc EPROCLIM, powerpc's own EDEADLOCK, ...) are a switch in front. Four copies of the table as
    // string arrays were ~20 KB of start-up code in the NativeAOT binary, the sparse mips ones as much again in switches.
    private static void EmitArchNumbers(SourceWriter w, ErrnoArchTable table, Dictionary<string, ErrnoEntry> generic)
    {
        string k = table.Key;
        var canonical = table.Entries.Where(e => e.AliasOf is null).OrderBy(e => e.Number).ToList();
        var own = canonical.Where(e => !generic.TryGetValue(e.Name, out ErrnoEntry? g) || g.Message != e.Message).ToList();
        int max = canonical.Count == 0 ? 0 : canonical[canonical.Count - 1].Number;
        var genericNumbers = new int[max + 1];
        foreach (ErrnoEntry e in canonical.Except(own))
        {
            genericNumbers[e.Number] = generic[e.Name].Number;
        }

        string type = genericNumbers.Max() <= byte.MaxValue ? "byte" : "ushort";
        w.Line();
        w.Line($"private static int GenericNumber{k}(int number) => (uint)number < (uint)s_genericNumbers{k}.Length ? s_genericNumbers{k}[number] : 0;");
        w.Line();
        LookupWriter.StaticArray(w, type, $"s_genericNumbers{k}", genericNumbers);
        var names = own.Select(e => (e.Number, e.Name)).ToList();
        var messages = own.Select(e => (e.Number, e.Message)).ToList();
        w.Line();
        LookupWriter.NumberToStringOverrides(w, $"private static string? GetName{k}(int number)", names, $"GetName(GenericNumber{k}(number))");
        w.Line();
        LookupWriter.NumberToUtf8Overrides(w, $"private static global::System.ReadOnlySpan<byte> GetNameUtf8{k}(int number)", names, $"GetNameUtf8(GenericNumber{k}(number))");
        w.Line();
        LookupWriter.NumberToStringOverrides(w, $"private static string? GetMessage{k}(int number)", messages, $"GetMessage(GenericNumber{k}(number))");
        w.Line();
        LookupWriter.NumberToUtf8Overrides(w, $"private static global::System.ReadOnlySpan<byte> GetMessageUtf8{k}(int number)", messages, $"GetMessageUtf8(GenericNumber{k}(number))");
    }

    private static void Dispatch(SourceWriter w, ErrnoModel model, string type, string signature, string archCall, string genericCall)
    {
        w.Line($"public static {type} {signature} => arch switch");
        w.Line("{");
        foreach (ErrnoArchTable table in model.ArchTables)
        {
            w.Line($"    {Cases(table)} => {string.Format(CultureInfo.InvariantCulture, archCall, table.Key)},");
        }

        w.Line($"    _ => {genericCall},");
        w.Line("};");
        w.Line();
    }

    private static string Cases(ErrnoArchTable table) => string.Join(" or ", table.AuditArches.Select(a => "AuditArch." + a));

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
