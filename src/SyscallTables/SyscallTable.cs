using System;
using System.Globalization;

namespace SyscallTables;

/// <summary>
/// One kernel syscall table: an audit arch's, or x32's. x32 has no audit arch of its own: its records say
/// <c>arch=c000003e</c> like x86_64's and its numbers carry the syscall bit (0x40000000), so it is a table of its own
/// (<see cref="X32"/>), named <c>x32</c>, and <see cref="ForArch"/> with <see cref="AuditArch.X86_64"/> is the 64-bit
/// table alone, as in ausyscall.
/// </summary>
/// <example>
/// <code>
/// SyscallTable table = SyscallTable.ForArch(AuditArch.Aarch64)!;
/// string? name = table.GetName(34);               // "mkdirat"
/// table.TryGetNumber("mkdirat", out int number);  // 34
/// </code>
/// </example>
public sealed class SyscallTable
{
    /// <summary>The name of the x32 table, which no audit arch has.</summary>
    private const string X32Name = "x32";

    private SyscallTable(AuditArch arch, bool isX32)
    {
        Arch = arch;
        IsX32 = isX32;
    }

    /// <summary>The x32 table (x86_64's audit arch; numbers from 0x40000000).</summary>
    public static SyscallTable X32 { get; } = new(AuditArch.X86_64, isX32: true);

    /// <summary>The audit arch the table's records carry (<see cref="AuditArch.X86_64"/> for <see cref="X32"/>).</summary>
    public AuditArch Arch { get; }

    /// <summary>Whether this is the x32 table.</summary>
    public bool IsX32 { get; }

    /// <summary>
    /// The table's name: <c>x32</c>, or the arch's audit.h name (<c>x86_64</c>, <c>aarch64</c>), or its audit hex
    /// (<c>c000003e</c>) for an arch audit.h does not name.
    /// </summary>
    public string Name => IsX32 ? X32Name : AuditArchs.GetName(Arch) ?? ((uint)Arch).ToString("x8", CultureInfo.InvariantCulture);

    /// <summary>The syscall numbers of the table, ascending.</summary>
    public ReadOnlySpan<int> Numbers => IsX32 ? X32Syscalls.Numbers : IsX86_64 ? X86_64Syscalls.Numbers : Syscalls.GetNumbers(Arch);

    private bool IsX86_64 => Arch == AuditArch.X86_64;

    /// <summary>The table of an audit arch, or <see langword="null"/> when the library has none for it.</summary>
    /// <param name="arch">The audit arch, as an audit record's <c>arch=</c> field gives it.</param>
    /// <returns>The table, or <see langword="null"/> (see <see cref="Syscalls.SupportedArchs"/>).</returns>
    public static SyscallTable? ForArch(AuditArch arch) => Syscalls.IsSupported(arch) ? new SyscallTable(arch, isX32: false) : null;

    /// <summary>The kernel's name of a syscall (<c>pread64</c>), or <see langword="null"/> when the table has no such number.</summary>
    /// <param name="number">The syscall number, as an audit record's <c>syscall=</c> field gives it.</param>
    /// <returns>The name, or <see langword="null"/>.</returns>
    public string? GetName(int number)
        => IsX32 ? X32Syscalls.GetName(number) : IsX86_64 ? X86_64Syscalls.GetName(number) : Syscalls.GetName(Arch, number);

    /// <summary>audit-userspace's name of a syscall (<c>pread</c>, as auditctl and ausearch use), or <see langword="null"/>.</summary>
    /// <param name="number">The syscall number.</param>
    /// <returns>The name, or <see langword="null"/>.</returns>
    public string? GetAuditName(int number)
        => IsX32 ? X32Syscalls.GetAuditName(number) : IsX86_64 ? X86_64Syscalls.GetAuditName(number) : Syscalls.GetAuditName(Arch, number);

    /// <summary>Finds a syscall's number by its kernel or audit-userspace name (exact, lower case).</summary>
    /// <param name="name">The name.</param>
    /// <param name="number">The number when found.</param>
    /// <returns>Whether the table has a syscall of that name.</returns>
    public bool TryGetNumber(ReadOnlySpan<char> name, out int number)
        => IsX32 ? X32Syscalls.TryGetNumber(name, out number) : IsX86_64 ? X86_64Syscalls.TryGetNumber(name, out number) : Syscalls.TryGetNumber(Arch, name, out number);

    /// <inheritdoc/>
    public override string ToString() => Name;
}
