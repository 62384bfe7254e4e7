using System;
using System.Collections.Generic;
using System.Globalization;
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

    private static readonly CliOption Json = new()
    {
        Name = "--json",
        Description = "JSON Lines: {\"time\":\"...Z\", \"serial\":N, \"node\":..., \"records\":[{\"type\":..., \"fields\":[{\"name\":..., \"raw\":..., \"interpreted\":...}], \"line\":..., \"lineNumber\":N}]}; time in UTC (null past year 9999, with the stamp's \"seconds\" and \"milliseconds\"); other lines as {\"line\":...}. No byte is lost: \"lineBase64\"/\"rawBase64\" where a line or value is not UTF-8, \"partial\" where no newline ended a line, \"text\" for what is no field.",
    };

    private static readonly CliOption Plugin = new()
    {
        Name = "--plugin",
        Value = OptionValue.Attached,
        ValueName = "FILE",
        Description = string.Create(CultureInfo.InvariantCulture,
            $"run as an auditd dispatcher plugin: records on stdin, each event written and flushed as soon as it is complete (EOE); SIGTERM stops, SIGHUP reopens FILE. Sample: audisp/syscalls-interpret.conf (plugins.d). --plugin=FILE appends to FILE (one argument, as plugins.d's args allow). When FILE cannot be written (disk full, its folder gone), the plugin runs on: it says so on stderr (auditd's log), holds up to {PluginOutput.MaxHeldBytes / (1024 * 1024)} MB of events, and writes them when SIGHUP or an event {PluginOutput.RetrySeconds} s later finds FILE writable; when the queue is full, newer events are dropped and counted."),
    };

    private static readonly CliOption Output = new()
    {
        Name = "--output",
        Aliases = ["-o"],
        Value = OptionValue.Required,
        ValueName = "FILE",
        Description = "append to FILE instead of writing to stdout (also --output=FILE); a FILE that is also an input (or stdin) is refused, as cat does",
    };

    /// <summary>The word that names the command.</summary>
    public const string Name = "interpret";

    /// <summary>The command's declaration.</summary>
    public static CliCommand Declaration { get; } = new()
    {
        Name = Name,
        Summary = "audit logs in words, as `ausearch -i` prints them",
        Examples =
        [
            new("syscalls interpret audit.log", "whole events as ausearch -i shows them (--json for JSON Lines)"),
            new("syscalls interpret --json audit.log | jq .", "one event per line, raw and interpreted values"),
            new("ausearch -r -k mykey | syscalls interpret", "what ausearch found, interpreted (stdin)"),
        ],
        Description =
        [
            """
              syscalls interpret /var/log/audit/audit.log
                type=SYSCALL msg=audit(1723819442.459:2482682): arch=c000003e syscall=83 success=no exit=-17
              becomes
                type=SYSCALL msg=audit(08/16/24 14:44:02.459:2482682) : arch=x86_64 syscall=mkdir
                success=no exit=EEXIST(File exists) ...
            """,
        ],
        Synopses = ["[FILE...] [--json] [--audit-names] [--output FILE]", "--plugin[=FILE] [--json] [--audit-names]"],
        Arguments = [new("FILE", "audit logs, read in turn; none or - reads stdin.")],
        Options = [Json, CommonOptions.AuditNames, CommonOptions.KernelNames, Plugin, Output, CommonOptions.Help],
        Notes =
        [
            "Events are separated by ---- and their records printed last first, as ausearch does; times are local (TZ read as glibc reads it: a zone name, :name or path, or a rule such as JST-9; ? past localtime's range). Records of one event are grouped even when interleaved; lines that are not audit records are copied through unchanged, in place. Syscall arguments are decoded with the record's arch, not this machine's.",
        ],
        ExitStatuses =
        [
            new(ExitCode.Success, "done"),
            new(ExitCode.Failure, "a FILE or the output cannot be read or written"),
            CliExitStatus.UsageError,
            CliExitStatus.OutputGone,
        ],
        Run = Run,
    };

    private static int Run(ParsedArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        bool plugin = arguments.Has(Plugin);
        if (plugin && arguments.Operands.Count > 0)
        {
            return CommandLine.Usage(Declaration, stderr, "--plugin reads records from stdin as auditd's dispatcher sends them; give no FILE");
        }

        SyscallNaming naming = arguments.Last(CommonOptions.AuditNames, CommonOptions.KernelNames) == CommonOptions.AuditNames
            ? SyscallNaming.AuditUserspace
            : SyscallNaming.Kernel;
        var options = new Options(arguments.Operands, arguments.Has(Json), naming, plugin, arguments.LastValue(Plugin, Output));
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
        return ExitCode.Success;
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

        return written && input.Failure is null ? ExitCode.Success : ExitCode.Failure;
    }

    private static IAuditEventWriter CreateWriter(Options options, IAccountNames? accounts, Stream stream) =>
        options.Json ? new AuditJsonWriter(stream, options.Naming, accounts) : new AuditTextWriter(stream, options.Naming, accounts);

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
