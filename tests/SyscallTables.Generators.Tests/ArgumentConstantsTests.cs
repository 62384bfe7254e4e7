using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SyscallTables.Generators.Tests.Harness;
using static SyscallTables.Generators.Tests.Harness.GeneratorRuns;

namespace SyscallTables.Generators.Tests;

/// <summary>
/// The ArgumentHeader and ArgumentNames inputs: constants per group and arch, arch headers overriding or replacing
/// generic ones as the kernel's includes do, and SCT016-SCT018 and SCT020 for bad names rows and constants the headers
/// do not give.
/// </summary>
public sealed class ArgumentConstantsTests
{
    private const string GenericFcntlPath = "/fixtures/arguments/generic/fcntl.h";
    private const string Arm64FcntlPath = "/fixtures/arguments/arm64/fcntl.h";
    private const string NamesPath = "/fixtures/argument-names.txt";

    private const string GenericFcntl = """
        #define O_ACCMODE	00000003
        #define O_WRONLY	00000001
        #define O_CREAT		00000100	/* not fcntl */
        #ifndef O_DIRECTORY
        #define O_DIRECTORY	00200000	/* must be a directory */
        #endif
        #define __O_SYNC	04000000
        #define O_SYNC		(__O_SYNC|O_DSYNC)
        #define O_DSYNC		00010000
        #define MSG_CMSG_COMPAT	0x80000000
        #define MSG_CMSG_COMPAT	0
        """;

    private const string Arm64Fcntl = "#define O_DIRECTORY\t040000\t/* must be a directory */\n";

    private const string Names = """
        # group macro [printed text]
        OpenFlags O_WRONLY
        OpenFlags O_CREAT
        OpenFlags O_DIRECTORY
        OpenFlags O_SYNC   # an expression over other defines
        OpenFlags O_ACCMODE
        Compat MSG_CMSG_COMPAT compat
        """;

    [Fact]
    public void Arch_headers_override_generic_ones()
    {
        const string probe = """
            using System.Text;
            using SyscallTables;
            using SyscallTables.Audit.Arguments;
            public static class Probe
            {
                public static string Run() => string.Join("|",
                    ArgumentConstants.OpenFlags.Count, ArgumentConstants.OpenFlags.O_DIRECTORY,
                    Encoding.ASCII.GetString(ArgumentConstants.OpenFlags.Text(ArgumentConstants.OpenFlags.O_DIRECTORY)),
                    ArgumentConstants.OpenFlags.Values(AuditArch.X86_64)[ArgumentConstants.OpenFlags.O_DIRECTORY].ToString("x"),
                    ArgumentConstants.OpenFlags.Values(AuditArch.Aarch64)[ArgumentConstants.OpenFlags.O_DIRECTORY].ToString("x"),
                    ArgumentConstants.OpenFlags.Values(AuditArch.X86_64)[ArgumentConstants.OpenFlags.O_SYNC].ToString("x"),
                    ArgumentConstants.OpenFlags.Values(AuditArch.I386).Length,
                    ArgumentConstants.Covers(AuditArch.Mips),
                    Encoding.ASCII.GetString(ArgumentConstants.Compat.Text(0)),
                    ArgumentConstants.Compat.Values(AuditArch.X86_64)[0].ToString("x"));
            }
            """;
        var host = new GeneratorHost([.. Inputs(), TableInput.SyscallTable(FixtureTables.I386Path, FixtureTables.I386, "I386", "i386")], probe);
        var run = host.Run();

        Assert.Null(run.Exception);
        Assert.Empty(run.Diagnostics);

        // x86_64 sees the generic 0200000; aarch64 its own 040000; the first MSG_CMSG_COMPAT of the header wins; i386, named
        // by no header but having a syscall table, gets the generic values.
        Assert.Equal("5|2|O_DIRECTORY|10000|4000|101000|5|False|compat|80000000", host.Invoke("Probe", "Run"));
        Snapshot.Verify(run, only: ["ArgumentConstants.g.cs"]);
    }

