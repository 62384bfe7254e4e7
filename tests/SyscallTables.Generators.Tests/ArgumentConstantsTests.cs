using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SyscallTables.Generators.Tests.Harness;

namespace SyscallTables.Generators.Tests;

/// <summary>
/// The ArgumentHeader and ArgumentNames inputs: constants per group and arch, arch headers overriding generic ones,
/// and SCT016-SCT018 for bad names rows and constants the headers do not give.
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

        // x86_64 sees the generic 0200000; aarch64 its own 040000; the first MSG_CMSG_COMPAT of the header wins.
        Assert.Equal("5|2|O_DIRECTORY|10000|4000|101000|0|False|compat|80000000", host.Invoke("Probe", "Run"));
        Snapshot.Verify(run);
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

    private static GeneratorRunResult Run(params TableInput[] inputs)
    {
        var run = new GeneratorHost(inputs).Run();
        Assert.Null(run.Exception);
        return run;
    }

    private static List<Diagnostic> Of(GeneratorRunResult run, string id)
        => [.. run.Diagnostics.Where(d => d.Id == id).OrderBy(d => d.Location.SourceSpan.Start)];

    private static void AssertAt(Diagnostic d, string path, int line, int column, string messagePart)
    {
        FileLinePositionSpan span = d.Location.GetLineSpan();
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(path, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Contains(messagePart, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
