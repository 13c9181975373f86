"""Per-article analysers: quotes, time expressions, entities, events and claims."""
