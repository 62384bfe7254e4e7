using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SyscallTables.Rules;

/// <summary>
/// Reads one line of auditctl's rule syntax (audit.rules, rules.d/*.rules) as auditctl 3.0.9 does and checks what
/// auditctl (auditctl.c's setopt, libaudit's audit_rule_fieldpair_data) and then the kernel (auditfilter.c's
/// audit_data_to_entry and audit_field_valid) would refuse. Arguments are split as <see cref="AuditctlText"/> says;
/// options are read as GNU getopt_long reads them: short options may be clustered (<c>-ic</c>) and take their value
/// attached (<c>-Fauid=0</c>) or as the next argument even when it starts with '-', long options may be abbreviated,
/// and an argument that is no option's value is refused once all options are read.
/// </summary>
internal static class AuditRuleParser
{
    // auditctl's getopt string, split into options with a value and flags.
    private const string OptionsWithValue = "CefrbaAdSFmRwWkpq";
    private const string Flags = "hicslDvt";

    // How much of a value a message quotes.
    private const int QuoteLength = 80;

    private static readonly string[] LongOptions = ["loginuid-immutable", "backlog_wait_time", "reset-lost", "reset_backlog_wait_time_actual", "signal"];

    // The file types auditctl names (libaudit's ftypetab.h), with the kernel's S_IF* bits for them.
    private static readonly Dictionary<string, uint> FileTypes = new(StringComparer.Ordinal)
    {
        ["file"] = 0x8000, ["dir"] = 0x4000, ["socket"] = 0xC000, ["link"] = 0xA000, ["character"] = 0x2000, ["block"] = 0x6000, ["fifo"] = 0x1000,
    };

    // The operators libaudit looks for in -F and -C, in its order: the first found anywhere in the text wins.
    private static readonly (AuditOperator Operator, byte[] Symbol)[] FieldOperators = Symbols(
        AuditOperator.NotEqual, AuditOperator.GreaterThanOrEqual, AuditOperator.LessThanOrEqual, AuditOperator.BitTest,
        AuditOperator.Equal, AuditOperator.GreaterThan, AuditOperator.LessThan, AuditOperator.BitMask);

    private static readonly (AuditOperator Operator, byte[] Symbol)[] ComparisonOperators = Symbols(AuditOperator.NotEqual, AuditOperator.Equal);

    private static (AuditOperator Operator, byte[] Symbol)[] Symbols(params AuditOperator[] operators) =>
        Array.ConvertAll(operators, op => (op, Encoding.ASCII.GetBytes(AuditRuleFields.Symbol(op))));

    // Every watch permission (rwxa): what -w watches without -p.
    private const uint AllPermissions = 15;

    // An unset auid or sessionid, and -1, as the kernel gets them.
    private const uint Unset = uint.MaxValue;

    // The file systems auditctl 3.0.9 names for the filesystem list, with their magic numbers.
    private static readonly Dictionary<string, uint> FileSystemTypes = new(StringComparer.Ordinal) { ["tracefs"] = 0x74726163, ["debugfs"] = 0x64626720 };

    /// <summary>The kernel's AF_MAX (include/linux/socket.h), above every address family saddr_fam can name.</summary>
    private const uint AddressFamilies = 46;

    /// <summary>Parses one line (without its '\n', at most <see cref="AuditctlLimits.MaxLineBytes"/> bytes).</summary>
    public static AuditRule Parse(ReadOnlySpan<byte> line, int number, AuditArch? host, AuditArch? host32)
    {
        var notes = new RuleNotes();

        // auditctl handles each line as a C string: a NUL ends it, whatever follows on the line.
        int nul = line.IndexOf((byte)0);
        ReadOnlySpan<byte> hidden = nul >= 0 ? line[(nul + 1)..] : [];
        line = nul >= 0 ? line[..nul] : line;
        if (AuditctlText.IsBlank(line))
        {
            if (!AuditctlText.IsBlank(hidden))
            {
                notes.Add(RuleChecks.LineStartsWithNul(hidden));
            }

            return new AuditRule(number, notes);
        }

        List<byte[]> args = AuditctlText.Split(line, out int dropped);
        if (args[0][0] == '#')
        {
            return new AuditRule(number, notes);
        }

        var options = new Options(notes, args, host, host32);
        options.Read();
        return options.Rule(number, new AuditRuleText(line.Length, nul, nul >= 0 && !AuditctlText.IsBlank(hidden) ? hidden.ToArray() : null,
            args.Count, dropped, args[^1], line[^1] == '\r', line.IndexOf((byte)'\t') >= 0));
    }

    /// <summary>
    /// Text from the line as a message may quote it: as it is when it is a short run of letters, digits and the
    /// punctuation of rules (<c>exit=-EFOO</c>); else escaped, cut short and in quotes, so that nothing in it can act
    /// on a terminal and its ends show.
    /// </summary>
    internal static string Quote(ReadOnlySpan<byte> text)
    {
        if (text.Length is > 0 and <= QuoteLength && text.IndexOfAnyExcept(PlainBytes) < 0)
        {
            return Encoding.ASCII.GetString(text);
        }

        return Quoted(text);
    }

    /// <summary>Text from the line escaped, cut short and in quotes.</summary>
    internal static string Quoted(ReadOnlySpan<byte> text) => "'" + DisplayText.Excerpt(text, QuoteLength) + "'";

    private static readonly System.Buffers.SearchValues<byte> PlainBytes =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+=!<>&,./:@%"u8);

    /// <summary>One line's options read in order, with auditctl's state (setopt's globals) while it reads them.</summary>
    private sealed class Options(RuleNotes notes, List<byte[]> args, AuditArch? host, AuditArch? host32)
    {
        private readonly List<byte[]> _strays = [];

