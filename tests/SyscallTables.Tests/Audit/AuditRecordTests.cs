using System.Text;
using SyscallTables.Audit;

namespace SyscallTables.Tests.Audit;

/// <summary>Each line form the reader accepts, on real lines from the corpus and the hand-written syslog fixture.</summary>
public sealed class AuditRecordTests
{
    private static string Fixture(string name) => Path.Combine(RepositoryLayout.Root, "tests", "data", "audit", name);

    private static string Text(ReadOnlySpan<byte> bytes) => Encoding.UTF8.GetString(bytes);

    /// <summary>The fields of a record as (name, value, quoting, enriched, in message) tuples, for whole-list assertions.</summary>
    private static List<(string Name, string Value, AuditQuoting Quoting, bool Enriched)> Fields(AuditRecord record)
    {
        var fields = new List<(string, string, AuditQuoting, bool)>();
        foreach (AuditField field in record.Fields)
        {
            fields.Add((Text(field.Name), Text(field.Value), field.Quoting, field.IsEnriched));
        }

        return fields;
    }

    private static string Value(AuditRecord record, string name)
    {
        Assert.True(record.TryGetField(Encoding.UTF8.GetBytes(name), out AuditField field), $"no field {name} in {Text(record.Line)}");
        return Text(field.Value);
    }

    [Fact]
    public void Syslog_prefix_with_node_gives_node_type_time_serial_and_fields()
    {
        byte[] line = File.ReadAllLines(Fixture("syslog-audispd.log")).Select(Encoding.UTF8.GetBytes).First();

        Assert.True(AuditRecord.TryParse(line, out AuditRecord record));

        Assert.Equal("myhost", Text(record.Node));
        Assert.Equal("SYSCALL", Text(record.Type));
        Assert.Equal(1480041901, record.Seconds);
        Assert.Equal(111, record.Milliseconds);
        Assert.Equal(5431UL, record.Serial);
        Assert.False(record.IsEnriched);
        List<(string Name, string Value, AuditQuoting Quoting, bool Enriched)> fields = Fields(record);
        Assert.Equal(("arch", "c000003e", AuditQuoting.None, false), fields[0]);
        Assert.Equal(("syscall", "83", AuditQuoting.None, false), fields[1]);
        Assert.Equal(("exit", "-17", AuditQuoting.None, false), fields[3]);
        Assert.Equal(("comm", "mkdir", AuditQuoting.Double, false), fields[^3]);
        Assert.Equal(("key", "file_changes", AuditQuoting.Double, false), fields[^1]);
        Assert.Equal(25, fields.Count);
    }

    [Fact]
    public void Syslog_prefix_without_node_and_a_syslog_line_that_is_no_record()
    {
        byte[][] lines = [.. File.ReadAllLines(Fixture("syslog-audispd.log")).Select(Encoding.UTF8.GetBytes)];

        Assert.True(AuditRecord.TryParse(lines[4], out AuditRecord record));
        Assert.True(record.Node.IsEmpty);
        Assert.Equal("SYSCALL", Text(record.Type));
        Assert.Equal(5432UL, record.Serial);
        Assert.Equal(7, record.Milliseconds);
        Assert.Equal("-1220509696", Value(record, "exit"));

        Assert.False(AuditRecord.TryParse(lines[5], out _));
    }

    [Theory]
    [InlineData("node=h1 node=h2 type=CWD msg=audit(1.000:1): cwd=\"/\"", "node=h1 ", "h2", "CWD")]
    [InlineData("type=PATH type=CWD msg=audit(1.000:1): cwd=\"/\"", "type=PATH ", "", "CWD")]
    [InlineData("node=h1 junk type=CWD msg=audit(1.000:1): cwd=\"/\"", "node=h1 junk ", "", "CWD")]
    [InlineData("node= type=CWD msg=audit(1.000:1): cwd=\"/\"", "node= ", "", "CWD")]
    [InlineData("Nov 25 11:45:01 myhost audispd: node=myhost  type=CWD msg=audit(1.000:1): cwd=\"/\"", "Nov 25 11:45:01 myhost audispd: ", "myhost", "CWD")]
    [InlineData("node=web1 type=CWD msg=audit(1.000:1): cwd=\"/\"", "", "web1", "CWD")]
    public void Only_a_node_right_before_type_is_the_node_and_what_precedes_the_header_is_its_prefix(string line, string prefix, string node, string type)
    {
        Assert.True(AuditRecord.TryParse(Encoding.UTF8.GetBytes(line), out AuditRecord record));

        Assert.Equal(prefix, Text(record.Prefix));
        Assert.Equal(node, Text(record.Node));
        Assert.Equal(type, Text(record.Type));
    }

