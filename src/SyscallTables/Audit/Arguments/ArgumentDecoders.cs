namespace SyscallTables.Audit.Arguments;

/// <summary>How an argument of a syscall is decoded; <see cref="SyscallArgumentDecoder"/> does each.</summary>
internal enum ArgumentDecoder : byte
{
    /// <summary>Not decoded: ausearch prints the raw hex.</summary>
    None,
    Signal,
    DirectoryDescriptor,
    CloneFlags,
    Clock,
    PtraceRequest,
    PrctlOption,

    /// <summary>prctl's a1, whose meaning depends on the option in a0.</summary>
    PrctlArgument,
    Rlimit,
    User,
    Group,
    SocketFamily,
    SocketType,
    Protocol,
    SocketLevel,

    /// <summary>A socket option, whose names depend on the level in a1.</summary>
    SocketOption,
    UmountFlags,
    ShmFlags,
    BpfCommand,
    Personality,
    IoctlRequest,
    SocketCall,
    ExitStatus,
    OpenFlags,

    /// <summary>open's mode, decoded only when a1 has O_CREAT.</summary>
    CreateMode,
    ShortMode,
    FullMode,
    AccessMode,
    FcntlCommand,

    /// <summary>fcntl's argument, whose meaning depends on the command in a1.</summary>
    FcntlArgument,
    EpollOperation,
    SchedPolicy,
    Whence,
    Protection,

    /// <summary>mmap's protection, which ausearch also reads for PROT_SEM.</summary>
    MmapProtection,
    MapFlags,
    MountFlags,
    MessageFlags,
}

/// <summary>
/// The decoders of a0-a3 of one syscall: one row per syscall (by the kernel's name), as ausearch 3.0.9 picks them.
/// ausearch matches exact names, so i386's ugetrlimit and setuid32 family stay raw, as there.
/// </summary>
internal readonly record struct ArgumentDecoders(
    ArgumentDecoder A0 = ArgumentDecoder.None,
    ArgumentDecoder A1 = ArgumentDecoder.None,
    ArgumentDecoder A2 = ArgumentDecoder.None,
    ArgumentDecoder A3 = ArgumentDecoder.None)
{
    /// <summary>The decoder of argument <paramref name="index"/>; <see cref="ArgumentDecoder.None"/> beyond a3.</summary>
    public ArgumentDecoder this[int index] => index switch
    {
        0 => A0,
        1 => A1,
        2 => A2,
        3 => A3,
        _ => ArgumentDecoder.None,
    };

    // A compiled switch, not a data file for the generator: the rows name C# decoders, several of which read other
    // arguments (prctl, fcntl, open, setsockopt), and the switch on a string is as fast as the one it replaced.
    public static ArgumentDecoders Of(string syscall) => syscall switch
    {
        "rt_sigaction" => new(A0: ArgumentDecoder.Signal),
        "kill" or "tkill" => new(A1: ArgumentDecoder.Signal),
        "tgkill" => new(A2: ArgumentDecoder.Signal),

        "openat" => new(A0: ArgumentDecoder.DirectoryDescriptor, A2: ArgumentDecoder.OpenFlags),
        "open_by_handle_at" => new(A2: ArgumentDecoder.OpenFlags),
        "openat2" or "name_to_handle_at" or "fchownat" or "futimesat" or "utimensat" or "unlinkat" or "readlinkat" or "newfstatat"
            => new(A0: ArgumentDecoder.DirectoryDescriptor),
        "mkdirat" or "mknodat" or "fchmodat" => new(A0: ArgumentDecoder.DirectoryDescriptor, A2: ArgumentDecoder.ShortMode),
        "faccessat" or "faccessat2" => new(A0: ArgumentDecoder.DirectoryDescriptor, A2: ArgumentDecoder.AccessMode),
        "renameat" or "renameat2" or "linkat" => new(A0: ArgumentDecoder.DirectoryDescriptor, A2: ArgumentDecoder.DirectoryDescriptor),

        "clone" or "unshare" => new(A0: ArgumentDecoder.CloneFlags),
        "setns" => new(A1: ArgumentDecoder.CloneFlags),
        "clock_settime" => new(A0: ArgumentDecoder.Clock),
        "ptrace" => new(A0: ArgumentDecoder.PtraceRequest),
        "prctl" => new(A0: ArgumentDecoder.PrctlOption, A1: ArgumentDecoder.PrctlArgument),
        "getrlimit" or "setrlimit" => new(A0: ArgumentDecoder.Rlimit),

        "setuid" or "setfsuid" => new(A0: ArgumentDecoder.User),
        "setreuid" => new(A0: ArgumentDecoder.User, A1: ArgumentDecoder.User),
        "setresuid" => new(A0: ArgumentDecoder.User, A1: ArgumentDecoder.User, A2: ArgumentDecoder.User),
        "chown" or "chown32" => new(A1: ArgumentDecoder.User),
        "setgid" or "setfsgid" => new(A0: ArgumentDecoder.Group),
        "setregid" => new(A0: ArgumentDecoder.Group, A1: ArgumentDecoder.Group),
        "setresgid" => new(A0: ArgumentDecoder.Group, A1: ArgumentDecoder.Group, A2: ArgumentDecoder.Group),

        "socket" => new(A0: ArgumentDecoder.SocketFamily, A1: ArgumentDecoder.SocketType, A2: ArgumentDecoder.Protocol),
        "setsockopt" or "getsockopt" => new(A1: ArgumentDecoder.SocketLevel, A2: ArgumentDecoder.SocketOption),
        "socketcall" => new(A0: ArgumentDecoder.SocketCall),
        "sendmsg" or "recvmsg" => new(A2: ArgumentDecoder.MessageFlags),
        "recv" or "recvfrom" or "recvmmsg" or "send" or "sendto" or "sendmmsg" => new(A3: ArgumentDecoder.MessageFlags),

        "umount2" => new(A1: ArgumentDecoder.UmountFlags),
        "mount" => new(A3: ArgumentDecoder.MountFlags),
        "shmget" => new(A2: ArgumentDecoder.ShmFlags),
        "bpf" => new(A0: ArgumentDecoder.BpfCommand),
        "personality" => new(A0: ArgumentDecoder.Personality),
        "ioctl" => new(A1: ArgumentDecoder.IoctlRequest),
        "exit" or "exit_group" => new(A0: ArgumentDecoder.ExitStatus),

        "open" or "mq_open" => new(A1: ArgumentDecoder.OpenFlags, A2: ArgumentDecoder.CreateMode),
        "fchmod" or "chmod" or "creat" or "mkdir" => new(A1: ArgumentDecoder.ShortMode),
        "mknod" => new(A1: ArgumentDecoder.FullMode),
        "access" => new(A1: ArgumentDecoder.AccessMode),
        "fcntl" or "fcntl64" => new(A1: ArgumentDecoder.FcntlCommand, A2: ArgumentDecoder.FcntlArgument),
        "epoll_ctl" => new(A1: ArgumentDecoder.EpollOperation),
        "sched_setscheduler" => new(A1: ArgumentDecoder.SchedPolicy),
        "lseek" => new(A2: ArgumentDecoder.Whence),
        "mmap" => new(A2: ArgumentDecoder.MmapProtection, A3: ArgumentDecoder.MapFlags),
        "mprotect" => new(A2: ArgumentDecoder.Protection),
        _ => default,
    };
}
