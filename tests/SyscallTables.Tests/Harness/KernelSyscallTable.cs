using System.Globalization;

namespace SyscallTables.Tests.Harness;

/// <summary>One row of a kernel <c>.tbl</c> file: <c>number abi name [entry point ...]</c>.</summary>
internal sealed record KernelSyscallRow(int Number, string Abi, string Name);

/// <summary>
/// The syscalls of one arch, read straight from the kernel-format tables in <c>tables/</c> with the ABI lists of
/// tables/README.md. Deliberately a few lines of its own, sharing nothing with the generator's parser, so that the
/// tests compare the library with the data and not with the generator's reading of it.
/// </summary>
internal sealed class KernelSyscallTable
{
    private KernelSyscallTable(AuditArch arch, string auditName, IReadOnlyList<KernelSyscallRow> rows, IReadOnlyList<KernelSyscallRow> otherAbiRows)
    {
        Arch = arch;
        AusyscallArchName = auditName;
        Rows = rows;
        OtherAbiRows = otherAbiRows;
    }

    public AuditArch Arch { get; }

    /// <summary>The arch name ausyscall and audit-names.txt use.</summary>
    public string AusyscallArchName { get; }

    /// <summary>The rows of this arch's ABIs, in file order.</summary>
    public IReadOnlyList<KernelSyscallRow> Rows { get; }

    /// <summary>The rows of the same files that belong to other ABIs (x32, 32-bit generic, riscv, ...).</summary>
    public IReadOnlyList<KernelSyscallRow> OtherAbiRows { get; }

    public static KernelSyscallTable X86_64 { get; } = Load(AuditArch.X86_64, "x86_64",
        ["x86_64/syscall_64.tbl", "x86_64/syscall_64.post-6.12.tbl"], ["common", "64"]);

    public static KernelSyscallTable I386 { get; } = Load(AuditArch.I386, "i386",
        ["i386/syscall_32.tbl", "i386/syscall_32.post-6.12.tbl"], ["i386"]);

    // arm64 is the generic table's 64-bit set plus what arch/arm64/kernel/Makefile.syscalls adds.
    public static KernelSyscallTable Aarch64 { get; } = Load(AuditArch.Aarch64, "aarch64",
        ["generic/syscall.tbl", "generic/syscall.post-6.12.tbl"], ["common", "64", "renameat", "rlimit", "memfd_secret"]);

    public static KernelSyscallTable For(AuditArch arch) => arch switch
    {
        AuditArch.X86_64 => X86_64,
        AuditArch.I386 => I386,
        AuditArch.Aarch64 => Aarch64,
        _ => throw new ArgumentOutOfRangeException(nameof(arch), arch, "no kernel table for this arch in tables/"),
    };

    public static IEnumerable<KernelSyscallTable> All => [X86_64, I386, Aarch64];

    private static KernelSyscallTable Load(AuditArch arch, string auditName, string[] files, string[] abis)
    {
        var rows = new List<KernelSyscallRow>();
        var others = new List<KernelSyscallRow>();
        foreach (string file in files)
        {
            foreach (string line in File.ReadLines(RepositoryLayout.Table(file)))
            {
                string[] fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length == 0 || fields[0].StartsWith('#'))
                {
                    continue;
                }

                var row = new KernelSyscallRow(int.Parse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture), fields[1], fields[2]);
                (abis.Contains(row.Abi) ? rows : others).Add(row);
            }
        }

        return new KernelSyscallTable(arch, auditName, rows, others);
    }
}
