namespace SyscallTables.Generators.Model;

/// <summary>
/// One row of the audit-fields file: a field name, how ausearch prints it in records (<see cref="RecordKind"/>, null
/// for as it is) and, for a name auditctl takes in <c>-F</c>, the rule field (<see cref="Rule"/>).
/// </summary>
internal sealed record AuditFieldRow(string Name, string? RecordKind, AuditRuleFieldRow? Rule, SourceLocation Location);

/// <summary>
/// The rule part of an audit-fields row: the <c>AUDIT_*</c> define of audit.h auditctl sends, and the member names of
/// the consumer's AuditFieldValue, AuditFieldOperators and AuditFilterLists (lists joined by ',', or <c>*</c>).
/// </summary>
internal sealed record AuditRuleFieldRow(string Define, string Value, string Operators, string AuditctlLists, string KernelLists);

/// <summary>A rule field ready to emit: its row, its number from audit.h and the name the kernel field goes by (the first row with the define).</summary>
internal sealed record AuditRuleFieldEntry(string Name, string KernelName, uint Number, AuditRuleFieldRow Rule);

/// <summary>Everything emitted for the audit fields (<c>AuditFields.g.cs</c>).</summary>
internal sealed record AuditFieldsModel(
    string Namespace,
    EquatableArray<AuditFieldRow> Records,
    EquatableArray<AuditRuleFieldEntry> RuleFields,
    EquatableArray<DiagnosticInfo> Diagnostics);
