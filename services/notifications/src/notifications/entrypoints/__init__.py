"""notifications entrypoints."""
