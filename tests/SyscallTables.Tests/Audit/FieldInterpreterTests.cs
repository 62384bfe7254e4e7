using System.Buffers;
using System.Text;
using SyscallTables.Audit;

namespace SyscallTables.Tests.Audit;

/// <summary>
/// The four SYSCALL fields the seed needs. Expected texts come from the kernel tables and headers (through the test
/// project's own readers of tables/), from glibc's strerror in the C locale, or from <c>ausearch -i</c> output of the seed
/// record; the corpus-wide comparison with the real ausearch is in <see cref="AusearchConformanceTests"/>.
/// </summary>
public sealed class FieldInterpreterTests
{
    private static (OperationStatus Status, string Text) Run(string name, string value, AuditArch arch = AuditArch.X86_64,
        SyscallNaming naming = SyscallNaming.Kernel, int size = 256)
    {
        var destination = new byte[size];
        OperationStatus status = FieldInterpreter.Interpret(Encoding.UTF8.GetBytes(name), Encoding.UTF8.GetBytes(value), arch,
            destination, out int written, naming);
        return (status, Encoding.UTF8.GetString(destination, 0, written));
    }

    [Theory]
    [InlineData("c000003e", "x86_64")]
    [InlineData("C000003E", "x86_64")]
    [InlineData("40000003", "i386")]
    [InlineData("c00000b7", "aarch64")]
    [InlineData("14", "ppc")]
    [InlineData("80000015", "ppc64")]
    public void Arch_hex_becomes_its_name(string hex, string name)
    {
        Assert.Equal((OperationStatus.Done, name), Run("arch", hex));
    }

    [Theory]
    [InlineData("deadbeef")]
    [InlineData("0")]
    [InlineData("")]
    [InlineData("c000003e0")]
    [InlineData("-c000003e")]
    [InlineData("x86_64")]
    public void Arch_that_is_no_known_hex_is_not_interpreted(string value)
    {
        Assert.Equal((OperationStatus.InvalidData, ""), Run("arch", value));
    }

