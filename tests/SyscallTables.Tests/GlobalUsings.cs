global using SyscallTables.Tests.Differences;
global using SyscallTables.Tests.Harness;
global using SyscallTables.Testing;
global using Xunit;
