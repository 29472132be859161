"""`python -m reen_compliance.cli`: the command line."""

from reen_compliance.cli import main

raise SystemExit(main())
