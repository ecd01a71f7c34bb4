"""Everything the GUI and the CLI call, for one signed-in officer."""

from dataclasses import dataclass

from fieldclient.services.attendance import AttendanceService
from fieldclient.services.diary import DiaryService
from fieldclient.services.documents import DocumentService
from fieldclient.services.drafts import DraftService
from fieldclient.services.people import PersonService
from fieldclient.services.records import RecordService
from fieldclient.services.review import ReviewService
from fieldclient.services.session import Session


@dataclass
class StationServices:
    session: Session
    records: RecordService
    attendance: AttendanceService
    diary: DiaryService
    people: PersonService
    drafts: DraftService
    documents: DocumentService
    review: ReviewService

    @classmethod
    def for_session(cls, session: Session) -> "StationServices":
        records = RecordService(session)
        diary = DiaryService(records)
        attendance = AttendanceService(records, diary)
        attendance.adopt_device_settings()  # once, for a vault of an earlier version
        return cls(
            session=session,
            records=records,
            attendance=attendance,
            diary=diary,
            people=PersonService(records),
            drafts=DraftService(session),
            documents=DocumentService(session),
            review=ReviewService(records),
        )

    def close(self) -> None:
        self.session.close()
