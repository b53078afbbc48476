"""Entry script for the standalone bundle: runs the ``itsm-desktop`` command."""

import sys

from itsm_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
