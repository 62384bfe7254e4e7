using SyscallTables.Generators.Tests.Harness;
using static SyscallTables.Generators.Tests.Harness.GeneratorRuns;

namespace SyscallTables.Generators.Tests;

/// <summary>The record-type catalogue comes from the audit headers' AUDIT_* defines numbered 1000-2999.</summary>
public sealed class AuditRecordTypesTests
{
    [Fact]
    public void Record_types_are_the_defines_of_the_message_blocks_without_their_markers()
    {
        const string header = """
            #define AUDIT_GET		1000	/* Get status */
            #define AUDIT_FIRST_USER_MSG	1100	/* Userspace messages mostly uninteresting to kernel */
            #define AUDIT_SYSCALL		1300	/* Syscall event */
            #define AUDIT_EOE		1320	/* End of multi-record event */
            #define AUDIT_LAST_KERN_ANOM_MSG    1799
            #define AUDIT_UID	0
            #define AUDIT_MAX_KEY_LEN  256
            #define AUDIT_BIT_MASK	0x08000000
            #define AUDIT_LAST_USER_MSG2	2999
            """;
        const string extra = "#define AUDIT_APPARMOR_DENIED 1503\n#define AUDIT_SYSCALL 9999\n";
        var run = Run(TableInput.AuditHeader("/fixtures/audit/audit.h", header), TableInput.AuditHeader("/fixtures/audit/zz-extra.h", extra));

        Assert.Empty(run.Diagnostics);
        string source = Source(run, "AuditRecordTypes.g.cs");
        Assert.Contains("public const int Count = 4;", source, StringComparison.Ordinal);
        // Sorted by name; the first definition of SYSCALL (audit.h, read before zz-extra.h) wins.
        Assert.Contains("=> \"APPARMOR_DENIEDEOEGETSYSCALL\"u8;", source, StringComparison.Ordinal);
        Assert.Contains("1503, 1320, 1000, 1300,", source, StringComparison.Ordinal);
    }

    [Fact]
    public void Headers_without_record_types_emit_no_catalogue()
    {
        var run = Run(FixtureTables.AuditHeader, FixtureTables.ElfEmHeader);

        Assert.DoesNotContain(run.GeneratedSources, s => s.HintName == "AuditRecordTypes.g.cs");
    }
}
