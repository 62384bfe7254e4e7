using System.Globalization;
using System.Linq;
using SyscallTables.Generators.Model;

namespace SyscallTables.Generators.Emitting;

/// <summary>
/// Emits one arch: <c>enum {Arch}Syscall</c> and <c>static class {Arch}Syscalls</c> with switch-based lookups.
/// Switches rather than arrays or dictionaries: the compiler turns a dense <c>int</c> switch into a jump table and a
/// <c>ReadOnlySpan&lt;char&gt;</c> switch over constants into length-and-character dispatch, with no start-up cost
/// and no allocation.
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
        w.Line($"/// <summary>Lookups over the {display} syscall table, compiled into switches: no files, no allocation.</summary>");
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

        w.Line("/// <summary>The kernel's name of syscall <paramref name=\"number\"/>, or <see langword=\"null\"/> when there is no such syscall.</summary>");
        w.Line("/// <param name=\"number\">The syscall number, as in an audit record's <c>syscall=</c> field.</param>");
        w.Line("public static string? GetName(int number) => number switch");
        w.Line("{");
        foreach (SyscallEntry e in model.Entries)
        {
            w.Line($"    {N(e.Number)} => {SourceWriter.Literal(e.Name)},");
        }

        w.Line("    _ => null,");
        w.Line("};");
        w.Line();

        w.Line("/// <summary>The kernel's name of syscall <paramref name=\"number\"/> as UTF-8, or an empty span when there is no such syscall.</summary>");
        w.Line("/// <param name=\"number\">The syscall number.</param>");
        w.Open("public static global::System.ReadOnlySpan<byte> GetNameUtf8(int number)");
        w.Open("switch (number)");
        foreach (SyscallEntry e in model.Entries)
        {
            w.Line($"case {N(e.Number)}: return {SourceWriter.Literal(e.Name)}u8;");
        }

        w.Line("default: return default;");
        w.Close();
        w.Close();
        w.Line();

        var renamed = model.Entries.Where(e => e.AuditName is not null).ToList();
        w.Line("/// <summary>");
        w.Line("/// The name audit-userspace (ausyscall, auditctl, ausearch) uses for syscall <paramref name=\"number\"/>: the kernel's");
        w.Line("/// name except where audit-userspace differs; <see langword=\"null\"/> when there is no such syscall.");
        w.Line("/// </summary>");
        w.Line("/// <param name=\"number\">The syscall number.</param>");
        if (renamed.Count == 0)
        {
            w.Line("public static string? GetAuditName(int number) => GetName(number);");
        }
        else
        {
            w.Line("public static string? GetAuditName(int number) => number switch");
            w.Line("{");
            foreach (SyscallEntry e in renamed)
            {
                w.Line($"    {N(e.Number)} => {SourceWriter.Literal(e.AuditName!)},");
            }

            w.Line("    _ => GetName(number),");
            w.Line("};");
        }

        w.Line();
        w.Line("/// <summary>The audit-userspace name of syscall <paramref name=\"number\"/> as UTF-8; empty when there is no such syscall.</summary>");
        w.Line("/// <param name=\"number\">The syscall number.</param>");
        if (renamed.Count == 0)
        {
            w.Line("public static global::System.ReadOnlySpan<byte> GetAuditNameUtf8(int number) => GetNameUtf8(number);");
        }
        else
        {
            w.Open("public static global::System.ReadOnlySpan<byte> GetAuditNameUtf8(int number)");
            w.Open("switch (number)");
            foreach (SyscallEntry e in renamed)
            {
                w.Line($"case {N(e.Number)}: return {SourceWriter.Literal(e.AuditName!)}u8;");
            }

            w.Line("default: return GetNameUtf8(number);");
            w.Close();
            w.Close();
        }

        w.Line();
        w.Line("/// <summary>Finds a syscall by its kernel name or its audit-userspace name (exact and case-sensitive, as the kernel spells it).</summary>");
        w.Line("/// <param name=\"name\">A name such as <c>openat</c>, or <c>pread</c> where audit-userspace calls it that.</param>");
        w.Line("/// <param name=\"number\">The syscall number when found; otherwise -1.</param>");
        w.Line("/// <returns><see langword=\"true\"/> when the table has the name.</returns>");
        w.Open("public static bool TryGetNumber(global::System.ReadOnlySpan<char> name, out int number)");
        w.Line("number = name switch");
        w.Line("{");
        foreach (SyscallEntry e in model.Entries)
        {
            w.Line($"    {SourceWriter.Literal(e.Name)} => {N(e.Number)},");
        }

        foreach (SyscallEntry e in renamed)
        {
            w.Line($"    {SourceWriter.Literal(e.AuditName!)} => {N(e.Number)},");
        }

        w.Line("    _ => -1,");
        w.Line("};");
        w.Line("return number >= 0;");
        w.Close();
        w.Line();

        w.Line("/// <summary>Finds a syscall by its UTF-8 kernel or audit-userspace name (exact and case-sensitive).</summary>");
        w.Line("/// <param name=\"utf8Name\">The name as UTF-8 bytes, e.g. a field value straight from an audit log.</param>");
        w.Line("/// <param name=\"number\">The syscall number when found; otherwise -1.</param>");
        w.Line("/// <returns><see langword=\"true\"/> when the table has the name.</returns>");
        w.Open("public static bool TryGetNumber(global::System.ReadOnlySpan<byte> utf8Name, out int number)");
        w.Line("number = -1;");
        w.Open("if (utf8Name.Length > MaxNameLength)");
        w.Line("return false;");
        w.Close();
        w.Line();
        w.Line("// Names are ASCII, so widening byte by byte is exact; anything else cannot match.");
        w.Line("global::System.Span<char> chars = stackalloc char[MaxNameLength];");
        w.Open("for (int i = 0; i < utf8Name.Length; i++)");
        w.Open("if (utf8Name[i] >= 0x80)");
        w.Line("return false;");
        w.Close();
        w.Line();
        w.Line("chars[i] = (char)utf8Name[i];");
        w.Close();
        w.Line();
        w.Line("return TryGetNumber(chars.Slice(0, utf8Name.Length), out number);");
        w.Close();
        w.Line();

        w.Line("/// <summary>Every syscall number of the table, ascending (for iteration and <c>--dump</c>).</summary>");
        w.Line("public static global::System.ReadOnlySpan<int> Numbers => new int[]");
        w.Line("{");
        foreach (var chunk in model.Entries.Select((e, i) => (e, i)).GroupBy(x => x.i / 16))
        {
            w.Line("    " + string.Join(", ", chunk.Select(x => N(x.e.Number))) + ",");
        }

        w.Line("};");
        w.Close();
        return w.ToString();
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