    [Fact]
    public void Node_prefix_on_a_real_line()
    {
        byte[] line = AuditCorpus.Line("setroubleshoot/framework/test/restorecon.log", "node=mallorn.farre.nom type=SYSCALL");

        Assert.True(AuditRecord.TryParse(line, out AuditRecord record));

        Assert.Equal("mallorn.farre.nom", Text(record.Node));
        Assert.Equal("SYSCALL", Text(record.Type));
        Assert.Equal(1228276291, record.Seconds);
        Assert.Equal(360, record.Milliseconds);
        Assert.Equal(466UL, record.Serial);
        Assert.Equal("40000003", Value(record, "arch"));
        Assert.Equal("(none)", Value(record, "tty"));
        Assert.True(record.TryGetField("tty"u8, out AuditField tty) && tty.IsPlaceholder);
        Assert.True(record.TryGetField("key"u8, out AuditField key) && key.IsPlaceholder);
        Assert.True(record.TryGetField("comm"u8, out AuditField comm) && !comm.IsPlaceholder && comm.Quoting == AuditQuoting.Double);
    }

    [Fact]
    public void Host_prefix_is_not_a_node_but_the_record_is_read()
    {
        byte[] line = AuditCorpus.Line("selinux-userspace/python/audit2allow/test.log", "host=dhcppc2 type=AVC");

        Assert.True(AuditRecord.TryParse(line, out AuditRecord record));

        Assert.True(record.Node.IsEmpty);
        Assert.Equal("AVC", Text(record.Type));
        Assert.Equal(241UL, record.Serial);

        // The AVC prose ("avc:  denied  { read } for") is skipped; its name=value parts are fields.
        List<(string Name, string Value, AuditQuoting Quoting, bool Enriched)> fields = Fields(record);
        Assert.Equal(("pid", "14066", AuditQuoting.None, false), fields[0]);
        Assert.Equal(("comm", "qemu-kvm", AuditQuoting.Double, false), fields[1]);
    }

    [Fact]
    public void Enriched_syscall_record_separates_kernel_fields_from_auditd_names()
    {
        byte[] line = AuditCorpus.Line("laurel/record-execve-long.txt", "type=SYSCALL");

        Assert.True(AuditRecord.TryParse(line, out AuditRecord record));

        Assert.True(record.IsEnriched);
        Assert.Equal("SYSCALL", Text(record.Type));
        Assert.Equal(21028UL, record.Serial);
        Assert.DoesNotContain(AuditRecord.EnrichmentSeparator, record.Body.ToArray());
        Assert.StartsWith("ARCH=x86_64 SYSCALL=execve ", Text(record.Enrichment), StringComparison.Ordinal);

        List<(string Name, string Value, AuditQuoting Quoting, bool Enriched)> fields = Fields(record);
        Assert.Contains(("arch", "c000003e", AuditQuoting.None, false), fields);
        Assert.Contains(("ARCH", "x86_64", AuditQuoting.None, true), fields);
        Assert.Contains(("SYSCALL", "execve", AuditQuoting.None, true), fields);
        Assert.Contains(("FSGID", "user", AuditQuoting.Double, true), fields);

        // Every kernel field comes before every enriched one, and only the enriched names are upper case.
        int firstEnriched = fields.FindIndex(f => f.Enriched);
        Assert.True(firstEnriched > 0);
        Assert.All(fields.Take(firstEnriched), f => Assert.False(f.Enriched));
        Assert.All(fields.Skip(firstEnriched), f => Assert.True(f.Enriched && f.Name == f.Name.ToUpperInvariant(), f.Name));
    }

    // ausearch -i prints each SADDR whole; the second path /tmp/.{...} holds a brace of its own.
    [Theory]
    [InlineData("elastic-integrations/test-auditd-enriched.log", "saddr_fam=inet6", "{ saddr_fam=inet6 laddr=2a02:cf40:: lport=56985 }")]
    [InlineData("linux-audit-parser-rs/line-sockaddr-unix.txt", "type=SOCKADDR", "{ fam=local path=/tmp/.{FD2DD8D4-F6AA-4D74-A6E1-AEFAB183DEEB} }")]
    public void Enriched_socket_address_in_braces_is_one_value_up_to_its_last_brace(string file, string marker, string enriched)
    {
        byte[] line = AuditCorpus.Line(file, marker);

        Assert.True(AuditRecord.TryParse(line, out AuditRecord record));

        List<(string Name, string Value, AuditQuoting Quoting, bool Enriched)> fields = Fields(record);
        Assert.Equal(2, fields.Count);
        Assert.Equal(("saddr", AuditQuoting.None, false), (fields[0].Name, fields[0].Quoting, fields[0].Enriched));
        Assert.Equal(("SADDR", enriched, AuditQuoting.None, true), fields[1]);
    }

