namespace SyscallTables.Audit;

/// <summary>Which of the two name sets an interpretation uses for syscalls (see the library README: names).</summary>
public enum SyscallNaming
{
    /// <summary>The kernel's names, from its syscall tables (<c>pread64</c>, <c>newfstatat</c>).</summary>
    Kernel,

    /// <summary>audit-userspace's names, what ausyscall, ausearch and auditctl use (<c>pread</c>, <c>newfstatat</c>).</summary>
    AuditUserspace,
}
