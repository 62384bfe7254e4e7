using System;
using System.Collections.Generic;
using System.IO;

namespace SyscallTables.Cli;

/// <summary>What the file-reading commands (interpret, rule, lint) check the same way before they read anything.</summary>
internal static class CommandInputs
{
    /// <summary>Whether the arguments ask for the command's help (which then wins over any other argument).</summary>
    public static bool AsksForHelp(ReadOnlySpan<string> args)
    {
        foreach (string arg in args)
        {
            if (arg is "--help" or "-h")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Checks that every named input exists before any output is written, so that a typo costs one line on stderr
    /// and exit 1 instead of half a report; <c>-</c> is stdin.
    /// </summary>
    /// <param name="files">The FILE arguments.</param>
    /// <param name="stderr">Where the error goes.</param>
    /// <param name="directoryHint">What to say when a FILE is a directory (for example "name its files (rules.d/*.rules)").</param>
    /// <returns>Whether all exist.</returns>
    public static bool AllExist(IReadOnlyList<string> files, TextWriter stderr, string directoryHint)
    {
        foreach (string file in files)
        {
            if (file != "-" && !File.Exists(file))
            {
                SyscallsCli.WriteError(stderr, Directory.Exists(file) ? $"{file} is a directory; {directoryHint}" : $"cannot open {file}: no such file");
                return false;
            }
        }

        return true;
    }
}
