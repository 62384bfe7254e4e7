using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace SyscallTables.Rules;

/// <summary>
/// The messages of auditctl's option parsing (<see cref="AuditRuleParser"/>), one method each, with the ID
/// (<see cref="RuleFindingIds"/>) and the values it carries; the parser says only which finding with which values.
/// Values that come from the line are passed quoted (as <c>AuditRuleParser.Quote</c> escapes them).
/// </summary>
internal static class AuditctlSyntax
{
    // A message is built only for a line that is wrong, so its code is compiled for size, not speed: the optimised,
    // inlined string formatting of 84 messages cost the static binary 25 KB of its 4 MB.
    private const MethodImplOptions Cold = MethodImplOptions.NoOptimization | MethodImplOptions.NoInlining;

    [MethodImpl(Cold)]
    public static RuleNote StrayParameter(string written) => Error(RuleFindingIds.Syntax,
        $"{written} is a parameter without an option (auditctl: parameter passed without an option given); every value follows its option, as in -F arch=b64 or -k key", written);

    [MethodImpl(Cold)]
    public static RuleNote SyscallsWithoutList() => Error(RuleFindingIds.Syntax,
        "-S without -a: auditctl sends no rule (auditctl: Error - no list specified); start the line with -a always,exit", "-S");

    [MethodImpl(Cold)]
    public static RuleNote UnknownLongOption(string written, bool ambiguous) => Error(RuleFindingIds.Syntax,
        $"auditctl has no option {written}{(ambiguous ? " (it is the start of more than one)" : "")}", written);

    [MethodImpl(Cold)]
    public static RuleNote LongOptionValue(string option, bool takesValue) => Error(RuleFindingIds.Syntax,
        takesValue ? $"--{option} needs a value" : $"--{option} takes no value", "--" + option);

    [MethodImpl(Cold)]
    public static RuleNote BacklogWaitTime(string written) => Error(RuleFindingIds.Syntax,
        $"--backlog_wait_time {written}: give a number of jiffies", written);

    [MethodImpl(Cold)]
    public static RuleNote Signal(string written) => Error(RuleFindingIds.Syntax,
        $"--signal {written}: auditctl sends TERM, HUP, USR1, USR2 or CONT", written);

    [MethodImpl(Cold)]
    public static RuleNote UnknownOption(string letter) => Error(RuleFindingIds.Syntax,
        $"auditctl has no option -{letter} (auditctl: Option ... is invalid); see auditctl's man page for its options", "-" + letter);

    [MethodImpl(Cold)]
    public static RuleNote OptionNeedsValue(char option) => Error(RuleFindingIds.Syntax, $"-{option} needs a value", $"-{option}");

    [MethodImpl(Cold)]
    public static RuleNote Help() => Error(RuleFindingIds.Syntax, "-h prints auditctl's help and fails the line; delete it", "-h");

    [MethodImpl(Cold)]
    public static RuleNote StatusAlone() => Error(RuleFindingIds.Syntax, "-s takes no other option than -i", "-s");

    [MethodImpl(Cold)]
    public static RuleNote ListAlone() => Error(RuleFindingIds.Syntax, "-l takes no other option than -i or -k KEY", "-l");

    [MethodImpl(Cold)]
    public static RuleNote DeleteAllAlone() => Error(RuleFindingIds.Syntax,
        "-D takes no other option than -k KEY (auditctl: Wrong number of options for Delete all request); put -D on a line of its own", "-D");

    [MethodImpl(Cold)]
    public static RuleNote FlagValue(char option, string written) => Error(RuleFindingIds.Syntax,
        $"-{option} {written}: auditctl takes only 0, 1 or 2 here", written);

    [MethodImpl(Cold)]
    public static RuleNote NumberValue(char option, string written) => Error(RuleFindingIds.Syntax,
        $"-{option} {written}: give a number", written);

    [MethodImpl(Cold)]
    public static RuleNote UserMessage() => Error(RuleFindingIds.Syntax, "-m takes one message of printable ASCII, alone on its line", "-m");

    [MethodImpl(Cold)]
    public static RuleNote NestedRulesFile() => Error(RuleFindingIds.Syntax,
        "-R inside a rules file: auditctl does not read nested rule files; list the file to auditctl or augenrules instead", "-R");

