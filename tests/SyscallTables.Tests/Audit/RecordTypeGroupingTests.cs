using System.Text;
using SyscallTables.Audit;

namespace SyscallTables.Tests.Audit;

/// <summary>
/// Whether a record type starts an event of its own or waits for the rest of its event, judged as ausearch 3.0.9
/// does: by the type's number, from the record-type catalogue generated from tables/audit. Each case is a record of
/// that type followed by CWD and EOE of the same serial: one event when the type waits, two when it is whole.
/// </summary>
public sealed class RecordTypeGroupingTests
{
    // Part of an event: kernel types 1300-2099 by name (audit.h), by the AppArmor names audit-userspace adds, by number.
    // Whole: user-space types, PROCTITLE, names no table has (even with a kernel family's prefix), an UNKNOWN[N] whose N
    // is below 1300.
    public static TheoryData<string, bool> Types => new()
    {
        { "SYSCALL", false },
        { "INTEGRITY_DATA", false },
        { "APPARMOR_DENIED", false },
        { "APPARMOR", false },
        { "IPE_ACCESS", false },
        { "1300", false },
        { "1300abc", false },
        { "UNKNOWN[1300]", false },
        { "UNKNOWN[1300x]", false },
        { "PROCTITLE", true },
        { "USER_AUTH", true },
        { "MAC_UNLBL_ALLOW", true },
        { "KERNEL", true },
        { "AA", true },
        { "INTEGRITY_FOO", true },
        { "APPARMORISH", true },
        { "UNKNOWN[13", true },
        { "UNKNOWN[42]", true },
        { "2100", true },
    };

    [Theory]
    [MemberData(nameof(Types))]
    public void A_type_waits_for_its_event_by_its_number(string type, bool whole)
    {
        Assert.Equal(whole ? [1, 2] : [3], EventSizes(Log(type)));
    }

    // Kernel types newer than ausearch 3.0.9's table (lib/msg_typetab.h): it takes the name for -1 and the record for a
    // whole event; auditd 3.0.9 writes such a record as UNKNOWN[1420], which it groups as we do, and a newer
    // ausearch knows the name. Listed so the difference cannot go stale.
    private static readonly HashSet<string> NewerThanAusearch = new(StringComparer.Ordinal) { "IPE_ACCESS" };

    [Theory]
    [MemberData(nameof(Types))]
    public void Ausearch_groups_each_type_as_we_do(string type, bool whole)
    {
        whole |= NewerThanAusearch.Contains(type);
        string? ausearch = InstalledPrograms.Find("ausearch");
        Assert.SkipWhen(ausearch is null, "ausearch (Debian package auditd) is not installed");
        string path = Path.Combine(Path.GetTempPath(), $"record-type-{Guid.NewGuid():N}.log");
        try
        {
            File.WriteAllBytes(path, Log(type));
            string output = HostCommand.Run(ausearch!, ["-if", path]).StandardOutput;
            int events = output.Split('\n').Count(line => line == "----");

            // ausearch drops an event it cannot interpret (a SYSCALL record without its fields prints nothing), so a
            // type that waits shows as at most one event; a whole one as two (its own, then CWD with EOE).
            Assert.True(whole ? events == 2 : events <= 1, $"ausearch printed {events} events for type={type}:\n{output}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static byte[] Log(string type) => Encoding.UTF8.GetBytes(
        $"type={type} msg=audit(1700000000.000:77): pid=1\n"
        + "type=CWD msg=audit(1700000000.000:77): cwd=\"/\"\n"
        + "type=EOE msg=audit(1700000000.000:77): \n");

    private static List<int> EventSizes(byte[] log)
    {
        var sizes = new List<int>();
        using var reader = new AuditEventReader(new MemoryStream(log));
        while (reader.Read())
        {
            if (reader.Kind == AuditEventReaderItem.Event)
            {
                sizes.Add(reader.Event.RecordCount);
            }
        }

        return sizes;
    }
}
