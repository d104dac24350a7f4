"""Where the application keeps its files: the one place that knows platformdirs, --data-dir and frozen bundles."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "counselor-app"
APP_AUTHOR = "counselor"
DB_FILENAME = "counselor.db"
PRIVATE_MODE = 0o700


class DataDirError(Exception):
    """The data directory cannot be created or is not usable."""


def resources_dir() -> Path:
    """Return the directory holding fonts, translations and reference data.

    A PyInstaller bundle unpacks them under ``sys._MEIPASS``; a source checkout
    or an editable install keeps them next to the package.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    override = os.environ.get("COUNSELOR_RESOURCES")
    if override:
        return Path(override)
    return Path(__file__).resolve().parent.parent / "resources"


def is_frozen() -> bool:
    """Tell whether we run from a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable by the owner only; tighten it if it exists."""
    try:
        path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_MODE)
        if os.name == "posix" and (path.stat().st_mode & 0o077):
            path.chmod(PRIVATE_MODE)
    except OSError as exc:
        raise DataDirError(f"データディレクトリを作成できません: {path} ({exc.strerror})") from exc
    return path


@dataclass(frozen=True)
class AppPaths:
    """Resolved locations of the user's data, configuration, logs and backups."""

    data_dir: Path
    config_dir: Path

    @classmethod
    def resolve(cls, data_dir: str | Path | None = None) -> AppPaths:
        """Build paths from ``--data-dir`` (or ``COUNSELOR_DATA_DIR``) or the platform defaults."""
        chosen = data_dir or os.environ.get("COUNSELOR_DATA_DIR")
        if chosen:
            root = Path(chosen).expanduser().resolve()
            return cls(data_dir=root, config_dir=root / "config")
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        )

    @property
    def default_db_path(self) -> Path:
        """The embedded SQLite database used when no ``--db`` is given."""
        return self.data_dir / DB_FILENAME

    @property
    def backup_dir(self) -> Path:
        """Automatic and pre-upgrade backups (kept inside the private data dir)."""
        return self.data_dir / "backups"

    @property
    def log_dir(self) -> Path:
        """Application logs (never contain personal fields)."""
        return self.data_dir / "logs"

    @property
    def settings_file(self) -> Path:
        """User preferences (language, font scale, theme)."""
        return self.config_dir / "preferences.json"

    def create(self) -> AppPaths:
        """Create every directory with owner-only permissions and return self."""
        for directory in (self.data_dir, self.config_dir, self.backup_dir, self.log_dir):
            ensure_private_dir(directory)
        return self
