using System.Collections.Generic;
using System.Linq;
using SyscallTables.Generators.Model;

namespace SyscallTables.Generators.Emitting;

/// <summary>
/// Emits <c>Syscalls</c>: the per-arch lookups behind one entry point keyed by <c>AuditArch</c>. Where several tables
/// serve one audit arch (x32 and x86_64 share <c>AUDIT_ARCH_X86_64</c>, told apart by the syscall bit), the table
/// named like the arch is asked first and the others in turn.
/// </summary>
internal static class DispatchEmitter
{
    public const string HintName = "Syscalls.g.cs";

    public static string Emit(DispatchModel model)
    {
        List<IGrouping<string, DispatchEntry>> groups = model.Entries
            .GroupBy(e => e.AuditArch)
            .OrderBy(g => g.Key, System.StringComparer.Ordinal)
            .ToList();

        var w = new SourceWriter();
        w.FileHeader(model.Namespace);
        w.Line("/// <summary>Syscall lookups for any supported <see cref=\"AuditArch\"/>: the arch of an audit record picks the table.</summary>");
        w.Line(SourceWriter.GeneratedCodeAttribute);
        w.Open("public static partial class Syscalls");

        Doc(w, "The kernel's name of syscall <paramref name=\"number\"/> on <paramref name=\"arch\"/>; <see langword=\"null\"/> for an unknown number or an arch without a table.");
        Chain(w, groups, "string?", "GetName(AuditArch arch, int number)", "{0}Syscalls.GetName(number)", " ?? ", "null");

        Doc(w, "The kernel's name of syscall <paramref name=\"number\"/> on <paramref name=\"arch\"/> as UTF-8; empty when unknown.");
        w.Open("public static global::System.ReadOnlySpan<byte> GetNameUtf8(AuditArch arch, int number)");
        Spans(w, groups, "GetNameUtf8");
        w.Close();
        w.Line();

        Doc(w, "The audit-userspace name of syscall <paramref name=\"number\"/> on <paramref name=\"arch\"/> (what ausyscall and auditctl use); <see langword=\"null\"/> when unknown.");
        Chain(w, groups, "string?", "GetAuditName(AuditArch arch, int number)", "{0}Syscalls.GetAuditName(number)", " ?? ", "null");

        Doc(w, "The audit-userspace name of syscall <paramref name=\"number\"/> on <paramref name=\"arch\"/> as UTF-8; empty when unknown.");
        w.Open("public static global::System.ReadOnlySpan<byte> GetAuditNameUtf8(AuditArch arch, int number)");
        Spans(w, groups, "GetAuditNameUtf8");
        w.Close();
        w.Line();

        w.Line("/// <summary>Finds a syscall of <paramref name=\"arch\"/> by its kernel or audit-userspace name (exact, case-sensitive).</summary>");
        w.Line("/// <param name=\"arch\">The audit arch whose table to search.</param>");
        w.Line("/// <param name=\"name\">The syscall name.</param>");
        w.Line("/// <param name=\"number\">The number when found; otherwise -1.</param>");
        w.Line("/// <returns><see langword=\"true\"/> when found.</returns>");
        w.Open("public static bool TryGetNumber(AuditArch arch, global::System.ReadOnlySpan<char> name, out int number)");
        Tries(w, groups, "name");
        w.Close();
        w.Line();

        w.Line("/// <summary>Finds a syscall of <paramref name=\"arch\"/> by its UTF-8 kernel or audit-userspace name (exact, case-sensitive).</summary>");
        w.Line("/// <param name=\"arch\">The audit arch whose table to search.</param>");
        w.Line("/// <param name=\"utf8Name\">The syscall name as UTF-8.</param>");
        w.Line("/// <param name=\"number\">The number when found; otherwise -1.</param>");
        w.Line("/// <returns><see langword=\"true\"/> when found.</returns>");
        w.Open("public static bool TryGetNumber(AuditArch arch, global::System.ReadOnlySpan<byte> utf8Name, out int number)");
        Tries(w, groups, "utf8Name");
        w.Close();
        w.Line();

        w.Line("/// <summary>Every syscall number records of <paramref name=\"arch\"/> can carry, ascending; empty for an arch without a table. Where several tables serve one audit arch, their union: x86_64's includes x32's numbers, which carry the syscall bit.</summary>");
        w.Line("/// <param name=\"arch\">The audit arch.</param>");
        w.Line("public static global::System.ReadOnlySpan<int> GetNumbers(AuditArch arch) => arch switch");
        w.Line("{");
        foreach (var g in groups)
        {
            List<string> archs = Ordered(g).ToList();
            w.Line(archs.Count == 1
                ? $"    AuditArch.{g.Key} => {archs[0]}Syscalls.Numbers,"
                : $"    AuditArch.{g.Key} => s_{g.Key.ToLowerInvariant()}Numbers,");
        }

        w.Line("    _ => default,");
        w.Line("};");
        foreach (var g in groups.Where(g => g.Count() > 1))
        {
            // Several tables share this audit arch (x32 beside x86_64): their numbers differ by the syscall bit, so
            // the union is merged once, on first use of this class.
            w.Line();
            w.Line($"private static readonly int[] s_{g.Key.ToLowerInvariant()}Numbers = Union({string.Join(", ", Ordered(g).Select(a => a + "Syscalls.Numbers.ToArray()"))});");
        }

        if (groups.Any(g => g.Count() > 1))
        {
            w.Line();
            w.Open("private static int[] Union(params int[][] tables)");
            w.Line("var all = new global::System.Collections.Generic.List<int>();");
            w.Open("foreach (int[] table in tables)");
            w.Line("all.AddRange(table);");
            w.Close();
            w.Line();
            w.Line("all.Sort();");
            w.Line("return all.ToArray();");
            w.Close();
        }

        w.Line();
        w.Line("/// <summary>Whether there is a syscall table for <paramref name=\"arch\"/>.</summary>");
        w.Line("/// <param name=\"arch\">The audit arch.</param>");
        w.Line("/// <returns><see langword=\"true\"/> when the lookups above know the arch.</returns>");
        w.Line("public static bool IsSupported(AuditArch arch) => arch is " + string.Join(" or ", groups.Select(g => "AuditArch." + g.Key)) + ";");
        w.Line();
        w.Line("/// <summary>The audit arches that have a syscall table, by name.</summary>");
        w.Line("public static global::System.ReadOnlySpan<AuditArch> SupportedArchs => s_supportedArchs;");
        w.Line();
        w.Line("private static readonly AuditArch[] s_supportedArchs = new AuditArch[]");
        w.Line("{");
        foreach (var g in groups)
        {
            w.Line($"    AuditArch.{g.Key},");
        }

        w.Line("};");
        w.Close();
        return w.ToString();
    }

