using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace SyscallTables.Cli;

/// <summary>
/// Where the dispatcher plugin writes: its file (or stdout), surviving the file's failures. auditd does not care
/// whether a plugin's output works, and a plugin that exits loses every later event; so a failed write or reopen
/// (the disk is full, the log directory is gone when SIGHUP comes) is told on stderr (auditd logs it), the events that
/// cannot be written are held in a bounded queue, and writing is tried again on the next SIGHUP and on later events.
/// </summary>
/// <remarks>
/// Each <see cref="Flush"/> ends one event (the plugin flushes after every event): the queue holds whole events, and
/// when it is full, newer events are dropped (counted, and the count told when the output works again), so that what
/// reaches the file is the oldest part of what was missing, without holes inside it. A closed pipe on stdout is the
/// exception: nothing will ever read it again, so the plugin stops (<see cref="IOFailureException.IsClosedPipe"/>).
/// </remarks>
internal sealed class PluginOutput : WriteOnlyStream
{
    /// <summary>The most the queue holds: thousands of events (the text of one is typically under 1 KB), a few MB of memory.</summary>
    public const int MaxHeldBytes = 4 * 1024 * 1024;

    /// <summary>How often later events try again (SIGHUP tries at once).</summary>
    public const int RetrySeconds = 10;

    private readonly string? _path;
    private readonly Stream? _stdout;
    private readonly TextWriter _stderr;
    private readonly Queue<byte[]> _held = new();
    private FileDescriptorStream? _file;
    private long _heldBytes;
    private int _firstWritten;
    private ArrayBufferWriter<byte>? _event;
    private bool _eventDropped;
    private bool _failing;
    private bool _pipeClosed;
    private int _errno;
    private long _heldEvents;
    private long _droppedEvents;
    private long _lastAttempt;

    private PluginOutput(string? path, FileDescriptorStream? file, Stream? stdout, TextWriter stderr)
    {
        _path = path;
        _file = file;
        _stdout = stdout;
        _stderr = stderr;
    }

    private string Name => _path ?? "stdout";

