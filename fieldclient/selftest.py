"""`fieldclient --selftest`: proves an installed or frozen app has all it needs at run time.

It imports every module, creates a throwaway vault in a temporary folder, stores and searches one
record of each type, reopens the vault with the password, and renders an FIR copy to PDF. One line
per step; exit status 0 when all pass, 1 at the first failure. The vault holds only the synthetic
samples below and is deleted at the end, so it uses the test-only fast password hashing.
"""

import importlib
import os
import pkgutil
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import Any

SELFTEST_BADGE = "ST-0001"
SELFTEST_PASSWORD = "selftest throwaway password"
SELFTEST_STATION = "PSH-GULBAHAR"
PDF_MIN_BYTES = 10_000
# Packages the running app may import; sync.server runs as its own installed service.
APP_PACKAGES = ("fieldclient", "sync.client", "sync.protocol")


def _hours_ago(hours: float) -> str:
    from fieldclient.domain.pakistan_time import pakistan_now

    return (pakistan_now() - timedelta(hours=hours)).isoformat()


def sample_payloads() -> dict[str, tuple[dict[str, Any], str]]:
    """A valid payload of each record type, and a word that must find it."""
    fir = {
        "informant": {
            "name": "Muhammad Ali",
            "father_name": "Ali Khan",
            "cnic": "17101-1234567-1",
            "phone": "0300-1234567",
            "address": "Mohalla Tatara, Peshawar",
        },
        "offences": ["PPC 379"],
        "occurred_at": _hours_ago(5),
        "place": "Near Tatara chowk",
        "narrative": "میری موٹر سائیکل چوری ہو گئی۔ The motorcycle was parked outside the shop.",
        "accused": [{"unknown": True, "description": "two young men on a motorcycle"}],
        "diary_no": "14",
    }
    challan = {
        "vehicle_reg": "LEA-1234",
        "vehicle_type": "car",
        "violations": ["PB25-SIGNAL", "PB21-SEATBELT"],
        "driver": {"name": "Bilal Ahmed", "cnic": "35202-1234567-3", "licence_no": "LHR-123456"},
        "location": "Mall Road, Lahore",
        "issued_at": _hours_ago(1),
    }
    tenant = {
        "landlord": {"name": "Haji Gul", "cnic": "17301-7654321-1", "phone": "0333-7654321"},
        "property_address": "House 12, Street 4, Hayatabad Phase 3, Peshawar",
        "tenant": {
            "name": "Zahid Khan",
            "father_name": "Sher Khan",
            "cnic": "15602-1112223-5",
            "phone": "0345-1112223",
            "permanent_address": "Village Kabal, Swat",
            "occupation": "Shopkeeper",
        },
        "start_date": _hours_ago(24)[:10],
    }
    attendance = {
        "badge_no": SELFTEST_BADGE,
        "kind": "check_in",
        "method": "fingerprint",
        "at": _hours_ago(0.5),
        "match_score": 87,
        "device": "selftest",
    }
    return {
        "fir": (fir, "موٹر"),
        "challan": (challan, "LEA1234"),
        "tenant": (tenant, "Hayatabad"),
        "attendance": (attendance, SELFTEST_BADGE),
    }


