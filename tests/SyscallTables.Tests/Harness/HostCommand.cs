using System.Diagnostics;

namespace SyscallTables.Tests.Harness;

/// <summary>A program of the host (a peer such as ausyscall, or cc), run to completion with its output captured.</summary>
internal static class HostCommand
{
    /// <summary>Runs <paramref name="program"/> in the C locale, so that its messages are the untranslated ones.</summary>
    public static HostCommandResult Run(string program, IEnumerable<string> arguments, string? workingDirectory = null, int timeoutSeconds = 120)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["LC_ALL"] = "C";
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + program);
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {timeoutSeconds} s");
        }

        return new HostCommandResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}

internal sealed record HostCommandResult(int ExitCode, string StandardOutput, string StandardError);
