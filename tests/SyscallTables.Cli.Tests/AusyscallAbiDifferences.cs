namespace SyscallTables.Cli.Tests;

/// <summary>
/// How ausyscall 3.0.9's tables for the other arches it knows (arm, ppc, ppc64, ppc64le, s390, s390x) differ from the
/// kernel's tables for those ABIs, number by number (found with tables/compare-ausyscall). Name differences are not
/// here: they are data (tables/audit-names.txt) and the CLI prints ausyscall's names with --audit-names.
/// The golden tests fail on any difference not listed, and on a listed one that no longer shows.
/// </summary>
internal static class AusyscallAbiDifferences
{
    /// <summary>One arch's differences.</summary>
    /// <param name="Arch">The arch name given to both tools.</param>
    /// <param name="AusyscallTableName">The name ausyscall gives its table in "Using X syscall table" and "using X lookup table".</param>
    /// <param name="AusyscallOnly">Numbers ausyscall names that the kernel's table for this ABI does not have.</param>
    /// <param name="KernelOnly">Numbers the kernel's table (with the post-6.12 rows) has and ausyscall does not know.</param>
    public sealed record Arch(string Name, string AusyscallTableName, int[] AusyscallOnly, int[] KernelOnly)
    {
        public override string ToString() => Name;
    }

    // Syscalls newer than ausyscall's tables, which end at 450: 451 cachestat (6.5) to 471 rseq_slice_yield.
    private static readonly int[] s_newer = [.. Enumerable.Range(451, 21)];

    // ausyscall has one table for all three powerpc arches, with the 32-bit-only rows (mmap2, stat64, the *_time64
    // calls 403-423 of y2038) that the 64-bit ABI does not have; it lacks restart_syscall (0), sys_debug_setcontext
    // (256) and the NUMA calls 258-261 (migrate_pages, mbind, get_mempolicy, set_mempolicy).
    private static readonly int[] s_ppcMissing = [0, 256, 258, 259, 260, 261, .. s_newer];
    private static readonly int[] s_ppc64Only = [192, 193, 194, 195, 196, 197, 204, 226, 254, .. Enumerable.Range(403, 12), .. Enumerable.Range(416, 8)];

    // ausyscall's s390 table is s390x's (one table for both) and older: no restart_syscall (7), lookup_dcookie (110),
    // NUMA calls (268-270, 287, 310), s390_guarded_storage (378), the direct SysV IPC calls (392/393-402, Linux 5.1),
    // memfd_secret (447); for 31-bit s390 it also lacks the *_time64 calls 403-423.
    private static readonly int[] s_s390Common = [7, 110, 268, 269, 270, 287, 310, 378, .. Enumerable.Range(393, 10), 447, .. s_newer];

    public static IReadOnlyList<Arch> Arches { get; } =
    [
        // ausyscall's arm table is the OABI's as well: time, umount, stime, alarm, utime, getrlimit, select, readdir,
        // mmap, socketcall, syscall, ipc exist only for OABI binaries, which the EABI table (what the kernel audits
        // under AUDIT_ARCH_ARM) has not. It lacks pselect6 (335), ppoll (336) and epoll_pwait (346).
        new("arm", "armeb", [13, 22, 25, 27, 30, 76, 82, 89, 90, 102, 113, 117], [335, 336, 346, .. s_newer]),
        new("ppc", "ppc", [392], s_ppcMissing),
        new("ppc64", "ppc64", s_ppc64Only, s_ppcMissing),
        new("ppc64le", "ppc64le", s_ppc64Only, s_ppcMissing),
        new("s390", "s390", [], [.. s_s390Common, .. Enumerable.Range(403, 12), .. Enumerable.Range(416, 8)]),
        new("s390x", "s390x", [], [.. s_s390Common, 220, 392]),
    ];

    public static TheoryData<string> Names => [.. Arches.Select(a => a.Name)];

    public static Arch Of(string name) => Arches.Single(a => a.Name == name);
}
