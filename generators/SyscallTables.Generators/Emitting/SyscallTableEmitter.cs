using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SyscallTables.Generators.Model;

namespace SyscallTables.Generators.Emitting;

/// <summary>
/// Emits one arch: <c>enum {Arch}Syscall</c> and <c>static class {Arch}Syscalls</c> with lookups compiled from the
/// table: arrays indexed by number, and switches over names split by length (see <see cref="LookupWriter"/> for why
/// each shape was chosen). No dictionary to build at start-up, no allocation per lookup.
/// </summary>
internal static class SyscallTableEmitter
{
    public static string HintName(SyscallArchModel model) => $"Syscalls.{model.Arch}.g.cs";

    public static string Emit(SyscallArchModel model)
    {
        string arch = model.Arch;
        string display = arch.ToLowerInvariant();
        string sources = string.Join(", ", model.Sources.Select(s => "<c>" + SourceWriter.Xml(s) + "</c>"));
        var w = new SourceWriter();
        w.FileHeader(model.Namespace);

        w.Line($"/// <summary>The system calls of {display}, by the kernel's names and numbers (from {sources}).</summary>");
        w.Line(SourceWriter.GeneratedCodeAttribute);
        w.Open($"public enum {arch}Syscall");
        foreach (SyscallEntry e in model.Entries)
        {
            string audit = e.AuditName is null ? string.Empty : $" audit-userspace calls it <c>{e.AuditName}</c>.";
            w.Line($"/// <summary><c>{e.Name}</c>, syscall {N(e.Number)} of {display}.{audit}</summary>");
            w.Line($"{SourceWriter.Identifier(e.Name)} = {N(e.Number)},");
        }

        w.Close();
        w.Line();

        int maxLength = model.Entries.Count == 0 ? 0 : model.Entries.Max(e => System.Math.Max(e.Name.Length, e.AuditName?.Length ?? 0));
        w.Line($"/// <summary>Lookups over the {display} syscall table, compiled into the assembly: no files, no allocation.</summary>");
        w.Line(SourceWriter.GeneratedCodeAttribute);
        w.Open($"public static partial class {arch}Syscalls");
        w.Line("/// <summary>How many syscalls the table holds.</summary>");
        w.Line($"public const int Count = {N(model.Entries.Count)};");
        w.Line();
        w.Line("/// <summary>The lowest syscall number in the table.</summary>");
        w.Line($"public const int MinNumber = {N(model.Entries.Count == 0 ? 0 : model.Entries[0].Number)};");
        w.Line();
        w.Line("/// <summary>The highest syscall number in the table.</summary>");
        w.Line($"public const int MaxNumber = {N(model.Entries.Count == 0 ? 0 : model.Entries[model.Entries.Count - 1].Number)};");
        w.Line();
        w.Line("/// <summary>The length of the longest name, kernel or audit-userspace.</summary>");
        w.Line($"public const int MaxNameLength = {N(maxLength)};");
        w.Line();

        var names = model.Entries.Select(e => (e.Number, e.Name)).ToList();
        // audit-userspace renames a handful of syscalls per arch: those are a switch in front of the kernel names,
        // not a second copy of the table (each string array costs kilobytes of start-up code under NativeAOT).
        var renames = model.Entries.Where(e => e.AuditName is not null).Select(e => (e.Number, e.AuditName!)).ToList();
        bool renamed = renames.Count > 0;

        w.Line("/// <summary>The kernel's name of syscall <paramref name=\"number\"/>, or <see langword=\"null\"/> when there is no such syscall.</summary>");
        w.Line("/// <param name=\"number\">The syscall number, as in an audit record's <c>syscall=</c> field.</param>");
        LookupWriter.NumberToString(w, "public static string? GetName(int number)", "s_names", names);
        w.Line();

        w.Line("/// <summary>The kernel's name of syscall <paramref name=\"number\"/> as UTF-8, or an empty span when there is no such syscall.</summary>");
        w.Line("/// <param name=\"number\">The syscall number.</param>");
        LookupWriter.NumberToUtf8(w, "public static global::System.ReadOnlySpan<byte> GetNameUtf8(int number)", "NamesUtf8", names);
        w.Line();

        w.Line("/// <summary>");
        w.Line("/// The name audit-userspace (ausyscall, auditctl, ausearch) uses for syscall <paramref name=\"number\"/>: the kernel's");
        w.Line("/// name except where audit-userspace differs; <see langword=\"null\"/> when there is no such syscall.");
        w.Line("/// </summary>");
        w.Line("/// <param name=\"number\">The syscall number.</param>");
        if (renamed)
        {
            LookupWriter.NumberToStringOverrides(w, "public static string? GetAuditName(int number)", renames, "GetName(number)");
        }
        else
        {
            w.Line("public static string? GetAuditName(int number) => GetName(number);");
        }

        w.Line();
        w.Line("/// <summary>The audit-userspace name of syscall <paramref name=\"number\"/> as UTF-8; empty when there is no such syscall.</summary>");
        w.Line("/// <param name=\"number\">The syscall number.</param>");
        if (renamed)
        {
            LookupWriter.NumberToUtf8Overrides(w, "public static global::System.ReadOnlySpan<byte> GetAuditNameUtf8(int number)", renames, "GetNameUtf8(number)");
        }
        else
        {
            w.Line("public static global::System.ReadOnlySpan<byte> GetAuditNameUtf8(int number) => GetNameUtf8(number);");
        }

        var lookupNames = model.Entries.Select(e => (e.Name, e.Number))
            .Concat(model.Entries.Where(e => e.AuditName is not null).Select(e => (e.AuditName!, e.Number)))
            .ToList();
        w.Line();
        w.Line("/// <summary>Finds a syscall by its kernel name or its audit-userspace name (exact and case-sensitive, as the kernel spells it).</summary>");
        w.Line("/// <param name=\"name\">A name such as <c>openat</c>, or <c>pread</c> where audit-userspace calls it that.</param>");
        w.Line("/// <param name=\"number\">The syscall number when found; otherwise -1.</param>");
        w.Line("/// <returns><see langword=\"true\"/> when the table has the name.</returns>");
        if (model.NameLookup == NameLookup.Search)
        {
            EmitNameSearch(w, lookupNames);
        }
        else
        {
            EmitNameSwitch(w, lookupNames, maxLength);
        }

        LookupWriter.Numbers(w, "Every syscall number of the table, ascending (for iteration and <c>--dump</c>).", model.Entries.Select(e => e.Number));
        w.Close();
        return w.ToString();
    }

