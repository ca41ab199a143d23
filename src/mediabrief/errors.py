"""Errors a user can act on. The CLI prints their message on one line."""


class MediabriefError(Exception):
    """Base of every error the library raises on purpose."""

    exit_code = 1


class InputError(MediabriefError):
    """The input cannot be used at all (no articles, unreadable folder, bad gold file)."""

    exit_code = 2


class ModelError(MediabriefError):
    """The spaCy pipeline is missing or broken."""

    exit_code = 2


class EngineError(MediabriefError):
    """The analysis processes cannot run at all (they end as they start)."""

    exit_code = 2


class OutputError(MediabriefError):
    """An output could not be written, or another run holds the output folder."""

    exit_code = 2
