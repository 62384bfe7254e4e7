using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using SyscallTables.Audit;
using SyscallTables.Rules;

namespace SyscallTables.Cli;

/// <summary>
/// <c>syscalls rule [FILE...]</c>: noisy syscall events to <c>never,exit</c> rules, most frequent first. Exit status 0
/// when at least one rule was written; 1 when the input held no event worth a rule (a note on stderr says why), as
/// grep does when nothing matches, so a script can tell "nothing to exclude" from success; 2 for usage errors.
/// </summary>
internal static class RuleCommand
{
    private sealed record Options(List<string> Files, ExclusionRuleFields GroupBy, bool All, long MinCount, string Key,
        ExclusionRulePlacement Placement, bool AnyExeFolder);

    private static readonly CliOption By = new()
    {
        Name = "--by",
        Value = OptionValue.Required,
        ValueName = "FIELD,...",
        Description = "also group by exe, auid, uid, euid, gid, egid (each adds -F FIELD=VALUE), key or comm (named in the comment only: the kernel cannot filter on them); repeat it or list several",
    };

    private static readonly CliOption All = new()
    {
        Name = "--all",
        Description = "also group successful events (-F success=1)",
    };

    private static readonly CliOption MinCount = new()
    {
        Name = "--min-count",
        Value = OptionValue.Required,
        ValueName = "N",
        Description = "only groups of at least N events (default 1)",
    };

    private static readonly CliOption Key = new()
    {
        Name = "--key",
        Value = OptionValue.Required,
        ValueName = "NAME",
        Description = "the rules' key (default exclude), as auditctl takes it: no whitespace, backslash, control or format character",
    };

    private static readonly CliOption Prepend = new()
    {
        Name = "--prepend",
        Aliases = ["-A"],
        Description = "write -A never,exit (default)",
    };

    private static readonly CliOption Append = new()
    {
        Name = "--append",
        Aliases = ["-a"],
        Description = "write -a never,exit",
    };

    private static readonly CliOption AnyExeFolder = new()
    {
        Name = "--any-exe-folder",
        Description = "write -F exe= for an exe whose folder is missing on this host or can be removed by a user other than root (by default such a group gets no rule: the kernel refuses the rule where the folder is missing, and auditctl -R stops there); for rules loaded on another machine",
    };

    /// <summary>The word that names the command.</summary>
    public const string Name = "rule";

    /// <summary>The command's declaration.</summary>
    public static CliCommand Declaration { get; } = new()
    {
        Name = Name,
        Summary = "noisy audit events to exclusion rules that work",
        Examples =
        [
            new("syscalls rule audit.log", "the rule for the noise, most frequent first:\n-A never,exit -F arch=b64 -S mkdir -F exit=-EEXIST -k exclude"),
            new("syscalls rule --by exe --min-count 100 audit.log", "also by program (-F exe=), groups of 100 events or more"),
        ],
        Description =
        [
            "Reads audit records (audit.log, syslog-prefixed, ENRICHED, or ausearch -i text; stdin when no FILE), groups the failing syscall events by arch, syscall and exit, and prints one rule per group, most frequent first, under a comment with the count and an interpreted example:",
            """
              # 4,211 x mkdir EEXIST(File exists) by /bin/mkdir
              -A never,exit -F arch=b64 -S mkdir -F exit=-EEXIST -k exclude
            """,
            "Where the rule goes matters: exit rules are first-match, so a never rule after the always rule it should silence does nothing. -A (the default) puts it at the head of the list wherever the line stands; --append writes -a, to be placed before the always rules. Load with auditctl -R FILE, or copy into /etc/audit/rules.d/ (augenrules --load).",
        ],
        Synopses = ["[FILE...] [--by FIELD,...] [--all] [--min-count N] [--key NAME] [--prepend|--append] [--any-exe-folder]"],
        Arguments = [new("FILE", "audit logs, read in turn; none or - reads stdin.")],
        Options = [By, All, MinCount, Key, Prepend, Append, AnyExeFolder, CommonOptions.Help],
        Notes =
        [
            "Syscalls are written as auditctl names them (pread, not pread64); one that auditctl 3.0.9 cannot name (setxattrat) is written as its number, with the name in the comment. The arch is b64/b32 for this machine's arches and auditctl's arch name for others (aarch64, i386, arm, ppc, ppc64, ppc64le, s390, s390x), which loads the same on any host. auditctl 3.0.9 has no arch riscv64 or loongarch64: their rules give the arch in hex (-F arch=0xc00000f3) and syscalls by number, for an auditctl that knows the arch (check `ausyscall riscv64 --dump`). x32 syscalls (0x40000000 and up) and every mips syscall (4000 and up) get a comment and no rule: the kernel's exit rules hold syscalls 0-2047 only, so no rule can match them.",
            "Logged values are untrusted (anyone picks the path of the program they run): a rule filters on a value only when auditctl and the kernel read it back as logged. Ids are numbers 0 to 4294967294 (ausearch's unknown(N) is N; unset only for auid; names are not written, as auditctl looks them up again where the rule loads: use ausearch --raw output); an exe is an absolute path, not too long for one line, without whitespace, backslash, control characters or invalid UTF-8. A group whose value cannot be written gets no rule, as a rule without that filter would silence far more than the group; the comment says why. The kernel refuses a -F exe= rule where the exe's folder is missing, so an exe gets a rule only where its folder exists on this host and only root can remove it. Groups that would write the same rule share it (auditctl -R stops at a duplicate). Comments show values escaped and long ones cut, so every line stays far inside what auditctl -R reads as one line. The number of groups is capped; the header counts the events past the cap.",
        ],
        ExitStatuses =
        [
            new(ExitCode.Success, "rules written"),
            new(ExitCode.NoMatch, "no event to exclude (a note on stderr)"),
            new(ExitCode.Failure, "a failed read or write"),
            CliExitStatus.UsageError,
            CliExitStatus.OutputGone,
        ],
        Run = Run,
    };

