using System.Buffers;
using System.Globalization;
using System.Text;
using SyscallTables.Audit;

namespace SyscallTables.Tests.Audit.Arguments;

/// <summary>
/// One or more cases per decoder. Argument values are built from the kernel headers in tables/arguments (read by
/// <see cref="KernelArgumentHeaders"/>, not by the generator) and the expected texts follow ausearch 3.0.9's formats
/// (checked by hand against the installed ausearch).
/// </summary>
public sealed class ArgumentDecoderTests
{
    private const string X86_64 = "c000003e";
    private const string I386 = "40000003";
    private const string Aarch64 = "c00000b7";

    private static KernelArgumentHeaders H => KernelArgumentHeaders.X86;

    [Fact]
    public void Open_flags_name_each_bit_and_O_RDONLY_when_the_access_mode_is_zero()
    {
        Assert.Equal("O_WRONLY|O_CREAT|O_TRUNC", A(X86_64, "open", 1, H.Hex("O_WRONLY", "O_CREAT", "O_TRUNC")));
        Assert.Equal("O_RDONLY|O_NONBLOCK|O_DIRECTORY|O_CLOEXEC", A(X86_64, "openat", 2, H.Hex("O_NONBLOCK", "O_DIRECTORY", "O_CLOEXEC")));
        Assert.Equal("O_RDONLY", A(X86_64, "open", 1, "0"));
        Assert.Equal("O_RDONLY|O_ASYNC", A(X86_64, "open", 1, H.Hex("FASYNC")));
    }

    [Fact]
    public void Open_mode_is_decoded_only_with_O_CREAT()
    {
        string creat = H.Hex("O_WRONLY", "O_CREAT");
        Assert.Equal("0644", A(X86_64, "open", 2, "1a4", a1: creat));
        Assert.Equal("0x1a4", A(X86_64, "open", 2, "1a4", a1: H.Hex("O_WRONLY")));
    }

    [Fact]
    public void Aarch64_records_use_arm64s_open_flags()
    {
        KernelArgumentHeaders arm = KernelArgumentHeaders.Arm64;
        Assert.NotEqual(arm["O_DIRECTORY"], H["O_DIRECTORY"]);
        Assert.Equal("O_RDONLY|O_DIRECTORY", A(Aarch64, "openat", 2, arm.Hex("O_DIRECTORY")));
        Assert.Equal("O_RDONLY|O_NOFOLLOW", A(Aarch64, "openat", 2, arm.Hex("O_NOFOLLOW")));
        Assert.Equal("O_RDONLY|O_DIRECT", A(X86_64, "openat", 2, arm.Hex("O_DIRECTORY")));
    }

    [Fact]
    public void Dirfd_AT_FDCWD_and_other_descriptors()
    {
        Assert.Equal("AT_FDCWD", A(X86_64, "openat", 0, "ffffff9c"));
        Assert.Equal("AT_FDCWD", A(X86_64, "renameat", 2, "ffffffffffffff9c"));
        Assert.Equal("0x3", A(X86_64, "openat", 0, "3"));
    }

    [Theory]
    [InlineData("kill", 1)]
    [InlineData("tkill", 1)]
    [InlineData("tgkill", 2)]
    [InlineData("rt_sigaction", 0)]
    public void Signals_by_name_up_to_31(string syscall, int index)
    {
        Assert.Equal("SIGKILL", A(X86_64, syscall, index, H.Hex("SIGKILL")));
        Assert.Equal("SIGPWR", A(X86_64, syscall, index, H.Hex("SIGPWR")));
        Assert.Equal("SIG0", A(X86_64, syscall, index, "0"));
        Assert.Equal("unknown-signal(0x22)", A(X86_64, syscall, index, "22"));
    }

    [Fact]
    public void Clone_flags_with_the_exit_signal()
    {
        Assert.Equal("CLONE_VM|CLONE_FS|CLONE_CHILD_SETTID|SIGCHLD", A(X86_64, "clone", 0, H.Hex("CLONE_VM", "CLONE_FS", "CLONE_CHILD_SETTID", "SIGCHLD")));
        Assert.Equal("CLONE_NEWNET", A(X86_64, "unshare", 0, H.Hex("CLONE_NEWNET")));
        Assert.Equal("CLONE_NEWPID", A(X86_64, "setns", 1, H.Hex("CLONE_NEWPID")));
        Assert.Equal("0x0", A(X86_64, "unshare", 0, "0"));
    }

