"""The error hierarchy. The library raises these with the document and the offending value
in the message; only the CLI turns them into exit codes and one-line messages."""


class CartregError(Exception):
    """Base of every error cartreg raises on purpose."""


class SourceError(CartregError):
    """A source file cannot be read: empty, binary, malformed, encrypted, too large, too slow."""

    def __init__(self, path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class ExtractionError(CartregError):
    """A document was read but extraction failed on it."""


class RegistryError(CartregError):
    """The registry cannot be opened, written or queried."""
