"""Run the program with ``python -m bwi_vouchers`` (and in the PyInstaller build)."""

import multiprocessing

from bwi_vouchers.cli import main

if __name__ == "__main__":
    # Letters are rendered in worker processes; a frozen build must let those start as workers.
    multiprocessing.freeze_support()
    raise SystemExit(main())