    [Fact]
    public void Mmap_and_mprotect_protection_and_flags()
    {
        Assert.Equal("PROT_READ|PROT_WRITE", A(X86_64, "mmap", 2, H.Hex("PROT_READ", "PROT_WRITE")));
        Assert.Equal("PROT_NONE", A(X86_64, "mprotect", 2, "0"));
        Assert.Equal("PROT_READ|PROT_WRITE|PROT_EXEC", A(X86_64, "mprotect", 2, H.Hex("PROT_READ", "PROT_WRITE", "PROT_EXEC", "PROT_SEM")));
        Assert.Equal("MAP_PRIVATE|MAP_ANONYMOUS", A(X86_64, "mmap", 3, H.Hex("MAP_PRIVATE", "MAP_ANONYMOUS")));
        Assert.Equal("MAP_FILE|MAP_DENYWRITE", A(X86_64, "mmap", 3, H.Hex("MAP_DENYWRITE")));
        Assert.Equal("MAP_PRIVATE|MAP_ANONYMOUS", A(I386, "mmap", 3, H.Hex("MAP_PRIVATE", "MAP_ANONYMOUS")));
        Assert.Equal("0x22", A(I386, "mmap2", 3, H.Hex("MAP_PRIVATE", "MAP_ANONYMOUS")));
    }

