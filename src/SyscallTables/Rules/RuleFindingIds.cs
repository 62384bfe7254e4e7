namespace SyscallTables.Rules;

/// <summary>
/// The IDs of <see cref="RuleFinding"/>s, one per check of <see cref="RuleLinter"/>. Each finding's
/// <see cref="RuleFinding.Values"/> are the values its message names, in the order given here.
/// </summary>
public static class RuleFindingIds
{
    /// <summary>
    /// auditctl's option parsing refuses an option as such (unknown, missing value, options that do not combine, a
    /// control value it does not take); the message says which and what to write.
    /// </summary>
    public const string Syntax = "RL001";

    /// <summary>
    /// auditctl reads <c>-a</c>'s action and list, but not as they look (the possible action skips the line; list,action
    /// is an old order). Values: the value as written.
    /// </summary>
    public const string Reading = "RL002";

    /// <summary>The line is longer than auditctl -R reads as one line. Values: its length in bytes.</summary>
    public const string LineTooLong = "RL003";

    /// <summary>A NUL byte hides the rest of the line from auditctl. Values: where (1-based byte), the hidden text.</summary>
    public const string HiddenByNul = "RL004";

    /// <summary>auditctl drops arguments beyond its limit. Values: arguments kept, line length, arguments dropped.</summary>
    public const string ArgumentsDropped = "RL005";

    /// <summary>The line ends in a CR, which auditctl keeps in the last value. Values: that value.</summary>
    public const string CarriageReturn = "RL006";

    /// <summary>The line holds a tab, which auditctl keeps inside a value.</summary>
    public const string Tab = "RL007";

    /// <summary><c>-F exit=-NAME</c> names no errno. Values: the field as written, the name.</summary>
    public const string UnknownErrno = "RL008";

    /// <summary>
    /// <c>-S NAME</c> names a syscall that the rule's arch lacks and another arch has. Values: the name as written,
    /// the rule's arch, an arch that has it, the name as looked up.
    /// </summary>
    public const string SyscallOfOtherArch = "RL009";

    /// <summary>The kernel refuses a field on the rule's list. Values: the field as written.</summary>
    public const string FieldNotOnList = "RL010";

    /// <summary>The kernel refuses the field's operator. Values: the field as written, its name.</summary>
    public const string OperatorRefused = "RL011";

    /// <summary>The rule watches more than one path, dir or inode. Values: the field as written.</summary>
    public const string MoreThanOneWatch = "RL012";

    /// <summary>An exit rule names syscalls without <c>-F arch</c>, so the loading host decides its arch.</summary>
    public const string SyscallsWithoutArch = "RL013";

    /// <summary>A change after <c>-e 2</c>, which the kernel refuses. Values: the line of <c>-e 2</c>.</summary>
    public const string AfterLock = "RL014";

    /// <summary><c>-D</c> after rules, which it deletes. Values: the first and last line it deletes.</summary>
    public const string DeletesEarlierRules = "RL015";

    /// <summary>The same rule as an earlier line, which the kernel refuses. Values: the earlier line.</summary>
    public const string DuplicateRule = "RL016";

    /// <summary>A never rule behind an always rule that matches everything it would drop. Values: the always rule's line.</summary>
    public const string NeverShadowed = "RL017";

    /// <summary>The kernel refuses the field's value (a relative path, the id -1). Values: the field as written.</summary>
    public const string ValueRefused = "RL018";

    /// <summary>The rule has more than one exe field, which the kernel refuses. Values: the second as written.</summary>
    public const string MoreThanOneExe = "RL019";

    /// <summary>The rule has more fields than auditctl takes. Values: the option that would add one, as written.</summary>
    public const string TooManyFields = "RL020";

    /// <summary><c>-S</c> on a list other than exit, which filters without syscalls. Values: the syscalls as written, the list.</summary>
    public const string SyscallsOffExitList = "RL021";

    /// <summary>
    /// auditctl has no syscall table for the arch, so it refuses <c>-S</c> (every <c>-S</c> when the arch is the
    /// host's, names when it is given by <c>-F arch</c>). Values: the syscalls as written, the arch (empty for an unknown host).
    /// </summary>
    public const string NoSyscallTable = "RL022";

    /// <summary><c>-S NAME</c> names no syscall of any arch. Values: the name as written, the rule's arch.</summary>
    public const string UnknownSyscall = "RL023";

    /// <summary><c>-S NUMBER</c> is negative or beyond the kernel's syscall mask. Values: the number as written.</summary>
    public const string SyscallNumberTooLarge = "RL024";

    /// <summary>
    /// auditctl reads <c>-S NUMBER</c> as another number (trailing text, overflow). Values: the number as written, the
    /// number read, the text ignored (empty when none).
    /// </summary>
    public const string SyscallNumberMisread = "RL025";

    /// <summary><c>-S NUMBER</c> is no syscall of the arch in the kernel's table. Values: the number, the rule's arch.</summary>
    public const string SyscallNumberUnused = "RL026";

