namespace SyscallTables.Tests.Harness;

/// <summary>
/// The tests that load rules into the running kernel's audit. Each adds and removes only its own rules, but a rule
/// on the task or exit list applies to every process while it is loaded (a corpus file's <c>-a never,task</c> would
/// leave another test's child unaudited), so these tests run one at a time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class KernelAuditRules
{
    /// <summary>The collection's name, for <c>[Collection(KernelAuditRules.Name)]</c>.</summary>
    public const string Name = "kernel audit rules";
}
