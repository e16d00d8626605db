namespace Glossary.Romanization;

/// <summary>
/// One plausible English spelling of a native-script name, with the system and the convention
/// that produce it: <c>("Lee Jae-myung", RevisedRomanization, "customary surname; hyphenated given name")</c>.
/// </summary>
/// <param name="Text">The spelling as it would appear in English prose.</param>
/// <param name="System">The romanization system the spelling is based on.</param>
/// <param name="Convention">Why this spelling exists: the rule or custom that yields it, for people to read.</param>
public sealed record RomanizedSpelling(string Text, RomanizationSystem System, string Convention);
