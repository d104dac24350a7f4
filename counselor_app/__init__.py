"""相談記録: the counselor case-log application for consumer centers."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("counselor-app")
except _metadata.PackageNotFoundError:  # running from a source tree or a frozen bundle
    __version__ = "0.1.0"