    [MethodImpl(Cold)]
    public static RuleNote TreeWatch(string written) => Error(RuleFindingIds.Syntax,
        $"-q {written}: write -q MOUNT,SUBTREE", written);

    [MethodImpl(Cold)]
    public static RuleNote TooManyFields(string written) => Error(RuleFindingIds.TooManyFields,
        $"{written}: a rule holds at most {AuditctlLimits.MaxFields - 1} fields for auditctl (arch, key and a watch's path and permissions count); split the rule", written);

    [MethodImpl(Cold)]
    public static RuleNote SyscallsOffExitList(string written, string list) => Error(RuleFindingIds.SyscallsOffExitList,
        $"-S {written}: only exit rules name syscalls; the {list} list filters without them", written, list);

    [MethodImpl(Cold)]
    public static RuleNote NoSyscallTableForHost(string written, string? host) => Error(RuleFindingIds.NoSyscallTable,
        $"-S {written}: auditctl {AuditctlSyscalls.BaselineVersion} has no syscall table for a {host ?? "this"} host, so it refuses every -S here, numbers too", written, host ?? "");

    [MethodImpl(Cold)]
    public static RuleNote NoSyscallTableForArch(string written, string arch) => Error(RuleFindingIds.NoSyscallTable,
        $"-S {written}: auditctl {AuditctlSyscalls.BaselineVersion} has no syscall table for {arch}; give the number", written, arch);

    [MethodImpl(Cold)]
    public static RuleNote UnknownSyscall(string written, string arch) => Error(RuleFindingIds.UnknownSyscall,
        $"-S {written}: {arch} has no syscall named {written}", written, arch);

    [MethodImpl(Cold)]
    public static RuleNote SyscallNumberTooLarge(string written) => Error(RuleFindingIds.SyscallNumberTooLarge,
        $"-S {written}: syscall numbers stop at 2047 (the kernel's syscall mask has 2048 bits)", written);

    [MethodImpl(Cold)]
    public static RuleNote SyscallNumberMisread(string written, int number, string? ignored) => Warning(RuleFindingIds.SyscallNumberMisread,
        $"-S {written}: auditctl reads this as syscall {number}{(ignored is not null ? $" and ignores {ignored}" : "")}; write -S {number}", written, Number(number), ignored ?? "");

    [MethodImpl(Cold)]
    public static RuleNote SyscallNumberUnused(int number, string arch) => Warning(RuleFindingIds.SyscallNumberUnused,
        $"-S {number}: {arch} has no syscall {number} in the kernel's table (Linux 6.12); the kernel still audits calls of that number, which fail with ENOSYS, so the rule matches only those (or a syscall a later kernel added)", Number(number), arch);

    [MethodImpl(Cold)]
    public static RuleNote SyscallOfOldAbi(string name, int number) => Warning(RuleFindingIds.SyscallOfAuditctlTable,
        $"-S {name}: arm (EABI) has no syscall {name}; auditctl's arm table still holds the OABI call {name} ({number}), which only OABI binaries make (CONFIG_OABI_COMPAT)", name, "arm", "arm", Number(number));

    [MethodImpl(Cold)]
    public static RuleNote SyscallOfSharedTable(string name, string arch, string table, int number) => Warning(RuleFindingIds.SyscallOfAuditctlTable,
        $"-S {name}: {arch} has no syscall {name}; auditctl takes it from its shared ppc table as {table}'s {number}, which {arch} does not serve, so the rule only matches calls that fail with ENOSYS", name, arch, table, Number(number));

    [MethodImpl(Cold)]
    public static RuleNote SyscallAuditName(string name, string arch, int number, string? auditName) => Error(RuleFindingIds.SyscallAuditName,
        $"-S {name}: auditctl names {arch} syscall {number} {auditName}; write -S {auditName} or -S {number}", name, arch, Number(number), auditName ?? "");

    [MethodImpl(Cold)]
    public static RuleNote SyscallUnknownToAuditctl(string name, string arch, int number) => Error(RuleFindingIds.SyscallUnknownToAuditctl,
        $"-S {name}: auditctl {AuditctlSyscalls.BaselineVersion} does not know {name} ({arch} syscall {number} is missing from its {arch} table); write -S {number}, which every auditctl accepts for {arch}", name, arch, Number(number));

    [MethodImpl(Cold)]
    public static RuleNote ComparisonOperator(string written) => Error(RuleFindingIds.ComparisonSyntax,
        $"-C {written}: comparisons take only = or !=, as in -C auid!=obj_uid", written);

