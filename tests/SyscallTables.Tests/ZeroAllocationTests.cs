using System.Text;

namespace SyscallTables.Tests;

/// <summary>
/// The lookups allocate nothing: this is behaviour (a log rewriter calls them per field), so it is tested here;
/// how fast they are is the benchmarks' business. Each case runs over every row of every table, after a warm-up so
/// that JIT work is not counted, and checks its result against the tables so the loop cannot be a no-op.
/// </summary>
public sealed class ZeroAllocationTests
{
    private static readonly KernelSyscallRow[] X86_64Rows = [.. KernelSyscallTable.X86_64.Rows];
    private static readonly KernelSyscallRow[] I386Rows = [.. KernelSyscallTable.I386.Rows];
    private static readonly KernelSyscallRow[] Aarch64Rows = [.. KernelSyscallTable.Aarch64.Rows];
    private static readonly (AuditArch Arch, int Number, string Name, byte[] Utf8)[] AllRows = [.. KernelSyscallTable.All
        .SelectMany(t => t.Rows.Select(r => (t.Arch, r.Number, r.Name, Encoding.ASCII.GetBytes(r.Name))))];
    private static readonly int ExpectedNameLengths = AllRows.Sum(r => r.Name.Length);
    private static readonly int ExpectedAuditNameLengths = AllRows.Sum(r => AuditNameRow.All
        .FirstOrDefault(a => a.Arch == KernelSyscallTable.For(r.Arch).AusyscallArchName && a.Number == r.Number)?.AuditName.Length ?? r.Name.Length);
    private static readonly ErrnoDefine[] ErrnoDefines = [.. KernelErrnoHeaders.Defines];

    // Texts to parse and the audit.h name each must give ("" for none).
    private static readonly string[] ArchTexts = ["c000003e", "0xC000003E", "x86_64", "i686", "arm64", "AARCH64", "ppc64le", "zz"];
    private static readonly string[] ArchNames = ["x86_64", "x86_64", "x86_64", "i386", "aarch64", "aarch64", "ppc64le", ""];

    public enum Lookup
    {
        NumberToName,
        NumberToNameUtf8,
        NumberToAuditName,
        NameToNumber,
        Utf8NameToNumber,
        DispatcherNumberToName,
        DispatcherNameToNumber,
        Errno,
        AuditArch,
    }

