"""Clean: raw document -> Article with clean text, segment map, removals and metadata."""
