using System.Text;
using SyscallTables.Audit;
using SyscallTables.Rules;

namespace SyscallTables.Tests.Rules;

/// <summary>
/// <c>syscalls rule</c> reads a raw log and the real <c>ausearch -i</c> output of it alike: the same events give the
/// same groups, comments and rules, through the one reader and the one grouping path.
/// </summary>
public sealed class ExclusionRuleAusearchTests
{
    // Records whose values ausearch -i prints decoded: an exe with a space (hex), a key joining two rules' keys with
    // 0x01 (hex), an exe that is not UTF-8, a quoted comm with a space, a placeholder key, and ipc's multiplexed call.
    private static readonly string[] Hostile =
    [
        Syscall(201, "c000003e", 83, "no", -17, $"comm=\"my tool\" exe={Hex("/opt/my tool")} key={Hex("k1\u0001k2")}"),
        Syscall(202, "c000003e", 83, "no", -17, $"comm=\"x\" exe={Convert.ToHexString([0x2F, 0x74, 0xFF, 0x78])} key=(null)"),
        Syscall(203, "c000003e", 2, "no", -13, "comm=\"cat\" exe=\"/usr/bin/cat\" key=\"secrets\""),
        Syscall(204, "c000003e", 2, "no", -13, "comm=\"cat\" exe=\"/usr/bin/cat\" key=\"secrets\""),
        Syscall(205, "40000003", 117, "no", -22, "comm=\"ipcs\" exe=\"/usr/bin/ipcs\" key=(null)", a0: "1"),
    ];

    public static TheoryData<string> GroupBys => ["", "exe", "exe,key,comm"];

    [Theory]
    [MemberData(nameof(GroupBys))]
    public void A_log_and_its_ausearch_i_output_give_the_same_rules(string by)
    {
        string? ausearch = InstalledPrograms.Find("ausearch");
        Assert.SkipWhen(ausearch is null, "ausearch (Debian package auditd) is not installed, so there is no ausearch -i output to read");

        string data = Path.Combine(RepositoryLayout.Root, "tests", "data", "audit");
        // ausearch reads auditd's own format only, not the syslog form of syslog-audispd.log.
        string raw = File.ReadAllText(Path.Combine(data, "ausearch-differences.log")) + string.Join('\n', Hostile) + "\n";
        string log = Path.GetTempFileName();
        string output = Path.GetTempFileName();
        try
        {
            // ausearch prints a value's bytes as they are (an exe that is not UTF-8 too), so its output is read as bytes.
            File.WriteAllText(log, raw);
            HostCommandResult run = HostCommand.Run("/bin/sh", ["-c", "exec \"$0\" -i -if \"$1\" > \"$2\"", ausearch!, log, output]);
            Assert.True(run.ExitCode == 0, run.StandardError);

            // ids are left out of --by: ausearch prints them as account names, which no rule can filter on.
            ExclusionRuleFields groupBy = ExclusionRuleFields.None;
            foreach (string name in by.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.True(ExclusionRuleFieldNames.TryParse(name, out ExclusionRuleFields field));
                groupBy |= field;
            }

            ExclusionRuleBuilder fromRaw = Read(Encoding.UTF8.GetBytes(raw), groupBy);
            ExclusionRuleBuilder fromPrinted = Read(File.ReadAllBytes(output), groupBy);

            Assert.Equal(12, fromRaw.SyscallEventCount);
            Assert.Equal(fromRaw.SyscallEventCount, fromPrinted.SyscallEventCount);
            Assert.Equal(fromRaw.UnsupportedArchCount, fromPrinted.UnsupportedArchCount);
            Assert.Equal(fromRaw.SyscallEventCount - fromRaw.UnsupportedArchCount, fromPrinted.GroupedEventCount);
            Assert.Equal(string.Join('\n', ExclusionRuleHostileValueTests.Lines(fromRaw)), string.Join('\n', ExclusionRuleHostileValueTests.Lines(fromPrinted)));
        }
        finally
        {
            File.Delete(log);
            File.Delete(output);
        }
    }

