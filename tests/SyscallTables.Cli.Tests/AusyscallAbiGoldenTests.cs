using System.Collections.Concurrent;
using System.Globalization;

namespace SyscallTables.Cli.Tests;

/// <summary>
/// <c>syscalls --audit-names</c> and our <c>ausyscall</c> against the installed ausyscall for the other arches it
/// knows (arm, ppc, ppc64, ppc64le, s390, s390x): the same answers except for the differences in
/// <see cref="AusyscallAbiDifferences"/>.
/// </summary>
public sealed class AusyscallAbiGoldenTests
{
    private const int NumbersToTry = 480;

    [Theory]
    [MemberData(nameof(AusyscallAbiDifferences.Names), MemberType = typeof(AusyscallAbiDifferences))]
    public void Every_number_prints_what_ausyscall_prints_but_for_the_listed_differences(string arch)
    {
        string ausyscall = Ausyscall.RequirePath();
        AusyscallAbiDifferences.Arch differences = AusyscallAbiDifferences.Of(arch);
        var mismatches = new ConcurrentBag<string>();
        Parallel.For(0, NumbersToTry, new ParallelOptions { MaxDegreeOfParallelism = 2 * Environment.ProcessorCount }, number =>
        {
            string n = number.ToString(CultureInfo.InvariantCulture);
            CliResult theirs = SameTableName(CliRun.Process(ausyscall, arch, n), differences);
            foreach (CliResult ours in new[] { CliRun.Syscalls("--audit-names", arch, n), CliRun.AsAusyscall(arch, n) })
            {
                bool ausyscallOnly = differences.AusyscallOnly.Contains(number), kernelOnly = differences.KernelOnly.Contains(number);
                if (ausyscallOnly || kernelOnly)
                {
                    // Listed: exactly one side knows the number.
                    if (theirs.ExitCode != (ausyscallOnly ? 0 : 1) || ours.ExitCode != (kernelOnly ? 0 : 1))
                    {
                        mismatches.Add($"{arch} {n}: listed as known only to {(ausyscallOnly ? "ausyscall" : "the kernel table")}, but ausyscall: {theirs}\nours: {ours}");
                    }
                }
                else if (ours != theirs)
                {
                    mismatches.Add($"{arch} {n}\nausyscall: {theirs}\nours: {ours}");
                }
            }
        });

        Assert.True(mismatches.IsEmpty, string.Join("\n\n", mismatches.OrderBy(m => m, StringComparer.Ordinal).Take(20)));
    }

    [Theory]
    [MemberData(nameof(AusyscallAbiDifferences.Names), MemberType = typeof(AusyscallAbiDifferences))]
    public void Dump_has_ausyscalls_rows_but_for_the_listed_differences(string arch)
    {
        AusyscallAbiDifferences.Arch differences = AusyscallAbiDifferences.Of(arch);
        CliResult theirs = Ausyscall.Run(arch, "--dump");
        Assert.StartsWith($"Using {differences.AusyscallTableName} syscall table:\n", theirs.StandardOutput, StringComparison.Ordinal);
        string[] theirRows = [.. AusyscallGoldenTests.DumpRows(theirs.StandardOutput)
            .Where(row => !differences.AusyscallOnly.Contains(row.Number)).Select(row => $"{row.Number}\t{row.Name}")];
        foreach (CliResult ours in new[] { CliRun.Syscalls("--audit-names", arch, "--dump"), CliRun.AsAusyscall(arch, "--dump") })
        {
            Assert.Equal(0, ours.ExitCode);
            Assert.StartsWith($"Using {arch} syscall table:\n", ours.StandardOutput, StringComparison.Ordinal);
            (int Number, string Name)[] ourRows = [.. AusyscallGoldenTests.DumpRows(ours.StandardOutput)];
            Assert.Equal(theirRows, ourRows.Where(row => !differences.KernelOnly.Contains(row.Number)).Select(row => $"{row.Number}\t{row.Name}"));
            // Every listed kernel-only number is in our dump (and so the list cannot go stale).
            Assert.Equal(differences.KernelOnly.Order(), ourRows.Select(row => row.Number).Where(differences.KernelOnly.Contains));
        }
    }

    [Theory]
    [MemberData(nameof(AusyscallAbiDifferences.Names), MemberType = typeof(AusyscallAbiDifferences))]
    public void Every_name_of_ausyscall_finds_the_same_number(string arch)
    {
        string ausyscall = Ausyscall.RequirePath();
        AusyscallAbiDifferences.Arch differences = AusyscallAbiDifferences.Of(arch);
        (int Number, string Name)[] rows = [.. AusyscallGoldenTests.DumpRows(Ausyscall.Run(arch, "--dump").StandardOutput)
            .Where(row => !differences.AusyscallOnly.Contains(row.Number))];
        Assert.True(rows.Length > 300, $"ausyscall {arch} --dump listed only {rows.Length} comparable syscalls");
        var mismatches = new ConcurrentBag<string>();
        Parallel.ForEach(rows, new ParallelOptions { MaxDegreeOfParallelism = 2 * Environment.ProcessorCount }, row =>
        {
            CliResult theirs = CliRun.Process(ausyscall, arch, row.Name, "--exact");
            foreach (CliResult ours in new[] { CliRun.Syscalls("--audit-names", arch, row.Name, "--exact"), CliRun.AsAusyscall(arch, row.Name, "--exact") })
            {
                if (ours != theirs)
                {
                    mismatches.Add($"{arch} {row.Name} --exact\nausyscall: {theirs}\nours: {ours}");
                }
            }
        });

        Assert.True(mismatches.IsEmpty, string.Join("\n\n", mismatches.OrderBy(m => m, StringComparer.Ordinal).Take(20)));
    }

    // ausyscall calls its arm table armeb; the rest of its "Unknown syscall" line is what we print.
    private static CliResult SameTableName(CliResult result, AusyscallAbiDifferences.Arch arch)
        => result with { StandardError = result.StandardError.Replace($"using {arch.AusyscallTableName} lookup", $"using {arch.Name} lookup", StringComparison.Ordinal) };
}
