using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace SyscallTables.Tests;

/// <summary><see cref="AuditArch"/> against audit.h: names from tables/, values from the host's C compiler and headers.</summary>
public sealed partial class AuditArchTests
{
    /// <summary>The AUDIT_ARCH_* names of tables/audit/audit.h, without the prefix (<c>X86_64</c>).</summary>
    private static readonly string[] MacroSuffixes = [.. File.ReadLines(RepositoryLayout.Table("audit/audit.h"))
        .Select(line => AuditArchDefine().Match(line)).Where(m => m.Success).Select(m => m.Groups[1].Value)];

    [Fact]
    public void Every_audit_h_arch_is_a_member_with_its_lower_case_name()
    {
        Assert.True(MacroSuffixes.Length > 40, $"only {MacroSuffixes.Length} AUDIT_ARCH_* defines read");
        var found = new List<AuditArch>();
        foreach (string suffix in MacroSuffixes)
        {
            string name = suffix.ToLowerInvariant();
            Assert.True(AuditArchs.TryGetByName(name, out AuditArch arch), $"TryGetByName({name})");
            Assert.Equal(name, AuditArchs.GetName(arch));
            found.Add(arch);
        }

        AuditArch[] members = Enum.GetValues<AuditArch>();
        int count = AuditArchs.Count;
        Assert.Equal(MacroSuffixes.Length, count);
        Assert.Equal(found.Order(), members.Order());
        Assert.Equal(members.Order(), AuditArchs.All.ToArray().Order());
        Assert.Equal(members.Length, members.Distinct().Count());
    }

    [Fact]
    public void Member_values_equal_the_host_C_compilers_evaluation_of_linux_audit_h()
    {
        Dictionary<string, uint?> host = EvaluateWithHostCompiler(MacroSuffixes);
        ITestOutputHelper? output = TestContext.Current.TestOutputHelper;

        var mismatches = new List<string>();
        var compared = new List<string>();
        foreach (string suffix in MacroSuffixes)
        {
            Assert.True(AuditArchs.TryGetByName(suffix.ToLowerInvariant(), out AuditArch arch));
            if (host[suffix] is not uint value)
            {
                output?.WriteLine($"AUDIT_ARCH_{suffix}: not defined by the host's <linux/audit.h> (older headers), not compared");
                continue;
            }

            compared.Add(suffix);
            if ((uint)arch != value)
            {
                mismatches.Add($"AUDIT_ARCH_{suffix}: member {(uint)arch:X8}, host C {value:X8}");
            }
        }

        output?.WriteLine($"compared {compared.Count} of {MacroSuffixes.Length} AUDIT_ARCH_* values with the host C compiler");
        Assert.Empty(mismatches);
        Assert.Contains("X86_64", compared);
        Assert.Contains("I386", compared);
        Assert.Contains("AARCH64", compared);
    }

    [Theory]
    [InlineData("c000003e", AuditArch.X86_64)]
    [InlineData("C000003E", AuditArch.X86_64)]
    [InlineData("0xc000003e", AuditArch.X86_64)]
    [InlineData("0XC000003E", AuditArch.X86_64)]
    [InlineData("40000003", AuditArch.I386)]
    [InlineData("c00000b7", AuditArch.Aarch64)]
    [InlineData("x86_64", AuditArch.X86_64)]
    [InlineData("X86_64", AuditArch.X86_64)]
    [InlineData("i386", AuditArch.I386)]
    [InlineData("i686", AuditArch.I386)]
    [InlineData("aarch64", AuditArch.Aarch64)]
    [InlineData("arm64", AuditArch.Aarch64)]
    [InlineData("ppc64le", AuditArch.Ppc64le)]
    public void TryParse_reads_hex_names_and_machine_names(string text, AuditArch expected)
    {
        Assert.True(AuditArchs.TryParse(text, out AuditArch arch));
        Assert.Equal(expected, arch);
    }

    [Theory]
    [InlineData("b64", AuditArch.X86_64)]
    [InlineData("b32", AuditArch.I386)]
    [InlineData("B64", AuditArch.X86_64)]
    public void TryParse_reads_auditctls_bitness_as_this_hosts_arch(string text, AuditArch onX64)
    {
        Assert.SkipUnless(RuntimeInformation.OSArchitecture == Architecture.X64,
            $"b64/b32 mean the host's arches; the expectations here are an x86_64 host's, this one is {RuntimeInformation.OSArchitecture}");
        Assert.Equal(AuditArch.X86_64, AuditArchs.Host);
        Assert.True(AuditArchs.TryParse(text, out AuditArch arch));
        Assert.Equal(onX64, arch);
    }

