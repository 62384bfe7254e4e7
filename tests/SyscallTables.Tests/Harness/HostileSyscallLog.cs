using System.Globalization;
using System.Text;
using SyscallTables.Audit;
using SyscallTables.Rules;

namespace SyscallTables.Tests.Harness;

/// <summary>
/// Random SYSCALL records of the kind an attacker or a damaged log hands <c>syscalls rule</c>: exes of random bytes and
/// lengths up to ~10 KB (backslashes, spaces, tabs, control bytes, 0x04 and 0x07 that auditctl uses for its escapes,
/// invalid UTF-8, U+202E, U+2028, operators, dots), ids out of range or not numbers, keys joined with 0x01, in the raw
/// form and as <c>ausearch -i</c> prints them; and what the builder writes for them. Seeded, so a failure repeats.
/// </summary>
internal sealed class HostileSyscallLog
{
    // Arches auditctl 3.0.9 names (their rules load), and mips, whose syscalls no exit rule can hold (comments only).
    private static readonly AuditArch[] Arches = [AuditArch.X86_64, AuditArch.I386, AuditArch.Aarch64, AuditArch.Ppc64le, AuditArch.S390x, AuditArch.Arm, AuditArch.Mips];

    private static readonly int[] Exits = [-17, -2, -13, -1, -512, -4095, -133, int.MinValue, 0, 5];

    private static readonly string[] Ids =
    [
        "0", "1000", "0100", "4294967294", "4294967295", "4294967296", "-1", "99999999999999999999", "abc", "0x10", "unset",
        "unknown(99999)", "unknown(4294967295)", "unknown(4294967296)", "root", "",
    ];

    private static readonly byte[][] ExePieces =
    [
        "/"u8.ToArray(), "/"u8.ToArray(), "/"u8.ToArray(), "a"u8.ToArray(), "bin"u8.ToArray(), "tool"u8.ToArray(), "\\"u8.ToArray(),
        " "u8.ToArray(), "\t"u8.ToArray(), [0x01], [0x02], [0x04], [0x07], [0x1b], [0x7f], [0xff], [0xc3], [0x80],
        Encoding.UTF8.GetBytes("\u202e"), Encoding.UTF8.GetBytes("\u2028"), Encoding.UTF8.GetBytes("€"), Encoding.UTF8.GetBytes("\u00a0"),
        "."u8.ToArray(), ".."u8.ToArray(), "!="u8.ToArray(), "<"u8.ToArray(), "="u8.ToArray(), "\""u8.ToArray(), "\n"u8.ToArray(),
        "(null)"u8.ToArray(), "?"u8.ToArray(), "-k"u8.ToArray(), "#"u8.ToArray(),
    ];

    // Bytes a rule can hold, however odd: the exes that must come out filtered, byte for byte.
    private static readonly string[] OddNames = ["a", "bin", "tool", "€", "<", "=", "\"", "#", "?", "-k", "(null)", "𝄞", "é", "..x", ".x", "x.", ",", "'", "$", "%", "*"];

    /// <summary>Keys a user may give with <c>--key</c> (all writable).</summary>
    private static readonly string[] RuleKeys = ["exclude", "quiet_mkdir", "a#b,c", new('k', AuditctlLimits.MaxKeyBytes), new('é', AuditctlLimits.MaxKeyBytes / 2)];

    private readonly Random _random;
    private readonly string _exePrefix;

    /// <param name="random">The seeded source.</param>
    /// <param name="exePrefix">What every exe starts with ("" for anything; a folder for exes a kernel test can load).</param>
    public HostileSyscallLog(Random random, string exePrefix = "")
    {
        _random = random;
        _exePrefix = exePrefix;
    }

    /// <summary>One case: the builder's options and the log.</summary>
    public sealed record Case(ExclusionRuleFields GroupBy, bool All, ExclusionRulePlacement Placement, string Key, List<Record> Records)
    {
        /// <summary>The log as bytes, one record a line, as a file or a pipe would give it.</summary>
        public byte[] Log()
        {
            var log = new List<byte>();
            foreach (Record record in Records)
            {
                log.AddRange(record.Line());
                log.Add((byte)'\n');
            }

            return [.. log];
        }

