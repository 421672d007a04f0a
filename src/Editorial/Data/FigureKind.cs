namespace Explainer.Editorial.Data;

public enum FigureKind
{
    Point,
    Range,
}
