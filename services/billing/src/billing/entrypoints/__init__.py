"""billing entrypoints."""