    /// <summary>
    /// <c>-S NAME</c> is no syscall of the arch, but auditctl's own table (arm's OABI calls, its shared ppc table) gives
    /// it a number. Values: the name, the rule's arch, the arch of auditctl's table, the number it gives.
    /// </summary>
    public const string SyscallOfAuditctlTable = "RL027";

    /// <summary>auditctl names the syscall otherwise. Values: the name as written, the rule's arch, its number, auditctl's name.</summary>
    public const string SyscallAuditName = "RL028";

    /// <summary>auditctl's table lacks the syscall, so only its number loads. Values: the name, the rule's arch, its number.</summary>
    public const string SyscallUnknownToAuditctl = "RL029";

    /// <summary><c>-C</c> is not two fields with = or != between them. Values: the comparison as written.</summary>
    public const string ComparisonSyntax = "RL030";

    /// <summary><c>-C</c> on a list other than exit. Values: the comparison as written.</summary>
    public const string ComparisonOffExitList = "RL031";

    /// <summary><c>-C</c> compares fields that are not two different uids or two different gids. Values: the comparison as written.</summary>
    public const string ComparisonIncompatible = "RL032";

    /// <summary><c>-F</c> before the list (<c>-a</c>, <c>-A</c>, <c>-d</c>) it belongs to. Values: the field as written.</summary>
    public const string FieldBeforeList = "RL033";

    /// <summary><c>-F</c> is not a field, an operator and a value. Values: the field as written.</summary>
    public const string FieldSyntax = "RL034";

    /// <summary><c>-F</c> names a field auditctl does not know. Values: the field as written, the name.</summary>
    public const string UnknownField = "RL035";

    /// <summary>auditctl refuses the field on the rule's list. Values: the field as written, its name.</summary>
    public const string FieldOffList = "RL036";

    /// <summary>auditctl refuses the field's operator. Values: the field as written, its name.</summary>
    public const string FieldOperator = "RL037";

    /// <summary>The field takes a number, and its value is none. Values: the field as written, its name.</summary>
    public const string FieldNotNumber = "RL038";

    /// <summary>
    /// The field's value is none auditctl knows (file type, user or group name, record type, errno form, file system).
    /// Values: the field as written.
    /// </summary>
    public const string UnknownFieldValue = "RL039";

    /// <summary>auditctl reads the field's number as another (trailing text, octal, beyond 32 bits). Values: the field as written, the number loaded.</summary>
    public const string NumberMisread = "RL040";

    /// <summary>The field's value is beyond what auditctl takes. Values: the field as written, the largest it takes.</summary>
    public const string FieldValueTooLarge = "RL041";

    /// <summary>A user or group name that auditctl looks up on the loading host. Values: the field as written, the name.</summary>
    public const string IdNameLookedUp = "RL042";

    /// <summary><c>-F arch</c> after <c>-S</c>, whose names it resolves. Values: the field as written.</summary>
    public const string ArchAfterSyscalls = "RL043";

    /// <summary><c>-F arch</c> names no arch auditctl takes (the message says what to write). Values: the field as written.</summary>
    public const string UnknownArch = "RL044";

    /// <summary><c>-F arch=b32</c> on a host where auditctl reads it as the 64-bit arch. Values: the field as written, that arch.</summary>
    public const string B32IsB64 = "RL045";

    /// <summary><c>-F exit=-N</c> where N is no errno. Values: the field as written, the exit value.</summary>
    public const string ExitNotErrno = "RL046";

    /// <summary><c>-F exit=NAME</c> matches +errno, which no failing syscall returns. Values: the field as written, the errno name.</summary>
    public const string ExitPositiveErrno = "RL047";

    /// <summary>
    /// A key before what it keys (<c>-S</c>, a watch, path, exe or fstype), which auditctl refuses. Values: the key as
    /// written (empty for <c>-F key=</c>).
    /// </summary>
    public const string KeyBeforeWatch = "RL048";

    /// <summary><c>-a</c>/<c>-A</c>/<c>-d</c> names no action and list auditctl loads. Values: the value as written.</summary>
    public const string ListRefused = "RL049";

    /// <summary>The line adds or deletes more than one rule or watch. Values: the second as written.</summary>
    public const string MoreThanOneRule = "RL050";

    /// <summary><c>-w</c>/<c>-W</c> names a path auditctl refuses, or comes after a field. Values: the path as written.</summary>
    public const string WatchRefused = "RL051";

    /// <summary>A watch path with '..', '*' or '?', which the kernel takes literally. Values: the path as written.</summary>
    public const string WatchPathAsWritten = "RL052";

    /// <summary><c>-p</c> before the watch or field it applies to. Values: the permissions as written.</summary>
    public const string PermissionsBeforeWatch = "RL053";

    /// <summary>Permissions that are not up to four letters of rwxa. Values: the permissions as written.</summary>
    public const string PermissionsRefused = "RL054";

    /// <summary>The rule's keys are longer than the kernel takes. Values: their length in bytes.</summary>
    public const string KeyTooLong = "RL055";

    /// <summary>A key holds \x01, auditctl's key separator, so it reads back as several. Values: the key as written.</summary>
    public const string KeyHoldsSeparator = "RL056";
}
