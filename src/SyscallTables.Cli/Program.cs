using System;
using System.IO;
using System.Text;
using SyscallTables.Cli;

// Console.Out would pick an encoding and wrap a synchronised writer on first use; a plain buffered UTF-8 writer is
// cheaper at start-up, and a lookup is nothing but start-up.
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 4096) { AutoFlush = false };
using var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false), 512) { AutoFlush = true };
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