        // What the line's rule holds so far.
        private readonly List<AuditRuleField> _fields = [];
        private readonly List<string> _fieldTexts = [];
        private readonly SortedSet<int> _syscalls = [];
        private AuditRuleLineKind _kind;
        private AuditFilterList? _list;
        private AuditRuleAction? _action;
        private bool _prepend;
        private AuditArch? _arch;
        private bool _hasArch;
        private bool _allSyscalls;
        private string _ruleKey = "";
        private bool _deletesAll;
        private bool _locksConfiguration;
        private bool _ruleSent;

        private readonly StringBuilder _key = new();
        private int _keyBytes;
        private int _ruleOptions;
        private AuditFilterList? _addList;
        private AuditFilterList? _deleteList;
        private bool _syscallAdded;
        private bool _permAdded;
        private bool _exeAdded;
        private bool _fileSystemAdded;
        private bool _sendsRule;
        private bool _stopped;

        // The list -F and -C are checked against: the added rule's, else the deleted one's.
        private AuditFilterList? List => _addList ?? _deleteList;

        private string Elf => _arch is AuditArch a ? AuditArchs.GetName(a) ?? "this arch" : "this arch";

        /// <summary>The rule the line's options made.</summary>
        public AuditRule Rule(int line, AuditRuleText text) => new(line, notes, _fields, _fieldTexts, _syscalls)
        {
            Kind = _kind,
            List = _list,
            Action = _action,
            Prepend = _prepend,
            Arch = _arch,
            HasArch = _hasArch,
            AllSyscalls = _allSyscalls,
            Key = _ruleKey,
            DeletesAll = _deletesAll,
            LocksConfiguration = _locksConfiguration,
            SendsRule = _ruleSent,
            Text = text,
        };

        public void Read()
        {
            int count = args.Count + 1;
            for (int i = 0; i < args.Count && !notes.HasErrors && !_stopped; i++)
            {
                byte[] arg = args[i];
                if (arg.Length < 2 || arg[0] != '-')
                {
                    _strays.Add(arg);
                    continue;
                }

                if (arg.AsSpan().SequenceEqual("--"u8))
                {
                    _strays.AddRange(args.GetRange(i + 1, args.Count - i - 1));
                    break;
                }

                i = arg[1] == '-' ? ReadLongOption(i) : ReadShortOptions(i, count);
            }

            if (notes.HasErrors || _stopped)
            {
                return;
            }

            if (_strays.Count > 0)
            {
                notes.Add(AuditctlSyntax.StrayParameter(Quoted(_strays[0])));
                return;
            }

            if (_key.Length > 0 && !AddKeyField())
            {
                return;
            }

            if (!_sendsRule)
            {
                if (_syscallAdded)
                {
                    notes.Add(AuditctlSyntax.SyscallsWithoutList());
                }

                return;
            }

            if (List is not AuditFilterList.Task && !_syscallAdded)
            {
                _allSyscalls = true;
            }

            _ruleSent = true;
        }

        private int ReadLongOption(int i)
        {
            ReadOnlySpan<byte> arg = args[i].AsSpan(2);
            int equals = arg.IndexOf((byte)'=');
            string name = Encoding.UTF8.GetString(equals >= 0 ? arg[..equals] : arg);
            string? match = null;
            int matches = 0;
            foreach (string option in LongOptions)
            {
                if (option == name)
                {
                    match = option;
                    matches = 1;
                    break;
                }

                if (option.StartsWith(name, StringComparison.Ordinal))
                {
                    match = option;
                    matches++;
                }
            }

            if (matches != 1 || match is null)
            {
                notes.Add(AuditctlSyntax.UnknownLongOption(Quote(args[i]), matches > 1));
                return i;
            }

            bool takesValue = match is "backlog_wait_time" or "signal";
            byte[]? value = equals >= 0 ? arg[(equals + 1)..].ToArray() : null;
            if (takesValue && value is null && i + 1 < args.Count)
            {
                value = args[++i];
            }

            if (takesValue != value is not null)
            {
                notes.Add(AuditctlSyntax.LongOptionValue(match, takesValue));
                return i;
            }

            _kind = AuditRuleLineKind.Control;
            if (match == "backlog_wait_time" && !AuditctlText.StartsWithDigit(value))
            {
                notes.Add(AuditctlSyntax.BacklogWaitTime(Quote(value)));
            }
            else if (match == "signal" && Encoding.UTF8.GetString(value!).ToUpperInvariant() is not ("TERM" or "HUP" or "USR1" or "USR2" or "CONT"))
            {
                notes.Add(AuditctlSyntax.Signal(Quote(value)));
            }

            return i;
        }

        private int ReadShortOptions(int i, int count)
        {
            byte[] arg = args[i];
            for (int at = 1; at < arg.Length && !notes.HasErrors && !_stopped; at++)
            {
                char option = (char)arg[at];
                if (Flags.Contains(option, StringComparison.Ordinal))
                {
                    ReadFlag(option, i, count);
                    continue;
                }

                if (!OptionsWithValue.Contains(option, StringComparison.Ordinal))
                {
                    notes.Add(AuditctlSyntax.UnknownOption(DisplayText.Excerpt(arg.AsSpan(at, 1), QuoteLength)));
                    return i;
                }

                byte[]? value = at + 1 < arg.Length ? arg[(at + 1)..] : i + 1 < args.Count ? args[++i] : null;
                if (value is null)
                {
                    notes.Add(AuditctlSyntax.OptionNeedsValue(option));
                    return i;
                }

                ReadOption(option, value, i, count);
                return i;
            }

            return i;
        }