    private static int Run(ParsedArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        Options? options = Parse(arguments, stderr);
        if (options is null)
        {
            return ExitCode.Usage;
        }

        List<string> files = options.Files.Count == 0 ? ["-"] : options.Files;
        CommandInputs.Check(files, outputPath: null, "name the log files in it (audit.log*)");
        var builder = new ExclusionRuleBuilder(options.GroupBy, options.All)
        {
            ExeFolderCheck = options.AnyExeFolder ? null : ExeFolders.Check,
        };
        foreach (string file in files)
        {
            using Stream input = FileDescriptorStream.OpenInput(file);
            Read(input, builder);
        }

        IReadOnlyList<ExclusionRule> rules = builder.GetRules(options.Key, options.Placement, options.MinCount);
        if (rules.Count == 0)
        {
            SyscallsCli.WriteError(stderr, NothingToExclude(builder, options));
            return ExitCode.NoMatch;
        }

        WriteHeader(stdout, builder, rules, options);
        foreach (ExclusionRule rule in rules)
        {
            rule.WriteTo(stdout);
        }

        return ExitCode.Success;
    }

    private static void Read(Stream input, ExclusionRuleBuilder builder)
    {
        // A SYSCALL record holds all a rule needs, so records are counted one by one, without grouping them into events.
        using var reader = new AuditRecordReader(input, leaveOpen: true, readsInterpreted: true);
        while (reader.Read())
        {
            AuditLine line = reader.Current;
            if (line.IsRecord)
            {
                builder.Add(line.Record);
            }
        }
    }

    private static void WriteHeader(TextWriter stdout, ExclusionRuleBuilder builder, IReadOnlyList<ExclusionRule> rules, Options options)
    {
        long covered = 0;
        int written = 0, unloadable = 0, unmatchable = 0, unfiltered = 0, withExe = 0;
        foreach (ExclusionRule rule in rules)
        {
            covered += rule.IsRule ? rule.Count : 0;
            written += rule.IsRule ? 1 : 0;
            foreach (ExclusionRuleGroup group in rule.Groups)
            {
                unmatchable += group.CanExclude ? 0 : 1;
                unfiltered += group.CanExclude && !rule.IsRule ? 1 : 0;
            }

            unloadable += rule.IsRule && !AuditctlSyscalls.KnowsArch(rule.Groups[0].Arch) ? 1 : 0;
            withExe += rule.FiltersOnExe ? 1 : 0;
        }

        stdout.Write(string.Create(CultureInfo.InvariantCulture,
            $"# syscalls rule: {written:N0} exclusion rule{(written == 1 ? "" : "s")} for {covered:N0} of {builder.SyscallEventCount:N0} syscall events ({(options.All ? "failing and successful" : "failing ones; --all adds successful ones")})\n"));

        if (builder.UngroupedEventCount > 0)
        {
            stdout.Write(string.Create(CultureInfo.InvariantCulture,
                $"# {builder.UngroupedEventCount:N0} events were not grouped: they came after the first {builder.GroupCount:N0} groups, and rule keeps at most {ExclusionRuleBuilder.MaxGroups:N0} groups and {ExclusionRuleBuilder.MaxGroupValueBytes / (1024 * 1024)} MiB of their logged values; group --by fewer fields or read fewer logs\n"));
        }

        if (unloadable > 0)
        {
            stdout.Write(string.Create(CultureInfo.InvariantCulture,
                $"# {unloadable:N0} rule{(unloadable == 1 ? " is" : "s are")} for an arch auditctl {AuditctlSyscalls.BaselineVersion} has no value for (its -F arch= fails: arch elf mapping not found), with the arch in hex and syscalls by number; load them with an audit-userspace that knows the arch (`ausyscall ARCH --dump` lists its table)\n"));
        }

        if (unmatchable > 0)
        {
            stdout.Write(string.Create(CultureInfo.InvariantCulture,
                $"# {unmatchable:N0} group{(unmatchable == 1 ? " has" : "s have")} no rule: x32 and mips syscall numbers are past 2047, the last an exit rule can hold; such events come from a task rule or with another record\n"));
        }

        if (unfiltered > 0)
        {
            stdout.Write(string.Create(CultureInfo.InvariantCulture,
                $"# {unfiltered:N0} group{(unfiltered == 1 ? " has" : "s have")} no rule: a value {(unfiltered == 1 ? "it was" : "they were")} grouped by cannot be written in a rule that loads (the comments say why), and without it the rule would silence far more than these events\n"));
        }

        if (withExe > 0)
        {
            string where = options.AnyExeFolder
                ? "and auditctl -R stops at the first refused line: load with auditctl -c -R to go on past it"
                : "each folder exists here and only root can remove it, so load the rules on this host";
            stdout.Write(string.Create(CultureInfo.InvariantCulture,
                $"# {withExe:N0} rule{(withExe == 1 ? " filters" : "s filter")} on -F exe=, which the kernel refuses where the exe's folder is missing; {where}\n"));
        }

        stdout.Write(options.Placement == ExclusionRulePlacement.Prepend
            ? "# -A puts each rule at the head of the exit list: exit rules are first-match, and a never rule after the always rule it should silence does nothing.\n"
            : "# Place these lines BEFORE the always rules they silence: exit rules are first-match, and a never rule after them does nothing (--prepend writes -A, which works anywhere).\n");
    }

