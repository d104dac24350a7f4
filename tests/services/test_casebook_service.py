"""Casebook export and import: anonymised round trips, NCAC tables, spreadsheet safety, CP932, and bad files that change nothing."""

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from counselor_app.domain.clock import FixedClock
from counselor_app.domain.entities import Actor
from counselor_app.domain.errors import PermissionDeniedError
from counselor_app.persistence.database import open_database
from counselor_app.persistence.engine import resolve_target
from counselor_app.services.casebook_service import ExportEncodingError, ImportFileError
from counselor_app.services.container import Services, build_services
from counselor_app.services.reference_data import ReferenceData
from tests.helpers import HANAKO, make_case

FROM, TO = dt.date(2023, 4, 1), dt.date(2026, 11, 27)


@pytest.fixture
def filled(services: Services, supervisor: Actor) -> Services:
    services.demo.generate(supervisor, 120, seed=4, end=dt.date(2026, 11, 27))
    return services


@pytest.fixture
def empty(tmp_path: Path, reference: ReferenceData, clock: FixedClock) -> Iterator[Services]:
    database, _ = open_database(resolve_target(tmp_path / "empty.db"), create=True)
    built = build_services(database, reference, clock)
    built.setup.initialise(Actor(login="setup", role="admin", office_code="131016"), office_code="131016")
    try:
        yield built
    finally:
        database.close()


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def _case_count(services: Services, actor: Actor) -> int:
    from counselor_app.domain.case_query import CaseFilter

    return services.cases.count(actor, CaseFilter())


def _personal_case(services: Services, counselor: Actor, **overrides: object) -> str:
    values: dict[str, object] = {
        "narrative": "架空花子さん（昭和28年4月1日生）から。連絡先は09000001111、メールhanako@example.jp。桜台3-5-12に住む。"
    }
    values.update(overrides)
    case = make_case(
        consultant=HANAKO,
        **values,
    )
    stored = services.cases.register(counselor, case)
    assert stored.case_no
    return stored.case_no


@pytest.mark.parametrize("fmt", ["csv", "json", "xlsx"])
def test_export_import_export_gives_identical_anonymised_rows(
    filled: Services, empty: Services, supervisor: Actor, tmp_path: Path, fmt: str
) -> None:
    first = tmp_path / f"first.{fmt}"
    second = tmp_path / f"second.{fmt}"
    result = filled.casebook.export(supervisor, FROM, TO, fmt, first)
    assert result.cases == 120
    imported = empty.casebook.import_file(supervisor, first)
    assert imported.cases == 120
    assert imported.first_case_no and imported.first_case_no.startswith("131016-R5-")
    again = empty.casebook.export(supervisor, FROM, TO, fmt, second)
    assert again.cases == 120
    if fmt == "xlsx":
        one, two = openpyxl.load_workbook(first), openpyxl.load_workbook(second)
        assert one.sheetnames == two.sheetnames
        for name in one.sheetnames:
            assert list(one[name].iter_rows(values_only=True)) == list(two[name].iter_rows(values_only=True)), name
    else:
        assert first.read_bytes() == second.read_bytes()


def test_export_drops_every_personal_field_and_scrubs_the_narrative(
    services: Services, counselor: Actor, supervisor: Actor, tmp_path: Path
) -> None:
    case_no = _personal_case(services, counselor)
    for fmt in ("csv", "json", "xlsx"):
        out = tmp_path / fmt / f"casebook.{fmt}"
        out.parent.mkdir()
        result = services.casebook.export(supervisor, FROM, TO, fmt, out)
        assert result.redactions["name"] >= 1 and result.redactions["phone"] >= 1
        for path in result.files:
            if path.suffix == ".xlsx":
                book = openpyxl.load_workbook(path)
                text = "\n".join(
                    str(cell) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for cell in row
                )
            else:
                text = path.read_text(encoding="utf-8-sig")
            for secret in ("架空 花子", "架空花子", "花子", "カクウ", "0000-1111", "00001111", "hanako@", "桜台3", "123-4567", "昭和28年", "1953"):
                assert secret not in text, (path.name, secret)
    report = next(p for p in result.files if "匿名化レポート" in p.name)
    assert case_no in report.read_text(encoding="utf-8-sig")


