using System;
using System.Globalization;

namespace SyscallTables.Rules;

/// <summary>What a check found on a line: its ID (<see cref="RuleFindingIds"/>), severity, message and the values the message names.</summary>
internal readonly record struct RuleNote(string Id, RuleFindingSeverity Severity, string Message, string[] Values);

/// <summary>
/// The checks of a parsed rule, one small method each, with the messages of the IDs in <see cref="RuleFindingIds"/>
/// that the kernel and the file's text give (those of auditctl's option parsing are in <see cref="AuditctlSyntax"/>).
/// <see cref="RuleLinter"/> runs them.
/// </summary>
internal static class RuleChecks
{
    /// <summary>What the kernel refuses once auditctl has sent the rule (audit_data_to_entry, audit_field_valid), and what it then loads unlike how it reads.</summary>
    public static void CheckRule(AuditRule rule)
    {
        if (rule.HasErrors || !rule.SendsRule)
        {
            return;
        }

        // The values first, which auditctl reads before it sends the rule; then field by field, as the kernel reads
        // them: the first refused field is the one reported.
        bool exe = false;
        for (int i = 0; i < rule.Fields.Count && !rule.HasErrors; i++)
        {
            PathValue(rule, i);
            UnsetId(rule, i);
            OneExe(rule, i, ref exe);
        }

        bool watched = false;
        for (int i = 0; i < rule.Fields.Count && !rule.HasErrors; i++)
        {
            FieldOnList(rule, i);
            FieldOperator(rule, i);
            OneWatch(rule, i, ref watched);
        }

        SyscallsWithoutArch(rule);
    }

    /// <summary>What auditctl makes of the line's bytes unlike a reader of the line: said as a warning, or as the cause of the line's error.</summary>
    public static void CheckText(AuditRule rule)
    {
        AuditRuleText? text = rule.Text;
        if (text is null)
        {
            return;
        }

        if (rule.HasErrors)
        {
            if (text.EndsInCarriageReturn)
            {
                rule.Explain("the line ends in a CR (a file with CRLF line ends), which auditctl keeps as part of the last value; save the file with LF line ends");
            }
            else if (text.HasTab)
            {
                rule.Explain("the line holds a tab, and auditctl separates arguments only at spaces: the tab stays inside an argument; use spaces");
            }

            return;
        }

        if (text.Hidden is not null)
        {
            rule.Add(HiddenByNul(text.NulAt, text.Hidden));
        }

        if (text.Dropped > 0)
        {
            rule.Add(ArgumentsDropped(text.Arguments, text.Length, text.Dropped));
        }

        if (text.EndsInCarriageReturn)
        {
            rule.Add(CarriageReturn(text.LastArgument));
        }
        else if (text.HasTab)
        {
            rule.Add(new(RuleFindingIds.Tab, RuleFindingSeverity.Warning, "the line holds a tab, which auditctl keeps inside a value (only spaces separate arguments); use spaces", []));
        }
    }

    // The kernel takes msgtype only on the exclude and user lists, and only fstype (and the key) on the filesystem list.
    private static void FieldOnList(AuditRule rule, int i)
    {
        AuditRuleField field = rule.Fields[i];
        string where = rule.FieldTexts[i];
        if (field.Info.Value == AuditFieldValue.MessageType && rule.List is not (AuditFilterList.Exclude or AuditFilterList.User))
        {
            rule.Add(new(RuleFindingIds.FieldNotOnList, RuleFindingSeverity.Error, $"{where}: msgtype works only on the exclude and user lists", [where]));
        }
        else if (rule.List == AuditFilterList.Filesystem && field.Info.Value is not (AuditFieldValue.FileSystemType or AuditFieldValue.Key))
        {
            rule.Add(new(RuleFindingIds.FieldNotOnList, RuleFindingSeverity.Error, $"{where}: the filesystem list takes only fstype (and a key)", [where]));
        }
    }

