namespace SyscallTables.Generators;

/// <summary>Names of the incremental steps, so that tests can check which steps re-ran after an edit.</summary>
internal static class TrackingNames
{
    public const string Namespace = nameof(Namespace);
    public const string ParseInputs = nameof(ParseInputs);
    public const string SyscallTables = nameof(SyscallTables);
    public const string AuditNames = nameof(AuditNames);
    public const string ArchModels = nameof(ArchModels);
    public const string ErrnoModel = nameof(ErrnoModel);
    public const string AuditArchModel = nameof(AuditArchModel);
    public const string DispatchModel = nameof(DispatchModel);
    public const string ArgumentConstantsModel = nameof(ArgumentConstantsModel);
    public const string AuditFieldsModel = nameof(AuditFieldsModel);
}