        private void ReadFlag(char option, int i, int count)
        {
            if (_kind == AuditRuleLineKind.Empty)
            {
                _kind = AuditRuleLineKind.Control;
            }

            switch (option)
            {
                case 'h':
                    notes.Add(AuditctlSyntax.Help());
                    break;
                case 's':
                    if (count > 3 || (count == 3 && !NextIs(i, "-i"u8)))
                    {
                        notes.Add(AuditctlSyntax.StatusAlone());
                    }

                    _stopped = count == 3;
                    break;
                case 'l':
                    if (count > 4 || (count == 3 && !NextIs(i, "-i"u8)) || (count == 4 && !NextIs(i, "-k"u8)))
                    {
                        notes.Add(AuditctlSyntax.ListAlone());
                    }

                    _stopped = count > 2;
                    break;
                case 'D':
                    if (count > 4 || count == 3 || (count == 4 && !NextIs(i, "-k"u8)))
                    {
                        notes.Add(AuditctlSyntax.DeleteAllAlone());
                        break;
                    }

                    _deletesAll = true;
                    if (count == 4)
                    {
                        _ruleKey = AuditctlText.Exact(args[2]);
                        _stopped = true;
                    }

                    break;
            }
        }

        private bool NextIs(int i, ReadOnlySpan<byte> option) => i + 1 < args.Count && args[i + 1].AsSpan().SequenceEqual(option);

        private void ReadOption(char option, byte[] value, int i, int count)
        {
            switch (option)
            {
                case 'a' or 'A' or 'd':
                    ReadListAction(option, value);
                    break;
                case 'w' or 'W':
                    ReadWatch(option, value);
                    break;
                case 'p':
                    ReadPermissions(value);
                    break;
                case 'k':
                    if (!(_syscallAdded || _permAdded || _exeAdded || _fileSystemAdded) || (_addList is null && _deleteList is null))
                    {
                        notes.Add(AuditctlSyntax.KeyBeforeWatch(Quote(value)));
                        break;
                    }

                    AddKey(value);
                    break;
                case 'S':
                    ReadSyscalls(value);
                    break;
                case 'F':
                    ReadField(value, i, count);
                    break;
                case 'C':
                    ReadComparison(value);
                    break;
                default:
                    _kind = _kind == AuditRuleLineKind.Empty ? AuditRuleLineKind.Control : _kind;
                    ReadControl(option, value, count);
                    break;
            }
        }

        private void ReadControl(char option, byte[] value, int count)
        {
            ReadOnlySpan<byte> v = value;
            switch (option)
            {
                case 'e' or 'f':
                    if (!(v.SequenceEqual("0"u8) || v.SequenceEqual("1"u8) || v.SequenceEqual("2"u8)))
                    {
                        notes.Add(AuditctlSyntax.FlagValue(option, Quote(value)));
                    }

                    _locksConfiguration |= option == 'e' && v.SequenceEqual("2"u8);
                    break;
                case 'b' or 'r':
                    AuditctlText.ParseUnsigned(value, 0, out _, out bool overflow);
                    if (!AuditctlText.StartsWithDigit(value) || overflow)
                    {
                        notes.Add(AuditctlSyntax.NumberValue(option, Quote(value)));
                    }

                    break;
                case 'm':
                    // auditctl checks each char as a signed C char: bytes from 0x80 count as below 32 too.
                    if (count > 3 || v.IndexOfAnyInRange((byte)0x80, (byte)0xff) >= 0 || v.IndexOfAnyInRange((byte)0, (byte)31) >= 0)
                    {
                        notes.Add(AuditctlSyntax.UserMessage());
                    }

                    break;
                case 'R':
                    notes.Add(AuditctlSyntax.NestedRulesFile());
                    break;
                case 'q':
                    int comma = v.IndexOf((byte)',');
                    if (_syscallAdded || comma < 0 || comma == v.Length - 1 || v[(comma + 1)..].IndexOf((byte)',') >= 0)
                    {
                        notes.Add(AuditctlSyntax.TreeWatch(Quote(value)));
                    }

                    break;
            }
        }

        private void ReadListAction(char option, byte[] value)
        {
            bool add = option != 'd';
            if (add && value.AsSpan().IndexOf("task"u8) >= 0 && _syscallAdded)
            {
                notes.Add(AuditctlSyntax.TaskListAfterSyscalls(option, Quote(value)));
                return;
            }

            if (++_ruleOptions != 1)
            {
                notes.Add(AuditctlSyntax.MoreThanOneRule(option, Quote(value)));
                return;
            }

            string? text = Encoding.UTF8.GetString(value);
            int comma = text.IndexOf(',', StringComparison.Ordinal);
            if (comma < 0 || text.IndexOf(',', comma + 1) >= 0 || !Ascii.IsValid(value))
            {
                notes.Add(AuditctlSyntax.ListWithoutAction(option, Quote(value)));
                return;
            }

            string first = text[..comma];
            string second = text[(comma + 1)..];
            bool actionFirst = first is "always" or "never" or "possible";
            string action = actionFirst ? first : second;
            string list = actionFirst ? second : first;
            AuditFilterList? named = ListNamed(list);
            if (!actionFirst && named is null)
            {
                notes.Add(list == "entry"
                    ? AuditctlSyntax.EntryList(option, Quote(value), "always")
                    : AuditctlSyntax.UnknownListOrAction(option, Quote(value)));
                return;
            }

            if (!actionFirst && action == "possible")
            {
                // auditctl 3.0.9 prints that "possible" is deprecated and skips the line without an error.
                _kind = AuditRuleLineKind.Control;
                notes.Add(AuditctlSyntax.PossibleAction(option, Quote(value)));
                _stopped = true;
                return;
            }

            if (action is not ("always" or "never") || named is not AuditFilterList known)
            {
                notes.Add(list == "entry"
                    ? AuditctlSyntax.EntryList(option, Quote(value), action is "always" or "never" ? action : "always")
                    : AuditctlSyntax.UnknownListOrAction(option, Quote(value)));
                return;
            }

            if (add)
            {
                _addList = known;
            }
            else
            {
                _deleteList = known;
            }

            _sendsRule = true;
            _kind = add ? AuditRuleLineKind.AddRule : AuditRuleLineKind.DeleteRule;
            _prepend = option == 'A';
            _list = _addList ?? _deleteList;
            _action = action == "always" ? AuditRuleAction.Always : AuditRuleAction.Never;
            if (!actionFirst)
            {
                notes.Add(AuditctlSyntax.ListActionOrder(option, Quote(value), action, list));
            }
        }