        /// <summary>The builder's output (comments and rules) for the log, read as <c>syscalls rule</c> reads it.</summary>
        public (ExclusionRuleBuilder Builder, string[] Lines) Write()
        {
            var builder = new ExclusionRuleBuilder(GroupBy, All);
            using var reader = new AuditRecordReader(new MemoryStream(Log()), readsInterpreted: true);
            while (reader.Read())
            {
                AuditLine line = reader.Current;
                _ = line.IsRecord && builder.Add(line.Record);
            }

            var output = new StringWriter();
            foreach (ExclusionRule rule in builder.GetRules(Key, Placement))
            {
                rule.WriteTo(output);
            }

            return (builder, output.ToString().Split('\n')[..^1]);
        }

        public override string ToString() =>
            $"--by {GroupBy} all={All} {Placement} --key {Key}\n" + string.Join('\n', Records.Select(r => DisplayText.Escape(r.Line())));
    }

    /// <summary>A SYSCALL record; <see cref="Interpreted"/> says whether it is written as <c>ausearch -i</c> prints it.</summary>
    public sealed record Record(AuditArch Arch, int Syscall, bool Succeeded, int Exit, byte[] Exe, string[] Ids, byte[] Comm, byte[] Key, bool Interpreted, int Serial)
    {
        /// <summary>auid, uid, gid, euid, egid: the field names of <see cref="Ids"/>.</summary>
        public static readonly string[] IdNames = ["auid", "uid", "gid", "euid", "egid"];

        public byte[] Line()
        {
            var line = new List<byte>();
            void Add(string text) => line.AddRange(Encoding.UTF8.GetBytes(text));
            if (Interpreted)
            {
                // ausearch -i: names for arch, syscall and exit, values decoded and printed as they are.
                string exit = Exit == -512 ? "(null)(Unknown error 512)"
                    : Exit < 0 && Errnos.GetName(Arch, -Exit) is { } name ? $"{name}({Errnos.GetMessage(Arch, -Exit)})"
                    : Exit.ToString(CultureInfo.InvariantCulture);
                Add(string.Create(CultureInfo.InvariantCulture,
                    $"type=SYSCALL msg=audit(11/25/16 02:45:01.111:{Serial}) : arch={AuditArchs.GetName(Arch)} syscall={Syscalls.GetAuditName(Arch, Syscall) ?? Syscall.ToString(CultureInfo.InvariantCulture)} success={(Succeeded ? "yes" : "no")} exit={exit} a0=0x3 a1=0x0 a2=0x0 a3=0x0 items=0 ppid=1 pid=2"));
                for (int i = 0; i < IdNames.Length; i++)
                {
                    Add($" {IdNames[i]}={(Ids[i].Length == 0 ? "(null)" : Ids[i])}");
                }

                Add(" tty=pts0 ses=unset comm=");
                line.AddRange(Comm);
                Add(" exe=");
                line.AddRange(Exe);
                Add(" key=");
                line.AddRange(Key.Length == 0 ? "(null)"u8.ToArray() : Key);
                Add(" ");
            }
            else
            {
                Add(string.Create(CultureInfo.InvariantCulture,
                    $"type=SYSCALL msg=audit(1480041901.111:{Serial}): arch={(uint)Arch:x} syscall={Syscall} success={(Succeeded ? "yes" : "no")} exit={Exit} a0=3 a1=0 a2=0 a3=0 items=0 ppid=1 pid=2"));
                for (int i = 0; i < IdNames.Length; i++)
                {
                    Add($" {IdNames[i]}={Ids[i].Replace(' ', '_')}");
                }

                Add($" tty=pts0 ses=1 comm={KernelForm(Comm)} exe={KernelForm(Exe)} key={(Key.Length == 0 ? "(null)" : KernelForm(Key))}");
            }

            return [.. line];
        }

        // The kernel quotes a string, or writes it in hex when it holds a quote, a space or a byte outside 0x21-0x7e.
        private static string KernelForm(byte[] value) =>
            value.Length > 0 && value.All(b => b is > 0x20 and < 0x7f and not (byte)'"') ? $"\"{Encoding.ASCII.GetString(value)}\"" : Convert.ToHexString(value);
    }

