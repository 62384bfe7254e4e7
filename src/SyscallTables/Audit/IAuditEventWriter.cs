using System;

namespace SyscallTables.Audit;

/// <summary>
/// Writes what an <see cref="AuditEventReader"/> yields, in one output form: <see cref="AuditTextWriter"/> prints
/// events as <c>ausearch -i</c> does, <see cref="AuditJsonWriter"/> as JSON Lines. A reader's loop needs only this, so
/// the form is chosen once, where the writer is created.
/// </summary>
public interface IAuditEventWriter : IDisposable
{
    /// <summary>Writes one event.</summary>
    /// <param name="auditEvent">The event.</param>
    void WriteEvent(AuditEvent auditEvent);

    /// <summary>Writes a line that is not a record, where it was read.</summary>
    /// <param name="line">The line.</param>
    void WriteLine(AuditLine line);

    /// <summary>Sends what is buffered to the stream and flushes it (per event, in a dispatcher plugin).</summary>
    void Flush();
}
