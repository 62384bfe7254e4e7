using System.Runtime.InteropServices;

namespace SyscallTables.Tests.Harness;

/// <summary>
/// The host C library's own <c>strerror</c> text, in the C locale: the reference for <see cref="Errnos.GetMessage"/>,
/// which carries glibc's untranslated messages (what <c>ausearch --interpret</c> and <c>perror</c> print).
/// </summary>
internal static partial class GlibcStrerror
{
    // glibc's LC_ALL_MASK: every LC_*_MASK bit (1 << LC_x for LC_CTYPE 0 .. LC_IDENTIFICATION 12) except LC_ALL's own (6).
    private const int LcAllMask = 0x1FBF;

    /// <summary>The glibc version, or <see langword="null"/> when the C library is not glibc (musl, bionic, ...).</summary>
    public static string? Version { get; } = FindVersion();

    /// <summary>
    /// <c>strerror(number)</c> as .NET asks it (<see cref="Marshal.GetPInvokeErrorMessage"/> calls strerror_r on
    /// Linux), with the calling thread switched to the C locale for the call: the process may run under any LANG, and
    /// glibc translates these messages per locale.
    /// </summary>
    public static string MessageInCLocale(int number)
    {
        nint cLocale = NewLocale(LcAllMask, "C", 0);
        if (cLocale == 0)
        {
            throw new InvalidOperationException("newlocale(LC_ALL_MASK, \"C\") failed");
        }

        nint previous = UseLocale(cLocale);
        try
        {
            return Marshal.GetPInvokeErrorMessage(number);
        }
        finally
        {
            UseLocale(previous);
            FreeLocale(cLocale);
        }
    }

    private static string? FindVersion()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(GnuGetLibcVersion());
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libc.so.6", EntryPoint = "gnu_get_libc_version")]
    private static partial nint GnuGetLibcVersion();

    [LibraryImport("libc.so.6", EntryPoint = "newlocale", StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint NewLocale(int categoryMask, string locale, nint baseLocale);

    [LibraryImport("libc.so.6", EntryPoint = "uselocale")]
    private static partial nint UseLocale(nint locale);

    [LibraryImport("libc.so.6", EntryPoint = "freelocale")]
    private static partial void FreeLocale(nint locale);
}
