"""`python -m fieldclient`: the same entry point as the `fieldclient` command."""

from fieldclient.cli.main import main

raise SystemExit(main())
