"""Profile YAML files shipped with vumrules: national bases (vum1, vum2) and municipalities.

This package holds data only; it is a package so that the files install with vumrules.
"""
