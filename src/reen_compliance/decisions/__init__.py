"""Deciding: each kind of check turns the facts of a profile into decisions, never sentences."""
