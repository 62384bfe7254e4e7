namespace SyscallTables.Cli.Tests;

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
