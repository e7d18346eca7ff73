"""importer adapters."""