    // Names compiled into data: both overloads binary-search one sorted UTF-8 index.
    private static void EmitNameSearch(SourceWriter w, List<(string Name, int Number)> lookupNames)
    {
        w.Open("public static bool TryGetNumber(global::System.ReadOnlySpan<char> name, out int number)");
        w.Line("number = NumberOfName(name);");
        w.Line("return number >= 0;");
        w.Close();
        w.Line();
        UtfDocs(w);
        w.Open("public static bool TryGetNumber(global::System.ReadOnlySpan<byte> utf8Name, out int number)");
        w.Line("number = NumberOfName(utf8Name);");
        w.Line("return number >= 0;");
        w.Close();
        LookupWriter.NameSearch(w, "NumberOfName", lookupNames, -1);
        w.Line();
    }

    // Names compiled into code: a switch on the length, one switch per length (see LookupWriter); UTF-8 is widened to chars.
    private static void EmitNameSwitch(SourceWriter w, List<(string Name, int Number)> lookupNames, int maxLength)
    {
        w.Open("public static bool TryGetNumber(global::System.ReadOnlySpan<char> name, out int number)");
        LookupWriter.NameToNumberBody(w, "name", "NumberOfLength", lookupNames, -1);
        w.Line("return number >= 0;");
        w.Close();
        LookupWriter.NameToNumberHelpers(w, "NumberOfLength", lookupNames, -1);
        w.Line();
        UtfDocs(w);
        w.Open("public static bool TryGetNumber(global::System.ReadOnlySpan<byte> utf8Name, out int number)");
        w.Line("number = -1;");
        w.Open("if (utf8Name.Length > MaxNameLength)");
        w.Line("return false;");
        w.Close();
        w.Line();
        w.Line("// Names are ASCII, so widening is exact; a name with any other byte cannot match.");
        w.Line("#if NET8_0_OR_GREATER");
        w.Line("// An inline buffer rather than stackalloc: no stack-guard cookie to set up and check on every call.");
        w.Line("NameBuffer buffer = default;");
        w.Line("global::System.Span<char> chars = buffer;");
        w.Open("if (global::System.Text.Ascii.ToUtf16(utf8Name, chars, out _) != global::System.Buffers.OperationStatus.Done)");
        w.Line("return false;");
        w.Close();
        w.Line("#else");
        w.Line("global::System.Span<char> chars = stackalloc char[MaxNameLength];");
        w.Open("for (int i = 0; i < utf8Name.Length; i++)");
        w.Open("if (utf8Name[i] >= 0x80)");
        w.Line("return false;");
        w.Close();
        w.Line();
        w.Line("chars[i] = (char)utf8Name[i];");
        w.Close();
        w.Line("#endif");
        w.Line();
        w.Line("return TryGetNumber(chars.Slice(0, utf8Name.Length), out number);");
        w.Close();
        w.Line();
        w.Line("#if NET8_0_OR_GREATER");
        w.Line($"[global::System.Runtime.CompilerServices.InlineArray({N(System.Math.Max(1, maxLength))})]");
        w.Line("private struct NameBuffer");
        w.Line("{");
        w.Line("    private char _first;");
        w.Line("}");
        w.Line("#endif");
        w.Line();

    }

    private static void UtfDocs(SourceWriter w)
    {
        w.Line("/// <summary>Finds a syscall by its UTF-8 kernel or audit-userspace name (exact and case-sensitive).</summary>");
        w.Line("/// <param name=\"utf8Name\">The name as UTF-8 bytes, e.g. a field value straight from an audit log.</param>");
        w.Line("/// <param name=\"number\">The syscall number when found; otherwise -1.</param>");
        w.Line("/// <returns><see langword=\"true\"/> when the table has the name.</returns>");
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