    [MethodImpl(Cold)]
    public static RuleNote ComparisonFields(string written) => Error(RuleFindingIds.ComparisonSyntax,
        $"-C {written}: write two fields and = or != between them, as in -C auid!=obj_uid (with <, > and the like auditctl finds no known field)", written);

    [MethodImpl(Cold)]
    public static RuleNote ComparisonOffExitList(string written) => Error(RuleFindingIds.ComparisonOffExitList,
        $"-C {written}: comparisons work only on the exit list", written);

    [MethodImpl(Cold)]
    public static RuleNote ComparisonIncompatible(string written) => Error(RuleFindingIds.ComparisonIncompatible,
        $"-C {written}: -C compares two different uid fields or two different gid fields, as in -C auid!=obj_uid (auditctl: -C incompatible comparison)", written);

    [MethodImpl(Cold)]
    public static RuleNote FieldBeforeList(string written) => Error(RuleFindingIds.FieldBeforeList,
        $"-F {written} comes before -a/-A/-d, and auditctl needs the list first (auditctl: List must be given before field); start the line with -a always,exit", written);

    [MethodImpl(Cold)]
    public static RuleNote FieldWithoutOperator(string written) => Error(RuleFindingIds.FieldSyntax,
        $"-F {written}: write a field, an operator and a value, as in -F auid>=1000", written);

    [MethodImpl(Cold)]
    public static RuleNote FieldPartMissing(string written, bool name) => Error(RuleFindingIds.FieldSyntax,
        $"-F {written}: {(name ? "the field name" : "the value")} is missing; write a field, an operator and a value, as in -F auid>=1000", written);

    [MethodImpl(Cold)]
    public static RuleNote UnknownField(string written, string name) => Error(RuleFindingIds.UnknownField,
        $"-F {written}: auditctl knows no field {name} (auditctl: -F unknown field)", written, name);

    [MethodImpl(Cold)]
    public static RuleNote FieldOffExcludeList(string written, string name) => Error(RuleFindingIds.FieldOffList,
        $"-F {written}: the exclude list filters only on msgtype, pid, uid, gid, auid, exe and subj_* (auditctl: Exclude filter can be used only with MSGTYPE, cred and EXE fields)", written, name);

    [MethodImpl(Cold)]
    public static RuleNote FieldOffExitList(string written, string name) => Error(RuleFindingIds.FieldOffList,
        $"-F {written}: {name} works only on the exit list (auditctl: -F {name} can only be used with exit filter list)", written, name);

    [MethodImpl(Cold)]
    public static RuleNote MessageTypeOffList(string written) => Error(RuleFindingIds.FieldOffList,
        $"-F {written}: msgtype works only on the exclude and user lists", written, "msgtype");

    [MethodImpl(Cold)]
    public static RuleNote SessionIdOffList(string written) => Error(RuleFindingIds.FieldOffList,
        $"-F {written}: sessionid works only on the exit, user and exclude lists", written, "sessionid");

    [MethodImpl(Cold)]
    public static RuleNote FileSystemTypeOffList(string written) => Error(RuleFindingIds.FieldOffList,
        $"-F {written}: fstype works only on the filesystem list (-a never,filesystem -F fstype=...)", written, "fstype");

    [MethodImpl(Cold)]
    public static RuleNote PermOperator(string written) => Error(RuleFindingIds.FieldOperator,
        $"-F {written}: perm takes only = (auditctl: -F perm only takes = operator)", written, "perm");

    [MethodImpl(Cold)]
    public static RuleNote ExeOperator(string written) => Error(RuleFindingIds.FieldOperator,
        $"-F {written}: exe takes only = or != (auditctl: -F exe only takes = or != operators)", written, "exe");

    [MethodImpl(Cold)]
    public static RuleNote EqualityOperator(string written, string name) => Error(RuleFindingIds.FieldOperator,
        $"-F {written}: {name} takes only = or !=", written, name);

    [MethodImpl(Cold)]
    public static RuleNote FieldNotNumber(string written, string name) => Error(RuleFindingIds.FieldNotNumber,
        $"-F {written}: {name} takes a number (auditctl: -F value should be number for {name})", written, name);

    [MethodImpl(Cold)]
    public static RuleNote UnknownFileType(string written) => Error(RuleFindingIds.UnknownFieldValue,
        $"-F {written}: unknown file type; write one of file, dir, socket, link, character, block, fifo", written);

