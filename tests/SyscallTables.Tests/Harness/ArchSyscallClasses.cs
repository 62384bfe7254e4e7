namespace SyscallTables.Tests.Harness;

/// <summary>
/// Reaches the per-arch classes (<see cref="X86_64Syscalls"/>, ...) and enums by arch, so that one theory covers all
/// three (and, for the audit names, the arches audit-names.txt has rows for; AbiTableTests covers the other ABIs); the <see cref="Syscalls"/> dispatcher is tested separately against the same data.
/// </summary>
internal static class ArchSyscallClasses
{
    public static string? GetName(AuditArch arch, int number) => arch switch
    {
        AuditArch.X86_64 => X86_64Syscalls.GetName(number),
        AuditArch.I386 => I386Syscalls.GetName(number),
        AuditArch.Aarch64 => Aarch64Syscalls.GetName(number),
        _ => throw Unsupported(arch),
    };

    public static string? GetAuditName(AuditArch arch, int number) => arch switch
    {
        AuditArch.X86_64 => X86_64Syscalls.GetAuditName(number),
        AuditArch.I386 => I386Syscalls.GetAuditName(number),
        AuditArch.Aarch64 => Aarch64Syscalls.GetAuditName(number),
        AuditArch.Arm => ArmSyscalls.GetAuditName(number),
        AuditArch.Ppc => PpcSyscalls.GetAuditName(number),
        AuditArch.Ppc64 => Ppc64Syscalls.GetAuditName(number),
        AuditArch.S390 => S390Syscalls.GetAuditName(number),
        AuditArch.S390x => S390xSyscalls.GetAuditName(number),
        _ => throw Unsupported(arch),
    };

    public static byte[] GetNameUtf8(AuditArch arch, int number) => arch switch
    {
        AuditArch.X86_64 => X86_64Syscalls.GetNameUtf8(number).ToArray(),
        AuditArch.I386 => I386Syscalls.GetNameUtf8(number).ToArray(),
        AuditArch.Aarch64 => Aarch64Syscalls.GetNameUtf8(number).ToArray(),
        _ => throw Unsupported(arch),
    };

    public static byte[] GetAuditNameUtf8(AuditArch arch, int number) => arch switch
    {
        AuditArch.X86_64 => X86_64Syscalls.GetAuditNameUtf8(number).ToArray(),
        AuditArch.I386 => I386Syscalls.GetAuditNameUtf8(number).ToArray(),
        AuditArch.Aarch64 => Aarch64Syscalls.GetAuditNameUtf8(number).ToArray(),
        AuditArch.Arm => ArmSyscalls.GetAuditNameUtf8(number).ToArray(),
        AuditArch.Ppc => PpcSyscalls.GetAuditNameUtf8(number).ToArray(),
        AuditArch.Ppc64 => Ppc64Syscalls.GetAuditNameUtf8(number).ToArray(),
        AuditArch.S390 => S390Syscalls.GetAuditNameUtf8(number).ToArray(),
        AuditArch.S390x => S390xSyscalls.GetAuditNameUtf8(number).ToArray(),
        _ => throw Unsupported(arch),
    };

    public static (bool Found, int Number) TryGetNumber(AuditArch arch, string name)
    {
        int number;
        bool found = arch switch
        {
            AuditArch.X86_64 => X86_64Syscalls.TryGetNumber(name.AsSpan(), out number),
            AuditArch.I386 => I386Syscalls.TryGetNumber(name.AsSpan(), out number),
            AuditArch.Aarch64 => Aarch64Syscalls.TryGetNumber(name.AsSpan(), out number),
            _ => throw Unsupported(arch),
        };
        return (found, number);
    }

    public static (bool Found, int Number) TryGetNumberUtf8(AuditArch arch, byte[] utf8Name)
    {
        int number;
        bool found = arch switch
        {
            AuditArch.X86_64 => X86_64Syscalls.TryGetNumber(utf8Name.AsSpan(), out number),
            AuditArch.I386 => I386Syscalls.TryGetNumber(utf8Name.AsSpan(), out number),
            AuditArch.Aarch64 => Aarch64Syscalls.TryGetNumber(utf8Name.AsSpan(), out number),
            _ => throw Unsupported(arch),
        };
        return (found, number);
    }

    public static int Count(AuditArch arch) => arch switch
    {
        AuditArch.X86_64 => X86_64Syscalls.Count,
        AuditArch.I386 => I386Syscalls.Count,
        AuditArch.Aarch64 => Aarch64Syscalls.Count,
        _ => throw Unsupported(arch),
    };

    public static int MinNumber(AuditArch arch) => arch switch
    {
        AuditArch.X86_64 => X86_64Syscalls.MinNumber,
        AuditArch.I386 => I386Syscalls.MinNumber,
        AuditArch.Aarch64 => Aarch64Syscalls.MinNumber,
        _ => throw Unsupported(arch),
    };

    public static int MaxNumber(AuditArch arch) => arch switch
    {
        AuditArch.X86_64 => X86_64Syscalls.MaxNumber,
        AuditArch.I386 => I386Syscalls.MaxNumber,
        AuditArch.Aarch64 => Aarch64Syscalls.MaxNumber,
        _ => throw Unsupported(arch),
    };

    public static int MaxNameLength(AuditArch arch) => arch switch
    {
        AuditArch.X86_64 => X86_64Syscalls.MaxNameLength,
        AuditArch.I386 => I386Syscalls.MaxNameLength,
        AuditArch.Aarch64 => Aarch64Syscalls.MaxNameLength,
        _ => throw Unsupported(arch),
    };

    public static int[] Numbers(AuditArch arch) => arch switch
    {
        AuditArch.X86_64 => X86_64Syscalls.Numbers.ToArray(),
        AuditArch.I386 => I386Syscalls.Numbers.ToArray(),
        AuditArch.Aarch64 => Aarch64Syscalls.Numbers.ToArray(),
        _ => throw Unsupported(arch),
    };

    /// <summary>The enum's members as (name without the <c>@</c> escape, value).</summary>
    public static (string Name, int Value)[] EnumMembers(AuditArch arch) => arch switch
    {
        AuditArch.X86_64 => Members<X86_64Syscall>(),
        AuditArch.I386 => Members<I386Syscall>(),
        AuditArch.Aarch64 => Members<Aarch64Syscall>(),
        _ => throw Unsupported(arch),
    };

    private static (string Name, int Value)[] Members<TEnum>()
        where TEnum : struct, Enum
        => [.. Enum.GetNames<TEnum>().Select(name => (name, Convert.ToInt32(Enum.Parse<TEnum>(name), System.Globalization.CultureInfo.InvariantCulture)))];

    private static ArgumentOutOfRangeException Unsupported(AuditArch arch) => new(nameof(arch), arch, "no per-arch syscall class");
}
