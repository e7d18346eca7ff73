"""contacts entrypoints."""
