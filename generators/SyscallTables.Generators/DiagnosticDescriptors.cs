using Microsoft.CodeAnalysis;

namespace SyscallTables.Generators;

/// <summary>
/// Every diagnostic the generator reports. Each points at the input file and line it is about; the generator
/// never throws and never produces a silently empty output. Releases are tracked in AnalyzerReleases.*.md.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "SyscallTables";

    public static readonly DiagnosticDescriptor MalformedRow = new(
        "SCT001",
        "Malformed syscall table row",
        "Malformed syscall table row: {0}; expected '<number> <abi> <name> [<entry point> [<compat entry point>]]', found '{1}'",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateNumber = new(
        "SCT002",
        "Duplicate syscall number",
        "Syscall number {0} of {1} is already '{2}' ({3}); '{4}' is ignored",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateName = new(
        "SCT003",
        "Duplicate syscall name",
        "Syscall name '{0}' of {1} already has number {2} ({3}); number {4} is ignored",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownAbi = new(
        "SCT004",
        "Declared ABI not found in the tables",
        "ABI '{0}' declared for {1} appears in none of its tables (they use: {2}); check the Abis metadata",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MissingMetadata = new(
        "SCT005",
        "Missing item metadata",
        "'{0}' has no '{1}' metadata; declare it like <SyscallTable Include=\"syscall.tbl\" Arch=\"Riscv64\" Abis=\"common;64;riscv\" />",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidMetadata = new(
        "SCT006",
        "Invalid item metadata",
        "Metadata '{0}' of '{1}' has the invalid value '{2}': {3}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnparseableDefine = new(
        "SCT007",
        "Unparseable define",
        "Cannot evaluate '#define {0} {1}': {2}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MalformedErrnoMessage = new(
        "SCT008",
        "Malformed errno message row",
        "Malformed errno message row: {0}; expected 'NAME<TAB>NUMBER<TAB>MESSAGE', found '{1}'",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor AuditNameMismatch = new(
        "SCT009",
        "Audit name does not match the syscall table",
        "Audit name '{0}' for {1} syscall {2}: {3}; the row is ignored",
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MalformedAuditName = new(
        "SCT010",
        "Malformed audit-names row",
        "Malformed audit-names row: {0}; expected 'ARCH<TAB>NUMBER<TAB>AUDIT_NAME<TAB>KERNEL_NAME', found '{1}'",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor EmptyTable = new(
        "SCT011",
        "No syscalls for an arch",
        "No row of the tables for {0} has one of the ABIs {1}; nothing would be generated for it",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownKind = new(
        "SCT012",
        "Unknown input kind",
        "'{0}' has SyscallTablesKind '{1}'; expected one of SyscallTable, ErrnoHeader, ErrnoMessages, AuditHeader, AuditNames",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownAuditArch = new(
        "SCT013",
        "Unknown audit arch",
        "The tables for {0} name AuditArch '{1}', which no AUDIT_ARCH_* define gives (known: {2}); they are left out of Syscalls",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor DuplicateErrno = new(
        "SCT014",
        "Duplicate or dangling errno define",
        "Errno '{0}': {1}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InconsistentMetadata = new(
        "SCT015",
        "Inconsistent metadata across the tables of an arch",
        "The tables for {0} disagree on {1}: '{2}' here, '{3}' in '{4}'",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InvalidNameLookup = new(
        "SCT019",
        "Invalid NameLookup metadata",
        "'{0}' has NameLookup '{1}'; expected Switch (names compiled into switches, the default) or Search (binary search over a sorted name index)",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MalformedArgumentName = new(
        "SCT016",
        "Malformed argument-names row",
        "Malformed argument-names row ({0}): '{1}'",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UndefinedArgumentConstant = new(
        "SCT017",
        "Argument constant not defined by the headers",
        "Group {0} names '{1}', which no argument header defines for any arch (arches: {2})",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnevaluableArgumentConstant = new(
        "SCT018",
        "Argument constant cannot be evaluated",
        "Group {0} names '{1}', whose definition for {2} cannot be evaluated: {3}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ArgumentConstantNotEvaluatedForArch = new(
        "SCT020",
        "Argument constant not evaluated for some arches",
        "Group {0} names '{1}', whose definition for {2} cannot be evaluated ({3}); records of those arches print that value undecoded",
        Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MalformedArchRow = new(
        "SCT021",
        "Malformed arches row",
        "Malformed arches row ({0}): '{1}'; expected ARCH TABLES ABIS [NAME=VALUE...], such as 'Riscv64 generic/syscall.tbl common,64,riscv NameLookup=Search'",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ArchDeclaredTwice = new(
        "SCT022",
        "Arch declared twice",
        "Arch '{0}' is already declared at {1}; give each arch one declaration that lists all its tables",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownTable = new(
        "SCT023",
        "Arches row names a table that is not an input",
        "Arch '{0}' reads '{1}', which is not a SyscallTable item without metadata; check the path (relative to the arches file) and the SyscallTable items",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UndeclaredTable = new(
        "SCT024",
        "Table that no arch reads",
        "'{0}' has no Arch or Abis metadata and no arches row reads it; add a row for it to the SyscallArches file, or give the item Arch and Abis metadata",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MalformedAuditField = new(
        "SCT030",
        "Malformed audit-fields row",
        "Malformed audit-fields row: {0}; found '{1}'",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnknownAuditFieldDefine = new(
        "SCT031",
        "Audit field define not found in audit.h",
        "Rule field '{0}' names {1}, which cannot be evaluated ({2}); name an AUDIT_* define of audit.h",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor InternalError = new(
        "SCT099",
        "Internal generator error",
        "SyscallTables.Generators failed while {0}: {1}; please report this with the input that caused it",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);
}
