namespace SyscallTables.Benchmarks;

/// <summary>
/// The inputs every implementation is given, so that all of them do the same work: syscalls and errors that fill real
/// audit logs (file access, exec, network, permission changes), in a fixed order that the benchmarks cycle through.
/// </summary>
internal static class AuditLogInputs
{
    /// <summary>x86_64 numbers: read, write, open, close, execve, kill, connect, bind, mkdir, unlink, chmod, mount,
    /// openat, unlinkat, fchmodat, execveat.</summary>
    public static readonly int[] X86_64SyscallNumbers = [0, 1, 2, 3, 59, 62, 42, 49, 83, 87, 90, 165, 257, 263, 268, 322];

    /// <summary>The names of <see cref="X86_64SyscallNumbers"/>, asked from our own table so every lookup must hit.</summary>
    public static string[] X86_64SyscallNames()
    {
        var names = new string[X86_64SyscallNumbers.Length];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = X86_64Syscalls.GetName(X86_64SyscallNumbers[i])
                ?? throw new InvalidOperationException($"x86_64 syscall {X86_64SyscallNumbers[i]} is missing from the table");
        }

        return names;
    }

    /// <summary>Positive errno values as in <c>exit=-N</c>: EPERM, ENOENT, EINTR, EBADF, EAGAIN, ENOMEM, EACCES, EEXIST,
    /// ENOTDIR, EINVAL, ENOSPC, EPIPE, ENOSYS, ENOTEMPTY, ECONNREFUSED, EINPROGRESS.</summary>
    public static readonly int[] ErrnoNumbers = [1, 2, 4, 9, 11, 12, 13, 17, 20, 22, 28, 32, 38, 39, 111, 115];

    /// <summary>The names of <see cref="ErrnoNumbers"/>, asked from our own table.</summary>
    public static string[] ErrnoNames()
    {
        var names = new string[ErrnoNumbers.Length];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = Errnos.GetName(ErrnoNumbers[i])
                ?? throw new InvalidOperationException($"errno {ErrnoNumbers[i]} is missing from the table");
        }

        return names;
    }

    /// <summary>Every x86_64 name our lookup accepts (kernel and audit-userspace), with its number.</summary>
    public static Dictionary<string, int> X86_64NumbersByName()
    {
        var numbersByName = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (int number in X86_64Syscalls.Numbers)
        {
            numbersByName.Add(X86_64Syscalls.GetName(number)!, number);
            numbersByName.TryAdd(X86_64Syscalls.GetAuditName(number)!, number);
        }

        return numbersByName;
    }

    /// <summary>Every x86_64 number with its kernel name.</summary>
    public static Dictionary<int, string> X86_64NamesByNumber()
    {
        var namesByNumber = new Dictionary<int, string>();
        foreach (int number in X86_64Syscalls.Numbers)
        {
            namesByNumber.Add(number, X86_64Syscalls.GetName(number)!);
        }

        return namesByNumber;
    }
}
