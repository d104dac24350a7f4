"""Office-wide settings: their defaults, declared once, and validation of changed values."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from counselor_app.domain.errors import ValidationError


@dataclass(frozen=True)
class SettingSpec:
    """A setting's default and allowed values."""

    default: Any
    kind: type
    minimum: int | None = None
    maximum: int | None = None
    choices: tuple[str, ...] = ()
    description: str = ""


SETTINGS: dict[str, SettingSpec] = {
    "office_code": SettingSpec("000000", str, description="この端末の所属（相談番号の接頭辞）"),
    "regime": SettingSpec(
        "CURRENT",
        str,
        choices=("CURRENT", "POLICY_2005"),
        description="窓口一覧の体制（現行／2005年基本方針）",
    ),
    "retention_years": SettingSpec(
        5, int, 1, 100, description="完了した相談の個人情報を匿名化するまでの年数（条例による）"
    ),
    "referral_due_business_days": SettingSpec(10, int, 1, 120, description="移送・紹介の回答期限（営業日）"),
    "idle_lock_minutes": SettingSpec(15, int, 1, 240, description="無操作でロックするまでの分数"),
    "backup_keep_days": SettingSpec(14, int, 1, 365, description="自動バックアップを残す日数"),
    "surge_case_count": SettingSpec(5, int, 2, 1000, description="急増アラート：同一事業者の件数"),
    "surge_window_days": SettingSpec(30, int, 1, 365, description="急増アラート：対象期間（日）"),
    "autosave_seconds": SettingSpec(3, int, 1, 60, description="入力中の自動保存の間隔（秒）"),
}


def default_settings() -> dict[str, Any]:
    """Every setting at its default."""
    return {key: spec.default for key, spec in SETTINGS.items()}


def validate_setting(key: str, value: Any) -> Any:
    """Check one value against its spec and return it.

    Raises:
        ValidationError: unknown key or bad value, naming the key.
    """
    spec = SETTINGS.get(key)
    if spec is None:
        raise ValidationError("不明な設定です", where=key)
    if spec.kind is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise ValidationError("整数を指定してください", where=key)
    if spec.kind is str and not isinstance(value, str):
        raise ValidationError("文字列を指定してください", where=key)
    if spec.minimum is not None and value < spec.minimum:
        raise ValidationError(f"{spec.minimum} 以上を指定してください", where=key)
    if spec.maximum is not None and value > spec.maximum:
        raise ValidationError(f"{spec.maximum} 以下を指定してください", where=key)
    if spec.choices and value not in spec.choices:
        raise ValidationError(f"{' / '.join(spec.choices)} のいずれかを指定してください", where=key)
    return value


def merged(stored: Mapping[str, Any]) -> dict[str, Any]:
    """Stored values over defaults; unknown keys and invalid values (edited by hand) are ignored."""
    values = default_settings()
    for key, value in stored.items():
        if key not in SETTINGS:
            continue
        try:
            values[key] = validate_setting(key, value)
        except ValidationError:
            continue
    return values