    private static IEnumerable<string> Ordered(IGrouping<string, DispatchEntry> group)
        => group.OrderBy(e => e.Arch == group.Key ? 0 : 1).ThenBy(e => e.Arch, System.StringComparer.Ordinal).Select(e => e.Arch);

    private static void Doc(SourceWriter w, string summary)
    {
        w.Line($"/// <summary>{summary}</summary>");
        w.Line("/// <param name=\"arch\">The audit arch, as in an audit record's <c>arch=</c> field.</param>");
        w.Line("/// <param name=\"number\">The syscall number.</param>");
    }

    private static void Chain(SourceWriter w, List<IGrouping<string, DispatchEntry>> groups, string type, string signature, string call, string separator, string fallback)
    {
        w.Line($"public static {type} {signature} => arch switch");
        w.Line("{");
        foreach (var g in groups)
        {
            w.Line($"    AuditArch.{g.Key} => {string.Join(separator, Ordered(g).Select(a => string.Format(System.Globalization.CultureInfo.InvariantCulture, call, a)))},");
        }

        w.Line($"    _ => {fallback},");
        w.Line("};");
        w.Line();
    }

    private static void Spans(SourceWriter w, List<IGrouping<string, DispatchEntry>> groups, string method)
    {
        w.Open("switch (arch)");
        foreach (var g in groups)
        {
            w.Line($"case AuditArch.{g.Key}:");
            List<string> archs = Ordered(g).ToList();
            if (archs.Count == 1)
            {
                w.Line($"    return {archs[0]}Syscalls.{method}(number);");
                continue;
            }

            w.Open("");
            foreach (string a in archs.Take(archs.Count - 1))
            {
                w.Line($"global::System.ReadOnlySpan<byte> {a}Name = {a}Syscalls.{method}(number);");
                w.Open($"if (!{a}Name.IsEmpty)");
                w.Line($"return {a}Name;");
                w.Close();
            }

            w.Line($"return {archs[archs.Count - 1]}Syscalls.{method}(number);");
            w.Close();
        }

        w.Line("default:");
        w.Line("    return default;");
        w.Close();
    }

    private static void Tries(SourceWriter w, List<IGrouping<string, DispatchEntry>> groups, string parameter)
    {
        w.Open("switch (arch)");
        foreach (var g in groups)
        {
            w.Line($"case AuditArch.{g.Key}:");
            w.Line("    return " + string.Join(" || ", Ordered(g).Select(a => $"{a}Syscalls.TryGetNumber({parameter}, out number)")) + ";");
        }

        w.Line("default:");
        w.Line("    number = -1;");
        w.Line("    return false;");
        w.Close();
    }
}