    [Fact]
    public void An_interpreted_record_reads_values_with_spaces_and_skips_words_that_are_no_field()
    {
        byte[] line = Encoding.UTF8.GetBytes("node=h type=SYSCALL msg=audit(11/25/16 02:45:01.111:5431) : arch=x86_64 syscall=mkdir success=no exit=EEXIST(File exists) stray exe=/opt/my tool  loose comm=a=b\r");

        Assert.False(AuditRecord.TryParse(line, out _));
        Assert.True(AuditRecord.TryParseInterpreted(line, out AuditRecord record));
        Assert.True(record.IsInterpreted);
        Assert.Equal("SYSCALL", Encoding.UTF8.GetString(record.Type));
        Assert.Equal("h", Encoding.UTF8.GetString(record.Node));
        Assert.Equal((0L, 111, 5431UL), (record.Seconds, record.Milliseconds, record.Serial));
        var fields = new List<string>();
        foreach (AuditField field in record.Fields)
        {
            fields.Add(Encoding.UTF8.GetString(field.Name) + "|" + Encoding.UTF8.GetString(field.Value));
        }

        // A value runs on until a word that holds '=' or two spaces; "loose" after two spaces belongs to no field.
        Assert.Equal(["arch|x86_64", "syscall|mkdir", "success|no", "exit|EEXIST(File exists) stray", "exe|/opt/my tool", "comm|a=b"], fields);
        Assert.Equal(AuditSyscallStatus.Complete, AuditSyscall.TryRead(record, out AuditSyscall call));
        Assert.Equal((AuditArch.X86_64, 83, false, -17), (call.Arch, call.Number, call.Succeeded, call.Exit));
    }

    [Fact]
    public void A_value_ausearch_printed_as_logged_loses_its_quotes_as_in_a_raw_record()
    {
        // ausearch -i leaves a value it cannot interpret as logged: a hand-written success="yes" stays quoted.
        byte[] line = Encoding.UTF8.GetBytes("type=SYSCALL msg=audit(11/14/23 22:13:20.178:178) : arch=x86_64 syscall=clone success=\"yes\" exit=2675 tty=\"(none)\" comm=\"a b\" x ");
        Assert.True(AuditRecord.TryParseInterpreted(line, out AuditRecord record));

        Assert.Equal(AuditSyscallStatus.Complete, AuditSyscall.TryRead(record, out AuditSyscall call));
        Assert.True(call.Succeeded);
        Assert.True(record.TryGetField("tty"u8, out AuditField tty));
        Assert.Equal(("(none)", AuditQuoting.Double, false), (Encoding.UTF8.GetString(tty.Value), tty.Quoting, tty.IsPlaceholder));
        Assert.True(record.TryGetField("comm"u8, out AuditField comm));
        Assert.Equal(("\"a b\" x", AuditQuoting.None), (Encoding.UTF8.GetString(comm.Value), comm.Quoting));
    }

    [Fact]
    public void Only_a_reader_asked_to_reads_ausearch_i_lines_as_records()
    {
        byte[] log = Encoding.UTF8.GetBytes("----\ntype=SYSCALL msg=audit(11/25/16 02:45:01.111:5431) : arch=x86_64 syscall=mkdir success=no exit=EEXIST(File exists) \n");
        foreach (bool readsInterpreted in new[] { false, true })
        {
            using var reader = new AuditRecordReader(new MemoryStream(log), readsInterpreted: readsInterpreted);
            var records = new List<bool>();
            while (reader.Read())
            {
                records.Add(reader.Current.IsRecord);
            }

            Assert.Equal([false, readsInterpreted], records);
        }
    }

    private static ExclusionRuleBuilder Read(byte[] log, ExclusionRuleFields groupBy)
    {
        var builder = new ExclusionRuleBuilder(groupBy, includeSucceeded: true);
        using var reader = new AuditRecordReader(new MemoryStream(log), readsInterpreted: true);
        while (reader.Read())
        {
            if (reader.Current.IsRecord)
            {
                builder.Add(reader.Current.Record);
            }
        }

        return builder;
    }

    private static string Syscall(int serial, string arch, int syscall, string success, int exit, string fields, string a0 = "3") =>
        $"type=SYSCALL msg=audit(1700000100.{serial}:{serial}): arch={arch} syscall={syscall} success={success} exit={exit} a0={a0} a1=0 a2=0 a3=0 items=0 ppid=1 pid={serial} auid=1000 uid=1000 gid=1000 euid=1000 suid=1000 fsuid=1000 egid=1000 sgid=1000 fsgid=1000 tty=pts0 ses=1 {fields}";

    private static string Hex(string text) => Convert.ToHexString(Encoding.UTF8.GetBytes(text));
}
