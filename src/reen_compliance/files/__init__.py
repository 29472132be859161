"""Files: inputs read with their line numbers, outputs written atomically, packaged data."""
