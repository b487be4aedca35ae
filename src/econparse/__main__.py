"""``python -m econparse``: the same as the ``econparse`` command."""

import sys

from econparse.cli import main

sys.exit(main())
