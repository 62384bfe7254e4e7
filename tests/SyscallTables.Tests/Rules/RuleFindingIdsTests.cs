using System.Reflection;
using SyscallTables.Rules;

namespace SyscallTables.Tests.Rules;

/// <summary>
/// Every ID of <see cref="RuleFindingIds"/> is produced by some rules file, so no ID goes stale; and every ID has such a
/// file here, so a new ID comes with one.
/// </summary>
public sealed class RuleFindingIdsTests
{
    private static readonly string Long = "# " + new string('x', AuditctlLimits.MaxLineBytes + 10);

    /// <summary>An ID, the host arch that loads the file, and the file (lines joined by \n).</summary>
    public static TheoryData<string, AuditArch, string> Files { get; } = new()
    {
        { RuleFindingIds.Syntax, AuditArch.X86_64, "-a always,exit -Q" },
        { RuleFindingIds.Reading, AuditArch.X86_64, "-a exit,always -F arch=b64 -S open -k x" },
        { RuleFindingIds.LineTooLong, AuditArch.X86_64, Long },
        { RuleFindingIds.HiddenByNul, AuditArch.X86_64, "-w /etc/shadow -p wa -k x\0 -D" },
        { RuleFindingIds.ArgumentsDropped, AuditArch.X86_64, "-w / -k x y" },
        { RuleFindingIds.CarriageReturn, AuditArch.X86_64, "-w /etc/passwd -p wa -k x\r" },
        { RuleFindingIds.Tab, AuditArch.X86_64, "-w /etc/passwd -p wa -k a\tb" },
        { RuleFindingIds.UnknownErrno, AuditArch.X86_64, "-a always,exit -F arch=b64 -S open -F exit=-ENOPE -k x" },
        { RuleFindingIds.SyscallOfOtherArch, AuditArch.X86_64, "-a always,exit -F arch=aarch64 -S open -k opens" },
        { RuleFindingIds.FieldNotOnList, AuditArch.X86_64, "-a always,filesystem -F uid=1" },
        { RuleFindingIds.OperatorRefused, AuditArch.X86_64, "-a always,exit -F arch=b64 -S open -F uid&1 -k x" },
        { RuleFindingIds.MoreThanOneWatch, AuditArch.X86_64, "-a always,exit -F path=/etc/a -F path=/etc/b -k x" },
        { RuleFindingIds.SyscallsWithoutArch, AuditArch.X86_64, "-a always,exit -S open -k x" },
        { RuleFindingIds.AfterLock, AuditArch.X86_64, "-e 2\n-w /etc/passwd -p wa" },
        { RuleFindingIds.DeletesEarlierRules, AuditArch.X86_64, "-w /etc/shadow -p wa\n-D" },
        { RuleFindingIds.DuplicateRule, AuditArch.X86_64, "-w /etc/shadow -p wa\n-w /etc/shadow -p wa" },
        { RuleFindingIds.NeverShadowed, AuditArch.X86_64, "-a always,exit -F arch=b64 -S mkdir -k c\n-a never,exit -F arch=b64 -S mkdir -F exit=-EEXIST" },
        { RuleFindingIds.ValueRefused, AuditArch.X86_64, "-a always,exit -F arch=b64 -S open -F exe=bin/sh -k x" },
        { RuleFindingIds.MoreThanOneExe, AuditArch.X86_64, "-a always,exit -F exe=/bin/a -F exe=/bin/b -k x" },
        { RuleFindingIds.TooManyFields, AuditArch.X86_64, "-a always,exit -F arch=b64 -S open" + string.Concat(Enumerable.Repeat(" -F uid=1", AuditctlLimits.MaxFields)) },
        { RuleFindingIds.SyscallsOffExitList, AuditArch.X86_64, "-a always,user -S open" },
        { RuleFindingIds.NoSyscallTable, AuditArch.Riscv64, "-a always,exit -S 34 -k dirs" },
        { RuleFindingIds.UnknownSyscall, AuditArch.X86_64, "-a always,exit -F arch=b64 -S nosuchcall -k x" },
        { RuleFindingIds.SyscallNumberTooLarge, AuditArch.X86_64, "-a always,exit -F arch=b64 -S 1073741907 -k dirs" },
        { RuleFindingIds.SyscallNumberMisread, AuditArch.X86_64, "-a always,exit -F arch=b64 -S 83x -k dirs" },
        { RuleFindingIds.SyscallNumberUnused, AuditArch.X86_64, "-a always,exit -F arch=b64 -S 1000 -k x" },
        { RuleFindingIds.SyscallOfAuditctlTable, AuditArch.X86_64, "-a always,exit -F arch=arm -S time -k clock" },
        { RuleFindingIds.SyscallAuditName, AuditArch.X86_64, "-a always,exit -F arch=b64 -S pread64 -k reads" },
        { RuleFindingIds.SyscallUnknownToAuditctl, AuditArch.X86_64, "-a always,exit -F arch=s390x -S getdents64 -k dirs" },
        { RuleFindingIds.ComparisonSyntax, AuditArch.X86_64, "-a always,exit -F arch=b64 -S all -C auid" },
        { RuleFindingIds.ComparisonOffExitList, AuditArch.X86_64, "-a always,user -C auid!=obj_uid" },
        { RuleFindingIds.ComparisonIncompatible, AuditArch.X86_64, "-a always,exit -F arch=b64 -S all -C auid!=obj_gid" },
        { RuleFindingIds.FieldBeforeList, AuditArch.X86_64, "-F uid=1 -a always,exit" },
        { RuleFindingIds.FieldSyntax, AuditArch.X86_64, "-a always,exit -F arch=b64 -S open -F uid" },
        { RuleFindingIds.UnknownField, AuditArch.X86_64, "-a always,exit -F arch=b64 -S open -F nosuch=1" },
        { RuleFindingIds.FieldOffList, AuditArch.X86_64, "-a never,exclude -F path=/etc" },
        { RuleFindingIds.FieldOperator, AuditArch.X86_64, "-a always,exit -F path=/etc/shadow -F perm!=w" },
        { RuleFindingIds.FieldNotNumber, AuditArch.X86_64, "-a always,exit -F arch=b64 -S open -F a0=x" },
        { RuleFindingIds.UnknownFieldValue, AuditArch.X86_64, "-a always,exit -F arch=b64 -S open -F filetype=nope" },
        { RuleFindingIds.NumberMisread, AuditArch.X86_64, "-a always,exit -F arch=b64 -S open -F a0=010 -k x" },
        { RuleFindingIds.FieldValueTooLarge, AuditArch.X86_64, "-a always,exit -F arch=b64 -S connect -F saddr_fam=99 -k x" },
        { RuleFindingIds.IdNameLookedUp, AuditArch.X86_64, "-a always,exit -F arch=b64 -S open -F uid=daemon -k x" },
        { RuleFindingIds.ArchAfterSyscalls, AuditArch.X86_64, "-a always,exit -S open -F arch=b64" },
        { RuleFindingIds.UnknownArch, AuditArch.X86_64, "-a always,exit -F arch=nope -S open" },
        { RuleFindingIds.B32IsB64, AuditArch.Ppc64le, "-a always,exit -F arch=b32 -S mkdir -k dirs" },
        { RuleFindingIds.ExitNotErrno, AuditArch.X86_64, "-a always,exit -F arch=b64 -S open -F exit=-9999 -k x" },
        { RuleFindingIds.ExitPositiveErrno, AuditArch.X86_64, "-a always,exit -F arch=b64 -S open -F exit=EACCES -k x" },
        { RuleFindingIds.KeyBeforeWatch, AuditArch.X86_64, "-a always,exit -k x -F arch=b64 -S open" },
        { RuleFindingIds.ListRefused, AuditArch.X86_64, "-a always,nowhere" },
        { RuleFindingIds.MoreThanOneRule, AuditArch.X86_64, "-a always,exit -a always,exit" },
        { RuleFindingIds.WatchRefused, AuditArch.X86_64, "-w etc/shadow -p wa" },
        { RuleFindingIds.WatchPathAsWritten, AuditArch.X86_64, "-w /etc/* -p wa -k x" },
        { RuleFindingIds.PermissionsBeforeWatch, AuditArch.X86_64, "-p wa -w /etc/shadow" },
        { RuleFindingIds.PermissionsRefused, AuditArch.X86_64, "-w /etc/shadow -p wz" },
        { RuleFindingIds.KeyTooLong, AuditArch.X86_64, "-w /etc/shadow -p wa -k " + new string('k', AuditctlLimits.MaxKeyBytes + 1) },
        { RuleFindingIds.KeyHoldsSeparator, AuditArch.X86_64, "-w /etc/shadow -p wa -k a\u0001b" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_id_is_produced_by_a_rules_file(string id, AuditArch host, string file)
    {
        IReadOnlyList<RuleFinding> findings = RuleLinter.Lint("audit.rules", new StringReader(file), host, AuditctlArchs.B32(host));
        Assert.True(findings.Any(f => f.Id == id), $"expected {id}, got:\n" + string.Join('\n', findings.Select(f => $"{f.Id} {f}")));
    }

    [Fact]
    public void Every_id_has_a_rules_file_here()
    {
        string[] ids = [.. typeof(RuleFindingIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal)];
        string[] covered = [.. Files.Select(row => row.Data.Item1).Distinct().Order(StringComparer.Ordinal)];
        Assert.Equal(ids, covered);
    }
}