    [Fact]
    public void Syscall_number_becomes_the_name_in_the_records_arch_for_every_table_row()
    {
        foreach (KernelSyscallTable table in KernelSyscallTable.All)
        {
            foreach (KernelSyscallRow row in table.Rows)
            {
                Assert.Equal((OperationStatus.Done, row.Name), Run("syscall", row.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), table.Arch));
            }
        }
    }

    [Theory]
    [InlineData(AuditArch.X86_64, "83", SyscallNaming.Kernel, "mkdir")]
    [InlineData(AuditArch.X86_64, "17", SyscallNaming.Kernel, "pread64")]
    [InlineData(AuditArch.X86_64, "17", SyscallNaming.AuditUserspace, "pread")]
    [InlineData(AuditArch.Aarch64, "79", SyscallNaming.Kernel, "newfstatat")]
    [InlineData(AuditArch.Aarch64, "80", SyscallNaming.AuditUserspace, "newfstat")]
    [InlineData(AuditArch.I386, "102", SyscallNaming.Kernel, "socketcall")]
    [InlineData(AuditArch.I386, "192", SyscallNaming.Kernel, "mmap2")]
    public void Syscall_names_follow_the_naming(AuditArch arch, string number, SyscallNaming naming, string name)
    {
        Assert.Equal((OperationStatus.Done, name), Run("syscall", number, arch, naming));
    }

    [Theory]
    [InlineData(AuditArch.X86_64, "100000")]
    [InlineData(AuditArch.X86_64, "-1")]
    [InlineData(AuditArch.X86_64, "0x53")]
    [InlineData(AuditArch.X86_64, "83 ")]
    [InlineData(AuditArch.Sparc, "102")]
    [InlineData(AuditArch.X86_64, "99999999999999999999")]
    public void Syscall_without_a_name_is_not_interpreted(AuditArch arch, string value)
    {
        Assert.Equal((OperationStatus.InvalidData, ""), Run("syscall", value, arch));
    }

    [Theory]
    [InlineData("yes", OperationStatus.Done)]
    [InlineData("no", OperationStatus.Done)]
    [InlineData("maybe", OperationStatus.InvalidData)]
    [InlineData("", OperationStatus.InvalidData)]
    public void Success_is_yes_or_no(string value, OperationStatus status)
    {
        Assert.Equal((status, status == OperationStatus.Done ? value : ""), Run("success", value));
    }

    [Fact]
    public void Every_errno_exit_is_name_and_glibc_message()
    {
        Assert.SkipWhen(GlibcStrerror.Version is null, "the C library is not glibc, whose strerror text ausearch prints");
        int checkedCount = 0;
        foreach ((int number, string name) in KernelErrnoHeaders.CanonicalNames)
        {
            string message = GlibcStrerror.MessageInCLocale(number);
            Assert.Equal((OperationStatus.Done, $"{name}({message})"), Run("exit", "-" + number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            checkedCount++;
        }

        Assert.True(checkedCount > 120, $"only {checkedCount} errnos checked");
    }

    [Theory]
    [InlineData("-17", "EEXIST(File exists)")]
    [InlineData("-13", "EACCES(Permission denied)")]
    [InlineData("-1", "EPERM(Operation not permitted)")]
    public void Exit_examples_from_the_issue(string value, string text)
    {
        Assert.Equal((OperationStatus.Done, text), Run("exit", value));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("3")]
    [InlineData("140737488355328")]
    [InlineData("-512")]            // ERESTARTSYS: kernel-internal, no errno name
    [InlineData("-4095")]           // MAX_ERRNO, no errno of that number
    [InlineData("-4096")]           // an address, not an errno
    [InlineData("-1220509696")]     // i386 mmap2 result above 2 GiB
    [InlineData("-9223372036854775808")]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("+17")]
    [InlineData("-17x")]
    [InlineData("EEXIST")]
    public void Exit_that_is_no_errno_stays_a_number(string value)
    {
        Assert.Equal((OperationStatus.InvalidData, ""), Run("exit", value));
    }

    [Fact]
    public void Too_small_destination_is_reported_and_other_fields_are_not_interpreted()
    {
        Assert.Equal(OperationStatus.DestinationTooSmall, Run("exit", "-17", size: 18).Status);
        Assert.Equal((OperationStatus.Done, "EEXIST(File exists)"), Run("exit", "-17", size: 19));
        Assert.Equal(OperationStatus.DestinationTooSmall, Run("syscall", "83", size: 4).Status);
        Assert.Equal(OperationStatus.DestinationTooSmall, Run("arch", "c000003e", size: 5).Status);
        Assert.Equal((OperationStatus.InvalidData, ""), Run("uid", "0"));
        Assert.Equal((OperationStatus.InvalidData, ""), Run("EXIT", "-17"));
    }

    [Fact]
    public void Buffer_writer_gets_the_interpretation_or_the_raw_value()
    {
        var writer = new ArrayBufferWriter<byte>();
        Assert.True(FieldInterpreter.WriteInterpreted(writer, "exit"u8, "-2"u8, AuditArch.X86_64));
        writer.Write(" "u8);
        Assert.False(FieldInterpreter.WriteInterpreted(writer, "exit"u8, "-1220509696"u8, AuditArch.I386));
        writer.Write(" "u8);
        Assert.True(FieldInterpreter.WriteInterpreted(writer, "syscall"u8, "17"u8, AuditArch.X86_64, SyscallNaming.AuditUserspace));

        Assert.Equal("ENOENT(No such file or directory) -1220509696 pread", Encoding.UTF8.GetString(writer.WrittenSpan));
    }

    [Fact]
    public void Interpreting_the_seed_record_allocates_nothing()
    {
        byte[] line = File.ReadAllBytes(Path.Combine(RepositoryLayout.Root, "tests", "data", "audit", "syslog-audispd.log"));
        line = line[..Array.IndexOf(line, (byte)'\n')];
        var destination = new byte[256];

        int total = InterpretSeed(line, destination);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int mismatches = 0;
        for (int i = 0; i < 1000; i++)
        {
            mismatches += InterpretSeed(line, destination) == total ? 0 : 1;
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, mismatches);
        Assert.Equal(0, allocated);
        Assert.Equal("x86_64mkdirnoEEXIST(File exists)".Length, total);
    }

    private static int InterpretSeed(byte[] line, byte[] destination)
    {
        // No Assert in here: the measured loop must allocate only what the library allocates.
        if (!AuditRecord.TryParse(line, out AuditRecord record) || !record.TryGetField("arch"u8, out AuditField archField)
            || !FieldInterpreter.TryParseArch(archField.Value, out AuditArch arch))
        {
            return -1;
        }

        int total = 0;
        foreach (AuditField field in record.Fields)
        {
            if (FieldInterpreter.Interpret(field.Name, field.Value, arch, destination, out int written) == OperationStatus.Done)
            {
                total += written;
            }
        }

        return total;
    }
}