    [Fact]
    public void User_message_with_a_single_quote_inside_a_double_quoted_value_runs_to_its_last_quote()
    {
        byte[] line = AuditCorpus.Line("linux-audit-parser-rs/line-user-auth-2.txt", "type=USER_AUTH");

        Assert.True(AuditRecord.TryParse(line, out AuditRecord record));
        Assert.True(record.TryGetField("msg"u8, out AuditField msg));

        // As ausearch -i reads it: acct keeps its inner quotes and the message's fields after it are still there.
        Assert.EndsWith("terminal=? res=failed", Text(msg.Value), StringComparison.Ordinal);
        var inner = new Dictionary<string, string>();
        foreach (AuditField field in msg.Fields)
        {
            inner[Text(field.Name)] = Text(field.Value);
        }

        Assert.Equal("system-property('xsl:vendor')/>", inner["acct"]);
        Assert.Equal("failed", inner["res"]);
        Assert.Contains(("AUID", "unset", AuditQuoting.Double, true), Fields(record));
    }

    [Fact]
    public void User_message_in_single_quotes_has_enumerable_fields()
    {
        byte[] line = AuditCorpus.Line("linux-audit-parser-rs/line-user-login.txt", "type=USER_LOGIN");

        Assert.True(AuditRecord.TryParse(line, out AuditRecord record));
        Assert.True(record.TryGetField("msg"u8, out AuditField msg));

        Assert.Equal(AuditQuoting.Single, msg.Quoting);
        Assert.StartsWith("op=login id=1000 exe=", Text(msg.Value), StringComparison.Ordinal);
        var inner = new List<(string, string, AuditQuoting, bool)>();
        foreach (AuditField field in msg.Fields)
        {
            Assert.True(field.IsInMessage);
            inner.Add((Text(field.Name), Text(field.Value), field.Quoting, field.IsEnriched));
        }

        Assert.Equal(
        [
            ("op", "login", AuditQuoting.None, false),
            ("id", "1000", AuditQuoting.None, false),
            ("exe", "/usr/sbin/sshd", AuditQuoting.Double, false),
            ("hostname", "other-host.invalid", AuditQuoting.None, false),
            ("addr", "10.10.10.10", AuditQuoting.None, false),
            ("terminal", "ssh", AuditQuoting.None, false),
            ("res", "success", AuditQuoting.None, false),
        ], inner);

        // The enrichment after the closing quote belongs to the record, not to the message.
        Assert.Contains(("AUID", "ec2-user", AuditQuoting.Double, true), Fields(record));
        Assert.True(record.TryGetField("pid"u8, out AuditField pid) && !pid.IsInMessage);
        Assert.Empty(EnumerateNames(pid.Fields));
    }

    private static List<string> EnumerateNames(AuditFieldEnumerator fields)
    {
        var names = new List<string>();
        foreach (AuditField field in fields)
        {
            names.Add(Text(field.Name));
        }

        return names;
    }

    [Fact]
    public void Hex_encoded_values_decode_and_quoted_ones_do_not()
    {
        byte[] proctitleLine = AuditCorpus.Line("audit-userspace/test3.log", "proctitle=7373");
        Assert.True(AuditRecord.TryParse(proctitleLine, out AuditRecord proctitle));
        Assert.Equal("auditdtest.a1959.org", Text(proctitle.Node));
        Assert.True(proctitle.TryGetField("proctitle"u8, out AuditField title));
        byte[] expected = Convert.FromHexString(Text(title.Value));
        var decoded = new byte[title.ValueLength / 2];
        Assert.True(title.TryDecodeHex(decoded, out int written));
        Assert.Equal(expected, decoded[..written]);
        Assert.Equal("sshd: burn [priv]", Encoding.UTF8.GetString(decoded, 0, written));
        Assert.False(title.TryDecodeHex(new byte[written - 1], out _));
        Assert.True(AuditRecord.TryParse(AuditCorpus.Line("audit-userspace/test3.log", "proctitle=\"bash\""), out AuditRecord quoted));
        Assert.True(quoted.TryGetField("proctitle"u8, out AuditField bash));
        Assert.False(bash.TryDecodeHex(new byte[16], out _));

        // exe= of a deleted binary is hex; the kernel quotes it otherwise.
        byte[] syscallLine = AuditCorpus.Line("selinux-userspace/python/sepolgen/tests/test_data/audit.log", "exe=2F7573722F6C6962657865632F65766F");
        Assert.True(AuditRecord.TryParse(syscallLine, out AuditRecord syscall));
        Assert.True(syscall.TryGetField("exe"u8, out AuditField exe));
        Assert.Equal(AuditQuoting.None, exe.Quoting);
        var path = new byte[exe.ValueLength / 2];
        Assert.True(exe.TryDecodeHex(path, out written));
        Assert.EndsWith(" (deleted)", Encoding.UTF8.GetString(path, 0, written), StringComparison.Ordinal);
        Assert.True(syscall.TryGetField("comm"u8, out AuditField comm));
        Assert.False(comm.TryDecodeHex(new byte[64], out _));
    }

