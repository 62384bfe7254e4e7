global using SyscallTables.Testing;
global using Xunit;

[assembly: AssemblyFixture(typeof(SyscallTables.Packaging.Tests.PackedFeed))]
