using Microsoft.CodeAnalysis;
using SyscallTables.Generators.Tests.Harness;
using static SyscallTables.Generators.Tests.Harness.GeneratorRuns;

namespace SyscallTables.Generators.Tests;

/// <summary>
/// One test per SCT diagnostic: the id, the severity, and where it points (file, 1-based line and column as an editor
/// shows them), plus a snapshot of every diagnostic the run reported, so an unexpected extra one shows up in review.
/// </summary>
public sealed class DiagnosticTests
{
    private const string AdditionsPath = FixtureTables.X86_64AdditionsPath;

    [Fact]
    public void SCT001_each_kind_of_malformed_row()
    {
        const string table = "# header\n0\tcommon\tread\tsys_read\n5\tcommon\n0x1\tcommon\tfoo\tsys_foo\n6\tcom-mon\tfoo\tsys_foo\n7\tcommon\tfoo-bar\tsys_foo\n8\tcommon\tfoo\ta\tb\tc\td\n9  common  ok  sys_ok\n";
        var run = Run(FixtureTables.X86_64Table(table));

        var reported = Of(run, "SCT001");
        Assert.Equal(5, reported.Count);
        AssertAt(reported[0], DiagnosticSeverity.Error, FixtureTables.X86_64Path, 3, 1, "fewer than three fields");
        AssertAt(reported[1], DiagnosticSeverity.Error, FixtureTables.X86_64Path, 4, 1, "'0x1' is not a syscall number");
        AssertAt(reported[2], DiagnosticSeverity.Error, FixtureTables.X86_64Path, 5, 3, "'com-mon' is not an ABI name");
        AssertAt(reported[3], DiagnosticSeverity.Error, FixtureTables.X86_64Path, 6, 10, "'foo-bar' is not a syscall name");
        AssertAt(reported[4], DiagnosticSeverity.Error, FixtureTables.X86_64Path, 7, 1, "more than six fields");
        Assert.Contains("found '5\tcommon'", reported[0].GetMessage(), StringComparison.Ordinal);

        // The good rows around the bad ones still make it into the output.
        Assert.Contains("\"ok\" => 9,", Source(run, "Syscalls.X86_64.g.cs"), StringComparison.Ordinal);
        Snapshot.Verify(run, includeSources: false);
    }

    [Fact]
    public void SCT002_duplicate_number_across_files_reports_the_later_row()
    {
        var run = Run(FixtureTables.X86_64Table(), Additions("# additions\n463\tcommon\tsetxattrat\tsys_setxattrat\n17\tcommon\tpread_again\tsys_pread\n"));

        var d = Assert.Single(Of(run, "SCT002"));
        AssertAt(d, DiagnosticSeverity.Error, AdditionsPath, 3, 1, "Syscall number 17 of X86_64 is already 'pread64' (syscall_64.tbl:7); 'pread_again' is ignored");
        Assert.DoesNotContain("pread_again", Source(run, "Syscalls.X86_64.g.cs"), StringComparison.Ordinal);
        Snapshot.Verify(run, includeSources: false);
    }

    [Fact]
    public void SCT003_duplicate_name()
    {
        var run = Run(FixtureTables.X86_64Table(), Additions("470\tcommon\twrite\tsys_write\n"));

        var d = Assert.Single(Of(run, "SCT003"));
        AssertAt(d, DiagnosticSeverity.Error, AdditionsPath, 1, 1, "Syscall name 'write' of X86_64 already has number 1 (syscall_64.tbl:5); number 470 is ignored");
        Snapshot.Verify(run, includeSources: false);
    }

    [Fact]
    public void SCT004_declared_abi_not_in_any_table_is_a_warning()
    {
        var run = Run(TableInput.SyscallTable(FixtureTables.X86_64Path, FixtureTables.X86_64, "X86_64", "common 64 x64"));

        var d = Assert.Single(Of(run, "SCT004"));
        AssertAt(d, DiagnosticSeverity.Warning, FixtureTables.X86_64Path, 1, 1, "ABI 'x64' declared for X86_64 appears in none of its tables (they use: 64, common, x32)");
        Assert.Single(run.GeneratedSources);
        Snapshot.Verify(run, includeSources: false);
    }