    /// <summary>
    /// Opens the plugin's file, or takes stdout. A file that cannot be opened at start-up is an error (exit 1): it is
    /// a mistake in the configuration (a directory, a missing folder), best seen at once.
    /// </summary>
    public static PluginOutput Open(string? path, Stream stdout, TextWriter stderr) => path is null
        ? new PluginOutput(null, null, stdout, stderr)
        : new PluginOutput(path, FileDescriptorStream.OpenOutput(path), null, stderr);

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_pipeClosed)
        {
            return;
        }

        if (!_failing)
        {
            if (TryWrite(buffer, out int written))
            {
                return;
            }

            // What was written of the event stays written; the rest is held, so the event is completed later.
            buffer = buffer[written..];
            StartFailing();
        }

        Hold(buffer);
    }

    /// <summary>Ends an event: a held one joins the queue, and the queue is tried again when it is time.</summary>
    public override void Flush()
    {
        if (!_failing)
        {
            return;
        }

        if (_event is not null || _eventDropped)
        {
            if (_eventDropped)
            {
                _droppedEvents++;
            }
            else
            {
                _held.Enqueue(_event!.WrittenSpan.ToArray());
                _heldBytes += _event.WrittenCount;
                _heldEvents++;
            }

            _event = null;
            _eventDropped = false;
        }

        if (Environment.TickCount64 - _lastAttempt >= RetrySeconds * 1000L)
        {
            Retry();
        }
    }

    /// <summary>SIGHUP: the file is opened again by its name (logrotate moved it), and held events are tried again.</summary>
    public void Reopen()
    {
        if (_path is not null)
        {
            _file?.Dispose();
            _file = null;
        }

        if (!_failing)
        {
            if (_path is not null && !TryOpen())
            {
                StartFailing();
            }
        }
        else if (!Retry())
        {
            // Asked for by the administrator: say that it still fails.
            ReportFailure();
        }
    }

    /// <summary>At the end: a last try for held events; whether everything was written.</summary>
    public bool Finish()
    {
        if (_failing && !Retry())
        {
            Report(string.Create(CultureInfo.InvariantCulture,
                $"stopping with {_held.Count:N0} event{(_held.Count == 1 ? "" : "s")} not written ({_droppedEvents:N0} dropped before): {Failure().Message}"));
            return false;
        }

        return true;
    }

    protected override void Dispose(bool disposing)
    {
        _file?.Dispose();
        _file = null;
        base.Dispose(disposing);
    }

    private bool TryWrite(ReadOnlySpan<byte> buffer, out int written)
    {
        written = 0;
        Stream? target = _path is null ? _stdout : _file;
        if (target is null)
        {
            return false;
        }

        if (WriteAll(target, buffer, ref written, out int errno))
        {
            return true;
        }

        _errno = errno;
        IOFailureException failure = Failure();
        if (failure.IsClosedPipe && _path is null)
        {
            _pipeClosed = true;
            throw failure;
        }

        return false;
    }

    // The program's descriptors say how much went out before a failure; a test's stream says nothing, so all or none.
    private static bool WriteAll(Stream target, ReadOnlySpan<byte> buffer, ref int written, out int errno)
    {
        if (target is FileDescriptorStream file)
        {
            return file.TryWrite(buffer, out written, out errno);
        }

        try
        {
            target.Write(buffer);
            target.Flush();
            written = buffer.Length;
            errno = 0;
            return true;
        }
        catch (IOException e)
        {
            errno = IOFailureException.FromWrite(e, "stdout").Errno;
            return false;
        }
    }

    private bool TryOpen()
    {
        if (FileDescriptorStream.TryOpenOutput(_path!, out FileDescriptorStream? file, out int errno))
        {
            _file = file;
            return true;
        }

        _errno = errno;
        return false;
    }

    private void StartFailing()
    {
        _failing = true;
        _lastAttempt = Environment.TickCount64;
        ReportFailure();
    }

    private void ReportFailure() => Report(string.Create(CultureInfo.InvariantCulture,
        $"{Failure().Message}; holding up to {MaxHeldBytes / (1024 * 1024)} MB of events until it can be written (tried again on SIGHUP and every {RetrySeconds} s)"));

    private IOFailureException Failure() => new(IODirection.Write, Name, _errno);

    private void Hold(ReadOnlySpan<byte> bytes)
    {
        if (_eventDropped)
        {
            return;
        }

        _event ??= new ArrayBufferWriter<byte>();
        if (_heldBytes + _event.WrittenCount + bytes.Length > MaxHeldBytes)
        {
            if (_droppedEvents == 0)
            {
                Report(string.Create(CultureInfo.InvariantCulture,
                    $"{SyscallsCli.Quote(Name)}: {MaxHeldBytes / (1024 * 1024)} MB of events held; newer events are dropped until it can be written"));
            }

            _event = null;
            _eventDropped = true;
            return;
        }

        _event.Write(bytes);
    }

    /// <summary>Writes the held events in order; whether all went out (then the output works again).</summary>
    private bool Retry()
    {
        _lastAttempt = Environment.TickCount64;
        if (_path is not null && _file is null && !TryOpen())
        {
            return false;
        }

        while (_held.TryPeek(out byte[]? next))
        {
            bool done = TryWrite(next.AsSpan(_firstWritten), out int written);
            _firstWritten += written;
            if (!done)
            {
                return false;
            }

            _held.Dequeue();
            _heldBytes -= next.Length;
            _firstWritten = 0;
        }

        Report(string.Create(CultureInfo.InvariantCulture,
            $"{SyscallsCli.Quote(Name)} is written again: {_heldEvents:N0} held event{(_heldEvents == 1 ? "" : "s")} written, {_droppedEvents:N0} dropped"));
        _failing = false;
        _heldEvents = 0;
        _droppedEvents = 0;
        return true;
    }

    private void Report(string message)
    {
        SyscallsCli.WriteError(_stderr, message);
        _stderr.Flush();
    }
}
