using System.Diagnostics;
using System.Globalization;
using SyscallTables.Rules;

namespace SyscallTables.Tests.Rules;

/// <summary>
/// How auditctl 3.0.9 reads <c>-F arch=</c> (<see cref="AuditctlArchs"/>), as read from libaudit's source and then
/// checked against the real auditctl of this x86_64 host: each value is loaded in a rule scoped to a sleeping process's
/// pid and a key of its own, listed, and deleted again with the same arguments.
/// </summary>
[Collection(KernelAuditRules.Name)]
public sealed class AuditctlArchsTests
{
    // Values a rules file may hold, with what auditctl 3.0.9 makes of them on an x86_64 host (null: refused).
    public static TheoryData<string, AuditArch?> ArchValues => new()
    {
        { "b64", AuditArch.X86_64 },
        { "B32", AuditArch.I386 },
        { "x86_64", AuditArch.X86_64 },
        { "i686", AuditArch.I386 },
        { "aarch64", AuditArch.Aarch64 },
        { "arm", AuditArch.Arm },
        { "armv7l", AuditArch.Arm },
        // auditctl has one arm value; the name armeb gives it too.
        { "armeb", AuditArch.Arm },
        // machinetab.h lists armv8l under aarch64, not arm.
        { "armv8l", AuditArch.Aarch64 },
        { "ppc", AuditArch.Ppc },
        { "ppc64", AuditArch.Ppc64 },
        { "PPC64LE", AuditArch.Ppc64le },
        { "s390", AuditArch.S390 },
        { "s390x", AuditArch.S390x },
        { "c000003e", AuditArch.X86_64 },
        { "0xc00000b7", AuditArch.Aarch64 },
        { "0x40000028", AuditArch.Arm },
        { "0x80000016", AuditArch.S390x },
        { "3221225534", AuditArch.X86_64 },
        // strtoul reads as far as it can: octal after a leading 0, hex up to the first non-hex character.
        { "030000000076", AuditArch.X86_64 },
        { "c000003eZZ", AuditArch.X86_64 },
        { "ARMv7l", AuditArch.Arm },
        // A value that starts with a digit is decimal: 40000028 is not arm's 0x40000028.
        { "40000028", null },
        { "0x28", null },
        { "arm64", null },
        { "amd64", null },
        { "riscv64", null },
        { "loongarch64", null },
        { "mips", null },
        { "x32", null },
        { "ia64", null },
    };

    [Theory]
    [MemberData(nameof(ArchValues))]
    public void An_arch_value_resolves_as_auditctl_reads_it(string value, AuditArch? expected)
    {
        Assert.Equal(expected, AuditctlArchs.Resolve(value, AuditArch.X86_64, AuditArch.I386));
    }

    [Theory]
    [InlineData(AuditArch.X86_64, AuditArch.X86_64, AuditArch.I386)]
    [InlineData(AuditArch.Aarch64, AuditArch.Aarch64, AuditArch.Arm)]
    [InlineData(AuditArch.Ppc64, AuditArch.Ppc64, AuditArch.Ppc)]
    [InlineData(AuditArch.S390x, AuditArch.S390x, AuditArch.S390)]
    // auditctl maps b32 to the 32-bit machine only for x86_64, ppc64, s390x and aarch64; ppc64le keeps itself.
    [InlineData(AuditArch.Ppc64le, AuditArch.Ppc64le, AuditArch.Ppc64le)]
    [InlineData(AuditArch.I386, null, AuditArch.I386)]
    [InlineData(AuditArch.Arm, null, AuditArch.Arm)]
    [InlineData(AuditArch.Riscv64, null, null)]
    [InlineData(AuditArch.Loongarch64, null, null)]
    public void B64_and_b32_follow_the_loading_host(AuditArch host, AuditArch? b64, AuditArch? b32)
    {
        Assert.Equal(b64, AuditctlArchs.B64(host));
        Assert.Equal(b32, AuditctlArchs.B32(host));
    }