    [Fact]
    public void SCT005_missing_arch_or_abis()
    {
        var run = Run(
            TableInput.SyscallTable("/fixtures/no-arch.tbl", FixtureTables.X86_64, arch: null, abis: "common"),
            TableInput.SyscallTable("/fixtures/no-abis.tbl", FixtureTables.X86_64, arch: "X86_64", abis: " "));

        var reported = Of(run, "SCT005");
        Assert.Equal(2, reported.Count);
        AssertAt(reported[0], DiagnosticSeverity.Error, "/fixtures/no-abis.tbl", 1, 1, "has no 'Abis' metadata");
        AssertAt(reported[1], DiagnosticSeverity.Error, "/fixtures/no-arch.tbl", 1, 1, "has no 'Arch' metadata");
        Assert.Empty(run.GeneratedSources);
        Snapshot.Verify(run, includeSources: false);
    }

    [Fact]
    public void SCT006_invalid_metadata_values()
    {
        var run = Run(
            TableInput.SyscallTable("/fixtures/a.tbl", FixtureTables.X86_64, "x86-64", "common"),
            TableInput.SyscallTable("/fixtures/b.tbl", FixtureTables.Mips, "Mips", "o32", auditArch: "mips-o32", numberOffset: "-4000", syscallBit: "0xZZ"));

        var reported = Of(run, "SCT006");
        Assert.Equal(5, reported.Count);
        AssertAt(reported[0], DiagnosticSeverity.Error, "/fixtures/a.tbl", 1, 1, "Metadata 'Arch' of '/fixtures/a.tbl' has the invalid value 'x86-64'");
        // Without AuditArch metadata the arch names the audit arch too, so the bad value is reported for both.
        AssertAt(reported[1], DiagnosticSeverity.Error, "/fixtures/a.tbl", 1, 1, "Metadata 'AuditArch' of '/fixtures/a.tbl' has the invalid value 'x86-64'");
        AssertAt(reported[2], DiagnosticSeverity.Error, "/fixtures/b.tbl", 1, 1, "Metadata 'AuditArch' of '/fixtures/b.tbl' has the invalid value 'mips-o32'");
        AssertAt(reported[3], DiagnosticSeverity.Error, "/fixtures/b.tbl", 1, 1, "Metadata 'NumberOffset' of '/fixtures/b.tbl' has the invalid value '-4000'");
        AssertAt(reported[4], DiagnosticSeverity.Error, "/fixtures/b.tbl", 1, 1, "Metadata 'SyscallBit' of '/fixtures/b.tbl' has the invalid value '0xZZ'");
        Snapshot.Verify(run, includeSources: false);
    }

    [Fact]
    public void SCT006_arches_that_differ_only_in_case()
    {
        var run = Run(FixtureTables.X86_64Table(), TableInput.SyscallTable("/fixtures/lower.tbl", FixtureTables.X86_64, "x86_64", "common 64"));

        AssertAt(Assert.Single(Of(run, "SCT006")), DiagnosticSeverity.Error, "/fixtures/lower.tbl", 1, 1, "differs from the Arch 'X86_64' of other tables only in letter case");
        Assert.Equal(["Syscalls.X86_64.g.cs"], run.GeneratedSources.Select(s => s.HintName));
        Snapshot.Verify(run, includeSources: false);
    }

