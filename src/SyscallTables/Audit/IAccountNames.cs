using System;

namespace SyscallTables.Audit;

/// <summary>
/// Resolves user and group ids to account names for <c>uid=</c>, <c>auid=</c>, <c>gid=</c> and the like, the way
/// <c>ausearch -i</c> shows <c>uid=root</c>. The library reads no files itself; the <c>syscalls</c> tool passes one
/// built from the host's account database, and an ENRICHED record's own names (<c>UID="root"</c>) win over it.
/// </summary>
public interface IAccountNames
{
    /// <summary>The user name of <paramref name="uid"/> in UTF-8; empty when there is none.</summary>
    /// <param name="uid">A user id.</param>
    /// <returns>The name, or an empty span.</returns>
    ReadOnlySpan<byte> GetUserName(uint uid);

    /// <summary>The group name of <paramref name="gid"/> in UTF-8; empty when there is none.</summary>
    /// <param name="gid">A group id.</param>
    /// <returns>The name, or an empty span.</returns>
    ReadOnlySpan<byte> GetGroupName(uint gid);
}