    // audit_field_valid: bit tests only for a0-a3, pers and devminor; = and != only for strings, paths and the like;
    // and audit_to_watch/audit_make_tree take a path or dir only with =.
    private static void FieldOperator(AuditRule rule, int i)
    {
        if (rule.HasErrors)
        {
            return;
        }

        AuditRuleField field = rule.Fields[i];
        string where = rule.FieldTexts[i];
        AuditRuleFieldInfo info = field.Info;
        if (!info.Takes(field.Operator))
        {
            rule.Add(new(RuleFindingIds.OperatorRefused, RuleFindingSeverity.Error, info.Operators == AuditFieldOperators.Ordered
                ? $"{where}: the kernel takes & and &= only for a0-a3, pers and devminor; compare {field.Name} with = != < > <= >="
                : $"{where}: {field.Name} takes only = or !=", [where, field.Name]));
        }
        else if (field.Name is "path" or "dir" && field.Operator != AuditOperator.Equal && rule.Kind is AuditRuleLineKind.AddRule or AuditRuleLineKind.DeleteRule)
        {
            rule.Add(new(RuleFindingIds.OperatorRefused, RuleFindingSeverity.Error, $"{where}: the kernel takes a {field.Name} only with =", [where, field.Name]));
        }
    }

    // audit_to_watch, audit_make_tree and audit_alloc_mark take only an absolute path, and a watch or exe that ends
    // in '/' names no file.
    private static void PathValue(AuditRule rule, int i)
    {
        AuditRuleField field = rule.Fields[i];
        if (rule.HasErrors || field.Info.Value != AuditFieldValue.Path)
        {
            return;
        }

        string where = rule.FieldTexts[i];
        ReadOnlySpan<byte> path = field.Value.Bytes;
        if (path[0] != '/')
        {
            rule.Add(new(RuleFindingIds.ValueRefused, RuleFindingSeverity.Error, $"{where}: the kernel takes only an absolute path", [where]));
        }
        else if (field.Name is "path" or "exe" && path.Length > 1 && path[^1] == '/')
        {
            rule.Add(new(RuleFindingIds.ValueRefused, RuleFindingSeverity.Error,
                $"{where}: the kernel refuses a {field.Name} that ends in '/'{(field.Name == "path" ? "; watch a directory with -F dir=" : "")}", [where]));
        }
    }

    // The kernel refuses the id -1 (no valid kuid/kgid); for auid it means "unset" (AUDIT_LOGINUID_SET), tested only by = and !=.
    private static void UnsetId(AuditRule rule, int i)
    {
        AuditRuleField field = rule.Fields[i];
        if (rule.HasErrors || field.Value != AuditRuleValue.OfNumber(uint.MaxValue)
            || field.Info.Value is not (AuditFieldValue.UserId or AuditFieldValue.GroupId))
        {
            return;
        }

        string where = rule.FieldTexts[i];
        if (field.Name != "auid")
        {
            rule.Add(new(RuleFindingIds.ValueRefused, RuleFindingSeverity.Error, $"{where}: the kernel refuses {field.Name} 4294967295 (-1, no valid id); only auid can be unset", [where]));
        }
        else if (field.Operator is not (AuditOperator.Equal or AuditOperator.NotEqual))
        {
            rule.Add(new(RuleFindingIds.OperatorRefused, RuleFindingSeverity.Error, $"{where}: an unset auid is tested only with = or != (the kernel refuses other operators)", [where, field.Name]));
        }
    }

    // audit_data_to_entry: a rule holds one exe.
    private static void OneExe(AuditRule rule, int i, ref bool seen)
    {
        if (rule.HasErrors || rule.Fields[i].Name != "exe")
        {
            return;
        }

        if (seen)
        {
            string where = rule.FieldTexts[i];
            rule.Add(new(RuleFindingIds.MoreThanOneExe, RuleFindingSeverity.Error, $"{where}: a rule holds one exe (the kernel refuses a second); write one rule per program", [where]));
        }

        seen = true;
    }

    // audit_data_to_entry: a rule holds one watch, tree or inode.
    private static void OneWatch(AuditRule rule, int i, ref bool watched)
    {
        if (rule.HasErrors || rule.Fields[i].Name is not ("path" or "dir" or "inode"))
        {
            return;
        }

        if (watched)
        {
            string where = rule.FieldTexts[i];
            rule.Add(new(RuleFindingIds.MoreThanOneWatch, RuleFindingSeverity.Error, $"{where}: a rule watches at most one path=, dir= or inode= (the kernel rejects more); write one rule per path", [where]));
        }

        watched = true;
    }

