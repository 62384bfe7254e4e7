namespace SyscallTables.Tests.Harness;

/// <summary>
/// How the kernel headers of one audit arch are compiled: the folder under arch/ and the clang target whose
/// predefined macros (<c>__i386__</c>, <c>_MIPS_SIM</c>, <c>__powerpc64__</c>, <c>__ARMEB__</c>, ...) pick the
/// headers' branches for that ABI, as the arch's own compiler would.
/// </summary>
/// <param name="Note">Where the compile is not the arch's real one, what stands in for it.</param>
internal sealed record KernelHeaderTarget(AuditArch Arch, string KernelArch, string Triple, string[] ExtraFlags, string? Note)
{
    /// <summary>The target of <paramref name="arch"/>, or null when none is known (the test then fails: add one here).</summary>
    public static KernelHeaderTarget? For(AuditArch arch) => arch switch
    {
        // x32 records carry AUDIT_ARCH_X86_64 (the syscall bit tells them apart), so x32 has nothing of its own here.
        AuditArch.X86_64 => new(arch, "x86", "x86_64-linux-gnu", [], null),
        AuditArch.I386 => new(arch, "x86", "i386-linux-gnu", [], null),
        AuditArch.Aarch64 => new(arch, "arm64", "aarch64-linux-gnu", [], null),
        AuditArch.Arm => new(arch, "arm", "arm-linux-gnueabi", [], null),
        AuditArch.Armeb => new(arch, "arm", "armeb-linux-gnueabi", [], null),
        AuditArch.Ppc => new(arch, "powerpc", "powerpc-linux-gnu", [], null),
        AuditArch.Ppc64 => new(arch, "powerpc", "powerpc64-linux-gnu", [], null),
        AuditArch.Ppc64le => new(arch, "powerpc", "powerpc64le-linux-gnu", [], null),
        AuditArch.S390x => new(arch, "s390", "s390x-linux-gnu", [], null),

        // clang has no 31-bit s390 target. s390x without __s390x__ takes the headers' 31-bit branches (they test only
        // that macro); long stays 8 bytes, which changes no constant compared here (none is sizeof-based on s390).
        AuditArch.S390 => new(arch, "s390", "s390x-linux-gnu", ["-U__s390x__"],
            "s390x target with __s390x__ undefined (clang has no 31-bit s390)"),
        AuditArch.Mips => new(arch, "mips", "mips-linux-gnu", [], null),
        AuditArch.Mipsel => new(arch, "mips", "mipsel-linux-gnu", [], null),
        AuditArch.Mips64 => new(arch, "mips", "mips64-linux-gnuabi64", [], null),
        AuditArch.Mipsel64 => new(arch, "mips", "mips64el-linux-gnuabi64", [], null),
        AuditArch.Mips64n32 => new(arch, "mips", "mips64-linux-gnuabin32", [], null),
        AuditArch.Mipsel64n32 => new(arch, "mips", "mips64el-linux-gnuabin32", [], null),
        AuditArch.Riscv64 => new(arch, "riscv", "riscv64-linux-gnu", [], null),

        // clang 14 has no LoongArch target. The loongarch UAPI headers test no arch macro, so any 64-bit
        // little-endian LP64 target evaluates them alike; riscv64's own macros are removed and loongarch's set.
        AuditArch.Loongarch64 => new(arch, "loongarch", "riscv64-linux-gnu",
            ["-U__riscv", "-U__riscv_xlen", "-D__loongarch__=1", "-D__loongarch64=1", "-D__loongarch_grlen=64"],
            "riscv64 target with loongarch's macros (clang 14 has no LoongArch)"),
        _ => null,
    };
}
