global using SyscallTables.Cli.Tests.Differences;
global using SyscallTables.Cli.Tests.Harness;
global using SyscallTables.Testing;
global using Xunit;
