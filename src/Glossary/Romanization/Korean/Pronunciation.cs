namespace Glossary.Romanization.Korean;

/// <summary>How the engine treats a run of syllables.</summary>
internal enum PronunciationMode
{
    /// <summary>A common word: every sound change; ㄱㄷㅂ + ㅎ aspirates in verbs, keeps h otherwise.</summary>
    Word,

    /// <summary>A proper noun (place, or a given name in McCune–Reischauer): every sound change; ㄱㄷㅂ + ㅎ keeps h.</summary>
    Noun,

    /// <summary>Syllable by syllable (given names in RR): final neutralization only.</summary>
    SyllableWise,
}

/// <summary>What else is known about how a syllable's initial is heard.</summary>
[Flags]
internal enum OnsetFlags : byte
{
    None = 0,

    /// <summary>The initial was the previous syllable's final (linking): a name hyphen goes after it (Ch'ŏr-wŏn).</summary>
    Linked = 1,

    /// <summary>The initial is tensed in a compound (김밥 [김빱]): RR ignores it, MR writes it voiceless (kimpap).</summary>
    Tensed = 2,
}

/// <summary>
/// A run of syllables as pronounced: the initial each syllable is heard with, the sound it ends in, and
/// <see cref="OnsetFlags"/> for each initial. Vowels are the written ones. Buffers come from the caller so that
/// romanizing allocates nothing per syllable.
/// </summary>
internal readonly ref struct Pronounced
{
    public Pronounced(ReadOnlySpan<char> run, Span<sbyte> onsets, Span<Coda> codas, Span<OnsetFlags> flags)
    {
        Run = run;
        Onsets = onsets;
        Codas = codas;
        Flags = flags;
    }

    public ReadOnlySpan<char> Run { get; }

    public Span<sbyte> Onsets { get; }

    public Span<Coda> Codas { get; }

    public Span<OnsetFlags> Flags { get; }

    public bool IsLinked(int i) => (Flags[i] & OnsetFlags.Linked) != 0;

    public bool IsTensed(int i) => (Flags[i] & OnsetFlags.Tensed) != 0;

    public int Length => Run.Length;
}

