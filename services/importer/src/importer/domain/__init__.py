"""importer domain."""