    [Fact]
    public void Auditctl_takes_exactly_the_arch_values_resolve_takes_and_resolves_s_against_that_arch()
    {
        string auditctl = Auditctl.Require();
        using Process sleeper = Process.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false })!;
        string pid = sleeper.Id.ToString(CultureInfo.InvariantCulture);
        string key = "syscalltables-arch-" + Guid.NewGuid().ToString("N")[..12];
        var wrong = new List<string>();
        try
        {
            foreach (TheoryDataRow<string, AuditArch?> row in ArchValues)
            {
                (string value, AuditArch? expected) = row.Data;

                // -S 293 is listed back under the name of syscall 293 in the table of the arch the kernel stored, a
                // different name in each of auditctl's tables (pipe2, inotify_rm_watch, rseq, shutdown, renameat,
                // fstatat64, newfstatat); b64 or b32 tells ppc from ppc64.
                string[] rule = ["never,exit", "-F", "arch=" + value, "-S", "293", "-F", "pid=" + pid, "-k", key];
                HostCommandResult added = HostCommand.Run(auditctl, ["-a", .. rule]);
                if (added.ExitCode != 0)
                {
                    if (expected is not null)
                    {
                        wrong.Add($"arch={value}: auditctl refused it ({added.StandardError.Trim()}), Resolve gives {expected}");
                    }

                    continue;
                }

                string listed = HostCommand.Run(auditctl, ["-l"]).StandardOutput.Split('\n').Single(l => l.Contains(key, StringComparison.Ordinal));
                Assert.Equal(0, HostCommand.Run(auditctl, ["-d", .. rule]).ExitCode);
                if (expected is not AuditArch arch)
                {
                    wrong.Add($"arch={value}: auditctl took it ({listed}), Resolve refuses it");
                    continue;
                }

                string bits = ((uint)arch & 0x80000000) != 0 ? "b64" : "b32";
                string name = Syscalls.GetAuditName(arch, 293)!;
                if (!listed.Contains($"-F arch={bits} -S {name} ", StringComparison.Ordinal))
                {
                    wrong.Add($"arch={value}: auditctl lists '{listed}', expected arch={bits} -S {name} for {AuditArchs.GetName(arch)}");
                }
            }
        }
        finally
        {
            sleeper.Kill();
            DeleteKeyed(auditctl, key);
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    // Lines over every arch auditctl knows, each either loaded or refused by auditctl 3.0.9; lint must say error
    // exactly for the refused ones.
    public static TheoryData<string> ArchLines =>
    [
        "-a always,exit -F arch=ppc64le -S mkdir",
        "-a always,exit -F arch=ppc64 -S mmap2",
        "-a always,exit -F arch=ppc -S semtimedop",
        "-a always,exit -F arch=ppc -S mbind",
        "-a always,exit -F arch=ppc -S 259",
        "-a always,exit -F arch=s390x -S getdents64",
        "-a always,exit -F arch=s390x -S 220",
        "-a always,exit -F arch=s390 -S clock_gettime64",
        "-a always,exit -F arch=s390 -S mkdir",
        "-a always,exit -F arch=arm -S pselect6",
        "-a always,exit -F arch=arm -S 335",
        "-a always,exit -F arch=arm -S time",
        "-a always,exit -F arch=arm -S socketcall",
        "-a always,exit -F arch=aarch64 -S time",
        "-a always,exit -F arch=armeb -S mkdir",
        "-a always,exit -F arch=armv7l -S openat",
        "-a always,exit -F arch=armv8l -S openat",
        "-a always,exit -F arch=armv8l -S mkdir",
        "-a always,exit -F arch=aarch64 -S pread",
        "-a always,exit -F arch=aarch64 -S pread64",
        "-a always,exit -F arch=i386 -S sys_kexec_load",
        "-a always,exit -F arch=0x40000028 -S mkdir",
        "-a always,exit -F arch=40000028 -S mkdir",
        "-a always,exit -F arch=riscv64 -S 34",
        "-a always,exit -F arch=0xc00000f3 -S 34",
        "-a always,exit -F arch=loongarch64 -S 34",
        "-a always,exit -F arch=mips -S 4039",
        "-a always,exit -F arch=x32 -S 83",
        "-a always,exit -F arch=b64 -S 1073741907",
    ];

    [Fact]
    public void Lint_errors_are_exactly_the_arch_lines_auditctl_refuses()
    {
        string auditctl = Auditctl.Require();
        using Process sleeper = Process.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false })!;
        string pid = sleeper.Id.ToString(CultureInfo.InvariantCulture);
        string key = "syscalltables-arch-" + Guid.NewGuid().ToString("N")[..12];
        var wrong = new List<string>();
        try
        {
            foreach (TheoryDataRow<string> row in ArchLines)
            {
                string line = row.Data;
                RuleFinding? error = RuleLinter.Lint("arch.rules", new StringReader(line), AuditArch.X86_64, AuditArch.I386)
                    .FirstOrDefault(f => f.Severity == RuleFindingSeverity.Error);
                bool loaded = TryLoad(auditctl, line, pid, key, out string message);
                if (loaded == (error is not null))
                {
                    wrong.Add($"{line}: auditctl {(loaded ? "loads it" : "refuses it: " + message)}, lint {error?.Message ?? "finds no error"}");
                }
            }
        }
        finally
        {
            sleeper.Kill();
            DeleteKeyed(auditctl, key);
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    [Fact]
    public void Rules_written_for_records_of_every_arch_load_exactly_where_auditctl_knows_the_arch()
    {
        string auditctl = Auditctl.Require();

        // Every syscall of every arch's table, failing with EPERM (x86_64's table holds x32's numbers too). The written
        // rules of one arch differ only in -S, which auditctl resolves term by term, so they are loaded as rules of 50
        // syscalls each: the kernel takes a few milliseconds to delete a rule, and one per syscall would take a minute.
        var lines = new List<(string Line, bool Expected)>();
        int written = 0, unmatchable = 0;
        foreach (AuditArch arch in Syscalls.SupportedArchs)
        {
            var builder = new ExclusionRuleBuilder();
            foreach (int number in Syscalls.GetNumbers(arch))
            {
                string record = string.Create(CultureInfo.InvariantCulture,
                    $"type=SYSCALL msg=audit(1480041901.111:{number}): arch={(uint)arch:x} syscall={number} success=no exit=-1 a0=0 a1=0 a2=0 a3=0 items=0 pid=1");
                Assert.True(SyscallTables.Audit.AuditRecord.TryParse(System.Text.Encoding.UTF8.GetBytes(record), out SyscallTables.Audit.AuditRecord parsed) && builder.Add(parsed));
            }

            var prefixes = new HashSet<string>(StringComparer.Ordinal);
            var terms = new List<string>();
            foreach (ExclusionRuleGroup group in builder.GetGroups())
            {
                string rule = group.FormatRule("k");
                Assert.True(rule.StartsWith('#') == !group.CanExclude, $"{AuditArchs.GetName(arch)} {group.Syscall}: {rule}");
                if (!group.CanExclude)
                {
                    unmatchable++;
                    continue;
                }

                // "-A never,exit -F arch=T -S X -F exit=-EPERM -k k"
                string[] words = rule.Split(' ');
                Assert.Equal(["-A", "never,exit", "-F", "-S", "-F", "exit=-EPERM", "-k", "k"], words.Where((_, i) => i is not (3 or 5)));
                prefixes.Add(words[3]);
                terms.Add(words[5]);
                written++;
            }

            // Every mips syscall is past 2047: no rule at all.
            if (terms.Count == 0)
            {
                continue;
            }

            string archTerm = Assert.Single(prefixes);
            lines.AddRange(terms.Chunk(50).Select(chunk => ($"-F {archTerm} -S {string.Join(',', chunk)} -F exit=-EPERM", AuditctlSyscalls.KnowsArch(arch))));
        }

        using Process sleeper = Process.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false })!;
        string pid = sleeper.Id.ToString(CultureInfo.InvariantCulture);
        string key = "syscalltables-arch-" + Guid.NewGuid().ToString("N")[..12];
        var wrong = new List<string>();
        int loaded = 0;
        try
        {
            foreach ((string line, bool expected) in lines)
            {
                bool took = TryLoad(auditctl, "-a never,exit " + line, pid, key, out string message);
                loaded += took ? 1 : 0;
                if (took != expected)
                {
                    wrong.Add($"-a never,exit {line}: auditctl {(took ? "loads it" : "refuses it: " + message)}");
                }
            }
        }
        finally
        {
            sleeper.Kill();
            DeleteKeyed(auditctl, key);
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{written} rules written, loaded as {lines.Count} rules ({loaded} taken); {unmatchable} groups past syscall 2047 without a rule");
        Assert.True(written > 4000, $"only {written} rules written");
        Assert.True(unmatchable > 1000, $"only {unmatchable} groups without a rule: the x32 and mips tables hold more");
        Assert.True(wrong.Count == 0, $"{wrong.Count} wrong:\n{string.Join('\n', wrong.Take(30))}");
    }

    // The rule's words after -a/-A and before -k, scoped to the pid and under the key instead of its own.
    private static string[] Scope(string line, string pid, string key)
    {
        string[] words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int keyAt = Array.IndexOf(words, "-k");
        return [.. (keyAt < 0 ? words : words[..keyAt]).Skip(1), "-F", "pid=" + pid, "-k", key];
    }

    // Loads one rule line as -a (appended, so it silences nothing else), scoped to the pid and under the key instead of its
    // own, and deletes it again with the same arguments when auditctl took it.
    private static bool TryLoad(string auditctl, string line, string pid, string key, out string message)
    {
        string[] body = Scope(line, pid, key);
        HostCommandResult added = HostCommand.Run(auditctl, ["-a", .. body]);
        message = added.StandardError.Trim();
        if (added.ExitCode != 0)
        {
            return false;
        }

        Assert.Equal(0, HostCommand.Run(auditctl, ["-d", .. body]).ExitCode);
        return true;
    }

    private static void DeleteKeyed(string auditctl, string key)
    {
        foreach (string line in HostCommand.Run(auditctl, ["-l"]).StandardOutput.Split('\n').Where(l => l.Contains(key, StringComparison.Ordinal)))
        {
            HostCommand.Run(auditctl, ["-d", .. line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]]);
        }

        Assert.DoesNotContain(key, HostCommand.Run(auditctl, ["-l"]).StandardOutput, StringComparison.Ordinal);
    }
}
