"""bwi-vouchers: administering the internationalisation vouchers of Baden-Württemberg International."""

__version__ = "0.1.0"
