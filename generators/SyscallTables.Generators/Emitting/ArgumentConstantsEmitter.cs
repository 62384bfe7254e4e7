using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SyscallTables.Generators.Model;

namespace SyscallTables.Generators.Emitting;

/// <summary>
/// Emits <c>ArgumentConstants</c>: per group of the argument-names file, the printed texts (UTF-8, by index), an
/// index constant per macro, and each header set's values in the same order, so a decoder walks a group without
/// allocating and with the numbers of the record's arch. Identical value arrays are emitted once per group.
/// </summary>
internal static class ArgumentConstantsEmitter
{
    public const string HintName = "ArgumentConstants.g.cs";

    public static string Emit(ArgumentConstantsModel model)
    {
        var w = new SourceWriter();
        w.FileHeader(model.Namespace + ".Audit.Arguments");
        string auditArch = $"global::{model.Namespace}.AuditArch";

        w.Line("/// <summary>Values of syscall-argument constants per arch, from the argument headers; names from the argument-names file.</summary>");
        w.Line(SourceWriter.GeneratedCodeAttribute);
        w.Open("internal static partial class ArgumentConstants");
        w.Line("/// <summary>Stands for a constant the arch's headers do not define; no decoder matches it.</summary>");
        w.Line("public const ulong Absent = ulong.MaxValue;");
        w.Line();
        w.Line("// The values live in static arrays, not in span properties over constant data: RuntimeHelpers.CreateSpan of");
        w.Line("// ulong allocated 72 bytes per call in the Debug-built tests here (ArgumentAllocationTests); an array is made once.");
        w.Line();
        w.Line("/// <summary>Whether the headers give values for <paramref name=\"arch\"/>.</summary>");
        w.Line($"public static bool Covers({auditArch} arch) => HeaderSet(arch) >= 0;");
        w.Line();
        w.Line("/// <summary>Which header set's values decode <paramref name=\"arch\"/> (arches that see the same headers share one), or -1.</summary>");
        w.Open($"private static int HeaderSet({auditArch} arch) => arch switch");
        for (int i = 0; i < model.Sets.Count; i++)
        {
            w.Line(string.Join(" or ", model.Sets[i].Arches.Select(a => $"{auditArch}.{a}")) + $" => {i.ToString(CultureInfo.InvariantCulture)},");
        }

        w.Line("_ => -1,");
        w.Close(";");
        foreach (ArgumentGroup group in model.Groups)
        {
            w.Line();
            w.Line($"/// <summary>The <c>{group.Name}</c> group: {group.Constants.Count.ToString(CultureInfo.InvariantCulture)} constants in print order.</summary>");
            w.Open($"internal static class {SourceWriter.Identifier(group.Name)}");
            w.Line($"public const int Count = {group.Constants.Count.ToString(CultureInfo.InvariantCulture)};");
            for (int i = 0; i < group.Constants.Count; i++)
            {
                w.Line($"public const int {SourceWriter.Identifier(group.Constants[i].Macro)} = {i.ToString(CultureInfo.InvariantCulture)};");
            }

            w.Line();
            w.Line("/// <summary>What ausearch prints for constant <paramref name=\"index\"/>.</summary>");
            w.Open("public static global::System.ReadOnlySpan<byte> Text(int index) => index switch");
            for (int i = 0; i < group.Constants.Count; i++)
            {
                w.Line($"{i.ToString(CultureInfo.InvariantCulture)} => {SourceWriter.Literal(group.Constants[i].Text)}u8,");
            }

            w.Line("_ => default,");
            w.Close(";");
            w.Line();
            w.Line($"/// <summary>The constants' values on <paramref name=\"arch\"/> (<see cref=\"Absent\"/> where undefined); empty for an arch without headers.</summary>");
            w.Open($"public static global::System.ReadOnlySpan<ulong> Values({auditArch} arch) => HeaderSet(arch) switch");

            // Header sets whose values agree for this group share one array (most groups: all of them).
            var arrays = new List<(string Field, string Values, List<string> Arches)>();
            var bySet = new List<string>();
            for (int i = 0; i < model.Sets.Count; i++)
            {
                int set = i;
                string values = string.Join(", ", group.Constants.Select(c => c.Values[set].Defined ? "0x" + c.Values[set].Value.ToString("X", CultureInfo.InvariantCulture) : "Absent"));
                int same = arrays.FindIndex(a => a.Values == values);
                if (same < 0)
                {
                    arrays.Add(("s_" + model.Sets[i].Arches[0], values, new List<string>()));
                    same = arrays.Count - 1;
                }

                arrays[same].Arches.AddRange(model.Sets[i].Arches);
                bySet.Add(arrays[same].Field);
            }

            // A switch over the set rather than an array of the arrays: NativeAOT preinitializes arrays of numbers into
            // the binary's data, but with a ulong[][] field every run of the CLI started slower (syscalls x86_64 mkdir
            // 1.07 -> 1.24 ms median, 15 more page faults; hyperfine and perf stat, same machine, same run).
            for (int i = 0; i < bySet.Count; i++)
            {
                w.Line($"{i.ToString(CultureInfo.InvariantCulture)} => {bySet[i]},");
            }

            w.Line("_ => default,");
            w.Close(";");
            foreach ((string field, string values, List<string> arches) in arrays)
            {
                w.Line();
                w.Line($"// {string.Join(", ", arches)}");
                w.Line($"private static readonly ulong[] {field} = [{values}];");
            }

            w.Close();
        }

        w.Close();
        return w.ToString();
    }
}
