using System.Runtime.InteropServices;

namespace SyscallTables.Cli;

/// <summary>
/// The system calls the CLI makes itself, so that every failure comes back as the errno the kernel gave (and is worded
/// by <see cref="Errnos.GetMessage(int)"/>), not as a .NET exception whose message the static binary has stripped
/// (UseSystemResourceKeys). In the static binary they are linked in (DirectPInvoke in the project file).
/// </summary>
internal static unsafe partial class Libc
{
    public const int ReadOnly = 0x0;
    public const int WriteOnly = 0x1;
    public const int AccessModeMask = 0x3;
    public const int Create = 0x40;
    public const int Append = 0x400;
    public const int CloseOnExec = 0x80000;

    public const short PollIn = 0x001;
    public const short PollOut = 0x004;

    public const int GetStatusFlags = 3;

    public const int AtCurrentDirectory = -100;
    public const int AtEmptyPath = 0x1000;
    public const int AtSymlinkNoFollow = 0x100;

    /// <summary>Creation mode of an output file before the umask, as C's fopen(3) and .NET use.</summary>
    public const int NewFileMode = 0x1b6; // 0666

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Open(string path, int flags, int mode);

    public const int CanRead = 4;

    [LibraryImport("libc", EntryPoint = "access", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Access(string path, int mode);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fileDescriptor);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    public static partial nint Read(int fileDescriptor, byte* buffer, nuint count);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    public static partial nint Write(int fileDescriptor, byte* buffer, nuint count);

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    public static partial int Poll(PollDescriptor* descriptors, nuint count, int timeout);

    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    public static partial int Fcntl(int fileDescriptor, int command, int argument);

    // statx rather than stat: struct statx has one layout on every arch (struct stat differs between x86_64, aarch64 ...).
    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Statx(int directory, string path, int flags, uint mask, StatxBuffer* buffer);

    [LibraryImport("libc", EntryPoint = "realpath", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint RealPath(string path, nint resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void Free(nint pointer);

    /// <summary>The path with every symbolic link, . and .. resolved (realpath(3)), or null with <see cref="LastError"/> set.</summary>
    public static string? ResolvePath(string path)
    {
        nint resolved = RealPath(path, 0);
        if (resolved == 0)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            Free(resolved);
        }
    }

    /// <summary>The errno of the last call above.</summary>
    public static int LastError => Marshal.GetLastPInvokeError();

    /// <summary>Waits until <paramref name="fileDescriptor"/> is ready, for a descriptor left non-blocking by whoever passed it on.</summary>
    public static void WaitUntilReady(int fileDescriptor, short events)
    {
        var poll = new PollDescriptor { FileDescriptor = fileDescriptor, Events = events };
        Poll(&poll, 1, -1);
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct PollDescriptor
    {
        public int FileDescriptor;
        public short Events;
        public short ReturnedEvents;
    }

    /// <summary>struct statx (linux/stat.h): 256 bytes; only the fields read here are named.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    public struct StatxBuffer
    {
        public const uint TypeAndInode = 0x1 | 0x100; // STATX_TYPE | STATX_INO
        public const uint ModeAndOwner = 0x1 | 0x2 | 0x8 | 0x10; // STATX_TYPE | STATX_MODE | STATX_UID | STATX_GID

        [FieldOffset(20)]
        public uint Uid;

        [FieldOffset(24)]
        public uint Gid;

        // The file type bits of Mode (S_IFMT and the types the CLI tells apart).
        public const ushort TypeMask = 0xf000;
        public const ushort Fifo = 0x1000;
        public const ushort Directory = 0x4000;
        public const ushort Regular = 0x8000;

        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(32)]
        public ulong Inode;

        [FieldOffset(136)]
        public uint DeviceMajor;

        [FieldOffset(140)]
        public uint DeviceMinor;
    }
}