    [Fact]
    public void SCT007_audit_arch_define_that_cannot_be_evaluated()
    {
        const string audit = "#define __AUDIT_ARCH_LE 0x40000000\n#define AUDIT_ARCH_BOGUS\t(EM_NOPE|__AUDIT_ARCH_LE)\n  #define AUDIT_ARCH_WIDE 0x100000000\n#define AUDIT_ARCH_LOOP (AUDIT_ARCH_LOOP|1)\n#define AUDIT_ARCH_SYNTAX (EM_386 |)\n";
        var run = Run(FixtureTables.ElfEmHeader, TableInput.AuditHeader(FixtureTables.AuditHPath, audit));

        var reported = Of(run, "SCT007");
        Assert.Equal(4, reported.Count);
        AssertAt(reported[0], DiagnosticSeverity.Error, FixtureTables.AuditHPath, 2, 9, "Cannot evaluate '#define AUDIT_ARCH_BOGUS (EM_NOPE|__AUDIT_ARCH_LE)': 'EM_NOPE' is not defined");
        AssertAt(reported[1], DiagnosticSeverity.Error, FixtureTables.AuditHPath, 3, 11, "does not fit 32 bits");
        AssertAt(reported[2], DiagnosticSeverity.Error, FixtureTables.AuditHPath, 4, 9, "defined in terms of itself");
        AssertAt(reported[3], DiagnosticSeverity.Error, FixtureTables.AuditHPath, 5, 9, "AUDIT_ARCH_SYNTAX");
        Snapshot.Verify(run, includeSources: false);
    }

    [Fact]
    public void SCT008_malformed_errno_message_rows()
    {
        const string messages = "# comment\nEPERM 1 Operation not permitted\n1EPERM\t1\tOperation not permitted\nEPERM\tone\tOperation not permitted\nEPERM\t1\t  \nEPERM\t1\tOperation not permitted\n";
        var run = Run(TableInput.ErrnoHeader(FixtureTables.ErrnoBasePath, FixtureTables.ErrnoBaseH), TableInput.ErrnoMessages(FixtureTables.MessagesPath, messages));

        var reported = Of(run, "SCT008");
        Assert.Equal(4, reported.Count);
        AssertAt(reported[0], DiagnosticSeverity.Error, FixtureTables.MessagesPath, 2, 1, "expected three tab-separated fields");
        AssertAt(reported[1], DiagnosticSeverity.Error, FixtureTables.MessagesPath, 3, 1, "'1EPERM' is not an errno name");
        AssertAt(reported[2], DiagnosticSeverity.Error, FixtureTables.MessagesPath, 4, 1, "'one' is not an errno number");
        AssertAt(reported[3], DiagnosticSeverity.Error, FixtureTables.MessagesPath, 5, 1, "the message is empty");
        Snapshot.Verify(run, includeSources: false);
    }

    [Fact]
    public void SCT009_audit_names_that_do_not_fit_the_table()
    {
        const string names = "x86_64\t999\tnothere\tnothere64\nx86_64\t17\tpread\tpread\nx86_64\t18\tread\tpwrite64\nx86_64\t17\tpread\tpread64\nx86_64\t17\tpread2\tpread64\nx86_64\t18\tpread\tpwrite64\n";
        var run = Run(FixtureTables.X86_64Table(), TableInput.AuditNames(FixtureTables.AuditNamesPath, names));

        var reported = Of(run, "SCT009");
        Assert.Equal(5, reported.Count);
        AssertAt(reported[0], DiagnosticSeverity.Warning, FixtureTables.AuditNamesPath, 1, 1, "Audit name 'nothere' for X86_64 syscall 999: the tables have no such number");
        AssertAt(reported[1], DiagnosticSeverity.Warning, FixtureTables.AuditNamesPath, 2, 1, "the kernel's name is 'pread64', not 'pread'");
        AssertAt(reported[2], DiagnosticSeverity.Warning, FixtureTables.AuditNamesPath, 3, 1, "the kernel uses that name for syscall 0");
        AssertAt(reported[3], DiagnosticSeverity.Warning, FixtureTables.AuditNamesPath, 5, 1, "an earlier row already names it");
        // Two syscalls cannot share one audit name: name-to-number lookups would be ambiguous.
        AssertAt(reported[4], DiagnosticSeverity.Warning, FixtureTables.AuditNamesPath, 6, 1, "Audit name 'pread' for X86_64 syscall 18: an earlier row gives that audit name to syscall 17");

        var host = new GeneratorHost([FixtureTables.X86_64Table(), TableInput.AuditNames(FixtureTables.AuditNamesPath, names)]);
        host.Run();
        host.AssertOutputCompiles();
        Snapshot.Verify(run, includeSources: false);
    }

