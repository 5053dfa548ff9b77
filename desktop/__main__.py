import sys

from desktop.app import run

sys.exit(run())