def run_selftest(work_root: Path | None = None) -> int:
    """Run every step; `work_root` is where the temporary folder goes (default: the system's)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the self-test never shows a window
    try:
        _step("every app module imports", _import_app_modules)
        with (
            tempfile.TemporaryDirectory(prefix="fieldclient-selftest-", dir=work_root) as folder,
            _fast_kdf_for_throwaway_vault(),
        ):
            _exercise_vault(Path(folder))
    except SelfTestFailed:
        print("selftest: FAILED", flush=True)
        return 1
    except OSError as failure:  # the temporary folder could not be made or removed
        print(f"selftest: FAILED (temporary folder: {failure})", flush=True)
        return 1
    print("selftest: all steps passed", flush=True)
    return 0


class SelfTestFailed(Exception):
    """A step failed; it has printed why."""


def _step(name: str, action: Callable[[], Any]) -> Any:
    try:
        result = action()
    except Exception as failure:
        print(f"selftest: {name} ... FAILED ({type(failure).__name__}: {failure})", flush=True)
        traceback.print_exc(file=sys.stderr)
        raise SelfTestFailed(name) from failure
    detail = f" ({result})" if isinstance(result, str) else ""
    print(f"selftest: {name} ... ok{detail}", flush=True)
    return result


def _import_app_modules() -> str:
    names = []
    for package_name in APP_PACKAGES:
        package = importlib.import_module(package_name)
        names.append(package_name)
        for module in pkgutil.walk_packages(package.__path__, package_name + "."):
            if module.name.endswith("__main__"):
                continue
            importlib.import_module(module.name)
            names.append(module.name)
    return f"{len(names)} modules"


def _exercise_vault(data_dir: Path) -> None:
    from fieldclient.services.records import RecordService
    from fieldclient.services.session import create_vault, open_session
    from fieldclient.vault.repository import RecordQuery

    session = _step(
        "vault created",
        lambda: create_vault(
            data_dir / "vault",
            badge=SELFTEST_BADGE,
            name="Self-test officer",
            password=SELFTEST_PASSWORD,
            station=SELFTEST_STATION,
        ),
    )
    try:
        service = RecordService(session)
        stored = {}
        for record_type, (payload, search_word) in sample_payloads().items():
            stored[record_type] = _step(
                f"{record_type} stored", partial(service.create, record_type, payload)
            )
            query = RecordQuery(record_type=record_type, search=search_word)
            _step(
                f"{record_type} found by search",
                partial(_expect_found, service, query, stored[record_type].id),
            )
        pdf_path = data_dir / "fir-copy.pdf"
        _step("FIR copy rendered to PDF", lambda: _render_pdf(session, stored["fir"], pdf_path))
        _step("PDF rasterized and a QR code read back", lambda: _read_back(pdf_path))
    finally:
        session.close()
    reopened = _step(
        "vault reopened with the password",
        lambda: open_session(data_dir / "vault", SELFTEST_BADGE, SELFTEST_PASSWORD),
    )
    try:
        _step(
            "records read back",
            lambda: _expect_all_read(RecordService(reopened), [r.id for r in stored.values()]),
        )
    finally:
        reopened.close()


def _expect_found(service: Any, query: Any, record_id: str) -> None:
    found_ids = service.find_ids(query)
    if record_id not in found_ids:
        raise AssertionError(f"search returned {len(found_ids)} records, not the one stored")


def _expect_all_read(service: Any, record_ids: list[str]) -> str:
    read = service.get_many(record_ids)
    if sorted(read) != sorted(record_ids):
        raise AssertionError(f"read {len(read)} of {len(record_ids)} records")
    return f"{len(read)} records"


def _render_pdf(session: Any, fir_record: Any, pdf_path: Path) -> str:
    from fieldclient.services.documents import DocumentService
    from fieldclient.services.records import RecordService
    from fieldclient.ui.documents.render import write_pdf

    RecordService(session).transition(fir_record.id, "registered", "self-test")
    write_pdf(DocumentService(session).prepare(fir_record.id), pdf_path)
    content = pdf_path.read_bytes()
    if not content.startswith(b"%PDF-"):
        raise AssertionError("the file is not a PDF")
    if len(content) < PDF_MIN_BYTES:
        raise AssertionError(f"the PDF has only {len(content)} bytes")
    return f"{len(content) // 1024} KiB"


def _read_back(pdf_path: Path) -> str:
    """The native decoders of the bundle: PDFium rasterizes, zxing-cpp reads a code."""
    import io

    from PIL import Image

    from fieldclient.services.document_scan import qr_texts_in_image, rasterize_pdf
    from fieldclient.services.qr_codes import qr_png

    pages = rasterize_pdf(pdf_path, dpi=72)
    if not pages:
        raise AssertionError("the PDF has no pages")
    if qr_texts_in_image(Image.open(io.BytesIO(qr_png("selftest")))) != ["selftest"]:
        raise AssertionError("a QR code was not read back")
    return f"{len(pages)} page(s)"


@contextmanager
def _fast_kdf_for_throwaway_vault() -> Iterator[None]:
    """Fast password hashing for the deleted-at-the-end vault only; the old value comes back."""
    name = "FIELDCLIENT_INSECURE_FAST_KDF"
    previous = os.environ.get(name)
    os.environ[name] = "1"
    try:
        yield
    finally:
        if previous is None:
            del os.environ[name]
        else:
            os.environ[name] = previous