    [Fact]
    public void An_arch_header_replaces_the_generic_one_unless_it_includes_it()
    {
        const string probe = """
            using SyscallTables;
            using SyscallTables.Audit.Arguments;
            public static class Probe
            {
                private static string Of(AuditArch arch) => string.Join(",",
                    Show(ArgumentConstants.MapFlags.Values(arch)[ArgumentConstants.MapFlags.MAP_LOCKED]),
                    Show(ArgumentConstants.MapFlags.Values(arch)[ArgumentConstants.MapFlags.MAP_SYNC]));
                private static string Show(ulong v) => v == ArgumentConstants.Absent ? "absent" : v.ToString("x");
                public static string Run() => string.Join("|", Of(AuditArch.X86_64), Of(AuditArch.Mips), Of(AuditArch.I386));
            }
            """;
        TableInput Arch(string path, string text, string arch) => TableInput.OfKind("ArgumentHeader", path, text) with
        {
            Metadata = ImmutableDictionary<string, string>.Empty.Add("SyscallTablesKind", "ArgumentHeader").Add("SyscallArch", arch),
        };
        TableInput[] inputs =
        [
            FixtureTables.AuditHeader,
            FixtureTables.ElfEmHeader,
            TableInput.OfKind("ArgumentHeader", "/fixtures/arguments/generic/linux-mman.h", "#include <asm/mman.h>\n#define MREMAP_FIXED 2\n"),
            TableInput.OfKind("ArgumentHeader", "/fixtures/arguments/generic/asm-generic-mman.h", "#include <asm-generic/mman-common.h>\n#define MAP_LOCKED 0x2000\n"),
            TableInput.OfKind("ArgumentHeader", "/fixtures/arguments/generic/asm-generic-mman-common.h", "#define MAP_SYNC 0x080000\n"),
            Arch("/fixtures/arguments/x86/asm-mman.h", "#include <asm-generic/mman.h>\n#define MAP_32BIT 0x40\n", "X86_64"),
            // mips's mman.h includes nothing: neither the generic MAP_LOCKED nor mman-common's MAP_SYNC reach it.
            Arch("/fixtures/arguments/mips/asm-mman.h", "#define MAP_LOCKED 0x8000\n", "Mips"),
            // powerpc's includes mman-common but not asm-generic/mman.h (the fixture's audit.h has no ppc: i386 stands in).
            Arch("/fixtures/arguments/powerpc/asm-mman.h", "#include <asm-generic/mman-common.h>\n#define MAP_LOCKED 0x80\n", "I386"),
            TableInput.OfKind("ArgumentNames", NamesPath, "MapFlags MAP_LOCKED\nMapFlags MAP_SYNC\n"),
        ];
        var host = new GeneratorHost(inputs, probe);
        var run = host.Run();

        Assert.Null(run.Exception);
        Assert.Empty(run.Diagnostics);
        Assert.Equal("2000,80000|8000,absent|80,80000", host.Invoke("Probe", "Run"));
    }

