using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using SyscallTables.Audit;

namespace SyscallTables.Cli;

/// <summary>
/// <c>syscalls interpret [FILE...]</c>: raw audit records to what <c>ausearch -i</c> prints, or JSON Lines; also an
/// auditd dispatcher plugin (<c>--plugin</c>) that reads records from stdin and writes each event as soon as it is complete.
/// </summary>
internal static class InterpretCommand
{
    private sealed record Options(List<string> Files, bool Json, SyscallNaming Naming, bool Plugin, string? OutputPath);

    public static int Run(ReadOnlySpan<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (CommandInputs.AsksForHelp(args))
        {
            stdout.Write(HelpText.Interpret);
            return SyscallsCli.Found;
        }

        Options? options = Parse(args, stderr);
        if (options is null)
        {
            return SyscallsCli.UsageError;
        }

        List<string> files = options.Files.Count == 0 ? ["-"] : options.Files;
        CommandInputs.Check(files, options.OutputPath, "name the log files in it (audit.log*)");

        // Ids get this host's account names, as ausearch gives them; an ENRICHED record's own names win (they are
        // the names on the host that wrote the log). The files are read on the first id, not at start-up.
        IAccountNames accounts = HostAccountNames.Load();

        stdout.Flush();
        if (options.Plugin)
        {
            return RunPlugin(options, accounts, stdout, stderr);
        }

        using Stream output = options.OutputPath is null ? StandardOutput(stdout) : FileDescriptorStream.OpenOutput(options.OutputPath);
        using IAuditEventWriter writer = CreateWriter(options, accounts, output);
        foreach (string file in files)
        {
            using Stream input = FileDescriptorStream.OpenInput(file);
            Interpret(input, writer);
        }

        writer.Flush();
        return SyscallsCli.Found;
    }

    /// <summary>Reads events from <paramref name="input"/> and writes each, with every non-record line where it was read.</summary>
    private static void Interpret(Stream input, IAuditEventWriter writer)
    {
        using var reader = new AuditEventReader(input, leaveOpen: true);
        while (reader.Read())
        {
            if (reader.Kind == AuditEventReaderItem.Line)
            {
                writer.WriteLine(reader.Line);
            }
            else
            {
                writer.WriteEvent(reader.Event);
            }
        }
    }

    private static int RunPlugin(Options options, IAccountNames? accounts, TextWriter stdout, TextWriter stderr)
    {
        var reopen = 0;
        using PluginOutput output = PluginOutput.Open(options.OutputPath, StandardOutput(stdout), stderr);
        using var input = new PluginInput(FileDescriptorStream.StandardInput());
        using IAuditEventWriter writer = CreateWriter(options, accounts, output);

        // auditd stops a plugin with SIGTERM and asks it to reconfigure with SIGHUP (reopen the output, after logrotate).
        // SIGTERM ends the input as an end of file would, so the events still open are written before the exit.
        using PosixSignalRegistration term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            input.RequestStop();
        });
        using PosixSignalRegistration hup = PosixSignalRegistration.Create(PosixSignal.SIGHUP, context =>
        {
            context.Cancel = true;
            Interlocked.Exchange(ref reopen, 1);
        });

        using var reader = new AuditEventReader(input, leaveOpen: true, inTimeOrder: false);
        while (reader.Read())
        {
            // Reopened before writing: the event that follows a SIGHUP goes to the new file.
            if (Interlocked.Exchange(ref reopen, 0) == 1)
            {
                output.Reopen();
            }

            if (reader.Kind == AuditEventReaderItem.Line)
            {
                writer.WriteLine(reader.Line);
            }
            else
            {
                writer.WriteEvent(reader.Event);
            }

            writer.Flush();
        }

        bool written = output.Finish();
        if (input.Failure is { } failure)
        {
            SyscallsCli.WriteError(stderr, failure.Message);
        }

        return written && input.Failure is null ? SyscallsCli.Found : SyscallsCli.NotFound;
    }

    private static IAuditEventWriter CreateWriter(Options options, IAccountNames? accounts, Stream stream) =>
        options.Json ? new AuditJsonWriter(stream, options.Naming, accounts) : new AuditTextWriter(stream, options.Naming, accounts);

    private static Options? Parse(ReadOnlySpan<string> args, TextWriter stderr)
    {
        var files = new List<string>();
        bool json = false, plugin = false, onlyFiles = false;
        SyscallNaming naming = SyscallNaming.Kernel;
        string? outputPath = null;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (onlyFiles || arg == "-" || !arg.StartsWith('-'))
            {
                files.Add(arg);
                continue;
            }

            // auditd's plugins.d passes few arguments, so plugin mode and its file also fit in one: --plugin=FILE.
            if (arg.StartsWith("--plugin=", StringComparison.Ordinal) || arg.StartsWith("--output=", StringComparison.Ordinal))
            {
                plugin |= arg.StartsWith("--plugin=", StringComparison.Ordinal);
                outputPath = arg[(arg.IndexOf('=', StringComparison.Ordinal) + 1)..];
                if (outputPath.Length == 0)
                {
                    SyscallsCli.WriteError(stderr, $"{SyscallsCli.Quote(arg)} needs a file name after '=' (syscalls interpret --help)");
                    return null;
                }

                continue;
            }

            switch (arg)
            {
                case "--":
                    onlyFiles = true;
                    break;
                case "--json":
                    json = true;
                    break;
                case "--audit-names":
                    naming = SyscallNaming.AuditUserspace;
                    break;
                case "--plugin":
                    plugin = true;
                    break;
                case "--output" or "-o":
                    if (i + 1 >= args.Length)
                    {
                        SyscallsCli.WriteError(stderr, $"{SyscallsCli.Quote(arg)} needs a file name (syscalls interpret --help)");
                        return null;
                    }

                    outputPath = args[++i];
                    break;
                default:
                    SyscallsCli.WriteError(stderr, $"unknown option {SyscallsCli.Quote(arg)} for interpret (syscalls interpret --help)");
                    return null;
            }
        }

        if (plugin && files.Count > 0)
        {
            SyscallsCli.WriteError(stderr, "--plugin reads records from stdin as auditd's dispatcher sends them; give no FILE");
            return null;
        }

        return new Options(files, json, naming, plugin, outputPath);
    }

    /// <summary>
    /// stdout as a stream of bytes: the program's own descriptor, or, for a writer given in a test, the writer (whose
    /// failures the CLI's stdout writer words as failures to write stdout).
    /// </summary>
    private static Stream StandardOutput(TextWriter stdout) =>
        stdout is StandardTextWriter { Inner: StreamWriter { BaseStream: FileDescriptorStream stream } } ? stream : new TextWriterStream(stdout);

    /// <summary>Bytes onto a TextWriter (tests run the CLI with a StringWriter); UTF-8 is decoded as it arrives.</summary>
    private sealed class TextWriterStream(TextWriter writer) : WriteOnlyStream
    {
        private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            char[] chars = new char[_decoder.GetCharCount(buffer, flush: false)];
            int count = _decoder.GetChars(buffer, chars, flush: false);
            writer.Write(chars, 0, count);
        }

        public override void Flush() => writer.Flush();
    }
}