    [Fact]
    public void Unknown_record_type_is_kept_as_text_and_a_headerless_one_is_no_record()
    {
        byte[] line = AuditCorpus.Line("linux-audit-parser-rs/line-unknown.txt", "UNKNOWN[1334]");
        Assert.True(AuditRecord.TryParse(line, out AuditRecord record));
        Assert.Equal("UNKNOWN[1334]", Text(record.Type));
        Assert.Equal([("prog-id", "45", AuditQuoting.None, false), ("op", "UNLOAD", AuditQuoting.None, false)], Fields(record));

        // elastic/integrations' raw test log has such a line (see SOURCES.md); it has no audit(...) header.
        Assert.False(AuditRecord.TryParse("type=UNKNOWN[1329] msg=g"u8, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("type=")]
    [InlineData("type=SYSCALL")]
    [InlineData("type=SYSCALL msg=audit(")]
    [InlineData("type=SYSCALL msg=audit(1.2)")]
    [InlineData("type=SYSCALL msg=audit(-1.2:3): a=b")]
    [InlineData("type=SYSCALL msg=audit(1.2:+3): a=b")]
    [InlineData("type=SYSCALL msg=audit(99999999999999999999.2:3): a=b")]
    [InlineData("xtype=SYSCALL msg=audit(1.2:3): a=b")]
    [InlineData("Jan 28 20:55:59 localhost kernel: type=1400 audit(1485636959.123:4): avc:  denied")]
    public void Lines_without_a_whole_header_are_no_records(string line)
    {
        Assert.False(AuditRecord.TryParse(Encoding.UTF8.GetBytes(line), out AuditRecord record));
        Assert.True(record.Line.IsEmpty);
    }

    [Fact]
    public void Header_without_fields_and_with_carriage_return()
    {
        Assert.True(AuditRecord.TryParse("type=EOE msg=audit(1480041901.111:5431): \r"u8, out AuditRecord eoe));
        Assert.Equal("EOE", Text(eoe.Type));
        Assert.Empty(Fields(eoe));

        Assert.True(AuditRecord.TryParse("type=CWD msg=audit(1.002:3):  cwd=\"/\"\r"u8, out AuditRecord cwd));
        Assert.Equal([("cwd", "/", AuditQuoting.Double, false)], Fields(cwd));
        Assert.Equal(2, cwd.Milliseconds);
    }

    [Fact]
    public void Field_offsets_locate_name_and_value_in_the_line()
    {
        byte[] line = "type=SYSCALL msg=audit(1.2:3): arch=c000003e comm=\"a b\" msg='x=1'\u001dARCH=x86_64"u8.ToArray();
        Assert.True(AuditRecord.TryParse(line, out AuditRecord record));
        foreach (AuditField field in record.Fields)
        {
            Assert.Equal(Text(field.Name), Text(line.AsSpan(field.Start, field.NameLength)));
            Assert.Equal((byte)'=', line[field.Start + field.NameLength]);
            Assert.Equal(Text(field.Value), Text(line.AsSpan(field.ValueStart, field.ValueLength)));
            Assert.True(field.End == line.Length || line[field.End] is (byte)' ' or AuditRecord.EnrichmentSeparator, Text(field.Name));
        }

        Assert.Equal([("arch", "c000003e", AuditQuoting.None, false), ("comm", "a b", AuditQuoting.Double, false),
            ("msg", "x=1", AuditQuoting.Single, false), ("ARCH", "x86_64", AuditQuoting.None, true)], Fields(record));
    }
}
