using Microsoft.CodeAnalysis;
using SyscallTables.Generators.Tests.Harness;
using static SyscallTables.Generators.Tests.Harness.GeneratorRuns;

namespace SyscallTables.Generators.Tests;

/// <summary>
/// The AuditFields input: record kinds by name and rule fields with their numbers from audit.h, emitted into the
/// consumer's partial classes; SCT030 for malformed rows and SCT031 for defines audit.h does not give.
/// </summary>
public sealed class AuditFieldsTests
{
    private const string FieldsPath = "/fixtures/audit-fields.txt";
    private const string AuditHPath = "/fixtures/audit/audit.h";

    private const string AuditH = """
        #define AUDIT_UID	1
        #define AUDIT_LOGINUID	9
        #define AUDIT_ARG0      200
        #define AUDIT_ARG1      (AUDIT_ARG0+1)
        """;

    private const string Fields = """
        # name record-kind [define value operators auditctl-lists kernel-lists]
        uid       UserId   AUDIT_UID       UserId    Ordered  *          User,Exit
        auid      UserId   AUDIT_LOGINUID  UserId    Ordered  *          User,Exit
        loginuid  -        AUDIT_LOGINUID  UserId    Ordered  *          User,Exit
        a1        -        AUDIT_ARG1      Argument  All      Exit       Exit   # an expression over another define
        ouid      UserId
        old-auid  UserId
        ses       Session
        """;

    // The consumer's half: the types the emitted rows name, and probes that read the emitted members.
    private const string Consumer = """
        using System;
        namespace SyscallTables.Audit.Values
        {
            public enum FieldKind { None, UserId, Session }
            public static partial class FieldKinds
            {
                public static string Probe() => string.Join(",", ByName("uid".AsSpan()), ByName("old-auid".AsSpan()), ByName("ses".AsSpan()),
                    ByName("loginuid".AsSpan()), ByName("a1".AsSpan()), ByName("nosuch".AsSpan()), MaxNameLength);
            }
        }
        namespace SyscallTables.Rules
        {
            [Flags] public enum AuditFilterLists { None = 0, User = 1, Task = 2, Exit = 4, Exclude = 8, Filesystem = 16, IoUring = 32 }
            [Flags] public enum AuditFieldOperators { None = 0, Equality = 3, Ordered = 63, All = 255 }
            public enum AuditFieldValue { UserId, Argument }
            public sealed record AuditRuleFieldInfo(string Name, uint Number, AuditFieldValue Value, AuditFieldOperators Operators,
                AuditFilterLists AuditctlLists, AuditFilterLists KernelLists);
            public static partial class AuditRuleFields
            {
                public static string Probe() => string.Join(";", Array.ConvertAll(Fields, f =>
                    $"{f.Name}={f.Field.Name}:{f.Field.Number}:{f.Field.Value}:{f.Field.Operators}:{(int)f.Field.AuditctlLists}:{(int)f.Field.KernelLists}"));
            }
        }
        public static class Probe
        {
            public static string Run() => SyscallTables.Audit.Values.FieldKinds.Probe() + "|" + SyscallTables.Rules.AuditRuleFields.Probe();
        }
        """;

    private static TableInput[] Inputs(string fields = Fields, string auditH = AuditH) =>
        [TableInput.AuditHeader(AuditHPath, auditH), TableInput.OfKind("AuditFields", FieldsPath, fields)];

    [Fact]
    public void Record_kinds_and_rule_fields_with_numbers_from_audit_h()
    {
        var host = new GeneratorHost(Inputs(), Consumer);
        var run = host.Run();

        Assert.Null(run.Exception);
        Assert.Empty(run.Diagnostics);

        // loginuid has no record kind and sends auid's field; a1's number is an expression over AUDIT_ARG0; * is all six lists.
        Assert.Equal(
            "UserId,UserId,Session,None,None,None,8"
            + "|uid=uid:1:UserId:Ordered:63:5;auid=auid:9:UserId:Ordered:63:5;loginuid=auid:9:UserId:Ordered:63:5;a1=a1:201:Argument:All:4:4",
            host.Invoke("Probe", "Run"));
        Snapshot.Verify(run);
    }

    [Fact]
    public void SCT030_malformed_rows()
    {
        var run = Run(Inputs(fields: "uid\nu:id UserId\nuid User-Id\nuid UserId AUDIT_UID UserId Ordered Exit,\nuid UserId\nuid UserId\n"));

        var reported = Of(run, "SCT030");
        Assert.Equal(5, reported.Count);
        AssertAt(reported[0], 1, "expected a name and a record kind");
        AssertAt(reported[1], 2, "'u:id' is not a field name");
        AssertAt(reported[2], 3, "the record kind 'User-Id' is neither an identifier nor '-'");
        AssertAt(reported[3], 4, "expected a name and a record kind");
        AssertAt(reported[4], 6, "'uid' has a row already");
        Snapshot.Verify(run, includeSources: false);
    }

    [Fact]
    public void SCT031_a_define_audit_h_does_not_give()
    {
        var run = Run(Inputs(fields: "uid UserId AUDIT_UID UserId Ordered * *\nsaddr_fam - AUDIT_SADDR_FAM Number Ordered * *\n"));

        AssertAt(Assert.Single(Of(run, "SCT031")), 2, "Rule field 'saddr_fam' names AUDIT_SADDR_FAM");

        // The good row still makes it into the output.
        Assert.Contains("(\"uid\", new(\"uid\", 1,", run.GeneratedSources.Single(s => s.HintName == "AuditFields.g.cs").SourceText.ToString(), StringComparison.Ordinal);
        Snapshot.Verify(run, includeSources: false);
    }

    private static void AssertAt(Diagnostic d, int line, string messagePart)
    {
        FileLinePositionSpan span = d.Location.GetLineSpan();
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(FieldsPath, span.Path);
        Assert.Equal(line, span.StartLinePosition.Line + 1);
        Assert.Contains(messagePart, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
