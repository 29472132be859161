"""The law as data: rule model, loading, safe expressions, dated timelines, lint."""
