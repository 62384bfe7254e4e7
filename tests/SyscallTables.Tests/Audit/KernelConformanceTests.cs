using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SyscallTables.Audit;

namespace SyscallTables.Tests.Audit;

/// <summary>
/// Records written by the running kernel, interpreted by us and by <c>ausearch -i</c>, field by field. A child
/// process (tests/data/kernel-conformance/syscall-child*.c, compiled here with <c>cc</c>) makes syscalls with known
/// results under an audit rule scoped to its pid and a key of its own; the rule is removed in any case. Needs root, a
/// running auditd, <c>auditctl</c>, <c>ausearch</c>, a C compiler and an x86-64 host; skips with the reason otherwise.
/// </summary>
[Collection(KernelAuditRules.Name)]
public sealed partial class KernelConformanceTests
{
    /// <summary>A child program: its source, how to build it, the audit rule's arch, and the calls it must log in order.</summary>
    private sealed record ChildProgram(string Source, string[] CompilerOptions, string RuleArch, int ExitGroup, (string Syscall, string Exit)[] Calls);

    // syscall-child.c: x86_64 numbers through glibc's syscall(2).
    private static readonly ChildProgram X86_64Child = new("syscall-child.c", ["-O0"], "b64", 231,
        CallsOfBothChildren(notImplemented: "tuxcall", socket: "socket", connect: "connect", setresuid: "setresuid", openDenied: "openat"));

    // syscall-child-i386.c: a freestanding 32-bit program (no 32-bit libc needed) calling int $0x80, sockets
    // through the socketcall multiplexer.
    private static readonly ChildProgram I386Child = new("syscall-child-i386.c",
        ["-m32", "-nostdlib", "-static", "-ffreestanding", "-fno-pie", "-no-pie", "-O0"], "b32", 252,
        CallsOfBothChildren(notImplemented: "break", socket: "socketcall", connect: "socketcall", setresuid: "setresuid32", openDenied: "open"));

    // Both children make the same calls in the same order; the names differ where the arches' tables do.
    private static (string Syscall, string Exit)[] CallsOfBothChildren(string notImplemented, string socket, string connect, string setresuid, string openDenied) =>
    [
        ("mkdir", "0"),
        ("kill", "0"),
        ("chmod", "0"),
        ("mkdir", "EEXIST(File exists)"),
        ("open", "ENOENT(No such file or directory)"),
        ("close", "EBADF(Bad file descriptor)"),
        ("read", "EBADF(Bad file descriptor)"),
        (notImplemented, "ENOSYS(Function not implemented)"),
        ("rmdir", "ENOTEMPTY(Directory not empty)"),
        (socket, "EAFNOSUPPORT(Address family not supported by protocol)"),
        (connect, "ECONNREFUSED(Connection refused)"),
        (setresuid, "0"),
        (openDenied, "EACCES(Permission denied)"),
        ("kill", "EPERM(Operation not permitted)"),
        ("mkdir", "EACCES(Permission denied)"),
    ];

    [Fact]
    public void Records_of_the_running_kernel_read_as_ausearch_reads_them()
    {
        FieldComparison comparison = CompareChildWithAusearch(X86_64Child);

        // The x86_64 child exercises every field of the list, so a name that no longer differs here is stale.
        foreach (string pending in KernelConformanceDifferences.NotYetInterpreted)
        {
            Assert.True(comparison.NotYetInterpreted.ContainsKey(pending),
                $"'{pending}' now agrees with ausearch in every record: remove it from KernelConformanceDifferences.NotYetInterpreted\n{comparison.Report}");
        }
    }

    [Fact]
    public void Records_of_an_i386_process_read_as_ausearch_reads_them() => CompareChildWithAusearch(I386Child);

