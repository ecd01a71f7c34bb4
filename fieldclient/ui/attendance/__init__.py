"""Attendance: check-in/out by fingerprint, PIN or supervisor override, and the roll-up."""

from fieldclient.ui.attendance.screen import AttendanceScreen

__all__ = ["AttendanceScreen"]