    public Case NextCase()
    {
        var fields = (ExclusionRuleFields)_random.Next(0, 256);
        int count = _random.Next(1, 13);
        var records = new List<Record>(count);
        bool interpreted = _random.Next(3) == 0;
        for (int i = 0; i < count; i++)
        {
            // Records repeat, so that groups gather more than one event and values meet their twins.
            records.Add(i > 0 && _random.Next(4) == 0 ? records[_random.Next(records.Count)] with { Serial = i } : NextRecord(interpreted, i));
        }

        return new Case(fields, _random.Next(2) == 0, _random.Next(2) == 0 ? ExclusionRulePlacement.Prepend : ExclusionRulePlacement.Append,
            RuleKeys[_random.Next(RuleKeys.Length)], records);
    }

    private Record NextRecord(bool interpreted, int serial)
    {
        // ausearch -i text names arches and syscalls, which the builder maps back on x86_64 and i386 alike.
        AuditArch arch = interpreted ? Arches[_random.Next(2)] : Arches[_random.Next(Arches.Length)];
        ReadOnlySpan<int> numbers = Syscalls.GetNumbers(arch);
        int syscall = arch == AuditArch.X86_64 && !interpreted && _random.Next(10) == 0 ? 0x40000053 : numbers[_random.Next(numbers.Length)];
        string[] ids = new string[Record.IdNames.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = _random.Next(3) == 0 ? ((uint)_random.Next()).ToString(CultureInfo.InvariantCulture) : Ids[_random.Next(Ids.Length)];
        }

        return new Record(arch, syscall, _random.Next(4) == 0, Exits[_random.Next(Exits.Length)], NextExe(), ids, NextLabel(isKey: false),
            NextLabel(isKey: true), interpreted, serial);
    }

    private byte[] NextExe()
    {
        var exe = new List<byte>(Encoding.UTF8.GetBytes(_exePrefix));
        switch (_random.Next(10))
        {
            case 0:
                // Long: up to ~10 KB of folders, sometimes of control bytes.
                byte filler = _random.Next(2) == 0 ? (byte)'d' : (byte)0x02;
                int length = _exePrefix.Length + _random.Next(200, 10_000);
                while (exe.Count < length)
                {
                    if (exe.Count > _exePrefix.Length || _exePrefix.Length == 0)
                    {
                        exe.Add((byte)'/');
                    }

                    exe.AddRange(Enumerable.Repeat(filler, _random.Next(1, 300)));
                }

                break;
            case 1:
                exe.AddRange(Encoding.UTF8.GetBytes((_exePrefix.Length > 0 ? "usr/bin/tool" : "/usr/bin/tool") + _random.Next(5).ToString(CultureInfo.InvariantCulture)));
                break;
            case 2 or 3:
                // Folders and a name of odd but writable bytes.
                int names = _random.Next(1, 4);
                for (int i = 0; i < names; i++)
                {
                    if (i > 0 || _exePrefix.Length == 0)
                    {
                        exe.Add((byte)'/');
                    }

                    for (int piece = _random.Next(1, 4); piece > 0; piece--)
                    {
                        exe.AddRange(Encoding.UTF8.GetBytes(OddNames[_random.Next(OddNames.Length)]));
                    }
                }

                break;
            default:
                if (_random.Next(3) > 0 && _exePrefix.Length == 0)
                {
                    exe.Add((byte)'/');
                }

                int pieces = _random.Next(0, 16);
                for (int i = 0; i < pieces; i++)
                {
                    exe.AddRange(ExePieces[_random.Next(ExePieces.Length)]);
                }

                break;
        }

        return [.. exe];
    }

    private byte[] NextLabel(bool isKey)
    {
        switch (_random.Next(4))
        {
            case 0:
                return [];
            case 1:
                return "file_changes"u8.ToArray();
            default:
                var label = new List<byte>();
                int pieces = _random.Next(1, 6);
                for (int i = 0; i < pieces; i++)
                {
                    if (isKey && i > 0)
                    {
                        label.Add(0x01);
                    }

                    label.AddRange(ExePieces[_random.Next(ExePieces.Length)]);
                    label.AddRange(Enumerable.Repeat((byte)'k', _random.Next(0, _random.Next(2) == 0 ? 10 : 400)));
                }

                return [.. label];
        }
    }
}
