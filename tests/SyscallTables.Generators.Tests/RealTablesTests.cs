using SyscallTables.Generators.Tests.Harness;

namespace SyscallTables.Generators.Tests;

/// <summary>
/// The generator over the real tables in tables/, with the item metadata src/SyscallTables/SyscallTables.csproj
/// declares: no diagnostic at all, and output that compiles and answers as the kernel's tables say.
/// </summary>
public sealed class RealTablesTests
{
    [Fact]
    public void Real_tables_generate_without_diagnostics_and_compile()
    {
        string T(string relative) => Path.Combine(RepositoryLayout.Tables, relative);
        TableInput Read(Func<string, string, TableInput> make, string relative) => make(T(relative), File.ReadAllText(T(relative)));
        TableInput Table(string relative, string arch, string abis) => TableInput.SyscallTable(T(relative), File.ReadAllText(T(relative)), arch, abis);

        // Abis arrive space-separated: the .targets file turns MSBuild's ';' into ' ' for the .editorconfig.
        TableInput[] inputs =
        [
            Table("x86_64/syscall_64.tbl", "X86_64", "common 64"),
            Table("x86_64/syscall_64.post-6.12.tbl", "X86_64", "common 64"),
            Table("i386/syscall_32.tbl", "I386", "i386"),
            Table("i386/syscall_32.post-6.12.tbl", "I386", "i386"),
            Table("generic/syscall.tbl", "Aarch64", "common 64 renameat rlimit memfd_secret"),
            Table("generic/syscall.post-6.12.tbl", "Aarch64", "common 64 renameat rlimit memfd_secret"),
            Read(TableInput.ErrnoHeader, "errno/errno-base.h"),
            Read(TableInput.ErrnoHeader, "errno/errno.h"),
            Read(TableInput.ErrnoMessages, "errno/messages.txt"),
            Read(TableInput.AuditHeader, "audit/audit.h"),
            Read(TableInput.AuditHeader, "audit/elf-em.h"),
            Read(TableInput.AuditNames, "audit-names.txt"),
        ];

        const string probe = """
            using SyscallTables;
            public static class Probe
            {
                public static string Run()
                {
                    Syscalls.TryGetNumber(AuditArch.Aarch64, "getdents", out int getdents);
                    return string.Join("|",
                        Syscalls.GetName(AuditArch.X86_64, 83), Syscalls.GetName(AuditArch.I386, 17), Syscalls.GetName(AuditArch.Aarch64, 56),
                        Syscalls.GetAuditName(AuditArch.X86_64, 17), getdents, ((uint)AuditArch.X86_64).ToString("x8"), ((uint)AuditArch.Aarch64).ToString("x8"),
                        Errnos.GetName(17), (int)Errno.EWOULDBLOCK, (int)Errno.EDEADLOCK, Errnos.GetMessage(2));
                }
            }
            """;
        var host = new GeneratorHost(inputs, probe);
        var run = host.Run();

        Assert.Null(run.Exception);
        Assert.True(run.Diagnostics.IsEmpty, string.Join("\n", run.Diagnostics.Select(Snapshot.Describe)));
        Assert.Equal(["AuditArch.g.cs", "Errnos.g.cs", "Syscalls.Aarch64.g.cs", "Syscalls.I386.g.cs", "Syscalls.X86_64.g.cs", "Syscalls.g.cs"], run.GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        // Facts of the Linux ABI: x86_64 83 mkdir, i386 17 break, the generic table's 56 openat, ausyscall's aarch64 61 getdents.
        Assert.Equal("mkdir|break|openat|pread|61|c000003e|c00000b7|EEXIST|11|35|No such file or directory", host.Invoke("Probe", "Run"));
    }
}
