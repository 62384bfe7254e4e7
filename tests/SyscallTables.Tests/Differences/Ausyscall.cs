namespace SyscallTables.Tests.Differences;

/// <summary>
/// Every deliberate difference between the library and the installed ausyscall, in one place. A cross-check test fails
/// when a difference appears that is not listed here, and also when a listed one no longer shows, so that this list
/// cannot go stale.
/// </summary>
internal static class AusyscallDifferences
{
    /// <summary>The auditd release whose ausyscall the lists below describe (Debian 12: 1:3.0.9-1).</summary>
    public const string AusyscallVersion = "3.0.9";

    /// <summary>
    /// Syscall numbers the library knows and ausyscall 3.0.9 does not: syscalls newer than ausyscall 3.0.9's tables.
    /// Its three tables end at 450 (set_mempolicy_home_node, Linux 6.6). ausyscall prints "Unknown syscall" for
    /// these numbers and auditctl 3.0.9 rejects their names in rules. Everything ausyscall does list, the library
    /// resolves to the same (audit-userspace) name.
    /// </summary>
    public static IReadOnlyList<int> NumbersNewerThanAusyscall(AuditArch arch) => arch switch
    {
        // x86_64: 335 uretprobe (Linux 6.11) and 336 uprobe (6.16), which x86_64 numbers below the 424 block, and
        // 451 cachestat .. 471 rseq_slice_yield (451-462 from the 6.12 table, 463-471 from syscall_64.post-6.12.tbl).
        AuditArch.X86_64 => [335, 336, .. Enumerable.Range(451, 21)],

        // i386: 451 cachestat .. 471 rseq_slice_yield (451-462 from the 6.12 table, the rest post-6.12).
        AuditArch.I386 => [.. Enumerable.Range(451, 21)],

        // aarch64 (generic table): 451 cachestat .. 471 rseq_slice_yield, as for i386.
        AuditArch.Aarch64 => [.. Enumerable.Range(451, 21)],

        _ => throw new ArgumentOutOfRangeException(nameof(arch), arch, "no syscall table"),
    };
}
