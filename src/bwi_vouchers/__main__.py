"""Run the program with ``python -m bwi_vouchers``."""

from bwi_vouchers.cli import main

raise SystemExit(main())