    [Theory]
    [InlineData("")]
    [InlineData("riscv")]
    [InlineData("zz")]
    [InlineData("c0000000")]
    [InlineData("0000000000000000000000000000000000000c000003e")]
    [InlineData("0x")]
    [InlineData("c000003e0")]
    [InlineData("-c000003e")]
    [InlineData("c000003g")]
    [InlineData("x86_64x")]
    [InlineData("b16")]
    public void TryParse_rejects_what_names_no_audit_arch(string text)
    {
        Assert.False(AuditArchs.TryParse(text, out _));
    }

    [Fact]
    public void Every_member_round_trips_through_its_name_and_hex()
    {
        var mismatches = new List<string>();
        foreach (AuditArch member in Enum.GetValues<AuditArch>())
        {
            string? name = AuditArchs.GetName(member);
            if (name is null)
            {
                mismatches.Add($"{member}: no name");
                continue;
            }

            string hex = ((uint)member).ToString("x8", CultureInfo.InvariantCulture);
            foreach (string text in new[] { name, name.ToUpperInvariant(), hex, "0x" + hex.ToUpperInvariant() })
            {
                if (!AuditArchs.TryParse(text, out AuditArch parsed) || parsed != member)
                {
                    mismatches.Add($"{member}: TryParse({text}) gave {parsed}");
                }
            }

            if (!AuditArchs.TryGetByName(name, out AuditArch byName) || byName != member)
            {
                mismatches.Add($"{member}: TryGetByName({name}) gave {byName}");
            }
        }

        Assert.Empty(mismatches);
        Assert.Null(AuditArchs.GetName((AuditArch)0xC0000000));
    }

    /// <summary>
    /// Compiles and runs a C program that prints each AUDIT_ARCH_* value as the host's &lt;linux/audit.h&gt; defines it:
    /// an evaluation that shares nothing with the generator. A name the header lacks maps to <see langword="null"/>.
    /// </summary>
    private static Dictionary<string, uint?> EvaluateWithHostCompiler(IEnumerable<string> suffixes)
    {
        string? cc = InstalledPrograms.Find("cc");
        Assert.SkipWhen(cc is null, "no C compiler (cc) on PATH; the AUDIT_ARCH_* values are checked against the host's compiled <linux/audit.h>");

        string dir = Directory.CreateTempSubdirectory("audit-arch-").FullName;
        try
        {
            var source = new StringBuilder("#include <stdio.h>\n#include <linux/audit.h>\nint main(void)\n{\n");
            foreach (string suffix in suffixes)
            {
                source.Append(CultureInfo.InvariantCulture, $"#ifdef AUDIT_ARCH_{suffix}\n    printf(\"{suffix} %lx\\n\", (unsigned long)(AUDIT_ARCH_{suffix}));\n#else\n    printf(\"{suffix} -\\n\");\n#endif\n");
            }

            source.Append("    return 0;\n}\n");
            File.WriteAllText(Path.Combine(dir, "audit_arch.c"), source.ToString());

            HostCommandResult compile = HostCommand.Run(cc!, ["-o", "audit_arch", "audit_arch.c"], dir);
            Assert.SkipWhen(compile.ExitCode != 0 && compile.StandardError.Contains("linux/audit.h", StringComparison.Ordinal),
                "the host has no <linux/audit.h> (Debian: apt-get install linux-libc-dev): " + compile.StandardError.Trim());
            Assert.True(compile.ExitCode == 0, "cc failed: " + compile.StandardError);

            HostCommandResult run = HostCommand.Run(Path.Combine(dir, "audit_arch"), [], dir);
            Assert.Equal(0, run.ExitCode);
            var values = new Dictionary<string, uint?>();
            foreach (string line in run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                string[] f = line.Split(' ');
                values.Add(f[0], f[1] == "-" ? null : uint.Parse(f[1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
            }

            return values;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [GeneratedRegex(@"^#define\s+AUDIT_ARCH_([A-Z0-9_]+)\s")]
    private static partial Regex AuditArchDefine();
}
