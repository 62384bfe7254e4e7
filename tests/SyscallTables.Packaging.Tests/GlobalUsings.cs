global using SyscallTables.Packaging.Tests.Harness;
global using SyscallTables.Testing;
global using Xunit;

[assembly: AssemblyFixture(typeof(SyscallTables.Packaging.Tests.Harness.PackedFeed))]
