namespace FactCheck.Demo;

/// <summary>ANSI colours for the summary, or none (redirected output, <c>NO_COLOR</c>, <c>TERM=dumb</c>).</summary>
internal sealed record ConsoleStyle(bool Enabled)
{
    public static ConsoleStyle Plain { get; } = new(false);

    public static ConsoleStyle Colour { get; } = new(true);

    /// <summary>Colour only on a real terminal, and never when NO_COLOR is set (https://no-color.org).</summary>
    public static bool ColourAllowed() =>
        !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && !string.Equals(Environment.GetEnvironmentVariable("TERM"), "dumb", StringComparison.Ordinal);

    public string Bold(string s) => Wrap("1", s);

    public string Dim(string s) => Wrap("2", s);

    public string Red(string s) => Wrap("1;31", s);

    public string Yellow(string s) => Wrap("33", s);

    public string Blue(string s) => Wrap("34", s);

    public string Green(string s) => Wrap("32", s);

    /// <summary>Evidence inside its context: reverse video on a terminal, «guillemets» in plain text.</summary>
    public string Mark(string s) => Enabled ? "\u001b[1;43;30m" + s + "\u001b[0m" : "«" + s + "»";

    public string Severity(Severity severity) => severity switch
    {
        FactCheck.Severity.Contradiction => Red("CONTRADICTION"),
        FactCheck.Severity.Difference => Yellow("DIFFERENCE"),
        _ => Blue("NOTE"),
    };

    private string Wrap(string code, string s) => Enabled ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
}
