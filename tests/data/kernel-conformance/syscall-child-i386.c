/*
 * The i386 twin of syscall-child.c for tests/SyscallTables.Tests/Audit/KernelConformanceTests.cs: the same protocol
 * ("ready <pid>\n", wait for a line on stdin, make the calls in DIR, exit 0), as a 32-bit process, so that the
 * kernel writes arch=i386 records with i386 syscall numbers, including the socketcall multiplexer.
 *
 * Built freestanding (cc -m32 -nostdlib -static -ffreestanding -fno-pie -no-pie) because machines rarely have a
 * 32-bit libc; every call is an "int $0x80" with the i386 numbers below (arch/x86/entry/syscalls/syscall_32.tbl).
 */
enum {
    NR_exit = 1, NR_read = 3, NR_write = 4, NR_open = 5, NR_close = 6, NR_chmod = 15, NR_break = 17,
    NR_getpid = 20, NR_kill = 37, NR_mkdir = 39, NR_rmdir = 40, NR_socketcall = 102, NR_mmap2 = 192,
    NR_setresuid32 = 208, NR_setresgid32 = 210, NR_exit_group = 252, NR_openat = 295,
};
enum { SYS_SOCKET = 1, SYS_CONNECT = 3 };                                /* socketcall's a0 */
enum { O_RDONLY = 0, O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0100, O_CLOEXEC = 02000000 };
enum { AT_FDCWD = -100, AF_INET = 2, SOCK_STREAM = 1 };
enum { PROT_READ = 1, PROT_WRITE = 2, MAP_PRIVATE = 2, MAP_ANONYMOUS = 0x20 };

static long sys6(long n, long a, long b, long c, long d, long e, long f)
{
    long r;
    /* ebp carries the sixth argument; it is saved around the call by hand since it is the frame pointer. */
    __asm__ volatile ("push %%ebp\n\tmov %7, %%ebp\n\tint $0x80\n\tpop %%ebp"
                      : "=a"(r) : "a"(n), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e), "m"(f) : "memory");
    return r;
}
#define sys(n, a, b, c) sys6((n), (long)(a), (long)(b), (long)(c), 0, 0, 0)

static char path_buffer[4096];

static const char *in_dir(const char *dir, const char *name)
{
    char *p = path_buffer;
    while (*dir) *p++ = *dir++;
    *p++ = '/';
    while (*name) *p++ = *name++;
    *p = 0;
    return path_buffer;
}

static int decimal(char *out, long value)
{
    char digits[16];
    int n = 0, length = 0;
    do digits[n++] = (char)('0' + value % 10); while ((value /= 10) != 0);
    while (n) out[length++] = digits[--n];
    return length;
}

__attribute__((used)) static void start(long *stack)
{
    long argc = stack[0];
    char **argv = (char **)(stack + 1);
    if (argc != 2) sys(NR_exit_group, 2, 0, 0);
    const char *dir = argv[1];

    char line[32] = "ready ";
    int length = 6 + decimal(line + 6, sys(NR_getpid, 0, 0, 0));
    line[length++] = '\n';
    if (sys(NR_write, 1, line, length) != length) sys(NR_exit_group, 3, 0, 0);
    char go;
    if (sys(NR_read, 0, &go, 1) != 1) sys(NR_exit_group, 4, 0, 0);

    /* Successes. */
    sys(NR_mkdir, in_dir(dir, "made"), 0755, 0);                                   /* 0 */
    long fd = sys6(NR_openat, AT_FDCWD, (long)in_dir(dir, "created"), O_CREAT | O_WRONLY | O_CLOEXEC, 0644, 0, 0);
    sys(NR_close, fd, 0, 0);                                                        /* 0 */
    long socket_args[3] = { AF_INET, SOCK_STREAM, 0 };
    long sock = sys(NR_socketcall, SYS_SOCKET, socket_args, 0);
    sys6(NR_mmap2, 0, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    sys(NR_kill, sys(NR_getpid, 0, 0, 0), 0, 0);                                    /* 0: signal 0 only checks */
    sys(NR_chmod, in_dir(dir, "created"), 0, 0);                                    /* 0: nobody may not open it */
    sys(NR_chmod, dir, 0755, 0);                                                    /* 0: nobody may enter */

    /* Failures, each with the errno it must give. */
    sys(NR_mkdir, in_dir(dir, "made"), 0755, 0);                                    /* EEXIST */
    sys(NR_open, in_dir(dir, "missing"), O_RDONLY, 0);                              /* ENOENT */
    sys(NR_close, -1, 0, 0);                                                        /* EBADF */
    sys(NR_read, 1000, line, sizeof line);                                          /* EBADF */
    sys(NR_break, 0, 0, 0);                                                         /* ENOSYS: never implemented */
    sys(NR_rmdir, dir, 0, 0);                                                       /* ENOTEMPTY */
    long bad_family[3] = { 12345, SOCK_STREAM, 0 };
    sys(NR_socketcall, SYS_SOCKET, bad_family, 0);                                  /* EAFNOSUPPORT */
    unsigned char discard[16] = { AF_INET, 0, 0, 9, 127, 0, 0, 1 };                 /* 127.0.0.1 port 9 */
    long connect_args[3] = { sock, (long)discard, sizeof discard };
    sys(NR_socketcall, SYS_CONNECT, connect_args, 0);                               /* ECONNREFUSED */
    sys(NR_close, sock, 0, 0);

    /* As nobody: permission checks apply. */
    sys(NR_setresgid32, 65534, 65534, 65534);                                       /* 0 */
    if (sys(NR_setresuid32, 65534, 65534, 65534) != 0) sys(NR_exit_group, 5, 0, 0);  /* 0 */
    sys(NR_open, in_dir(dir, "created"), O_RDWR, 0);                                /* EACCES */
    sys(NR_kill, 1, 0, 0);                                                          /* EPERM: init is root's */
    sys(NR_mkdir, in_dir(dir, "denied"), 0755, 0);                                  /* EACCES */
    sys(NR_exit_group, 0, 0, 0);
}

/* The kernel starts a static program at _start with argc, argv... on the stack and no libc to call main. */
__asm__(".globl _start\n_start:\n\txor %ebp, %ebp\n\tmov %esp, %eax\n\tand $-16, %esp\n\tsub $12, %esp\n\tpush %eax\n\tcall start\n\thlt\n");
