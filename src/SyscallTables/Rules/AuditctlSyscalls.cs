namespace SyscallTables.Rules;

/// <summary>
/// Which syscalls an older auditctl can name in <c>-S</c>. auditctl only accepts names from its own tables, so a rule
/// naming a syscall newer than them (<c>-S fchmodat2</c> for auditctl 3.0.9) is rejected, while the number
/// (<c>-S 452</c>) works with every version. Rules we write or recommend name only what <see cref="BaselineVersion"/>
/// knows and give the number for the rest.
/// </summary>
public static class AuditctlSyscalls
{
    /// <summary>The audit-userspace release whose syscall tables are the baseline (Debian 12's; its tables end at 450, set_mempolicy_home_node).</summary>
    public const string BaselineVersion = "3.0.9";

    /// <summary>Whether auditctl <see cref="BaselineVersion"/> knows syscall <paramref name="number"/> of <paramref name="arch"/> by name.</summary>
    /// <param name="arch">The rule's arch.</param>
    /// <param name="number">The syscall number.</param>
    /// <returns>
    /// <see langword="false"/> for syscalls newer than the baseline's tables (x86_64 335 uretprobe and 336 uprobe, and
    /// 451 cachestat onwards on x86_64, i386 and aarch64 — checked against the installed ausyscall by the CLI's golden
    /// tests), for numbers the kernel does not define, and for arches without a table here: the number is the safe form.
    /// </returns>
    public static bool IsKnown(AuditArch arch, int number)
    {
        if (Syscalls.GetAuditName(arch, number) is null)
        {
            return false;
        }

        return arch switch
        {
            AuditArch.X86_64 => number is not (335 or 336) and <= 450,
            AuditArch.I386 or AuditArch.Aarch64 => number <= 450,
            _ => false,
        };
    }
}
