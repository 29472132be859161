"""The public data formats: the profile (input) and the report (output), versioned."""
