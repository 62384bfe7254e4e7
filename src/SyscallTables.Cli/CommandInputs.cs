using System;
using System.Collections.Generic;

namespace SyscallTables.Cli;

/// <summary>What the file-reading commands (interpret, rule, lint) check the same way before they read anything.</summary>
internal static class CommandInputs
{
    /// <summary>
    /// Checks every input before any output is written, so that a typo costs one line on stderr and exit 1 instead of
    /// half a report: each must exist, be readable and not be a directory, and none may be the output file itself
    /// (compared by device and inode, as cat does, so a second name, a symlink or stdin redirected from it count too):
    /// reading back what is being appended would never end.
    /// </summary>
    /// <param name="files">The files that will be read, <c>-</c> for stdin.</param>
    /// <param name="outputPath">The output file, or <see langword="null"/> for stdout.</param>
    /// <param name="directoryHint">What to say when a file is a directory (for example "name its files (rules.d/*.rules)").</param>
    /// <exception cref="IOFailureException">An input that cannot be read, with the reason.</exception>
    public static void Check(IReadOnlyList<string> files, string? outputPath, string directoryHint)
    {
        FileIdentity? output = OutputFile(outputPath);
        foreach (string file in files)
        {
            string name = file == "-" ? FileDescriptorStream.StandardInputName : file;
            FileIdentity input;
            if (file == "-")
            {
                if (!FileIdentity.TryOf(0, out input, out _))
                {
                    continue; // Closed: reading it says so.
                }
            }
            else
            {
                if (!FileIdentity.TryOf(file, out input, out int errno))
                {
                    throw new IOFailureException(IODirection.Read, file, errno);
                }

                if (input.Kind != FileKind.Directory && Libc.Access(file, Libc.CanRead) != 0)
                {
                    throw new IOFailureException(IODirection.Read, file, Libc.LastError);
                }
            }

            if (input.Kind == FileKind.Directory)
            {
                throw new IOFailureException(IODirection.Read, name, $"it is a directory; {directoryHint}");
            }

            if (input == output)
            {
                throw new IOFailureException(IODirection.Read, name,
                    "it is also the output file, which would be read back as it grows; write the output to another file");
            }
        }
    }

    // Only a regular file can be read back as it grows; stdin and stdout on one terminal or pipe are not that.
    private static FileIdentity? OutputFile(string? outputPath)
    {
        bool known = outputPath is null ? FileIdentity.TryOf(1, out FileIdentity output, out _) : FileIdentity.TryOf(outputPath, out output, out _);
        return known && output.Kind == FileKind.Regular ? output : null;
    }
}
