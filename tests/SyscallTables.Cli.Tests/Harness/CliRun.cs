using System.Diagnostics;
using SyscallTables.Cli;

namespace SyscallTables.Cli.Tests.Harness;

/// <summary>What one run of a command printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{StandardOutput}--- stderr\n{StandardError}";

    /// <summary>
    /// Asserts the CLI's failure contract: the exit code, nothing on stdout, one line on stderr, starting with
    /// <paramref name="prefix"/> where one is given.
    /// </summary>
    public void AssertFailedWithOneLine(int exitCode, string? prefix = "syscalls: ")
    {
        Assert.Equal(exitCode, ExitCode);
        Assert.Equal("", StandardOutput);
        if (prefix is not null)
        {
            Assert.StartsWith(prefix, StandardError, StringComparison.Ordinal);
        }

        Assert.Single(StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}

/// <summary>Runs our CLI in-process through its entry point, and peers (ausyscall) as processes.</summary>
internal static class CliRun
{
    public static CliResult Syscalls(params string[] args) => InProcess("syscalls", args);

    public static CliResult AsAusyscall(params string[] args) => InProcess(SyscallsCli.AusyscallName, args);

    public static CliResult InProcess(string invokedAs, string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        int exit = SyscallsCli.Run(args, stdout, stderr, invokedAs);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The built program (the CLI project's apphost, copied next to the tests); skips the test where there is none.</summary>
    public static string Apphost()
    {
        string apphost = Path.Combine(AppContext.BaseDirectory, "syscalls");
        Assert.SkipUnless(File.Exists(apphost), $"no apphost at {apphost} (built without UseAppHost?)");
        return apphost;
    }

    /// <summary>
    /// Runs the built program with its arguments under /bin/sh, after the shell <paramref name="redirections"/> (such
    /// as <c>&gt; /dev/full</c> or <c>&lt;&amp;-</c>), which a child started from .NET cannot otherwise get.
    /// </summary>
    public static CliResult WithRedirections(string redirections, params string[] args) =>
        Process("/bin/sh", ["-c", "exec \"$0\" \"$@\" " + redirections, Apphost(), .. args]);


    /// <summary>Starts a program with stdin, stdout and stderr redirected and <paramref name="environment"/> added to its own.</summary>
    public static System.Diagnostics.Process Start(string program, string[] args, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach ((string name, string value) in environment)
        {
            start.Environment[name] = value;
        }

        return System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("cannot start " + program);
    }

    /// <summary>Runs a program in the C locale with its output captured.</summary>
    public static CliResult Process(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["LC_ALL"] = "C";
        using Process process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("cannot start " + program);
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish within 60 s");
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