        // The lists auditctl 3.0.9 takes in -a, -A and -d (audit_name_to_flt); it has no name for io_uring.
        private static AuditFilterList? ListNamed(string name) => name switch
        {
            "exit" => AuditFilterList.Exit,
            "task" => AuditFilterList.Task,
            "user" => AuditFilterList.User,
            "exclude" => AuditFilterList.Exclude,
            "filesystem" => AuditFilterList.Filesystem,
            _ => null,
        };

        private void ReadWatch(char option, byte[] path)
        {
            if (option == 'w' && (_addList is not null || _deleteList is not null))
            {
                notes.Add(AuditctlSyntax.WatchNotAlone(Quote(path)));
                return;
            }

            if (path.Length >= AuditctlLimits.MaxPathBytes)
            {
                notes.Add(AuditctlSyntax.WatchPathTooLong(option, Quote(path), path.Length));
                return;
            }

            if (path[0] != '/')
            {
                notes.Add(AuditctlSyntax.WatchPathRelative(option, Quote(path)));
                return;
            }

            ReadOnlySpan<byte> trimmed = path;
            while (trimmed.Length > 1 && trimmed[^1] == '/')
            {
                trimmed = trimmed[..^1];
            }

            ReadOnlySpan<byte> baseName = trimmed[(trimmed.LastIndexOf((byte)'/') + 1)..];
            if (baseName.Length > AuditctlLimits.MaxNameBytes)
            {
                notes.Add(AuditctlSyntax.WatchNameTooLong(option, Quote(path), baseName.Length));
                return;
            }

            if (_fields.Count > 0)
            {
                notes.Add(AuditctlSyntax.WatchAfterField(option, Quote(path)));
                return;
            }

            if (option == 'w')
            {
                _addList = AuditFilterList.Exit;
            }
            else
            {
                _deleteList = AuditFilterList.Exit;
            }

            _sendsRule = true;
            _syscallAdded = true;
            _permAdded = true;
            _kind = option == 'w' ? AuditRuleLineKind.AddWatch : AuditRuleLineKind.DeleteWatch;
            _list = AuditFilterList.Exit;
            _action = AuditRuleAction.Always;
            _allSyscalls = true;
            AddField(Field("path", AuditOperator.Equal, AuditRuleValue.OfText(path.Length > 2 ? trimmed : path)), $"-{option} {Quote(path)}");
            AddField(Field("perm", AuditOperator.Equal, AuditRuleValue.OfNumber(AllPermissions)), "-p");
            if (path.AsSpan().IndexOf(".."u8) >= 0 || path.AsSpan().IndexOfAny((byte)'*', (byte)'?') >= 0)
            {
                notes.Add(AuditctlSyntax.WatchPathAsWritten(option, Quote(path)));
            }
        }

        private void ReadPermissions(byte[] value)
        {
            if (_addList is null && _deleteList is null)
            {
                notes.Add(AuditctlSyntax.PermissionsBeforeWatch(Quote(value)));
                return;
            }

            if (PermissionBits("-p", value) is not uint bits)
            {
                return;
            }

            int existing = _fields.FindIndex(f => f.Name == "perm");
            AuditRuleField field = Field("perm", AuditOperator.Equal, AuditRuleValue.OfNumber(bits));
            if (existing >= 0)
            {
                _fields[existing] = field;
                _fieldTexts[existing] = $"-p {Quote(value)}";
            }
            else if (_fields.Count == 0)
            {
                notes.Add(AuditctlSyntax.PermissionsBeforeField(Quote(value)));
                return;
            }
            else if (!HasRoomForField($"-p {Quote(value)}"))
            {
                return;
            }
            else
            {
                AddField(field, $"-p {Quote(value)}");
            }

            _permAdded = true;
            _sendsRule = true;
        }

        // The permission letters rwxa (in any case) as the kernel's bits, or null after an error.
        private uint? PermissionBits(string option, byte[] value)
        {
            if (value.Length > 4)
            {
                notes.Add(AuditctlSyntax.PermissionsTooMany(option, Quote(value)));
                return null;
            }

            uint bits = 0;
            foreach (byte b in value)
            {
                uint bit = (char)b switch
                {
                    'r' or 'R' => 4,
                    'w' or 'W' => 2,
                    'x' or 'X' => 1,
                    'a' or 'A' => 8,
                    _ => 0,
                };
                if (bit == 0)
                {
                    notes.Add(AuditctlSyntax.PermissionLetter(option, Quote(value), Quote([b])));
                    return null;
                }

                bits |= bit;
            }

            return bits;
        }

