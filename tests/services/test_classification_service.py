"""ClassificationService: suggestions in the office regime, directory management, local CSV, editable guidance."""

import dataclasses
import datetime as dt

import pytest

from counselor_app.domain.entities import Actor, DirectoryEntry
from counselor_app.domain.errors import (
    NotFoundError,
    PermissionDeniedError,
    ReferenceDataError,
    ValidationError,
)
from counselor_app.services.classification_service import (
    CSV_COLUMNS,
    CsvImportError,
    suggestion_to_json,
)
from counselor_app.services.container import Services

ADMIN = Actor(login="kanri", role="admin", office_code="131016", display_name="管理者")
LEAK = "通販会社から個人情報流出のお詫びメールが届いた。カード番号も含まれるらしい"
HEADER = ",".join(header for _key, header in CSV_COLUMNS)


def _ids(suggestion) -> list[str]:  # type: ignore[no-untyped-def]
    return [destination.entry.id for destination in suggestion.destinations]


def test_suggestion_follows_the_office_regime(services: Services) -> None:
    classification = services.classification
    current = classification.classify(LEAK)
    assert current.regime == "CURRENT" and "N01" in _ids(current)
    services.setup.change_setting(ADMIN, "regime", "POLICY_2005")
    old = classification.classify(LEAK)
    assert old.regime == "POLICY_2005"
    assert "N01" not in _ids(old) and "M16" in _ids(old)
    assert classification.classify(LEAK, regime="CURRENT").regime == "CURRENT"


def test_not_related_has_no_destinations(services: Services) -> None:
    suggestion = services.classification.classify("エステの中途解約で返金が少ない。")
    assert not suggestion.result.pi_related and suggestion.destinations == ()


def test_contract_json_has_the_design_keys(services: Services) -> None:
    document = suggestion_to_json(services.classification.classify(LEAK), services.reference.codelists)
    assert list(document)[:6] == ["pi_related", "score", "issues", "holder", "cues", "destinations"]
    assert document["pi_related"] is True and document["issues"][0] == "LEAK"
    assert all({"text", "weight", "start", "end"} <= set(cue) for cue in document["cues"])
    first = document["destinations"][0]
    assert first["id"] == "BUSINESS_SELF" and first["referral_kind"] == "INTRO"
    assert first["referral_kind_label"] == "紹介" and first["legal_basis"].startswith("法40条")


def test_contacts_are_editable_but_not_the_legal_basis(services: Services, supervisor: Actor) -> None:
    classification = services.classification
    before = classification.entry("N09")
    with pytest.raises(PermissionDeniedError):
        classification.update_contact(
            supervisor, "N09", phone="x", hours=None, url=None, contact_note=None, annotation=None
        )
    updated = classification.update_contact(
        ADMIN,
        "N09",
        phone="０４５－２１１－１２１２",
        hours="24時間",
        url=None,
        contact_note="県警本部",
        annotation="当県では相談専用電話より本部代表が早い",
    )
    assert updated.contact.phone == "045-211-1212"  # NFKC-normalised
    assert updated.legal_basis == before.legal_basis and updated.legal_basis_2005 == before.legal_basis_2005
    services.setup.initialise(ADMIN)  # re-seeding keeps the office's contact edits
    again = classification.entry("N09")
    assert again.contact.phone == "045-211-1212" and again.annotation.startswith("当県")
    with pytest.raises(NotFoundError):
        classification.update_contact(ADMIN, "NOPE", phone=None, hours=None, url=None, contact_note=None, annotation=None)


def test_retired_window_is_replaced_by_its_successor(services: Services) -> None:
    classification = services.classification
    online = "ネット掲示板に自宅住所と顔写真を書き込まれた"
    assert "N04" in _ids(classification.classify(online))
    classification.retire(ADMIN, "N04", valid_to=dt.date(2026, 3, 31), successor_id="N05")
    after = classification.classify(online)
    assert "N04" not in _ids(after)
    replaced = [d for d in after.destinations if d.replaces == "N04"]
    assert [d.entry.id for d in replaced] == ["N05"]
    services.setup.initialise(ADMIN)  # re-seeding does not undo the office's retirement
    assert classification.entry("N04").valid_to == dt.date(2026, 3, 31)
    classification.reinstate(ADMIN, "N04")
    assert "N04" in _ids(classification.classify(online))


