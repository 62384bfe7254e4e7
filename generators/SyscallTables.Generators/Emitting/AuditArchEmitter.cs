using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using SyscallTables.Generators.Model;

namespace SyscallTables.Generators.Emitting;

/// <summary>Emits <c>enum AuditArch : uint</c> (every <c>AUDIT_ARCH_*</c> of audit.h) and <c>AuditArchs</c> name lookups.</summary>
internal static class AuditArchEmitter
{
    public const string HintName = "AuditArch.g.cs";

    public static string Emit(AuditArchModel model)
    {
        var w = new SourceWriter();
        w.FileHeader(model.Namespace);

        w.Line("/// <summary>");
        w.Line("/// The architecture of an audit record (its <c>arch=</c> field): the ELF machine number with bits for 64-bit and");
        // A cref to a member the consumer's audit.h does not define would be a doc warning (an error under
        // TreatWarningsAsErrors) in their build.
        bool hasX86_64 = model.Entries.Any(e => e.Member == "X86_64");
        w.Line("/// little-endian, as audit.h defines <c>AUDIT_ARCH_*</c>. <c>arch=c000003e</c> is " + (hasX86_64 ? "<see cref=\"X86_64\"/>." : "<c>X86_64</c>."));
        w.Line("/// </summary>");
        w.Line(SourceWriter.GeneratedCodeAttribute);
        w.Open("public enum AuditArch : uint");
        foreach (AuditArchEntry e in model.Entries)
        {
            w.Line($"/// <summary><c>AUDIT_ARCH_{e.Name.ToUpperInvariant()}</c> = <c>{SourceWriter.Xml(e.Expression)}</c>.</summary>");
            w.Line($"{e.Member} = {Hex(e.Value)},");
        }

        w.Close();
        w.Line();

        var unique = new List<AuditArchEntry>();
        var seen = new HashSet<uint>();
        foreach (AuditArchEntry e in model.Entries)
        {
            if (seen.Add(e.Value))
            {
                unique.Add(e);
            }
        }

        w.Line("/// <summary>Names of the audit arches: the lower-case <c>AUDIT_ARCH_*</c> suffix, as auditctl and ausyscall write them.</summary>");
        w.Line(SourceWriter.GeneratedCodeAttribute);
        w.Open("public static partial class AuditArchs");
        w.Line("/// <summary>How many audit arches audit.h defines.</summary>");
        w.Line($"public const int Count = {model.Entries.Count.ToString(CultureInfo.InvariantCulture)};");
        w.Line();
        w.Line("/// <summary>The name of <paramref name=\"arch\"/> (<c>x86_64</c>), or <see langword=\"null\"/> for a value audit.h does not define.</summary>");
        w.Line("/// <param name=\"arch\">The audit arch.</param>");
        w.Line("public static string? GetName(AuditArch arch) => arch switch");
        w.Line("{");
        foreach (AuditArchEntry e in unique)
        {
            w.Line($"    AuditArch.{e.Member} => {SourceWriter.Literal(e.Name)},");
        }

        w.Line("    _ => null,");
        w.Line("};");
        w.Line();
        w.Line("/// <summary>Finds an audit arch by its exact lower-case name (<c>x86_64</c>, <c>aarch64</c>, <c>ppc64le</c>).</summary>");
        w.Line("/// <param name=\"name\">The name.</param>");
        w.Line("/// <param name=\"arch\">The arch when found.</param>");
        w.Line("/// <returns><see langword=\"true\"/> when audit.h defines an arch of that name.</returns>");
        w.Open("public static bool TryGetByName(global::System.ReadOnlySpan<char> name, out AuditArch arch)");
        w.Line("arch = name switch");
        w.Line("{");
        foreach (AuditArchEntry e in model.Entries)
        {
            w.Line($"    {SourceWriter.Literal(e.Name)} => AuditArch.{e.Member},");
        }

        w.Line("    _ => default,");
        w.Line("};");
        w.Line("return arch != default;");
        w.Close();
        w.Line();
        w.Line("/// <summary>Every audit arch audit.h defines, by name.</summary>");
        w.Line("public static global::System.ReadOnlySpan<AuditArch> All => s_all;");
        w.Line();
        w.Line("private static readonly AuditArch[] s_all = new AuditArch[]");
        w.Line("{");
        foreach (AuditArchEntry e in model.Entries)
        {
            w.Line($"    AuditArch.{e.Member},");
        }

        w.Line("};");
        w.Close();
        return w.ToString();
    }

    private static string Hex(uint value) => "0x" + value.ToString("X8", CultureInfo.InvariantCulture);
}