def test_casebook_row_has_codes_labels_caption_and_scrubbed_text(
    services: Services, counselor: Actor, supervisor: Actor, tmp_path: Path
) -> None:
    _personal_case(services, counselor)
    out = tmp_path / "cb.csv"
    services.casebook.export(supervisor, FROM, TO, "csv", out)
    rows = _rows(out)
    row = rows[0]
    assert row["受付年月日"] == "2026-11-20" and row["年度"] == "2026"
    assert (row["受付方法_コード"], row["受付方法"]) == ("01", "電話")
    assert (row["商品・役務_大分類"], row["商品・役務"]) == ("食料品", "健康食品")
    assert row["販売方法・手口:定期購入"] == "1" and row["販売方法・手口:訪問購入"] == ""
    assert row["契約購入金額"] == "12000" and row["既支払金額"] == "3000"
    assert row["事例見出し"] == "(2026年11月受付 契約当事者:70歳代、女性、家事従事者)"
    assert row["契約当事者_年代（公表区分）"] == "70歳以上"
    assert "〔氏名〕" in row["相談概要"] and "〔電話番号〕" in row["相談概要"] and "〔生年月日〕" in row["相談概要"]
    assert not any(h == "氏名" or h.endswith("_氏名") or h.endswith("_電話番号") for h in row)


def test_aggregate_tables_in_ncac_shapes(filled: Services, supervisor: Actor, tmp_path: Path) -> None:
    result = filled.casebook.export(supervisor, FROM, TO, "xlsx", tmp_path / "cb.xlsx")
    book = openpyxl.load_workbook(result.files[0])
    assert book.sheetnames[0] == "事例集"
    for sheet in (
        "年度別・月別件数",
        "契約当事者 年代別・性別",
        "契約当事者 職業別",
        "商品・役務 大分類別",
        "商品・役務 上位",
        "販売購入形態別",
        "販売方法・手口別",
        "個人情報関連",
        "処理結果別",
        "契約購入金額・既支払金額",
    ):
        assert sheet in book.sheetnames
    months = list(book["年度別・月別件数"].iter_rows(values_only=True))
    assert months[0][:3] == ("年度", "4月", "5月") and months[0][-1] == "合計"
    assert sum(row[-1] for row in months[1:]) == 120
    bands = list(book["契約当事者 年代別・性別"].iter_rows(values_only=True))
    assert bands[-1][0] == "合計" and bands[-1][-2] == 120


def test_cells_that_look_like_formulas_are_neutralised(
    services: Services, counselor: Actor, supervisor: Actor, tmp_path: Path
) -> None:
    services.cases.register(counselor, make_case(subject="=HYPERLINK(\"http://x\",\"click\")", narrative="+1+1 @SUM(A1)"))
    csv_out = tmp_path / "cb.csv"
    services.casebook.export(supervisor, FROM, TO, "csv", csv_out)
    row = _rows(csv_out)[0]
    assert row["件名"].startswith("'=") and row["相談概要"].startswith("'+")
    xlsx_out = tmp_path / "cb.xlsx"
    services.casebook.export(supervisor, FROM, TO, "xlsx", xlsx_out)
    sheet = openpyxl.load_workbook(xlsx_out)["事例集"]
    headers = [cell.value for cell in sheet[1]]
    subject = sheet.cell(row=2, column=headers.index("件名") + 1)
    assert subject.data_type == "s" and subject.value.startswith("=") and subject.quotePrefix


def test_cp932_refuses_unencodable_characters_unless_substitution_is_allowed(
    services: Services, counselor: Actor, supervisor: Actor, tmp_path: Path
) -> None:
    case_no = _personal_case(services, counselor, subject="𠮷野家の件", narrative="定期購入の解約😀。㉑番の書類。")
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "cb.csv"
    with pytest.raises(ExportEncodingError) as refused:
        services.casebook.export(supervisor, FROM, TO, "csv", out, encoding="cp932")
    assert case_no in str(refused.value) and "𠮷" in str(refused.value)
    assert {p.char for p in refused.value.problems} == {"𠮷", "😀", "㉑"}
    assert list(folder.iterdir()) == []  # nothing written, not even a temporary file
    result = services.casebook.export(supervisor, FROM, TO, "csv", out, encoding="cp932", substitute=True)
    text = out.read_bytes().decode("cp932")
    assert "吉野家の件" in text and "〓" in text and "21番" in text
    assert {p.char for p in result.substitutions} == {"𠮷", "😀", "㉑"}


def test_only_supervisors_export_and_import(services: Services, counselor: Actor, tmp_path: Path) -> None:
    with pytest.raises(PermissionDeniedError):
        services.casebook.export(counselor, FROM, TO, "csv", tmp_path / "x.csv")
    with pytest.raises(PermissionDeniedError):
        services.casebook.import_file(counselor, tmp_path / "x.csv")