    private static FieldComparison CompareChildWithAusearch(ChildProgram program)
    {
        (string auditctl, string ausearch, string cc) = RequireAudit();
        string directory = Directory.CreateTempSubdirectory("syscalltables-kernel-").FullName;
        try
        {
            string child = Path.Combine(directory, Path.GetFileNameWithoutExtension(program.Source));
            string source = Path.Combine(RepositoryLayout.Root, "tests", "data", "kernel-conformance", program.Source);
            HostCommandResult compiled = HostCommand.Run(cc, [.. program.CompilerOptions, "-o", child, source]);
            Assert.SkipWhen(compiled.ExitCode != 0,
                $"cc {string.Join(' ', program.CompilerOptions)} cannot build {program.Source} here: {compiled.StandardError.Trim()}");

            string key = "syscalltables-test-" + Guid.NewGuid().ToString("N")[..12];
            string raw = RunChildUnderRule(auditctl, ausearch, program, child, directory, key);
            string rawPath = Path.Combine(directory, "records.log");
            File.WriteAllText(rawPath, raw);
            HostCommandResult interpreted = HostCommand.Run(ausearch, ["-i", "-if", rawPath]);
            Assert.True(interpreted.ExitCode == 0, $"ausearch -i -if failed:\n{interpreted.StandardError}");

            FieldComparison comparison = Compare(File.ReadAllBytes(rawPath), interpreted.StandardOutput);
            TestContext.Current.TestOutputHelper?.WriteLine(comparison.Report);
            Assert.True(comparison.Unexplained.Count == 0, comparison.Report + string.Join('\n', comparison.Unexplained.Take(40)));

            // Each expected call must be there, read by us as ausearch reads it, so the test cannot pass on no records.
            // A multiplexer matches with its sub-call too ("socketcall" and "socketcall(connect)").
            var calls = new Queue<(string Syscall, string Exit)>(comparison.ChildCalls);
            foreach ((string syscall, string exit) in program.Calls)
            {
                while (calls.Count > 0 && !(calls.Peek().Exit == exit
                    && (calls.Peek().Syscall == syscall || calls.Peek().Syscall.StartsWith(syscall + "(", StringComparison.Ordinal))))
                {
                    calls.Dequeue();
                }

                Assert.True(calls.Count > 0,
                    $"no SYSCALL record of the child with syscall={syscall} exit={exit} (in this order) on which we agree with ausearch\n{comparison.Report}");
                calls.Dequeue();
            }

            return comparison;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    // The peers, or a skip with what is missing and how to get it.
    private static (string Auditctl, string Ausearch, string Cc) RequireAudit()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "the kernel's audit subsystem is Linux only");
        Assert.SkipUnless(System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.X64,
            "the child programs make x86_64 and i386 syscalls; this host is not x86-64");
        Assert.SkipUnless(Environment.IsPrivilegedProcess, "adding an audit rule needs root; run the tests as root");
        string? auditctl = InstalledPrograms.Find("auditctl");
        string? ausearch = InstalledPrograms.Find("ausearch");
        string? cc = InstalledPrograms.Find("cc");
        Assert.SkipWhen(auditctl is null || ausearch is null, "auditctl/ausearch are not installed (Debian package auditd)");
        Assert.SkipWhen(cc is null, "no C compiler (cc) to build the child process (Debian package gcc)");

        HostCommandResult status = HostCommand.Run(auditctl!, ["-s"]);
        string enabled = StatusValue(status.StandardOutput, "enabled");
        string pid = StatusValue(status.StandardOutput, "pid");
        Assert.SkipWhen(status.ExitCode != 0, $"'auditctl -s' failed (no audit support in this kernel or container?): {status.StandardError.Trim()}");
        Assert.SkipWhen(enabled == "2", "audit rules are locked (auditctl -s: enabled 2) until reboot");
        Assert.SkipWhen(enabled != "1" || pid is "" or "0",
            $"the audit daemon is not running (auditctl -s: enabled {enabled}, pid {pid}); as root: 'service auditd start' (.ci/run does this)");
        return (auditctl!, ausearch!, cc!);
    }

