"""PyInstaller's entry script: the bundle's `fieldclient` executable runs the usual CLI entry."""

import sys

from fieldclient.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
