using System.Globalization;

namespace SyscallTables.Tests.Harness;

/// <summary>One row of a kernel <c>.tbl</c> file: <c>number abi name [entry point ...]</c>, numbered as the kernel audits it.</summary>
internal sealed record KernelSyscallRow(int Number, string Abi, string Name);

/// <summary>
/// The syscalls of one ABI, read straight from the kernel-format tables in <c>tables/</c> with the ABI lists, number
/// offsets and syscall bit of tables/README.md. Deliberately a few lines of its own, sharing nothing with the
/// generator's parser, so that the tests compare the library with the data and not with the generator's reading of it.
/// </summary>
internal sealed class KernelSyscallTable
{
    private KernelSyscallTable(string name, AuditArch[] auditArches, string classPrefix, IReadOnlyList<KernelSyscallRow> rows,
        IReadOnlyList<KernelSyscallRow> otherAbiRows)
    {
        Name = name;
        AuditArches = auditArches;
        ClassPrefix = classPrefix;
        Rows = rows;
        OtherAbiRows = otherAbiRows;
    }

    /// <summary>The table's name in test output: the arch, or the ABI where one arch has several (x32, mips n32).</summary>
    public string Name { get; }

    /// <summary>The first audit arch the table serves; the arch its rows are numbered under.</summary>
    public AuditArch Arch => AuditArches[0];

    /// <summary>The audit arches whose records the dispatcher <see cref="Syscalls"/> reads with this table (both byte orders).</summary>
    public IReadOnlyList<AuditArch> AuditArches { get; }

    /// <summary>
    /// The arch name audit-names.txt and ausyscall use for this table (audit.h's); x32 has none of its own, so its
    /// rows there never match.
    /// </summary>
    public string AusyscallArchName => Name == "x32" ? "x32" : AuditArchs.GetName(Arch)!;

    /// <summary>
    /// Whether a name looked up under <see cref="Arch"/> through the dispatcher finds this table's number: not for x32,
    /// whose names are x86_64's as well and resolve to x86_64's numbers.
    /// </summary>
    public bool NamesResolveThroughDispatcher => Name != "x32";

    /// <summary>The generated class and enum for this table.</summary>
    public SyscallClass Class => _class ??= new SyscallClass(ClassPrefix);

    /// <summary>The rows of this table's ABIs, in file order.</summary>
    public IReadOnlyList<KernelSyscallRow> Rows { get; }

    /// <summary>The rows of the same files that belong to other ABIs (x32, 32-bit generic, riscv, ...).</summary>
    public IReadOnlyList<KernelSyscallRow> OtherAbiRows { get; }

    private string ClassPrefix { get; }

    private SyscallClass? _class;

    public static KernelSyscallTable X86_64 { get; } = Load("x86_64", [AuditArch.X86_64], "X86_64",
        ["x86_64/syscall_64.tbl", "x86_64/syscall_64.post-6.12.tbl"], ["common", "64"]);

    public static KernelSyscallTable I386 { get; } = Load("i386", [AuditArch.I386], "I386",
        ["i386/syscall_32.tbl", "i386/syscall_32.post-6.12.tbl"], ["i386"]);

    // arm64 is the generic table's 64-bit set plus what arch/arm64/kernel/Makefile.syscalls adds.
    public static KernelSyscallTable Aarch64 { get; } = Load("aarch64", [AuditArch.Aarch64], "Aarch64",
        ["generic/syscall.tbl", "generic/syscall.post-6.12.tbl"], ["common", "64", "renameat", "rlimit", "memfd_secret"]);

    /// <summary>The three tables of the arches ausyscall and audit-names.txt describe most fully.</summary>
    public static IEnumerable<KernelSyscallTable> All => [X86_64, I386, Aarch64];

    /// <summary>Every table the library generates, each once.</summary>
    public static IReadOnlyList<KernelSyscallTable> Every { get; } =
    [
        X86_64,
        I386,
        Aarch64,
        Load("riscv64", [AuditArch.Riscv64], "Riscv64", ["generic/syscall.tbl", "generic/syscall.post-6.12.tbl"], ["common", "64", "riscv", "rlimit", "memfd_secret"]),
        Load("loongarch64", [AuditArch.Loongarch64], "Loongarch64", ["generic/syscall.tbl", "generic/syscall.post-6.12.tbl"], ["common", "64"]),
        // x32 is numbered with __X32_SYSCALL_BIT and audited under AUDIT_ARCH_X86_64 (arch/x86/include/asm/unistd.h).
        Load("x32", [AuditArch.X86_64], "X32", ["x86_64/syscall_64.tbl", "x86_64/syscall_64.post-6.12.tbl"], ["common", "x32"], bit: 0x40000000),
        Load("arm", [AuditArch.Arm, AuditArch.Armeb], "Arm", ["arm/syscall.tbl", "arm/syscall.post-6.12.tbl"], ["common"]),
        Load("ppc", [AuditArch.Ppc], "Ppc", ["powerpc/syscall.tbl", "powerpc/syscall.post-6.12.tbl"], ["common", "nospu", "32"]),
        Load("ppc64", [AuditArch.Ppc64, AuditArch.Ppc64le], "Ppc64", ["powerpc/syscall.tbl", "powerpc/syscall.post-6.12.tbl"], ["common", "nospu", "64"]),
        Load("s390", [AuditArch.S390], "S390", ["s390/syscall.tbl", "s390/syscall.post-6.12.tbl"], ["common", "32"]),
        Load("s390x", [AuditArch.S390x], "S390x", ["s390/syscall.tbl", "s390/syscall.post-6.12.tbl"], ["common", "64"]),
        // mips numbers each ABI from its own base (arch/mips/include/uapi/asm/unistd.h: __NR_O32_Linux 4000, ...).
        Load("mips o32", [AuditArch.Mips, AuditArch.Mipsel], "MipsO32", ["mips/syscall_o32.tbl", "mips/syscall_o32.post-6.12.tbl"], ["o32"], offset: 4000),
        Load("mips n64", [AuditArch.Mips64, AuditArch.Mipsel64], "MipsN64", ["mips/syscall_n64.tbl", "mips/syscall_n64.post-6.12.tbl"], ["common", "n64"], offset: 5000),
        Load("mips n32", [AuditArch.Mips64n32, AuditArch.Mipsel64n32], "MipsN32", ["mips/syscall_n32.tbl", "mips/syscall_n32.post-6.12.tbl"], ["n32"], offset: 6000),
    ];

    /// <summary>The table the dispatcher reads first for <paramref name="arch"/> (for x86_64: x86_64's, not x32's).</summary>
    public static KernelSyscallTable For(AuditArch arch) =>
        Every.FirstOrDefault(t => t.AuditArches.Contains(arch))
        ?? throw new ArgumentOutOfRangeException(nameof(arch), arch, "no kernel table for this arch in tables/");

    /// <summary>The table named <paramref name="name"/> in <see cref="Every"/>.</summary>
    public static KernelSyscallTable Named(string name) => Every.Single(t => t.Name == name);

    public override string ToString() => Name;

    private static KernelSyscallTable Load(string name, AuditArch[] auditArches, string classPrefix, string[] files, string[] abis,
        int offset = 0, int bit = 0)
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

                int number = (int.Parse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture) + offset) | bit;
                var row = new KernelSyscallRow(number, fields[1], fields[2]);
                (abis.Contains(row.Abi) ? rows : others).Add(row);
            }
        }

        return new KernelSyscallTable(name, auditArches, classPrefix, rows, others);
    }
}
