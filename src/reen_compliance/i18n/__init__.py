"""Words: catalogues per language (Fluent) and the formatter of dates, money and numbers."""