        private void AddKey(ReadOnlySpan<byte> key)
        {
            int length = key.Length + _keyBytes + (_keyBytes > 0 ? 1 : 0);
            if (length > AuditctlLimits.MaxKeyBytes)
            {
                notes.Add(AuditctlSyntax.KeyTooLong(length));
                return;
            }

            if (key.IndexOf((byte)1) >= 0)
            {
                notes.Add(AuditctlSyntax.KeyHoldsSeparator(Quote(key)));
            }

            if (_key.Length > 0)
            {
                _key.Append('\u0001');
            }

            _key.Append(AuditctlText.Exact(key));
            _keyBytes = length;
        }

        // auditctl adds the key as the rule's last field once every option is read.
        private bool AddKeyField()
        {
            if (!HasRoomForField("the key"))
            {
                return false;
            }

            if (!(_syscallAdded || _permAdded || _exeAdded || _fileSystemAdded))
            {
                notes.Add(AuditctlSyntax.KeyFieldWithoutWatch());
                return false;
            }

            _ruleKey = _key.ToString();
            AddField(Field("key", AuditOperator.Equal, AuditRuleValue.OfText(Encoding.Latin1.GetBytes(_ruleKey))), "the key");
            return true;
        }

        private static AuditRuleField Field(string name, AuditOperator op, AuditRuleValue value) => new(AuditRuleFields.Get(name), op, value);

        private void AddField(AuditRuleField field, string written)
        {
            _fields.Add(field);
            _fieldTexts.Add(written);
        }

        private bool HasRoomForField(string what)
        {
            // libaudit keeps a slot free: it refuses a field when AUDIT_MAX_FIELDS - 1 are there.
            if (_fields.Count < AuditctlLimits.MaxFields - 1)
            {
                return true;
            }

            notes.Add(AuditctlSyntax.TooManyFields(what));
            return false;
        }

        private void ReadSyscalls(byte[] value)
        {
            if (List is AuditFilterList list && list != AuditFilterList.Exit)
            {
                notes.Add(AuditctlSyntax.SyscallsOffExitList(Quote(value), AuditRuleFields.Name(list)));
                _stopped = true;
                return;
            }

            if (_arch is null)
            {
                // Without -F arch auditctl looks -S up in the table of the machine it runs on.
                _arch = host;
                if (host is not AuditArch h || !AuditctlSyscalls.KnowsArch(h))
                {
                    notes.Add(AuditctlSyntax.NoSyscallTableForHost(Quote(value), host is AuditArch known ? AuditArchs.GetName(known) ?? "" : null));
                    return;
                }
            }

            ReadOnlySpan<byte> rest = value;
            bool list2 = rest.IndexOf((byte)',') >= 0;
            while (true)
            {
                int comma = list2 ? rest.IndexOf((byte)',') : -1;
                ReadOnlySpan<byte> item = comma >= 0 ? rest[..comma] : rest;

                // auditctl splits the list with strtok, which skips empty items (mkdir,,rmdir).
                if ((item.Length > 0 || !list2) && !AddSyscall(item))
                {
                    return;
                }

                if (comma < 0)
                {
                    break;
                }

                rest = rest[(comma + 1)..];
            }

            _syscallAdded = true;
        }

        private bool AddSyscall(ReadOnlySpan<byte> item)
        {
            if (item.SequenceEqual("all"u8))
            {
                _allSyscalls = true;
                return true;
            }

            AuditArch arch = _arch!.Value;
            string archName = Elf;
            string? name = AuditctlText.LookupName(item);
            if (name is not null && !AuditctlText.StartsWithDigit(item))
            {
                return AddSyscallName(item, name, arch, archName);
            }

            if (!AuditctlText.StartsWithDigit(item))
            {
                notes.Add(AuditctlSyntax.UnknownSyscall(Quote(item), archName));
                return false;
            }

            // libaudit: strtol(item, NULL, 0) kept in an int; negative after that is unknown, 2048 and above too long for the mask.
            long parsed = AuditctlText.ParseSigned(item, 0, out int used, out _);
            int number = unchecked((int)parsed);
            if (number < 0 || number >= 2048)
            {
                notes.Add(AuditctlSyntax.SyscallNumberTooLarge(Quote(item)));
                return false;
            }

            if (used != item.Length || number != parsed)
            {
                notes.Add(AuditctlSyntax.SyscallNumberMisread(Quote(item), number, used != item.Length ? Quote(item[used..]) : null));
            }

            if (Syscalls.IsSupported(arch) && Syscalls.GetName(arch, number) is null)
            {
                notes.Add(AuditctlSyntax.SyscallNumberUnused(number, archName));
            }

            _syscalls.Add(number);
            return true;
        }

        private bool AddSyscallName(ReadOnlySpan<byte> item, string name, AuditArch arch, string archName)
        {
            if (!Syscalls.IsSupported(arch))
            {
                notes.Add(AuditctlSyntax.NoSyscallTableForArch(Quote(item), archName));
                return false;
            }

            if (!Syscalls.TryGetNumber(arch, name, out int number))
            {
                // auditctl's one ppc table serves ppc64 with ppc's names too, and its arm table holds the OABI calls:
                // the rule loads, for a number this ABI does not serve.
                if (AuditctlSyscalls.TryGetNumber(arch, name, out number, out AuditArch table))
                {
                    notes.Add(arch == AuditArch.Arm && table == arch
                        ? AuditctlSyntax.SyscallOfOldAbi(name, number)
                        : AuditctlSyntax.SyscallOfSharedTable(name, archName, AuditArchs.GetName(table)!, number));
                    _syscalls.Add(number);
                    return true;
                }

                if (ArchWith(name, arch) is AuditArch other)
                {
                    notes.Add(RuleChecks.SyscallOfOtherArch(Quote(item), archName, AuditArchs.GetName(other)!, name));
                }
                else
                {
                    notes.Add(AuditctlSyntax.UnknownSyscall(Quote(item), archName));
                }

                return false;
            }

            string? auditName = Syscalls.GetAuditName(arch, number);
            if (!string.Equals(auditName, name, StringComparison.Ordinal))
            {
                notes.Add(AuditctlSyntax.SyscallAuditName(name, archName, number, auditName));
                return false;
            }

            if (!AuditctlSyscalls.IsKnown(arch, number))
            {
                notes.Add(AuditctlSyntax.SyscallUnknownToAuditctl(name, archName, number));
                return false;
            }

            _syscalls.Add(number);
            return true;
        }

