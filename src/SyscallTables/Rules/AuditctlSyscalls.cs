using System;

namespace SyscallTables.Rules;

/// <summary>
/// Which syscalls an older auditctl can name in <c>-S</c>, and for which arches it has an <c>-F arch=</c> value at all.
/// auditctl only accepts names from its own tables, so a rule naming a syscall newer than them (<c>-S fchmodat2</c>
/// for auditctl 3.0.9) is rejected, while the number (<c>-S 452</c>) works with every version. Rules we write or
/// recommend name only what <see cref="BaselineVersion"/> knows and give the number for the rest.
/// </summary>
public static class AuditctlSyscalls
{
    /// <summary>The audit-userspace release whose syscall tables are the baseline (Debian 12's; its tables end at 450, set_mempolicy_home_node).</summary>
    public const string BaselineVersion = "3.0.9";

    // The last number in every table of the baseline (450, set_mempolicy_home_node, on each arch).
    private const int LastNamed = 450;

    /// <summary>Whether auditctl <see cref="BaselineVersion"/> knows syscall <paramref name="number"/> of <paramref name="arch"/> by name.</summary>
    /// <param name="arch">The rule's arch.</param>
    /// <param name="number">The syscall number.</param>
    /// <returns>
    /// <see langword="true"/> for the syscalls of the kernel's table up to 450 that the baseline's table for the arch
    /// holds under the same number (under its audit-userspace name, <see cref="Syscalls.GetAuditName"/>).
    /// <see langword="false"/> for 451 cachestat onwards, for the few older syscalls the baseline's tables skip (see
    /// the remarks), for numbers the kernel does not define, and for arches the baseline has no table for (mips,
    /// riscv64, loongarch64, armeb) or no arch value for: the number is the safe form.
    /// </returns>
    /// <remarks>
    /// The baseline's tables skip: x86_64 335 uretprobe and 336 uprobe (added to the kernel after them); arm 335
    /// pselect6, 336 ppoll and 346 epoll_pwait; ppc, ppc64 and ppc64le 0 restart_syscall, 256 sys_debug_setcontext
    /// and 258-261 migrate_pages, mbind, get_mempolicy, set_mempolicy; s390 and s390x 7 restart_syscall, 110
    /// lookup_dcookie, 268-270 mbind, get_mempolicy, set_mempolicy, 287 migrate_pages, 310 move_pages, 378
    /// s390_guarded_storage, 393-402 the System V IPC calls and 447 memfd_secret; s390 also 403-423 the time64 calls;
    /// s390x also 220 getdents64 and 392 semtimedop. Each is checked against the installed <c>ausyscall ARCH --dump</c>
    /// by the tests, which fail when a number listed here is named there or one missing there is not listed here.
    /// </remarks>
    public static bool IsKnown(AuditArch arch, int number)
    {
        if (number is < 0 or > LastNamed || Syscalls.GetAuditName(arch, number) is null)
        {
            return false;
        }

        return arch switch
        {
            AuditArch.X86_64 => number is not (335 or 336),
            AuditArch.I386 or AuditArch.Aarch64 => true,
            AuditArch.Arm => number is not (335 or 336 or 346),
            AuditArch.Ppc or AuditArch.Ppc64 or AuditArch.Ppc64le => number is not (0 or 256 or (>= 258 and <= 261)),
            AuditArch.S390 => !IsS390Gap(number) && number is not (>= 403 and <= 423),
            AuditArch.S390x => !IsS390Gap(number) && number is not (220 or 392),
            _ => false,
        };
    }

    /// <summary>
    /// Whether auditctl <see cref="BaselineVersion"/> has an <c>-F arch=</c> value for <paramref name="arch"/>: x86_64,
    /// i386, aarch64, arm, ppc, ppc64, ppc64le, s390 and s390x. For any other arch it answers "arch elf mapping not
    /// found" to every form (name, hex, <c>b64</c> on such a host), and a syscall rule for it cannot be loaded.
    /// </summary>
    /// <param name="arch">The arch of the records to filter.</param>
    /// <returns>Whether a rule with <c>-F arch=</c> for the arch loads.</returns>
    /// <remarks>
    /// armeb is not among them: auditctl reads the name armeb as arm and stores arm's value (0x40000028), and refuses
    /// armeb's own 0x28. The kernel reports 0x40000028 for big-endian arm tasks too, so <c>-F arch=armeb</c> works
    /// there; only records that say <c>arch=28</c> cannot be matched.
    /// </remarks>
    public static bool KnowsArch(AuditArch arch) => AuditArchs.IsAuditUserspaceMachine(arch);

    /// <summary>
    /// The number auditctl <see cref="BaselineVersion"/> resolves <c>-S <paramref name="name"/></c> to under
    /// <c>-F arch=</c><paramref name="arch"/>, from the table it uses for that arch. auditctl has one table for ppc,
    /// ppc64 and ppc64le, so a 32-bit-only name (mmap2) resolves under ppc64 too, to a number the 64-bit kernel does not
    /// serve; <paramref name="table"/> says which arch's table the name came from. Its arm table also holds the OABI-only
    /// calls (<see cref="ArmOabiNumber"/>), which the kernel's EABI table lacks.
    /// </summary>
    internal static bool TryGetNumber(AuditArch arch, string name, out int number, out AuditArch table)
    {
        ReadOnlySpan<AuditArch> tables = arch is AuditArch.Ppc or AuditArch.Ppc64 or AuditArch.Ppc64le
            ? [arch, AuditArch.Ppc, AuditArch.Ppc64]
            : [arch];
        foreach (AuditArch candidate in tables)
        {
            if (Syscalls.TryGetNumber(candidate, name, out number) && IsKnown(candidate, number)
                && string.Equals(Syscalls.GetAuditName(candidate, number), name, StringComparison.Ordinal))
            {
                table = candidate;
                return true;
            }
        }

        table = arch;
        number = arch == AuditArch.Arm ? ArmOabiNumber(name) : -1;
        return number >= 0;
    }

    /// <summary>
    /// The OABI-only syscalls auditctl's arm table names: the <c>oabi</c> rows of the kernel's arch/arm/tools/syscall.tbl,
    /// which EABI (the arm table here) leaves out and only OABI binaries under CONFIG_OABI_COMPAT call.
    /// </summary>
    /// <returns>The number, or -1.</returns>
    internal static int ArmOabiNumber(string name) => name switch
    {
        "time" => 13,
        "umount" => 22,
        "stime" => 25,
        "alarm" => 27,
        "utime" => 30,
        "getrlimit" => 76,
        "select" => 82,
        "readdir" => 89,
        "mmap" => 90,
        "socketcall" => 102,
        "syscall" => 113,
        "ipc" => 117,
        _ => -1,
    };

    // Numbers both s390 tables of the baseline skip.
    private static bool IsS390Gap(int number) =>
        number is 7 or 110 or 268 or 269 or 270 or 287 or 310 or 378 or (>= 393 and <= 402) or 447;
}
