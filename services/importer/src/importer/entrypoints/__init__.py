"""importer entrypoints."""
