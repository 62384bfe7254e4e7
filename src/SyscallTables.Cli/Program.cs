using System;
using System.IO;
using System.Text;
using SyscallTables.Cli;

// A lookup is nothing but start-up, so the output skips Console's terminal set-up (see FileDescriptorStream). The
// buffer is small because every byte allocated at start-up is zeroed page by page (a lookup prints a line; interpret
// writes to the underlying stream, not through this writer). SyscallsCli.Run flushes them; they are not disposed, so
// that no flush on the way out can fail after the one error line has been written.
var stdout = new StreamWriter(FileDescriptorStream.StandardOutput(), new UTF8Encoding(false), 1024);
var stderr = new StreamWriter(FileDescriptorStream.StandardError(), new UTF8Encoding(false), 512);
try
{
    return SyscallsCli.Run(args, stdout, stderr, InvokedName());
}
catch (Exception e)
{
    // A bug of ours still ends in one line, not a stack trace and SIGABRT (exit 134). Only the type is named: the
    // runtime composes its messages from resource strings, which this build strips down to their keys.
    StandardTextWriter errors = StandardTextWriter.ForErrors(stderr);
    SyscallsCli.WriteError(errors, $"internal error ({e.GetType().Name}); please report it with the command line that caused it");
    errors.Flush();
    return ExitCode.Failure;
}

// argv[0] as the user typed it: a symlink named ausyscall keeps its name here, whereas Environment.ProcessPath
// resolves /proc/self/exe to the real file. Under the JIT apphost, .NET reports the .dll instead; the kernel's copy
// of argv still has the name the program was started under.
static string InvokedName()
{
    string[] commandLine = Environment.GetCommandLineArgs();
    string first = commandLine.Length > 0 ? commandLine[0] : "syscalls";
    if (first.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
    {
        try
        {
            string kernelArgv = File.ReadAllText("/proc/self/cmdline");
            int end = kernelArgv.IndexOf('\0', StringComparison.Ordinal);
            first = end >= 0 ? kernelArgv[..end] : kernelArgv;
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    return Path.GetFileNameWithoutExtension(first);
}
