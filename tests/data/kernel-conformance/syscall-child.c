/*
 * Child process of tests/SyscallTables.Tests/Audit/KernelConformanceTests.cs: makes a fixed list of syscalls, each
 * chosen for a known result, so that the kernel writes audit records whose meaning the test knows in advance.
 *
 * usage: syscall-child DIR
 *   Writes "ready <pid>\n" on stdout, then blocks reading stdin until the test has added its audit rule (scoped to
 *   this pid) and written a line; then makes the calls below in DIR (an empty directory) and exits 0.
 *
 * Calls go through syscall(2) so that the record shows the syscall named here, not the one glibc would pick
 * (glibc's open() is openat). The last part runs as "nobody" (uid 65534) so that permission checks apply.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <unistd.h>

static char path_buffer[4096];

static const char *in_dir(const char *dir, const char *name)
{
    snprintf(path_buffer, sizeof path_buffer, "%s/%s", dir, name);
    return path_buffer;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s DIR\n", argv[0]);
        return 2;
    }
    const char *dir = argv[1];

    char line[64];
    int length = snprintf(line, sizeof line, "ready %d\n", (int)getpid());
    if (write(STDOUT_FILENO, line, (size_t)length) != length)
        return 3;
    char go;
    if (read(STDIN_FILENO, &go, 1) != 1)
        return 4;

    /* Successes. */
    syscall(SYS_mkdir, in_dir(dir, "made"), 0755);                                   /* 0 */
    long fd = syscall(SYS_openat, AT_FDCWD, in_dir(dir, "created"), O_CREAT | O_WRONLY | O_CLOEXEC, 0644);
    syscall(SYS_close, fd);                                                           /* 0 */
    long sock = syscall(SYS_socket, AF_INET, SOCK_STREAM, 0);
    syscall(SYS_close, sock);
    syscall(SYS_mmap, NULL, 4096L, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1L, 0L);
    syscall(SYS_kill, (long)getpid(), 0);                                             /* 0: signal 0 only checks */
    syscall(SYS_chmod, in_dir(dir, "created"), 0);                                    /* 0: nobody may not open it */
    syscall(SYS_chmod, dir, 0755);                                                    /* 0: nobody may enter */

    /* Failures, each with the errno it must give. */
    syscall(SYS_mkdir, in_dir(dir, "made"), 0755);                                    /* EEXIST */
    syscall(SYS_open, in_dir(dir, "missing"), O_RDONLY);                              /* ENOENT */
    syscall(SYS_close, -1L);                                                          /* EBADF */
    syscall(SYS_read, 1000L, line, sizeof line);                                      /* EBADF */
    syscall(SYS_tuxcall);                                                             /* ENOSYS: never implemented */
    syscall(SYS_rmdir, dir);                                                          /* ENOTEMPTY */
    syscall(SYS_socket, 12345L, SOCK_STREAM, 0);                                      /* EAFNOSUPPORT */
    sock = syscall(SYS_socket, AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in discard = { .sin_family = AF_INET, .sin_port = htons(9), .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
    syscall(SYS_connect, sock, &discard, sizeof discard);                             /* ECONNREFUSED: nothing on port 9 */
    syscall(SYS_close, sock);

    /* As nobody: permission checks apply. */
    syscall(SYS_setresgid, 65534L, 65534L, 65534L);                                   /* 0 */
    if (syscall(SYS_setresuid, 65534L, 65534L, 65534L) != 0)                          /* 0 */
        return 5;
    syscall(SYS_openat, AT_FDCWD, in_dir(dir, "created"), O_RDWR);                    /* EACCES */
    syscall(SYS_kill, 1L, 0L);                                                        /* EPERM: init is root's */
    syscall(SYS_mkdir, in_dir(dir, "denied"), 0755);                                  /* EACCES */
    return 0;
}
