"""Claims: the ledger of what is asserted, denied and counted."""
