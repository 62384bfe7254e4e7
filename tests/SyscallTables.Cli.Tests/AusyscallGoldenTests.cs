using System.Collections.Concurrent;
using System.Globalization;

namespace SyscallTables.Cli.Tests;

/// <summary>
/// Our CLI against the installed ausyscall, for every number and every name of its x86_64, i386 and aarch64 tables:
/// once as <c>syscalls --audit-names</c> and once invoked as <c>ausyscall</c>. Differences allowed are only those in
/// <see cref="AusyscallDifferences"/>.
/// </summary>
public sealed class AusyscallGoldenTests
{
    // One past the highest number any table here has; numbers above still must be "Unknown" on both sides.
    private const int NumbersToTry = 480;

    [Theory]
    [MemberData(nameof(Ausyscall.Arches), MemberType = typeof(Ausyscall))]
    public void Every_number_prints_what_ausyscall_prints(string arch)
    {
        string ausyscall = Ausyscall.RequirePath();
        var mismatches = new ConcurrentBag<string>();
        Parallel.For(0, NumbersToTry, new ParallelOptions { MaxDegreeOfParallelism = 2 * Environment.ProcessorCount }, number =>
        {
            string n = number.ToString(CultureInfo.InvariantCulture);
            CliResult theirs = CliRun.Process(ausyscall, arch, n);
            foreach (CliResult ours in new[] { CliRun.Syscalls("--audit-names", arch, n), CliRun.AsAusyscall(arch, n) })
            {
                if (AusyscallDifferences.IsNewerThanAusyscall(arch, number))
                {
                    // Listed as newer: ausyscall must not know it, and we must.
                    if (theirs.ExitCode != 1 || ours.ExitCode != 0 || ours.StandardOutput.Length == 0)
                    {
                        mismatches.Add($"{arch} {n}: listed as newer than ausyscall, but ausyscall: {theirs}\nours: {ours}");
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
    [MemberData(nameof(Ausyscall.Arches), MemberType = typeof(Ausyscall))]
    public void Every_name_searches_and_exact_lookups_like_ausyscall(string arch)
    {
        string ausyscall = Ausyscall.RequirePath();
        string[] names = DumpRows(Ausyscall.Run(arch, "--dump").StandardOutput).Select(row => row.Name).ToArray();
        Assert.True(names.Length > 250, $"ausyscall {arch} --dump listed only {names.Length} syscalls");
        var mismatches = new ConcurrentBag<string>();
        Parallel.ForEach(names, new ParallelOptions { MaxDegreeOfParallelism = 2 * Environment.ProcessorCount }, name =>
        {
            CliResult theirSearch = CliRun.Process(ausyscall, arch, name);
            CliResult theirExact = CliRun.Process(ausyscall, arch, name, "--exact");
            foreach ((CliResult ours, bool matchesOtherName) in new[] { (CliRun.Syscalls("--audit-names", arch, name), true), (CliRun.AsAusyscall(arch, name), false) })
            {
                // A search also lists newer syscalls with the word in their name; ausyscall cannot.
                CliResult comparable = ours with { StandardOutput = ComparableRows(arch, name, ours.StandardOutput, matchesOtherName) };
                if (comparable != theirSearch)
                {
                    mismatches.Add($"{arch} {name}\nausyscall: {theirSearch}\nours: {ours}");
                }
            }

            foreach (CliResult ours in new[] { CliRun.Syscalls("--audit-names", arch, name, "--exact"), CliRun.AsAusyscall(arch, name, "--exact") })
            {
                if (ours != theirExact)
                {
                    mismatches.Add($"{arch} {name} --exact\nausyscall: {theirExact}\nours: {ours}");
                }
            }
        });

        Assert.True(mismatches.IsEmpty, string.Join("\n\n", mismatches.OrderBy(m => m, StringComparer.Ordinal).Take(20)));
    }

    [Theory]
    [MemberData(nameof(Ausyscall.Arches), MemberType = typeof(Ausyscall))]
    public void Dump_is_byte_identical_but_for_newer_syscalls(string arch)
    {
        CliResult theirs = Ausyscall.Run(arch, "--dump");
        foreach (CliResult ours in new[] { CliRun.Syscalls("--audit-names", arch, "--dump"), CliRun.AsAusyscall(arch, "--dump"), CliRun.AsAusyscall("--dump", arch) })
        {
            Assert.Equal(0, ours.ExitCode);
            Assert.Equal("", ours.StandardError);
            string header = $"Using {arch} syscall table:\n";
            Assert.StartsWith(header, ours.StandardOutput, StringComparison.Ordinal);
            var kept = new List<string>();
            var newer = new List<int>();
            foreach ((int number, string name) in DumpRows(ours.StandardOutput))
            {
                if (AusyscallDifferences.IsNewerThanAusyscall(arch, number))
                {
                    newer.Add(number);
                }
                else
                {
                    kept.Add($"{number}\t{name}\n");
                }
            }

            Assert.Equal(theirs.StandardOutput, header + string.Concat(kept));
            Assert.NotEmpty(newer);
            Assert.All(newer, number => Assert.DoesNotContain($"\n{number}\t", theirs.StandardOutput, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData]
    [InlineData("x86_64")]
    [InlineData("--exact")]
    [InlineData("83", "84")]
    [InlineData("x86_64", "i386", "83")]
    [InlineData("x86_64", "mkdir", "--exact", "extra")]
    [InlineData("a", "b", "c", "d")]
    [InlineData("nosuch")]
    [InlineData("NOSUCH", "--exact")]
    [InlineData("9999")]
    [InlineData("i386", "9999")]
    [InlineData("aarch64", "mkdir")]
    [InlineData("MKDIR", "--exact")]
    [InlineData("--exact", "mkdir")]
    [InlineData("83", "--exact")]
    [InlineData("83abc")]
    [InlineData("83", "mkdir")]
    [InlineData("mkdir", "83")]
    [InlineData("-5")]
    [InlineData("--dmp")]
    [InlineData("b32", "mkdir")]
    [InlineData("b64", "83")]
    [InlineData("c000003e", "mkdir")]
    [InlineData("X86_64", "83")]
    [InlineData("i686", "openat")]
    public void Invoked_as_ausyscall_every_message_and_exit_code_matches(params string[] args)
    {
        CliResult theirs = Ausyscall.Run(args);
        CliResult ours = CliRun.AsAusyscall(args);
        Assert.Equal(theirs, ours);
    }

    [Fact]
    public void Listed_differences_still_show_on_both_sides()
    {
        Ausyscall.RequirePath();
        foreach (AusyscallDifferences.Case difference in AusyscallDifferences.Cases)
        {
            CliResult theirs = Ausyscall.Run(difference.Args);
            CliResult ours = CliRun.AsAusyscall(difference.Args);
            Assert.True(theirs.ExitCode == difference.AusyscallExit && (theirs.StandardOutput + theirs.StandardError).Contains(difference.AusyscallSays, StringComparison.Ordinal),
                $"ausyscall {difference} no longer answers as listed ({difference.Why}):\n{theirs}");
            Assert.True(ours.ExitCode == difference.OurExit && (ours.StandardOutput + ours.StandardError).Contains(difference.WeSay, StringComparison.Ordinal),
                $"ours {difference} does not answer as listed ({difference.Why}):\n{ours}");
        }
    }

    internal static IEnumerable<(int Number, string Name)> DumpRows(string dump)
    {
        foreach (string line in dump.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1))
        {
            string[] fields = line.Split('\t');
            yield return (int.Parse(fields[0], CultureInfo.InvariantCulture), fields[1]);
        }
    }

    private static string ComparableRows(string arch, string query, string searchOutput, bool matchesOtherName)
    {
        IEnumerable<string> rows = searchOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(row => !AusyscallDifferences.IsNewerThanAusyscall(arch, int.Parse(row[(row.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture)))
            .Where(row => !(matchesOtherName && AusyscallDifferences.IsMatchByOtherName(row[..row.IndexOf(' ', StringComparison.Ordinal)], query)));
        return string.Concat(rows.Select(row => row + "\n"));
    }
}
