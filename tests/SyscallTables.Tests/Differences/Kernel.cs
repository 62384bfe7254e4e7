namespace SyscallTables.Tests.Differences;

/// <summary>
/// Why a row of <c>ArgumentConstants</c> does not hold what clang gives the kernel headers of an arch: each names its
/// cause in tables/import or the generator, and the oracle fails when one is fixed and its entry is left here, as it
/// does for any difference not listed.
/// </summary>
public enum KernelHeaderDifference
{
    /// <summary>
    /// tables/import keeps a header's #define lines and drops its conditionals, so the generator takes defines the
    /// compiler never sees: <c>IPV6_USE_MIN_MTU</c> sits under <c>#if 0 /* not yet */</c> in linux/in6.h (no kernel
    /// handles option 63), and <c>F_GETLK64</c>, <c>F_SETLK64</c>, <c>F_SETLKW64</c> under
    /// <c>#if __BITS_PER_LONG == 32 || defined(__KERNEL__)</c> in asm-generic/fcntl.h and mips' asm/fcntl.h, so a
    /// 64-bit ABI has none (its native fcntl rejects 12-14, or mips n64's 33-35, with EINVAL). Kept on purpose:
    /// ausearch 3.0.9 prints both names on x86_64 from its own tables, and naming a command the kernel then refused
    /// tells the reader more than a bare number would.
    /// </summary>
    ConditionalDefineTaken,
}

/// <summary>The known differences, by arch and macro.</summary>
internal static class KernelHeaderDifferences
{
    private static readonly AuditArch[] Every = Syscalls.SupportedArchs.ToArray();

    // The ABIs whose long is 64 bits (mips n32 has the 64-bit audit flag but a 32-bit long).
    private static readonly AuditArch[] Long64 =
    [
        AuditArch.X86_64, AuditArch.Aarch64, AuditArch.Riscv64, AuditArch.Loongarch64, AuditArch.S390x,
        AuditArch.Ppc64, AuditArch.Ppc64le, AuditArch.Mips64, AuditArch.Mipsel64,
    ];

    private static readonly (KernelHeaderDifference Difference, AuditArch[] Arches, string[] Macros)[] Entries =
    [
        (KernelHeaderDifference.ConditionalDefineTaken, Every, ["IPV6_USE_MIN_MTU"]),
        (KernelHeaderDifference.ConditionalDefineTaken, Long64, ["F_GETLK64", "F_SETLK64", "F_SETLKW64"]),
    ];

    /// <summary>The known difference of <paramref name="macro"/> on <paramref name="arch"/>, or null.</summary>
    public static KernelHeaderDifference? For(AuditArch arch, string macro)
    {
        foreach ((KernelHeaderDifference difference, AuditArch[] arches, string[] macros) in Entries)
        {
            if (arches.Contains(arch) && macros.Contains(macro, StringComparer.Ordinal))
            {
                return difference;
            }
        }

        return null;
    }

    /// <summary>Every macro listed for <paramref name="arch"/>.</summary>
    public static IEnumerable<string> Listed(AuditArch arch) =>
        Entries.Where(e => e.Arches.Contains(arch)).SelectMany(e => e.Macros);
}