@pytest.mark.parametrize(
    ("entry_id", "successor", "message"),
    [("N04", "N04", "自分自身"), ("N04", "NOPE", "ありません"), ("N01", "M03", "廃止")],
)
def test_bad_successor_is_refused(services: Services, entry_id: str, successor: str, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        services.classification.retire(ADMIN, entry_id, valid_to=dt.date(2026, 3, 31), successor_id=successor)


def test_retiring_in_a_cycle_is_refused(services: Services) -> None:
    services.classification.retire(ADMIN, "N04", valid_to=dt.date(2026, 3, 31), successor_id="N05")
    with pytest.raises(ValidationError, match="循環"):
        services.classification.retire(ADMIN, "N05", valid_to=dt.date(2026, 3, 31), successor_id="N04")


def test_local_department_is_proposed_for_its_issues(services: Services, counselor: Actor) -> None:
    classification = services.classification
    entry = DirectoryEntry(
        id="", name="さくら市　市民課（住民票）", kind="local_gov_window", regime="BOTH", sectors=("PUBREC",)
    )
    with pytest.raises(PermissionDeniedError):
        classification.add_local(counselor, entry)
    added = classification.add_local(ADMIN, entry)
    assert added.id == "L131016-001" and added.local and added.office_code == "131016"
    assert added.name == "さくら市 市民課(住民票)"  # stored NFKC-normalised like other free text
    suggestion = classification.classify("市役所が元夫に新住所を教えてしまった")
    assert _ids(suggestion)[-1] == "L131016-001"
    assert suggestion.destinations[-1].kind == "INFO"
    with pytest.raises(ValidationError) as info:
        classification.add_local(ADMIN, dataclasses.replace(entry, id="N01"))
    assert info.value.where == "N01.id"
    with pytest.raises(ValidationError) as info:
        classification.add_local(ADMIN, dataclasses.replace(entry, id="", sectors=("DV",)))
    assert str(info.value.where).endswith(".sectors")


def test_search_folds_width_and_kana(services: Services) -> None:
    classification = services.classification
    assert [e.id for e in classification.search_directory("ﾌｨｯｼﾝｸﾞ")] == ["N08"]
    assert "N01" in [e.id for e in classification.search_directory("9849")]
    old = [e.id for e in classification.search_directory("国民生活局", regime="CURRENT")]
    assert old == []
    assert [e.id for e in classification.search_directory("国民生活局", regime="POLICY_2005")] == ["M03", "M03_MANUAL"]
    current_only = [e.id for e in classification.search_directory("", include_retired=False)]
    assert "M03" not in current_only and "N01" in current_only


def test_local_csv_round_trip(services: Services, supervisor: Actor, counselor: Actor) -> None:
    classification = services.classification
    csv_text = (
        HEADER + "\r\n"
        "L-SHIMIN,市民課,さくら市,local_gov_window,PUBREC MYNUM,03-0000-0001,平日8:30-17:15,,,さくら市個人情報保護法施行条例,,,,,\r\n"
        "L-SHOKO,商工観光課,さくら市,local_gov_window,MAILORDER_EC DOOR_TO_DOOR,03-0000-0002,,,,,業界団体との連絡,,,,\r\n"
    )
    with pytest.raises(PermissionDeniedError):
        classification.import_local_csv(supervisor, csv_text)
    result = classification.import_local_csv(ADMIN, csv_text.encode("utf-8-sig"))
    assert (result.created, result.updated) == (2, 0)
    shimin = classification.entry("L-SHIMIN")
    assert shimin.local and shimin.sectors == ("PUBREC", "MYNUM") and shimin.legal_basis.startswith("さくら市")
    with pytest.raises(PermissionDeniedError):
        classification.export_local_csv(counselor)
    exported = classification.export_local_csv(supervisor)
    assert exported.splitlines()[0] == HEADER
    again = classification.import_local_csv(ADMIN, exported)
    assert (again.created, again.updated) == (0, 2)
    assert classification.entry("L-SHIMIN") == shimin


def test_cp932_csv_from_old_excel_is_read(services: Services) -> None:
    data = (HEADER + "\r\nL-1,消費生活課,,,*,,,,,,,,,,\r\n").encode("cp932")
    assert services.classification.import_local_csv(ADMIN, data).created == 1
    assert services.classification.entry("L-1").sectors == ("*",)


def test_bad_csv_names_line_and_column_and_changes_nothing(services: Services) -> None:
    classification = services.classification
    before = classification.directory()
    csv_text = (
        HEADER + "\n"
        "L-OK,市民課,,,PUBREC,,,,,,,,,,\n"
        "L-BAD,福祉課,,local_gov_window,WELFARE,,,,,,,2026-13-01,,,\n"
        ",名前だけ,,,,,,,,,,,,,\n"
        "N01,上書き,,,,,,,,,,,,,\n"
        "L-OK,重複,,,,,,,,,,,,,\n"
    )
    with pytest.raises(CsvImportError) as info:
        classification.import_local_csv(ADMIN, csv_text)
    problems = info.value.problems
    assert "3行目 有効開始: 日付は YYYY-MM-DD で書いてください（2026-13-01）" in problems
    assert any(p.startswith("3行目 対象（分野・論点コード）: 不明なコード 'WELFARE'") for p in problems)
    assert "4行目 ID: IDがありません" in problems
    assert any(p.startswith("5行目 ID:") and "参照データ" in p for p in problems)
    assert "6行目 ID: 2行目と同じIDです" in problems
    assert classification.directory() == before


def test_csv_with_unknown_header_is_refused(services: Services) -> None:
    with pytest.raises(CsvImportError, match="1行目 2列「なまえ」"):
        services.classification.import_local_csv(ADMIN, "ID,なまえ\nL-1,x\n")


def test_office_can_edit_and_reset_the_guidance(services: Services, counselor: Actor, supervisor: Actor) -> None:
    classification = services.classification
    shipped = classification.guidance()
    document = classification.guidance_document()
    document["issues"]["LEAK"]["advise"].append("当市では情報政策課にも連絡する")  # type: ignore[index]
    with pytest.raises(PermissionDeniedError):
        classification.save_guidance(counselor, document)
    classification.save_guidance(supervisor, document)
    assert classification.guidance_is_customised()
    assert classification.guidance().issues["LEAK"].advise[-1] == "当市では情報政策課にも連絡する"
    broken = classification.guidance_document()
    del broken["issues"]["OVER"]  # type: ignore[attr-defined]
    with pytest.raises(ReferenceDataError) as info:
        classification.save_guidance(supervisor, broken)
    assert info.value.where == "issues.OVER"
    assert classification.guidance().issues["LEAK"].advise[-1] == "当市では情報政策課にも連絡する"
    classification.reset_guidance(supervisor)
    assert not classification.guidance_is_customised()
    assert classification.guidance() == shipped
