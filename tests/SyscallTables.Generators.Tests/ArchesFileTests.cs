using Microsoft.CodeAnalysis;
using SyscallTables.Generators.Tests.Harness;
using static SyscallTables.Generators.Tests.Harness.GeneratorRuns;

namespace SyscallTables.Generators.Tests;

/// <summary>
/// An arches file (tables/arches.txt) maps one kernel table to several arches, each with its own ABIs and options:
/// the output is the one item metadata gives, and each way a row can be wrong is reported at that row.
/// </summary>
public sealed class ArchesFileTests
{
    private const string ArchesPath = "/fixtures/arches.txt";

    [Fact]
    public void One_file_serves_two_arches_as_item_metadata_would()
    {
        var byRows = Run(
            TableInput.KernelTable(FixtureTables.X86_64Path, FixtureTables.X86_64),
            TableInput.KernelTable(FixtureTables.X86_64AdditionsPath, FixtureTables.X86_64Additions),
            Arches("""
                # one kernel file, two arches
                X86_64  x86_64/syscall_64.tbl,x86_64/syscall_64.post.tbl  common,64
                X32     x86_64/syscall_64.tbl                              common,x32  AuditArch=X86_64 SyscallBit=0x40000000 NameLookup=Search
                """));
        var byItems = Run(
            FixtureTables.X86_64Table(),
            TableInput.SyscallTable(FixtureTables.X86_64AdditionsPath, FixtureTables.X86_64Additions, "X86_64", "common 64"),
            TableInput.SyscallTable("/fixtures/x32/syscall_64.tbl", FixtureTables.X86_64, "X32", "common x32", auditArch: "X86_64", syscallBit: "0x40000000", nameLookup: "Search"));

        Assert.Empty(byRows.Diagnostics);
        Assert.Equal(["Syscalls.X32.g.cs", "Syscalls.X86_64.g.cs"], byRows.GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        foreach (string hint in new[] { "Syscalls.X86_64.g.cs", "Syscalls.X32.g.cs" })
        {
            Assert.Equal(Source(byItems, hint), Source(byRows, hint));
        }

        // x32 kept common and x32 rows only, numbered with the syscall bit.
        Assert.Contains("1073742336 => \"rt_sigaction\"", Source(byRows, "Syscalls.X32.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain("1073741837", Source(byRows, "Syscalls.X32.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void SCT021_malformed_rows()
    {
        var run = Run(
            TableInput.KernelTable(FixtureTables.X86_64Path, FixtureTables.X86_64),
            Arches("""
                X86_64  x86_64/syscall_64.tbl  common,64
                Short   x86_64/syscall_64.tbl
                Bad     x86_64/syscall_64.tbl  common  Colour=blue
                Twice   x86_64/syscall_64.tbl  common  NameLookup=Search NameLookup=Switch
                """));

        var reported = Of(run, "SCT021");
        Assert.Equal(3, reported.Count);
        AssertAt(reported[0], ArchesPath, 2, "fewer than three fields");
        AssertAt(reported[1], ArchesPath, 3, "'Colour=blue' is not one of AuditArch=, NumberOffset=, SyscallBit=, NameLookup=");
        AssertAt(reported[2], ArchesPath, 4, "NameLookup is given twice");
        Assert.Equal(["Syscalls.X86_64.g.cs"], run.GeneratedSources.Select(s => s.HintName));
    }

    [Fact]
    public void Option_values_are_checked_as_item_metadata_is()
    {
        var run = Run(
            TableInput.KernelTable(FixtureTables.X86_64Path, FixtureTables.X86_64),
            Arches("x86-64  x86_64/syscall_64.tbl  common,64  NumberOffset=-1 NameLookup=Hash\n"));

        AssertAt(Assert.Single(Of(run, "SCT006"), d => d.GetMessage().Contains("'Arch'", StringComparison.Ordinal)), ArchesPath, 1, "Metadata 'Arch' of 'the arches row of 'x86-64'' has the invalid value 'x86-64'");
        AssertAt(Assert.Single(Of(run, "SCT006"), d => d.GetMessage().Contains("'NumberOffset'", StringComparison.Ordinal)), ArchesPath, 1, "has the invalid value '-1'");
        AssertAt(Assert.Single(Of(run, "SCT019")), ArchesPath, 1, "has NameLookup 'Hash'");
        // The row declares nothing, so the table it named is read by no arch.
        AssertAt(Assert.Single(Of(run, "SCT024")), FixtureTables.X86_64Path, 1, "no arches row reads it");
        Assert.Empty(run.GeneratedSources);
    }

    [Fact]
    public void SCT022_an_arch_named_twice()
    {
        var run = Run(
            TableInput.KernelTable(FixtureTables.X86_64Path, FixtureTables.X86_64),
            FixtureTables.I386Table(),
            Arches("""
                X86_64  x86_64/syscall_64.tbl  common,64
                X86_64  x86_64/syscall_64.tbl  common,x32
                I386    x86_64/syscall_64.tbl  common
                """));

        var reported = Of(run, "SCT022");
        Assert.Equal(2, reported.Count);
        AssertAt(reported[0], ArchesPath, 2, "Arch 'X86_64' is already declared at arches.txt:1");
        AssertAt(reported[1], ArchesPath, 3, "Arch 'I386' is already declared at syscall_32.tbl:1");

        // The first declaration stands: x86_64 keeps its 64-bit rows and not the x32 ones.
        string x86_64 = Source(run, "Syscalls.X86_64.g.cs");
        Assert.Contains("\"rt_sigaction\" => 13,", x86_64, StringComparison.Ordinal);
        Assert.DoesNotContain("rt_sigreturn", x86_64, StringComparison.Ordinal);
    }

    [Fact]
    public void SCT023_a_row_names_a_table_that_is_not_an_input_and_SCT024_a_table_no_row_reads()
    {
        var run = Run(
            TableInput.KernelTable(FixtureTables.X86_64Path, FixtureTables.X86_64),
            TableInput.KernelTable(FixtureTables.I386Path, FixtureTables.I386),
            Arches("X86_64  x86_64/syscall_64.tbl,x86_64/missing.tbl  common,64\n"));

        AssertAt(Assert.Single(Of(run, "SCT023")), ArchesPath, 1, "Arch 'X86_64' reads '/fixtures/x86_64/missing.tbl', which is not a SyscallTable item without metadata");
        AssertAt(Assert.Single(Of(run, "SCT024")), FixtureTables.I386Path, 1, "'/fixtures/i386/syscall_32.tbl' has no Arch or Abis metadata and no arches row reads it");
        Assert.Equal(["Syscalls.X86_64.g.cs"], run.GeneratedSources.Select(s => s.HintName));
    }

    [Fact]
    public void An_unknown_audit_arch_is_reported_at_the_row_that_names_it()
    {
        var run = Run(
            FixtureTables.X86_64Table(),
            TableInput.KernelTable(FixtureTables.MipsPath, FixtureTables.Mips),
            FixtureTables.AuditHeader,
            FixtureTables.ElfEmHeader,
            Arches("\n# mips under an arch audit.h does not define\nSparc  mips/syscall_o32.tbl  o32  AuditArch=Sparc32\n"));

        AssertAt(Assert.Single(Of(run, "SCT013")), ArchesPath, 3, "The tables for Sparc name AuditArch 'Sparc32', which no AUDIT_ARCH_* define gives");
        Assert.DoesNotContain("SparcSyscalls", Source(run, "Syscalls.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_table_row_is_reported_once_however_many_arches_read_the_file()
    {
        var run = Run(
            TableInput.KernelTable(FixtureTables.X86_64Path, FixtureTables.X86_64 + "\n5\tcommon\n"),
            Arches("X86_64  x86_64/syscall_64.tbl  common,64\nX32  x86_64/syscall_64.tbl  common,x32  AuditArch=X86_64 SyscallBit=0x40000000\n"));

        var d = Assert.Single(Of(run, "SCT001"));
        Assert.Equal(FixtureTables.X86_64Path, d.Location.GetLineSpan().Path);
        Assert.Contains("fewer than three fields", d.GetMessage(), StringComparison.Ordinal);
        Assert.Equal(2, run.GeneratedSources.Length);
    }

    private static TableInput Arches(string text) => TableInput.Arches(ArchesPath, text);

    private static void AssertAt(Diagnostic d, string path, int line, string messagePart)
    {
        FileLinePositionSpan span = d.Location.GetLineSpan();
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(path, span.Path);
        Assert.Equal(line, span.StartLinePosition.Line + 1);
        Assert.Contains(messagePart, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
