"""Run the program with ``python -m bwi_vouchers`` (and in the PyInstaller build)."""

import sys

from bwi_vouchers.cli import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # Letters are rendered in worker processes; a frozen build must let those start as workers.
        # (Imported only there: a reading command does not need multiprocessing.)
        import multiprocessing

        multiprocessing.freeze_support()
    raise SystemExit(main())
