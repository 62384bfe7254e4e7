using System;
using System.Collections.Generic;
using System.Globalization;

namespace SyscallTables.Rules;

/// <summary>
/// Reads one line of auditctl's rule syntax (audit.rules, rules.d/*.rules) as auditctl 3.0.9 does: whitespace-split
/// arguments, getopt's short options (a value may be attached, <c>-Fauid=0</c>, or be the next argument even when it
/// starts with '-'), and the checks auditctl makes before and the kernel makes after sending the rule.
/// </summary>
internal static class AuditRuleParser
{
    // Short options that take a value (auditctl's getopt string); the others are flags.
    private const string OptionsWithValue = "abdefkmpqrwACFQRSW";
    private const string Flags = "cDhilstv";

    private static readonly HashSet<string> UidFields = ["uid", "euid", "suid", "fsuid", "auid", "loginuid", "obj_uid"];
    private static readonly HashSet<string> GidFields = ["gid", "egid", "sgid", "fsgid", "obj_gid"];
    private static readonly HashSet<string> NumericFields = ["pid", "ppid", "pers", "devmajor", "devminor", "inode", "success", "a0", "a1", "a2", "a3", "sessionid", "saddr_fam"];
    private static readonly HashSet<string> TextFields =
    [
        "subj_user", "subj_role", "subj_type", "subj_sen", "subj_clr",
        "obj_user", "obj_role", "obj_type", "obj_lev_low", "obj_lev_high",
    ];

    private static readonly HashSet<string> OtherFields = ["arch", "exit", "path", "dir", "exe", "perm", "filetype", "key", "msgtype", "fstype", "field_compare"];
    private static readonly HashSet<string> FileTypes = ["file", "dir", "socket", "link", "character", "block", "fifo"];

    // The file systems auditctl 3.0.9 names for the filesystem list.
    private static readonly HashSet<string> FileSystemTypes = ["debugfs", "tracefs"];
    private static readonly HashSet<string> Lists = ["exit", "task", "user", "exclude", "filesystem", "io_uring"];

    /// <summary>The kernel's limit on a rule's key (AUDIT_MAX_KEY_LEN).</summary>
    private const int MaxKeyLength = 256;

    public static AuditRule Parse(string text, int line, AuditArch? host, AuditArch? host32)
    {
        var rule = new AuditRule(line);
        string[] args = text.Split([' ', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (args.Length == 0 || args[0].StartsWith('#'))
        {
            rule.Kind = AuditRuleLineKind.Empty;
            return rule;
        }

        rule.Kind = AuditRuleLineKind.Control;
        rule.Arch = host;
        for (int i = 0; i < args.Length && !rule.HasErrors; i++)
        {
            string arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                i = ParseLongOption(rule, args, i);
                continue;
            }

            if (arg.Length < 2 || arg[0] != '-')
            {
                rule.Error($"'{arg}' is a parameter without an option (auditctl: parameter passed without an option given); every value follows its option, as in -F arch=b64 or -k key");
                break;
            }

            char option = arg[1];
            if (Flags.Contains(option, StringComparison.Ordinal))
            {
                rule.DeletesAll |= option == 'D';
                continue;
            }

            if (!OptionsWithValue.Contains(option, StringComparison.Ordinal))
            {
                rule.Error($"auditctl has no option -{option}");
                break;
            }

            string? value = arg.Length > 2 ? arg[2..] : i + 1 < args.Length ? args[++i] : null;
            if (value is null)
            {
                rule.Error($"-{option} needs a value");
                break;
            }

            ParseOption(rule, option, value, host, host32);
        }

        if (!rule.HasErrors)
        {
            CheckWhole(rule);
        }

        return rule;
    }

    private static int ParseLongOption(AuditRule rule, string[] args, int i)
    {
        switch (args[i])
        {
            case "--backlog_wait_time":
                if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    rule.Error("--backlog_wait_time needs a number of jiffies");
                }

                return i + 1;
            case "--loginuid-immutable":
            case "--reset-lost":
            case "--reset_backlog_wait_time_actual":
                return i;
            default:
                rule.Error($"auditctl has no option {args[i]}");
                return i;
        }
    }

