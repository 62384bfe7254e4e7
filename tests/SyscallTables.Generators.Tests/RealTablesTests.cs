using SyscallTables.Generators.Tests.Harness;

namespace SyscallTables.Generators.Tests;

/// <summary>
/// The generator over the real tables in tables/, declared as src/SyscallTables/SyscallTables.csproj declares them
/// (every table file, and tables/arches.txt saying which arches read which): no diagnostic at all, and output that
/// compiles and answers as the kernel's tables say.
/// </summary>
public sealed class RealTablesTests
{
    [Fact]
    public void Real_tables_generate_without_diagnostics_and_compile()
    {
        string T(string relative) => RepositoryLayout.Table(relative);
        TableInput Read(Func<string, string, TableInput> make, string relative) => make(T(relative), File.ReadAllText(T(relative)));
        TableInput[] inputs =
        [
            .. Directory.EnumerateFiles(RepositoryLayout.Tables, "*.tbl", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .Select(path => TableInput.KernelTable(path, File.ReadAllText(path))),
            Read(TableInput.Arches, "arches.txt"),
            Read(TableInput.ErrnoHeader, "errno/errno-base.h"),
            Read(TableInput.ErrnoHeader, "errno/errno.h"),
            Read(TableInput.ErrnoMessages, "errno/messages.txt"),
            Read(TableInput.AuditHeader, "audit/audit.h"),
            Read(TableInput.AuditHeader, "audit/elf-em.h"),
            Read(TableInput.AuditHeader, "audit/apparmor-types.h"),
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
                        Errnos.GetName(17), (int)Errno.EWOULDBLOCK, (int)Errno.EDEADLOCK, Errnos.GetMessage(2),
                        Syscalls.GetName(AuditArch.Riscv64, 258), Syscalls.GetName(AuditArch.Ppc64le, 291), Syscalls.GetName(AuditArch.Ppc, 291), Syscalls.GetName(AuditArch.X86_64, 0x40000000 | 336),
                        SyscallTables.Audit.AuditRecordTypes.GetNumber("SYSCALL"u8), SyscallTables.Audit.AuditRecordTypes.GetNumber("APPARMOR"u8));
                }
            }
            """;
        var host = new GeneratorHost(inputs, probe);
        var run = host.Run();

        Assert.Null(run.Exception);
        Assert.True(run.Diagnostics.IsEmpty, string.Join("\n", run.Diagnostics.Select(Snapshot.Describe)));
        string[] arches = ["Aarch64", "Arm", "I386", "Loongarch64", "MipsN32", "MipsN64", "MipsO32", "Ppc", "Ppc64", "Riscv64", "S390", "S390x", "X32", "X86_64"];
        Assert.Equal(["AuditArch.g.cs", "AuditRecordTypes.g.cs", "Errnos.g.cs", .. arches.Select(a => $"Syscalls.{a}.g.cs"), "Syscalls.g.cs"], run.GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        // Facts of the Linux ABI: x86_64 83 mkdir, i386 17 break, the generic table's 56 openat, ausyscall's aarch64 61 getdents;
        // riscv's own 258 from the shared generic table, ppc64's 291 (the 64-bit row of powerpc's table, ppc has the 32-bit one),
        // x32's uprobe (the kernel's row is common); audit.h's SYSCALL and the AppArmor type ausearch prints as APPARMOR.
        Assert.Equal("mkdir|break|openat|pread|61|c000003e|c00000b7|EEXIST|11|35|No such file or directory|riscv_hwprobe|newfstatat|fstatat64|uprobe|1300|1500", host.Invoke("Probe", "Run"));
    }
}
