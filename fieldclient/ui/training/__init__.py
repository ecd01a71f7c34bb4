"""Training mode's screens: the guided exercises and the instructor's list of results."""
