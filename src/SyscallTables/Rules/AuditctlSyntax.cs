using System.Globalization;

namespace SyscallTables.Rules;

/// <summary>
/// The messages of auditctl's option parsing (<see cref="AuditRuleParser"/>), one method each, with the ID
/// (<see cref="RuleFindingIds"/>) and the values it carries; the parser says only which finding with which values.
/// Values that come from the line are passed quoted (as <c>AuditRuleParser.Quote</c> escapes them).
/// </summary>
internal static class AuditctlSyntax
{
    public static RuleNote TooManyFields(string written) => Error(RuleFindingIds.TooManyFields,
        $"{written}: a rule holds at most {AuditctlLimits.MaxFields - 1} fields for auditctl (arch, key and a watch's path and permissions count); split the rule", written);

    public static RuleNote SyscallsOffExitList(string written, string list) => Error(RuleFindingIds.SyscallsOffExitList,
        $"-S {written}: only exit rules name syscalls; the {list} list filters without them", written, list);

    public static RuleNote NoSyscallTableForHost(string written, string? host) => Error(RuleFindingIds.NoSyscallTable,
        $"-S {written}: auditctl {AuditctlSyscalls.BaselineVersion} has no syscall table for a {host ?? "this"} host, so it refuses every -S here, numbers too", written, host ?? "");

    public static RuleNote NoSyscallTableForArch(string written, string arch) => Error(RuleFindingIds.NoSyscallTable,
        $"-S {written}: auditctl {AuditctlSyscalls.BaselineVersion} has no syscall table for {arch}; give the number", written, arch);

    public static RuleNote UnknownSyscall(string written, string arch) => Error(RuleFindingIds.UnknownSyscall,
        $"-S {written}: {arch} has no syscall named {written}", written, arch);

    public static RuleNote SyscallNumberTooLarge(string written) => Error(RuleFindingIds.SyscallNumberTooLarge,
        $"-S {written}: syscall numbers stop at 2047 (the kernel's syscall mask has 2048 bits)", written);

    public static RuleNote SyscallNumberMisread(string written, int number, string? ignored) => Warning(RuleFindingIds.SyscallNumberMisread,
        $"-S {written}: auditctl reads this as syscall {number}{(ignored is not null ? $" and ignores {ignored}" : "")}; write -S {number}", written, Number(number), ignored ?? "");

    public static RuleNote SyscallNumberUnused(int number, string arch) => Warning(RuleFindingIds.SyscallNumberUnused,
        $"-S {number}: {arch} has no syscall {number} in the kernel's table (Linux 6.12); the kernel still audits calls of that number, which fail with ENOSYS, so the rule matches only those (or a syscall a later kernel added)", Number(number), arch);

    public static RuleNote SyscallOfOldAbi(string name, int number) => Warning(RuleFindingIds.SyscallOfAuditctlTable,
        $"-S {name}: arm (EABI) has no syscall {name}; auditctl's arm table still holds the OABI call {name} ({number}), which only OABI binaries make (CONFIG_OABI_COMPAT)", name, "arm", "arm", Number(number));

    public static RuleNote SyscallOfSharedTable(string name, string arch, string table, int number) => Warning(RuleFindingIds.SyscallOfAuditctlTable,
        $"-S {name}: {arch} has no syscall {name}; auditctl takes it from its shared ppc table as {table}'s {number}, which {arch} does not serve, so the rule only matches calls that fail with ENOSYS", name, arch, table, Number(number));

    public static RuleNote SyscallAuditName(string name, string arch, int number, string? auditName) => Error(RuleFindingIds.SyscallAuditName,
        $"-S {name}: auditctl names {arch} syscall {number} {auditName}; write -S {auditName} or -S {number}", name, arch, Number(number), auditName ?? "");

    public static RuleNote SyscallUnknownToAuditctl(string name, string arch, int number) => Error(RuleFindingIds.SyscallUnknownToAuditctl,
        $"-S {name}: auditctl {AuditctlSyscalls.BaselineVersion} does not know {name} ({arch} syscall {number} is missing from its {arch} table); write -S {number}, which every auditctl accepts for {arch}", name, arch, Number(number));

    public static RuleNote ComparisonOperator(string written) => Error(RuleFindingIds.ComparisonSyntax,
        $"-C {written}: comparisons take only = or !=, as in -C auid!=obj_uid", written);

    public static RuleNote ComparisonFields(string written) => Error(RuleFindingIds.ComparisonSyntax,
        $"-C {written}: write two fields and = or != between them, as in -C auid!=obj_uid (with <, > and the like auditctl finds no known field)", written);

    public static RuleNote ComparisonOffExitList(string written) => Error(RuleFindingIds.ComparisonOffExitList,
        $"-C {written}: comparisons work only on the exit list", written);

    public static RuleNote ComparisonIncompatible(string written) => Error(RuleFindingIds.ComparisonIncompatible,
        $"-C {written}: -C compares two different uid fields or two different gid fields, as in -C auid!=obj_uid (auditctl: -C incompatible comparison)", written);

    private static RuleNote Error(string id, string message, params string[] values) => new(id, RuleFindingSeverity.Error, message, values);

    private static RuleNote Warning(string id, string message, params string[] values) => new(id, RuleFindingSeverity.Warning, message, values);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
