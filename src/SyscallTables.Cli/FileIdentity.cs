namespace SyscallTables.Cli;

/// <summary>
/// Which file a name or a descriptor stands for (device and inode, as stat(2) tells): two names, a symlink, or stdin
/// redirected from the file are the same file when these are equal.
/// </summary>
internal readonly record struct FileIdentity(uint DeviceMajor, uint DeviceMinor, ulong Inode, FileKind Kind)
{
    /// <summary>The file a path names (symlinks followed), or the errno why it cannot be looked at.</summary>
    public static unsafe bool TryOf(string path, out FileIdentity identity, out int errno)
    {
        Libc.StatxBuffer buffer;
        return Read(Libc.Statx(Libc.AtCurrentDirectory, path, 0, Libc.StatxBuffer.TypeAndInode, &buffer), buffer, out identity, out errno);
    }

    /// <summary>The file an open descriptor refers to, or the errno why it cannot be looked at (EBADF: not open).</summary>
    public static unsafe bool TryOf(int fileDescriptor, out FileIdentity identity, out int errno)
    {
        Libc.StatxBuffer buffer;
        return Read(Libc.Statx(fileDescriptor, "", Libc.AtEmptyPath, Libc.StatxBuffer.TypeAndInode, &buffer), buffer, out identity, out errno);
    }

    private static bool Read(int result, in Libc.StatxBuffer buffer, out FileIdentity identity, out int errno)
    {
        if (result != 0)
        {
            identity = default;
            errno = Libc.LastError;
            return false;
        }

        FileKind kind = (buffer.Mode & Libc.StatxBuffer.TypeMask) switch
        {
            Libc.StatxBuffer.Regular => FileKind.Regular,
            Libc.StatxBuffer.Directory => FileKind.Directory,
            Libc.StatxBuffer.Fifo => FileKind.Pipe,
            _ => FileKind.Other,
        };
        identity = new FileIdentity(buffer.DeviceMajor, buffer.DeviceMinor, buffer.Inode, kind);
        errno = 0;
        return true;
    }
}

/// <summary>What kind of file a <see cref="FileIdentity"/> is, as far as reading and writing it differ.</summary>
internal enum FileKind
{
    Other,
    Regular,
    Directory,
    Pipe,
}
