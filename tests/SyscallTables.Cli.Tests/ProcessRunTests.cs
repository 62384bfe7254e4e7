using System.Buffers.Binary;

namespace SyscallTables.Cli.Tests;

/// <summary>
/// End to end: the built program as a process, including the name it is started under (a symlink named ausyscall).
/// The NativeAOT binary is checked where it has been published (<c>SYSCALLS_BINARY</c>, or the default publish
/// folder), since publishing takes longer than a test should.
/// </summary>
public sealed class ProcessRunTests
{
    private const string PublishCommand = "dotnet publish src/SyscallTables.Cli -c Release -r linux-x64 -p:PublishAot=true";
    private const long MaxStaticBinaryBytes = 4L * 1024 * 1024;

    public static TheoryData<string> Binaries => new() { "apphost", "nativeaot" };

    [Theory]
    [MemberData(nameof(Binaries))]
    public void The_program_answers_like_its_entry_point(string binary)
    {
        string program = Require(binary);
        string[][] commandLines = [["x86_64", "mkdir"], ["83"], ["errno", "-17"], ["arch", "c000003e"], ["i386", "--dump"], ["sparc64", "mkdir"], ["--dmp"], ["nosuch"]];
        foreach (string[] args in commandLines)
        {
            Assert.Equal(CliRun.Syscalls(args), CliRun.Process(program, args));
        }
    }

    [Theory]
    [MemberData(nameof(Binaries))]
    public void Through_a_symlink_named_ausyscall_it_answers_as_ausyscall(string binary)
    {
        string program = Require(binary);
        string dir = Directory.CreateTempSubdirectory("syscalls-ausyscall-").FullName;
        try
        {
            string link = Path.Combine(dir, "ausyscall");
            File.CreateSymbolicLink(link, program);
            Assert.Equal(new CliResult(0, "pread\n", ""), CliRun.Process(link, "x86_64", "17"));
            Assert.Equal(CliRun.AsAusyscall("x86_64", "read"), CliRun.Process(link, "x86_64", "read"));
            CliResult riscv = CliRun.Process(link, "sparc64", "mkdir");
            Assert.Equal(1, riscv.ExitCode);
            Assert.StartsWith("ausyscall: no syscall table for 'sparc64'", riscv.StandardError, StringComparison.Ordinal);
            if (InstalledPrograms.Find("ausyscall") is { } real)
            {
                Assert.Equal(CliRun.Process(real, "x86_64", "mkdir"), CliRun.Process(link, "x86_64", "mkdir"));
                Assert.Equal(CliRun.Process(real), CliRun.Process(link));
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_NativeAOT_binary_is_one_static_executable_of_at_most_4_MB()
    {
        string program = Require("nativeaot");
        long size = new FileInfo(program).Length;
        Assert.True(size <= MaxStaticBinaryBytes, $"{program} is {size:N0} bytes; the limit is {MaxStaticBinaryBytes:N0}");
        Assert.False(HasInterpreter(program, out string kind), $"{program} asks for a dynamic loader ({kind}); it should be statically linked");
        string[] others = Directory.GetFiles(Path.GetDirectoryName(program)!).Where(f => f != program).Select(Path.GetFileName).ToArray()!;
        Assert.True(others.Length == 0, "publish/ should hold only the executable, also has: " + string.Join(", ", others));
    }

    private static string Require(string binary)
    {
        if (binary == "apphost")
        {
            // The referenced CLI project's apphost is copied next to the tests.
            string apphost = Path.Combine(AppContext.BaseDirectory, "syscalls");
            Assert.SkipUnless(File.Exists(apphost), $"no apphost at {apphost} (built without UseAppHost?)");
            return apphost;
        }

        string? fromEnvironment = Environment.GetEnvironmentVariable("SYSCALLS_BINARY");
        string path = !string.IsNullOrEmpty(fromEnvironment)
            ? fromEnvironment
            : Path.Combine(RepositoryLayout.Root, "src/SyscallTables.Cli/bin/Release/net10.0/linux-x64/publish/syscalls");
        Assert.SkipUnless(File.Exists(path), $"no NativeAOT binary at {path}; run `{PublishCommand}` or set SYSCALLS_BINARY");
        return Path.GetFullPath(path);
    }

    // A dynamically linked ELF names its loader in a PT_INTERP program header; a static(-pie) one has none.
    private static bool HasInterpreter(string path, out string kind)
    {
        byte[] elf = File.ReadAllBytes(path);
        Assert.True(elf.Length > 64 && elf[0] == 0x7f && elf[1] == 'E' && elf[2] == 'L' && elf[3] == 'F' && elf[4] == 2, "not a 64-bit ELF file");
        ulong programHeaders = BinaryPrimitives.ReadUInt64LittleEndian(elf.AsSpan(0x20));
        ushort entrySize = BinaryPrimitives.ReadUInt16LittleEndian(elf.AsSpan(0x36));
        ushort count = BinaryPrimitives.ReadUInt16LittleEndian(elf.AsSpan(0x38));
        for (int i = 0; i < count; i++)
        {
            int offset = checked((int)programHeaders + i * entrySize);
            const uint PtInterp = 3;
            if (BinaryPrimitives.ReadUInt32LittleEndian(elf.AsSpan(offset)) == PtInterp)
            {
                ulong at = BinaryPrimitives.ReadUInt64LittleEndian(elf.AsSpan(offset + 8));
                ulong length = BinaryPrimitives.ReadUInt64LittleEndian(elf.AsSpan(offset + 32));
                kind = System.Text.Encoding.ASCII.GetString(elf, (int)at, (int)length).TrimEnd('\0');
                return true;
            }
        }

        kind = "";
        return false;
    }
}