        // Another arch whose table has the name, for a hint where to look instead.
        private static AuditArch? ArchWith(string name, AuditArch except)
        {
            foreach (AuditArch other in Syscalls.SupportedArchs)
            {
                if (other != except && Syscalls.TryGetNumber(other, name, out _))
                {
                    return other;
                }
            }

            return null;
        }

        // libaudit's operator search (audit_rule_fieldpair_data): the first found anywhere in the text, in its order.
        private static (int At, AuditOperator Operator, int Length) FindOperator(ReadOnlySpan<byte> text, bool comparison)
        {
            foreach ((AuditOperator op, byte[] symbol) in comparison ? ComparisonOperators : FieldOperators)
            {
                int at = text.IndexOf(symbol);
                if (at >= 0)
                {
                    return (at, op, symbol.Length);
                }
            }

            return (-1, default, 0);
        }

        private void ReadField(byte[] text, int i, int count)
        {
            AuditFilterList? list = List;
            if (list is null && !(i + 1 < count - 1 && text.AsSpan().IndexOf("arch="u8) >= 0 && args[i + 1].AsSpan().SequenceEqual("-t"u8)))
            {
                notes.Add(AuditctlSyntax.FieldBeforeList(Quote(text)));
                return;
            }

            if (text.AsSpan().StartsWith("key="u8))
            {
                AddKey(text.AsSpan(4));
                return;
            }

            if (!HasRoomForField($"-F {Quote(text)}"))
            {
                return;
            }

            (int at, AuditOperator op, int opLength) = FindOperator(text, comparison: false);
            if (at < 0)
            {
                notes.Add(AuditctlSyntax.FieldWithoutOperator(Quote(text)));
                return;
            }

            ReadOnlySpan<byte> nameBytes = text.AsSpan(0, at);
            ReadOnlySpan<byte> value = text.AsSpan(at + opLength);
            if (nameBytes.IsEmpty || value.IsEmpty)
            {
                notes.Add(AuditctlSyntax.FieldPartMissing(Quote(text), nameBytes.IsEmpty));
                return;
            }

            if (AuditctlText.LookupName(nameBytes) is not string lookup || AuditRuleFields.Find(lookup) is not AuditRuleFieldInfo field)
            {
                notes.Add(AuditctlSyntax.UnknownField(Quote(text), Quoted(nameBytes)));
                return;
            }

            // The exclude list takes only a few fields; the filesystem list needs kernel support, which has only fstype.
            string name = field.Name;
            if (list == AuditFilterList.Exclude && (field.AuditctlLists & AuditFilterLists.Exclude) == 0)
            {
                notes.Add(AuditctlSyntax.FieldOffExcludeList(Quote(text), name));
                return;
            }

            if (field.AuditctlLists == AuditFilterLists.Exit && list != AuditFilterList.Exit)
            {
                notes.Add(AuditctlSyntax.FieldOffExitList(Quote(text), name));
                return;
            }

            if (ReadFieldValue(text, name, op, value, list) is not AuditRuleValue loaded)
            {
                return;
            }

            AddField(new AuditRuleField(field, op, loaded), $"-F {Quote(text)}");
            _permAdded |= name is "perm" or "path" or "dir";
            _exeAdded |= name == "exe";
            _fileSystemAdded |= name == "fstype";
        }

        // The value the kernel gets, or null after an error: libaudit's checks of the value for each field.
        private AuditRuleValue? ReadFieldValue(byte[] text, string name, AuditOperator op, ReadOnlySpan<byte> value, AuditFilterList? list)
        {
            switch (name)
            {
                case "arch":
                    return ReadArch(text, op, value);
                case "msgtype":
                    if (list is not (AuditFilterList.Exclude or AuditFilterList.User))
                    {
                        notes.Add(AuditctlSyntax.MessageTypeOffList(Quote(text)));
                        return null;
                    }

                    return ReadMessageType(text, value);
                case "exit":
                    return ReadExit(text, value);
                case "perm":
                    if (op != AuditOperator.Equal)
                    {
                        notes.Add(AuditctlSyntax.PermOperator(Quote(text)));
                        return null;
                    }

                    return PermissionBits("-F perm=", value.ToArray()) is uint bits ? AuditRuleValue.OfNumber(bits) : null;
                case "filetype":
                    string? fileType = AuditctlText.LookupName(value);
                    if (fileType is null || !FileTypes.TryGetValue(fileType, out uint mode))
                    {
                        notes.Add(AuditctlSyntax.UnknownFileType(Quote(text)));
                        return null;
                    }

                    return AuditRuleValue.OfNumber(mode);
                case "fstype":
                    return ReadFileSystemType(text, op, value, list);
                case "a0" or "a1" or "a2" or "a3":
                    if (!AuditctlText.StartsWithDigit(value) && !AuditctlText.StartsWithNegativeNumber(value))
                    {
                        notes.Add(AuditctlSyntax.FieldNotNumber(Quote(text), name));
                        return null;
                    }

                    return Number(text, value, signed: !AuditctlText.StartsWithDigit(value));
                case "sessionid":
                    if (list is not (AuditFilterList.Exclude or AuditFilterList.User or AuditFilterList.Exit))
                    {
                        notes.Add(AuditctlSyntax.SessionIdOffList(Quote(text)));
                        return null;
                    }

                    if (value.SequenceEqual("unset"u8))
                    {
                        return AuditRuleValue.OfNumber(Unset);
                    }

                    if (!AuditctlText.StartsWithDigit(value) && !AuditctlText.StartsWithNegativeNumber(value))
                    {
                        notes.Add(AuditctlSyntax.SessionIdReadAsZero(Quote(text)));
                        return AuditRuleValue.OfNumber(0);
                    }

                    return Number(text, value, signed: !AuditctlText.StartsWithDigit(value));
                case "saddr_fam":
                    ulong family = AuditctlText.ParseUnsigned(value, 0, out _, out _);
                    if (family >= AddressFamilies)
                    {
                        notes.Add(AuditctlSyntax.AddressFamilyTooLarge(Quote(text), AddressFamilies));
                        return null;
                    }

                    return Number(text, value, signed: false);
                default:
                    AuditRuleFieldInfo field = AuditRuleFields.Get(name);
                    if (field.Value is AuditFieldValue.UserId or AuditFieldValue.GroupId)
                    {
                        return ReadId(text, name, value);
                    }

                    if (field.IsString)
                    {
                        return ReadString(text, name, op, value);
                    }

                    // pid, ppid, pers, devmajor, devminor, inode, success: a number that starts with a digit.
                    if (!AuditctlText.StartsWithDigit(value))
                    {
                        notes.Add(AuditctlSyntax.FieldNotNumber(Quote(text), name));
                        return null;
                    }

                    return Number(text, value, signed: name != "inode");
            }
        }

