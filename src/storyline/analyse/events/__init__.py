"""Events: candidates per sentence, linked, dated and merged across articles."""
