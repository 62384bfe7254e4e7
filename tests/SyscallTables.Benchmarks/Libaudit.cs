using System.Runtime.InteropServices;

namespace SyscallTables.Benchmarks;

/// <summary>
/// The lookups of audit-userspace's libaudit (the C library behind ausyscall and auditctl), called side by side with ours.
/// Arguments are raw pointers to pre-made, pinned, NUL-terminated UTF-8 buffers, so no string marshalling is measured:
/// only the P/Invoke call and the C function itself.
/// </summary>
internal static unsafe partial class Libaudit
{
    public const string LibraryName = "libaudit.so.1";

    private static readonly string[] UsedExports =
    [
        "audit_name_to_machine", "audit_syscall_to_name", "audit_name_to_syscall", "audit_errno_to_name", "audit_name_to_errno",
    ];

    /// <summary>Why the libaudit benchmarks cannot run here, or <see langword="null"/> when they can.</summary>
    public static string? UnavailableReason { get; } = FindUnavailableReason();

    private static string? FindUnavailableReason()
    {
        if (!OperatingSystem.IsLinux())
        {
            return $"{LibraryName} is a Linux library and this is {RuntimeInformation.OSDescription}";
        }

        if (!NativeLibrary.TryLoad(LibraryName, out nint handle))
        {
            return $"{LibraryName} could not be loaded (on Debian/Ubuntu it comes with the libaudit1 package)";
        }

        foreach (string export in UsedExports)
        {
            if (!NativeLibrary.TryGetExport(handle, export, out _))
            {
                return $"{LibraryName} does not export {export}";
            }
        }

        return null;
    }

    /// <summary>Throws with the reason when libaudit is missing, for a benchmark run that was not filtered by Program.</summary>
    public static void EnsureAvailable()
    {
        if (UnavailableReason is { } reason)
        {
            throw new InvalidOperationException($"libaudit benchmarks cannot run: {reason}");
        }
    }

    /// <summary>libaudit's machine number for x86_64 (its <c>MACH_X86</c>), asked from libaudit rather than assumed.</summary>
    public static int X86_64Machine()
    {
        fixed (byte* name = "x86_64\0"u8)
        {
            int machine = NameToMachine(name);
            if (machine < 0)
            {
                throw new InvalidOperationException("audit_name_to_machine(\"x86_64\") failed");
            }

            return machine;
        }
    }

    /// <summary>Copies <paramref name="text"/> into pinned memory as NUL-terminated UTF-8, the form the C functions take.</summary>
    public static byte* PinnedCString(string text)
    {
        int length = System.Text.Encoding.UTF8.GetByteCount(text);
        byte[] buffer = GC.AllocateArray<byte>(length + 1, pinned: true);
        System.Text.Encoding.UTF8.GetBytes(text, buffer);
        return (byte*)Marshal.UnsafeAddrOfPinnedArrayElement(PinnedBuffers.Keep(buffer), 0);
    }

    /// <summary>Reads a C string returned by libaudit, for checking that it answers what we answer.</summary>
    public static string? ToManaged(byte* text) => text is null ? null : Marshal.PtrToStringUTF8((nint)text);

    [LibraryImport(LibraryName, EntryPoint = "audit_name_to_machine")]
    private static partial int NameToMachine(byte* machine);

    // SuppressGCTransition: these functions only read static tables and never block, so skipping the GC-mode
    // switch is safe, and it brings the call as close to a C caller's cost as .NET can get (fairest to libaudit).

    [LibraryImport(LibraryName, EntryPoint = "audit_syscall_to_name")]
    [SuppressGCTransition]
    public static partial byte* SyscallToName(int number, int machine);

    [LibraryImport(LibraryName, EntryPoint = "audit_name_to_syscall")]
    [SuppressGCTransition]
    public static partial int NameToSyscall(byte* name, int machine);

    [LibraryImport(LibraryName, EntryPoint = "audit_errno_to_name")]
    [SuppressGCTransition]
    public static partial byte* ErrnoToName(int number);

    [LibraryImport(LibraryName, EntryPoint = "audit_name_to_errno")]
    [SuppressGCTransition]
    public static partial int NameToErrno(byte* name);

    // The same functions with the ordinary P/Invoke transition: what a .NET caller pays by default.

    [LibraryImport(LibraryName, EntryPoint = "audit_syscall_to_name")]
    public static partial byte* SyscallToNameWithTransition(int number, int machine);

    [LibraryImport(LibraryName, EntryPoint = "audit_name_to_syscall")]
    public static partial int NameToSyscallWithTransition(byte* name, int machine);

    /// <summary>Keeps pinned buffers reachable for the life of the process; pinned arrays are still collectable otherwise.</summary>
    private static class PinnedBuffers
    {
        private static readonly List<byte[]> Buffers = [];

        public static byte[] Keep(byte[] buffer)
        {
            lock (Buffers)
            {
                Buffers.Add(buffer);
            }

            return buffer;
        }
    }
}
