"""Training mode: practice records that can never be taken for real ones, and the guided
exercises' checks (docs/TRAINING.md). Qt-free, like the rest of the domain."""
