"""portal entrypoints."""
