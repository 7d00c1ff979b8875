"""`python -m bench` (scripts/ on the path): see the package docstring."""

from __future__ import annotations

import sys

from .cli import main

sys.exit(main())