    private static void ParseOption(AuditRule rule, char option, string value, AuditArch? host, AuditArch? host32)
    {
        switch (option)
        {
            case 'a' or 'A' or 'd':
                rule.Kind = option == 'd' ? AuditRuleLineKind.DeleteRule : AuditRuleLineKind.AddRule;
                rule.Prepend = option == 'A';
                ParseListAction(rule, option, value);
                break;
            case 'w' or 'W':
                rule.Kind = option == 'w' ? AuditRuleLineKind.AddWatch : AuditRuleLineKind.DeleteWatch;
                rule.List = "exit";
                rule.Action = "always";
                rule.WatchPath = value;
                if (!value.StartsWith('/'))
                {
                    rule.Error($"-{option} {value}: a watch needs an absolute path");
                }

                break;
            case 'p':
                rule.Permissions = value;
                CheckPermissions(rule, "-p", value);
                break;
            case 'k':
                if (rule.Kind is AuditRuleLineKind.AddRule or AuditRuleLineKind.DeleteRule && !rule.HasSyscalls && !HasFileField(rule))
                {
                    rule.Error($"-k {value} comes before any -S or file field, and auditctl takes a key only after one (auditctl: key option needs a watch or syscall given prior to it); move -k to the end, or write -F key={value}");
                    break;
                }

                AddKey(rule, value);
                break;
            case 'S':
                ParseSyscalls(rule, value);
                break;
            case 'F':
                ParseField(rule, value, host, host32);
                break;
            case 'C':
                ParseComparison(rule, value);
                break;
            case 'b' or 'f' or 'e' or 'r':
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int number)
                    || (option == 'f' && number > 2) || (option == 'e' && number > 2))
                {
                    rule.Error($"-{option} {value}: not a value auditctl accepts here");
                }

                rule.LocksConfiguration |= option == 'e' && number == 2;