def test_export_and_import_are_audited_without_personal_data(
    services: Services, counselor: Actor, supervisor: Actor, tmp_path: Path
) -> None:
    _personal_case(services, counselor)
    out = tmp_path / "cb.json"
    services.casebook.export(supervisor, FROM, TO, "json", out)
    with services.db.uow() as uow:
        chain = list(uow.audit.chain())
    exports = [event for event in chain if event.action == "export" and event.entity == "casebook"]
    assert len(exports) == 1 and '"cases":1' in exports[0].detail
    assert "花子" not in exports[0].detail and "090" not in exports[0].detail
    services.casebook.import_file(supervisor, out)
    with services.db.uow() as uow:
        imports = [event for event in uow.audit.chain() if event.action == "import"]
    assert len(imports) == 1 and '"cases":1' in imports[0].detail and "花子" not in imports[0].detail
    assert services.audit.verify().ok


def test_preview_shows_scrubbed_narratives_before_anything_is_written(
    services: Services, counselor: Actor, supervisor: Actor, tmp_path: Path
) -> None:
    _personal_case(services, counselor)
    before = sorted(tmp_path.iterdir())
    preview = services.casebook.preview(supervisor, FROM, TO)
    assert preview.total == 1
    item = preview.items[0]
    assert "〔氏名〕" in item.narrative.text and item.narrative.redactions
    assert item.caption.startswith("(2026年11月受付")
    assert sorted(tmp_path.iterdir()) == before


# -- import ---------------------------------------------------------------------------------

HEADER = "受付年月日,相談区分,受付方法,契約当事者_年代,契約当事者_性別,商品・役務,販売購入形態,契約購入金額,件名,相談概要,相談者_氏名,相談者_電話番号"
GOOD = "2026/10/5,苦情,電話,70歳代,女性,健康食品,通信販売,\"12,000円\",定期購入,定期購入だった。,架空 花子,090-0000-1111"


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(
    ("name", "encoding", "prefix"),
    [("bom.csv", "utf-8", "\ufeff"), ("plain.csv", "utf-8", ""), ("sjis.csv", "cp932", "")],
)
def test_csv_with_and_without_bom_and_shift_jis_import(
    services: Services, supervisor: Actor, tmp_path: Path, name: str, encoding: str, prefix: str
) -> None:
    path = _write(tmp_path / name, prefix + HEADER + "\r\n" + GOOD + "\r\n", encoding)
    result = services.casebook.import_file(supervisor, path)
    assert result.cases == 1 and result.first_case_no == "131016-R8-000001"
    case = services.cases.find_by_number(supervisor, "131016-R8-000001")
    assert case is not None
    assert case.contract_amount == 12000 and case.product == "0201" and case.consultant.name == "架空 花子"
    assert case.received_at == dt.datetime(2026, 10, 5)