        // A number as libaudit reads it into the kernel's 32-bit value, with a warning where that is not what is written.
        private AuditRuleValue Number(byte[] text, ReadOnlySpan<byte> value, bool signed)
        {
            ulong wide = signed
                ? unchecked((ulong)AuditctlText.ParseSigned(value, 0, out int used, out bool overflow))
                : AuditctlText.ParseUnsigned(value, 0, out used, out overflow);
            uint loaded = unchecked((uint)wide);
            bool truncated = signed ? (long)wide is < int.MinValue or > uint.MaxValue : wide > uint.MaxValue;
            bool octal = used > 1 && value[0] == '0' && char.IsAsciiDigit((char)value[1]);
            if (used != value.Length || truncated || overflow || octal)
            {
                notes.Add(used != value.Length ? AuditctlSyntax.NumberTrailingText(Quote(text), Quote(value[used..]), loaded)
                    : octal ? AuditctlSyntax.NumberOctal(Quote(text), loaded)
                    : AuditctlSyntax.NumberTruncated(Quote(text), loaded));
            }

            return AuditRuleValue.OfNumber(loaded);
        }

        private AuditRuleValue? ReadId(byte[] text, string name, ReadOnlySpan<byte> value)
        {
            bool uid = AuditRuleFields.IsUserId(name);
            AuditRuleValue loaded;
            if (AuditctlText.StartsWithDigit(value))
            {
                // uids are read with strtoul, gids with strtol.
                loaded = Number(text, value, signed: !uid);
            }
            else if (uid && AuditctlText.StartsWithNegativeNumber(value))
            {
                loaded = Number(text, value, signed: true);
            }
            else if (uid && value.SequenceEqual("unset"u8))
            {
                loaded = AuditRuleValue.OfNumber(Unset);
            }
            else
            {
                foreach (byte b in value)
                {
                    if (!(char.IsAsciiLetterOrDigit((char)b) || b is (byte)'_' or (byte)'-' or (byte)'.' or (byte)'$'))
                    {
                        notes.Add(AuditctlSyntax.NotAnId(Quote(text), Quoted(value), uid));
                        return null;
                    }
                }

                if (!value.SequenceEqual("root"u8))
                {
                    notes.Add(AuditctlSyntax.IdNameLookedUp(Quote(text), Quoted(value)));
                }

                return value.SequenceEqual("root"u8) ? AuditRuleValue.OfNumber(0) : AuditRuleValue.OfAccountName(value);
            }

            return loaded;
        }

        private AuditRuleValue? ReadString(byte[] text, string name, AuditOperator op, ReadOnlySpan<byte> value)
        {
            if (name == "exe")
            {
                if (op is not (AuditOperator.Equal or AuditOperator.NotEqual))
                {
                    notes.Add(AuditctlSyntax.ExeOperator(Quote(text)));
                    return null;
                }
            }

            if (value.Length > AuditctlLimits.MaxPathBytes)
            {
                notes.Add(AuditctlSyntax.FieldValueTooLong(Quote(text), value.Length));
                return null;
            }

            return AuditRuleValue.OfText(value);
        }

        private AuditRuleValue? ReadArch(byte[] text, AuditOperator op, ReadOnlySpan<byte> value)
        {
            if (_syscallAdded)
            {
                notes.Add(AuditctlSyntax.ArchAfterSyscalls(Quote(text)));
                return null;
            }

            if (op is not (AuditOperator.Equal or AuditOperator.NotEqual))
            {
                notes.Add(AuditctlSyntax.EqualityOperator(Quote(text), "arch"));
                return null;
            }

            string archText = Encoding.UTF8.GetString(value);
            AuditArch? arch = Ascii.IsValid(value) ? AuditctlArchs.Resolve(archText, AuditctlArchs.B64(host), host32) : null;
            if (arch is null)
            {
                notes.Add(AuditctlSyntax.UnknownArch(Quote(text), archText, value, host));
                return null;
            }

            // libaudit maps b32 to the 32-bit machine only on x86_64, ppc64, s390x and aarch64; on ppc64le it stays ppc64le.
            if (archText.Equals("b32", StringComparison.OrdinalIgnoreCase) && ((uint)arch & 0x80000000) != 0)
            {
                notes.Add(AuditctlSyntax.B32IsB64(Quote(text), AuditArchs.GetName(arch.Value) ?? ""));
            }

            _arch = arch;
            _hasArch = true;
            return AuditRuleValue.OfNumber((uint)arch.Value);
        }

