"""The instructor's view: every trainee's exercise results on this PC, newest first."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QDialog, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from fieldclient.domain.pakistan_time import in_pakistan
from fieldclient.domain.training.exercises import BY_ID
from fieldclient.services.exercises import ExerciseResult, ExerciseService
from fieldclient.ui.tasks import Tasks
from fieldclient.ui.training.exercises_dialog import exercise_words, finding_words


class ResultsDialog(QDialog):
    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingResults")
        self.setWindowTitle(self.tr("Trainees' results"))
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("resultsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Badge no."),
                self.tr("Name"),
                self.tr("Exercise"),
                self.tr("When (PKT)"),
                self.tr("Result"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        self.resize(820, 420)
        tasks.run_db(
            lambda services: ExerciseService(services.session).results(), self.show_results
        )

    def show_results(self, results: list[ExerciseResult]) -> None:
        self.table.setRowCount(len(results))
        for row, result in enumerate(results):
            exercise = BY_ID.get(result.exercise)
            when = in_pakistan(datetime.fromisoformat(result.at)).strftime("%Y-%m-%d %H:%M")
            outcome = (
                self.tr("Passed")
                if result.passed
                else self.tr("Missing: {items}").format(
                    items="; ".join(finding_words(finding) for finding in result.findings)
                )
            )
            cells = (
                result.trainee,
                result.name,
                exercise_words(exercise.title) if exercise else result.exercise,
                when,
                outcome,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
