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

        ReadOnlySpan<char> hex = lower.StartsWith("0x") ? lower[2..] : lower;
        if (hex.Length is > 0 and <= 8
            && uint.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out uint value)
            && GetName((AuditArch)value) is not null)
        {
            arch = (AuditArch)value;
            return true;
        }

        arch = default;
        return false;
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
    public static AuditArch? Host32 => Host switch
    {
        AuditArch.X86_64 or AuditArch.I386 => AuditArch.I386,
        AuditArch.Aarch64 or AuditArch.Arm => AuditArch.Arm,
        AuditArch.Ppc64 => AuditArch.Ppc,
        AuditArch.S390x => AuditArch.S390,
        _ => null,
    };

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
