"""``python -m itsm_desktop``."""

import sys

from itsm_desktop.cli import main

sys.exit(main())
