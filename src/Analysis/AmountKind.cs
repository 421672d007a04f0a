namespace Explainer.Analysis;

public enum AmountKind { Money, Percent, People, Age, Count }