def _bad_file(tmp_path: Path, kind: str) -> Path:
    if kind == "bad date":
        return _write(tmp_path / "a.csv", HEADER + "\n" + GOOD.replace("2026/10/5", "2026/13/45") + "\n")
    if kind == "unknown label":
        return _write(tmp_path / "a.csv", HEADER + "\n" + GOOD.replace("健康食品", "健康しょくひん") + "\n")
    if kind == "amount not a number":
        return _write(tmp_path / "a.csv", HEADER + "\n" + GOOD.replace('"12,000円"', "たくさん") + "\n")
    if kind == "wrong encoding":
        return _write(tmp_path / "a.csv", HEADER + "\n", "utf-8") if False else _bytes(tmp_path / "a.csv", (HEADER + "\n").encode() + b"\x82\xa0\xff\xfe\x80abc\n")
    if kind == "missing required column":
        return _write(tmp_path / "a.csv", HEADER.replace(",相談概要", ",概要X") + "\n" + GOOD + "\n")
    if kind == "10 MB cell":
        return _write(tmp_path / "a.csv", HEADER + "\n" + GOOD.replace("定期購入だった。", "あ" * (10 * 1024 * 1024 // 3)) + "\n")
    if kind == "unknown column":
        return _write(tmp_path / "a.csv", HEADER + ",備考\n" + GOOD + ",メモ\n")
    if kind == "second row bad":
        return _write(tmp_path / "a.csv", HEADER + "\n" + GOOD + "\n" + GOOD.replace("電話", "伝書鳩") + "\n")
    if kind == "merged header":
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(HEADER.split(","))
        sheet.append(next(csv.reader([GOOD])))
        sheet.merge_cells("A1:B1")
        path = tmp_path / "a.xlsx"
        book.save(path)
        return path
    if kind == "not an xlsx":
        return _bytes(tmp_path / "a.xlsx", b"PK\x03\x04 not really a zip")
    if kind == "json syntax":
        return _write(tmp_path / "a.json", '[{"received_at": "2026-10-05", "narrative": "x",}]')
    if kind == "json unknown label":
        return _write(tmp_path / "a.jsonl", '{"received_at": "2026-10-05", "narrative": "x", "channel": "伝書鳩"}\n')
    if kind == "json missing narrative":
        return _write(tmp_path / "a.json", '[{"received_at": "2026-10-05"}]')
    raise AssertionError(kind)


def _bytes(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("bad date", ["a.csv", "2 行", "受付年月日", "2026/13/45"]),
        ("unknown label", ["a.csv", "2 行", "商品・役務", "健康しょくひん"]),
        ("amount not a number", ["a.csv", "2 行", "契約購入金額", "数値ではありません"]),
        ("wrong encoding", ["a.csv", "2 行", "文字コード"]),
        ("missing required column", ["a.csv", "相談概要", "必須"]),
        ("10 MB cell", ["a.csv", "2 行", "相談概要", "大きすぎます"]),
        ("unknown column", ["a.csv", "備考", "未知の列"]),
        ("second row bad", ["a.csv", "3 行", "受付方法", "伝書鳩"]),
        ("merged header", ["a.xlsx", "結合セル", "A1:B1"]),
        ("not an xlsx", ["a.xlsx", "XLSX として読めません"]),
        ("json syntax", ["a.json", "1 行", "JSON の書式"]),
        ("json unknown label", ["a.jsonl", "1 行", "channel", "伝書鳩"]),
        ("json missing narrative", ["a.json", "1 件目", "narrative"]),
    ],
)
def test_bad_files_give_clear_errors_and_change_nothing(
    services: Services, supervisor: Actor, tmp_path: Path, kind: str, expected: list[str]
) -> None:
    path = _bad_file(tmp_path, kind)
    before = _case_count(services, supervisor)
    with services.db.uow() as uow:
        audit_before = len(list(uow.audit.chain()))
    with pytest.raises(ImportFileError) as failure:
        services.casebook.import_file(supervisor, path)
    message = str(failure.value)
    for fragment in expected:
        assert fragment in message, (fragment, message[:300])
    assert _case_count(services, supervisor) == before
    with services.db.uow() as uow:
        assert len(list(uow.audit.chain())) == audit_before
    report = services.casebook.validate_file(supervisor, path)
    assert not report.ok and report.errors


def test_import_is_all_or_nothing_in_one_transaction(
    services: Services, supervisor: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write(tmp_path / "two.csv", HEADER + "\n" + GOOD + "\n" + GOOD + "\n")
    from counselor_app.persistence.repositories.case_repository import CaseRepository

    def explode(self: CaseRepository, cases: object, sequences: object) -> list[int]:
        raise RuntimeError("disk full")

    monkeypatch.setattr(CaseRepository, "bulk_add", explode)
    with pytest.raises(RuntimeError):
        services.casebook.import_file(supervisor, path)
    monkeypatch.undo()
    assert _case_count(services, supervisor) == 0
    # The numbers the failed import reserved were given back with the rollback.
    assert services.casebook.import_file(supervisor, path).first_case_no == "131016-R8-000001"


def test_json_import_keeps_referrals_pi_and_business(services: Services, supervisor: Actor, tmp_path: Path) -> None:
    data = [
        {
            "received_at": "令和8年10月5日",
            "narrative": "名簿業者からの勧誘電話。",
            "channel": "電話",
            "party": {"age_band": "80歳以上", "gender": "女性"},
            "business": {"name": "株式会社あおば不動産", "corporate_number": "1234567890123"},
            "pi": {"related": "関連あり", "issues": ["名簿・DM・勧誘電話"], "holder": "民間事業者"},
            "referrals": [{"destination": "N01", "kind": "紹介", "date": "2026-10-06", "consent": True}],
            "contract_amount": 0,
        }
    ]
    path = _write(tmp_path / "cases.json", json.dumps(data, ensure_ascii=False))
    result = services.casebook.import_file(supervisor, path)
    case = services.cases.find_by_number(supervisor, result.first_case_no or "")
    assert case is not None and case.pi is not None
    assert case.pi.related == "yes" and case.pi.issues == ("MKT",) and case.pi.holder == "PRIV"
    assert case.referrals[0].destination_id == "N01" and case.referrals[0].consent is True
    assert case.business_id is not None and case.status == "closed"
