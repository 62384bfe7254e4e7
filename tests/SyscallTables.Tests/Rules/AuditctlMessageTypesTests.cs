using System.Runtime.InteropServices;
using SyscallTables.Rules;

namespace SyscallTables.Tests.Rules;

/// <summary>The record type names lint takes in <c>-F msgtype=</c> are the installed libaudit's own, number by number.</summary>
public sealed partial class AuditctlMessageTypesTests
{
    [LibraryImport("libaudit.so.1", EntryPoint = "audit_msg_type_to_name")]
    private static partial nint MessageTypeToName(int type);

    [LibraryImport("libaudit.so.1", EntryPoint = "audit_name_to_msg_type", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int NameToMessageType(string name);

    [Fact]
    public void The_names_are_those_of_the_installed_libaudit()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && NativeLibrary.TryLoad("libaudit.so.1", out _), "libaudit.so.1 is not installed (Debian package libaudit1)");
        var installed = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int type = 0; type < 10_000; type++)
        {
            if (Marshal.PtrToStringUTF8(MessageTypeToName(type)) is string name)
            {
                installed.Add(name, type);
            }
        }

        var ours = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((string name, int number) in AuditctlMessageTypes.All)
        {
            ours.Add(name, number);
            Assert.True(AuditctlMessageTypes.TryGetNumber(name.ToLowerInvariant(), out int lower) && lower == number, name);
            Assert.Equal(NameToMessageType(name.ToLowerInvariant()), number);
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{installed.Count} record types in the installed libaudit");
        Assert.Equal(installed.OrderBy(p => p.Key, StringComparer.Ordinal), ours.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.False(AuditctlMessageTypes.TryGetNumber("BOGUS", out _));
    }
}
