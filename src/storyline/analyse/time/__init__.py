"""Time: expressions found, normalised against the article's date, publication dates inferred."""