    [MethodImpl(Cold)]
    public static RuleNote SessionIdReadAsZero(string written) => Warning(RuleFindingIds.NumberMisread,
        $"-F {written}: auditctl reads a sessionid that is no number and not unset as 0; write a number or unset", written, "0");

    [MethodImpl(Cold)]
    public static RuleNote AddressFamilyTooLarge(string written, uint families) => Error(RuleFindingIds.FieldValueTooLarge,
        $"-F {written}: address families stop at {families - 1} (AF_MAX is {families})", written, (families - 1).ToString(CultureInfo.InvariantCulture));

    [MethodImpl(Cold)]
    public static RuleNote NumberTrailingText(string written, string ignored, uint loaded) =>
        NumberMisread(written, $"reads the number as far as it goes and ignores {ignored}", loaded);

    [MethodImpl(Cold)]
    public static RuleNote NumberOctal(string written, uint loaded) => NumberMisread(written, "reads a number with a leading 0 as octal", loaded);

    [MethodImpl(Cold)]
    public static RuleNote NumberTruncated(string written, uint loaded) => NumberMisread(written, "keeps only its low 32 bits", loaded);

    [MethodImpl(Cold)]
    private static RuleNote NumberMisread(string written, string why, uint loaded) => Warning(RuleFindingIds.NumberMisread,
        $"-F {written}: auditctl {why}, so the kernel gets {loaded}; write {loaded} if that is meant", written, loaded.ToString(CultureInfo.InvariantCulture));

    [MethodImpl(Cold)]
    public static RuleNote NotAnId(string written, string value, bool uid) => Error(RuleFindingIds.UnknownFieldValue,
        $"-F {written}: {value} is neither a number nor a {(uid ? "user" : "group")} name{(uid ? "" : " (gids take no unset or -1)")}", written);

    [MethodImpl(Cold)]
    public static RuleNote IdNameLookedUp(string written, string value) => Warning(RuleFindingIds.IdNameLookedUp,
        $"-F {written}: auditctl looks {value} up on the host that loads the rule and rejects the line where it does not exist; write the number if it is the same everywhere", written, value);

    [MethodImpl(Cold)]
    public static RuleNote FieldValueTooLong(string written, int length) => Error(RuleFindingIds.FieldValueTooLarge,
        $"-F {written}: the value is {length} bytes, and auditctl takes at most {AuditctlLimits.MaxPathBytes} (PATH_MAX)", written, Number(AuditctlLimits.MaxPathBytes));

    [MethodImpl(Cold)]
    public static RuleNote ArchAfterSyscalls(string written) => Error(RuleFindingIds.ArchAfterSyscalls,
        $"-F {written}: auditctl resolves -S names with the arch, so -F arch= must come before -S (auditctl: arch must be before -S)", written);

    // Why auditctl refuses an arch value, and what it takes instead.
    [MethodImpl(Cold)]
    public static RuleNote UnknownArch(string written, string value, ReadOnlySpan<byte> bytes, AuditArch? host)
    {
        const string Known = "auditctl " + AuditctlSyscalls.BaselineVersion + " knows x86_64, i386, aarch64, arm, ppc, ppc64, ppc64le, s390 and s390x";
        string hostName = host is AuditArch h ? AuditArchs.GetName(h) ?? "this" : "this";
        string why;
        if (!Ascii.IsValid(bytes))
        {
            why = $"unknown arch; write b64, b32 or an arch name ({Known})";
        }
        else if (value.Equals("b64", StringComparison.OrdinalIgnoreCase) || value.Equals("b32", StringComparison.OrdinalIgnoreCase))
        {
            why = host is AuditArch known && AuditctlSyscalls.KnowsArch(known)
                ? $"{value} has no meaning on a {hostName} host (auditctl refuses b64 on a 32-bit machine); write b32"
                : $"auditctl {AuditctlSyscalls.BaselineVersion} has no table for a {hostName} host, so b64 and b32 mean nothing there; {Known}";
        }
        else if (char.IsAsciiDigit(value[0]) && AuditArchs.TryParse(value, out AuditArch hex) && AuditctlSyscalls.KnowsArch(hex))
        {
            why = $"auditctl reads a value that starts with a digit as a decimal number; write 0x{value} or {AuditArchs.GetName(hex)}";
        }
        else if (AuditArchs.TryParse(value, out AuditArch named) && AuditArchs.GetName(named) is string name)
        {
            why = AuditctlSyscalls.KnowsArch(named)
                ? $"auditctl does not take the name {AuditRuleParser.Quote(bytes)}; write {name}"
                : $"auditctl {AuditctlSyscalls.BaselineVersion} has no arch {name}, so no syscall rule for it loads ({Known}; a later audit-userspace may know {name}: check `ausyscall {name} --dump`)";
        }
        else
        {
            why = $"unknown arch; write b64, b32 or an arch name ({Known})";
        }

        return Error(RuleFindingIds.UnknownArch, $"-F {written}: {why} (auditctl: arch elf mapping not found)", written);
    }