    [Theory]
    [InlineData(Lookup.NumberToName)]
    [InlineData(Lookup.NumberToNameUtf8)]
    [InlineData(Lookup.NumberToAuditName)]
    [InlineData(Lookup.NameToNumber)]
    [InlineData(Lookup.Utf8NameToNumber)]
    [InlineData(Lookup.DispatcherNumberToName)]
    [InlineData(Lookup.DispatcherNameToNumber)]
    [InlineData(Lookup.Errno)]
    [InlineData(Lookup.AuditArch)]
    public void Lookups_allocate_nothing(Lookup lookup)
    {
        for (int i = 0; i < 3; i++)
        {
            Run(lookup);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        long checksum = Run(lookup);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(ExpectedChecksum(lookup), checksum);
        Assert.Equal(0, allocated);
    }

    /// <summary>Runs one kind of lookup over all its inputs and returns a checksum of the results.</summary>
    private static long Run(Lookup lookup)
    {
        long sum = 0;
        switch (lookup)
        {
            case Lookup.NumberToName:
                foreach (KernelSyscallRow r in X86_64Rows) sum += X86_64Syscalls.GetName(r.Number)!.Length;
                foreach (KernelSyscallRow r in I386Rows) sum += I386Syscalls.GetName(r.Number)!.Length;
                foreach (KernelSyscallRow r in Aarch64Rows) sum += Aarch64Syscalls.GetName(r.Number)!.Length;
                return sum;
            case Lookup.NumberToNameUtf8:
                foreach (KernelSyscallRow r in X86_64Rows) sum += X86_64Syscalls.GetNameUtf8(r.Number).Length;
                foreach (KernelSyscallRow r in I386Rows) sum += I386Syscalls.GetNameUtf8(r.Number).Length;
                foreach (KernelSyscallRow r in Aarch64Rows) sum += Aarch64Syscalls.GetNameUtf8(r.Number).Length;
                return sum;
            case Lookup.NumberToAuditName:
                foreach (KernelSyscallRow r in X86_64Rows) sum += X86_64Syscalls.GetAuditName(r.Number)!.Length + X86_64Syscalls.GetAuditNameUtf8(r.Number).Length;
                foreach (KernelSyscallRow r in I386Rows) sum += I386Syscalls.GetAuditName(r.Number)!.Length + I386Syscalls.GetAuditNameUtf8(r.Number).Length;
                foreach (KernelSyscallRow r in Aarch64Rows) sum += Aarch64Syscalls.GetAuditName(r.Number)!.Length + Aarch64Syscalls.GetAuditNameUtf8(r.Number).Length;
                return sum;
            case Lookup.NameToNumber:
                foreach (KernelSyscallRow r in X86_64Rows) sum += X86_64Syscalls.TryGetNumber(r.Name, out int n) ? n : -1_000_000;
                foreach (KernelSyscallRow r in I386Rows) sum += I386Syscalls.TryGetNumber(r.Name, out int n) ? n : -1_000_000;
                foreach (KernelSyscallRow r in Aarch64Rows) sum += Aarch64Syscalls.TryGetNumber(r.Name, out int n) ? n : -1_000_000;
                return sum;
            case Lookup.Utf8NameToNumber:
                foreach ((AuditArch arch, _, _, byte[] utf8) in AllRows)
                {
                    bool found = arch switch
                    {
                        AuditArch.X86_64 => X86_64Syscalls.TryGetNumber(utf8, out int n1) && (sum += n1) >= 0,
                        AuditArch.I386 => I386Syscalls.TryGetNumber(utf8, out int n2) && (sum += n2) >= 0,
                        _ => Aarch64Syscalls.TryGetNumber(utf8, out int n3) && (sum += n3) >= 0,
                    };
                    sum += found ? 0 : -1_000_000;
                }

                return sum;
            case Lookup.DispatcherNumberToName:
                foreach ((AuditArch arch, int number, _, _) in AllRows)
                {
                    sum += Syscalls.GetName(arch, number)!.Length + Syscalls.GetNameUtf8(arch, number).Length
                        + Syscalls.GetAuditName(arch, number)!.Length + Syscalls.GetAuditNameUtf8(arch, number).Length;
                }

                return sum;
            case Lookup.DispatcherNameToNumber:
                foreach ((AuditArch arch, _, string name, byte[] utf8) in AllRows)
                {
                    sum += Syscalls.TryGetNumber(arch, name, out int n1) ? n1 : -1_000_000;
                    sum += Syscalls.TryGetNumber(arch, utf8, out int n2) ? n2 : -1_000_000;
                }

                return sum;
            case Lookup.Errno:
                foreach (ErrnoDefine d in ErrnoDefines)
                {
                    sum += Errnos.TryGetNumber(d.Name, out int n) ? n : -1_000_000;
                    sum += Errnos.GetName(d.Number)!.Length - Errnos.GetNameUtf8(d.Number).Length;
                    sum += Errnos.GetMessage(d.Number)!.Length - Errnos.GetMessageUtf8(d.Number).Length;
                }

                return sum;
            case Lookup.AuditArch:
                foreach (string text in ArchTexts)
                {
                    sum += AuditArchs.TryParse(text, out AuditArch arch) ? AuditArchs.GetName(arch)!.Length : 0;
                }

                return sum;
            default:
                throw new ArgumentOutOfRangeException(nameof(lookup), lookup, null);
        }
    }

    /// <summary>What <see cref="Run"/> must return, from the tables (computed outside the measured region: LINQ allocates).</summary>
    private static long ExpectedChecksum(Lookup lookup) => lookup switch
    {
        Lookup.NumberToName => ExpectedNameLengths,
        Lookup.NumberToNameUtf8 => ExpectedNameLengths,
        Lookup.NumberToAuditName => 2L * ExpectedAuditNameLengths,
        Lookup.NameToNumber => AllRows.Sum(r => (long)r.Number),
        Lookup.Utf8NameToNumber => AllRows.Sum(r => (long)r.Number),
        Lookup.DispatcherNumberToName => 2L * ExpectedNameLengths + 2L * ExpectedAuditNameLengths,
        Lookup.DispatcherNameToNumber => 2L * AllRows.Sum(r => (long)r.Number),
        Lookup.Errno => ErrnoDefines.Sum(d => (long)d.Number),
        Lookup.AuditArch => ArchNames.Sum(n => n.Length),
        _ => throw new ArgumentOutOfRangeException(nameof(lookup), lookup, null),
    };
}
