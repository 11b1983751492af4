"""vumrules' own features, each a plugin on the public hooks (see vumrules.hookspec)."""