/// <summary>
/// Standard pronunciation (표준 발음법) as far as romanization writes it: linking, final neutralization
/// (double finals included, 밟- → p), nasalization, ㄹ → n after consonants other than ㄴ/ㄹ, liquidization,
/// palatalization, aspiration with ㅎ (and the noun exception that keeps h), silent ㅎ, and the lexical
/// ㄴ/ㄹ insertion and ㄴ+ㄹ → nn. Tensification is never applied: no romanization system here writes it.
/// </summary>
internal static class Pronunciation
{
    public static void Apply(Pronounced p, PronunciationMode mode, SoundLexicon lexicon)
    {
        var run = p.Run;
        var n = run.Length;
        if (n == 0)
            return;

        if (mode == PronunciationMode.SyllableWise)
        {
            for (var i = 0; i < n; i++)
            {
                p.Onsets[i] = (sbyte)Hangul.Initial(run[i]);
                p.Codas[i] = Neutral(Hangul.Final(run[i]), -1, run[i], lexicon);
                p.Flags[i] = OnsetFlags.None;
            }

            return;
        }

        p.Onsets[0] = (sbyte)Hangul.Initial(run[0]);
        p.Flags[0] = OnsetFlags.None;
        for (var i = 0; i < n - 1; i++)
        {
            var f = Hangul.Final(run[i]);
            var next = run[i + 1];
            int c = Hangul.Initial(next);
            var v = Hangul.Vowel(next);
            var linked = false;
            Coda coda;
            int onset;

            if (c == Ini.Silent && f != Fin.None && f != Fin.H
                && (lexicon.Lookup(run, i) & BoundaryKind.InsertN) != 0)
            {
                c = f is Fin.L or Fin.LG or Fin.LM or Fin.LB or Fin.LS or Fin.LT or Fin.LP or Fin.LH ? Ini.R : Ini.N;
            }

            if (c == Ini.Silent)
            {
                (coda, onset, linked) = Link(f, v);

                // Standard pronunciation §15: before a real vowel-initial morpheme the final is neutralized first (겉옷 [거돋]).
                if (linked && f is not (Fin.NH or Fin.LH) && (lexicon.Lookup(run, i) & BoundaryKind.LinkNeutral) != 0)
                {
                    var heard = Neutral(f, -1, run[i], lexicon);
                    (coda, onset) = heard switch
                    {
                        Coda.K => (Coda.None, Ini.G),
                        Coda.T => (Coda.None, Ini.D),
                        Coda.P => (Coda.None, Ini.B),
                        _ => (coda, onset),
                    };
                }
            }
            else
            {
                (coda, onset) = BeforeConsonant(run, i, f, c, v, mode, lexicon);

                // Assimilation between the coda and the initial.
                if (onset == Ini.R)
                {
                    if (coda is Coda.K or Coda.T or Coda.P or Coda.M or Coda.Ng)
                        onset = Ini.N;
                    else if (coda == Coda.N)
                    {
                        if ((lexicon.Lookup(run, i) & BoundaryKind.NasalNn) != 0 || lexicon.IsNnSuffix(run, i))
                            onset = Ini.N;
                        else
                            coda = Coda.L;
                    }
                }
                else if (onset == Ini.N && coda == Coda.L)
                {
                    onset = Ini.R;
                }

                if (onset is Ini.N or Ini.M)
                {
                    coda = coda switch
                    {
                        Coda.K => Coda.Ng,
                        Coda.T => Coda.N,
                        Coda.P => Coda.M,
                        _ => coda,
                    };
                }
            }

            var flags = linked ? OnsetFlags.Linked : OnsetFlags.None;
            if (onset is Ini.G or Ini.D or Ini.B or Ini.J or Ini.S && coda is Coda.N or Coda.L or Coda.M or Coda.Ng
                && (lexicon.Lookup(run, i) & BoundaryKind.Tense) != 0)
            {
                flags |= OnsetFlags.Tensed;
            }

            p.Codas[i] = coda;
            p.Onsets[i + 1] = (sbyte)onset;
            p.Flags[i + 1] = flags;
        }

        p.Codas[n - 1] = Neutral(Hangul.Final(run[n - 1]), -1, run[n - 1], lexicon);
    }

    /// <summary>A final before a silent ㅇ: it moves over (linking), double finals split, ㅎ goes silent, ㄷ/ㅌ + 이 palatalize.</summary>
    private static (Coda Coda, int Onset, bool Linked) Link(int f, int vowel)
    {
        switch (f)
        {
            case Fin.None:
            case Fin.H:
                return (Coda.None, Ini.Silent, false);
            case Fin.NG:
                return (Coda.Ng, Ini.Silent, false);
            case Fin.NH:
                return (Coda.None, Ini.N, true);
            case Fin.LH:
                return (Coda.None, Ini.R, true);
        }

        if (Fin.IsDouble(f))
        {
            var (stays, moves) = Fin.SplitDouble(f);
            var onset = moves == Ini.T && vowel == Vow.I ? Ini.CH : moves;
            return (Neutral(stays, -1, '\0', null), onset, true);
        }

        var initial = Fin.ToInitial(f);
        if (vowel == Vow.I)
        {
            if (f == Fin.D)
                initial = Ini.J;
            else if (f == Fin.T)
                initial = Ini.CH;
        }

        return (Coda.None, initial, true);
    }

