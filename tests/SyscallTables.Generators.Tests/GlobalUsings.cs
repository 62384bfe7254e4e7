global using SyscallTables.Testing;
global using Xunit;
