"""The frozen program's entry point (build_installer.spec): the same start as the ``bureau`` console script."""

import sys

from desktop.app import run

if __name__ == "__main__":
    sys.exit(run())
