using System.Globalization;

namespace SyscallTables.Tests.Harness;

/// <summary>
/// The part of the kernel source the header oracle compiles: every UAPI header (generic and per arch) and the few
/// kernel-internal headers tables/import also reads. Extracted once from the tarball into /tmp and reused by later
/// runs while the tarball is unchanged (the extraction decompresses the whole 150 MB archive: about 8 s here).
/// </summary>
public sealed class KernelHeaderTree
{
    public const string Tarball = "/usr/src/linux-source-6.12.tar.xz";

    /// <summary>The arch folders under arch/ whose UAPI headers are extracted (those of the arches with a syscall table).</summary>
    private static readonly string[] KernelArches = ["x86", "arm64", "arm", "powerpc", "s390", "mips", "riscv", "loongarch"];

    private readonly Lazy<string?> _root;

    public KernelHeaderTree() => _root = new Lazy<string?>(Extract);

    /// <summary>Why the tree cannot be had (no tarball, no tar), or null when <see cref="Root"/> can be used.</summary>
    public string? MissingReason { get; } =
        !File.Exists(Tarball) ? $"{Tarball} is absent (Debian: apt-get install linux-source-6.12); the kernel headers cannot be compiled"
        : InstalledPrograms.Find("tar") is null ? "tar is not on PATH; the kernel tarball cannot be extracted"
        : InstalledPrograms.Find("xz") is null ? "xz is not on PATH (Debian: apt-get install xz-utils); the kernel tarball cannot be decompressed"
        : null;

    /// <summary>The extracted source tree (holding include/ and arch/).</summary>
    public string Root => _root.Value ?? throw new InvalidOperationException(MissingReason);

    private string? Extract()
    {
        if (MissingReason is not null)
        {
            return null;
        }

        var tarball = new FileInfo(Tarball);
        string cache = Path.Combine(Path.GetTempPath(),
            string.Create(CultureInfo.InvariantCulture, $"syscalltables-kernel-headers-{tarball.Length}-{tarball.LastWriteTimeUtc.Ticks}"));
        if (Directory.Exists(cache))
        {
            return cache;
        }

        // Members are named "<top>/include/..."; the top folder is the tarball's first entry.
        HostCommandResult list = HostCommand.Run("sh", ["-c", $"tar -tJf '{Tarball}' | head -n 1"]);
        string top = list.StandardOutput.Trim().Split('/')[0];
        if (top.Length == 0)
        {
            throw new InvalidOperationException($"cannot list {Tarball}: {list.StandardError}");
        }

        List<string> members = [$"{top}/include/uapi/*", $"{top}/include/linux/net.h", $"{top}/include/linux/socket.h", $"{top}/include/linux/fs.h"];
        foreach (string arch in KernelArches)
        {
            members.Add($"{top}/arch/{arch}/include/uapi/*");
            members.Add($"{top}/arch/{arch}/include/asm/socket.h");
        }

        // Extracted beside the cache folder and renamed into place, so a concurrent run never sees half a tree.
        string staging = cache + "." + Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(staging);
        try
        {
            HostCommandResult tar = HostCommand.Run("tar",
                ["-xJf", Tarball, "-C", staging, "--strip-components=1", "--wildcards", .. members]);

            // tar exits 2 when a pattern matches nothing (an arch without asm/socket.h): only missing UAPI folders matter.
            if (!Directory.Exists(Path.Combine(staging, "include", "uapi", "asm-generic")))
            {
                throw new InvalidOperationException($"extracting {Tarball} gave no include/uapi (exit {tar.ExitCode}): {tar.StandardError}");
            }

            try
            {
                Directory.Move(staging, cache);
            }
            catch (IOException) when (Directory.Exists(cache))
            {
                // Another test run finished the same extraction first.
            }
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }

        return cache;
    }
}
