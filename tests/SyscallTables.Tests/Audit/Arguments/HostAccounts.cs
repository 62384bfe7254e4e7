using System.Text;
using SyscallTables.Audit;

namespace SyscallTables.Tests.Audit.Arguments;

/// <summary>The host's users and groups from /etc/passwd and /etc/group: what ausearch looks ids up in.</summary>
internal sealed class HostAccounts : IAccountNames
{
    private readonly Dictionary<uint, byte[]> _users = Read("/etc/passwd");
    private readonly Dictionary<uint, byte[]> _groups = Read("/etc/group");

    public ReadOnlySpan<byte> GetUserName(uint uid) => _users.TryGetValue(uid, out byte[]? name) ? name : default;

    public ReadOnlySpan<byte> GetGroupName(uint gid) => _groups.TryGetValue(gid, out byte[]? name) ? name : default;

    private static Dictionary<uint, byte[]> Read(string path)
    {
        var names = new Dictionary<uint, byte[]>();
        if (!File.Exists(path))
        {
            return names;
        }

        foreach (string line in File.ReadLines(path))
        {
            string[] fields = line.Split(':');
            if (fields.Length > 2 && uint.TryParse(fields[2], System.Globalization.CultureInfo.InvariantCulture, out uint id))
            {
                names.TryAdd(id, Encoding.UTF8.GetBytes(fields[0]));
            }
        }

        return names;
    }
}
