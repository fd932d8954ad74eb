"""registry: evidence records → DuckDB tables (SQLModel) → queries and comparisons; the CLI."""
