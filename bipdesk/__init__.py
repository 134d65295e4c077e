"""BIP Desk: the BIP progression card for Swedish labour-market projects."""

__version__ = "0.1.0"
