namespace Explainer.Editorial;

public enum NoteKind
{
    Context,
    Glossary,
    FactCheck,
    Correction,
}
