using System;
using System.Globalization;
using System.Runtime.InteropServices;

namespace SyscallTables;

/// <summary>Parsing audit arches the ways people and logs write them; the name table itself is generated from audit.h.</summary>
public static partial class AuditArchs
{
    /// <summary>
    /// Parses an audit arch as it appears in logs, rules and on the command line: the hex of an audit record's
    /// <c>arch=</c> field (<c>c000003e</c>, <c>0xC000003E</c>), an audit.h name (<c>x86_64</c>, <c>ppc64le</c>), a
    /// machine name <c>uname -m</c> prints (<c>i686</c>, <c>arm64</c>, <c>armv7l</c>, <c>amd64</c>), or auditctl's
    /// <c>b64</c>/<c>b32</c>, which mean this machine's 64- and 32-bit arch. Case-insensitive.
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="arch">The audit arch when recognised.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> names an arch audit.h defines.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out AuditArch arch)
    {
        text = text.Trim();
        arch = default;
        if (text.IsEmpty || text.Length > 32)
        {
            return false;
        }

        Span<char> lower = stackalloc char[text.Length];
        text.ToLowerInvariant(lower);
        if (TryGetByName(lower, out arch) || TryGetByAlias(lower, out arch))
        {
            return true;
        }

        return TryParseValue(lower, out arch);
    }

    /// <summary>
    /// Parses the hex of an audit.h arch value as an audit record's <c>arch=</c> field holds it (<c>c000003e</c>; any
    /// case, at most 8 digits, no <c>0x</c>, nothing else around it).
    /// </summary>
    /// <param name="utf8">The field's value.</param>
    /// <param name="arch">The audit arch when recognised.</param>
    /// <returns><see langword="true"/> when <paramref name="utf8"/> is the hex of an arch audit.h defines.</returns>
    public static bool TryParseHex(ReadOnlySpan<byte> utf8, out AuditArch arch)
    {
        bool parsed = uint.TryParse(utf8, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out uint value);
        return IsArchValue(parsed && utf8.Length <= 8, value, out arch);
    }

    /// <summary>
    /// Parses an audit.h arch value in hex, with or without <c>0x</c> (<c>c000003e</c>, <c>0xC000003E</c>), as
    /// ausyscall and this library's lookups take it; names are not taken (see <see cref="TryParse(ReadOnlySpan{char}, out AuditArch)"/>).
    /// </summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="arch">The audit arch when recognised.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is the hex of an arch audit.h defines.</returns>
    public static bool TryParseValue(ReadOnlySpan<char> text, out AuditArch arch)
    {
        ReadOnlySpan<char> hex = text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) ? text[2..] : text;
        bool parsed = uint.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out uint value);
        return IsArchValue(parsed && hex.Length <= 8, value, out arch);
    }

    // One rule for every hex form: at most 8 digits (an arch is 32 bits) of a value audit.h names.
    private static bool IsArchValue(bool parsed, uint value, out AuditArch arch)
    {
        bool known = parsed && GetName((AuditArch)value) is not null;
        arch = known ? (AuditArch)value : default;
        return known;
    }

    /// <summary>
    /// The audit arch of the machine this code runs on (what <c>b64</c> means to auditctl here), or
    /// <see langword="null"/> where .NET's architecture has no audit counterpart.
    /// </summary>
    public static AuditArch? Host => FromProcessArchitecture(RuntimeInformation.OSArchitecture);

    /// <summary>
    /// The host's 32-bit companion arch, what <c>b32</c> means to auditctl: i386 on x86_64, arm on aarch64, the arch
    /// itself on a 32-bit host; <see langword="null"/> where there is none.
    /// </summary>
    public static AuditArch? Host32 => Compat32(Host);

    /// <summary>
    /// The 32-bit arch whose programs run on <paramref name="arch"/> (i386 on x86_64, arm on aarch64, ppc on ppc64,
    /// s390 on s390x), the arch itself when it is that 32-bit arch; <see langword="null"/> for the rest.
    /// </summary>
    internal static AuditArch? Compat32(AuditArch? arch) => arch switch
    {
        AuditArch.X86_64 or AuditArch.I386 => AuditArch.I386,
        AuditArch.Aarch64 or AuditArch.Arm => AuditArch.Arm,
        AuditArch.Ppc64 or AuditArch.Ppc => AuditArch.Ppc,
        AuditArch.S390x or AuditArch.S390 => AuditArch.S390,
        _ => null,
    };

    /// <summary>
    /// Whether audit-userspace 3.0.9 knows the arch as a machine, with a syscall table and an arch value: x86_64,
    /// i386, aarch64, arm, ppc, ppc64, ppc64le, s390 and s390x (lib/machinetab.h). auditctl refuses every other arch
    /// ("arch elf mapping not found"), and ausearch names the syscalls of another with the table of the machine it runs on.
    /// </summary>
    /// <remarks>
    /// armeb is not among them: audit-userspace reads the name armeb as arm and stores arm's value (0x40000028), and
    /// refuses armeb's own 0x28.
    /// </remarks>
    internal static bool IsAuditUserspaceMachine(AuditArch arch) => arch is AuditArch.X86_64 or AuditArch.I386 or AuditArch.Aarch64
        or AuditArch.Arm or AuditArch.Ppc or AuditArch.Ppc64 or AuditArch.Ppc64le or AuditArch.S390 or AuditArch.S390x;

    /// <summary>Maps a .NET <see cref="Architecture"/> to its audit arch (little-endian where .NET runs).</summary>
    /// <param name="architecture">The architecture.</param>
    /// <returns>The audit arch, or <see langword="null"/> when there is none.</returns>
    public static AuditArch? FromProcessArchitecture(Architecture architecture) => architecture switch
    {
        Architecture.X64 => AuditArch.X86_64,
        Architecture.X86 => AuditArch.I386,
        Architecture.Arm64 => AuditArch.Aarch64,
        Architecture.Arm or Architecture.Armv6 => AuditArch.Arm,
        Architecture.S390x => AuditArch.S390x,
        Architecture.Ppc64le => AuditArch.Ppc64le,
        Architecture.RiscV64 => AuditArch.Riscv64,
        Architecture.LoongArch64 => AuditArch.Loongarch64,
        _ => null,
    };

    // Names that are not audit.h's but that people type or uname -m prints.
    private static bool TryGetByAlias(ReadOnlySpan<char> lower, out AuditArch arch)
    {
        AuditArch? found = lower switch
        {
            "amd64" or "x64" or "x86-64" => AuditArch.X86_64,
            "i486" or "i586" or "i686" or "x86" or "ia32" => AuditArch.I386,
            "arm64" => AuditArch.Aarch64,
            "armv5tel" or "armv6l" or "armv7l" or "armv7hl" or "armhf" or "armel" => AuditArch.Arm,
            "powerpc" => AuditArch.Ppc,
            "powerpc64" => AuditArch.Ppc64,
            "powerpc64le" or "ppc64el" => AuditArch.Ppc64le,
            "loong64" => AuditArch.Loongarch64,
            "mips64el" => AuditArch.Mipsel64,
            "mips64eln32" => AuditArch.Mipsel64n32,
            "mipsn32" => AuditArch.Mips64n32,
            "b64" => Host,
            "b32" => Host32,
            _ => null,
        };
        arch = found.GetValueOrDefault();
        return found is not null;
    }
}
