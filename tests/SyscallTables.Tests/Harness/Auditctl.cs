namespace SyscallTables.Tests.Harness;

/// <summary>The real auditctl of this host, for tests that load rules into the kernel (and delete exactly those again).</summary>
internal static class Auditctl
{
    /// <summary>
    /// The path of auditctl when rules can be loaded here: Linux, x86-64 (the tests read b64/b32 as x86_64/i386), root,
    /// auditctl installed, audit available and not locked. Skips the test with the reason otherwise. The audit daemon
    /// need not run: rules are loaded and listed without it.
    /// </summary>
    public static string Require()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "audit rules are loaded into the Linux kernel");
        Assert.SkipUnless(System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.X64,
            "b64/b32 are checked as x86_64/i386; this host is not x86-64");
        Assert.SkipUnless(Environment.IsPrivilegedProcess, "loading audit rules needs root; run the tests as root");
        string? auditctl = InstalledPrograms.Find("auditctl") ?? (File.Exists("/usr/sbin/auditctl") ? "/usr/sbin/auditctl" : null);
        Assert.SkipWhen(auditctl is null, "auditctl is not installed (Debian package auditd)");
        HostCommandResult status = HostCommand.Run(auditctl!, ["-s"]);
        Assert.SkipWhen(status.ExitCode != 0, $"auditctl -s fails, so the kernel's audit is unavailable here: {status.StandardError.Trim()}");
        Assert.SkipWhen(status.StandardOutput.Contains("enabled 2", StringComparison.Ordinal), "the audit configuration is locked (enabled 2) until reboot");
        return auditctl!;
    }
}
