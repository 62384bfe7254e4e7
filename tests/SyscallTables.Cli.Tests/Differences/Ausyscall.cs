namespace SyscallTables.Cli.Tests.Differences;

/// <summary>
/// Every deliberate difference between our CLI (as <c>syscalls --audit-names</c> and as <c>ausyscall</c>) and the
/// installed ausyscall, in one place. The golden tests fail on any difference not listed here, and also when a listed
/// one no longer shows, so that the list cannot go stale.
/// </summary>
internal static class AusyscallDifferences
{
    /// <summary>The auditd release these lists describe (Debian 12: 1:3.0.9-1).</summary>
    public const string AusyscallVersion = "3.0.9";

    /// <summary>
    /// Syscalls newer than ausyscall 3.0.9's tables (which end at 450, set_mempolicy_home_node): ausyscall prints
    /// "Unknown syscall N" and leaves them out of --dump and name searches; we know them.
    /// x86_64 335 uretprobe (Linux 6.11) and 336 uprobe (6.16) fill a gap below 424; 451 cachestat to 471 rseq_slice_yield are
    /// Linux 6.5+ (and post-6.12 rows, tables/README.md).
    /// </summary>
    public static bool IsNewerThanAusyscall(string arch, int number) => arch switch
    {
        "x86_64" => number is 335 or 336 or (>= 451 and <= 471),
        "i386" or "aarch64" => number is >= 451 and <= 471,
        _ => throw new ArgumentOutOfRangeException(nameof(arch), arch, "no syscall table"),
    };

    /// <summary>
    /// As <c>syscalls</c> (not as <c>ausyscall</c>) a search also matches the other naming: with --audit-names a row
    /// whose shown audit name lacks the word is there because the kernel's name has it (i386 423 is
    /// sched_rr_get_interval64 to audit-userspace, sched_rr_get_interval_time64 to the kernel: "time" finds it).
    /// </summary>
    public static bool IsMatchByOtherName(string shownName, string query) =>
        !shownName.Contains(query, StringComparison.OrdinalIgnoreCase);

    /// <summary>A command line both answer, and how and why ours differs.</summary>
    public sealed record Case(string[] Args, int AusyscallExit, string AusyscallSays, int OurExit, string WeSay, string Why)
    {
        public override string ToString() => string.Join(' ', Args);
    }

    /// <summary>
    /// Arguments where ausyscall 3.0.9 answers the wrong question or an unhelpful one. <c>AusyscallSays</c> and
    /// <c>WeSay</c> are substrings of each side's stdout+stderr.
    /// </summary>
    public static IReadOnlyList<Case> Cases { get; } =
    [
        new(["riscv64", "mkdir"], 1, "Two syscall names not allowed", 0, "mkdirat            34",
            "ausyscall does not know riscv64 as an arch; we have its kernel table (which has mkdirat only)"),
        new(["mips", "4083"], 1, "Unknown syscall mips using x86_64 lookup table", 0, "symlink",
            "ausyscall takes mips for a syscall name and searches the x86_64 table; we have the o32 table (numbers from 4000)"),
        new(["sparc", "83"], 1, "Unknown syscall sparc using x86_64 lookup table", 1, "no syscall table for 'sparc'",
            "ausyscall takes sparc for a syscall name; we know the arch from audit.h and say there is no table for it"),
        new(["riscvx", "mkdir"], 1, "Two syscall names not allowed", 1, "unknown arch 'riscvx'",
            "two words: the first one was meant as an arch; we name the arches we know"),
        new(["--help"], 1, "Unknown syscall --help", 0, "usage: ausyscall",
            "ausyscall has no --help; ours prints a short usage"),
        new(["--version"], 1, "Unknown syscall --version", 0, "ausyscall 0.1.0",
            "ausyscall has no --version"),
        new(["pread64", "--exact"], 1, "Unknown syscall pread64", 0, "17",
            "--exact accepts the kernel's name as well as audit-userspace's (pread)"),
    ];
}

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
