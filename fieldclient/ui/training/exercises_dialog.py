"""The guided exercises: pick one, Start, do it in the main window, then Check my work.

A thin screen over `fieldclient.services.exercises`: the check reads the practice vault on the
DB thread and the findings are shown in the screen's language. The dialog is not modal, so the
trainee works in the main window while it stays open.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldclient.domain.training.exercises import EXERCISE_CONTEXT, EXERCISES, Finding
from fieldclient.services.exercises import ExerciseResult, ExerciseService
from fieldclient.ui.tasks import Tasks


def exercise_words(text: str) -> str:
    """An exercise's title, steps or finding in the screen's language."""
    return QCoreApplication.translate(EXERCISE_CONTEXT, text)


def finding_words(finding: Finding) -> str:
    return exercise_words(finding.text).format(**finding.values)


class ExercisesDialog(QDialog):
    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.setObjectName("exercisesDialog")
        self.setWindowTitle(self.tr("Training exercises"))
        self.choice = QListWidget(self)
        self.choice.setObjectName("exerciseList")
        for exercise in EXERCISES:
            self.choice.addItem(exercise_words(exercise.title))
        self.steps = QLabel(self)
        self.steps.setWordWrap(True)
        self.start_button = QPushButton(self.tr("&Start"), self)
        self.start_button.setObjectName("startExercise")
        self.check_button = QPushButton(self.tr("&Check my work"), self)
        self.check_button.setObjectName("checkExercise")
        self.check_button.setEnabled(False)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("exerciseResult")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Choose an exercise:"), self))
        layout.addWidget(self.choice)
        layout.addWidget(self.steps)
        layout.addLayout(buttons)
        layout.addWidget(self.verdict, stretch=1)
        self.choice.currentRowChanged.connect(self._chosen)
        self.start_button.clicked.connect(self.start)
        self.check_button.clicked.connect(self.check)
        self.choice.setCurrentRow(0)
        self.resize(520, 460)

    @property
    def exercise_id(self) -> str:
        return EXERCISES[max(0, self.choice.currentRow())].id

    def _chosen(self, row: int) -> None:
        if row >= 0:
            self.steps.setText(exercise_words(EXERCISES[row].steps))
        self.verdict.clear()
        self.check_button.setEnabled(False)
        exercise_id = self.exercise_id
        self.tasks.run_db(
            lambda services: ExerciseService(services.session).started_at(exercise_id),
            lambda started: self.check_button.setEnabled(
                started is not None and self.exercise_id == exercise_id
            ),
        )

    def start(self) -> None:
        exercise_id = self.exercise_id
        self.tasks.run_db(
            lambda services: ExerciseService(services.session).start(exercise_id),
            lambda _started: self._started(),
        )

    def _started(self) -> None:
        self.check_button.setEnabled(True)
        self.verdict.setText(
            self.tr("Started. Do the exercise in the main window, then press Check my work.")
        )

    def check(self) -> None:
        exercise_id = self.exercise_id
        self.tasks.run_db(
            lambda services: ExerciseService(services.session).check(exercise_id),
            self.show_result,
        )

    def show_result(self, result: ExerciseResult) -> None:
        if result.passed:
            self.verdict.setText(self.tr("Done: everything the exercise asks for is stored."))
            return
        missing = "\n".join(f"• {finding_words(finding)}" for finding in result.findings)
        self.verdict.setText(self.tr("Not yet. Still missing:\n{missing}").format(missing=missing))
