using System.Text;
using SyscallTables.Cli;

namespace SyscallTables.Cli.Tests;

/// <summary>
/// <see cref="HostAccountNames"/> on fixture files in passwd(5) and group(5) form, and on this host's own files
/// checked against the name service (<c>getent</c>), which is what ausearch resolves ids with.
/// </summary>
public sealed class HostAccountNamesTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("host-accounts-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Fixture(string name, string content)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string Text(ReadOnlySpan<byte> name) => Encoding.UTF8.GetString(name);

    [Fact]
    public void Names_come_from_the_first_and_third_fields()
    {
        var accounts = new HostAccountNames(
            Fixture("passwd", "root:x:0:0:root:/root:/bin/bash\nalice:x:1000:1000:Alice,,,:/home/alice:/bin/bash\n"),
            Fixture("group", "root:x:0:\nusers:x:100:alice\n"));

        Assert.Equal("root", Text(accounts.GetUserName(0)));
        Assert.Equal("alice", Text(accounts.GetUserName(1000)));
        Assert.Equal("users", Text(accounts.GetGroupName(100)));
        Assert.True(accounts.GetUserName(100).IsEmpty);
        Assert.True(accounts.GetGroupName(1000).IsEmpty);
    }

    [Fact]
    public void The_first_entry_of_an_id_wins_and_malformed_lines_are_skipped()
    {
        var accounts = new HostAccountNames(
            Fixture("passwd", "# comment\n\ntoor:x:0:0::/root:/bin/sh\nroot:x:0:0::/root:/bin/sh\nbroken line\nnoid:x::0::/:/bin/sh\n"
                + "neg:x:-5:0::/:/bin/sh\n+nis::::::\n:x:7:0::/:/bin/sh\nmarta:x:4294967294:0::/:/bin/sh\ncrlf:x:12:0::/:/bin/sh\r\n"),
            Fixture("group", "wheel:x:10:root\nwheel2:x:10:\n"));

        Assert.Equal("toor", Text(accounts.GetUserName(0)));
        Assert.Equal("marta", Text(accounts.GetUserName(4294967294)));
        Assert.True(accounts.GetUserName(7).IsEmpty);
        Assert.Equal("crlf", Text(accounts.GetUserName(12)));
        Assert.Equal("wheel", Text(accounts.GetGroupName(10)));
    }

    [Fact]
    public void Missing_files_name_nothing_and_are_not_read_before_the_first_lookup()
    {
        var accounts = new HostAccountNames(Path.Combine(_directory, "no-passwd"), Path.Combine(_directory, "no-group"));
        File.WriteAllText(Path.Combine(_directory, "no-group"), "late:x:3:\n");

        Assert.True(accounts.GetUserName(0).IsEmpty);
        Assert.Equal("late", Text(accounts.GetGroupName(3)));
    }

    [Fact]
    public void The_host_files_agree_with_the_name_service()
    {
        string? getent = InstalledPrograms.Find("getent");
        Assert.SkipWhen(getent is null, "getent (libc-bin) is not installed");
        Assert.SkipUnless(File.Exists("/etc/passwd") && File.Exists("/etc/group"), "/etc/passwd or /etc/group is missing");
        HostAccountNames accounts = HostAccountNames.Load();
        int compared = 0;
        foreach ((string database, Func<uint, string> ours) in new (string, Func<uint, string>)[]
        {
            ("passwd", id => Text(accounts.GetUserName(id))),
            ("group", id => Text(accounts.GetGroupName(id))),
        })
        {
            foreach (string line in File.ReadAllLines($"/etc/{database}"))
            {
                string[] parts = line.Split(':');
                if (parts.Length < 3 || !uint.TryParse(parts[2], System.Globalization.CultureInfo.InvariantCulture, out uint id))
                {
                    continue;
                }

                string theirs = CliRun.Process(getent!, database, id.ToString(System.Globalization.CultureInfo.InvariantCulture)).StandardOutput.Split(':')[0];
                Assert.Equal(theirs, ours(id));
                compared++;
            }
        }

        Assert.True(compared > 2, $"only {compared} accounts compared");
    }
}
