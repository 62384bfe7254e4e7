global using SyscallTables.Tests.Harness;
global using SyscallTables.Testing;
global using Xunit;
