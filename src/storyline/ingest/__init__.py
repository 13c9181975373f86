"""Ingest: turn paths, URLs, JSONL, feeds and WARC files into RawDocuments (bytes kept verbatim)."""
