using SyscallTables.Audit.Values;
using SyscallTables.Rules;

namespace SyscallTables.Tests.Rules;

/// <summary>
/// The rule fields of tables/audit-fields.txt as the parser and the interpreter read them: numbers from audit.h,
/// auditctl's second name for auid, the kernel's operators, and the record kinds the interpreter shares.
/// </summary>
[Collection(KernelAuditRules.Name)]
public sealed class AuditRuleFieldsTests
{
    [Fact]
    public void Rule_fields_carry_the_numbers_auditctl_sends()
    {
        // audit.h: AUDIT_LOGINUID 9, AUDIT_ARG0 200 (a3 is AUDIT_ARG0+3), AUDIT_FILTERKEY 210, AUDIT_WATCH 105.
        Assert.Equal(("auid", 9u), (AuditRuleFields.Get("auid").Name, AuditRuleFields.Get("auid").Number));
        Assert.Equal(("auid", 9u), (AuditRuleFields.Find("loginuid")!.Name, AuditRuleFields.Find("loginuid")!.Number));
        Assert.Equal(203u, AuditRuleFields.Get("a3").Number);
        Assert.Equal(210u, AuditRuleFields.Get("key").Number);
        Assert.Equal(105u, AuditRuleFields.Get("path").Number);
        Assert.Null(AuditRuleFields.Find("ouid"));
    }

    [Fact]
    public void Uid_and_gid_fields_are_one_list_for_rules_and_records()
    {
        foreach (string name in (string[])["uid", "euid", "suid", "fsuid", "auid", "obj_uid"])
        {
            Assert.True(AuditRuleFields.IsUserId(name), name);
            Assert.Equal(FieldKind.UserId, FieldKinds.Classify("SYSCALL"u8, System.Text.Encoding.ASCII.GetBytes(name), "0"u8, quoted: false));
        }

        foreach (string name in (string[])["gid", "egid", "sgid", "fsgid", "obj_gid"])
        {
            Assert.True(AuditRuleFields.IsGroupId(name), name);
            Assert.Equal(FieldKind.GroupId, FieldKinds.Classify("SYSCALL"u8, System.Text.Encoding.ASCII.GetBytes(name), "0"u8, quoted: false));
        }
    }

    [Fact]
    public void A_bit_test_on_field_compare_is_an_error_as_the_kernel_refuses_it()
    {
        const string line = "-a always,exit -F arch=b64 -S mkdir -F field_compare&1 -k syscalltables-field-compare";
        RuleFinding finding = Assert.Single(RuleLinter.Lint("audit.rules", new StringReader(line), AuditArch.X86_64, AuditArch.I386));
        Assert.Equal(RuleFindingIds.OperatorRefused, finding.Id);
        Assert.Equal("-F field_compare&1: field_compare takes only = or !=", finding.Message);

        string auditctl = Auditctl.Require();
        HostCommandResult loaded = HostCommand.Run(auditctl, line.Split(' '));
        if (loaded.ExitCode == 0)
        {
            HostCommand.Run(auditctl, ["-d", .. line.Split(' ')[1..]]);
        }

        Assert.True(loaded.ExitCode != 0, "the kernel took " + line);
        Assert.Contains("Invalid argument", loaded.StandardError + loaded.StandardOutput, StringComparison.Ordinal);
    }
}
