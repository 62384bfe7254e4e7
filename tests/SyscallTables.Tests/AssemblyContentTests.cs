namespace SyscallTables.Tests;

/// <summary>The tables are compiled in: the library carries no data files or resources to read at run time.</summary>
public sealed class AssemblyContentTests
{
    [Fact]
    public void The_library_embeds_no_resources()
    {
        System.Reflection.Assembly library = typeof(Syscalls).Assembly;

        Assert.Equal("SyscallTables", library.GetName().Name);
        Assert.Empty(library.GetManifestResourceNames());
    }
}