    [MethodImpl(Cold)]
    public static RuleNote B32IsB64(string written, string arch) => Warning(RuleFindingIds.B32IsB64,
        $"-F {written}: on a {arch} host auditctl reads b32 as {arch} itself, so the rule is its b64 twin and no 32-bit call matches it", written, arch);

    [MethodImpl(Cold)]
    public static RuleNote UnknownMessageType(string written, string value) => Error(RuleFindingIds.UnknownFieldValue,
        $"-F {written}: {value} is no record type auditctl {AuditctlSyscalls.BaselineVersion} knows (auditctl: -F unknown message type); write a name such as SYSCALL or CWD, or the number", written);

    [MethodImpl(Cold)]
    public static RuleNote ExitNotErrno(string written, int exit) => Warning(RuleFindingIds.ExitNotErrno,
        $"-F {written}: {-(long)exit} is not an errno, so no failing syscall returns {exit}", written, Number(exit));

    [MethodImpl(Cold)]
    public static RuleNote ExitSyntax(string written) => Error(RuleFindingIds.UnknownFieldValue,
        $"-F {written}: exit takes a number or -ERRNO, as in exit=-EACCES", written);

    [MethodImpl(Cold)]
    public static RuleNote ExitPositiveErrno(string written, int errno, string name) => Warning(RuleFindingIds.ExitPositiveErrno,
        $"-F {written}: this matches a return value of +{errno}, but failing syscalls return -{name}; write -F exit=-{name}", written, name);

    [MethodImpl(Cold)]
    public static RuleNote UnknownFileSystemType(string written) => Error(RuleFindingIds.UnknownFieldValue,
        $"-F {written}: auditctl {AuditctlSyscalls.BaselineVersion} knows only debugfs and tracefs here (or give the file system's magic number)", written);

    [MethodImpl(Cold)]
    public static RuleNote KeyBeforeWatch(string written) => Error(RuleFindingIds.KeyBeforeWatch,
        $"-k {written} comes before any -S, watch, path, exe or fstype, and auditctl takes a key only after one (auditctl: key option needs a watch or syscall given prior to it); move -k to the end", written);

    [MethodImpl(Cold)]
    public static RuleNote KeyFieldWithoutWatch() => Error(RuleFindingIds.KeyBeforeWatch,
        "-F key= without any -S, watch, path, exe or fstype: auditctl refuses the key (auditctl: Key field needs a watch, syscall or exe path given prior to it); add what the rule watches, or drop the key", "");

    [MethodImpl(Cold)]
    public static RuleNote TaskListAfterSyscalls(char option, string written) => Error(RuleFindingIds.ListRefused,
        $"-{option} {written}: -S comes before it, and the task list takes no syscalls", written);

    [MethodImpl(Cold)]
    public static RuleNote ListWithoutAction(char option, string written) => Error(RuleFindingIds.ListRefused,
        $"-{option} {written}: write an action and a filter list, as in -{option} always,exit", written);

    [MethodImpl(Cold)]
    public static RuleNote EntryList(char option, string written, string action) => Error(RuleFindingIds.ListRefused,
        $"-{option} {written}: the entry list was removed from the kernel (2.6.31); write -{option} {action},exit", written);

    [MethodImpl(Cold)]
    public static RuleNote UnknownListOrAction(char option, string written) => Error(RuleFindingIds.ListRefused,
        $"-{option} {written}: auditctl {AuditctlSyscalls.BaselineVersion} knows the lists exit, task, user, exclude and filesystem, and the actions always and never", written);