    private static void SyscallsWithoutArch(AuditRule rule)
    {
        if (!rule.HasErrors && rule.List == AuditFilterList.Exit && rule.HasSyscalls && !rule.HasArch && rule.Kind == AuditRuleLineKind.AddRule && !rule.AllSyscalls)
        {
            rule.Add(new(RuleFindingIds.SyscallsWithoutArch, RuleFindingSeverity.Warning, "-S without -F arch: auditctl takes the loading host's arch, so on a 64-bit host 32-bit calls escape the rule; write -F arch=b64 (and a twin rule with -F arch=b32) before -S", []));
        }
    }

    public static RuleNote LineTooLong(long length, bool comment, ReadOnlySpan<byte> tail) => new(RuleFindingIds.LineTooLong, RuleFindingSeverity.Error, string.Create(CultureInfo.InvariantCulture,
        $"the line is {length:N0} bytes, and auditctl -R reads at most {AuditctlLimits.MaxLineBytes:N0} bytes as one line: it reads the rest as a line of its own{(comment ? " (no longer part of the comment)" : "")}, starting {AuditRuleParser.Quote(tail)}; shorten the line"),
        [length.ToString(CultureInfo.InvariantCulture)]);

    public static RuleNote LineStartsWithNul(ReadOnlySpan<byte> hidden) => new(RuleFindingIds.HiddenByNul, RuleFindingSeverity.Warning,
        $"the line starts with a NUL byte, so auditctl skips it: {AuditRuleParser.Quote(hidden)} is not loaded", ["1", AuditRuleParser.Quote(hidden)]);

    private static RuleNote HiddenByNul(int nul, ReadOnlySpan<byte> hidden) => new(RuleFindingIds.HiddenByNul, RuleFindingSeverity.Warning,
        $"a NUL byte at byte {nul + 1} ends the line for auditctl: {AuditRuleParser.Quote(hidden)} after it is not loaded", [(nul + 1).ToString(CultureInfo.InvariantCulture), AuditRuleParser.Quote(hidden)]);

    private static RuleNote ArgumentsDropped(int kept, int length, int dropped) => new(RuleFindingIds.ArgumentsDropped, RuleFindingSeverity.Warning,
        $"auditctl keeps only {kept} arguments of a line of {length} bytes and drops the last {dropped} unread; put fewer, longer arguments on the line",
        [kept.ToString(CultureInfo.InvariantCulture), length.ToString(CultureInfo.InvariantCulture), dropped.ToString(CultureInfo.InvariantCulture)]);

    private static RuleNote CarriageReturn(ReadOnlySpan<byte> last) => new(RuleFindingIds.CarriageReturn, RuleFindingSeverity.Warning,
        $"the line ends in a CR (a file with CRLF line ends): auditctl keeps it as part of {AuditRuleParser.Quote(last)}; save the file with LF line ends", [AuditRuleParser.Quote(last)]);

    public static RuleNote UnknownErrno(string written, string name) => new(RuleFindingIds.UnknownErrno, RuleFindingSeverity.Error,
        $"{written}: {name} is not an errno name", [written, name]);

    public static RuleNote SyscallOfOtherArch(string written, string arch, string other, string name) => new(RuleFindingIds.SyscallOfOtherArch, RuleFindingSeverity.Error,
        $"-S {written}: {arch} has no syscall named {written} (only other arches such as {other} have it)", [written, arch, other, name]);

    public static RuleNote AfterLock(int lockedAt) => new(RuleFindingIds.AfterLock, RuleFindingSeverity.Warning,
        $"-e 2 on line {lockedAt} has locked the audit configuration: the kernel refuses this and every later change until reboot; put -e 2 last", [Number(lockedAt)]);

    public static RuleNote DeletesEarlierRules(int first, int last) => new(RuleFindingIds.DeletesEarlierRules, RuleFindingSeverity.Warning,
        $"-D deletes every rule loaded before it, including those of lines {first} to {last}; put -D first", [Number(first), Number(last)]);

    public static RuleNote DuplicateRule(int earlier) => new(RuleFindingIds.DuplicateRule, RuleFindingSeverity.Error,
        $"the same rule as line {earlier}: the kernel refuses the second copy (auditctl: Rule exists), and auditctl -R stops there and loads no line after it; delete one", [Number(earlier)]);

    public static RuleNote NeverShadowed(int always) => new(RuleFindingIds.NeverShadowed, RuleFindingSeverity.Warning,
        $"never shadowed: the always rule of line {always} matches every event this rule would drop, and the first matching rule wins; "
        + "move this rule above it, or load it with -A (prepend) instead of -a", [Number(always)]);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
