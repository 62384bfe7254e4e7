using System.Globalization;
using System.Text.RegularExpressions;

namespace SyscallTables.Packaging.Tests;

/// <summary>A fresh console app that references the SyscallTables package, published with NativeAOT.</summary>
public sealed partial class LibraryConsumerTests(PackedFeed feed)
{
    [Fact]
    public void Console_app_publishes_with_NativeAOT_without_warnings_and_answers_from_the_kernel_tables()
    {
        Assert.SkipWhen(InstalledPrograms.Find("clang") is null,
            "clang is not installed: NativeAOT links the native executable with clang (apt-get install clang lld)");

        string app = feed.CreateConsumerFolder("library-aot");
        File.WriteAllText(Path.Combine(app, "LibraryConsumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <!-- Every trimming/AOT warning on its own line, not one summary per assembly. -->
                <TrimmerSingleWarn>false</TrimmerSingleWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SyscallTables" Version="{feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using SyscallTables;

            System.Console.WriteLine("x86_64 83: " + Syscalls.GetName(AuditArch.X86_64, 83));
            System.Console.WriteLine("aarch64 openat: " + (Syscalls.TryGetNumber(AuditArch.Aarch64, "openat", out int n) ? n : -1));
            System.Console.WriteLine("errno 17: " + Errnos.GetName(17) + " " + Errnos.GetMessage(17));
            System.Console.WriteLine("arch c000003e: " + (AuditArchs.TryParse("c000003e", out AuditArch a) ? a + " " + ((uint)a).ToString("x8") : "not parsed"));
            """);

        CommandResult publish = feed.Dotnet(app, "publish", "-r", "linux-x64", "-p:PublishAot=true", "-c", "Release",
            "--disable-build-servers", "-tl:off", "-nologo");
        TestContext.Current.TestOutputHelper?.WriteLine(publish.ToString());
        Assert.True(publish.ExitCode == 0, publish.ToString());
        string[] warnings = publish.Output.Split('\n').Where(line => Warning().IsMatch(line)).ToArray();
        Assert.True(warnings.Length == 0, "the AOT publish warned:\n" + string.Join('\n', warnings));

        string executable = Path.Combine(app, "bin", "Release", "net10.0", "linux-x64", "publish", "LibraryConsumer");
        Assert.True(File.Exists(executable), "no native executable at " + executable);
        CommandResult run = DotnetCommand.Run(executable, app, feed.PackagesFolder);
        Assert.True(run.ExitCode == 0, run.ToString());

        string tables = RepositoryLayout.File("tables");
        string mkdir = KernelTables.SyscallName(Path.Combine(tables, "x86_64/syscall_64.tbl"), 83, "common", "64");
        int openat = KernelTables.SyscallNumber(Path.Combine(tables, "generic/syscall.tbl"), "openat",
            "common", "64", "renameat", "rlimit", "memfd_secret");
        (string eexist, string fileExists) = KernelTables.Errno(Path.Combine(tables, "errno/errno-base.h"), 17);
        string x86_64 = KernelTables.AuditArchName(Path.Combine(tables, "audit/audit.h"), Path.Combine(tables, "audit/elf-em.h"), 0xC000003E);

        string expected = string.Join('\n',
            $"x86_64 83: {mkdir}",
            $"aarch64 openat: {openat.ToString(CultureInfo.InvariantCulture)}",
            $"errno 17: {eexist} {fileExists}",
            $"arch c000003e: {x86_64} c000003e") + "\n";
        // The enum member is the audit.h suffix as written for X86_64 (other arches are Pascal-cased: Aarch64).
        Assert.Equal(expected, run.Output);
    }

    // MSBuild's canonical message form: "file(line,col): warning CODE: text" or "... : warning CODE: text".
    [GeneratedRegex(@":\s+warning\s+[A-Za-z]+\d+\s*:")]
    private static partial Regex Warning();
}