        private AuditRuleValue? ReadMessageType(byte[] text, ReadOnlySpan<byte> value)
        {
            if (AuditctlText.StartsWithDigit(value))
            {
                return Number(text, value, signed: true);
            }

            string? name = Ascii.IsValid(value) ? Encoding.ASCII.GetString(value) : null;
            if (name is not null && AuditctlMessageTypes.TryGetNumber(name, out int number))
            {
                return AuditRuleValue.OfNumber((uint)number);
            }

            // libaudit also reads UNKNOWN[N], as ausearch prints a type it has no name for.
            if (value.StartsWith("UNKNOWN["u8) && value[8..].IndexOf((byte)']') is int close and >= 0)
            {
                ReadOnlySpan<byte> digits = value.Slice(8, Math.Min(close, 7));
                long parsed = AuditctlText.ParseSigned(digits, 10, out _, out _);
                if (parsed > 0)
                {
                    return AuditRuleValue.OfNumber((uint)parsed);
                }
            }

            notes.Add(AuditctlSyntax.UnknownMessageType(Quote(text), Quote(value)));
            return null;
        }

        private AuditRuleValue? ReadExit(byte[] text, ReadOnlySpan<byte> value)
        {
            if (AuditctlText.StartsWithDigit(value) || AuditctlText.StartsWithNegativeNumber(value))
            {
                AuditRuleValue loaded = Number(text, value, signed: true);
                int exit = unchecked((int)loaded.Number);
                if (exit < 0 && Errnos.GetName(exit == int.MinValue ? int.MaxValue : -exit) is null)
                {
                    notes.Add(AuditctlSyntax.ExitNotErrno(Quote(text), exit));
                }

                return loaded;
            }

            bool negative = value[0] == '-';
            string? name = AuditctlText.LookupName(negative ? value[1..] : value);
            if (name is null || !Errnos.TryGetNumber(name.ToUpperInvariant(), out int errno))
            {
                if (negative)
                {
                    notes.Add(RuleChecks.UnknownErrno($"-F {Quote(text)}", Quote(value[1..])));
                }
                else
                {
                    notes.Add(AuditctlSyntax.ExitSyntax(Quote(text)));
                }

                return null;
            }

            if (!negative)
            {
                notes.Add(AuditctlSyntax.ExitPositiveErrno(Quote(text), errno, name.ToUpperInvariant()));
            }

            return AuditRuleValue.OfNumber(negative ? unchecked((uint)-errno) : (uint)errno);
        }

        private AuditRuleValue? ReadFileSystemType(byte[] text, AuditOperator op, ReadOnlySpan<byte> value, AuditFilterList? list)
        {
            if (list != AuditFilterList.Filesystem)
            {
                notes.Add(AuditctlSyntax.FileSystemTypeOffList(Quote(text)));
                return null;
            }

            if (op is not (AuditOperator.Equal or AuditOperator.NotEqual))
            {
                notes.Add(AuditctlSyntax.EqualityOperator(Quote(text), "fstype"));
                return null;
            }

            if (AuditctlText.StartsWithDigit(value))
            {
                return Number(text, value, signed: false);
            }

            if (AuditctlText.LookupName(value) is string name && FileSystemTypes.TryGetValue(name, out uint magic))
            {
                return AuditRuleValue.OfNumber(magic);
            }

            notes.Add(AuditctlSyntax.UnknownFileSystemType(Quote(text)));
            return null;
        }

        private void ReadComparison(byte[] text)
        {
            if (!HasRoomForField($"-C {Quote(text)}"))
            {
                return;
            }

            (int at, AuditOperator op, int opLength) = FindOperator(text, comparison: true);
            if (at < 0)
            {
                notes.Add(AuditctlSyntax.ComparisonOperator(Quote(text)));
                return;
            }

            ReadOnlySpan<byte> left = text.AsSpan(0, at);
            ReadOnlySpan<byte> right = text.AsSpan(at + opLength);
            AuditRuleFieldInfo? leftField = AuditctlText.LookupName(left) is string l ? AuditRuleFields.Find(l) : null;
            AuditRuleFieldInfo? rightField = AuditctlText.LookupName(right) is string r ? AuditRuleFields.Find(r) : null;
            if (left.IsEmpty || right.IsEmpty || leftField is null || rightField is null)
            {
                notes.Add(AuditctlSyntax.ComparisonFields(Quote(text)));
                return;
            }

            if (List != AuditFilterList.Exit)
            {
                notes.Add(AuditctlSyntax.ComparisonOffExitList(Quote(text)));
                return;
            }

            bool uids = leftField.Value == AuditFieldValue.UserId && rightField.Value == AuditFieldValue.UserId;
            bool gids = leftField.Value == AuditFieldValue.GroupId && rightField.Value == AuditFieldValue.GroupId;
            if ((!uids && !gids) || leftField.Name == rightField.Name)
            {
                notes.Add(AuditctlSyntax.ComparisonIncompatible(Quote(text)));
                return;
            }

            AddField(Field("field_compare", op, AuditRuleValue.OfComparison(leftField, rightField)), $"-C {Quote(text)}");
        }
    }
}
