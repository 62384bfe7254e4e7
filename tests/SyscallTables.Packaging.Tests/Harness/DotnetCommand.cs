using System.Diagnostics;

namespace SyscallTables.Packaging.Tests.Harness;

/// <summary>What one command printed (stdout and stderr interleaved as they arrived) and returned, and how long it took.</summary>
public sealed record CommandResult(string CommandLine, int ExitCode, string Output, TimeSpan Elapsed)
{
    public override string ToString() => $"$ {CommandLine}\nexit {ExitCode} after {Elapsed.TotalSeconds:F1} s\n{Output}";
}

/// <summary>
/// Runs the dotnet CLI (or a program it produced) as a user would from a shell, isolated from the test run: the
/// MSBuild variables <c>dotnet test</c> leaves in the environment are removed, restores go to the run's private
/// package folder, and build servers are not left running (a lingering node would hold our output pipes open).
/// </summary>
internal static class DotnetCommand
{
    // Set by the dotnet host/MSBuild of the enclosing `dotnet test`; inherited, they would point a nested build at
    // the wrong SDK pieces.
    private static readonly string[] InheritedMSBuildVariables =
    [
        "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly",
        "MSBUILDNOINPROCNODE", "_MSBUILDTLENABLED",
    ];

    public static CommandResult Dotnet(string workingDirectory, string packagesFolder, params string[] arguments)
        => Run("dotnet", workingDirectory, packagesFolder, arguments);

    public static CommandResult Run(string program, string workingDirectory, string packagesFolder, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (string name in InheritedMSBuildVariables)
        {
            start.Environment.Remove(name);
        }

        start.Environment["NUGET_PACKAGES"] = packagesFolder;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["LC_ALL"] = "C";

        string commandLine = program + " " + string.Join(' ', arguments);
        var output = new System.Text.StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + commandLine);
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{commandLine} did not finish within 5 minutes:\n{output}");
        }

        process.WaitForExit(); // drains the asynchronous readers
        return new CommandResult(commandLine, process.ExitCode, output.ToString(), stopwatch.Elapsed);
    }

    private static void Append(System.Text.StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Append(line).Append('\n');
        }
    }
}
