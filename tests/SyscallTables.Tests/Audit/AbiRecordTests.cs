using System.Buffers;
using System.Text;
using SyscallTables.Audit;

namespace SyscallTables.Tests.Audit;

/// <summary>
/// A SYSCALL record of each ABI, written here from the kernel's numbers (its syscall table and asm/errno.h), read and
/// interpreted like any other: the arch by its audit.h name, the syscall from that arch's table, exit= with that
/// arch's errno numbers.
/// </summary>
public sealed class AbiRecordTests
{
    // arch= hex (audit.h), syscall= (the kernel table's number, with the ABI's offset or bit), exit=, and what each means.
    public static TheoryData<string, string, string, string, string, string> Records => new()
    {
        { "c00000f3", "34", "-17", "riscv64", "mkdirat", "EEXIST(File exists)" },
        { "c0000102", "34", "-17", "loongarch64", "mkdirat", "EEXIST(File exists)" },
        // x32: x86_64's audit arch, number 83 (mkdir, abi common) with __X32_SYSCALL_BIT; 0x40000000 + 512 is x32's own rt_sigaction.
        { "c000003e", "1073741907", "-17", "x86_64", "mkdir", "EEXIST(File exists)" },
        { "c000003e", "1073742336", "-22", "x86_64", "rt_sigaction", "EINVAL(Invalid argument)" },
        { "40000028", "39", "-17", "arm", "mkdir", "EEXIST(File exists)" },
        { "00000028", "322", "-2", "armeb", "openat", "ENOENT(No such file or directory)" },
        { "00000014", "39", "-17", "ppc", "mkdir", "EEXIST(File exists)" },
        { "80000015", "286", "-2", "ppc64", "openat", "ENOENT(No such file or directory)" },
        // powerpc's asm/errno.h gives EDEADLOCK a number of its own, 58 (elsewhere an alias of EDEADLK, 35).
        { "c0000015", "221", "-58", "ppc64le", "futex", "EDEADLOCK(File locking deadlock error)" },
        { "00000016", "39", "-17", "s390", "mkdir", "EEXIST(File exists)" },
        { "80000016", "288", "-2", "s390x", "openat", "ENOENT(No such file or directory)" },
        // mips: o32 numbers start at 4000, n64 at 5000, n32 at 6000; asm/errno.h numbers ENOMSG 35 (EDEADLK elsewhere).
        { "00000008", "4039", "-35", "mips", "mkdir", "ENOMSG(No message of desired type)" },
        { "40000008", "4288", "-17", "mipsel", "openat", "EEXIST(File exists)" },
        { "80000008", "5081", "-17", "mips64", "mkdir", "EEXIST(File exists)" },
        { "c0000008", "5247", "-1133", "mipsel64", "openat", "EDQUOT(Disk quota exceeded)" },
        { "a0000008", "6081", "-17", "mips64n32", "mkdir", "EEXIST(File exists)" },
        { "e0000008", "6251", "-45", "mipsel64n32", "openat", "EDEADLK(Resource deadlock avoided)" },
        // An x86_64 record keeps the generic numbers: 35 is EDEADLK there.
        { "c000003e", "83", "-35", "x86_64", "mkdir", "EDEADLK(Resource deadlock avoided)" },
    };

    [Theory]
    [MemberData(nameof(Records))]
    public void A_record_of_each_abi_interprets_arch_syscall_and_exit(string archHex, string syscall, string exit, string archName, string syscallName, string exitText)
    {
        string line = Line(archHex, syscall, exit);
        byte[] bytes = Encoding.UTF8.GetBytes(line);
        Assert.True(AuditRecord.TryParse(bytes, out AuditRecord record));
        AuditFieldContext context = AuditFieldContext.ForRecord(record);

        Assert.Equal(archName, InterpretField(context, record, "arch"u8));
        Assert.Equal(syscallName, InterpretField(context, record, "syscall"u8));
        Assert.Equal(exitText, InterpretField(context, record, "exit"u8));
    }

    // A syscall argument whose value means something else on x86_64, with the arch's own constants (asm/ headers of
    // that arch in the kernel source): arch= hex, syscall=, which argument, its hex value, and what it means there.
    public static TheoryData<string, string, string, string, string> Arguments => new()
    {
        // mips o32 openat: asm/fcntl.h O_CREAT 0x100, O_APPEND 0x8 (x86_64: O_CREAT 0x40, 0x100 is O_NOCTTY).
        { "00000008", "4288", "a2", "109", "O_WRONLY|O_CREAT|O_APPEND" },
        // mips kill: asm/signal.h SIGUSR1 16 (x86_64: SIGSTKFLT), SIGEMT 7 (x86_64: SIGBUS).
        { "40000008", "4037", "a1", "10", "SIGUSR1" },
        { "40000008", "4037", "a1", "7", "SIGEMT" },
        // mips n64 socket: asm/socket.h numbers SOCK_STREAM 2 and SOCK_DGRAM 1, the other way round from x86_64.
        { "80000008", "5040", "a1", "2", "SOCK_STREAM" },
        { "c0000008", "5040", "a1", "1", "SOCK_DGRAM" },
        // mips n32 mmap: asm/mman.h MAP_ANONYMOUS 0x800 (x86_64: MAP_DENYWRITE), MAP_LOCKED 0x8000.
        { "a0000008", "6009", "a3", "8802", "MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED" },
        // powerpc open: asm/fcntl.h O_DIRECTORY 040000 (x86_64: O_DIRECT); mmap: asm/mman.h MAP_LOCKED 0x80.
        { "c0000015", "5", "a1", "4000", "O_RDONLY|O_DIRECTORY" },
        { "80000015", "90", "a3", "a2", "MAP_PRIVATE|MAP_ANONYMOUS|MAP_LOCKED" },
        { "00000014", "5", "a1", "10000", "O_RDONLY|O_LARGEFILE" },         // O_LARGEFILE 0200000 (x86_64: O_DIRECTORY)
        // arm open: asm/fcntl.h O_DIRECTORY 040000, O_DIRECT 0200000.
        { "40000028", "5", "a1", "4000", "O_RDONLY|O_DIRECTORY" },
        { "00000028", "322", "a2", "10000", "O_RDONLY|O_DIRECT" },
        // s390x and riscv64 use the generic numbers: O_DIRECTORY 0200000, SIGSTKFLT 16.
        { "80000016", "37", "a1", "10", "SIGSTKFLT" },
        { "c00000f3", "56", "a2", "10000", "O_RDONLY|O_DIRECTORY" },
        { "c0000102", "129", "a1", "f", "SIGTERM" },
        // x32: x86_64's constants.
        { "c000003e", "1073742081", "a2", "10000", "O_RDONLY|O_DIRECTORY" },
    };

