using System.Globalization;
using System.Text.RegularExpressions;

namespace SyscallTables.Tests;

/// <summary>
/// Errno numbers of the arches whose <c>asm/errno.h</c> renumbers them (tables/errno/&lt;arch&gt;/asm-errno.h, read here
/// by the test itself): each define of the arch header is what the arch overloads give, and the other names keep the
/// generic numbers.
/// </summary>
public sealed partial class ArchErrnoTests
{
    public static TheoryData<string, AuditArch[]> ArchHeaders => new()
    {
        { "mips", [AuditArch.Mips, AuditArch.Mipsel, AuditArch.Mips64, AuditArch.Mipsel64, AuditArch.Mips64n32, AuditArch.Mipsel64n32] },
        { "alpha", [AuditArch.Alpha] },
        { "sparc", [AuditArch.Sparc, AuditArch.Sparc64] },
        { "parisc", [AuditArch.Parisc, AuditArch.Parisc64] },
        { "powerpc", [AuditArch.Ppc, AuditArch.Ppc64, AuditArch.Ppc64le] },
    };

    [Theory]
    [MemberData(nameof(ArchHeaders))]
    public void Every_define_of_the_arch_header_is_the_arch_number_of_its_name(string header, AuditArch[] arches)
    {
        Dictionary<string, string> defines = ReadDefines(RepositoryLayout.Table($"errno/{header}/asm-errno.h"));
        Assert.NotEmpty(defines);
        var mismatches = new List<string>();
        foreach (AuditArch arch in arches)
        {
            foreach ((string name, string value) in defines)
            {
                int expected = Resolve(value, defines);
                if (!Errnos.TryGetNumber(arch, name, out int number) || number != expected)
                {
                    mismatches.Add($"{arch} {name}: {number}, header {expected}");
                }

                // The number's name is this name or another name of the same number (an alias such as EWOULDBLOCK).
                string? back = Errnos.GetName(arch, expected);
                if (back is null || Resolve(defines.GetValueOrDefault(back, back), defines) != expected)
                {
                    mismatches.Add($"{arch} {expected}: GetName gives {back}, the header has {name}");
                }

                if (Errnos.GetMessage(arch, expected) is null || Errnos.GetMessageUtf8(arch, expected).IsEmpty || Errnos.GetNameUtf8(arch, expected).IsEmpty)
                {
                    mismatches.Add($"{arch} {expected}: no message or UTF-8 name");
                }
            }

            // Names the arch header leaves alone keep their generic numbers.
            foreach (ErrnoDefine generic in KernelErrnoHeaders.Defines.Where(d => !defines.ContainsKey(d.Name)))
            {
                if (!Errnos.TryGetNumber(arch, generic.Name, out int number) || number != generic.Number)
                {
                    mismatches.Add($"{arch} {generic.Name}: {number}, generic {generic.Number}");
                }
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void The_message_follows_the_name_not_the_number()
    {
        // mips ENOMSG is 35 (42 elsewhere); glibc's text belongs to the name.
        Assert.True(Errnos.TryGetNumber(AuditArch.Mips, "ENOMSG", out int mipsEnomsg));
        Assert.True(Errnos.TryGetNumber("ENOMSG", out int enomsg));
        Assert.NotEqual(enomsg, mipsEnomsg);
        Assert.Equal(Errnos.GetMessage(enomsg), Errnos.GetMessage(AuditArch.Mips, mipsEnomsg));
        Assert.Equal("ENOMSG", Errnos.GetName(AuditArch.Mips, mipsEnomsg));
        // Other arches, x86_64 among them, use the generic numbers.
        Assert.Equal(Errnos.GetName(mipsEnomsg), Errnos.GetName(AuditArch.X86_64, mipsEnomsg));
        Assert.Equal(Errnos.GetName(enomsg), Errnos.GetName(AuditArch.Aarch64, enomsg));
    }

    private static int Resolve(string value, Dictionary<string, string> defines)
    {
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int number))
        {
            return number;
        }

        return defines.TryGetValue(value, out string? target) ? Resolve(target, defines)
            : KernelErrnoHeaders.Defines.Single(d => d.Name == value).Number;
    }

    private static Dictionary<string, string> ReadDefines(string path)
    {
        var defines = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(path))
        {
            Match m = DefineLine().Match(line);
            if (m.Success)
            {
                defines.TryAdd(m.Groups[1].Value, m.Groups[2].Value);
            }
        }

        return defines;
    }

    [GeneratedRegex(@"^#define\s+(E[A-Z0-9]+)\s+([A-Z0-9]+)")]
    private static partial Regex DefineLine();
}
