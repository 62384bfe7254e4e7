namespace SyscallTables.Tests.Differences;

/// <summary>
/// Corpus lines where lint's verdict and auditctl 3.0.9's differ on purpose, by file:line, with the reason. Each must
/// still differ (the test fails on a stale entry).
/// </summary>
internal static class AuditctlConformanceDifferences
{
    public static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
    };
}
