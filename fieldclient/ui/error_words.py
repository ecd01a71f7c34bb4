"""Domain and vault errors in the officer's language.

The domain writes its messages in English for the CLI, the server and the logs, and gives each
problem a stable ``code`` and each field a dotted ``path``. On screen, the words come from here:
the path's field names (``accused.1.name`` → "Accused 2 — Name") and the code's sentence, both
through Qt Linguist (contexts ``FieldName`` and ``FieldProblem``), with the numbers the domain puts
in ``FieldError.params``. Where no translation is installed (English) the domain's own sentence
is kept, since it is more precise (it quotes what was typed, suggests the right field).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldclient.domain.documents import NotPrintable
from fieldclient.domain.errors import (
    FieldError,
    FrozenRecord,
    MissingReferenceData,
    TransitionRefused,
    ValidationFailed,
)
from fieldclient.domain.roles import RoleRefused
from fieldclient.domain.translatable import QT_TRANSLATE_NOOP
from fieldclient.ui.kind_words import status_label
from fieldclient.ui.role_words import action_words, role_label, roles_needed
from fieldclient.vault import errors as vault_errors

FIELD_CONTEXT, PROBLEM_CONTEXT, ERROR_CONTEXT = "FieldName", "FieldProblem", "errors"
PART_SEPARATOR = " — "
PROBLEM_SEPARATOR = "؛ "  # the Urdu semicolon: the sentence is only built where Urdu is on
CORRECT_THESE = QT_TRANSLATE_NOOP("errors", "Please correct: {problems}")
STATUS_REFUSED = QT_TRANSLATE_NOOP("errors", "The status cannot go from {old} to {new}.")
ROLE_REFUSED = QT_TRANSLATE_NOOP(
    "errors", "Only an officer whose role is {needed} may {action}; you are signed in as {role}."
)

FIELD_NAMES = {
    "against": QT_TRANSLATE_NOOP("FieldName", "Against"),
    "report": QT_TRANSLATE_NOOP("FieldName", "Report"),
    "period": QT_TRANSLATE_NOOP("FieldName", "Period"),
    "to": QT_TRANSLATE_NOOP("FieldName", "Last day of the period"),
    "complaint_id": QT_TRANSLATE_NOOP("FieldName", "Complaint"),
    "details": QT_TRANSLATE_NOOP("FieldName", "Details"),
    "diary_date": QT_TRANSLATE_NOOP("FieldName", "Diary date"),
    "diary_entry_id": QT_TRANSLATE_NOOP("FieldName", "Daily-diary entry"),
    "entered_at": QT_TRANSLATE_NOOP("FieldName", "Entered at"),
    "entry_type": QT_TRANSLATE_NOOP("FieldName", "Entry type"),
    "fir_id": QT_TRANSLATE_NOOP("FieldName", "FIR"),
    "inquiry_officer": QT_TRANSLATE_NOOP("FieldName", "Inquiry officer"),
    "received_at": QT_TRANSLATE_NOOP("FieldName", "Received at"),
    "received_via": QT_TRANSLATE_NOOP("FieldName", "Received via"),
    "record_ref": QT_TRANSLATE_NOOP("FieldName", "Record"),
    "referred_by": QT_TRANSLATE_NOOP("FieldName", "Referred by"),
    "referred_to": QT_TRANSLATE_NOOP("FieldName", "Referred to"),
    "reporter": QT_TRANSLATE_NOOP("FieldName", "Reporter"),
    "(input)": QT_TRANSLATE_NOOP("FieldName", "Input"),
    "accused": QT_TRANSLATE_NOOP("FieldName", "Accused"),
    "address": QT_TRANSLATE_NOOP("FieldName", "Address"),
    "at": QT_TRANSLATE_NOOP("FieldName", "Time"),
    "badge_no": QT_TRANSLATE_NOOP("FieldName", "Badge no."),
    "cnic": QT_TRANSLATE_NOOP("FieldName", "CNIC"),
    "cnic_back": QT_TRANSLATE_NOOP("FieldName", "CNIC back"),
    "cnic_front": QT_TRANSLATE_NOOP("FieldName", "CNIC front"),
    "description": QT_TRANSLATE_NOOP("FieldName", "Description"),
    "device": QT_TRANSLATE_NOOP("FieldName", "Device"),
    "diary_no": QT_TRANSLATE_NOOP("FieldName", "Daily-diary no."),
    "documents_seized": QT_TRANSLATE_NOOP("FieldName", "Documents seized"),
    "driver": QT_TRANSLATE_NOOP("FieldName", "Driver"),
    "due_date": QT_TRANSLATE_NOOP("FieldName", "Pay by"),
    "family_count": QT_TRANSLATE_NOOP("FieldName", "Family members"),
    "father_name": QT_TRANSLATE_NOOP("FieldName", "Father's name"),
    "fine_total": QT_TRANSLATE_NOOP("FieldName", "Total fine"),
    "given_by": QT_TRANSLATE_NOOP("FieldName", "Given by"),
    "id": QT_TRANSLATE_NOOP("FieldName", "Record"),
    "informant": QT_TRANSLATE_NOOP("FieldName", "Informant"),
    "issued_at": QT_TRANSLATE_NOOP("FieldName", "Issued at"),
    "keep": QT_TRANSLATE_NOOP("FieldName", "Choice"),
    "kind": QT_TRANSLATE_NOOP("FieldName", "Event"),
    "landlord": QT_TRANSLATE_NOOP("FieldName", "Landlord"),
    "licence_no": QT_TRANSLATE_NOOP("FieldName", "Licence no."),
    "location": QT_TRANSLATE_NOOP("FieldName", "Location"),
    "match_score": QT_TRANSLATE_NOOP("FieldName", "Match score"),
    "method": QT_TRANSLATE_NOOP("FieldName", "Method"),
    "name": QT_TRANSLATE_NOOP("FieldName", "Name"),
    "narrative": QT_TRANSLATE_NOOP("FieldName", "Narrative"),
    "occupation": QT_TRANSLATE_NOOP("FieldName", "Occupation"),
    "occurred_at": QT_TRANSLATE_NOOP("FieldName", "Occurred at"),
    "offences": QT_TRANSLATE_NOOP("FieldName", "Offences"),
    "payment_ref": QT_TRANSLATE_NOOP("FieldName", "Payment reference"),
    "permanent_address": QT_TRANSLATE_NOOP("FieldName", "Permanent address"),
    "phone": QT_TRANSLATE_NOOP("FieldName", "Mobile"),
    "photos": QT_TRANSLATE_NOOP("FieldName", "Photos"),
    "pin": QT_TRANSLATE_NOOP("FieldName", "PIN"),
    "place": QT_TRANSLATE_NOOP("FieldName", "Place of occurrence"),
    "property_address": QT_TRANSLATE_NOOP("FieldName", "Property address"),
    "property_dealer": QT_TRANSLATE_NOOP("FieldName", "Property dealer"),
    "province": QT_TRANSLATE_NOOP("FieldName", "Fine table"),
    "record": QT_TRANSLATE_NOOP("FieldName", "Record"),
    "reason": QT_TRANSLATE_NOOP("FieldName", "Reason"),
    "review": QT_TRANSLATE_NOOP("FieldName", "Review"),
    "by": QT_TRANSLATE_NOOP("FieldName", "By"),
    "decision": QT_TRANSLATE_NOOP("FieldName", "Decision"),
    "entry": QT_TRANSLATE_NOOP("FieldName", "Status change decided"),
    "references": QT_TRANSLATE_NOOP("FieldName", "References"),
    "reported_at": QT_TRANSLATE_NOOP("FieldName", "Reported at"),
    "start_date": QT_TRANSLATE_NOOP("FieldName", "Tenancy starts"),
    "status": QT_TRANSLATE_NOOP("FieldName", "Status"),
    "supervisor_badge": QT_TRANSLATE_NOOP("FieldName", "Supervisor's badge no."),
    "supervisor_pin": QT_TRANSLATE_NOOP("FieldName", "Supervisor's PIN"),
    "tenant": QT_TRANSLATE_NOOP("FieldName", "Tenant"),
    "text": QT_TRANSLATE_NOOP("FieldName", "Statement"),
    "type": QT_TRANSLATE_NOOP("FieldName", "Record type"),
    "unknown": QT_TRANSLATE_NOOP("FieldName", "Unknown accused"),
    "vehicle_reg": QT_TRANSLATE_NOOP("FieldName", "Registration no."),
    "vehicle_type": QT_TRANSLATE_NOOP("FieldName", "Vehicle type"),
    "violations": QT_TRANSLATE_NOOP("FieldName", "Violations"),
    "cancellation_order": QT_TRANSLATE_NOOP("FieldName", "Magistrate's order"),
    "cancellation_proposal": QT_TRANSLATE_NOOP("FieldName", "Cancellation proposal"),
    "category": QT_TRANSLATE_NOOP("FieldName", "Category"),
    "complainant_informed_at": QT_TRANSLATE_NOOP("FieldName", "Complainant told of it"),
    "court": QT_TRANSLATE_NOOP("FieldName", "Court"),
    "magistrate": QT_TRANSLATE_NOOP("FieldName", "Magistrate"),
    "order": QT_TRANSLATE_NOOP("FieldName", "Order"),
    "order_date": QT_TRANSLATE_NOOP("FieldName", "Order date"),
    "order_no": QT_TRANSLATE_NOOP("FieldName", "Order no."),
    "station": QT_TRANSLATE_NOOP("FieldName", "Police station"),
    "submitted_on": QT_TRANSLATE_NOOP("FieldName", "Submitted on"),
    "transferred_to": QT_TRANSLATE_NOOP("FieldName", "Transferred to"),
    "reports_under_s173": QT_TRANSLATE_NOOP("FieldName", "Reports under s.173"),
    "age": QT_TRANSLATE_NOOP("FieldName", "Age"),
    "beat": QT_TRANSLATE_NOOP("FieldName", "Beat / chowki"),
    "belt_no": QT_TRANSLATE_NOOP("FieldName", "Belt no."),
    "complainant": QT_TRANSLATE_NOOP("FieldName", "Complainant"),
    "delay_reason": QT_TRANSLATE_NOOP("FieldName", "Reason for delay"),
    "direction_from_station": QT_TRANSLATE_NOOP("FieldName", "Direction from the station"),
    "distance_from_station_km": QT_TRANSLATE_NOOP("FieldName", "Distance from the station"),
    "id_document": QT_TRANSLATE_NOOP("FieldName", "Other identity document"),
    "informant_signature": QT_TRANSLATE_NOOP("FieldName", "Signature or thumb impression"),
    "informant_signed_with": QT_TRANSLATE_NOOP("FieldName", "Informant signed with"),
    "investigating_officer": QT_TRANSLATE_NOOP("FieldName", "Investigating officer"),
    "no_id_reason": QT_TRANSLATE_NOOP("FieldName", "Reason for no identity document"),
    "number": QT_TRANSLATE_NOOP("FieldName", "Number"),
    "occurred_from": QT_TRANSLATE_NOOP("FieldName", "Occurred from"),
    "occurred_to": QT_TRANSLATE_NOOP("FieldName", "Occurred until"),
    "property_carried_off": QT_TRANSLATE_NOOP("FieldName", "Property carried off"),
    "rank": QT_TRANSLATE_NOOP("FieldName", "Rank"),
    "read_over_to_informant": QT_TRANSLATE_NOOP("FieldName", "Read over to the informant"),
    "recording_officer": QT_TRANSLATE_NOOP("FieldName", "Recording officer"),
    "relation_to_victim": QT_TRANSLATE_NOOP("FieldName", "Relation to the victim"),
    "report_to_magistrate_sent_at": QT_TRANSLATE_NOOP("FieldName", "Report and copies dispatched"),
    "steps_taken": QT_TRANSLATE_NOOP("FieldName", "Steps taken"),
    "value": QT_TRANSLATE_NOOP("FieldName", "Value"),
    "agreement_end": QT_TRANSLATE_NOOP("FieldName", "Agreement ends"),
    "family_members": QT_TRANSLATE_NOOP("FieldName", "Family member"),
    "issuing_authority": QT_TRANSLATE_NOOP("FieldName", "Issuing authority"),
    "licensed_weapons": QT_TRANSLATE_NOOP("FieldName", "Licensed weapon"),
    "monthly_rent": QT_TRANSLATE_NOOP("FieldName", "Monthly rent"),
    "nationality": QT_TRANSLATE_NOOP("FieldName", "Nationality"),
    "office_address": QT_TRANSLATE_NOOP("FieldName", "Office address"),
    "passport": QT_TRANSLATE_NOOP("FieldName", "Passport"),
    "por_card_no": QT_TRANSLATE_NOOP("FieldName", "PoR card no."),
    "possession_at": QT_TRANSLATE_NOOP("FieldName", "Possession handed over"),
    "previous_address": QT_TRANSLATE_NOOP("FieldName", "Previous address"),
    "property_type": QT_TRANSLATE_NOOP("FieldName", "Property type"),
    "relation": QT_TRANSLATE_NOOP("FieldName", "Relation"),
    "vacated_on": QT_TRANSLATE_NOOP("FieldName", "Vacated on"),
    "visa_expiry": QT_TRANSLATE_NOOP("FieldName", "Visa valid until"),
    "visa_no": QT_TRANSLATE_NOOP("FieldName", "Visa no."),
    "weapon_kind": QT_TRANSLATE_NOOP("FieldName", "Weapon"),
    "workplace": QT_TRANSLATE_NOOP("FieldName", "Workplace"),
    "shift_start": QT_TRANSLATE_NOOP("FieldName", "Shift begins"),
    "shift_end": QT_TRANSLATE_NOOP("FieldName", "Shift ends"),
    "grace_minutes": QT_TRANSLATE_NOOP("FieldName", "Grace minutes"),
    "rest_days": QT_TRANSLATE_NOOP("FieldName", "Rest days"),
    "effective_from": QT_TRANSLATE_NOOP("FieldName", "From date"),
    "on_roster": QT_TRANSLATE_NOOP("FieldName", "On the roster"),
    "set_at": QT_TRANSLATE_NOOP("FieldName", "Set at"),
    "item": QT_TRANSLATE_NOOP("FieldName", "Enrolled item"),
    "pin_hash": QT_TRANSLATE_NOOP("FieldName", "PIN"),
    "finger": QT_TRANSLATE_NOOP("FieldName", "Finger"),
    "template": QT_TRANSLATE_NOOP("FieldName", "Fingerprint"),
    "supervisor": QT_TRANSLATE_NOOP("FieldName", "Supervisor"),
    "absence_kind": QT_TRANSLATE_NOOP("FieldName", "Kind of leave"),
    "from_date": QT_TRANSLATE_NOOP("FieldName", "From"),
    "to_date": QT_TRANSLATE_NOOP("FieldName", "To"),
    "sanctioned_by": QT_TRANSLATE_NOOP("FieldName", "Sanctioned by"),
    "posted_to": QT_TRANSLATE_NOOP("FieldName", "Posted to"),
    "remarks": QT_TRANSLATE_NOOP("FieldName", "Remarks"),
    "duty_nature": QT_TRANSLATE_NOOP("FieldName", "Nature of duty"),
    "duty_place": QT_TRANSLATE_NOOP("FieldName", "Place of duty"),
    "amount": QT_TRANSLATE_NOOP("FieldName", "Amount"),
    "colour": QT_TRANSLATE_NOOP("FieldName", "Colour"),
    "court_decision": QT_TRANSLATE_NOOP("FieldName", "Court's decision"),
    "district": QT_TRANSLATE_NOOP("FieldName", "District"),
    "licence_category": QT_TRANSLATE_NOOP("FieldName", "Licence category"),
    "make": QT_TRANSLATE_NOOP("FieldName", "Make"),
    "offender_refused_to_sign": QT_TRANSLATE_NOOP("FieldName", "Refused to sign"),
    "offender_signature": QT_TRANSLATE_NOOP("FieldName", "Offender's signature"),
    "officer": QT_TRANSLATE_NOOP("FieldName", "Issuing officer"),
    "psid": QT_TRANSLATE_NOOP("FieldName", "PSID"),
    "seized_document": QT_TRANSLATE_NOOP("FieldName", "Document seized"),
    "seized_document_returned_at": QT_TRANSLATE_NOOP("FieldName", "Document returned at"),
    "traffic_sector": QT_TRANSLATE_NOOP("FieldName", "Traffic sector"),
    "vehicle": QT_TRANSLATE_NOOP("FieldName", "Vehicle"),
}

# The English here is a short paraphrase of the domain's message for the code (placeholders are
# FieldError.params); the screen shows the domain's own message where this is not translated.
PROBLEMS = {
    "after_entry": QT_TRANSLATE_NOOP("FieldProblem", "must be before the hour of the entry"),
    "after_receipt": QT_TRANSLATE_NOOP("FieldProblem", "must be before the complaint was received"),
    "closed": QT_TRANSLATE_NOOP("FieldProblem", "that day's diary is closed"),
    "not_a_complaint": QT_TRANSLATE_NOOP("FieldProblem", "is not a complaint"),
    "not_waiting": QT_TRANSLATE_NOOP(
        "FieldProblem", "the record is not waiting for a review in its present status"
    ),
    "not_entry_day": QT_TRANSLATE_NOOP(
        "FieldProblem", "must be the day of the entry, or the next day once the day is closed"
    ),
    "record_id": QT_TRANSLATE_NOOP("FieldProblem", "must be a stored record"),
    "after_report": QT_TRANSLATE_NOOP("FieldProblem", "must be before the time of report"),
    "attachment_id": QT_TRANSLATE_NOOP("FieldProblem", "must be a stored photo"),
    "cnic_format": QT_TRANSLATE_NOOP("FieldProblem", "must be 13 digits written 12345-1234567-1"),
    "cnic_province": QT_TRANSLATE_NOOP(
        "FieldProblem", "must start with a province digit from 1 to 7"
    ),
    "computed_mismatch": QT_TRANSLATE_NOOP(
        "FieldProblem", "is computed from the fine table; leave it empty"
    ),
    "control_character": QT_TRANSLATE_NOOP(
        "FieldProblem", "contains invisible control or text-direction characters; retype it"
    ),
    "date_format": QT_TRANSLATE_NOOP(
        "FieldProblem", "must be a date written year-month-day, like 2026-11-22"
    ),
    "duplicate": QT_TRANSLATE_NOOP("FieldProblem", "lists the same entry twice; keep each once"),
    "mobile_format": QT_TRANSLATE_NOOP(
        "FieldProblem", "must be 11 digits starting 03, written 0300-1234567"
    ),
    "no_fine_for_vehicle": QT_TRANSLATE_NOOP(
        "FieldProblem",
        "this violation has no fine for this vehicle type; check the vehicle type or the code",
    ),
    "no_letters": QT_TRANSLATE_NOOP(
        "FieldProblem", "must be a name written in letters, Urdu or English"
    ),
    "no_match": QT_TRANSLATE_NOOP(
        "FieldProblem", "the fingerprint was not recognised; try again or use the PIN"
    ),
    "not_a_choice": QT_TRANSLATE_NOOP("FieldProblem", "choose one of the offered values"),
    "not_a_number": QT_TRANSLATE_NOOP("FieldProblem", "must be a whole number"),
    "not_fingerprint": QT_TRANSLATE_NOOP(
        "FieldProblem", "is only given by the fingerprint scanner; leave it empty"
    ),
    "not_image": QT_TRANSLATE_NOOP("FieldProblem", "must be a JPEG or PNG picture"),
    "not_override": QT_TRANSLATE_NOOP(
        "FieldProblem", "is only for a supervisor override; leave it empty"
    ),
    "not_refused": QT_TRANSLATE_NOOP("FieldProblem", "the server refused no change of this record"),
    "offence_format": QT_TRANSLATE_NOOP(
        "FieldProblem", "write the offence like PPC 379, CNSA 9(c) or AO 13"
    ),
    "offence_unknown": QT_TRANSLATE_NOOP(
        "FieldProblem", "is not in the offence list of that law; check the number"
    ),
    "out_of_range": QT_TRANSLATE_NOOP("FieldProblem", "must be between {minimum} and {maximum}"),
    "province_unknown": QT_TRANSLATE_NOOP("FieldProblem", "is not a province of the fine table"),
    "references_count": QT_TRANSLATE_NOOP(
        "FieldProblem", "needs exactly two references (there are {count})"
    ),
    "required": QT_TRANSLATE_NOOP("FieldProblem", "is required"),
    "same_as_landlord": QT_TRANSLATE_NOOP(
        "FieldProblem", "is the same as the landlord's CNIC; check both cards"
    ),
    "self_override": QT_TRANSLATE_NOOP(
        "FieldProblem", "must be another officer's badge, not the officer's own"
    ),
    "statement_not_allowed": QT_TRANSLATE_NOOP(
        "FieldProblem", "the record takes no supplementary statement in this status"
    ),
    "time_format": QT_TRANSLATE_NOOP("FieldProblem", "must be a date and time"),
    "time_in_future": QT_TRANSLATE_NOOP("FieldProblem", "cannot be in the future"),
    "time_without_offset": QT_TRANSLATE_NOOP("FieldProblem", "add the time zone (+05:00)"),
    "token_format": QT_TRANSLATE_NOOP(
        "FieldProblem", "must be up to 40 letters, digits, / . - or _ without spaces"
    ),
    "too_few": QT_TRANSLATE_NOOP("FieldProblem", "needs at least {min_items}"),
    "too_long": QT_TRANSLATE_NOOP(
        "FieldProblem", "must be at most {max_length} characters (it has {length})"
    ),
    "too_many": QT_TRANSLATE_NOOP("FieldProblem", "may hold at most {max_items}"),
    "too_short": QT_TRANSLATE_NOOP("FieldProblem", "must be at least {min_length} characters"),
    "unknown_field": QT_TRANSLATE_NOOP("FieldProblem", "is not a field of this form"),
    "unknown_with_identity": QT_TRANSLATE_NOOP(
        "FieldProblem", "leave it empty for an unknown accused"
    ),
    "vehicle_reg_format": QT_TRANSLATE_NOOP(
        "FieldProblem", "must be 1 to 4 letters then 1 to 4 digits, like ABC-123"
    ),
    "violation_unknown": QT_TRANSLATE_NOOP("FieldProblem", "is not in the fine table"),
    "wrong_pin": QT_TRANSLATE_NOOP("FieldProblem", "does not match; check the PIN"),
    "pin_format": QT_TRANSLATE_NOOP("FieldProblem", "must be {minimum} to {maximum} digits"),
    "not_supervisor": QT_TRANSLATE_NOOP(
        "FieldProblem", "is not an officer of this device marked supervisor whose role may override"
    ),
    "not_departure": QT_TRANSLATE_NOOP("FieldProblem", "is recorded on departure (check-out) only"),
    "clock_format": QT_TRANSLATE_NOOP(
        "FieldProblem", "must be a time of day written HH:MM, like 08:00"
    ),
    "off_roster_with_shift": QT_TRANSLATE_NOOP(
        "FieldProblem", "an officer taken off the roster has no shift; leave the shift empty"
    ),
    "pin_hash_format": QT_TRANSLATE_NOOP("FieldProblem", "must be a PIN hash this program made"),
    "template_format": QT_TRANSLATE_NOOP("FieldProblem", "must be a fingerprint template"),
    "not_this_item": QT_TRANSLATE_NOOP("FieldProblem", "is not part of this enrolment"),
    "before_from": QT_TRANSLATE_NOOP("FieldProblem", "must be on or after the first day"),
    "too_long_absence": QT_TRANSLATE_NOOP(
        "FieldProblem", "an absence is at most {days} days; enter it in parts"
    ),
    "supplementary_before_final": QT_TRANSLATE_NOOP(
        "FieldProblem", "a supplementary report comes after the final report"
    ),
    "before_report": QT_TRANSLATE_NOOP("FieldProblem", "must be after the time of report"),
    "delay_reason_required": QT_TRANSLATE_NOOP(
        "FieldProblem", "is required: the report came long after the occurrence; write why"
    ),
    "distance_format": QT_TRANSLATE_NOOP(
        "FieldProblem", "must be kilometres as a number, like 2.5"
    ),
    "identity_missing": QT_TRANSLATE_NOOP(
        "FieldProblem",
        "is empty: enter the CNIC, another identity document or the reason there is none",
    ),
    "instant_and_range": QT_TRANSLATE_NOOP(
        "FieldProblem", "give either the time it happened or a range, not both"
    ),
    "offence_unknown_law": QT_TRANSLATE_NOOP("FieldProblem", "is not a law in the offence list"),
    "range_reversed": QT_TRANSLATE_NOOP("FieldProblem", "must be after the start of the range"),
    "reason_with_cnic": QT_TRANSLATE_NOOP("FieldProblem", "leave it empty: the CNIC is entered"),
    "not_started": QT_TRANSLATE_NOOP("FieldProblem", "start the exercise first"),
    "unknown_exercise": QT_TRANSLATE_NOOP("FieldProblem", "is not one of the exercises"),
    "report_unknown": QT_TRANSLATE_NOOP("FieldProblem", "is not one of the reports"),
    "month_required": QT_TRANSLATE_NOOP(
        "FieldProblem", "the attendance return is made for a whole month: choose a month"
    ),
    "not_training": QT_TRANSLATE_NOOP("FieldProblem", "exercises run only in training mode"),
    "adult_cnic_missing": QT_TRANSLATE_NOOP(
        "FieldProblem", "is required for a family member aged {age} or more"
    ),
    "before_start": QT_TRANSLATE_NOOP(
        "FieldProblem", "is before the tenancy starts; check both dates"
    ),
    "document_number_format": QT_TRANSLATE_NOOP(
        "FieldProblem", "must be 5 to 20 letters and digits, as printed on the document"
    ),
    "tenant_identity_missing": QT_TRANSLATE_NOOP(
        "FieldProblem",
        "is empty: enter the CNIC, or for a foreign tenant the passport or the PoR card",
    ),
    "fine_unknown": QT_TRANSLATE_NOOP(
        "FieldProblem", "the sources give no amount for this violation; it cannot be priced"
    ),
    "not_station_province": QT_TRANSLATE_NOOP(
        "FieldProblem", "must be the fine table of this station's province"
    ),
    "nothing_seized": QT_TRANSLATE_NOOP("FieldProblem", "no document was seized on this challan"),
    "psid_format": QT_TRANSLATE_NOOP("FieldProblem", "must be the digits of the PSID"),
    "psid_length": QT_TRANSLATE_NOOP("FieldProblem", "must have 17 or 18 digits (it has {count})"),
    "returned_before_issue": QT_TRANSLATE_NOOP("FieldProblem", "is before the challan was issued"),
    "returned_before_payment": QT_TRANSLATE_NOOP(
        "FieldProblem", "the document is returned on payment: enter the payment reference first"
    ),
    "signed_and_refused": QT_TRANSLATE_NOOP(
        "FieldProblem", "a signature is attached; keep either the signature or the refusal"
    ),
    "violation_superseded": QT_TRANSLATE_NOOP(
        "FieldProblem", "a later law replaced this row; choose the current one"
    ),
}
WRONG_VALUE = QT_TRANSLATE_NOOP("FieldProblem", "is not a valid value")  # the shape was wrong
SHAPE_CODES = frozenset(
    {"not_text", "not_object", "not_list", "not_yes_no", "wrong_type", "unknown_record_type"}
)

VAULT_PROBLEMS = {
    vault_errors.WrongPassword: QT_TRANSLATE_NOOP(
        "errors",
        "Wrong password. Check the keyboard layout and Caps Lock; after three wrong tries each "
        "further try waits longer.",
    ),
    vault_errors.UnknownOfficer: QT_TRANSLATE_NOOP(
        "errors", "This officer is not registered on this computer."
    ),
    vault_errors.OfficerExists: QT_TRANSLATE_NOOP(
        "errors", "This officer is already registered on this computer."
    ),
    vault_errors.StorageFull: QT_TRANSLATE_NOOP(
        "errors", "The disk is full: free some space, then try again."
    ),
    vault_errors.StorageReadOnly: QT_TRANSLATE_NOOP(
        "errors", "The records folder cannot be written. Tell the administrator."
    ),
    vault_errors.RecordNotFound: QT_TRANSLATE_NOOP(
        "errors", "This record is not on this computer."
    ),
    vault_errors.VaultMissing: QT_TRANSLATE_NOOP(
        "errors", "The records of this computer were not found. Tell the administrator."
    ),
    vault_errors.VaultExists: QT_TRANSLATE_NOOP(
        "errors", "Records already exist on this computer: unlock them instead."
    ),
    vault_errors.VaultCorrupt: QT_TRANSLATE_NOOP(
        "errors", "The records file is damaged. Tell the administrator; do not delete it."
    ),
    vault_errors.NotAVault: QT_TRANSLATE_NOOP(
        "errors", "The records folder holds no records of this application."
    ),
    vault_errors.KeyringTampered: QT_TRANSLATE_NOOP(
        "errors",
        "The officers' key file was changed outside the application. Tell the administrator.",
    ),
    vault_errors.UnsafeSqlcipherBuild: QT_TRANSLATE_NOOP(
        "errors", "This installation cannot encrypt safely. Tell the administrator."
    ),
}
DOMAIN_PROBLEMS = {
    FrozenRecord: QT_TRANSLATE_NOOP(
        "errors", "This record can no longer be changed in its present status."
    ),
    MissingReferenceData: QT_TRANSLATE_NOOP(
        "errors", "The reference tables do not hold what this needs."
    ),
    NotPrintable: QT_TRANSLATE_NOOP(
        "errors", "This record has no printed document (not issued yet, or none for its kind)."
    ),
}


def _translated(context: str, english: str) -> str | None:
    """The translation of ``english``, or None where none is installed (English on screen)."""
    words = QCoreApplication.translate(context, english)
    return None if words == english else words


def field_words(path: str) -> str:
    """A dotted path in words: ``accused.1.name`` → "Accused 2 — Name" (lists count from 1)."""
    parts: list[str] = []
    for segment in path.split("."):
        if segment.isdigit() and parts:
            parts[-1] = f"{parts[-1]} {int(segment) + 1}"
        elif segment in FIELD_NAMES:
            parts.append(QCoreApplication.translate(FIELD_CONTEXT, FIELD_NAMES[segment]))
        else:
            parts.append(segment)
    return PART_SEPARATOR.join(parts)


def problem_words(error: FieldError) -> str:
    """What is wrong with the field, without its name (shown under the field's editor)."""
    english = WRONG_VALUE if error.code in SHAPE_CODES else PROBLEMS.get(error.code)
    words = _translated(PROBLEM_CONTEXT, english) if english else None
    if words is None:  # English, or a message made by the GUI (already translated)
        return error.message
    try:
        return words.format(**error.params)
    except (KeyError, IndexError, ValueError):
        return _translated(PROBLEM_CONTEXT, WRONG_VALUE) or error.message


def error_line(error: FieldError) -> str:
    """ "Field: problem", for a list of problems away from the fields."""
    return f"{field_words(error.field)}: {problem_words(error)}"


def officer_message(exc: BaseException) -> str:
    """An officer's problem (``DomainError``, ``VaultError``) in the screen's language."""
    if isinstance(exc, ValidationFailed):
        words = _translated(ERROR_CONTEXT, CORRECT_THESE)
        if words is None or not exc.errors:
            return str(exc)
        return words.format(problems=PROBLEM_SEPARATOR.join(map(error_line, exc.errors)))
    if isinstance(exc, TransitionRefused):
        return _status_refused(exc) or str(exc)
    if isinstance(exc, RoleRefused):
        return role_refused(exc)
    for table in (VAULT_PROBLEMS, DOMAIN_PROBLEMS):
        for kind, english in table.items():
            if isinstance(exc, kind):
                return _translated(ERROR_CONTEXT, english) or str(exc)
    return str(exc)


def role_refused(exc: RoleRefused) -> str:
    """Who may do it, and the officer's own role, in the screen's language."""
    return QCoreApplication.translate(ERROR_CONTEXT, ROLE_REFUSED).format(
        needed=roles_needed(exc.action), action=action_words(exc.action), role=role_label(exc.role)
    )


def _status_refused(exc: TransitionRefused) -> str | None:
    words = _translated(ERROR_CONTEXT, STATUS_REFUSED)
    if words is None:
        return None
    return words.format(old=status_label(exc.from_status), new=status_label(exc.to_status))


# Why the sync server refused a change (sync.protocol.errors.RejectCode), as the outbox keeps it:
# "code: the server's reason". The reason is the server's English; screens in Urdu say the code
# in words (the reason stays in the tooltip).
REFUSALS = {
    "invalid": QT_TRANSLATE_NOOP("Refusal", "the record's data was refused"),
    "content_changed": QT_TRANSLATE_NOOP(
        "Refusal", "the record changed on another device first; compare it and try again"
    ),
    "frozen": QT_TRANSLATE_NOOP("Refusal", "the record may no longer change in its status"),
    "transition_refused": QT_TRANSLATE_NOOP("Refusal", "the status change is not allowed"),
    "unknown_record": QT_TRANSLATE_NOOP("Refusal", "the server does not know this record"),
    "record_exists": QT_TRANSLATE_NOOP("Refusal", "the record already exists on the server"),
    "wrong_station": QT_TRANSLATE_NOOP("Refusal", "the record names another police station"),
    "wrong_device": QT_TRANSLATE_NOOP("Refusal", "the record names another device"),
    "server_field": QT_TRANSLATE_NOOP("Refusal", "a value only the server gives was set"),
    "number_not_leased": QT_TRANSLATE_NOOP(
        "Refusal", "the number is not one this device was given"
    ),
    "number_taken": QT_TRANSLATE_NOOP("Refusal", "the number is already taken"),
    "out_of_order": QT_TRANSLATE_NOOP("Refusal", "the change arrived out of order"),
    "clock_ahead": QT_TRANSLATE_NOOP(
        "Refusal", "the device's clock is ahead of the server's; correct the clock"
    ),
    "unknown_officer": QT_TRANSLATE_NOOP("Refusal", "the officer is not known to the server"),
    "wrong_officer": QT_TRANSLATE_NOOP("Refusal", "the change names another officer"),
    "role_not_allowed": QT_TRANSLATE_NOOP(
        "Refusal", "the officer's role on the server may not make this change; ask the SHO"
    ),
    "training_record": QT_TRANSLATE_NOOP(
        "Refusal", "practice (training) records and real ones never go to the same server"
    ),
}


def refusal_words(kept: str) -> str:
    """A refused change's "code: reason" in the screen's language (unchanged in English)."""
    code = kept.partition(":")[0].strip()
    english = REFUSALS.get(code)
    return (_translated("Refusal", english) if english else None) or kept
