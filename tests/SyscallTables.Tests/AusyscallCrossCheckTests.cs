using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SyscallTables.Tests;

/// <summary>
/// The library against the real ausyscall (auditd). audit-userspace is the reference for the names an audit log and
/// auditctl use, so every number ausyscall knows must give ausyscall's name; the numbers only we know are the ones
/// listed in <see cref="AusyscallDifferences"/>.
/// </summary>
public sealed partial class AusyscallCrossCheckTests
{
    private static readonly ConcurrentDictionary<string, Lazy<Dictionary<int, string>>> Dumps = new();

    [Theory]
    [InlineData(AuditArch.X86_64)]
    [InlineData(AuditArch.I386)]
    [InlineData(AuditArch.Aarch64)]
    public void Every_number_ausyscall_lists_has_its_name(AuditArch arch)
    {
        Dictionary<int, string> dump = Dump(arch);

        var mismatches = new List<string>();
        foreach ((int number, string name) in dump)
        {
            if (Syscalls.GetAuditName(arch, number) != name) mismatches.Add($"{number}: ausyscall {name}, GetAuditName {Syscalls.GetAuditName(arch, number) ?? "null"}");
            if (!Syscalls.TryGetNumber(arch, name, out int found) || found != number) mismatches.Add($"{name}: ausyscall {number}, TryGetNumber {found}");
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData(AuditArch.X86_64)]
    [InlineData(AuditArch.I386)]
    [InlineData(AuditArch.Aarch64)]
    public void Numbers_ausyscall_lacks_are_exactly_the_known_differences(AuditArch arch)
    {
        Dictionary<int, string> dump = Dump(arch);
        string? version = AuditVersion();
        Assert.SkipWhen(version != AusyscallDifferences.AusyscallVersion,
            $"AusyscallDifferences describes ausyscall {AusyscallDifferences.AusyscallVersion}; the installed audit userspace is "
            + $"{version ?? "of unknown version (auditctl -v failed)"}, so its differences are not compared");

        int[] onlyOurs = [.. KernelSyscallTable.For(arch).Class.Numbers().Where(n => !dump.ContainsKey(n))];
        Assert.Equal(AusyscallDifferences.NumbersNewerThanAusyscall(arch), onlyOurs);
    }

    [Theory]
    [InlineData(AuditArch.X86_64)]
    [InlineData(AuditArch.I386)]
    [InlineData(AuditArch.Aarch64)]
    public void Single_lookups_agree_with_ausyscall_both_ways(AuditArch arch)
    {
        string ausyscall = RequireAusyscall();
        KernelSyscallTable table = KernelSyscallTable.For(arch);
        string archName = table.AusyscallArchName;

        // A spread of rows, every renamed one, and every known difference (which ausyscall must not know).
        HashSet<int> sample = [.. table.Rows.Where((_, i) => i % 20 == 0).Select(r => r.Number),
            .. AuditNameRow.All.Where(r => r.Arch == archName).Select(r => r.Number)];
        HashSet<int> newer = [.. AusyscallDifferences.NumbersNewerThanAusyscall(arch)];

        var mismatches = new List<string>();
        foreach (int number in sample.Where(n => !newer.Contains(n)))
        {
            string ours = Syscalls.GetAuditName(arch, number)!;
            HostCommandResult byNumber = HostCommand.Run(ausyscall, [archName, number.ToString(CultureInfo.InvariantCulture)]);
            if (byNumber.ExitCode != 0 || byNumber.StandardOutput.Trim() != ours) mismatches.Add($"ausyscall {archName} {number}: '{byNumber.StandardOutput.Trim()}' (exit {byNumber.ExitCode}), ours {ours}");

            HostCommandResult byName = HostCommand.Run(ausyscall, [archName, ours, "--exact"]);
            if (byName.ExitCode != 0 || byName.StandardOutput.Trim() != number.ToString(CultureInfo.InvariantCulture)) mismatches.Add($"ausyscall {archName} {ours} --exact: '{byName.StandardOutput.Trim()}' (exit {byName.ExitCode}), ours {number}");
        }

        if (AuditVersion() == AusyscallDifferences.AusyscallVersion)
        {
            foreach (int number in newer)
            {
                HostCommandResult byNumber = HostCommand.Run(ausyscall, [archName, number.ToString(CultureInfo.InvariantCulture)]);
                if (byNumber.ExitCode == 0) mismatches.Add($"ausyscall {archName} {number} knows '{byNumber.StandardOutput.Trim()}', listed as unknown to it");
                HostCommandResult byName = HostCommand.Run(ausyscall, [archName, Syscalls.GetName(arch, number)!, "--exact"]);
                if (byName.ExitCode == 0) mismatches.Add($"ausyscall {archName} {Syscalls.GetName(arch, number)} --exact knows {byName.StandardOutput.Trim()}, listed as unknown to it");
            }
        }

        Assert.Empty(mismatches);
        Assert.True(sample.Count > 10, $"only {sample.Count} numbers sampled");
    }

    private static string RequireAusyscall()
    {
        string? path = InstalledPrograms.Find("ausyscall");
        Assert.SkipWhen(path is null, "ausyscall is not on PATH (Debian/Ubuntu: apt-get install auditd); the cross-check needs the real peer");
        return path!;
    }

    /// <summary><c>ausyscall ARCH --dump</c>, run once per arch.</summary>
    private static Dictionary<int, string> Dump(AuditArch arch)
    {
        string ausyscall = RequireAusyscall();
        string archName = KernelSyscallTable.For(arch).AusyscallArchName;
        return Dumps.GetOrAdd(archName, name => new Lazy<Dictionary<int, string>>(() => ParseDump(ausyscall, name))).Value;
    }

    private static Dictionary<int, string> ParseDump(string ausyscall, string archName)
    {
        HostCommandResult result = HostCommand.Run(ausyscall, [archName, "--dump"]);
        string[] lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        // ausyscall quietly falls back to the x86_64 table for an arch it does not know; its first line says which
        // table it used, so a wrong table cannot pass for the right one.
        Assert.True(result.ExitCode == 0 && lines.Length > 1 && lines[0] == $"Using {archName} syscall table:",
            $"ausyscall {archName} --dump: exit {result.ExitCode}, first line '{lines.FirstOrDefault()}', stderr '{result.StandardError.Trim()}'");

        var dump = new Dictionary<int, string>();
        foreach (string line in lines.Skip(1))
        {
            string[] fields = line.Split('\t');
            dump.Add(int.Parse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture), fields[1]);
        }

        return dump;
    }

    private static readonly Lazy<string?> LazyAuditVersion = new(() =>
    {
        // ausyscall has no version option; auditctl comes from the same source package and release.
        string? auditctl = InstalledPrograms.Find("auditctl") ?? (File.Exists("/usr/sbin/auditctl") ? "/usr/sbin/auditctl" : null);
        if (auditctl is null)
        {
            return null;
        }

        Match match = AuditctlVersion().Match(HostCommand.Run(auditctl, ["-v"]).StandardOutput);
        return match.Success ? match.Groups[1].Value : null;
    });

    private static string? AuditVersion() => LazyAuditVersion.Value;

    [GeneratedRegex(@"auditctl version (\S+)")]
    private static partial Regex AuditctlVersion();
}
