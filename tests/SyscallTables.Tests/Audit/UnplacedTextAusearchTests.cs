using System.Text;
using SyscallTables.Audit;

namespace SyscallTables.Tests.Audit;

/// <summary>
/// Records with text the parser cannot place as a field (a word without <c>=</c>, <c>=value</c>, text glued to a
/// closing quote, words after the last field, a second <c>node=</c> or <c>type=</c>) against the real
/// <c>ausearch -i</c>: where ausearch prints every byte our text is the same line; where it drops bytes we keep them,
/// and the whole difference is the one listed in <see cref="AusearchDifference"/>.
/// </summary>
public sealed class UnplacedTextAusearchTests
{
    // ausearch 3.0.9 skips a SYSCALL record that lacks any of the usual fields, so the cases change a complete one.
    private const string Mkdir = "type=SYSCALL msg=audit(1700000000.001:201): arch=c000003e syscall=83 success=no exit=-17 a0=7ffc2a1b4e6b a1=1ff a2=0 a3=0 items=1 ppid=1 pid=100 auid=0 uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 tty=pts0 ses=1 comm=\"mkdir\" exe=\"/bin/mkdir\" key=(null)";

    private const string Cron = "type=USER_ACCT msg=audit(1700000000.002:202): pid=1 uid=0 auid=0 ses=1 msg='op=PAM:accounting grantors=pam_permit acct=\"root\" exe=\"/usr/sbin/cron\" hostname=? addr=? terminal=cron res=success'";

    /// <summary>Records ausearch prints byte for byte as we do.</summary>
    public static TheoryData<string> Agreeing => new(
        Mkdir.Replace(" syscall=", " ORPHAN syscall=", StringComparison.Ordinal),
        Mkdir.Replace(" syscall=", " =val syscall=", StringComparison.Ordinal),
        Mkdir.Replace(" syscall=", " a=b=c syscall=", StringComparison.Ordinal),
        Mkdir.Replace(" syscall=", " x= syscall=", StringComparison.Ordinal),
        Mkdir.Replace(" syscall=", "   syscall=", StringComparison.Ordinal),
        Mkdir + "\r",
        Cron.Replace("op=PAM", "ORPHAN op=PAM", StringComparison.Ordinal));

    /// <summary>Records where ausearch drops bytes: the difference, and the text of ours that reads as ausearch's text.</summary>
    public static TheoryData<string, AusearchDifference, string, string> Differing => new()
    {
        { Mkdir.Replace("\"mkdir\"", "\"mkdir\"TAIL", StringComparison.Ordinal), AusearchDifference.TextAfterClosingQuote, "comm=mkdir TAIL ", "comm=mkdir AIL " },
        { Mkdir.Replace(" exe=", " x=\"a\"TAIL exe=", StringComparison.Ordinal), AusearchDifference.TextAfterClosingQuote, "x=\"a\" TAIL ", "x=\"a\" AIL " },
        { Mkdir + " TRAILER words", AusearchDifference.WordsAfterLastField, "key=(null) TRAILER words \n", "key=(null) \n" },
        { Cron.Replace("success'", "success junk'", StringComparison.Ordinal), AusearchDifference.WordsAfterLastField, "res=success junk' \n", "res=success \n" },
        { "node=h1 node=h2 " + Mkdir, AusearchDifference.WordsBeforeHeader, "node=h1 node=h2 type=SYSCALL msg=audit(", "" },
        { "type=PATH " + Mkdir, AusearchDifference.WordsBeforeHeader, "type=PATH type=SYSCALL msg=audit(", "" },
    };

    [Theory]
    [MemberData(nameof(Agreeing))]
    public void Where_ausearch_keeps_every_byte_our_text_is_its_text(string record)
    {
        (string ours, string theirs) = Interpret(record);

        Assert.Contains("type=", theirs, StringComparison.Ordinal);
        Assert.Equal(theirs, ours);
    }

    [Theory]
    [MemberData(nameof(Differing))]
    public void Where_ausearch_drops_bytes_we_keep_them_and_differ_only_as_listed(string record, AusearchDifference difference, string oursPart, string theirsPart)
    {
        (string ours, string theirs) = Interpret(record);

        Assert.True(ours.Contains(oursPart, StringComparison.Ordinal), $"{difference}: ours lacks '{oursPart}':\n{ours}");
        if (difference == AusearchDifference.WordsBeforeHeader)
        {
            // ausearch prints nothing for the record at all.
            Assert.Equal("", theirs);
        }
        else
        {
            Assert.Equal(theirs, ours.Replace(oursPart, theirsPart, StringComparison.Ordinal));
        }
    }

    // ausearch's -i text and ours (events only, host account names, UTC) for a one-record log.
    private static (string Ours, string Theirs) Interpret(string record)
    {
        string? ausearch = InstalledPrograms.Find("ausearch");
        Assert.SkipWhen(ausearch is null, "ausearch (Debian package auditd) is not installed");
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, record + "\n");
            string theirs = HostCommand.Run("/usr/bin/env", ["TZ=UTC", ausearch!, "-i", "-if", path]).StandardOutput;

            using var output = new MemoryStream();
            using (var reader = new AuditEventReader(File.OpenRead(path)))
            using (var writer = new AuditTextWriter(output, accounts: HostAccounts.Instance, timeZone: TimeZoneInfo.Utc))
            {
                while (reader.Read())
                {
                    if (reader.Kind == AuditEventReaderItem.Event)
                    {
                        writer.WriteEvent(reader.Event);
                    }
                }
            }

            return (Encoding.UTF8.GetString(output.ToArray()), theirs);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