    /// <summary>A final before a consonant: ㅎ-finals aspirate or go silent, obstruents + ㅎ aspirate (or keep h in nouns), else neutralize.</summary>
    private static (Coda Coda, int Onset) BeforeConsonant(ReadOnlySpan<char> run, int i, int f, int c, int vowel, PronunciationMode mode, SoundLexicon lexicon)
    {
        if (f is Fin.H or Fin.NH or Fin.LH)
        {
            var rest = f switch { Fin.NH => Coda.N, Fin.LH => Coda.L, _ => Coda.None };
            return c switch
            {
                Ini.G => (rest, Ini.K),
                Ini.D => (rest, Ini.T),
                Ini.J => (rest, Ini.CH),
                Ini.S => (rest, Ini.S),
                Ini.N => (f == Fin.H ? Coda.N : rest, Ini.N),
                Ini.H => (rest, Ini.H),
                _ => (f == Fin.H ? Coda.T : rest, c),
            };
        }

        if (c == Ini.H && IsObstruent(f))
        {
            var keepH = mode == PronunciationMode.Noun
                || (lexicon.Lookup(run, i) & BoundaryKind.KeepH) != 0
                || !lexicon.IsVerbH(run, i);
            if (keepH)
                return (Neutral(f, c, run[i], lexicon), Ini.H);

            var obstruent = f;
            var coda = Coda.None;
            if (Fin.IsDouble(f))
            {
                var (stays, moves) = Fin.SplitDouble(f);
                coda = Neutral(stays, -1, '\0', null);
                obstruent = moves switch
                {
                    Ini.G => Fin.G,
                    Ini.J => Fin.J,
                    Ini.B => Fin.B,
                    Ini.P => Fin.P,
                    Ini.T => Fin.T,
                    _ => Fin.S,
                };
                if (f == Fin.GS)
                    (coda, obstruent) = (Coda.None, Fin.G);
                else if (f == Fin.BS)
                    (coda, obstruent) = (Coda.None, Fin.B);
            }

            var onset = obstruent switch
            {
                Fin.G or Fin.GG or Fin.K => Ini.K,
                Fin.D or Fin.T => vowel == Vow.I || vowel == Vow.YEO ? Ini.CH : Ini.T,
                Fin.J or Fin.CH => Ini.CH,
                Fin.B or Fin.P => Ini.P,
                _ => Ini.T,
            };
            return (coda, onset);
        }

        return (Neutral(f, c, run[i], lexicon), c);
    }

    private static bool IsObstruent(int f) => f is Fin.G or Fin.GG or Fin.GS or Fin.NJ or Fin.D or Fin.LG or Fin.LB
        or Fin.LP or Fin.B or Fin.BS or Fin.S or Fin.SS or Fin.J or Fin.CH or Fin.K or Fin.T or Fin.P;

    /// <summary>
    /// Final neutralization: the sound a final is heard as before a consonant (<paramref name="nextInitial"/>)
    /// or at the end (-1). ㄺ is [ㄹ] before ㄱ in verb stems (읽고 ilgo, but 닭고기 dakgogi); ㄼ is [ㅂ] in the stem 밟-.
    /// </summary>
    public static Coda Neutral(int f, int nextInitial, char syllable, SoundLexicon? lexicon) => f switch
    {
        Fin.None => Coda.None,
        Fin.G or Fin.GG or Fin.GS or Fin.K => Coda.K,
        Fin.LG => nextInitial == Ini.G && !(lexicon is not null && lexicon.IsNounLg(syllable)) ? Coda.L : Coda.K,
        Fin.N or Fin.NJ or Fin.NH => Coda.N,
        Fin.D or Fin.S or Fin.SS or Fin.J or Fin.CH or Fin.T or Fin.H => Coda.T,
        Fin.L or Fin.LS or Fin.LT or Fin.LH => Coda.L,
        Fin.LB => lexicon is not null && lexicon.IsStemP(syllable) ? Coda.P : Coda.L,
        Fin.LM or Fin.M => Coda.M,
        Fin.B or Fin.BS or Fin.LP or Fin.P => Coda.P,
        _ => Coda.Ng,
    };
}
