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

    public static int Run(ReadOnlySpan<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (CommandInputs.AsksForHelp(args))
        {
            stdout.Write(HelpText.Rule);
            return SyscallsCli.Found;
        }

        Options? options = Parse(args, stderr);
        if (options is null)
        {
            return SyscallsCli.UsageError;
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
            return SyscallsCli.NotFound;
        }

        WriteHeader(stdout, builder, rules, options);
        foreach (ExclusionRule rule in rules)
        {
            rule.WriteTo(stdout);
        }

        return SyscallsCli.Found;
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

    private static Options? Parse(ReadOnlySpan<string> args, TextWriter stderr)
    {
        var files = new List<string>();
        ExclusionRuleFields groupBy = ExclusionRuleFields.None;
        bool all = false, onlyFiles = false, anyExeFolder = false;
        long minCount = 1;
        string key = "exclude";
        ExclusionRulePlacement placement = ExclusionRulePlacement.Prepend;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (onlyFiles || arg == "-" || !arg.StartsWith('-'))
            {
                files.Add(arg);
                continue;
            }

            switch (arg)
            {
                case "--":
                    onlyFiles = true;
                    break;
                case "--all":
                    all = true;
                    break;
                case "--any-exe-folder":
                    anyExeFolder = true;
                    break;
                case "--prepend" or "-A":
                    placement = ExclusionRulePlacement.Prepend;
                    break;
                case "--append" or "-a":
                    placement = ExclusionRulePlacement.Append;
                    break;
                case "--by" or "--min-count" or "--key":
                    if (i + 1 >= args.Length)
                    {
                        SyscallsCli.WriteError(stderr, $"{arg} needs a value (syscalls rule --help)");
                        return null;
                    }

                    string value = args[++i];
                    if ((arg == "--by" && !TryParseFields(value, stderr, ref groupBy))
                        || (arg == "--min-count" && !TryParseMinCount(value, stderr, out minCount))
                        || (arg == "--key" && !TryParseKey(value, stderr, out key)))
                    {
                        return null;
                    }

                    break;
                default:
                    SyscallsCli.WriteError(stderr, $"unknown option {SyscallsCli.Quote(arg)} for rule (syscalls rule --help)");
                    return null;
            }
        }

        return new Options(files, groupBy, all, minCount, key, placement, anyExeFolder);
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
