namespace Explainer.Editorial;

public enum ProfileKind
{
    Person,
    Organisation,
}
