namespace Glossary.Tests;

/// <summary>
/// Tests that change what the whole process shares (the current folder): xunit runs this collection after the
/// others, never beside another test. Every other test leaves environment variables and the current folder alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessState
{
    public const string Name = "process state";
}
