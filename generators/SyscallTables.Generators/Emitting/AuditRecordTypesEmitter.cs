using System.Globalization;
using System.Linq;
using SyscallTables.Generators.Combining;

namespace SyscallTables.Generators.Emitting;

/// <summary>
/// Emits the record-type catalogue, <c>AuditRecordTypes.TryGetNumber</c>: the number of a record type by the name
/// a log writes (<c>SYSCALL</c> is 1300), as a binary search over the sorted names (data, not a switch).
/// </summary>
internal static class AuditRecordTypesEmitter
{
    public const string HintName = "AuditRecordTypes.g.cs";

    public static string Emit(AuditRecordTypeModel model)
    {
        var w = new SourceWriter();
        w.FileHeader(model.Namespace + ".Audit");
        w.Line("/// <summary>The record types of the audit headers (<c>AUDIT_SYSCALL</c> 1300 ...), by the names logs and ausearch write.</summary>");
        w.Line(SourceWriter.GeneratedCodeAttribute);
        w.Open("internal static partial class AuditRecordTypes");
        w.Line("/// <summary>How many record types the headers define.</summary>");
        w.Line($"public const int Count = {model.Entries.Count.ToString(CultureInfo.InvariantCulture)};");
        w.Line();
        w.Line("/// <summary>The number of the record type <paramref name=\"name\"/> (UTF-8, <c>SYSCALL</c>), or -1 for a name the headers do not define.</summary>");
        w.Line("/// <param name=\"name\">The type as a record writes it.</param>");
        w.Line("public static int GetNumber(global::System.ReadOnlySpan<byte> name) => NumberOfName(name);");
        LookupWriter.NameSearch(w, "NumberOfName", model.Entries.Select(e => (e.Name, e.Number)).ToList(), -1);
        w.Close();
        return w.ToString();
    }
}
