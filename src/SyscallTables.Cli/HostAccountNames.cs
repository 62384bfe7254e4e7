using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using SyscallTables.Audit;

namespace SyscallTables.Cli;

/// <summary>
/// User and group names from the host's account files (/etc/passwd and /etc/group), for <c>uid=root</c> in
/// interpreted output. The files are read once, on the first lookup; the first entry of an id wins, as with
/// getpwuid(3). Accounts that only NSS modules know (LDAP, SSSD) are not seen: ausearch, which asks NSS, may name
/// them where this prints <c>unknown(N)</c>.
/// </summary>
public sealed class HostAccountNames : IAccountNames
{
    private readonly Lazy<Dictionary<uint, byte[]>> _users;
    private readonly Lazy<Dictionary<uint, byte[]>> _groups;

    /// <summary>Reads accounts from the given files (the host's or a test's fixtures); a missing file names nothing.</summary>
    /// <param name="passwdPath">A file in passwd(5) form.</param>
    /// <param name="groupPath">A file in group(5) form.</param>
    public HostAccountNames(string passwdPath, string groupPath)
    {
        ArgumentNullException.ThrowIfNull(passwdPath);
        ArgumentNullException.ThrowIfNull(groupPath);
        _users = new Lazy<Dictionary<uint, byte[]>>(() => ReadIds(passwdPath));
        _groups = new Lazy<Dictionary<uint, byte[]>>(() => ReadIds(groupPath));
    }

    /// <summary>The host's accounts, from /etc/passwd and /etc/group.</summary>
    /// <returns>The account names, read on first use.</returns>
    public static HostAccountNames Load() => new("/etc/passwd", "/etc/group");

    /// <inheritdoc/>
    public ReadOnlySpan<byte> GetUserName(uint uid) => _users.Value.TryGetValue(uid, out byte[]? name) ? name : default;

    /// <inheritdoc/>
    public ReadOnlySpan<byte> GetGroupName(uint gid) => _groups.Value.TryGetValue(gid, out byte[]? name) ? name : default;

    // passwd(5) and group(5) share the first and third fields: name:password:id:...
    private static Dictionary<uint, byte[]> ReadIds(string path)
    {
        var names = new Dictionary<uint, byte[]>();
        IEnumerable<string> lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return names;
        }

        foreach (string line in lines)
        {
            if (line.Length == 0 || line[0] is '#' or '+' or '-')
            {
                continue;
            }

            string[] fields = line.Split(':');
            if (fields.Length >= 3 && fields[0].Length > 0
                && uint.TryParse(fields[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out uint id))
            {
                names.TryAdd(id, Encoding.UTF8.GetBytes(fields[0]));
            }
        }

        return names;
    }
}
