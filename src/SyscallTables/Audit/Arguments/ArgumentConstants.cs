using System;

namespace SyscallTables.Audit.Arguments;

// Lookups over the generated groups, shared by the a0-a3 decoder and the other fields' interpreters so that a
// constant (an O_* flag, a signal, a socket family) is named from one table whichever field it appears in.
internal static partial class ArgumentConstants
{
    /// <summary>
    /// The arch whose header values decode a record of <paramref name="arch"/>: its own when the headers cover it
    /// (every arch with a syscall table). An event without a SYSCALL record (an AVC, a rule change) has no arch, and
    /// an arch without a table (alpha, sparc, ...) has no values; both get x86_64's, as ausearch uses its host's for
    /// every record.
    /// </summary>
    public static global::SyscallTables.AuditArch ForRecord(global::SyscallTables.AuditArch arch) =>
        Covers(arch) ? arch : global::SyscallTables.AuditArch.X86_64;

    /// <summary>The value of constant <paramref name="index"/>, or <see cref="Absent"/>.</summary>
    public static ulong ValueAt(ReadOnlySpan<ulong> values, int index) => index < values.Length ? values[index] : Absent;

    /// <summary>The first constant whose low 32 bits equal <paramref name="value"/>, or -1.</summary>
    public static int IndexOf(ReadOnlySpan<ulong> values, uint value)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] != Absent && (uint)values[i] == value)
            {
                return i;
            }
        }

        return -1;
    }
}
