using System.Globalization;
using System.Text.RegularExpressions;

namespace SyscallTables.Packaging.Tests;

/// <summary>
/// Fresh apps that reference only the SyscallTables.Generators package and bring their own table, as a user with a
/// riscv64 (or vendor, or newer) kernel would.
/// </summary>
public sealed class GeneratorConsumerTests(PackedFeed feed)
{
    // The ABIs arch/riscv/kernel/Makefile.syscalls adds to the generic table for 64-bit riscv.
    private static readonly string[] Riscv64Abis = ["common", "64", "riscv", "rlimit", "memfd_secret"];

    [Fact]
    public void Kernel_generic_table_declared_as_riscv64_generates_lookups_in_the_root_namespace()
    {
        string table = RepositoryLayout.File("tables/generic/syscall.tbl");
        string app = feed.CreateConsumerFolder("generator-riscv64");
        File.Copy(table, Path.Combine(app, "syscall.tbl"));
        File.WriteAllText(Path.Combine(app, "RiscvConsumer.csproj"), ConsumerProject(
            "Consumer.Riscv", "syscall.tbl", "Riscv64", string.Join(';', Riscv64Abis)));
        // Fully qualified from top-level statements (the global namespace): compiling proves the generated types are
        // in the project's root namespace.
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            System.Console.WriteLine("63: " + Consumer.Riscv.Riscv64Syscalls.GetName(63));
            System.Console.WriteLine("riscv_flush_icache: " + (Consumer.Riscv.Riscv64Syscalls.TryGetNumber("riscv_flush_icache", out int n) ? n : -1));
            System.Console.WriteLine("openat: " + (int)Consumer.Riscv.Riscv64Syscall.openat);
            """);

        string output = BuildAndRun(app, "RiscvConsumer");

        var flushIcache = KernelTables.SyscallRows(table, Riscv64Abis).Single(r => r.Name == "riscv_flush_icache");
        Assert.Equal("riscv", flushIcache.Abi); // the row exists only for the riscv ABI, so Abis decides whether it is in
        string expected = string.Join('\n',
            "63: " + KernelTables.SyscallName(table, 63, Riscv64Abis),
            "riscv_flush_icache: " + flushIcache.Number.ToString(CultureInfo.InvariantCulture),
            "openat: " + KernelTables.SyscallNumber(table, "openat", Riscv64Abis).ToString(CultureInfo.InvariantCulture)) + "\n";
        Assert.Equal(expected, output);
    }

    [Fact]
    public void One_table_file_serves_two_arches_through_an_arches_file()
    {
        string table = RepositoryLayout.File("tables/generic/syscall.tbl");
        string[] aarch64Abis = ["common", "64", "renameat", "rlimit", "memfd_secret"];
        string app = feed.CreateConsumerFolder("generator-arches");
        Directory.CreateDirectory(Path.Combine(app, "tables", "generic"));
        File.Copy(table, Path.Combine(app, "tables", "generic", "syscall.tbl"));
        File.WriteAllText(Path.Combine(app, "tables", "arches.txt"), $"""
            # ARCH  TABLES  ABIS  [NAME=VALUE...]
            Aarch64  generic/syscall.tbl  {string.Join(',', aarch64Abis)}
            Riscv64  generic/syscall.tbl  {string.Join(',', Riscv64Abis)}  NameLookup=Search
            """);
        File.WriteAllText(Path.Combine(app, "ArchesConsumer.csproj"), ConsumerProject("Consumer.Arches", """
            <SyscallTable Include="tables/**/*.tbl" />
            <SyscallArches Include="tables/arches.txt" />
            """));
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            System.Console.WriteLine("riscv64 258: " + Consumer.Arches.Riscv64Syscalls.GetName(258));
            System.Console.WriteLine("aarch64 258: " + (Consumer.Arches.Aarch64Syscalls.GetName(258) ?? "none"));
            System.Console.WriteLine("riscv_flush_icache: " + (Consumer.Arches.Riscv64Syscalls.TryGetNumber("riscv_flush_icache", out int n) ? n : -1));
            """);

        string output = BuildAndRun(app, "ArchesConsumer");

        // 258 is a riscv-only row of the generic table: riscv64 reads it, aarch64 (other ABIs, same file) does not.
        string expected = string.Join('\n',
            "riscv64 258: " + KernelTables.SyscallName(table, 258, Riscv64Abis),
            "aarch64 258: " + (KernelTables.SyscallRows(table, aarch64Abis).Any(r => r.Number == 258) ? KernelTables.SyscallName(table, 258, aarch64Abis) : "none"),
            "riscv_flush_icache: " + KernelTables.SyscallNumber(table, "riscv_flush_icache", Riscv64Abis).ToString(CultureInfo.InvariantCulture)) + "\n";
        Assert.Equal(expected, output);
    }

    [Fact]
    public void Malformed_user_table_fails_the_build_with_SCT001_at_its_file_and_line()
    {
        string app = feed.CreateConsumerFolder("generator-malformed");
        string table = Path.Combine(app, "tables", "vendor.tbl");
        Directory.CreateDirectory(Path.GetDirectoryName(table)!);
        string[] lines =
        [
            "# a vendor table with one broken row",
            "0\tcommon\tio_setup\tsys_io_setup",
            "abc\tcommon\tread\tsys_read",
            "2\tcommon\tio_submit\tsys_io_submit",
        ];
        int brokenLine = Array.FindIndex(lines, l => l.StartsWith("abc", StringComparison.Ordinal)) + 1;
        File.WriteAllText(table, string.Join('\n', lines) + "\n");
        File.WriteAllText(Path.Combine(app, "VendorConsumer.csproj"), ConsumerProject("Consumer.Vendor", "tables/vendor.tbl", "Vendor", "common"));
        File.WriteAllText(Path.Combine(app, "Program.cs"), "System.Console.WriteLine();\n");

        CommandResult build = feed.Dotnet(app, "build", "--disable-build-servers", "-tl:off", "-nologo");
        TestContext.Current.TestOutputHelper?.WriteLine(build.ToString());

        Assert.NotEqual(0, build.ExitCode);
        string location = Regex.Escape(table) + @"\(" + brokenLine.ToString(CultureInfo.InvariantCulture) + @",\d+(,\d+,\d+)?\)";
        Assert.Matches(new Regex("^" + location + @": error SCT001: ", RegexOptions.Multiline), build.Output);
    }

    /// <summary>Builds the consumer app without warnings and runs it; its standard output.</summary>
    private string BuildAndRun(string app, string project)
    {
        CommandResult build = feed.Dotnet(app, "build", "--disable-build-servers", "-tl:off", "-nologo");
        TestContext.Current.TestOutputHelper?.WriteLine(build.ToString());
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain(": warning ", build.Output, StringComparison.Ordinal);

        CommandResult run = feed.Dotnet(app, Path.Combine(app, "bin", "Debug", "net10.0", project + ".dll"));
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.Output;
    }

    private string ConsumerProject(string rootNamespace, string table, string arch, string abis)
        => ConsumerProject(rootNamespace, $"""<SyscallTable Include="{table}" Arch="{arch}" Abis="{abis}" />""");

    private string ConsumerProject(string rootNamespace, string tableItems) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <RootNamespace>{rootNamespace}</RootNamespace>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="SyscallTables.Generators" Version="{feed.Version}" PrivateAssets="all" />
            {tableItems}
          </ItemGroup>
        </Project>
        """;
}
