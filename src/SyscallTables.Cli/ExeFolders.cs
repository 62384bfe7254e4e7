using System.Globalization;

namespace SyscallTables.Cli;

/// <summary>
/// Whether a <c>-F exe=</c> rule for a logged program keeps loading on this host. The kernel resolves the exe's folder
/// when the rule is added and refuses the rule where it is missing (No such file or directory), and <c>auditctl -R</c>
/// stops at the first refused line. The path is logged, so its folder may be one the user who ran the program can
/// remove or rename (under /tmp or their home): then that user could keep every rule after this one from loading at
/// the next boot. A folder is kept only where it exists and only root can take it away.
/// </summary>
internal static class ExeFolders
{
    private const ushort Sticky = 0x200;
    private const ushort GroupWrite = 0x10;
    private const ushort OtherWrite = 0x2;

    /// <summary>Why a rule naming <paramref name="exe"/> might not load here later, or <see langword="null"/> when it will.</summary>
    /// <param name="exe">An absolute path as the kernel logs it.</param>
    /// <returns>A phrase for the rule's comment, or <see langword="null"/>.</returns>
    public static string? Check(string exe)
    {
        int last = exe.LastIndexOf('/');
        string folder = last <= 0 ? "/" : exe[..last];

        // The folders as named (a symbolic link such as /bin -> usr/bin is followed, and its own folder must be safe
        // for the link to stay), then as they really are: a root-owned link may lead into a folder someone else owns.
        string? problem = CheckChain(folder, folder, followLinks: true);
        if (problem is null)
        {
            string? real = Libc.ResolvePath(folder);
            problem = real is null ? Unreadable(folder, Libc.LastError) : CheckChain(real, folder, followLinks: false);
        }

        return problem is null ? null : problem + " (--any-exe-folder writes such rules anyway)";
    }

    // Every folder from / down to the exe's: each must be root's, and each but the last must not let anyone else remove
    // or rename what it holds (not writable by others, or sticky, which limits that to the entry's owner).
    private static string? CheckChain(string path, string folder, bool followLinks)
    {
        int end = 0;
        while (true)
        {
            bool isLast = end == path.Length || path == "/";
            string? problem = CheckOne(end == 0 ? "/" : path[..end], folder, isLast, followLinks);
            if (problem is not null || isLast)
            {
                return problem;
            }

            int next = path.IndexOf('/', end + 1);
            end = next < 0 ? path.Length : next;
        }
    }

    private static string Unreadable(string folder, int errno) => errno == (int)Errno.ENOENT
        ? $"the exe's folder {folder} does not exist on this host"
        : $"the exe's folder {folder} cannot be checked on this host ({IOFailureException.Describe(errno)})";

    private static unsafe string? CheckOne(string path, string folder, bool isLast, bool followLinks)
    {
        Libc.StatxBuffer buffer;
        if (Libc.Statx(Libc.AtCurrentDirectory, path, followLinks ? 0 : Libc.AtSymlinkNoFollow, Libc.StatxBuffer.ModeAndOwner, &buffer) != 0)
        {
            return Unreadable(folder, Libc.LastError);
        }

        if ((buffer.Mode & Libc.StatxBuffer.TypeMask) != Libc.StatxBuffer.Directory)
        {
            return $"{path} is not a folder on this host";
        }

        if (buffer.Uid != 0)
        {
            return $"{path} belongs to uid {buffer.Uid.ToString(CultureInfo.InvariantCulture)}, who can remove what it holds";
        }

        bool othersWrite = (buffer.Mode & OtherWrite) != 0 || ((buffer.Mode & GroupWrite) != 0 && buffer.Gid != 0);
        return !isLast && othersWrite && (buffer.Mode & Sticky) == 0
            ? $"users other than root can remove or rename what {path} holds"
            : null;
    }
}
