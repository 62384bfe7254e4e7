using System;
using System.Buffers;
using SyscallTables.Audit.Values;

namespace SyscallTables.Audit;

// Fields interpreted by their name whatever the syscall: ids, modes, permissions, capabilities, hex strings,
// socket addresses, results.
public static partial class FieldInterpreter
{
    /// <summary>
    /// A field other than the syscall's own (arch, syscall, success, exit, a0-a3), by its name and record type as
    /// <c>ausearch -i</c> reads it (see <see cref="FieldKinds"/>); InvalidData for fields ausearch prints as written.
    /// </summary>
    private static OperationStatus InterpretValue(scoped in AuditFieldContext context, AuditField field,
        Span<byte> destination, out int bytesWritten)
    {
        FieldKind kind = FieldKinds.Classify(context.RecordType, field.Name, field.Value, field.IsQuoted);

        // Quoted values are strings; ausearch prints a quoted value of any other kind as written, quotes included.
        if (field.IsQuoted && kind is not (FieldKind.EscapedText or FieldKind.Key or FieldKind.ProcessTitle))
        {
            bytesWritten = 0;
            return OperationStatus.InvalidData;
        }

        return kind switch
        {
            FieldKind.UserId => AccountIds.WriteId(context, field, isGroup: false, destination, out bytesWritten),
            FieldKind.GroupId => AccountIds.WriteId(context, field, isGroup: true, destination, out bytesWritten),
            FieldKind.Session => AccountIds.WriteSession(field, destination, out bytesWritten),
            FieldKind.EscapedText => EncodedStrings.WriteText(field, destination, out bytesWritten),
            FieldKind.Key => EncodedStrings.WriteKey(field, destination, out bytesWritten),
            FieldKind.ProcessTitle => EncodedStrings.WriteProcessTitle(field, destination, out bytesWritten),
            FieldKind.Permission => FileModes.WritePermission(context.Arch, field, destination, out bytesWritten),
            FieldKind.FileMode => FileModes.WriteMode(context.Arch, field, destination, out bytesWritten),
            FieldKind.ShortFileMode => FileModes.WriteShortMode(context.Arch, field, destination, out bytesWritten),
            FieldKind.SocketAddress => SocketAddresses.Write(context.Arch, field, destination, out bytesWritten),
            FieldKind.Promiscuous => NamedNumbers.WritePromiscuous(field, destination, out bytesWritten),
            FieldKind.Capability => Capabilities.WriteCapability(context.Arch, field, destination, out bytesWritten),
            FieldKind.CapabilitySet => Capabilities.WriteSet(context.Arch, field, destination, out bytesWritten),
            FieldKind.Result => NamedNumbers.WriteResult(field, destination, out bytesWritten),
            FieldKind.Signal => NamedNumbers.WriteSignal(context.Arch, field, destination, out bytesWritten),
            FieldKind.RuleList => NamedNumbers.WriteRuleList(context.Arch, field, destination, out bytesWritten),
            FieldKind.NetfilterFamily => NamedNumbers.WriteNetfilterFamily(context.Arch, field, destination, out bytesWritten),
            FieldKind.IcmpType => NamedNumbers.WriteIcmpType(context.Arch, field, destination, out bytesWritten),
            FieldKind.Protocol => NamedNumbers.WriteProtocol(context.Arch, field, destination, out bytesWritten),
            FieldKind.Personality => NamedNumbers.WritePersonality(context.Arch, field, destination, out bytesWritten),
            FieldKind.SeccompAction => NamedNumbers.WriteSeccompAction(context.Arch, field, destination, out bytesWritten),
            FieldKind.MmapFlags => NamedNumbers.WriteMmapFlags(context.Arch, field, destination, out bytesWritten),
            FieldKind.TtyKeystrokes => TtyKeystrokes.Write(field, destination, out bytesWritten),
            FieldKind.ArgumentWithoutSyscall => ValueNumbers.WritePrefixedHex(field, destination, out bytesWritten),
            FieldKind.OpenFlags => NamedNumbers.WriteOpenFlags(context.Arch, field, destination, out bytesWritten),
            _ => NotInterpreted(out bytesWritten),
        };
    }

    private static OperationStatus NotInterpreted(out int bytesWritten)
    {
        bytesWritten = 0;
        return OperationStatus.InvalidData;
    }
}
