namespace Explainer.Analysis;

public enum DateKind { Absolute, Relative }