    private static string StatusValue(string status, string name) =>
        status.Split('\n').Select(l => l.Split(' ', 2)).FirstOrDefault(p => p.Length == 2 && p[0] == name)?[1].Trim() ?? "";

    // Starts the child, adds the rule once it waits, lets it run, removes exactly that rule, and returns the raw
    // records of its key as ausearch prints them (the log's own lines).
    private static string RunChildUnderRule(string auditctl, string ausearch, ChildProgram program, string child, string directory, string key)
    {
        var start = new ProcessStartInfo(child, [directory])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process? started = null;
        try
        {
            started = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            // A kernel without IA32_EMULATION cannot run the i386 child.
            Assert.Skip($"this kernel cannot run {program.Source} built with {string.Join(' ', program.CompilerOptions)}: {e.Message}");
        }

        using Process process = started ?? throw new InvalidOperationException("cannot start " + child);
        string? ready = process.StandardOutput.ReadLine();
        Assert.True(ready == "ready " + process.Id.ToString(CultureInfo.InvariantCulture), $"the child said '{ready}' instead of 'ready {process.Id}'");

        string[] rule = ["always,exit", "-F", "arch=" + program.RuleArch, "-S", "all", "-F", "pid=" + process.Id.ToString(CultureInfo.InvariantCulture), "-k", key];
        try
        {
            HostCommandResult added = HostCommand.Run(auditctl, ["-a", .. rule]);
            Assert.True(added.ExitCode == 0, $"auditctl -a {string.Join(' ', rule)} failed: {added.StandardError}");
            Assert.Contains(key, HostCommand.Run(auditctl, ["-l"]).StandardOutput, StringComparison.Ordinal);

            process.StandardInput.WriteLine("go");
            process.StandardInput.Flush();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "the child did not finish within 30 s");
            Assert.True(process.ExitCode == 0, $"the child exited with {process.ExitCode}: {process.StandardError.ReadToEnd()}");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }

