"""Quotes and their speakers: cues, contents, speakers, roles."""