    private static string NothingToExclude(ExclusionRuleBuilder builder, Options options)
    {
        if (builder.SyscallEventCount == 0)
        {
            return "no SYSCALL records in the input, so no rule to write (raw audit.log, syslog or ausearch -i text)";
        }

        string which = options.All ? "syscall events" : "failing syscall events";
        string hint = options.All ? "" : " (--all adds successful ones)";
        return builder.GroupedEventCount == 0
            ? string.Create(CultureInfo.InvariantCulture, $"no {which} among {builder.SyscallEventCount:N0} SYSCALL records, so no rule to write{hint}")
            : string.Create(CultureInfo.InvariantCulture, $"no group of {which} reaches --min-count {options.MinCount}, so no rule to write");
    }

    private static Options? Parse(ParsedArguments arguments, TextWriter stderr)
    {
        ExclusionRuleFields groupBy = ExclusionRuleFields.None;
        foreach (string list in arguments.Values(By))
        {
            if (!TryParseFields(list, stderr, ref groupBy))
            {
                return null;
            }
        }

        long minCount = 1;
        foreach (string count in arguments.Values(MinCount))
        {
            if (!TryParseMinCount(count, stderr, out minCount))
            {
                return null;
            }
        }

        string key = "exclude";
        foreach (string given in arguments.Values(Key))
        {
            if (!TryParseKey(given, stderr, out key))
            {
                return null;
            }
        }

        ExclusionRulePlacement placement = arguments.Last(Prepend, Append) == Append ? ExclusionRulePlacement.Append : ExclusionRulePlacement.Prepend;
        return new Options(arguments.Operands, groupBy, arguments.Has(All), minCount, key, placement, arguments.Has(AnyExeFolder));
    }

    private static bool TryParseFields(string list, TextWriter stderr, ref ExclusionRuleFields fields)
    {
        foreach (string name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!ExclusionRuleFieldNames.TryParse(name, out ExclusionRuleFields field))
            {
                SyscallsCli.WriteError(stderr, $"--by {SyscallsCli.Quote(name)}: not a field to group by ({string.Join(", ", ExclusionRuleFieldNames.All)})");
                return false;
            }

            fields |= field;
        }

        return true;
    }

    private static bool TryParseMinCount(string text, TextWriter stderr, out long minCount)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out minCount) && minCount >= 1)
        {
            return true;
        }

        SyscallsCli.WriteError(stderr, $"--min-count {SyscallsCli.Quote(text)}: give a whole number of events, 1 or more");
        return false;
    }

    private static bool TryParseKey(string text, TextWriter stderr, out string key)
    {
        key = text;
        if (ExclusionRule.IsWritableKey(text, out string? problem))
        {
            return true;
        }

        SyscallsCli.WriteError(stderr, $"--key '{SyscallsCli.Quote(text)}': {problem}; choose a word such as exclude or quiet_mkdir");
        return false;
    }
}