                break;
        }
    }

    private static void ParseListAction(AuditRule rule, char option, string value)
    {
        string[] parts = value.Split(',');
        if (parts.Length != 2)
        {
            rule.Error($"-{option} {value}: write a filter list and an action, as in -{option} always,exit");
            return;
        }

        bool actionFirst = parts[0] is "always" or "never";
        string action = actionFirst ? parts[0] : parts[1];
        string list = actionFirst ? parts[1] : parts[0];
        if (action is not ("always" or "never"))
        {
            rule.Error($"-{option} {value}: the action is always or never");
            return;
        }

        if (list == "entry")
        {
            rule.Error($"-{option} {value}: the entry list was removed from the kernel (2.6.31); write -{option} {action},exit");
            return;
        }

        if (!Lists.Contains(list))
        {
            rule.Error($"-{option} {value}: unknown filter list '{list}' (exit, user, exclude, filesystem, io_uring or task)");
            return;
        }

        rule.List = list;
        rule.Action = action;
        if (!actionFirst)
        {
            rule.Warning($"-{option} {value}: the list,action order is an old form; write -{option} {action},{list}");
        }
    }

    private static void AddKey(AuditRule rule, string key)
    {
        rule.Keys.Add(key);
        int length = 0;
        foreach (string k in rule.Keys)
        {
            length += k.Length + 1;
        }

        if (length - 1 > MaxKeyLength)
        {
            rule.Error($"the keys are longer than the kernel's {MaxKeyLength} characters");
        }
    }

    private static void CheckPermissions(AuditRule rule, string option, string value)
    {
        foreach (char c in value)
        {
            if (c is not ('r' or 'w' or 'x' or 'a'))
            {
                rule.Error($"{option} {value}: permissions are letters of rwxa ('{c}' is not one), as in {option} wa");
                return;
            }
        }

        if (value.Length == 0)
        {
            rule.Error($"{option} needs permissions of rwxa");
        }
    }

    private static void ParseSyscalls(AuditRule rule, string value)
    {
        if (rule.List is not null and not "exit")
        {
            rule.Error($"-S {value}: only exit rules name syscalls; the {rule.List} list filters without them");
            return;
        }

        foreach (string item in value.Split(','))
        {
            if (item == "all")
            {
                rule.AllSyscalls = true;
                continue;
            }

            if (rule.Arch is not AuditArch arch || !Syscalls.IsSupported(arch))
            {
                continue;
            }

            // Without -F arch auditctl looks -S up in the table of the machine it runs on, and fails on one it has no table for.
            if (!rule.HasArch && !AuditctlSyscalls.KnowsArch(arch))
            {
                rule.Error($"-S {item}: auditctl {AuditctlSyscalls.BaselineVersion} has no syscall table for a {AuditArchs.GetName(arch)} host, so it refuses every -S here, numbers too");
                return;
            }

            string archName = AuditArchs.GetName(arch) ?? "this arch";
            if (int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out int number))
            {
                // auditctl's syscall mask has 2048 bits (AUDIT_BITMASK_SIZE words of 32).
                if (number >= 2048)
                {
                    rule.Error($"-S {item}: syscall numbers stop at 2047");
                    return;
                }

                if (Syscalls.GetName(arch, number) is null)
                {
                    rule.Warning($"-S {item}: {archName} has no syscall {item}; the rule never matches it");
                }

                rule.Syscalls.Add(number);
                continue;
            }

            if (!Syscalls.TryGetNumber(arch, item, out number))
            {
                // auditctl's one ppc table serves ppc64 with ppc's names too, and its arm table holds the OABI calls:
                // the rule loads, for a number this ABI does not serve.
                if (AuditctlSyscalls.TryGetNumber(arch, item, out number, out AuditArch table))
                {
                    rule.Warning(arch == AuditArch.Arm && table == arch
                        ? $"-S {item}: arm (EABI) has no syscall {item}; auditctl's arm table still holds the OABI call {item} ({number}), which only OABI binaries make (CONFIG_OABI_COMPAT)"
                        : $"-S {item}: {archName} has no syscall {item}; auditctl takes it from its shared ppc table as {AuditArchs.GetName(table)}'s {number}, which {archName} does not serve, so the rule only matches calls that fail with ENOSYS");
                    rule.Syscalls.Add(number);
                    continue;
                }

                string also = OtherArchesWith(item, arch);
                rule.Error($"-S {item}: {archName} has no syscall named {item}{also}");
                return;
            }

            string? auditName = Syscalls.GetAuditName(arch, number);
            if (!string.Equals(auditName, item, StringComparison.Ordinal))
            {
                rule.Error($"-S {item}: auditctl names {archName} syscall {number} {auditName}; write -S {auditName} or -S {number}");
                return;
            }

            if (!AuditctlSyscalls.IsKnown(arch, number))
            {
                rule.Error($"-S {item}: auditctl {AuditctlSyscalls.BaselineVersion} does not know {item} ({archName} syscall {number} is missing from its {archName} table); write -S {number}, which every auditctl accepts for {archName}");
                return;
            }

            rule.Syscalls.Add(number);
        }
    }

    // Why auditctl refuses an arch value, and what it takes instead.
    private static string ArchRefusal(string value, AuditArch? host)
    {
        const string Known = "auditctl " + AuditctlSyscalls.BaselineVersion + " knows x86_64, i386, aarch64, arm, ppc, ppc64, ppc64le, s390 and s390x";
        string hostName = host is AuditArch h ? AuditArchs.GetName(h) ?? "this" : "this";
        if (value.Equals("b64", StringComparison.OrdinalIgnoreCase) || value.Equals("b32", StringComparison.OrdinalIgnoreCase))
        {
            return host is AuditArch known && AuditctlSyscalls.KnowsArch(known)
                ? $"{value} has no meaning on a {hostName} host (auditctl refuses b64 on a 32-bit machine); write b32"
                : $"auditctl {AuditctlSyscalls.BaselineVersion} has no table for a {hostName} host, so b64 and b32 mean nothing there; {Known}";
        }

        if (char.IsAsciiDigit(value[0]) && AuditArchs.TryParse(value, out AuditArch hex) && AuditctlSyscalls.KnowsArch(hex))
        {
            return $"auditctl reads a value that starts with a digit as a decimal number; write 0x{value} or {AuditArchs.GetName(hex)}";
        }

        if (AuditArchs.TryParse(value, out AuditArch named) && AuditArchs.GetName(named) is string name)
        {
            return AuditctlSyscalls.KnowsArch(named)
                ? $"auditctl does not take the name {value}; write {name}"
                : $"auditctl {AuditctlSyscalls.BaselineVersion} has no arch {name}, so no syscall rule for it loads ({Known}; a later audit-userspace may know {name}: check `ausyscall {name} --dump`)";
        }

        return $"unknown arch; write b64, b32 or an arch name ({Known})";
    }

    private static string OtherArchesWith(string name, AuditArch except)
    {
        foreach (AuditArch other in Syscalls.SupportedArchs)
        {
            if (other != except && Syscalls.TryGetNumber(other, name, out _))
            {
                string name2 = AuditArchs.GetName(except)!;
                return $" (only other arches such as {AuditArchs.GetName(other)} have it; `syscalls {name2} {name}` and `syscalls {name2} --dump` show what {name2} has instead)";
            }
        }

        return "";
    }

    private static bool TrySplitField(AuditRule rule, string option, string text, out AuditRuleField field)
    {
        field = default;
        int at = text.AsSpan().IndexOfAny("!=<>&");
        if (at <= 0)
        {
            rule.Error($"{option} {text}: write a field, an operator and a value, as in {option} auid>=1000");
            return false;
        }

        string op = at + 1 < text.Length && text[at + 1] == '=' && text[at] != '=' ? text.Substring(at, 2) : text.Substring(at, 1);
        if (op == "!")
        {
            rule.Error($"{option} {text}: '!' is only an operator as '!='");
            return false;
        }

        field = new AuditRuleField(text[..at], op, text[(at + op.Length)..], option == "-C");
        return true;
    }

    private static void ParseField(AuditRule rule, string text, AuditArch? host, AuditArch? host32)
    {
        if (!TrySplitField(rule, "-F", text, out AuditRuleField field))
        {
            return;
        }

        string name = field.Name;
        string value = field.Value;
        string op = field.Operator;
        if (!UidFields.Contains(name) && !GidFields.Contains(name) && !NumericFields.Contains(name)
            && !TextFields.Contains(name) && !OtherFields.Contains(name))
        {
            rule.Error($"-F {name}: auditctl knows no field '{name}' (auditctl: -F unknown field: {name})");
            return;
        }

        bool equality = op is "=" or "!=";
        if (!equality && (TextFields.Contains(name) || name is "arch" or "path" or "dir" or "exe" or "key" or "filetype" or "fstype" or "perm" or "msgtype"))
        {
            rule.Error($"-F {text}: {name} takes only = or !=");
            return;
        }

        if (value.Length == 0)
        {
            rule.Error($"-F {text}: the value is missing");
            return;
        }

        switch (name)
        {
            case "arch":
                if (rule.HasSyscalls)
                {
                    rule.Error($"-F {text}: auditctl resolves -S names with the arch, so -F arch= must come before -S (auditctl: arch must be before -S)");
                    return;
                }

                AuditArch? arch = AuditctlArchs.Resolve(value, AuditctlArchs.B64(host), host32);
                if (arch is null)
                {
                    rule.Error($"-F {text}: {ArchRefusal(value, host)} (auditctl: arch elf mapping not found)");
                    return;
                }

                // libaudit maps b32 to the 32-bit machine only on x86_64, ppc64, s390x and aarch64; on ppc64le it stays ppc64le.
                if (value.Equals("b32", StringComparison.OrdinalIgnoreCase) && ((uint)arch & 0x80000000) != 0)
                {
                    rule.Warning($"-F {text}: on a {AuditArchs.GetName(arch.Value)} host auditctl reads b32 as {AuditArchs.GetName(arch.Value)} itself, so the rule is its b64 twin and no 32-bit call matches it");
                }

                rule.Arch = arch;
                rule.HasArch = true;
                return;
            case "key":
                AddKey(rule, value);
                return;
            case "exit":
                CheckExit(rule, text, value);
                break;
            case "perm":
                CheckPermissions(rule, "-F perm=", value);
                break;
            case "path" or "dir" or "exe":
                if (!value.StartsWith('/'))
                {
                    rule.Error($"-F {text}: the kernel takes only an absolute path");
                    return;
                }

                break;
            case "filetype":
                if (!FileTypes.Contains(value))
                {
                    rule.Error($"-F {text}: unknown file type; write one of file, dir, socket, link, character, block, fifo");
                    return;
                }

                break;
            case "fstype":
                if (rule.List != "filesystem")
                {
                    rule.Error($"-F {text}: fstype works only on the filesystem list (-a never,filesystem -F fstype=...)");
                    return;
                }

                if (!FileSystemTypes.Contains(value))
                {
                    rule.Error($"-F {text}: auditctl {AuditctlSyscalls.BaselineVersion} knows only debugfs and tracefs here");
                    return;
                }

                break;
            case "msgtype":
                if (rule.List is not ("exclude" or "user"))
                {
                    rule.Error($"-F {text}: msgtype works only on the exclude and user lists");
                    return;
                }

                break;
            case "field_compare":
                rule.Error($"-F {text}: write comparisons with -C, as in -C auid!=obj_uid");
                return;
            default:
                if (UidFields.Contains(name) || GidFields.Contains(name))
                {
                    CheckId(rule, text, name, value);
                }
                else if (NumericFields.Contains(name) && !IsNumber(value))
                {
                    rule.Error($"-F {text}: {name} takes a number (auditctl: -F value should be number for {name})");
                    return;
                }

                break;
        }

        rule.Fields.Add(field);
    }

    private static void CheckExit(AuditRule rule, string text, string value)
    {
        if (value.StartsWith('-') && !IsNumber(value))
        {
            if (!Errnos.TryGetNumber(value.AsSpan(1), out _))
            {
                rule.Error($"-F {text}: {value[1..]} is not an errno name (see `syscalls errno --list`)");
            }

            return;
        }

        if (Errnos.TryGetNumber(value, out int positive))
        {
            rule.Warning($"-F {text}: this matches a return value of +{positive}, but failing syscalls return -{value}; write -F exit=-{value}");
            return;
        }

        if (!IsNumber(value))
        {
            rule.Error($"-F {text}: exit takes a number or -ERRNO, as in exit=-EACCES");
            return;
        }

        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long exit) && exit < 0 && Errnos.GetName((int)Math.Min(-exit, int.MaxValue)) is null)
        {
            rule.Warning($"-F {text}: {-exit} is not an errno, so no failing syscall returns {exit}");
        }
    }

    private static void CheckId(AuditRule rule, string text, string name, string value)
    {
        bool loginuid = name is "auid" or "loginuid";
        if (value is "unset" or "-1" or "4294967295")
        {
            if (!loginuid)
            {
                rule.Error($"-F {text}: only auid (loginuid) can be unset; the kernel rejects -1 as a {name}");
            }

            return;
        }

        if (IsNumber(value))
        {
            return;
        }

        foreach (char c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '$'))
            {
                rule.Error($"-F {text}: '{value}' is neither a number nor a {(GidFields.Contains(name) ? "group" : "user")} name");
                return;
            }
        }

        if (value != "root")
        {
            rule.Warning($"-F {text}: auditctl looks '{value}' up on the host that loads the rule and rejects the line where it does not exist; write the number if it is the same everywhere");
        }
    }

    private static void ParseComparison(AuditRule rule, string text)
    {
        if (!TrySplitField(rule, "-C", text, out AuditRuleField field))
        {
            return;
        }

        if (field.Operator is not ("=" or "!="))
        {
            rule.Error($"-C {text}: comparisons take only = or !=");
            return;
        }

        bool uids = UidFields.Contains(field.Name) && UidFields.Contains(field.Value);
        bool gids = GidFields.Contains(field.Name) && GidFields.Contains(field.Value);
        if (!uids && !gids)
        {
            rule.Error($"-C {text}: -C compares a uid field with a uid field or a gid field with a gid field (as in -C auid!=obj_uid)");
            return;
        }

        rule.Fields.Add(field);
    }

    private static void CheckWhole(AuditRule rule)
    {
        if (rule.Kind is not (AuditRuleLineKind.AddRule or AuditRuleLineKind.DeleteRule))
        {
            if (rule.Kind is AuditRuleLineKind.AddWatch or AuditRuleLineKind.DeleteWatch && rule.HasSyscalls)
            {
                rule.Error("a watch (-w) takes no -S; write an exit rule with -F path= instead");
            }

            return;
        }

        int watches = 0;
        foreach (AuditRuleField field in rule.Fields)
        {
            if (field.Name is "path" or "dir")
            {
                watches++;
            }
        }

        if (watches > 1)
        {
            rule.Error("a rule watches at most one path= or dir= (the kernel rejects more); write one rule per path");
            return;
        }

        if (rule.List == "exit" && rule.HasSyscalls && !rule.HasArch)
        {
            rule.Warning($"-S without -F arch: auditctl takes the loading host's arch, so on a 64-bit host 32-bit calls escape the rule; write -F arch=b64 (and a twin rule with -F arch=b32) before -S");
        }
    }

    private static bool HasFileField(AuditRule rule)
    {
        foreach (AuditRuleField field in rule.Fields)
        {
            if (field.Name is "path" or "dir" or "perm" or "exe")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNumber(string value)
    {
        ReadOnlySpan<char> digits = value.StartsWith('-') ? value.AsSpan(1) : value;
        if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return digits.Length > 2 && ulong.TryParse(digits[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out _);
        }

        return ulong.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }
}
