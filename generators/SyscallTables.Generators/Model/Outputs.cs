namespace SyscallTables.Generators.Model;

/// <summary>A syscall of one arch, ready to emit: the kernel's name and, where audit-userspace differs, its name.</summary>
internal sealed record SyscallEntry(int Number, string Name, string? AuditName);

/// <summary>Everything emitted for one arch (one <c>Syscalls.{Arch}.g.cs</c>).</summary>
/// <param name="Namespace">Namespace of the generated types.</param>
/// <param name="Arch">The arch identifier from the metadata: <c>X86_64</c> gives <c>X86_64Syscalls</c>.</param>
/// <param name="AuditArch">The <c>AuditArch</c> members these numbers belong to, separated by spaces (one table can serve both byte orders).</param>
/// <param name="Sources">File names of the tables, for the generated documentation.</param>
/// <param name="Location">The first table file, for diagnostics about the arch as a whole.</param>
internal sealed record SyscallArchModel(
    string Namespace,
    string Arch,
    string AuditArch,
    EquatableArray<string> Sources,
    SourceLocation Location,
    EquatableArray<SyscallEntry> Entries,
    EquatableArray<DiagnosticInfo> Diagnostics,
    NameLookup NameLookup = NameLookup.Switch);

/// <summary>An errno constant: a number, or an alias of another name (<c>EWOULDBLOCK = EAGAIN</c>).</summary>
internal sealed record ErrnoEntry(string Name, int Number, string? AliasOf, string Message);

/// <summary>Everything emitted for errno (<c>Errnos.g.cs</c>).</summary>
internal sealed record ErrnoModel(string Namespace, EquatableArray<ErrnoEntry> Entries, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The arches whose errno numbers differ from <see cref="Entries"/> (mips, alpha, sparc, parisc, powerpc).</summary>
    public EquatableArray<ErrnoArchTable> ArchTables { get; init; } = EquatableArray<ErrnoArchTable>.Empty;
}

/// <summary>The errno names and numbers of some audit arches: the generic ones with the arch header's overriding them by name.</summary>
/// <param name="Key">A C# identifier for the generated members (the first audit arch).</param>
/// <param name="AuditArches">The <c>AuditArch</c> members these numbers apply to.</param>
/// <param name="Entries">Every name with its number; <see cref="ErrnoEntry.AliasOf"/> marks a second name of a number.</param>
internal sealed record ErrnoArchTable(string Key, EquatableArray<string> AuditArches, EquatableArray<ErrnoEntry> Entries);

/// <summary>An <c>AUDIT_ARCH_*</c> value: <c>AUDIT_ARCH_X86_64</c> gives member <c>X86_64</c>, name <c>x86_64</c>.</summary>
internal sealed record AuditArchEntry(string Member, string Name, uint Value, string Expression);

/// <summary>Everything emitted for <c>AuditArch</c> (<c>AuditArch.g.cs</c>).</summary>
internal sealed record AuditArchModel(string Namespace, EquatableArray<AuditArchEntry> Entries, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Which generated per-arch class serves which <c>AuditArch</c> member.</summary>
internal sealed record DispatchEntry(string Arch, string AuditArch, SourceLocation Location);

/// <summary>Everything emitted for the <c>Syscalls</c> dispatcher over <c>AuditArch</c> (<c>Syscalls.g.cs</c>).</summary>
internal sealed record DispatchModel(string Namespace, EquatableArray<DispatchEntry> Entries, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>One named value of an argument group, with its value in each header set (in <see cref="ArgumentConstantsModel.Sets"/> order).</summary>
internal sealed record ArgumentConstant(string Macro, string Text, EquatableArray<ArchValue> Values);

/// <summary>A constant's value in one header set, or none where its headers do not define it.</summary>
internal readonly record struct ArchValue(bool Defined, ulong Value);

/// <summary>The constants of one argument group, in print order.</summary>
internal sealed record ArgumentGroup(string Name, EquatableArray<ArgumentConstant> Constants);

/// <summary>
/// Arches that see the same argument headers (x86_64 and i386; arm and armeb; the three powerpc ABIs; the six mips
/// ABIs): one set of values serves them all.
/// </summary>
internal sealed record HeaderSet(EquatableArray<string> Arches);

/// <summary>Everything emitted for argument decoding (<c>ArgumentConstants.g.cs</c>); <see cref="Sets"/> orders every constant's values.</summary>
internal sealed record ArgumentConstantsModel(string Namespace, EquatableArray<HeaderSet> Sets, EquatableArray<ArgumentGroup> Groups, EquatableArray<DiagnosticInfo> Diagnostics);
