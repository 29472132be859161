"""Check French public bodies against REEN and AGEC obligations, as of a date."""
