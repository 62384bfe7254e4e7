namespace SyscallTables.Tests;

/// <summary>
/// tables/ is what tables/import makes of the kernel source, byte for byte: importing the same source again must
/// reproduce every imported file, so nobody has edited them by hand and the provenance headers are honest.
/// </summary>
public sealed class ImportReproducibilityTests
{
    private const string KernelTarball = "/usr/src/linux-source-6.12.tar.xz";

    // The files tables/import writes (tables/import --help); everything else in tables/ is kept by hand.
    private static readonly string[] ImportedFiles =
    [
        "arguments/arm/asm-fcntl.h",
        "arguments/arm/asm-ioctls.h",
        "arguments/arm/asm-mman.h",
        "arguments/arm/asm-ptrace.h",
        "arguments/arm/asm-signal.h",
        "arguments/arm64/asm-fcntl.h",
        "arguments/arm64/asm-mman.h",
        "arguments/generic/asm-generic-fcntl.h",
        "arguments/generic/asm-generic-ioctl.h",
        "arguments/generic/asm-generic-ioctls.h",
        "arguments/generic/asm-generic-mman-common.h",
        "arguments/generic/asm-generic-mman.h",
        "arguments/generic/asm-generic-resource.h",
        "arguments/generic/asm-generic-signal.h",
        "arguments/generic/asm-generic-socket.h",
        "arguments/generic/asm-generic-sockios.h",
        "arguments/generic/kernel-linux-fs.h",
        "arguments/generic/linux-bpf-enums.h",
        "arguments/generic/linux-capability.h",
        "arguments/generic/linux-eventpoll.h",
        "arguments/generic/linux-fcntl.h",
        "arguments/generic/linux-fs.h",
        "arguments/generic/linux-icmp.h",
        "arguments/generic/linux-if_packet.h",
        "arguments/generic/linux-in-enums.h",
        "arguments/generic/linux-in.h",
        "arguments/generic/linux-in6.h",
        "arguments/generic/linux-ipc.h",
        "arguments/generic/linux-mman.h",
        "arguments/generic/linux-mount.h",
        "arguments/generic/linux-net-enums.h",
        "arguments/generic/linux-net.h",
        "arguments/generic/linux-netfilter-enums.h",
        "arguments/generic/linux-netfilter_ipv4-ip_tables.h",
        "arguments/generic/linux-netfilter_ipv6-ip6_tables.h",
        "arguments/generic/linux-personality-enums.h",
        "arguments/generic/linux-prctl.h",
        "arguments/generic/linux-ptrace.h",
        "arguments/generic/linux-sched.h",
        "arguments/generic/linux-seccomp.h",
        "arguments/generic/linux-shm.h",
        "arguments/generic/linux-socket.h",
        "arguments/generic/linux-sockios.h",
        "arguments/generic/linux-stat.h",
        "arguments/generic/linux-tcp.h",
        "arguments/generic/linux-time.h",
        "arguments/generic/linux-udp.h",
        "arguments/loongarch/asm-ptrace.h",
        "arguments/loongarch/asm-signal.h",
        "arguments/mips/asm-fcntl.h",
        "arguments/mips/asm-ioctl.h",
        "arguments/mips/asm-ioctls.h",
        "arguments/mips/asm-mman.h",
        "arguments/mips/asm-ptrace.h",
        "arguments/mips/asm-resource.h",
        "arguments/mips/asm-signal.h",
        "arguments/mips/asm-socket-enums.h",
        "arguments/mips/asm-socket.h",
        "arguments/mips/asm-sockios.h",
        "arguments/powerpc/asm-fcntl.h",
        "arguments/powerpc/asm-ioctl.h",
        "arguments/powerpc/asm-ioctls.h",
        "arguments/powerpc/asm-mman.h",
        "arguments/powerpc/asm-ptrace.h",
        "arguments/powerpc/asm-signal.h",
        "arguments/powerpc/asm-socket.h",
        "arguments/s390/asm-ioctls.h",
        "arguments/s390/asm-ptrace.h",
        "arguments/s390/asm-signal.h",
        "arguments/x86/asm-mman.h",
        "arguments/x86/asm-ptrace-abi.h",
        "arguments/x86/asm-signal.h",
        "arm/syscall.tbl",
        "audit/audit.h",
        "audit/elf-em.h",
        "errno/alpha/asm-errno.h",
        "errno/errno-base.h",
        "errno/errno.h",
        "errno/messages.txt",
        "errno/mips/asm-errno.h",
        "errno/parisc/asm-errno.h",
        "errno/powerpc/asm-errno.h",
        "errno/sparc/asm-errno.h",
        "generic/syscall.tbl",
        "i386/syscall_32.tbl",
        "mips/syscall_n32.tbl",
        "mips/syscall_n64.tbl",
        "mips/syscall_o32.tbl",
        "powerpc/syscall.tbl",
        "s390/syscall.tbl",
        "x86_64/syscall_64.tbl",
    ];

    [Fact]
    public void Importing_the_kernel_source_again_reproduces_tables_byte_for_byte()
    {
        Assert.SkipUnless(File.Exists(KernelTarball),
            $"{KernelTarball} is absent (Debian: apt-get install linux-source-6.12); the import cannot be repeated");
        string? bash = InstalledPrograms.Find("bash");
        Assert.SkipWhen(bash is null, "bash is not on PATH; tables/import is a bash script");
        Assert.SkipWhen(GlibcStrerror.Version is null, "the host C library is not glibc; errno/messages.txt holds glibc's strerror text");

        string output = Directory.CreateTempSubdirectory("tables-import-").FullName;
        try
        {
            HostCommandResult import = HostCommand.Run(bash!, [RepositoryLayout.Table("import"), "--out", output, KernelTarball]);
            Assert.True(import.ExitCode == 0, $"tables/import failed (exit {import.ExitCode}): {import.StandardError}");

            string[] written = [.. Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(output, f).Replace(Path.DirectorySeparatorChar, '/')).Order(StringComparer.Ordinal)];
            Assert.Equal(ImportedFiles, written);

            string committedKernel = KernelVersionLine(RepositoryLayout.Table("x86_64/syscall_64.tbl"));
            string importedKernel = KernelVersionLine(Path.Combine(output, "x86_64/syscall_64.tbl"));
            Assert.SkipWhen(committedKernel != importedKernel,
                $"{KernelTarball} holds another kernel ({importedKernel.Trim()}) than tables/ ({committedKernel.Trim()}); nothing to reproduce");

            string[] differing = [.. ImportedFiles.Where(f =>
                !File.ReadAllBytes(Path.Combine(output, f)).AsSpan().SequenceEqual(File.ReadAllBytes(RepositoryLayout.Table(f))))];
            Assert.True(differing.Length == 0,
                $"re-imported files differ from tables/: {string.Join(", ", differing)} (compare with: diff -r {output} {RepositoryLayout.Tables})");
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    private static string KernelVersionLine(string tableFile) =>
        File.ReadLines(tableFile).FirstOrDefault(l => l.StartsWith("# Kernel version:", StringComparison.Ordinal)) ?? "(no kernel version line)";
}
