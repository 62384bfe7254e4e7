using System;
using System.Globalization;

namespace SyscallTables.Rules;

/// <summary>
/// How auditctl 3.0.9 reads the value of <c>-F arch=</c> (libaudit's audit_rule_fieldpair_data and
/// audit_determine_machine), checked against the real auditctl by the KernelAuditRules tests:
/// <list type="bullet">
/// <item><c>b64</c>/<c>b32</c> (any case) take the loading host's machine, from uname: b32 on x86_64 is i386, on ppc64
/// ppc, on s390x s390, on aarch64 arm; on ppc64le it stays ppc64le (no 32-bit counterpart is looked up); b64 on a 32-bit
/// machine is refused, and on a machine auditctl has no name for (riscv64, mips, loongarch64) both are.</item>
/// <item>A value starting with a digit is a C number (<c>3221225534</c>, <c>0xc000003e</c>, octal after a 0), so
/// <c>40000028</c> is decimal and refused.</item>
/// <item>Anything else is a machine name (any case: i386 i486 i586 i686 x86_64 ppc64 ppc64le ppc s390x s390 arm armeb
/// armv5tejl armv5tel armv6l armv7l aarch64 armv8l), else hex read as far as it goes (<c>c000003e</c>).</item>
/// </list>
/// Every form must end at one of the nine arches <see cref="AuditctlSyscalls.KnowsArch"/> accepts; the kernel stores
/// that value, and <c>-S</c> names are resolved against its table.
/// </summary>
internal static class AuditctlArchs
{
    /// <summary>What <c>b32</c> means to auditctl on <paramref name="host"/>; <see langword="null"/> where it refuses it.</summary>
    /// <remarks>
    /// The host's 32-bit arch (<see cref="AuditArchs.Host32"/>), except on ppc64le, where auditctl looks up no 32-bit
    /// counterpart and b32 stays ppc64le (audit_determine_machine in lib/libaudit.c).
    /// </remarks>
    public static AuditArch? B32(AuditArch? host) => host == AuditArch.Ppc64le ? AuditArch.Ppc64le : AuditArchs.Compat32(host);

    /// <summary>What <c>b64</c> means to auditctl on <paramref name="host"/>; <see langword="null"/> where it refuses it.</summary>
    public static AuditArch? B64(AuditArch? host) =>
        host is AuditArch.X86_64 or AuditArch.Aarch64 or AuditArch.Ppc64 or AuditArch.Ppc64le or AuditArch.S390x ? host : null;

    /// <summary>Reads <c>-F arch=<paramref name="value"/></c> as auditctl does on a host whose b64 and b32 are given.</summary>
    /// <returns>The arch the kernel would be given, or <see langword="null"/> when auditctl refuses the value.</returns>
    public static AuditArch? Resolve(string value, AuditArch? b64, AuditArch? b32)
    {
        if (value.Equals("b64", StringComparison.OrdinalIgnoreCase))
        {
            return b64;
        }

        if (value.Equals("b32", StringComparison.OrdinalIgnoreCase))
        {
            return b32;
        }

        if (char.IsAsciiDigit(value[0]))
        {
            return TryParseCNumber(value, out uint number) ? Known((AuditArch)number) : null;
        }

        if (FromMachineName(value.ToLowerInvariant()) is AuditArch named)
        {
            return named;
        }

        // strtoul(value, NULL, 16): leading hex digits, the rest ignored (a 0x would start with a digit, read above).
        ReadOnlySpan<char> hex = value.AsSpan();
        int end = hex.IndexOfAnyExcept(HexDigits);
        return AuditArchs.TryParseValue(end < 0 ? hex : hex[..end], out AuditArch elf) ? Known(elf) : null;
    }

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>The name auditctl accepts for <paramref name="arch"/> on any host, or <see langword="null"/>.</summary>
    public static string? NameOf(AuditArch arch) => AuditctlSyscalls.KnowsArch(arch) ? AuditArchs.GetName(arch) : null;

    private static AuditArch? Known(AuditArch arch) => AuditctlSyscalls.KnowsArch(arch) ? arch : null;

    // audit-userspace's machine names (lib/machinetab.h): the audit.h name of each arch it knows, and a few more of
    // the names uname -m prints. All of arm's names, armeb too, give arm's own value (0x40000028); armv8l (an arm64
    // kernel's 32-bit personality) is listed under aarch64, and gives aarch64.
    private static AuditArch? FromMachineName(string name) => name switch
    {
        "i486" or "i586" or "i686" => AuditArch.I386,
        "armeb" or "armv5tejl" or "armv5tel" or "armv6l" or "armv7l" => AuditArch.Arm,
        "armv8l" => AuditArch.Aarch64,
        _ => AuditArchs.TryGetByName(name, out AuditArch named) ? Known(named) : null,
    };

    // strtoul(value, NULL, 0): decimal, 0x hex or 0-led octal, the rest ignored; the unsigned int it is stored in keeps the low 32 bits.
    private static bool TryParseCNumber(string value, out uint number)
    {
        number = 0;
        int radix = 10, at = 0;
        if (value.Length > 1 && value[0] == '0' && (value[1] is 'x' or 'X'))
        {
            radix = 16;
            at = 2;
        }
        else if (value[0] == '0')
        {
            radix = 8;
        }

        ulong parsed = 0;
        for (; at < value.Length; at++)
        {
            int digit = char.IsAsciiDigit(value[at]) ? value[at] - '0'
                : char.IsAsciiHexDigit(value[at]) ? (char.ToLowerInvariant(value[at]) - 'a' + 10)
                : int.MaxValue;
            if (digit >= radix)
            {
                break;
            }

            // strtoul sets ERANGE past 64 bits, which auditctl refuses.
            if (parsed > (ulong.MaxValue - (ulong)digit) / (ulong)radix)
            {
                return false;
            }

            parsed = (parsed * (ulong)radix) + (ulong)digit;
        }

        number = unchecked((uint)parsed);
        return true;
    }
}