    [Fact]
    public void SCT010_malformed_audit_name_rows()
    {
        const string names = "# ARCH NUMBER AUDIT KERNEL\nx86_64\t17\tpread\nx86_64\tseventeen\tpread\tpread64\nx86_64\t17\tpre-ad\tpread64\n";
        var run = Run(FixtureTables.X86_64Table(), TableInput.AuditNames(FixtureTables.AuditNamesPath, names));

        var reported = Of(run, "SCT010");
        Assert.Equal(3, reported.Count);
        AssertAt(reported[0], DiagnosticSeverity.Error, FixtureTables.AuditNamesPath, 2, 1, "expected four fields");
        AssertAt(reported[1], DiagnosticSeverity.Error, FixtureTables.AuditNamesPath, 3, 8, "'seventeen' is not a syscall number");
        AssertAt(reported[2], DiagnosticSeverity.Error, FixtureTables.AuditNamesPath, 4, 1, "syscall names are identifiers");
        Snapshot.Verify(run, includeSources: false);
    }

    [Fact]
    public void SCT011_no_row_has_a_declared_abi()
    {
        var run = Run(TableInput.SyscallTable(FixtureTables.I386Path, FixtureTables.I386, "I386", "common"));

        AssertAt(Assert.Single(Of(run, "SCT011")), DiagnosticSeverity.Error, FixtureTables.I386Path, 1, 1, "No row of the tables for I386 has one of the ABIs common");
        AssertAt(Assert.Single(Of(run, "SCT004")), DiagnosticSeverity.Warning, FixtureTables.I386Path, 1, 1, "ABI 'common' declared for I386");
        Snapshot.Verify(run, includeSources: false);
    }

    [Fact]
    public void SCT012_unknown_input_kind()
    {
        var run = Run(TableInput.OfKind("SyscallTabel", "/fixtures/typo.tbl", FixtureTables.X86_64), TableInput.Foreign("/fixtures/not-ours.txt", "anything"));

        AssertAt(Assert.Single(run.Diagnostics), DiagnosticSeverity.Error, "/fixtures/typo.tbl", 1, 1, "'/fixtures/typo.tbl' has SyscallTablesKind 'SyscallTabel'");
        Assert.Equal("SCT012", run.Diagnostics[0].Id);
        Snapshot.Verify(run, includeSources: false);
    }

    [Fact]
    public void SCT013_table_names_an_audit_arch_the_headers_do_not_define()
    {
        var run = Run(
            FixtureTables.X86_64Table(),
            TableInput.SyscallTable(FixtureTables.MipsPath, FixtureTables.Mips, "Sparc", "o32", auditArch: "Sparc32"),
            FixtureTables.AuditHeader,
            FixtureTables.ElfEmHeader);

        AssertAt(Assert.Single(Of(run, "SCT013")), DiagnosticSeverity.Error, FixtureTables.MipsPath, 1, 1, "The tables for Sparc name AuditArch 'Sparc32', which no AUDIT_ARCH_* define gives (known: Aarch64, I386, Mips, Nds32, X86_64)");
        Assert.DoesNotContain("SparcSyscalls", Source(run, "Syscalls.g.cs"), StringComparison.Ordinal);
        Snapshot.Verify(run, includeSources: false);
    }

    [Fact]
    public void SCT014_duplicate_or_dangling_errno()
    {
        const string header = "#define EPERM 1\n#define ENOENT 2\n#define EPERM 1\n#define EFOO EBAR\n";
        const string messages = "EPERM\t1\tOperation not permitted\nENOENT\t2\tNo such file or directory\nEMISSING\t99\tNot in the headers\nEPERMS\t1\tOperation not permitted\n";
        var run = Run(TableInput.ErrnoHeader(FixtureTables.ErrnoBasePath, header), TableInput.ErrnoMessages(FixtureTables.MessagesPath, messages));

        var reported = Of(run, "SCT014");
        Assert.Equal(4, reported.Count);
        AssertAt(reported[0], DiagnosticSeverity.Error, FixtureTables.ErrnoBasePath, 3, 9, "Errno 'EPERM': defined twice");
        AssertAt(reported[1], DiagnosticSeverity.Error, FixtureTables.ErrnoBasePath, 4, 9, "Errno 'EFOO': its value 'EBAR' is neither a number nor an errno defined above it");
        AssertAt(reported[2], DiagnosticSeverity.Error, FixtureTables.MessagesPath, 3, 1, "the messages file gives number 99, which the headers do not define");
        AssertAt(reported[3], DiagnosticSeverity.Error, FixtureTables.MessagesPath, 4, 1, "the headers call number 1 'EPERM'");
        Snapshot.Verify(run, includeSources: false);
    }