    [MethodImpl(Cold)]
    public static RuleNote PossibleAction(char option, string written) => Warning(RuleFindingIds.Reading,
        $"-{option} {written}: auditctl skips this line (the possible action is deprecated), so the rule is not loaded; write always or never", written);

    [MethodImpl(Cold)]
    public static RuleNote ListActionOrder(char option, string written, string action, string list) => Warning(RuleFindingIds.Reading,
        $"-{option} {written}: the list,action order is an old form; write -{option} {action},{list}", written);

    [MethodImpl(Cold)]
    public static RuleNote MoreThanOneRule(char option, string written) => Error(RuleFindingIds.MoreThanOneRule,
        $"-{option} {written}: a line adds or deletes one rule (auditctl: Multiple rule insert/delete operations are not allowed); put each rule on a line of its own", written);

    [MethodImpl(Cold)]
    public static RuleNote WatchNotAlone(string written) => Error(RuleFindingIds.MoreThanOneRule,
        $"-w {written}: a watch cannot share a line with -a, -d or another -w (auditctl: watch option can't be given with a syscall); put it on a line of its own", written);

    [MethodImpl(Cold)]
    public static RuleNote WatchPathTooLong(char option, string written, int length) => Error(RuleFindingIds.WatchRefused,
        $"-{option} {written}: the path is {length} bytes; auditctl takes paths shorter than {AuditctlLimits.MaxPathBytes}", written);

    [MethodImpl(Cold)]
    public static RuleNote WatchPathRelative(char option, string written) => Error(RuleFindingIds.WatchRefused,
        $"-{option} {written}: a watch needs an absolute path", written);

    [MethodImpl(Cold)]
    public static RuleNote WatchNameTooLong(char option, string written, int length) => Error(RuleFindingIds.WatchRefused,
        $"-{option} {written}: its last name is {length} bytes, and a file name has at most {AuditctlLimits.MaxNameBytes}", written);

    [MethodImpl(Cold)]
    public static RuleNote WatchAfterField(char option, string written) => Error(RuleFindingIds.WatchRefused,
        $"-{option} {written}: a watch must come before every -F", written);

    [MethodImpl(Cold)]
    public static RuleNote WatchPathAsWritten(char option, string written) => Warning(RuleFindingIds.WatchPathAsWritten,
        $"-{option} {written}: the kernel watches the path as written: '..', '*' and '?' are no patterns to it", written);

    [MethodImpl(Cold)]
    public static RuleNote PermissionsBeforeWatch(string written) => Error(RuleFindingIds.PermissionsBeforeWatch,
        $"-p {written} comes before the watch (auditctl: permission option needs a watch given prior to it); write -w PATH -p {written}", written);

    [MethodImpl(Cold)]
    public static RuleNote PermissionsBeforeField(string written) => Error(RuleFindingIds.PermissionsBeforeWatch,
        $"-p {written} comes before any field (auditctl: Permissions should be preceeded by other fields); write -F path=... or -w first", written);

    [MethodImpl(Cold)]
    public static RuleNote PermissionsTooMany(string option, string written) => Error(RuleFindingIds.PermissionsRefused,
        $"{option} {written}: at most four letters of rwxa, as in {option} wa", written);

    [MethodImpl(Cold)]
    public static RuleNote PermissionLetter(string option, string written, string letter) => Error(RuleFindingIds.PermissionsRefused,
        $"{option} {written}: permissions are letters of rwxa ({letter} is not one), as in {option} wa", written);

    [MethodImpl(Cold)]
    public static RuleNote KeyTooLong(int length) => Error(RuleFindingIds.KeyTooLong,
        $"the key is {length} bytes with the keys before it; the kernel takes at most {AuditctlLimits.MaxKeyBytes} (auditctl: key option exceeds size limit)", Number(length));

    [MethodImpl(Cold)]
    public static RuleNote KeyHoldsSeparator(string written) => Warning(RuleFindingIds.KeyHoldsSeparator,
        $"-k {written}: the key holds \\x01, which auditctl uses to join keys, so it reads back as more than one key", written);

    // Not inlined: each of the ~90 messages would carry a copy, and the NativeAOT binary has little room (this saves ~1.4 KB).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static RuleNote Error(string id, string message, params string[] values) => new(id, RuleFindingSeverity.Error, message, values);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static RuleNote Warning(string id, string message, params string[] values) => new(id, RuleFindingSeverity.Warning, message, values);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
