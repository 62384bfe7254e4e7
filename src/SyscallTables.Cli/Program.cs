using System;
using System.IO;
using System.Text;
using SyscallTables.Cli;

// A lookup is nothing but start-up, so the output skips Console's terminal set-up (see FileDescriptorStream). The
// buffer is small because every byte allocated at start-up is zeroed page by page (a lookup prints a line; interpret
// writes to the underlying stream, not through this writer).
using var stdout = new StreamWriter(new FileDescriptorStream(1), new UTF8Encoding(false), 1024);
using var stderr = new StreamWriter(new FileDescriptorStream(2), new UTF8Encoding(false), 512);
return SyscallsCli.Run(args, stdout, stderr, InvokedName());

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