    [Fact]
    public void SCT020_a_define_one_arch_writes_in_C_the_generator_does_not_compute()
    {
        const string probe = """
            using SyscallTables;
            using SyscallTables.Audit.Arguments;
            public static class Probe
            {
                public static string Run() => string.Join("|",
                    ArgumentConstants.IoctlRequest.Values(AuditArch.X86_64)[0].ToString("x"),
                    ArgumentConstants.IoctlRequest.Values(AuditArch.Aarch64)[0] == ArgumentConstants.Absent);
            }
            """;
        TableInput[] inputs =
        [
            FixtureTables.AuditHeader,
            FixtureTables.ElfEmHeader,
            TableInput.OfKind("ArgumentHeader", "/fixtures/arguments/generic/asm-generic-ioctls.h", "#define TCGETS 0x5401\n"),
            TableInput.OfKind("ArgumentHeader", "/fixtures/arguments/arm64/asm-ioctls.h", "#define TCGETS _IOR('t', 19, struct termios)\n") with
            {
                Metadata = ImmutableDictionary<string, string>.Empty.Add("SyscallTablesKind", "ArgumentHeader").Add("SyscallArch", "Aarch64"),
            },
            TableInput.OfKind("ArgumentHeader", "/fixtures/arguments/x86/none.h", "/* no defines */\n") with
            {
                Metadata = ImmutableDictionary<string, string>.Empty.Add("SyscallTablesKind", "ArgumentHeader").Add("SyscallArch", "X86_64"),
            },
            TableInput.OfKind("ArgumentNames", NamesPath, "IoctlRequest TCGETS\n"),
        ];
        var host = new GeneratorHost(inputs, probe);
        var run = host.Run();

        Assert.Null(run.Exception);
        Diagnostic d = Assert.Single(run.Diagnostics);
        Assert.Equal(("SCT020", DiagnosticSeverity.Info), (d.Id, d.Severity));
        Assert.Equal((NamesPath, 0), (d.Location.GetLineSpan().Path, d.Location.GetLineSpan().StartLinePosition.Line));
        Assert.Contains("'TCGETS', whose definition for Aarch64 cannot be evaluated", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("5401|True", host.Invoke("Probe", "Run"));
    }

    [Fact]
    public void SCT016_malformed_names_rows()
    {
        var run = Run(Inputs(names: "OpenFlags\nOpen-Flags O_WRONLY\nOpenFlags O_CREAT \"quoted\"x\nOpenFlags O_WRONLY ok extra\nOpenFlags O_CREAT\n"));

        var reported = Of(run, "SCT016");
        Assert.Equal(4, reported.Count);
        AssertAt(reported[0], NamesPath, 1, 1, "expected a group, a macro and an optional printed text");
        AssertAt(reported[1], NamesPath, 2, 1, "the group and the macro must be identifiers");
        AssertAt(reported[2], NamesPath, 4, 1, "expected a group, a macro and an optional printed text");
        AssertAt(reported[3], NamesPath, 5, 1, "'O_CREAT' is already listed in group OpenFlags");

        // The rows that are fine still give constants, and the output compiles.
        Assert.Contains("quoted\\\"x\"u8", run.GeneratedSources.Single(s => s.HintName == "ArgumentConstants.g.cs").SourceText.ToString(), StringComparison.Ordinal);
        Snapshot.Verify(run, includeSources: false);
    }

    [Fact]
    public void SCT017_a_name_no_header_defines()
    {
        var run = Run(Inputs(names: "OpenFlags O_WRONLY\nOpenFlags O_TYPO\n"));

        var d = Assert.Single(Of(run, "SCT017"));
        AssertAt(d, NamesPath, 2, 1, "Group OpenFlags names 'O_TYPO', which no argument header defines for any arch (arches: Aarch64, X86_64)");
        Snapshot.Verify(run, includeSources: false);
    }

    [Fact]
    public void SCT018_a_define_that_cannot_be_evaluated()
    {
        var run = Run(Inputs(names: "OpenFlags O_WRONLY\nOpenFlags O_BROKEN\n", generic: GenericFcntl + "\n#define O_BROKEN (O_WRONLY | O_MISSING)\n"));

        var reported = Of(run, "SCT018");
        Assert.Equal(2, reported.Count);
        AssertAt(reported[0], NamesPath, 2, 1, "Group OpenFlags names 'O_BROKEN', whose definition for Aarch64 cannot be evaluated");
        Assert.Contains("'O_MISSING' is not defined", reported[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(Of(run, "SCT017"));
        Snapshot.Verify(run, includeSources: false);
    }

    private static TableInput[] Inputs(string names = Names, string generic = GenericFcntl) =>
    [
        FixtureTables.AuditHeader,
        FixtureTables.ElfEmHeader,
        TableInput.OfKind("ArgumentHeader", GenericFcntlPath, generic),
        TableInput.OfKind("ArgumentHeader", Arm64FcntlPath, Arm64Fcntl) with
        {
            Metadata = ImmutableDictionary<string, string>.Empty.Add("SyscallTablesKind", "ArgumentHeader").Add("SyscallArch", "Aarch64"),
        },
        TableInput.OfKind("ArgumentHeader", "/fixtures/arguments/x86/none.h", "/* no defines */\n") with
        {
            Metadata = ImmutableDictionary<string, string>.Empty.Add("SyscallTablesKind", "ArgumentHeader").Add("SyscallArch", "X86_64"),
        },
        TableInput.OfKind("ArgumentNames", NamesPath, names),
    ];

    private static void AssertAt(Diagnostic d, string path, int line, int column, string messagePart)
    {
        FileLinePositionSpan span = d.Location.GetLineSpan();
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(path, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Contains(messagePart, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
