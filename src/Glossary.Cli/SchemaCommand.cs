using System.CommandLine;

namespace Glossary.Cli;

/// <summary><c>glossary schema [--output FILE]</c>: print the JSON Schema of glossary YAML files.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliConsole console)
    {
        var output = ExchangeOutput.Output();
        var command = new Command("schema", "Print the JSON Schema (draft-07) of glossary YAML files, for editors and validators.") { output };
        command.SetAction(parse => ExchangeOutput.Write(GlossaryExchange.JsonSchema, parse.GetValue(output), console));
        return command;
    }
}
