"""Entities: mentions classified per article and resolved across articles."""
