"""Everything the GUI and the CLI call, for one signed-in officer."""

from dataclasses import dataclass

from fieldclient.services.attendance import AttendanceService
from fieldclient.services.documents import DocumentService
from fieldclient.services.drafts import DraftService
from fieldclient.services.records import RecordService
from fieldclient.services.session import Session


@dataclass
class StationServices:
    session: Session
    records: RecordService
    attendance: AttendanceService
    drafts: DraftService
    documents: DocumentService

    @classmethod
    def for_session(cls, session: Session) -> "StationServices":
        records = RecordService(session)
        return cls(
            session=session,
            records=records,
            attendance=AttendanceService(records),
            drafts=DraftService(session),
            documents=DocumentService(session),
        )

    def close(self) -> None:
        self.session.close()
