using System.Text;
using SyscallTables.Audit;

namespace SyscallTables.Tests.Harness;

/// <summary>
/// The host's accounts as the name service reports them (<c>getent passwd</c>, <c>getent group</c>): what ausearch
/// on this host resolves ids with, read independently of the CLI's /etc file reader.
/// </summary>
internal sealed class HostAccounts : IAccountNames
{
    private static readonly Lazy<HostAccounts> LazyInstance = new(() => new HostAccounts(Read("passwd"), Read("group")));

    private readonly Dictionary<uint, byte[]> _users;
    private readonly Dictionary<uint, byte[]> _groups;

    public HostAccounts(Dictionary<uint, byte[]> users, Dictionary<uint, byte[]> groups)
    {
        _users = users;
        _groups = groups;
    }

    public static HostAccounts Instance => LazyInstance.Value;

    public ReadOnlySpan<byte> GetUserName(uint uid) => _users.TryGetValue(uid, out byte[]? name) ? name : default;

    public ReadOnlySpan<byte> GetGroupName(uint gid) => _groups.TryGetValue(gid, out byte[]? name) ? name : default;

    private static Dictionary<uint, byte[]> Read(string database)
    {
        var names = new Dictionary<uint, byte[]>();
        string? getent = InstalledPrograms.Find("getent");
        if (getent is null)
        {
            return names;
        }

        foreach (string line in HostCommand.Run(getent, [database]).StandardOutput.Split('\n'))
        {
            string[] parts = line.Split(':');
            if (parts.Length >= 3 && uint.TryParse(parts[2], System.Globalization.CultureInfo.InvariantCulture, out uint id))
            {
                names.TryAdd(id, Encoding.UTF8.GetBytes(parts[0]));
            }
        }

        return names;
    }
}
