namespace SyscallTables.Generators.Model;

/// <summary>What an additional file is to this generator, from its <c>SyscallTablesKind</c> item metadata.</summary>
internal enum InputKind
{
    /// <summary>A kernel <c>syscall*.tbl</c> file: <c>&lt;number&gt; &lt;abi&gt; &lt;name&gt; [&lt;entry point&gt;...]</c>.</summary>
    SyscallTable,

    /// <summary>An errno header (<c>errno-base.h</c>, <c>errno.h</c>): <c>#define EPERM 1 /* ... */</c>.</summary>
    ErrnoHeader,

    /// <summary>The C library's messages: <c>NAME&lt;TAB&gt;NUMBER&lt;TAB&gt;MESSAGE</c>.</summary>
    ErrnoMessages,

    /// <summary><c>audit.h</c> and <c>elf-em.h</c>: the <c>AUDIT_ARCH_*</c> and <c>EM_*</c> defines.</summary>
    AuditHeader,

    /// <summary>audit-userspace's syscall names: <c>ARCH&lt;TAB&gt;NUMBER&lt;TAB&gt;AUDIT_NAME&lt;TAB&gt;KERNEL_NAME</c>.</summary>
    AuditNames,

    /// <summary>A kernel header whose defines give the values of syscall arguments, for all arches or those its metadata names.</summary>
    ArgumentHeader,

    /// <summary>Which constants name an argument's values, in print order: <c>GROUP MACRO [TEXT]</c>.</summary>
    ArgumentNames,

    /// <summary>The audit fields by name: <c>NAME RECORD_KIND [DEFINE VALUE OPERATORS AUDITCTL_LISTS KERNEL_LISTS]</c>.</summary>
    AuditFields,

    /// <summary>Which tables serve which arches, with which ABIs: <c>ARCH TABLES ABIS [NAME=VALUE...]</c> (tables/arches.txt).</summary>
    SyscallArches,
}

/// <summary>One data row of a syscall table that passed the ABI filter.</summary>
internal sealed record SyscallRow(int Number, string Abi, string Name, SourceLocation Location);

/// <summary>
/// A parsed syscall table file with the declaration of one arch it serves. <see cref="Rows"/> holds only the declared
/// ABIs. <see cref="Declaration"/> is where the arch was declared when that is not the file itself (a row of an
/// arches file), so that problems of the arch as a whole point there.
/// </summary>
internal sealed record SyscallTableFile(
    string Path,
    string Arch,
    string AuditArch,
    EquatableArray<string> Abis,
    int NumberOffset,
    int SyscallBit,
    EquatableArray<SyscallRow> Rows,
    EquatableArray<string> AbisPresent,
    NameLookup NameLookup = NameLookup.Switch,
    SourceLocation? Declaration = null);

/// <summary>
/// A syscall table declared without item metadata: all its rows, every ABI, until an arches file says which arches
/// it serves (one kernel file can serve several: the generic table serves aarch64, riscv64 and loongarch64).
/// </summary>
internal sealed record KernelTableFile(string Path, EquatableArray<SyscallRow> Rows, EquatableArray<string> AbisPresent);

/// <summary>One row of an arches file: an arch, the table files it reads (full paths, in order), and how.</summary>
internal sealed record ArchDeclaration(TableDeclaration Declaration, EquatableArray<string> Tables, SourceLocation Location);

/// <summary>
/// A validated arch declaration, from item metadata or an arches row: <see cref="AuditArch"/> is the blank-separated
/// list of AuditArch members the arch's tables serve.
/// </summary>
internal sealed record TableDeclaration(string Arch, string AuditArch, EquatableArray<string> Abis, int NumberOffset, int SyscallBit, NameLookup NameLookup);

/// <summary>
/// How a table finds a syscall by name (item metadata <c>NameLookup</c>): <see cref="Switch"/> compiles the names into
/// switches (fastest, but kilobytes of machine code per table); <see cref="Search"/> binary-searches a sorted index
/// over a UTF-8 name blob (data, not code: a few hundred bytes of offsets, and a lookup a few times slower).
/// </summary>
internal enum NameLookup
{
    Switch,
    Search,
}

/// <summary>A <c>#define NAME VALUE</c> with its trailing comment (errno.h keeps the kernel's description there).</summary>
internal sealed record Define(string Name, string Value, string? Comment, SourceLocation Location);

/// <summary>
/// The defines of one header file, and the headers it includes (<c>asm-generic/mman.h</c>, <c>asm/sockios.h</c>: the
/// paths between the angle brackets), which decide which generic argument headers an arch sees.
/// </summary>
internal sealed record DefineFile(string Path, EquatableArray<Define> Defines, EquatableArray<string> Includes = default, EquatableArray<FunctionMacro> Macros = default);

/// <summary>A function-like <c>#define NAME(a, b) body</c>: the ioctl numbers of some arches are <c>_IOR('t', 19, int)</c>.</summary>
internal sealed record FunctionMacro(string Name, EquatableArray<string> Parameters, string Body);

/// <summary>One row of the errno messages file.</summary>
internal sealed record ErrnoMessage(string Name, int Number, string Message, SourceLocation Location);

/// <summary>One row of the audit-names file.</summary>
internal sealed record AuditNameRow(string Arch, int Number, string AuditName, string KernelName, SourceLocation Location);

/// <summary>An argument header's defines and the arches it applies to (empty: every arch, unless an arch's own header overrides).</summary>
internal sealed record ArgumentHeaderFile(DefineFile Defines, EquatableArray<string> Arches);

/// <summary>An errno header's defines and the audit arches it applies to (empty: the generic numbers every other arch uses).</summary>
internal sealed record ErrnoHeaderFile(DefineFile Defines, EquatableArray<string> Arches);

/// <summary>One row of the argument-names file: <paramref name="Macro"/> names a value of <paramref name="Group"/>, printed as <paramref name="Text"/>.</summary>
internal sealed record ArgumentNameRow(string Group, string Macro, string Text, SourceLocation Location);

/// <summary>
/// The result of reading one additional file: at most one payload, set according to <see cref="Kind"/>, and the
/// problems found in the file itself (problems across files are found when the files are combined).
/// </summary>
internal sealed record ParsedInput(
    InputKind Kind,
    string Path,
    SyscallTableFile? Table,
    DefineFile? Defines,
    EquatableArray<ErrnoMessage> Messages,
    EquatableArray<AuditNameRow> AuditNames,
    EquatableArray<DiagnosticInfo> Diagnostics,
    ArgumentHeaderFile? ArgumentHeader = null,
    EquatableArray<ArgumentNameRow> ArgumentNames = default,
    ErrnoHeaderFile? ErrnoHeader = null,
    EquatableArray<AuditFieldRow> AuditFields = default,
    KernelTableFile? KernelTable = null,
    EquatableArray<ArchDeclaration> Arches = default);
