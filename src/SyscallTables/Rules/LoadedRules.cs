using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SyscallTables.Rules;

/// <summary>
/// The rules a file has loaded so far, as the kernel would hold them, indexed so that each new line is checked against
/// all earlier ones in time that does not grow with their number: a duplicate is one dictionary look-up by the rule's
/// identity (what the kernel compares, audit_compare_rule); a never rule's shadowing always rule is looked up by every
/// subset of the never rule's conditions and its first syscall.
/// </summary>
internal sealed class LoadedRules
{
    /// <summary>
    /// Never rules with more conditions than this are checked against always rules with at most one of them, or all:
    /// 2^n look-ups per rule stay cheap up to here, and written rules rarely have more (arch, exit, auid, uid, exe...).
    /// </summary>
    private const int MaxSubsetConditions = 6;

    /// <summary>How many always rules one never rule is compared with at most, so that a hostile file cannot make the check quadratic.</summary>
    private const int MaxCandidates = 64;

    // A rule's syscall slot for "every syscall" (-S all, or none given).
    private const int AllSyscalls = -1;

    private readonly Dictionary<string, Entry> _byIdentity = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Conditions, int Syscall), Bucket> _always = [];
    private readonly Dictionary<string, int> _keyDeletedAt = new(StringComparer.Ordinal);
    private int _sequence;
    private int _firstLine;
    private int _lastLine;

    /// <summary>The line of an earlier rule the kernel would take for the same rule, or 0.</summary>
    public int FindDuplicate(AuditRule rule) =>
        _byIdentity.TryGetValue(Identity(rule), out Entry? earlier) && IsLive(earlier) ? earlier.Line : 0;

    /// <summary>
    /// The line of the first earlier always rule that matches every event <paramref name="never"/> would drop (the
    /// same list, at least its syscalls, no condition it lacks), or 0. The first matching rule wins, so such a never
    /// rule, appended after it, drops nothing.
    /// </summary>
    public int FindShadowing(AuditRule never)
    {
        List<string> conditions = Conditions(never);
        int first = 0;
        int budget = MaxCandidates;
        int[] slots = never.AllSyscalls ? [AllSyscalls] : [AllSyscalls, never.Syscalls.Min];
        foreach (string subset in Subsets(never.List!.Value, conditions))
        {
            foreach (int slot in slots)
            {
                if (!_always.TryGetValue((subset, slot), out Bucket bucket))
                {
                    continue;
                }

                foreach (Entry candidate in bucket.Entries())
                {
                    if (budget-- == 0)
                    {
                        return first;
                    }

                    if (IsLive(candidate) && (first == 0 || candidate.Line < first) && CoversSyscalls(candidate, never))
                    {
                        first = candidate.Line;
                    }
                }
            }
        }

        return first;
    }

    /// <summary>Adds a rule (<c>-a</c>, <c>-A</c>, <c>-w</c>) the kernel took.</summary>
    public void Add(AuditRule rule)
    {
        var entry = new Entry(rule.Line, ++_sequence, rule.Key, rule.AllSyscalls ? null : [.. rule.Syscalls]);
        _byIdentity[Identity(rule)] = entry;
        _firstLine = _firstLine == 0 ? rule.Line : _firstLine;
        _lastLine = rule.Line;
        if (rule.Kind != AuditRuleLineKind.AddRule || rule.Action != AuditRuleAction.Always)
        {
            return;
        }

        string conditions = Join(rule.List!.Value, Conditions(rule));
        if (rule.AllSyscalls)
        {
            Register(conditions, AllSyscalls, entry);
            return;
        }

        foreach (int syscall in rule.Syscalls)
        {
            Register(conditions, syscall, entry);
        }
    }

    /// <summary>Deletes a rule (<c>-d</c>, <c>-W</c>).</summary>
    public void Remove(AuditRule rule)
    {
        if (_byIdentity.TryGetValue(Identity(rule), out Entry? entry))
        {
            entry.Deleted = true;
        }
    }

    /// <summary>
    /// <c>-D</c>: forgets every rule, or with a key only those with that key.
    /// </summary>
    /// <returns>The first and last line of the rules loaded since the last <c>-D</c> when all are deleted; zeros when none were.</returns>
    public (int First, int Last) DeleteAll(string key)
    {
        if (key.Length > 0)
        {
            _keyDeletedAt[key] = _sequence;
            return (0, 0);
        }

        (int First, int Last) deleted = (_firstLine, _lastLine);
        _byIdentity.Clear();
        _always.Clear();
        _keyDeletedAt.Clear();
        _firstLine = _lastLine = 0;
        return deleted;
    }

    private bool IsLive(Entry entry) =>
        !entry.Deleted && !(entry.Key.Length > 0 && _keyDeletedAt.TryGetValue(entry.Key, out int at) && entry.Sequence <= at);

    private void Register(string conditions, int syscall, Entry entry)
    {
        _always.TryGetValue((conditions, syscall), out Bucket bucket);
        _always[(conditions, syscall)] = bucket.With(entry);
    }

    private static bool CoversSyscalls(Entry always, AuditRule never)
    {
        if (always.Syscalls is null)
        {
            return true;
        }

        if (never.AllSyscalls)
        {
            return false;
        }

        foreach (int syscall in never.Syscalls)
        {
            if (Array.BinarySearch(always.Syscalls, syscall) < 0)
            {
                return false;
            }
        }

        return true;
    }

    // What the kernel compares to find the same rule: list, action, prepend flag, every field in order, the syscall mask.
    private static string Identity(AuditRule rule)
    {
        var identity = new StringBuilder();
        identity.Append((int)rule.List!.Value).Append('|').Append((int)rule.Action!.Value).Append('|').Append(rule.Prepend ? 'A' : 'a').Append('|');
        if (rule.AllSyscalls)
        {
            identity.Append("all");
        }
        else
        {
            foreach (int syscall in rule.Syscalls)
            {
                identity.Append(syscall.ToString(CultureInfo.InvariantCulture)).Append(',');
            }
        }

        foreach (AuditRuleField field in rule.Fields)
        {
            AppendField(identity.Append('|'), field);
        }

        return identity.ToString();
    }

    // The conditions of a rule (its fields but the key) in a fixed order, each as one string.
    private static List<string> Conditions(AuditRule rule)
    {
        var conditions = new List<string>(rule.Fields.Count);
        foreach (AuditRuleField field in rule.Fields)
        {
            if (field.Filters)
            {
                conditions.Add(AppendField(new StringBuilder(), field).ToString());
            }
        }

        conditions.Sort(StringComparer.Ordinal);
        return conditions;
    }

    private static StringBuilder AppendField(StringBuilder builder, AuditRuleField field) =>
        field.Value.AppendTo(builder.Append(field.Info.Number.ToString(CultureInfo.InvariantCulture)).Append(AuditRuleFields.Symbol(field.Operator)));

    private static string Join(AuditFilterList list, List<string> conditions)
    {
        var joined = new StringBuilder(AuditRuleFields.Name(list));
        foreach (string condition in conditions)
        {
            joined.Append('\n').Append(condition);
        }

        return joined.ToString();
    }

    // Every subset of the conditions (sorted, so each is joined as an always rule's would be); past
    // MaxSubsetConditions only the empty set, each single condition and the whole.
    private static IEnumerable<string> Subsets(AuditFilterList list, List<string> conditions)
    {
        if (conditions.Count <= MaxSubsetConditions)
        {
            var subset = new List<string>(conditions.Count);
            for (int mask = 0; mask < 1 << conditions.Count; mask++)
            {
                subset.Clear();
                for (int i = 0; i < conditions.Count; i++)
                {
                    if ((mask & (1 << i)) != 0)
                    {
                        subset.Add(conditions[i]);
                    }
                }

                yield return Join(list, subset);
            }

            yield break;
        }

        yield return Join(list, []);
        foreach (string condition in conditions)
        {
            yield return Join(list, [condition]);
        }

        yield return Join(list, conditions);
    }

    private sealed class Entry(int line, int sequence, string key, int[]? syscalls)
    {
        public int Line { get; } = line;

        public int Sequence { get; } = sequence;

        public string Key { get; } = key;

        /// <summary>The syscall numbers, sorted; <see langword="null"/> for every syscall.</summary>
        public int[]? Syscalls { get; } = syscalls;

        public bool Deleted { get; set; }
    }

    // The always rules with the same conditions and a syscall: most buckets hold one, which needs no list.
    private readonly struct Bucket
    {
        private readonly Entry? _first;
        private readonly List<Entry>? _more;

        private Bucket(Entry first, List<Entry>? more)
        {
            _first = first;
            _more = more;
        }

        public Bucket With(Entry entry)
        {
            if (_first is null)
            {
                return new Bucket(entry, null);
            }

            List<Entry> more = _more ?? [];
            more.Add(entry);
            return new Bucket(_first, more);
        }

        public IEnumerable<Entry> Entries()
        {
            if (_first is not null)
            {
                yield return _first;
            }

            if (_more is not null)
            {
                foreach (Entry entry in _more)
                {
                    yield return entry;
                }
            }
        }
    }
}