    [Fact]
    public void Modes_short_and_full()
    {
        Assert.Equal("0755", A(X86_64, "mkdir", 1, "1ed"));
        Assert.Equal("suid,0755", A(X86_64, "chmod", 1, (H["S_ISUID"] | 0x1ed).ToString("x", CultureInfo.InvariantCulture)));
        Assert.Equal("0600", A(X86_64, "fchmodat", 2, "180"));
        Assert.Equal("character,600", A(X86_64, "mknod", 1, (H["S_IFCHR"] | 0x180).ToString("x", CultureInfo.InvariantCulture)));
        Assert.Equal("fifo,644", A(X86_64, "mknod", 1, (H["S_IFIFO"] | 0x1a4).ToString("x", CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Access_modes()
    {
        Assert.Equal("F_OK", A(X86_64, "access", 1, "0"));
        Assert.Equal("X_OK|W_OK|R_OK", A(X86_64, "access", 1, "7"));
        Assert.Equal("R_OK", A(X86_64, "faccessat", 2, "4"));
    }

    [Fact]
    public void Value_groups_name_the_value_or_say_unknown()
    {
        Assert.Equal("F_SETFD", A(X86_64, "fcntl", 1, H.Hex("F_SETFD")));
        Assert.Equal("F_DUPFD_CLOEXEC", A(X86_64, "fcntl", 1, (H["F_LINUX_SPECIFIC_BASE"] + 6).ToString("x", CultureInfo.InvariantCulture)));
        Assert.Equal("unknown-fcntl-command(99)", A(X86_64, "fcntl", 1, "63"));
        Assert.Equal("FD_CLOEXEC", A(X86_64, "fcntl", 2, H.Hex("FD_CLOEXEC"), a1: H.Hex("F_SETFD")));
        Assert.Equal("SEEK_END", A(X86_64, "lseek", 2, H.Hex("SEEK_END")));
        Assert.Equal("unknown-whence(9)", A(X86_64, "lseek", 2, "9"));
        Assert.Equal("RLIMIT_NOFILE", A(X86_64, "getrlimit", 0, "7"));
        Assert.Equal("CLOCK_MONOTONIC", A(X86_64, "clock_settime", 0, H.Hex("CLOCK_MONOTONIC")));
        Assert.Equal("EPOLL_CTL_MOD", A(X86_64, "epoll_ctl", 1, H.Hex("EPOLL_CTL_MOD")));
        Assert.Equal("SCHED_OTHER|SCHED_RESET_ON_FORK", A(X86_64, "sched_setscheduler", 1, H.Hex("SCHED_NORMAL", "SCHED_RESET_ON_FORK")));
        Assert.Equal("PTRACE_SEIZE", A(X86_64, "ptrace", 0, H.Hex("PTRACE_SEIZE")));
        Assert.Equal("PR_SET_NO_NEW_PRIVS", A(X86_64, "prctl", 0, H.Hex("PR_SET_NO_NEW_PRIVS")));
        Assert.Equal("SIGTERM", A(X86_64, "prctl", 1, H.Hex("SIGTERM"), a0: H.Hex("PR_SET_PDEATHSIG")));
        Assert.Equal("dac_override", A(X86_64, "prctl", 1, H.Hex("CAP_DAC_OVERRIDE"), a0: H.Hex("PR_CAPBSET_READ")));
        Assert.Equal("sys_admin", A(X86_64, "prctl", 1, H.Hex("CAP_SYS_ADMIN"), a0: H.Hex("PR_CAPBSET_DROP")));
        Assert.Equal("unknown-capability(0x63)", A(X86_64, "prctl", 1, "63", a0: H.Hex("PR_CAPBSET_DROP")));
        Assert.Equal("0x5", A(X86_64, "prctl", 1, "5", a0: H.Hex("PR_SET_NAME")));
        Assert.Equal("inet6", A(X86_64, "socket", 0, H.Hex("AF_INET6")));
        Assert.Equal("unknown-family(0x0)", A(X86_64, "socket", 0, "0"));
    }

    [Fact]
    public void Socket_type_protocol_level_and_ioctl_request()
    {
        Assert.Equal("SOCK_STREAM", A(X86_64, "socket", 1, H.Hex("SOCK_STREAM", "O_CLOEXEC")));
        Assert.Equal("unknown-type(7)", A(X86_64, "socket", 1, "7"));
        Assert.Equal("tcp", A(X86_64, "socket", 2, H.Hex("IPPROTO_TCP")));
        Assert.Equal("ipv6-icmp", A(X86_64, "socket", 2, H.Hex("IPPROTO_ICMPV6")));
        Assert.Equal("unknown-proto(ff)", A(X86_64, "socket", 2, "ff"));
        Assert.Equal("SOL_SOCKET", A(X86_64, "setsockopt", 1, H.Hex("SOL_SOCKET")));
        Assert.Equal("ip", A(X86_64, "getsockopt", 1, H.Hex("IPPROTO_IP")));
        Assert.Equal("SOL_PACKET", A(X86_64, "setsockopt", 1, H.Hex("SOL_PACKET")));
        Assert.Equal("SO_REUSEADDR", A(X86_64, "setsockopt", 2, H.Hex("SO_REUSEADDR"), a1: H.Hex("SOL_SOCKET")));
        Assert.Equal("SO_RCVTIMEO", A(X86_64, "setsockopt", 2, H.Hex("SO_RCVTIMEO_OLD"), a1: H.Hex("SOL_SOCKET")));
        Assert.Equal("TCP_NODELAY", A(X86_64, "getsockopt", 2, H.Hex("TCP_NODELAY"), a1: H.Hex("IPPROTO_TCP")));
        Assert.Equal("IPV6_V6ONLY", A(X86_64, "setsockopt", 2, H.Hex("IPV6_V6ONLY"), a1: H.Hex("IPPROTO_IPV6")));
        Assert.Equal("IP_TOS", A(X86_64, "setsockopt", 2, H.Hex("IP_TOS"), a1: "0"));
        Assert.Equal("unknown-udpopt-name(0x63)", A(X86_64, "setsockopt", 2, "63", a1: H.Hex("IPPROTO_UDP")));
        Assert.Equal("0x1", A(X86_64, "setsockopt", 2, "1", a1: H.Hex("SOL_NETLINK")));
        Assert.Equal("TCGETS", A(I386, "ioctl", 1, H.Hex("TCGETS")));
        Assert.Equal("TIOCINQ", A(X86_64, "ioctl", 1, H.Hex("FIONREAD")));
        Assert.Equal("0xc0185879", A(X86_64, "ioctl", 1, "c0185879"));
    }

    [Fact]
    public void Umount_shmget_bpf_and_personality()
    {
        Assert.Equal("MNT_FORCE|MNT_DETACH", A(X86_64, "umount2", 1, H.Hex("MNT_FORCE", "MNT_DETACH")));
        Assert.Equal("IPC_CREAT|0666", A(X86_64, "shmget", 2, (H["IPC_CREAT"] | 0x1b6).ToString("x", CultureInfo.InvariantCulture)));
        Assert.Equal("0600", A(X86_64, "shmget", 2, "180"));
        Assert.Equal("BPF_MAP_CREATE", A(X86_64, "bpf", 0, "0"));
        Assert.Equal("BPF_PROG_LOAD", A(X86_64, "bpf", 0, "5"));
        Assert.Equal("PER_LINUX32", A(X86_64, "personality", 0, H.Hex("PER_LINUX32")));
        Assert.Equal("PER_LINUX|~ADDR_NO_RANDOMIZE", A(X86_64, "personality", 0, H.Hex("ADDR_NO_RANDOMIZE")));
        Assert.Equal("unknown-personality(0x1)", A(X86_64, "personality", 0, "1"));
    }

    [Fact]
    public void Mount_and_message_flags()
    {
        Assert.Equal("MS_NOSUID|MS_NODEV", A(X86_64, "mount", 3, H.Hex("MS_NOSUID", "MS_NODEV")));
        Assert.Equal("MSG_PEEK", A(X86_64, "recvfrom", 3, H.Hex("MSG_PEEK")));
        Assert.Equal("MSG_NOSIGNAL", A(X86_64, "sendmsg", 2, H.Hex("MSG_NOSIGNAL")));
        Assert.Equal("0x0", A(X86_64, "sendto", 3, "0"));
    }

    [Fact]
    public void Ids_use_the_account_names_and_unset()
    {
        var accounts = new FixedAccounts();
        Assert.Equal("root", A(X86_64, "setuid", 0, "0", accounts: accounts));
        Assert.Equal("wheel", A(X86_64, "setgid", 0, "a", accounts: accounts));
        Assert.Equal("unset", A(X86_64, "setresuid", 2, "ffffffff", accounts: accounts));
        Assert.Equal("unknown(1000)", A(X86_64, "setreuid", 1, "3e8", accounts: accounts));
        Assert.Equal("unknown(-2)", A(X86_64, "setuid", 0, "fffffffe"));
    }

    [Fact]
    public void Exit_status_and_undecoded_arguments()
    {
        Assert.Equal("EXIT_SUCCESS", A(X86_64, "exit_group", 0, "0"));
        Assert.Equal("EXIT_FAILURE", A(X86_64, "exit", 0, "1"));
        Assert.Equal("0x7ffc1234", A(X86_64, "read", 1, "7ffc1234"));
        Assert.Equal("0x1", A("c0000028", "read", 1, "1"));
    }

    [Fact]
    public void I386_socketcall_and_ipc_carry_their_subcall()
    {
        Assert.Equal("socketcall(connect)", Syscall(I386, "socketcall", H.Hex("SYS_CONNECT")));
        Assert.Equal("connect", A(I386, "socketcall", 0, H.Hex("SYS_CONNECT")));
        Assert.Equal("ipc(semop)", Syscall(I386, "ipc", H.Hex("SEMOP")));
        Assert.Equal("socketcall", Syscall(I386, "socketcall", "63"));
        Assert.Equal("unknown-socketcall(63)", A(I386, "socketcall", 0, "63"));
    }

    private sealed class FixedAccounts : IAccountNames
    {
        public ReadOnlySpan<byte> GetUserName(uint uid) => uid == 0 ? "root"u8 : default;

        public ReadOnlySpan<byte> GetGroupName(uint gid) => gid == 10 ? "wheel"u8 : default;
    }

    private static string Syscall(string arch, string syscall, string a0) => Interpret(Record(arch, syscall, a0, "0", "0", "0"), "syscall", null);

    /// <summary>The text for argument <paramref name="index"/> of <paramref name="syscall"/> with value <paramref name="hex"/>.</summary>
    private static string A(string arch, string syscall, int index, string hex, string a0 = "0", string a1 = "0", IAccountNames? accounts = null)
    {
        string[] args = [a0, a1, "0", "0"];
        args[index] = hex;
        return Interpret(Record(arch, syscall, args[0], args[1], args[2], args[3]), "a" + index.ToString(CultureInfo.InvariantCulture), accounts);
    }

    private static string Record(string arch, string syscall, string a0, string a1, string a2, string a3)
    {
        AuditArch auditArch = (AuditArch)uint.Parse(arch, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        int number = Syscalls.TryGetNumber(auditArch, syscall, out int n) ? n : 0;
        return $"type=SYSCALL msg=audit(1700000000.000:7): arch={arch} syscall={number.ToString(CultureInfo.InvariantCulture)} success=yes exit=0 a0={a0} a1={a1} a2={a2} a3={a3} items=0 ppid=1 pid=2 auid=0 uid=0 key=(null)";
    }

    private static string Interpret(string line, string name, IAccountNames? accounts)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(line);
        Assert.True(AuditRecord.TryParse(bytes, out AuditRecord record));
        var context = AuditFieldContext.ForRecord(record, SyscallNaming.Kernel, accounts);
        Assert.True(record.TryGetField(Encoding.ASCII.GetBytes(name), out AuditField field));
        byte[] buffer = new byte[512];
        Assert.Equal(OperationStatus.Done, FieldInterpreter.Interpret(context, field, buffer, out int written));
        return Encoding.UTF8.GetString(buffer, 0, written);
    }
}
