"""Aarhus Kommune (EKSEMPEL, fiktive lokale regler): lokale regler til vumrules (plugin, præfiks AAR)."""
