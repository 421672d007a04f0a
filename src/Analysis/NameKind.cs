namespace Explainer.Analysis;

public enum NameKind { Person, Organisation }
