"""Checking, before Qt loads, that this machine can show a window (and saying what to install if not)."""

from __future__ import annotations

import ctypes.util
import os
import sys

# Qt's xcb platform plugin needs these on Linux; fresh Debian/Ubuntu machines lack them.
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
}
HEADLESS_PLATFORMS = ("offscreen", "minimal", "vnc")


def display_problem(environ: dict[str, str] | None = None) -> str | None:
    """A one-paragraph Japanese explanation of why no window can open, or None if it can."""
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform.split(":")[0] in HEADLESS_PLATFORMS:
        return None
    if platform.startswith("wayland") or (not platform and env.get("WAYLAND_DISPLAY")):
        return None
    if not env.get("DISPLAY"):
        return (
            "画面（X11 の DISPLAY）がありません。デスクトップ環境から起動するか、"
            "画面なしで確認するときは QT_QPA_PLATFORM=offscreen と --screenshot を使ってください。"
        )
    missing = [
        package for library, package in XCB_LIBRARIES.items() if ctypes.util.find_library(library) is None
    ]
    if missing:
        return (
            "Qt の画面表示に必要なライブラリがありません。次のコマンドでインストールしてください:\n"
            f"  sudo apt-get install {' '.join(missing)}"
        )
    return None