    [Theory]
    [MemberData(nameof(Arguments))]
    public void Arguments_of_each_abi_decode_with_that_arch_constants(string archHex, string syscall, string argument, string value, string meaning)
    {
        string line = Line(archHex, syscall, "-2").Replace($" {argument}=0 ", $" {argument}={value} ", StringComparison.Ordinal);
        Assert.Contains($" {argument}={value} ", line, StringComparison.Ordinal);
        Assert.True(AuditRecord.TryParse(Encoding.UTF8.GetBytes(line), out AuditRecord record));
        AuditFieldContext context = AuditFieldContext.ForRecord(record);

        Assert.Equal(meaning, InterpretField(context, record, Encoding.ASCII.GetBytes(argument)));
    }

    // The records above of the arches ausearch 3.0.9 knows, and where it answers otherwise (its answer, and why).
    public static TheoryData<string, string, string, string, string> AusearchCases => new()
    {
        { "40000028", "39", "-17", "arch", "armeb" },        // ausearch calls AUDIT_ARCH_ARM (little-endian) "armeb"
        { "00000028", "322", "-2", "arch", "unknown-elf-type(00000028)" }, // it has no big-endian arm, and then
        { "00000014", "39", "-17", "", "" },
        { "80000015", "286", "-2", "", "" },
        { "c0000015", "221", "-58", "exit", "(null)(Unknown error 58)" }, // host errno numbers: 58 is no errno on x86_64
        { "00000016", "39", "-17", "", "" },
        { "80000016", "288", "-2", "", "" },
    };

    [Theory]
    [MemberData(nameof(AusearchCases))]
    public void Records_of_the_arches_ausearch_knows_read_as_ausearch_reads_them_but_for_the_listed_fields(
        string archHex, string syscall, string exit, string differingField, string ausearchSays)
    {
        string? ausearch = InstalledPrograms.Find("ausearch");
        Assert.SkipWhen(ausearch is null, "ausearch is not installed (Debian: apt-get install auditd); the comparison needs it");
        string line = Line(archHex, syscall, exit);
        string path = Path.Combine(Path.GetTempPath(), $"syscalltables-abi-{archHex}-{Environment.ProcessId}.log");
        File.WriteAllText(path, line + "\n");
        try
        {
            HostCommandResult result = HostCommand.Run(ausearch!, ["-i", "-if", path]);
            Assert.True(AuditRecord.TryParse(Encoding.UTF8.GetBytes(line), out AuditRecord record));
            AuditFieldContext context = AuditFieldContext.ForRecord(record);
            foreach (string field in new[] { "arch", "syscall", "exit" })
            {
                string theirs = System.Text.RegularExpressions.Regex.Match(result.StandardOutput, $@" {field}=(\S+)").Groups[1].Value;
                string ours = InterpretField(context, record, Encoding.ASCII.GetBytes(field));
                if (field == differingField)
                {
                    // ausearch's text can hold blanks; its output is compared up to the first.
                    Assert.NotEmpty(theirs);
                    Assert.StartsWith(theirs, ausearchSays, StringComparison.Ordinal);
                    Assert.NotEqual(theirs, ours);
                }
                else if (field == "exit")
                {
                    // ausearch -i prints the message after the name; the first word is enough to compare (its output splits at blanks).
                    Assert.StartsWith(theirs, ours, StringComparison.Ordinal);
                }
                else if (differingField != "arch" || field != "syscall")
                {
                    Assert.Equal(theirs, ours);
                }
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Line(string archHex, string syscall, string exit)
        => $"type=SYSCALL msg=audit(1764000000.123:4242): arch={archHex} syscall={syscall} success=no exit={exit} a0=3 a1=0 a2=0 a3=0 items=0 ppid=1 pid=4242 auid=1000 uid=1000 gid=1000 euid=1000 suid=1000 fsuid=1000 egid=1000 sgid=1000 fsgid=1000 tty=pts0 ses=3 comm=\"probe\" exe=\"/usr/bin/probe\" key=(null)";

    private static string InterpretField(in AuditFieldContext context, AuditRecord record, ReadOnlySpan<byte> name)
    {
        Assert.True(record.TryGetField(name, out AuditField field));
        byte[] buffer = new byte[256];
        OperationStatus status = FieldInterpreter.Interpret(context, field, buffer, out int written);
        Assert.Equal(OperationStatus.Done, status);
        return Encoding.UTF8.GetString(buffer, 0, written);
    }
}