            // Whatever happened above (even an auditctl that timed out after adding the rule), delete exactly our rule;
            // deleting a rule that was never added only fails harmlessly.
            HostCommand.Run(auditctl, ["-d", .. rule]);
        }

        // Other rules may come and go meanwhile (another test run, an administrator); ours must be gone.
        string rulesAfter = HostCommand.Run(auditctl, ["-l"]).StandardOutput;
        Assert.DoesNotContain(key, rulesAfter, StringComparison.Ordinal);

        // auditd writes the log asynchronously: wait for the child's last record (exit_group).
        string marker = "syscall=" + program.ExitGroup.ToString(CultureInfo.InvariantCulture) + " ";
        string pidField = " pid=" + process.Id.ToString(CultureInfo.InvariantCulture) + " ";
        var waited = Stopwatch.StartNew();
        while (true)
        {
            HostCommandResult found = HostCommand.Run(ausearch, ["-k", key, "--raw"]);
            if (found.StandardOutput.Split('\n').Any(l => l.Contains(marker, StringComparison.Ordinal) && l.Contains(pidField, StringComparison.Ordinal)))
            {
                return found.StandardOutput;
            }

            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(15),
                $"the child's records did not reach the audit log within 15 s (ausearch -k {key} --raw gave {found.StandardOutput.Length} bytes: {found.StandardError.Trim()})");
            Thread.Sleep(200);
        }
    }

    private sealed record FieldComparison(
        Dictionary<string, int> Agreeing,
        Dictionary<string, int> NotYetInterpreted,
        List<string> Unexplained,
        List<(string Syscall, string Exit)> ChildCalls,
        string Report);

    // One record as ausearch -i printed it.
    private sealed record TheirRecord(string Serial, string Type, string Body);

    private static FieldComparison Compare(byte[] rawLog, string ausearchText)
    {
        Dictionary<(string Serial, string Type), Queue<TheirRecord>> theirs = ParseAusearch(ausearchText);
        List<byte[]> lines = AuditCorpus.SplitLines(rawLog);

        // The event's arch and syscall, from its SYSCALL record, give every record of the event its context.
        var eventSyscalls = new Dictionary<ulong, (AuditArch Arch, int Syscall)>();
        foreach (byte[] line in lines)
        {
            if (AuditRecord.TryParse(line, out AuditRecord record) && record.Type.SequenceEqual("SYSCALL"u8))
            {
                AuditFieldContext own = AuditFieldContext.ForRecord(record);
                eventSyscalls[record.Serial] = (own.Arch, own.Syscall);
            }
        }

        var agreeing = new Dictionary<string, int>(StringComparer.Ordinal);
        var pending = new Dictionary<string, int>(StringComparer.Ordinal);
        var unexplained = new List<string>();
        var childCalls = new List<(string, string)>();
        var buffer = new byte[64 * 1024];
        int recordsCompared = 0;
        foreach (byte[] line in lines)
        {
            if (!AuditRecord.TryParse(line, out AuditRecord record))
            {
                unexplained.Add("a line ausearch printed that we do not read as a record: " + Encoding.UTF8.GetString(line));
                continue;
            }

            string serial = record.Serial.ToString(CultureInfo.InvariantCulture);
            string type = Encoding.UTF8.GetString(record.Type);
            if (!theirs.TryGetValue((serial, type), out Queue<TheirRecord>? queue) || queue.Count == 0)
            {
                unexplained.Add($"ausearch -i did not print the {type} record of event {serial}");
                continue;
            }

            TheirRecord their = queue.Dequeue();
            recordsCompared++;
            (AuditArch arch, int syscall) = eventSyscalls.GetValueOrDefault(record.Serial, (default, AuditFieldContext.NoSyscall));
            // Accounts as ausearch resolves them on this host, like the corpus comparisons.
            var context = new AuditFieldContext(record, arch, syscall, SyscallNaming.AuditUserspace, HostAccounts.Instance);
            var fields = new List<(string Name, string Raw, string Ours)>();
            foreach (AuditField field in record.Fields)
            {
                // ausearch reads the ENRICHED part but does not print it.
                if (field.IsEnriched)
                {
                    continue;
                }

                string raw = Encoding.UTF8.GetString(line.AsSpan()[(field.Start + field.NameLength + 1)..field.End]);
                string ours = FieldInterpreter.Interpret(context, field, buffer, out int written) == OperationStatus.Done
                    ? Encoding.UTF8.GetString(buffer, 0, written)
                    : raw;
                fields.Add((Encoding.UTF8.GetString(field.Name), raw, ours));
            }

            Dictionary<string, string> oursByName = CompareRecord(type, serial, fields, their.Body, agreeing, pending, unexplained);
            if (type == "SYSCALL" && oursByName.GetValueOrDefault("exe", "").Contains("syscall-child", StringComparison.Ordinal)
                && oursByName.TryGetValue("syscall", out string? name) && oursByName.TryGetValue("exit", out string? exit))
            {
                childCalls.Add((name, exit));
            }
        }

        int unprinted = theirs.Values.Sum(q => q.Count);
        if (unprinted > 0)
        {
            unexplained.Add($"{unprinted} records ausearch -i printed have no raw counterpart");
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"{recordsCompared} records compared with ausearch -i, {childCalls.Count} SYSCALL records of the child");
        foreach (string name in agreeing.Keys.Union(pending.Keys).Order(StringComparer.Ordinal))
        {
            report.AppendLine(CultureInfo.InvariantCulture,
                $"  {name}: {agreeing.GetValueOrDefault(name)} agree, {pending.GetValueOrDefault(name)} differ as listed");
        }

        return new FieldComparison(agreeing, pending, unexplained, childCalls, report.ToString());
    }

    // Compares one record's fields with ausearch's text of it; returns our text of each field by name (first wins).
    private static Dictionary<string, string> CompareRecord(string type, string serial, List<(string Name, string Raw, string Ours)> fields,
        string theirBody, Dictionary<string, int> agreeing, Dictionary<string, int> pending, List<string> unexplained)
    {
        var oursByName = new Dictionary<string, string>(StringComparer.Ordinal);
        int position = 0;
        for (int i = 0; i < fields.Count; i++)
        {
            (string name, string raw, string ours) = fields[i];
            oursByName.TryAdd(name, ours);

            // ausearch prints the fields in the line's order, "name=value " each; a value may hold spaces, so it runs
            // to the next field's name.
            string prefix = name + "=";
            if (string.CompareOrdinal(theirBody, position, prefix, 0, prefix.Length) != 0)
            {
                unexplained.Add($"{type} {serial}: ausearch does not print '{name}' where expected: {theirBody}");
                return oursByName;
            }

            int valueStart = position + prefix.Length;
            int valueEnd = i + 1 < fields.Count
                ? theirBody.IndexOf(" " + fields[i + 1].Name + "=", valueStart, StringComparison.Ordinal)
                : theirBody.TrimEnd(' ').Length;
            if (valueEnd < 0)
            {
                unexplained.Add($"{type} {serial}: ausearch does not print '{fields[i + 1].Name}' after '{name}': {theirBody}");
                return oursByName;
            }

            string their = theirBody[valueStart..valueEnd];
            position = valueEnd + 1;
            if (their == ours)
            {
                agreeing[name] = agreeing.GetValueOrDefault(name) + 1;
            }
            else if (KernelConformanceDifferences.Classify(name, raw, ours, their) is not null)
            {
                pending[name] = pending.GetValueOrDefault(name) + 1;
            }
            else if (name is "arch" or "syscall" or "success" or "exit"
                && AusearchDifferences.Classify(name, ours, their, RawValue(fields, "arch"), RawValue(fields, "syscall"), RawValue(fields, "exit")) is { } listed)
            {
                // The differences the corpus comparison lists (and keeps from going stale).
                string counted = name + ": " + listed;
                pending[counted] = pending.GetValueOrDefault(counted) + 1;
            }
            else
            {
                unexplained.Add($"{type} {serial}: {name} ours '{ours}' ausearch '{their}' (raw {raw})");
            }
        }

        return oursByName;
    }

    private static string RawValue(List<(string Name, string Raw, string Ours)> fields, string name) =>
        fields.FirstOrDefault(f => f.Name == name).Raw ?? "";

    // ausearch -i prints an event's records last first; reversing each event gives the log's order back, so records
    // pair by (serial, type, occurrence).
    private static Dictionary<(string Serial, string Type), Queue<TheirRecord>> ParseAusearch(string text)
    {
        var events = new Dictionary<string, List<TheirRecord>>(StringComparer.Ordinal);
        foreach (string line in text.Split('\n'))
        {
            Match m = AusearchRecord().Match(line);
            if (m.Success)
            {
                string serial = m.Groups["serial"].Value;
                if (!events.TryGetValue(serial, out List<TheirRecord>? records))
                {
                    events[serial] = records = [];
                }

                records.Add(new TheirRecord(serial, m.Groups["type"].Value, m.Groups["body"].Value));
            }
        }

        var byType = new Dictionary<(string, string), Queue<TheirRecord>>();
        foreach (List<TheirRecord> records in events.Values)
        {
            for (int i = records.Count - 1; i >= 0; i--)
            {
                TheirRecord record = records[i];
                if (!byType.TryGetValue((record.Serial, record.Type), out Queue<TheirRecord>? queue))
                {
                    byType[(record.Serial, record.Type)] = queue = new Queue<TheirRecord>();
                }

                queue.Enqueue(record);
            }
        }

        return byType;
    }

    // "[node=N ]type=T msg=audit(MM/DD/YY HH:MM:SS.mmm:SERIAL) : f1=v1 f2=v2 "
    [GeneratedRegex(@"^(?:node=\S+ )?type=(?<type>\S+) msg=audit\([^)]*:(?<serial>\d+)\) : (?<body>.*)$")]
    private static partial Regex AusearchRecord();
}