    [Fact]
    public void SCT015_tables_of_one_arch_disagree_on_the_audit_arch()
    {
        var run = Run(FixtureTables.X86_64Table(), TableInput.SyscallTable(AdditionsPath, FixtureTables.X86_64Additions, "X86_64", "common 64", auditArch: "I386"));

        AssertAt(Assert.Single(Of(run, "SCT015")), DiagnosticSeverity.Error, AdditionsPath, 1, 1, "The tables for X86_64 disagree on AuditArch: 'I386' here, 'X86_64' in '/fixtures/x86_64/syscall_64.tbl'");
        Snapshot.Verify(run, includeSources: false);
    }

    [Fact]
    public void SCT019_invalid_name_lookup()
    {
        // The values are case-sensitive like the generated member names they choose between; a typo falls back to Switch.
        var run = Run(TableInput.SyscallTable(FixtureTables.X86_64Path, FixtureTables.X86_64, "X86_64", "common 64", nameLookup: "search"));

        AssertAt(Assert.Single(Of(run, "SCT019")), DiagnosticSeverity.Error, FixtureTables.X86_64Path, 1, 1, "has NameLookup 'search'; expected Switch");
        Assert.Contains("NumberOfLength", Source(run, "Syscalls.X86_64.g.cs"), StringComparison.Ordinal);
        Snapshot.Verify(run, includeSources: false);
    }

    [Fact]
    public void SCT015_tables_of_one_arch_disagree_on_the_name_lookup()
    {
        var run = Run(FixtureTables.X86_64Table(), TableInput.SyscallTable(AdditionsPath, FixtureTables.X86_64Additions, "X86_64", "common 64", nameLookup: "Search"));

        AssertAt(Assert.Single(Of(run, "SCT015")), DiagnosticSeverity.Error, AdditionsPath, 1, 1, "The tables for X86_64 disagree on NameLookup: 'Search' here, 'Switch' in '/fixtures/x86_64/syscall_64.tbl'");
    }

    [Fact]
    public void SCT006_a_number_pushed_past_int_range_by_offset_and_bit_is_reported_at_its_row()
    {
        var run = Run(TableInput.SyscallTable(FixtureTables.MipsPath, "0\to32\tsyscall\tsys_syscall\n2000000000\to32\thuge\tsys_huge\n", "Mips", "o32", auditArch: "Mips", numberOffset: "2000000000", syscallBit: "0x40000000"));

        var d = Assert.Single(Of(run, "SCT006"));
        AssertAt(d, DiagnosticSeverity.Error, FixtureTables.MipsPath, 2, 1, "beyond 2^31-1");
        Assert.DoesNotContain("huge", Source(run, "Syscalls.Mips.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void SCT014_errno_zero_is_not_an_error_name()
    {
        var run = Run(TableInput.ErrnoHeader(FixtureTables.ErrnoBasePath, "#define EOK 0\n#define EPERM 1\n"));

        AssertAt(Assert.Single(Of(run, "SCT014")), DiagnosticSeverity.Error, FixtureTables.ErrnoBasePath, 1, 9, "errno 0 means success");
        Assert.DoesNotContain("EOK", Source(run, "Errnos.g.cs"), StringComparison.Ordinal);
    }

    private static TableInput Additions(string text) => TableInput.SyscallTable(AdditionsPath, text, "X86_64", "common 64");

    private static void AssertAt(Diagnostic d, DiagnosticSeverity severity, string path, int line, int column, string messagePart)
    {
        FileLinePositionSpan span = d.Location.GetLineSpan();
        Assert.Equal(severity, d.Severity);
        Assert.Equal(path, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Contains(messagePart, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
