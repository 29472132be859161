"""Step definitions for the French scenarios in features/ (public API only)."""
